"""Start-up that explains itself (issue 12): one line for a refused token, one line per attempt
while Telegram is unreachable, no tracebacks unless PINBOT_LOG_LEVEL=DEBUG."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.localapi import LocalBotApi
from bot.logs import RedactingFormatter

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _env(base_url: str, db: Path, token: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
    env.update(
        {"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": base_url, "PINBOT_DB": str(db)}
    )
    env.update(extra)
    return env


async def test_a_refused_token_is_one_line_and_exit_2(tmp_path: Path) -> None:
    async with LocalBotApi(token="111:right-token") as api:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run",
            cwd=ROOT,
            env=_env(api.base_url, tmp_path / "db.sqlite3", "111:wrong-token"),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    text = out.decode()
    assert proc.returncode == 2, text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and "401" in lines[0]
    assert "Traceback" not in text and "wrong-token" not in text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_unreachable_telegram_is_retried_with_one_line_per_attempt(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/bot"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=_env(url, tmp_path / "db.sqlite3", "222:some-token"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while len(lines) < 2 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip():
            lines.append(line)
    stopped_at = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    rest, _ = proc.communicate(timeout=10)
    assert time.monotonic() - stopped_at < 5  # SIGTERM stops it at once
    text = "".join(lines) + rest
    assert "not reachable" in lines[0] and "trying again in 1 s" in lines[0], text
    assert "trying again in 2 s" in lines[1], text
    assert "Traceback" not in text


def test_tracebacks_only_at_debug() -> None:
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, "f", 1, "failed", None, sys.exc_info())
    quiet = RedactingFormatter([], tracebacks=False).format(record)
    assert "Traceback" not in quiet and "ValueError: boom" in quiet and "second" not in quiet
    record.exc_text = None  # logging caches the rendered exception on the record
    loud = RedactingFormatter([], tracebacks=True).format(record)
    assert "Traceback" in loud
