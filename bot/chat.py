"""`pinbot chat`: talk to the real bot in this terminal, without a token or network.

Starts the local Bot API server (`bot.localapi`) in-process with a fresh token, runs the real
Application (`bot.app.build_application`) polling it over HTTP on 127.0.0.1, and turns the
terminal into a private chat: type a message, or a number to press one of the inline buttons
shown as ``[1] Causes  [2] FAQ``. ``/quit`` or end of input (Ctrl-D) leaves.

Works with piped input (stdin not a tty): each line is sent after the bot has finished
answering the previous one, so the transcript is deterministic.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import secrets
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from bot.localapi import BotMessage, Button, LocalBotApi, SimUser

QUIT_WORDS = frozenset({"/quit", "/exit"})
CHAT_USER_ID = 1001
FIRST_REPLY_WAIT = 3.0  # seconds to wait for the bot to start answering a line
SETTLE_QUIET = 0.35  # the bot is done when it has been quiet this long


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Style:
    """How emphasis is shown: ANSI codes on a terminal, plain markers otherwise."""

    ansi: bool

    def wrap(self, tag: str, text: str) -> str:
        if not text:
            return text
        if self.ansi:
            codes = {"b": "1", "i": "3", "u": "4", "s": "9", "code": "2", "spoiler": "7"}
            code = codes.get(tag)
            return f"\x1b[{code}m{text}\x1b[0m" if code else text
        marks = {"b": "*", "i": "_", "s": "~", "code": "`"}
        m = marks.get(tag, "")
        return f"{m}{text}{m}"


_TAG_STYLE = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ins": "u",
    "s": "s",
    "strike": "s",
    "del": "s",
    "code": "code",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}


class _Renderer(HTMLParser):
    def __init__(self, style: Style) -> None:
        super().__init__(convert_charrefs=True)
        self.style = style
        # stack of (tag, attrs, collected text parts)
        self.stack: list[tuple[str, dict[str, str], list[str]]] = [("", {}, [])]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        if len(self.stack) <= 1:
            return
        name, attrs, parts = self.stack.pop()
        text = "".join(parts)
        if name in _TAG_STYLE:
            text = self.style.wrap(_TAG_STYLE[name], text)
        elif name == "a":
            href = attrs.get("href", "")
            if href and href != text:
                text = f"{text} ({href})"
        elif name == "pre":
            text = "\n".join("    " + line for line in text.split("\n"))
        elif name == "blockquote":
            text = "\n".join("│ " + line for line in text.split("\n"))
        self.stack[-1][2].append(text)

    def handle_data(self, data: str) -> None:
        self.stack[-1][2].append(data)

    def result(self) -> str:
        while len(self.stack) > 1:
            self.handle_endtag(self.stack[-1][0])
        return "".join(self.stack[0][2])


def render_html(html_text: str, style: Style) -> str:
    """Telegram HTML -> readable terminal text."""
    r = _Renderer(style)
    r.feed(html_text)
    r.close()
    return r.result()


def render_buttons(buttons: list[list[Button]], first: int = 1) -> tuple[list[str], list[Button]]:
    """Rows of ``[n] label`` and the flat list of buttons in number order."""
    lines: list[str] = []
    flat: list[Button] = []
    n = first
    for row in buttons:
        cells: list[str] = []
        for b in row:
            label = f"[{n}] {b.text}"
            if b.url:
                label += " ↗"
            cells.append(label)
            flat.append(b)
            n += 1
        if cells:
            lines.append("  ".join(cells))
    return lines, flat


def render_message(msg: BotMessage, style: Style, edited: bool = False) -> tuple[str, list[Button]]:
    body = render_html(msg.html, style) if msg.parse_mode else msg.html
    if msg.kind == "photo":
        body = f"[photo] {body}".rstrip()
    elif msg.kind == "document":  # e.g. the diary's PDF
        size = len(msg.file_data) if msg.file_data is not None else 0
        body = f"[document, {size // 1024} KB] {body}".rstrip()
    head = "bot (edited):" if edited else "bot:"
    lines = [head]
    lines.extend("  " + line for line in body.split("\n"))
    button_lines, flat = render_buttons(msg.buttons)
    lines.extend("  " + line for line in button_lines)
    return "\n".join(lines), flat


# ---------------------------------------------------------------- the conversation


@dataclass
class ChatSession:
    api: LocalBotApi
    user: SimUser
    out: TextIO
    style: Style
    choices: list[Button] = field(default_factory=list)
    choice_message_id: int | None = None
    printed: int = 0
    _printed_event: asyncio.Event = field(default_factory=asyncio.Event)

    def emit(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    async def printer(self) -> None:
        """Print every new or edited bot message as it happens."""
        while True:
            try:
                msg = await self.user.activity(timeout=3600)
            except TimeoutError:
                continue
            text, flat = render_message(msg, self.style, edited=msg.edited)
            self.emit(text)
            self.printed += 1
            self._printed_event.set()
            if flat:
                self.choices = flat
                self.choice_message_id = msg.message_id

    async def settle(self, before: int) -> None:
        """Wait for the bot to answer (something printed) and then go quiet."""
        if self.printed == before:
            self._printed_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._printed_event.wait(), FIRST_REPLY_WAIT)
        while not await self.user.quiet(SETTLE_QUIET):
            pass
        await asyncio.sleep(0.05)  # let the printer catch up with the last event

    async def handle_line(self, line: str) -> bool:
        """Process one input line; False = leave."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in QUIT_WORDS:
            return False
        before = self.printed
        if text.isdigit() and self.choices:
            n = int(text)
            if not 1 <= n <= len(self.choices):
                self.emit(f"(pick a number from 1 to {len(self.choices)})")
                return True
            button = self.choices[n - 1]
            if button.callback_data is None:
                self.emit(f"(link: {button.url})")
                return True
            self.emit(f"you pressed: {button.text}")
            try:
                qid = await self.user.press(button.text, message_id=self.choice_message_id)
            except LookupError:
                self.emit("(that button is gone)")
                return True
            with contextlib.suppress(TimeoutError):
                answer = await self.api.callback_answer(qid, timeout=FIRST_REPLY_WAIT)
                if answer.get("text"):
                    kind = "alert" if answer.get("show_alert") else "note"
                    self.emit(f"({kind}: {answer['text']})")
        else:
            await self.user.send(text)
        await self.settle(before)
        return True


