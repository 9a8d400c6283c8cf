"""The simulated Telegram world around the bot: users, groups, incoming updates, inspection."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from bot.localapi.core import ApiCore
from bot.localapi.models import BotMessage, CallRecord
from bot.localapi.sim import SimGroup, SimUser
from bot.localapi.state import CallbackQueryState, ChatState, StoredMessage
from bot.tghtml import utf16_len

if TYPE_CHECKING:
    from bot.localapi.server import LocalBotApi

BOT_COMMAND_IN_TEXT_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


class SimulatedWorld(ApiCore):
    """What simulated users and tests use: chats, queued updates, waiting for and reading calls."""

    def _api(self) -> LocalBotApi:
        """This object as the full server (the only class that mixes the world in)."""
        return cast("LocalBotApi", self)

    def user(
        self,
        user_id: int,
        first_name: str = "Test",
        language_code: str | None = "en",
        last_name: str | None = None,
        username: str | None = None,
    ) -> SimUser:
        """The simulated user `user_id` and their private chat with the bot (chat_id == id)."""
        existing = self._users.get(user_id)
        if existing is not None:
            return existing
        if user_id <= 0:
            raise ValueError("user ids are positive")
        info: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            info["last_name"] = last_name
        if username:
            info["username"] = username
        if language_code:
            info["language_code"] = language_code
        chat_info: dict[str, Any] = {"id": user_id, "type": "private", "first_name": first_name}
        if last_name:
            chat_info["last_name"] = last_name
        if username:
            chat_info["username"] = username
        self.chats[user_id] = ChatState(user_id, "private", chat_info)
        sim = SimUser(self._api(), info)
        self._users[user_id] = sim
        return sim

    def group(self, chat_id: int, title: str = "Group", type: str = "group") -> SimGroup:
        """A group chat (negative id) the bot is a member of."""
        existing = self._groups.get(chat_id)
        if existing is not None:
            return existing
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        if type not in ("group", "supergroup"):
            raise ValueError("type must be 'group' or 'supergroup'")
        info = {"id": chat_id, "type": type, "title": title}
        self.chats[chat_id] = ChatState(chat_id, type, info)
        sim = SimGroup(self._api(), chat_id)
        self._groups[chat_id] = sim
        return sim

    def block(self, user_id: int) -> None:
        """The user blocks the bot: sends to their chat get 403."""
        self.blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        self.blocked.discard(user_id)

    def deliver_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (update_id is assigned if missing); returns its update_id."""
        update = dict(update)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        self._next_update_id = max(self._next_update_id, int(update["update_id"])) + 1
        self._updates.append(update)
        if self._update_pulse is not None:
            self._update_pulse.notify()
        return int(update["update_id"])

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    def unanswered_callback_queries(self) -> list[str]:
        return [q.id for q in self._queries.values() if q.answer is None]

    async def callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> dict[str, Any]:
        """The answerCallbackQuery params once the bot answered `query_id`."""
        if query_id not in self._queries:
            raise KeyError(f"unknown callback query {query_id!r}")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            answer = self._queries[query_id].answer
            if answer is not None:
                return answer
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"callback query {query_id} was not answered in {timeout}s")
            assert self._answer_pulse is not None
            await self._answer_pulse.wait(remaining)

    async def wait_for_call(
        self,
        method: str,
        timeout: float = 5.0,  # noqa: ASYNC109
        after: int = 0,
    ) -> CallRecord:
        """The first call to `method` with index >= `after` in `api.calls` (waits for it)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for rec in self.calls[after:]:
                if rec.method.lower() == method.lower():
                    return rec
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no {method} call within {timeout}s")
            assert self._calls_pulse is not None
            await self._calls_pulse.wait(remaining)

    def calls_to(self, method: str) -> list[CallRecord]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    # internal helpers used by sim.py ------------------------------------------------

    def _add_user_message(
        self,
        chat: ChatState,
        sender: dict[str, Any],
        text: str | None,
        extra: dict[str, Any] | None = None,
        kind: str = "text",
    ) -> int:
        mid = chat.new_message_id()
        entities: list[dict[str, Any]] = []
        if text is not None:
            for m in BOT_COMMAND_IN_TEXT_RE.finditer(text):
                entities.append(
                    {
                        "type": "bot_command",
                        "offset": utf16_len(text[: m.start()]),
                        "length": utf16_len(m.group(0)),
                    }
                )
        msg = StoredMessage(
            message_id=mid,
            chat_id=chat.id,
            from_bot=False,
            sender=sender,
            date=int(self.clock()),
            kind=kind,
            text=text or "",
            html=text or "",
            entities=entities,
            extra=dict(extra or {}),
        )
        chat.messages[mid] = msg
        self.deliver_update({"message": self._message_dict(chat, msg)})
        return mid

    def _new_callback_query(
        self, chat: ChatState, sender: dict[str, Any], data: str, message_id: int
    ) -> str:
        msg = chat.messages.get(message_id)
        if msg is None:
            raise LookupError(f"message {message_id} does not exist in chat {chat.id}")
        qid = str(next(self._query_ids))
        self._queries[qid] = CallbackQueryState(
            id=qid,
            user_id=int(sender["id"]),
            chat_id=chat.id,
            message_id=message_id,
            data=data,
            created=time.monotonic(),
        )
        self.deliver_update(
            {
                "callback_query": {
                    "id": qid,
                    "from": dict(sender),
                    "message": self._message_dict(chat, msg),
                    "chat_instance": str(abs(chat.id) * 7919 + 13),
                    "data": data,
                }
            }
        )
        return qid

    # ------------------------------------------------------------------ inspection

    def chat_messages(self, chat_id: int) -> list[BotMessage]:
        chat = self.chats[chat_id]
        return [m.snapshot() for m in chat.messages.values()]

    def query(self, query_id: str) -> CallbackQueryState:
        return self._queries[query_id]

    def snapshot_message(self, chat_id: int, message_id: int) -> BotMessage | None:
        m = self.chats[chat_id].messages.get(message_id)
        return None if m is None else replace(m.snapshot())
