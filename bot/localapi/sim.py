"""Simulated Telegram users and groups: the client side of the local Bot API."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from bot.localapi.models import BotMessage

if TYPE_CHECKING:
    from bot.localapi.server import ChatEvent, ChatState, LocalBotApi


class ChatView:
    """Observe what the bot does in one chat.

    `reply()`, `edit()` and `activity()` consume bot events (new message / edit) in order: each
    event is returned at most once by any of them, and each returns a snapshot of the message as
    it was at that moment.
    """

    def __init__(self, api: LocalBotApi, chat_id: int) -> None:
        self._api = api
        self.chat_id = chat_id
        self._consumed: set[int] = set()

    @property
    def _chat(self) -> ChatState:
        return self._api.chats[self.chat_id]

    @property
    def messages(self) -> list[BotMessage]:
        """The chat as it stands (both sides, edits applied, deleted messages removed)."""
        return [m.snapshot() for m in self._chat.messages.values()]

    @property
    def bot_messages(self) -> list[BotMessage]:
        return [m for m in self.messages if m.from_bot]

    @property
    def last(self) -> BotMessage | None:
        """The newest bot message in this chat (current state)."""
        bots = self.bot_messages
        return bots[-1] if bots else None

    @property
    def actions(self) -> list[str]:
        """Chat actions (sendChatAction) the bot sent here, in order."""
        return list(self._chat.actions)

    async def _next(
        self,
        kinds: frozenset[str],
        timeout: float,  # noqa: ASYNC109
        what: str,
    ) -> BotMessage:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        chat = self._chat
        while True:
            for i, ev in enumerate(chat.events):
                if i not in self._consumed and ev.kind in kinds:
                    self._consumed.add(i)
                    return ev.message
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(self._timeout_message(what, timeout))
            await chat.pulse.wait(remaining)

    def _timeout_message(self, what: str, timeout: float) -> str:
        recent = [
            f"{c.method}({'ok' if c.ok else f'{c.error_code} {c.description}'})"
            for c in self._api.calls[-8:]
        ]
        return (
            f"no {what} from the bot in chat {self.chat_id} within {timeout}s; "
            f"recent API calls: {recent}"
        )

    async def reply(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next NEW bot message in this chat."""
        return await self._next(frozenset({"new"}), timeout, "new message")

    async def edit(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next edit of a bot message in this chat."""
        return await self._next(frozenset({"edit"}), timeout, "edit")

    async def activity(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next new-or-edited bot message in this chat."""
        return await self._next(frozenset({"new", "edit"}), timeout, "new or edited message")

    async def replies(self, count: int, timeout: float = 5.0) -> list[BotMessage]:  # noqa: ASYNC109
        return [await self.reply(timeout) for _ in range(count)]

    def pending(self) -> list[ChatEvent]:
        """Bot events not yet consumed by reply()/edit()/activity()."""
        return [
            ev
            for i, ev in enumerate(self._chat.events)
            if i not in self._consumed and ev.kind in ("new", "edit")
        ]

    def consume_all(self) -> None:
        """Mark every event so far as seen."""
        self._consumed.update(range(len(self._chat.events)))

    async def quiet(self, seconds: float = 0.3) -> bool:
        """True if the bot did nothing in this chat (no new/edited/deleted message, no chat
        action) for `seconds` from now."""
        chat = self._chat
        before = (len(chat.events), len(chat.actions))
        await asyncio.sleep(seconds)
        return (len(chat.events), len(chat.actions)) == before

    def _find_button_message(self, text: str, message_id: int | None) -> tuple[int, str]:
        chat = self._chat
        candidates = (
            ([chat.messages[message_id]] if message_id in chat.messages else [])
            if message_id is not None
            else [m for m in reversed(chat.messages.values())]
        )
        seen: list[str] = []
        for m in candidates:
            if not m.from_bot:
                continue
            snap = m.snapshot()
            for row in snap.buttons:
                for b in row:
                    seen.append(b.text)
                    if b.text == text:
                        if b.callback_data is None:
                            raise ValueError(f"button {text!r} has no callback_data (url={b.url})")
                        return m.message_id, b.callback_data
        where = f"message {message_id}" if message_id is not None else f"chat {self.chat_id}"
        raise LookupError(f"no button {text!r} in {where}; buttons: {seen}")


class SimUser(ChatView):
    """A simulated Telegram user; the view is their private chat with the bot."""

    def __init__(self, api: LocalBotApi, info: dict[str, Any]) -> None:
        super().__init__(api, int(info["id"]))
        self.info = info

    @property
    def id(self) -> int:
        return self.chat_id

    @property
    def user_id(self) -> int:
        return self.chat_id

    @property
    def first_name(self) -> str:
        return str(self.info["first_name"])

    async def _send(self, text: str | None, extra: dict[str, Any] | None, kind: str) -> int:
        return self._api._add_user_message(self._chat, self.info, text, extra, kind)

    async def send(self, text: str) -> int:
        """Send a text message (commands get bot_command entities); returns its message_id."""
        return await self._send(text, None, "text")

    async def send_sticker(self, emoji: str = "👍") -> int:
        file_id, unique = self._api._next_file_id("sticker")
        sticker = {
            "file_id": file_id,
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self._send(None, {"sticker": sticker}, "sticker")

    async def send_photo(self, caption: str | None = None) -> int:
        file_id, unique = self._api._next_file_id("uphoto")
        photo = [{"file_id": file_id, "file_unique_id": unique, "width": 640, "height": 480}]
        extra: dict[str, Any] = {"photo": photo}
        if caption:
            extra["caption"] = caption
        return await self._send(None, extra, "photo")

    async def send_location(self, latitude: float, longitude: float) -> int:
        return await self._send(
            None, {"location": {"latitude": latitude, "longitude": longitude}}, "location"
        )

    async def send_raw(self, extra_message_fields: dict[str, Any]) -> int:
        """A message with arbitrary extra fields (e.g. {"voice": {...}}), no text unless given."""
        fields = dict(extra_message_fields)
        text = fields.pop("text", None)
        return await self._send(text, fields, "text" if text is not None else "other")

    async def press(self, text: str, message_id: int | None = None) -> str:
        """Press the inline button labelled `text` on the newest bot message that has it (or on
        `message_id`); returns the callback query id."""
        mid, data = self._find_button_message(text, message_id)
        return self._api._new_callback_query(self._chat, self.info, data, mid)

    async def press_data(self, data: str, message_id: int | None = None) -> str:
        """A callback query with arbitrary `data` (forged/stale buttons). Defaults to the newest
        bot message in the chat."""
        if message_id is None:
            last = self.last
            if last is None:
                raise LookupError(f"no bot message in chat {self.chat_id} to press on")
            message_id = last.message_id
        return self._api._new_callback_query(self._chat, self.info, data, message_id)

    def __repr__(self) -> str:
        return f"SimUser({self.id}, {self.first_name!r})"


class SimGroup(ChatView):
    """A group chat; members are SimUsers."""

    @property
    def id(self) -> int:
        return self.chat_id

    async def send(self, user: SimUser, text: str) -> int:
        return self._api._add_user_message(self._chat, user.info, text, None, "text")

    async def press(self, user: SimUser, text: str, message_id: int | None = None) -> str:
        mid, data = self._find_button_message(text, message_id)
        return self._api._new_callback_query(self._chat, user.info, data, mid)

    def __repr__(self) -> str:
        return f"SimGroup({self.id})"


__all__ = ["ChatView", "SimGroup", "SimUser"]
