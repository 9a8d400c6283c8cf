"""A small HTTP/1.1 server on asyncio streams (no extra dependencies).

Just enough HTTP for Telegram's webhook deliveries and for Prometheus/health probes behind a
reverse proxy that terminates TLS: ``Content-Length`` bodies only (chunked is refused), bounded
header and body sizes, timeouts against slow clients, keep-alive, and a graceful close that stops
accepting, lets requests in progress finish (bounded) and drops idle connections.

It reads a :class:`Request`, awaits the handler and writes its :class:`Response`; what the
routes are is :mod:`bot.ops.routes`'s business.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

log = logging.getLogger("bot.ops.routes")  # same logger as before the split

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


class _BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


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
        self._server: asyncio.Server | None = None
        self._conns: dict[asyncio.Task[Any], bool] = {}  # task -> busy with a request
        self._closing = False

    @property
    def port(self) -> int:
        if self._server is not None and self._server.sockets:
            return int(self._server.sockets[0].getsockname()[1])
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._on_connection, self.host, self._port, limit=self.max_header_bytes
        )
        log.info("ops listener on %s", self.url)

    async def close(self, grace: float = 10.0) -> None:
        """Stop accepting; let requests in progress finish within ``grace`` s; drop the rest."""
        if self._server is None:
            return
        self._closing = True
        self._server.close()
        for task, busy in list(self._conns.items()):
            if not busy:
                task.cancel()
        pending = set(self._conns)
        if pending:
            _, still = await asyncio.wait(pending, timeout=grace)
            for task in still:
                task.cancel()
            if still:
                await asyncio.wait(still, timeout=1.0)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), timeout=1.0)
        self._server = None

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        if self._closing or len(self._conns) >= self.max_connections:
            await self._send(writer, Response.json(503, {"error": "busy"}), keep_alive=False)
            await _close_writer(writer)
            return
        self._conns[task] = False
        try:
            await self._serve(task, reader, writer)
        except asyncio.CancelledError:
            pass
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except Exception:
            log.exception("ops listener: connection failed")
        finally:
            self._conns.pop(task, None)
            await _close_writer(writer)

    async def _serve(
        self, task: asyncio.Task[Any], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        while not self._closing:
            try:
                first = await asyncio.wait_for(reader.readline(), timeout=self.idle_timeout)
            except ValueError:  # line longer than the stream limit
                await self._send(writer, Response.json(431, {"error": "header too large"}), False)
                return
            if not first:
                return  # the client closed the connection
            self._conns[task] = True
            try:
                request, keep_alive = await asyncio.wait_for(
                    self._read_request(first, reader), timeout=self.read_timeout
                )
            except _BadRequest as exc:
                await self._send(writer, Response.json(exc.status, {"error": str(exc)}), False)
                return
            try:
                response = await self._handler(request)
            except Exception:
                log.exception(
                    "ops listener: handler failed for %s %s", request.method, request.path
                )
                response = Response.json(500, {"error": "internal error"})
            keep_alive = keep_alive and not self._closing
            await self._send(writer, response, keep_alive, head=request.method == "HEAD")
            self._conns[task] = False
            if not keep_alive:
                return

    async def _read_request(
        self, first: bytes, reader: asyncio.StreamReader
    ) -> tuple[Request, bool]:
        try:
            line = first.decode("ascii").rstrip("\r\n")
            method, target, version = line.split(" ")
        except (UnicodeDecodeError, ValueError):
            raise _BadRequest(400, "malformed request line") from None
        if version not in ("HTTP/1.1", "HTTP/1.0") or not method.isalpha():
            raise _BadRequest(400, "unsupported request line")
        headers: dict[str, str] = {}
        total = len(first)
        while True:
            try:
                raw = await reader.readline()
            except ValueError:
                raise _BadRequest(431, "header too large") from None
            total += len(raw)
            if total > self.max_header_bytes:
                raise _BadRequest(431, "header too large")
            if not raw:
                raise asyncio.IncompleteReadError(b"", None)
            if raw in (b"\r\n", b"\n"):
                break
            try:
                text = raw.decode("latin-1").rstrip("\r\n")
            except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes everything
                raise _BadRequest(400, "bad header") from None
            name, sep, value = text.partition(":")
            if not sep or not name or name != name.strip() or text[0] in " \t":
                raise _BadRequest(400, "bad header")
            key = name.lower()
            value = value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        if "transfer-encoding" in headers:
            raise _BadRequest(411, "chunked bodies are not supported; send Content-Length")
        body = b""
        length_raw = headers.get("content-length")
        if length_raw is not None:
            if not length_raw.isdigit():
                raise _BadRequest(400, "bad Content-Length")
            length = int(length_raw)
            if length > self.max_body_bytes:
                raise _BadRequest(413, "body too large")
            body = await reader.readexactly(length)
        connection = headers.get("connection", "").lower()
        keep_alive = version == "HTTP/1.1" and "close" not in connection
        path, _, query = target.partition("?")
        return Request(method.upper(), path, headers, body, query), keep_alive

    async def _send(
        self, writer: asyncio.StreamWriter, response: Response, keep_alive: bool, head: bool = False
    ) -> None:
        try:
            reason = HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Status"
        lines = [
            f"HTTP/1.1 {response.status} {reason}",
            f"Content-Type: {response.content_type}",
            f"Content-Length: {len(response.body)}",
            f"Connection: {'keep-alive' if keep_alive else 'close'}",
            "Cache-Control: no-store",
        ]
        lines += [f"{k}: {v}" for k, v in response.headers.items()]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if not head:
            writer.write(response.body)
        await writer.drain()


async def _close_writer(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(Exception, asyncio.CancelledError):
        await asyncio.wait_for(writer.wait_closed(), timeout=1.0)