def _stdin_lines(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None]) -> None:
    """Read stdin in a daemon thread (works for ttys, pipes and files alike)."""

    def reader() -> None:
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # RuntimeError: loop closed
            for line in sys.stdin:
                loop.call_soon_threadsafe(queue.put_nowait, line)
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=reader, name="pinbot-chat-stdin", daemon=True).start()


async def run_chat(db_path: Path, name: str, out: TextIO, interactive: bool) -> int:
    from bot.app import build_application, running
    from bot.config import Settings

    token = f"{secrets.randbelow(9 * 10**8) + 10**8}:{secrets.token_urlsafe(24)}"
    async with LocalBotApi() as api:
        settings = Settings.from_env(
            {
                "TELEGRAM_BOT_TOKEN": token,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "PINBOT_DB": str(db_path),
                "PINBOT_LOG_LEVEL": "WARNING",
            }
        )
        app = build_application(settings)
        user = api.user(CHAT_USER_ID, first_name=name)
        session = ChatSession(api, user, out, Style(ansi=interactive and out.isatty()))
        session.emit(
            "Pinbot chat (local, no network). Type a message, a number to press a button, "
            "/quit to leave."
        )
        async with running(app, poll_timeout=1.0):
            printer = asyncio.create_task(session.printer())
            queue: asyncio.Queue[str | None] = asyncio.Queue()
            _stdin_lines(asyncio.get_running_loop(), queue)
            try:
                while True:
                    if interactive:
                        out.write("> ")
                        out.flush()
                    line = await queue.get()
                    if line is None:
                        break
                    if not interactive:
                        session.emit(f"you: {line.rstrip()}")
                    if not await session.handle_line(line):
                        break
            finally:
                printer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await printer
        session.emit("bye")
    return 0


def _default_name() -> str:
    for var in ("PINBOT_CHAT_NAME", "USER", "USERNAME"):
        value = os.environ.get(var, "").strip()
        if value and value != "root":
            return value[:32].title()
    return "Friend"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pinbot chat", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, default=None, help="SQLite file to use (default: a fresh temporary one)"
    )
    parser.add_argument("--name", default=None, help="your first name in the chat")
    args = parser.parse_args([] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    name = args.name or _default_name()
    interactive = sys.stdin.isatty()
    try:
        if args.db is not None:
            return asyncio.run(run_chat(args.db, name, sys.stdout, interactive))
        with tempfile.TemporaryDirectory(prefix="pinbot-chat-") as tmp:
            return asyncio.run(run_chat(Path(tmp) / "chat.sqlite3", name, sys.stdout, interactive))
    except KeyboardInterrupt:
        sys.stdout.write("\nbye\n")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
