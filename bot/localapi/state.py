"""The local server's in-memory world: chats, stored messages, callback queries, wake-ups."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from bot.localapi.models import BotMessage, Button


class Pulse:
    """Wake every waiter when something changes (a re-armed asyncio.Event)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float | None) -> bool:
        """True if notified, False on timeout."""
        event = self._event
        if seconds is not None and seconds <= 0:
            return False
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            return False
        return True


@dataclass
class StoredMessage:
    message_id: int
    chat_id: int
    from_bot: bool
    sender: dict[str, Any]
    date: int
    kind: str = "text"
    text: str = ""
    html: str = ""
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    edit_date: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    file_data: bytes | None = None  # an uploaded document's bytes (tests read them back)

    def snapshot(self) -> BotMessage:
        return BotMessage(
            message_id=self.message_id,
            chat_id=self.chat_id,
            from_bot=self.from_bot,
            text=self.text,
            html=self.html,
            buttons=buttons_of(self.reply_markup),
            edited=self.edit_date is not None,
            kind=self.kind,
            date=self.date,
            parse_mode=self.parse_mode,
            reply_markup=self.reply_markup,
            entities=list(self.entities),
            file_data=self.file_data,
        )


@dataclass(frozen=True)
class ChatEvent:
    """Something the bot did in a chat: kind is "new", "edit" or "delete"."""

    kind: str
    message: BotMessage
    t_monotonic: float


@dataclass
class ChatState:
    id: int
    type: str
    info: dict[str, Any]
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    events: list[ChatEvent] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    pulse: Pulse = field(default_factory=Pulse)

    def new_message_id(self) -> int:
        mid = self.next_message_id
        self.next_message_id += 1
        return mid


@dataclass
class CallbackQueryState:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    created: float
    answer: dict[str, Any] | None = None


def buttons_of(markup: dict[str, Any] | None) -> list[list[Button]]:
    if not markup or "inline_keyboard" not in markup:
        return []
    rows: list[list[Button]] = []
    for row in markup["inline_keyboard"]:
        rows.append(
            [
                Button(
                    text=str(b.get("text", "")),
                    callback_data=b.get("callback_data"),
                    url=b.get("url"),
                )
                for b in row
            ]
        )
    return rows
