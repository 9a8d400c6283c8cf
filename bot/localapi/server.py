"""LocalBotApi: an in-process Telegram Bot API server over real HTTP on 127.0.0.1.

The real PTB `Bot`/`Application` talks to it exactly as it talks to api.telegram.org
(``base_url=api.base_url``). Simulated users (`api.user(...)`, `api.group(...)`) queue updates
and observe what the bot did. Validation, error wording, rate limits and faults follow the real
Bot API closely enough that code which passes here behaves on Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any

from bot.localapi.faults import Faults, RateLimiter
from bot.localapi.http import (
    HttpError,
    HttpRequest,
    decode_params,
    read_request,
    render_response,
)
from bot.localapi.models import (
    FORBIDDEN_BLOCKED,
    ApiError,
    BotMessage,
    Button,
    CallRecord,
    Stats,
    bad_request,
    too_many_requests,
)
from bot.localapi.params import Params
from bot.localapi.sim import SimGroup, SimUser
from bot.tghtml import parse_html, utf16_len

TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")
PATH_RE = re.compile(r"^/bot([^/]*)/([A-Za-z0-9_]+)/?$")
LOOPBACK_URL_RE = re.compile(r"^http://(127\.0\.0\.1|localhost)(:[0-9]+)?(/|$)")
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
BOT_COMMAND_IN_TEXT_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_BUTTONS = 100
MAX_BUTTONS_PER_ROW = 8
MAX_CALLBACK_ANSWER_TEXT = 200
MAX_COMMANDS = 100

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# update types delivered when allowed_updates is [] (Telegram's default set)
DEFAULT_UPDATE_TYPES_EXCLUDED = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)
# methods that create a new message (count against the send rate limits)
SEND_METHODS = frozenset({"sendmessage", "sendphoto"})

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)


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


Handler = Callable[[Params], Awaitable[Any]]


class LocalBotApi:
    """The local Bot API server plus the simulated Telegram users around it."""

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
        self._server: asyncio.Server | None = None
        self._conn_tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._update_pulse: Pulse | None = None
        self._answer_pulse: Pulse | None = None
        self._calls_pulse: Pulse | None = None
        self._bot_id: int | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self.webhook_retry_delay = 0.5
        # (update_id, HTTP status or None on connection failure) per webhook delivery attempt
        self.webhook_deliveries: list[tuple[int, int | None]] = []
        self._handlers: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "sendphoto": self._send_photo,
            "close": self._harmless,
            "logout": self._harmless,
        }

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> LocalBotApi:
        self._update_pulse = Pulse()
        self._answer_pulse = Pulse()
        self._calls_pulse = Pulse()
        self._server = await asyncio.start_server(
            self._handle_connection, self.host, self.port, limit=1 << 20
        )
        sock = self._server.sockets[0]
        self.port = int(sock.getsockname()[1])
        return self

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        await self._stop_webhook_delivery()
        server.close()
        for w in list(self._writers):
            w.close()
        for t in list(self._conn_tasks):
            t.cancel()
        if self._conn_tasks:
            await asyncio.gather(*self._conn_tasks, return_exceptions=True)
        await server.wait_closed()

    async def __aenter__(self) -> LocalBotApi:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """For `Application.builder().base_url(...)`: PTB appends the token and the method."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def running(self) -> bool:
        return self._server is not None

    # ------------------------------------------------------------------ simulated world

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
        sim = SimUser(self, info)
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
        sim = SimGroup(self, chat_id)
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

    def _next_file_id(self, prefix: str) -> tuple[str, str]:
        n = next(self._file_ids)
        return f"{prefix}-file-{n:06d}", f"{prefix}-u-{n:06d}"

    # ------------------------------------------------------------------ HTTP

    async def _handle_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conn_tasks.add(task)
        self._writers.add(writer)
        try:
            while True:
                try:
                    req = await read_request(reader)
                except HttpError as exc:
                    body = json.dumps(
                        {"ok": False, "error_code": exc.status, "description": str(exc)}
                    ).encode()
                    writer.write(render_response(exc.status, body, keep_alive=False))
                    await writer.drain()
                    return
                if req is None:
                    return
                keep = await self._serve(req, writer)
                if not keep or not req.keep_alive:
                    return
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._conn_tasks.discard(task)
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve(self, req: HttpRequest, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; False = close the connection."""
        t0 = time.monotonic()
        m = PATH_RE.match(req.path)
        if m is None:
            writer.write(self._json_response(ApiError(404, "Not Found").to_dict(), 404, req))
            await writer.drain()
            return True
        token, method_name = m.group(1), m.group(2)
        if not TOKEN_RE.match(token) or (self.token is not None and token != self.token):
            self._record(method_name, {}, t0, ApiError(401, "Unauthorized"))
            writer.write(self._json_response(ApiError(401, "Unauthorized").to_dict(), 401, req))
            await writer.drain()
            return True
        if self._bot_id is None:
            self._bot_id = int(token.split(":", 1)[0])
        try:
            decode_params(req)
        except HttpError as exc:
            err = bad_request(str(exc))
            self._record(method_name, {}, t0, err)
            writer.write(self._json_response(err.to_dict(), 400, req))
            await writer.drain()
            return True
        params = Params(req.params, req.files)
        record_params: dict[str, Any] = dict(req.params)
        for fname in req.files:
            record_params.setdefault(fname, f"<file {fname}>")

        if self.rtt > 0:
            await asyncio.sleep(self.rtt / 2)

        handler = self._handlers.get(method_name.lower())
        chat_id: int | None = None
        with contextlib.suppress(ApiError):
            cid = params.chat_id(required=False)
            chat_id = cid if isinstance(cid, int) else None
        fault = self.faults.take(method_name, chat_id) if handler is not None else None
        drop_after = False
        result: Any = None
        error: ApiError | None = None
        status = 200
        raw_body: bytes | None = None
        if fault is not None:
            self.stats.faults_injected += 1
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "drop":
                self._record(method_name, record_params, t0, None, dropped=True)
                return False
            elif fault.kind == "drop_after":
                drop_after = True
            elif fault.kind == "429":
                error = too_many_requests(fault.retry_after)
            elif fault.kind == "500":
                error = ApiError(500, fault.description or "Internal Server Error")
            elif fault.kind == "502":
                error = ApiError(502, "Bad Gateway")
                raw_body = (
                    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>"
                    b"\r\n</body>\r\n</html>\r\n"
                )
            elif fault.kind in ("blocked", "403"):
                error = ApiError(403, fault.description or FORBIDDEN_BLOCKED)
            elif fault.kind == "400":
                error = ApiError(400, fault.description or "Bad Request: injected fault")
        if error is None:
            if handler is None:
                error = ApiError(404, "Not Found")
            else:
                try:
                    result = await handler(params)
                except ApiError as exc:
                    error = exc
        if error is not None and error.code == 429:
            self.stats.rate_limited += 1
        if self.rtt > 0:
            await asyncio.sleep(self.rtt / 2)
        self._record(method_name, record_params, t0, error)
        if drop_after:
            return False
        if error is not None:
            status = error.code
            if raw_body is not None:
                writer.write(
                    render_response(status, raw_body, "text/html", keep_alive=req.keep_alive)
                )
            else:
                writer.write(self._json_response(error.to_dict(), status, req))
        else:
            writer.write(self._json_response({"ok": True, "result": result}, 200, req))
        await writer.drain()
        return True

    @staticmethod
    def _json_response(payload: dict[str, Any], status: int, req: HttpRequest) -> bytes:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return render_response(status, body, keep_alive=req.keep_alive)

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        t0: float,
        error: ApiError | None,
        dropped: bool = False,
    ) -> None:
        self.stats.requests += 1
        self.stats.by_method[method] = self.stats.by_method.get(method, 0) + 1
        if error is not None or dropped:
            self.stats.errors += 1
        self.calls.append(
            CallRecord(
                method=method,
                params=params,
                t_monotonic=t0,
                ok=error is None and not dropped,
                error_code=error.code if error is not None else None,
                description=(
                    error.description if error is not None else ("dropped" if dropped else None)
                ),
            )
        )
        if self._calls_pulse is not None:
            self._calls_pulse.notify()

    # ------------------------------------------------------------------ validation helpers

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

    def _parse_text(
        self, p: Params, raw: str, limit: int, empty_msg: str, too_long: str
    ) -> tuple[str, list[dict[str, Any]], str | None]:
        """Apply parse_mode/entities; returns (plain, entities, parse_mode)."""
        parse_mode = p.string("parse_mode")
        entities: list[dict[str, Any]] = []
        if parse_mode:
            mode = parse_mode.lower()
            if mode == "html":
                parsed = parse_html(raw)
                if parsed.errors:
                    err = parsed.errors[0]
                    raise bad_request(err[0].lower() + err[1:])
                plain = parsed.plain
                entities = [e.to_dict() for e in parsed.entities]
            elif mode in ("markdown", "markdownv2"):
                plain = raw  # not parsed by the local server; the bot only uses HTML
            else:
                raise bad_request(f"unsupported parse_mode {parse_mode}")
        else:
            plain = raw
            given = p.json("entities")
            if isinstance(given, list):
                entities = [e for e in given if isinstance(e, dict)]
        # Telegram trims surrounding whitespace
        stripped = plain.strip()
        if not stripped:
            raise bad_request(empty_msg)
        if stripped != plain:
            lead = utf16_len(plain[: len(plain) - len(plain.lstrip())])
            new_len = utf16_len(stripped)
            shifted: list[dict[str, Any]] = []
            for e in entities:
                start = max(0, int(e["offset"]) - lead)
                end = min(new_len, int(e["offset"]) + int(e["length"]) - lead)
                if end > start:
                    shifted.append({**e, "offset": start, "length": end - start})
            entities = shifted
            plain = stripped
        if utf16_len(plain) > limit:
            raise bad_request(too_long)
        return plain, entities, parse_mode

    def _reply_markup(self, p: Params, inline_only: bool = False) -> dict[str, Any] | None:
        markup = p.json("reply_markup", invalid="can't parse reply keyboard markup JSON object")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            if inline_only:
                raise bad_request("inline keyboard expected")
            if not any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
                raise bad_request("can't parse reply keyboard markup JSON object")
            return markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
            )
        total = 0
        for row in rows:
            if len(row) > MAX_BUTTONS_PER_ROW:
                raise bad_request("BUTTONS_TOO_MUCH: too many buttons in a row")
            total += len(row)
            for b in row:
                if not isinstance(b, dict):
                    raise bad_request(
                        "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                    )
                text = b.get("text")
                if not isinstance(text, str) or not text.strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
                actions = [
                    k
                    for k in (
                        "url",
                        "callback_data",
                        "web_app",
                        "login_url",
                        "switch_inline_query",
                        "switch_inline_query_current_chat",
                        "switch_inline_query_chosen_chat",
                        "copy_text",
                        "callback_game",
                        "pay",
                    )
                    if k in b
                ]
                if not actions:
                    raise bad_request(
                        "can't parse inline keyboard button: Text buttons are "
                        "unallowed in the inline keyboard"
                    )
                if len(actions) > 1:
                    raise bad_request(
                        "can't parse inline keyboard button: exactly one of the "
                        "optional fields must be used"
                    )
                if "callback_data" in b:
                    data = b["callback_data"]
                    if not isinstance(data, str) or not (
                        1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                    ):
                        raise bad_request("BUTTON_DATA_INVALID")
                if "url" in b:
                    url = b["url"]
                    if not isinstance(url, str) or not re.match(r"^(https?|tg)://[^\s]+$", url):
                        raise bad_request("BUTTON_URL_INVALID")
        if total > MAX_BUTTONS:
            raise bad_request("REPLY_MARKUP_TOO_LONG")
        cleaned = [r for r in rows if r]
        if not cleaned:
            return None
        return {**markup, "inline_keyboard": cleaned}

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

    # ------------------------------------------------------------------ methods

    async def _harmless(self, p: Params) -> Any:
        return True

    async def _get_me(self, p: Params) -> Any:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _allowed(self, update: dict[str, Any]) -> bool:
        kinds = [k for k in update if k != "update_id"]
        if not kinds:
            return True
        kind = kinds[0]
        if self._allowed_updates:
            return kind in self._allowed_updates
        return kind not in DEFAULT_UPDATE_TYPES_EXCLUDED

    async def _get_updates(self, p: Params) -> Any:
        if self.webhook.get("url"):
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = p.integer("offset")
        limit = p.integer("limit") or 100
        limit = max(1, min(100, limit))
        timeout = max(0, p.integer("timeout") or 0)
        allowed = p.json("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed]
        self._poll_generation += 1
        generation = self._poll_generation
        assert self._update_pulse is not None
        self._update_pulse.notify()  # an older long poll (if any) ends with a conflict
        if offset is not None:
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if int(u["update_id"]) >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            dropped = [u for u in self._updates if not self._allowed(u)]
            if dropped:
                self._updates = [u for u in self._updates if self._allowed(u)]
            if self._updates:
                return self._updates[:limit]
            if generation != self._poll_generation:
                raise ApiError(409, CONFLICT_POLL)
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            await self._update_pulse.wait(remaining)
            if generation != self._poll_generation:
                raise ApiError(409, CONFLICT_POLL)

    async def _delete_webhook(self, p: Params) -> Any:
        if p.flag("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {}
        await self._stop_webhook_delivery()
        return True

    async def _set_webhook(self, p: Params) -> Any:
        url = p.string("url") or ""
        secret = p.string("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("secret token contains unallowed characters")
        if url and not (url.startswith("https://") or LOOPBACK_URL_RE.match(url)):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if p.flag("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {"url": url, "secret_token": secret} if url else {}
        if url:
            allowed = p.json("allowed_updates")
            if isinstance(allowed, list):
                self.webhook["allowed_updates"] = allowed
                self._allowed_updates = [str(a) for a in allowed]
            self._start_webhook_delivery()
        else:
            await self._stop_webhook_delivery()
        return True

    @property
    def webhook_mode(self) -> bool:
        """True while a webhook is set: updates are POSTed to it instead of getUpdates."""
        return bool(self.webhook.get("url"))

    def _start_webhook_delivery(self) -> None:
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._webhook_loop())
        elif self._update_pulse is not None:
            self._update_pulse.notify()

    async def _stop_webhook_delivery(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _webhook_loop(self) -> None:
        """Deliver updates one at a time, in order, retrying until the bot answers 2xx."""
        import httpx  # a dependency of python-telegram-bot

        assert self._update_pulse is not None
        async with httpx.AsyncClient(timeout=10.0) as client:
            while self.webhook_mode:
                self._updates = [u for u in self._updates if self._allowed(u)]
                if not self._updates:
                    await self._update_pulse.wait(1.0)
                    continue
                update = self._updates[0]
                headers = {"Content-Type": "application/json"}
                if self.webhook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
                try:
                    resp = await client.post(
                        self.webhook["url"], content=json.dumps(update), headers=headers
                    )
                    status: int | None = resp.status_code
                    error = (
                        None
                        if 200 <= resp.status_code < 300
                        else f"Wrong response from "
                        f"the webhook: {resp.status_code} {resp.reason_phrase}"
                    )
                except httpx.HTTPError as exc:
                    status, error = None, f"Connection failed: {exc!r}"
                self.webhook_deliveries.append((int(update["update_id"]), status))
                if error is None:
                    if self._updates and self._updates[0] is update:
                        self._updates.pop(0)
                else:
                    self.webhook["last_error_date"] = int(self.clock())
                    self.webhook["last_error_message"] = error
                    await asyncio.sleep(self.webhook_retry_delay)

    async def _get_webhook_info(self, p: Params) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        for key in ("allowed_updates", "last_error_date", "last_error_message"):
            if key in self.webhook:
                info[key] = self.webhook[key]
        return info

    @staticmethod
    def _scope_key(p: Params) -> str:
        scope = p.json("scope")
        lang = p.string("language_code") or ""
        if lang and not re.fullmatch(r"[a-z]{2}", lang):
            raise bad_request("invalid language code specified")
        scope_s = json.dumps(scope, sort_keys=True) if scope else '{"type": "default"}'
        return f"{scope_s}|{lang}"

    async def _set_my_commands(self, p: Params) -> Any:
        if not p.has("commands"):
            raise bad_request('parameter "commands" is required')
        commands = p.json("commands", invalid="can't parse commands JSON object")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned: list[dict[str, str]] = []
        for c in commands:
            if not isinstance(c, dict):
                raise bad_request("can't parse BotCommand")
            cmd = c.get("command")
            desc = c.get("description")
            if not isinstance(cmd, str) or not COMMAND_RE.fullmatch(cmd.lower().lstrip("/")):
                raise bad_request("BOT_COMMAND_INVALID")
            if cmd != cmd.lower() or cmd.startswith("/"):
                raise bad_request("BOT_COMMAND_INVALID")
            if not isinstance(desc, str) or not 1 <= len(desc.strip()) <= 256 or len(desc) > 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": cmd, "description": desc})
        self.commands[self._scope_key(p)] = cleaned
        return True

    async def _get_my_commands(self, p: Params) -> Any:
        return self.commands.get(self._scope_key(p), [])

    async def _delete_my_commands(self, p: Params) -> Any:
        self.commands.pop(self._scope_key(p), None)
        return True

    def default_commands(self) -> list[dict[str, str]]:
        """The commands set with the default scope and no language."""
        return self.commands.get('{"type": "default"}|', [])

    async def _send_message(self, p: Params) -> Any:
        chat = self._chat(p)
        raw = p.string("text")
        if raw is None or raw == "":
            raise bad_request("message text is empty")
        plain, entities, parse_mode = self._parse_text(
            p, raw, MAX_TEXT, "message text is empty", "message is too long"
        )
        markup = self._reply_markup(p)
        self._check_reply_to(p, chat)
        self._rate_limit(chat)
        msg = StoredMessage(
            message_id=chat.new_message_id(),
            chat_id=chat.id,
            from_bot=True,
            sender={},
            date=int(self.clock()),
            text=plain,
            html=raw,
            parse_mode=parse_mode,
            entities=entities,
            reply_markup=markup,
        )
        chat.messages[msg.message_id] = msg
        self.stats.messages_sent += 1
        self._emit(chat, "new", msg)
        return self._message_dict(chat, msg)

    def _check_reply_to(self, p: Params, chat: ChatState) -> None:
        reply_to = p.integer("reply_to_message_id")
        params = p.json("reply_parameters")
        allow = p.flag("allow_sending_without_reply")
        if isinstance(params, dict) and "message_id" in params:
            reply_to = int(params["message_id"])
            allow = allow or bool(params.get("allow_sending_without_reply"))
        if reply_to is not None and reply_to not in chat.messages and not allow:
            raise bad_request("message to be replied not found")

    async def _send_photo(self, p: Params) -> Any:
        chat = self._chat(p)
        photo = p.raw.get("photo")
        upload = p.files.get("photo")
        if isinstance(photo, str) and photo.startswith("attach://"):
            upload = p.files.get(photo[len("attach://") :])
            if upload is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
        if upload is None and not (isinstance(photo, str) and photo):
            raise bad_request("there is no photo in the request")
        if upload is not None and not upload.data:
            raise bad_request("file must be non-empty")
        caption_raw = p.string("caption") or ""
        plain, parse_mode = "", None
        entities: list[dict[str, Any]] = []
        if caption_raw:
            try:
                plain, entities, parse_mode = self._parse_text(
                    p, caption_raw, MAX_CAPTION, "caption is empty", "message caption is too long"
                )
            except ApiError as exc:
                if exc.description != "Bad Request: caption is empty":
                    raise
        markup = self._reply_markup(p)
        self._rate_limit(chat)
        file_id, unique = self._next_file_id("photo")
        size = len(upload.data) if upload is not None else 1024
        msg = StoredMessage(
            message_id=chat.new_message_id(),
            chat_id=chat.id,
            from_bot=True,
            sender={},
            date=int(self.clock()),
            kind="photo",
            text=plain,
            html=caption_raw,
            parse_mode=parse_mode,
            entities=entities,
            reply_markup=markup,
            extra={
                "photo": [
                    {
                        "file_id": file_id + "-s",
                        "file_unique_id": unique + "s",
                        "width": 90,
                        "height": 90,
                        "file_size": max(1, size // 10),
                    },
                    {
                        "file_id": file_id,
                        "file_unique_id": unique,
                        "width": 800,
                        "height": 800,
                        "file_size": size,
                    },
                ]
            },
        )
        chat.messages[msg.message_id] = msg
        self.stats.messages_sent += 1
        self._emit(chat, "new", msg)
        return self._message_dict(chat, msg)

    async def _edit_message_text(self, p: Params) -> Any:
        chat, msg = self._target_message(p, "edit")
        raw = p.string("text")
        if raw is None or raw == "":
            raise bad_request("message text is empty")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        if msg.kind != "text":
            raise bad_request("there is no text in the message to edit")
        plain, entities, parse_mode = self._parse_text(
            p, raw, MAX_TEXT, "message text is empty", "message is too long"
        )
        markup = self._reply_markup(p, inline_only=True)
        if plain == msg.text and entities == msg.entities and markup == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        msg.text, msg.html, msg.entities, msg.parse_mode = plain, raw, entities, parse_mode
        msg.reply_markup = markup
        msg.edit_date = int(self.clock())
        self.stats.messages_edited += 1
        self._emit(chat, "edit", msg)
        return self._message_dict(chat, msg)

    async def _edit_message_reply_markup(self, p: Params) -> Any:
        chat, msg = self._target_message(p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        markup = self._reply_markup(p, inline_only=True)
        if markup == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        msg.reply_markup = markup
        msg.edit_date = int(self.clock())
        self.stats.messages_edited += 1
        self._emit(chat, "edit", msg)
        return self._message_dict(chat, msg)

    async def _delete_message(self, p: Params) -> Any:
        chat, msg = self._target_message(p, "delete")
        del chat.messages[msg.message_id]
        if msg.from_bot:
            self._emit(chat, "delete", msg)
        else:
            chat.pulse.notify()
        return True

    async def _answer_callback_query(self, p: Params) -> Any:
        qid = p.string("callback_query_id")
        if not qid:
            raise bad_request(QUERY_TOO_OLD)
        q = self._queries.get(qid)
        if q is None or q.answer is not None:
            raise bad_request(QUERY_TOO_OLD)
        if time.monotonic() - q.created > self.callback_answer_timeout:
            raise bad_request(QUERY_TOO_OLD)
        text = p.string("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_TEXT:
            raise bad_request("MESSAGE_TOO_LONG")
        url = p.string("url")
        if url is not None and url and not url.startswith(("https://t.me/", "tg://")):
            raise bad_request("URL_INVALID")
        answer: dict[str, Any] = {"callback_query_id": qid, "show_alert": p.flag("show_alert")}
        if text is not None:
            answer["text"] = text
        if url:
            answer["url"] = url
        cache_time = p.integer("cache_time")
        if cache_time is not None:
            answer["cache_time"] = cache_time
        q.answer = answer
        assert self._answer_pulse is not None
        self._answer_pulse.notify()
        return True

    async def _send_chat_action(self, p: Params) -> Any:
        chat = self._chat(p)
        action = p.string("action")
        if not action or action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.actions.append(action)
        return True

    # ------------------------------------------------------------------ inspection

    def chat_messages(self, chat_id: int) -> list[BotMessage]:
        chat = self.chats[chat_id]
        return [m.snapshot() for m in chat.messages.values()]

    def query(self, query_id: str) -> CallbackQueryState:
        return self._queries[query_id]

    def snapshot_message(self, chat_id: int, message_id: int) -> BotMessage | None:
        m = self.chats[chat_id].messages.get(message_id)
        return None if m is None else replace(m.snapshot())
