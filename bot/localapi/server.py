"""LocalBotApi: an in-process Telegram Bot API server over real HTTP on 127.0.0.1.

The real PTB `Bot`/`Application` talks to it exactly as it talks to api.telegram.org
(``base_url=api.base_url``). Simulated users (`api.user(...)`, `api.group(...)`) queue updates
and observe what the bot did. Validation, error wording, rate limits and faults follow the real
Bot API closely enough that code which passes here behaves on Telegram.

This module holds the lifecycle and the HTTP front end (routing, auth, faults, call records).
The rest lives next to it:

- ``state.py``: chats, stored messages, callback queries (``ChatState``, ``ChatEvent``, ...)
- ``core.py``: ``ApiCore``, the server's state and the helpers every method shares
- ``world.py``: the simulated users/groups, incoming updates and inspection helpers
- ``methods_messages.py``, ``methods_updates.py``, ``methods_misc.py``: the Bot API methods
- ``formatting.py``, ``markup.py``: text/parse_mode and reply_markup validation
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, NoReturn

from aiohttp import web

from bot.localapi.http import MAX_BODY, HttpError, HttpRequest, json_response, read_request
from bot.localapi.methods_messages import MessageMethods
from bot.localapi.methods_misc import MiscMethods
from bot.localapi.methods_updates import UpdateMethods
from bot.localapi.models import (
    FORBIDDEN_BLOCKED,
    ApiError,
    CallRecord,
    bad_request,
    too_many_requests,
)
from bot.localapi.params import Params
from bot.localapi.state import (
    CallbackQueryState,
    ChatEvent,
    ChatState,
    Pulse,
    StoredMessage,
    buttons_of,
)
from bot.localapi.world import SimulatedWorld

__all__ = [
    "CallbackQueryState",
    "ChatEvent",
    "ChatState",
    "Handler",
    "LocalBotApi",
    "Pulse",
    "StoredMessage",
    "buttons_of",
]

TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")
PATH_RE = re.compile(r"^/bot([^/]*)/([A-Za-z0-9_]+)/?$")

Handler = Callable[[Params], Awaitable[Any]]


class LocalBotApi(SimulatedWorld):
    """The local Bot API server plus the simulated Telegram users around it.

    Built by composition: the state and the helpers every method shares are `ApiCore` (with the
    simulated users of `SimulatedWorld` on top); each group of API methods is an object that
    works on that core, and this class maps method names to them and serves HTTP.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.messages = MessageMethods(self)
        self.updates = UpdateMethods(self)
        self.misc = MiscMethods(self)

    @functools.cached_property
    def _handlers(self) -> dict[str, Handler]:
        """Bot API method (lower-case) -> its implementation."""
        return {
            "getme": self.misc.get_me,
            "getupdates": self.updates.get_updates,
            "deletewebhook": self.updates.delete_webhook,
            "setwebhook": self.updates.set_webhook,
            "getwebhookinfo": self.updates.get_webhook_info,
            "setmycommands": self.misc.set_my_commands,
            "getmycommands": self.misc.get_my_commands,
            "deletemycommands": self.misc.delete_my_commands,
            "sendmessage": self.messages.send_message,
            "editmessagetext": self.messages.edit_message_text,
            "editmessagereplymarkup": self.messages.edit_message_reply_markup,
            "deletemessage": self.messages.delete_message,
            "answercallbackquery": self.misc.answer_callback_query,
            "sendchataction": self.misc.send_chat_action,
            "sendphoto": self.messages.send_photo,
            "sendanimation": self.messages.send_animation,
            "editmessagecaption": self.messages.edit_message_caption,
            "senddocument": self.messages.send_document,
            "close": self.misc.harmless,
            "logout": self.misc.harmless,
        }

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> LocalBotApi:
        self._update_pulse = Pulse()
        self._answer_pulse = Pulse()
        self._calls_pulse = Pulse()
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # on stop, requests in progress (long polls) get 0.1 s and are then cut, as when
        # Telegram goes away
        self._runner = web.AppRunner(
            app, handle_signals=False, access_log=None, shutdown_timeout=0.1
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, backlog=1024)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        await self.updates.stop_webhook_delivery()
        await runner.cleanup()

    async def __aenter__(self) -> LocalBotApi:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def default_commands(self) -> list[dict[str, str]]:
        """The commands set with the default scope and no language."""
        return self.misc.default_commands()

    @property
    def webhook_mode(self) -> bool:
        """True while a webhook is set: updates are POSTed to it instead of getUpdates."""
        return self.updates.webhook_mode

    @property
    def base_url(self) -> str:
        """For `Application.builder().base_url(...)`: PTB appends the token and the method."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def running(self) -> bool:
        return self._runner is not None

    # ------------------------------------------------------------------ HTTP

    async def _handle(self, raw: web.Request) -> web.StreamResponse:
        """Answer one request. A ``drop`` fault cuts the connection without an answer."""
        t0 = time.monotonic()
        m = PATH_RE.match(raw.path)
        if m is None:
            return json_response(ApiError(404, "Not Found").to_dict(), 404)
        token, method_name = m.group(1), m.group(2)
        if not TOKEN_RE.match(token) or (self.token is not None and token != self.token):
            self._record(method_name, {}, t0, ApiError(401, "Unauthorized"))
            return json_response(ApiError(401, "Unauthorized").to_dict(), 401)
        if self._bot_id is None:
            self._bot_id = int(token.split(":", 1)[0])
        try:
            req = await read_request(raw)
        except HttpError as exc:
            err = ApiError(exc.status, str(exc)) if exc.status == 413 else bad_request(str(exc))
            self._record(method_name, {}, t0, err)
            return json_response(err.to_dict(), err.code)
        return await self._serve(req, method_name, t0, raw)

    async def _serve(
        self, req: HttpRequest, method_name: str, t0: float, raw: web.Request
    ) -> web.StreamResponse:
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
        raw_body: bytes | None = None
        if fault is not None:
            self.stats.faults_injected += 1
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "drop":
                self._record(method_name, record_params, t0, None, dropped=True)
                _cut(raw)
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
            _cut(raw)
        if error is None:
            return json_response({"ok": True, "result": result})
        if raw_body is not None:
            return web.Response(status=error.code, body=raw_body, content_type="text/html")
        return json_response(error.to_dict(), error.code)

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


def _cut(raw: web.Request) -> NoReturn:
    """Close the connection without an answer (a network fault, as the client sees it)."""
    if raw.transport is not None:
        raw.transport.abort()
    raise asyncio.CancelledError
