"""A small HTTP/1.1 server on asyncio streams (no extra dependencies), plus the ops routes.

Just enough HTTP for Telegram's webhook deliveries and for Prometheus/health probes behind a
reverse proxy that terminates TLS: ``Content-Length`` bodies only (chunked is refused), bounded
header and body sizes, timeouts against slow clients, keep-alive, and a graceful close that stops
accepting, lets requests in progress finish (bounded) and drops idle connections.

:class:`WebhookReceiver` is the Telegram endpoint: secret header (constant-time compare) → 403,
body that is not a JSON update → 400, a repeated ``update_id`` → 200 without processing it again.
It is generic over what ``parse`` makes of the JSON, so it is tested here without telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Generic, TypeVar

from bot.ops.health import HealthCheck
from bot.ops.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from bot.ops.metrics import Metrics

log = logging.getLogger(__name__)

SECRET_HEADER = "x-telegram-bot-api-secret-token"
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


# -- Telegram webhook -------------------------------------------------------------------------


class RecentIds:
    """The last ``capacity`` update ids, for exact duplicate detection in O(1) memory."""

    def __init__(self, capacity: int = 10_000, initial: Iterable[int] = ()) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._order: deque[int] = deque()
        self._set: set[int] = set()
        for update_id in initial:
            self.add(update_id)

    def __contains__(self, update_id: object) -> bool:
        return update_id in self._set

    def __len__(self) -> int:
        return len(self._set)

    def add(self, update_id: int) -> bool:
        """Remember ``update_id``; False when it was already known."""
        if update_id in self._set:
            return False
        self._set.add(update_id)
        self._order.append(update_id)
        while len(self._order) > self.capacity:
            self._set.discard(self._order.popleft())
        return True

    def discard(self, update_id: int) -> None:
        if update_id in self._set:
            self._set.discard(update_id)
            with contextlib.suppress(ValueError):
                self._order.remove(update_id)

    def snapshot(self) -> list[int]:
        return list(self._order)


class InvalidUpdate(ValueError):
    """``parse`` raises this (or anything) when the JSON is not a usable update."""


T = TypeVar("T")


class WebhookReceiver(Generic[T]):
    """POST handler: authenticate, validate, de-duplicate, hand over.

    ``parse(data)`` turns the JSON object into an update (raise → 400). ``submit(update)``
    queues it for processing; when it raises, the id is forgotten again and the answer is 500
    so Telegram delivers it again later. Telegram gets 200 only once the update is queued.
    """

    def __init__(
        self,
        secret: str,
        parse: Callable[[dict[str, Any]], T],
        submit: Callable[[int, T], Awaitable[None]],
        *,
        recent: RecentIds | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        if not secret:
            raise ValueError("a webhook secret is required")
        self._secret = secret.encode()
        self._parse = parse
        self._submit = submit
        self.recent = recent if recent is not None else RecentIds()
        self._metrics = metrics

    def _count(self, result: str) -> None:
        if self._metrics is not None:
            self._metrics.record_webhook(result)

    async def handle(self, request: Request) -> Response:
        token = request.headers.get(SECRET_HEADER)
        if token is None or not hmac.compare_digest(token.encode("latin-1"), self._secret):
            self._count("forbidden")
            return Response.json(403, {"error": "forbidden"})
        try:
            data = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._count("bad_request")
            return Response.json(400, {"error": "body is not JSON"})
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if type(update_id) is not int or update_id < 0:
            self._count("bad_request")
            return Response.json(400, {"error": "not an update"})
        if update_id in self.recent:
            self._count("duplicate")
            return Response.json(200, {"ok": True, "duplicate": True})
        try:
            update = self._parse(data)
        except Exception:
            self._count("bad_request")
            log.warning("webhook: update %d could not be parsed", update_id)
            return Response.json(400, {"error": "not an update"})
        self.recent.add(update_id)  # no await since the check: concurrent duplicates are safe
        try:
            await self._submit(update_id, update)
        except Exception:
            self.recent.discard(update_id)
            self._count("error")
            log.exception("webhook: update %d could not be queued", update_id)
            return Response.json(500, {"error": "not queued"})
        self._count("accepted")
        return Response.json(200, {"ok": True})


class OpsRouter:
    """Routes: ``POST <webhook path>``, ``GET /healthz``, ``GET /metrics``; else 404/405."""

    def __init__(
        self,
        *,
        health: HealthCheck | None = None,
        metrics: Metrics | None = None,
        webhook: WebhookReceiver[Any] | None = None,
        webhook_path: str = "/telegram",
        before_metrics: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.before_metrics = before_metrics
        self.health = health
        self.metrics = metrics
        self.webhook = webhook
        self.webhook_path = webhook_path.rstrip("/") or "/"

    async def __call__(self, request: Request) -> Response:
        path = request.path.rstrip("/") or "/"
        if self.webhook is not None and path == self.webhook_path:
            if request.method != "POST":
                return _not_allowed("POST")
            return await self.webhook.handle(request)
        if path == "/healthz" and self.health is not None:
            if request.method not in ("GET", "HEAD"):
                return _not_allowed("GET, HEAD")
            healthy, report = await self.health.check()
            return Response.json(200 if healthy else 503, report)
        if path == "/metrics" and self.metrics is not None:
            if request.method not in ("GET", "HEAD"):
                return _not_allowed("GET, HEAD")
            if self.health is not None:
                self.health.update_gauges()
            if self.before_metrics is not None:
                try:
                    await self.before_metrics()
                except Exception:
                    log.exception("refreshing metrics failed; serving what we have")
            return Response(200, self.metrics.render(), METRICS_CONTENT_TYPE)
        return Response.json(404, {"error": "not found"})


def _not_allowed(allow: str) -> Response:
    return Response(405, b'{"error":"method not allowed"}\n', headers={"Allow": allow})
