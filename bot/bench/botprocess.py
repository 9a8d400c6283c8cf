"""The bot as a separate process for the benchmarks (`pinbot run`, exactly as in production),
and what the local Bot API server saw it send: shared by `reminders.py` and `replicas.py`."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.localapi import LocalBotApi

__all__ = [
    "ROOT",
    "SENDS",
    "BotProcess",
    "proc_cpu_s",
    "proc_rss_mb",
    "sends",
    "wait_sent",
    "wait_started",
]

ROOT = Path(__file__).resolve().parents[2]


def proc_cpu_s(pid: int, *, children: bool = False) -> float:
    """CPU seconds of a process (with ``children``: plus its reaped children, e.g. the
    postmaster and the backends that already exited)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    used = int(fields[11]) + int(fields[12])
    if children:
        used += int(fields[13]) + int(fields[14])
    return used / ticks


def proc_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class BotProcess:
    """`pinbot run` in its own process, its output appended to `log`."""

    stop_grace = 15.0  # seconds a SIGTERM may take before the process is killed

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
        env.update(self.env)
        fh = self.log.open("ab")
        t = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=fh, stderr=fh
        )
        fh.close()
        return t

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(self.stop_grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


SENDS = frozenset({"sendMessage", "sendPhoto", "sendAnimation"})


def sends(api: LocalBotApi, after: int, chats: set[int]) -> list[tuple[int, float]]:
    """(chat_id, server monotonic time) of successful reminder sends (text, photo or
    animation) to `chats`."""
    out = []
    for rec in api.calls[after:]:
        if rec.method in SENDS and rec.ok:
            cid = rec.chat_id
            if cid is not None and cid in chats:
                out.append((cid, rec.t_monotonic))
    return out


async def wait_started(api: LocalBotApi, after: int, timeout: float = 60) -> float:  # noqa: ASYNC109
    rec = await api.wait_for_call("getUpdates", timeout=timeout, after=after)
    return rec.t_monotonic


async def wait_sent(
    api: LocalBotApi,
    after: int,
    chats: set[int],
    want: int,
    timeout: float,  # noqa: ASYNC109
) -> list[tuple[int, float]]:
    deadline = time.monotonic() + timeout
    while True:
        got = sends(api, after, chats)
        if len({c for c, _ in got}) >= want or time.monotonic() > deadline:
            return got
        await asyncio.sleep(0.2)
