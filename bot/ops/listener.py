"""The ops HTTP server: ``aiohttp.web``'s low-level server with our limits and drain.

aiohttp does the HTTP work — request parsing (its C parser), keep-alive, chunked bodies,
pipelining, half-closed sockets — with years of hardening behind it. This module only adds what
the webhook and the probes need on top, and keeps the routes (:mod:`bot.ops.routes`) free of any
framework type:

- bounded sizes: request line and each header ≤ ``max_header_bytes`` (aiohttp answers 400 beyond
  it); a body above ``max_body_bytes`` gets 413 — at once from ``Content-Length``, or as soon as a
  chunked body passes the limit — and is never read into memory;
- slow clients: headers must arrive within ``idle_timeout`` (aiohttp's keep-alive timer runs until
  a whole request head is in); a body must arrive within ``read_timeout`` (else 408 and the
  connection is closed, with no lingering);
- at most ``max_connections`` connections are served; beyond that, 503 and close;
- graceful close: stop accepting, let requests in progress finish within ``grace`` seconds, then
  drop what is left (aiohttp's runner shutdown).

aiohttp's own error log (a malformed request) is demoted to DEBUG: a stranger's garbage is not
an error of ours, and tracebacks belong to DEBUG only.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # aiohttp is imported when the listener starts: a polling bot never needs
    # it, and importing it costs about 0.17 s of the cold start (issue 9's start-up target)
    from aiohttp import web

log = logging.getLogger("bot.ops.routes")  # same logger as before the split
_quiet = logging.getLogger("bot.ops.listener.aiohttp")

JSON_TYPE = "application/json"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: Mapping[str, str]  # names lower-cased
    body: bytes = b""
    query: str = ""


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = JSON_TYPE
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: Mapping[str, Any]) -> Response:
        return cls(status, json.dumps(payload, separators=(",", ":")).encode() + b"\n")


Handler = Callable[[Request], Awaitable[Response]]


class _TooLarge(Exception):
    pass


class _QuietLogger(logging.LoggerAdapter[logging.Logger]):
    """aiohttp logs a malformed request with ``logger.exception``: keep it to one DEBUG line."""

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        kwargs.pop("exc_info", None)
        self.logger.debug("http: %s", msg, exc_info=self.logger.isEnabledFor(logging.DEBUG))

    def error(self, msg: object, *args: object, **kwargs: Any) -> None:
        self.exception(msg)


class HttpServer:
    """Serve ``handler`` on ``host:port`` (port 0 = any free port; see :attr:`port`)."""

    def __init__(
        self,
        handler: Handler,
        host: str = "127.0.0.1",
        port: int = 8080,
        *,
        max_header_bytes: int = 16 * 1024,
        max_body_bytes: int = 1024 * 1024,
        read_timeout: float = 10.0,
        idle_timeout: float = 60.0,
        max_connections: int = 512,
    ) -> None:
        self._handler = handler
        self.host = host
        self._port = port
        self.max_header_bytes = max_header_bytes
        self.max_body_bytes = max_body_bytes
        self.read_timeout = read_timeout
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        self._server: web.Server | None = None
        self._runner: web.ServerRunner | None = None
        self._site: web.TCPSite | None = None
        self._closing = False

    @property
    def port(self) -> int:
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        from aiohttp import web

        self._server = web.Server(
            self._serve,
            keepalive_timeout=self.idle_timeout,
            max_line_size=self.max_header_bytes,
            max_field_size=self.max_header_bytes,
            lingering_time=0,
            access_log=None,
            logger=_QuietLogger(_quiet, {}),
        )
        self._runner = web.ServerRunner(self._server, handle_signals=False)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, self.host, self._port, backlog=1024)
        await self._site.start()
        log.info("ops listener on %s", self.url)

    async def close(self, grace: float = 10.0) -> None:
        """Stop accepting; let requests in progress finish within ``grace`` s; drop the rest."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._closing = True
        assert self._site is not None
        await self._site.stop()  # no new connections
        await asyncio.sleep(0)  # requests that got in before the stop are being handled
        if self._server is not None:
            # idle keep-alive connections go now; busy ones finish (bounded), then close
            self._server.pre_shutdown()
            await self._server.shutdown(grace)
        await runner.cleanup()
        self._site = None

    async def _serve(self, raw: web.BaseRequest) -> web.StreamResponse:
        assert self._server is not None
        if self._closing or len(self._server.connections) > self.max_connections:
            return _closing_response(503, {"error": "busy"})
        length = raw.content_length
        if length is not None and length > self.max_body_bytes:
            return _closing_response(413, {"error": "body too large"})
        try:
            body = await asyncio.wait_for(self._read_body(raw), timeout=self.read_timeout)
        except _TooLarge:
            return _closing_response(413, {"error": "body too large"})
        except TimeoutError:
            return _closing_response(408, {"error": "request body too slow"})
        request = Request(
            raw.method.upper(),
            raw.path,
            {k.lower(): v for k, v in raw.headers.items()},
            body,
            raw.query_string,
        )
        try:
            response = await self._handler(request)
        except Exception:
            log.exception("ops listener: handler failed for %s %s", request.method, request.path)
            response = Response.json(500, {"error": "internal error"})
        from aiohttp import web

        out = web.Response(
            status=response.status,
            body=b"" if request.method == "HEAD" else response.body,
            headers={"Cache-Control": "no-store", **response.headers},
        )
        out.content_type = response.content_type.split(";")[0]
        if "charset=" in response.content_type:
            out.charset = response.content_type.split("charset=")[1].strip()
        if self._closing:
            out.force_close()
        return out

    async def _read_body(self, raw: web.BaseRequest) -> bytes:
        if not raw.body_exists:
            return b""
        chunks: list[bytes] = []
        total = 0
        async for chunk in raw.content.iter_any():
            total += len(chunk)
            if total > self.max_body_bytes:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)


def _closing_response(status: int, payload: Mapping[str, Any]) -> web.Response:
    from aiohttp import web

    out = web.Response(
        status=status,
        body=json.dumps(payload, separators=(",", ":")).encode() + b"\n",
        content_type=JSON_TYPE,
        headers={"Cache-Control": "no-store"},
    )
    out.force_close()
    return out
