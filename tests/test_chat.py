"""`pinbot chat`: rendering, and a real session driven through piped stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.chat import Style, render_buttons, render_html, render_message
from bot.localapi import BotMessage, Button

ROOT = Path(__file__).resolve().parents[1]
PLAIN = Style(ansi=False)


def test_render_html_plain_markers() -> None:
    assert render_html("<b>Bold</b> and <i>it</i> &amp; <code>x</code>", PLAIN) == (
        "*Bold* and _it_ & `x`"
    )
    assert render_html('<a href="https://x.org">site</a>', PLAIN) == "site (https://x.org)"
    assert render_html("<blockquote>a\nb</blockquote>", PLAIN) == "│ a\n│ b"
    assert render_html("<tg-spoiler>s</tg-spoiler> <u>u</u>", PLAIN) == "s u"


def test_render_html_ansi() -> None:
    assert render_html("<b>B</b>", Style(ansi=True)) == "\x1b[1mB\x1b[0m"


def test_render_buttons_numbered() -> None:
    lines, flat = render_buttons(
        [[Button("Causes", "v1:m:c"), Button("FAQ", "v1:m:f")], [Button("Site", url="https://x")]]
    )
    assert lines == ["[1] Causes  [2] FAQ", "[3] Site ↗"]
    assert [b.text for b in flat] == ["Causes", "FAQ", "Site"]


def test_render_message() -> None:
    msg = BotMessage(
        message_id=1,
        chat_id=1,
        from_bot=True,
        text="Hi",
        html="<b>Hi</b>",
        buttons=[[Button("Go", "d")]],
        parse_mode="HTML",
    )
    text, flat = render_message(msg, PLAIN, edited=True)
    assert text == "bot (edited):\n  *Hi*\n  [1] Go"
    assert flat == [Button("Go", "d")]


def _run_chat(stdin: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
    env["PINBOT_CHAT_NAME"] = "Ann"
    env["PTB_TIMEDELTA"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.slow
def test_chat_session_through_pipe() -> None:
    proc = _run_chat("/start\n1\n/quit\nthis line is never sent\n")
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    assert out.startswith("Pinbot chat")
    assert "you: /start" in out
    # the welcome names the person and offers numbered buttons
    assert "Ann" in out
    assert "[1] " in out
    assert "you pressed: " in out
    assert out.rstrip().endswith("bye")
    assert "never sent" not in out
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_chat_exits_cleanly_on_eof() -> None:
    proc = _run_chat("hello\n")
    assert proc.returncode == 0, proc.stderr
    assert "you: hello" in proc.stdout
    assert proc.stdout.count("bot:") >= 1
    assert proc.stdout.rstrip().endswith("bye")
