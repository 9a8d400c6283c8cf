"""ApiCore: the state of the local Bot API server and the helpers every method shares."""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.localapi.faults import Faults, RateLimiter
from bot.localapi.models import (
    FORBIDDEN_BLOCKED,
    ApiError,
    CallRecord,
    Stats,
    bad_request,
    too_many_requests,
)
from bot.localapi.params import Params
from bot.localapi.sim import SimGroup, SimUser
from bot.localapi.state import CallbackQueryState, ChatEvent, ChatState, Pulse, StoredMessage


class ApiCore:
    """Everything the server knows, plus lookups and bookkeeping shared by the API methods.

    `LocalBotApi` combines this with the method mixins (`methods_*.py`), the simulated world
    (`world.py`) and the HTTP front end (`server.py`).
    """

    def __init__(
        self,
        rtt: float = 0.0,
        enforce_rate_limits: bool = True,
        bot_username: str = "pinbot_test_bot",
        callback_answer_timeout: float = 15.0,
        bot_first_name: str = "Pinbot",
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.rtt = rtt
        self.enforce_rate_limits = enforce_rate_limits
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.callback_answer_timeout = callback_answer_timeout
        self.token = token
        self.host = host
        self.port = port
        self.clock = clock
        self.faults = Faults()
        self.rate_limiter = RateLimiter()
        self.stats = Stats()
        self.calls: list[CallRecord] = []
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.blocked: set[int] = set()
        self.chats: dict[int, ChatState] = {}
        self._users: dict[int, SimUser] = {}
        self._groups: dict[int, SimGroup] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] = []
        self._poll_generation = 0
        self._queries: dict[str, CallbackQueryState] = {}
        self._query_ids = itertools.count(secrets.randbelow(10**6) * 10**6 + 1)
        self._file_ids = itertools.count(1)
        #: every file this server issued a file_id for (uploads), for file_id re-sends
        self.files: dict[str, dict[str, Any]] = {}
        self._runner: web.AppRunner | None = None  # the HTTP server while serving
        self._update_pulse: Pulse | None = None
        self._answer_pulse: Pulse | None = None
        self._calls_pulse: Pulse | None = None
        self._bot_id: int | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self.webhook_retry_delay = 0.5
        # A load balancer in front of several bot replicas: when set, webhook deliveries go to
        # these URLs in turn instead of the registered one, and every `webhook_repeat_every`-th
        # update is delivered to the next replica a second time (as Telegram does when it
        # did not see an answer in time). 0: no repeats.
        self.webhook_targets: list[str] = []
        self.webhook_repeat_every = 0
        # (update_id, HTTP status or None on connection failure) per webhook delivery attempt
        self.webhook_deliveries: list[tuple[int, int | None]] = []

    # ------------------------------------------------------------------ shared helpers

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self._bot_id or 0,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _message_dict(self, chat: ChatState, m: StoredMessage) -> dict[str, Any]:
        d: dict[str, Any] = {
            "message_id": m.message_id,
            "date": m.date,
            "chat": dict(chat.info),
            "from": self._bot_user() if m.from_bot else dict(m.sender),
        }
        if m.edit_date is not None:
            d["edit_date"] = m.edit_date
        if m.kind == "text":
            d["text"] = m.text
            if m.entities:
                d["entities"] = m.entities
        elif m.text:
            d["caption"] = m.text
            if m.entities:
                d["caption_entities"] = m.entities
        d.update(m.extra)
        if m.reply_markup is not None and "inline_keyboard" in m.reply_markup:
            d["reply_markup"] = m.reply_markup
        return d

    def _next_file_id(self, prefix: str) -> tuple[str, str]:
        n = next(self._file_ids)
        return f"{prefix}-file-{n:06d}", f"{prefix}-u-{n:06d}"

    def _chat(self, p: Params, for_send: bool = True) -> ChatState:
        cid = p.chat_id()
        chat: ChatState | None = None
        if isinstance(cid, int):
            chat = self.chats.get(cid)
        else:
            uname = str(cid)[1:].lower()
            for c in self.chats.values():
                if str(c.info.get("username", "")).lower() == uname and uname:
                    chat = c
        if chat is None:
            raise bad_request("chat not found")
        if for_send and chat.id in self.blocked:
            raise ApiError(403, FORBIDDEN_BLOCKED)
        return chat

    def _rate_limit(self, chat: ChatState) -> None:
        if not self.enforce_rate_limits:
            return
        wait = self.rate_limiter.check(chat.id, time.monotonic())
        if wait > 0:
            raise too_many_requests(wait)

    def _emit(self, chat: ChatState, kind: str, msg: StoredMessage) -> None:
        chat.events.append(ChatEvent(kind, msg.snapshot(), time.monotonic()))
        chat.pulse.notify()

    def _target_message(self, p: Params, what: str) -> tuple[ChatState, StoredMessage]:
        if p.has("inline_message_id") and not p.has("chat_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(p)
        mid = p.integer(
            "message_id",
            missing="message identifier is not specified",
            invalid="message identifier is not specified",
        )
        assert mid is not None
        msg = chat.messages.get(mid)
        if msg is None:
            raise bad_request(f"message to {what} not found")
        return chat, msg
