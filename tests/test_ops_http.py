"""The ops HTTP listener: webhook auth/validation/dedup, /healthz, /metrics, HTTP hygiene."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.ops.liveness import HealthCheck, Heartbeat
from bot.ops.metrics import Metrics
from bot.ops.routes import (
    SECRET_HEADER,
    HttpServer,
    OpsRouter,
    RecentIds,
    Request,
    Response,
    WebhookReceiver,
)

SECRET = "s3cret_TOKEN-x"


class Sink:
    def __init__(self) -> None:
        self.got: list[int] = []
        self.fail = False

    def parse(self, data: dict[str, Any]) -> dict[str, Any]:
        if "message" in data and not isinstance(data["message"], dict):
            raise ValueError("bad message")
        return data

    async def submit(self, update_id: int, update: dict[str, Any]) -> None:
        await asyncio.sleep(0)
        if self.fail:
            raise RuntimeError("queue closed")
        self.got.append(update_id)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Env:
    def __init__(self) -> None:
        self.sink = Sink()
        self.metrics = Metrics()
        self.clock = Clock()
        self.heartbeat = Heartbeat(self.clock)
        self.db_ok = True
        self.health = HealthCheck(self._ping, self.heartbeat, max_age=60, metrics=self.metrics)
        self.receiver = WebhookReceiver(
            SECRET, self.sink.parse, self.sink.submit, recent=RecentIds(100), metrics=self.metrics
        )
        router = OpsRouter(
            health=self.health, metrics=self.metrics, webhook=self.receiver, webhook_path="/tg"
        )
        self.server = HttpServer(router, "127.0.0.1", 0, max_body_bytes=4096, read_timeout=1.0)
        self.client: httpx.AsyncClient

    async def _ping(self) -> bool:
        return self.db_ok


@pytest.fixture
async def env() -> AsyncIterator[Env]:
    e = Env()
    await e.server.start()
    async with httpx.AsyncClient(base_url=e.server.url, timeout=5) as client:
        e.client = client
        yield e
    await e.server.close(grace=1)


def update(update_id: int) -> dict[str, Any]:
    return {"update_id": update_id, "message": {"message_id": 1, "date": 0, "text": "hi"}}


async def post(env: Env, body: Any, secret: str | None = SECRET) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return await env.client.post("/tg", content=content, headers=headers)


async def test_right_secret_is_processed(env: Env) -> None:
    r = await post(env, update(1))
    assert r.status_code == 200 and r.json() == {"ok": True}
    assert env.sink.got == [1]


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x", SECRET[:-1]])
async def test_missing_or_wrong_secret_is_403_and_nothing_processed(
    env: Env, secret: str | None
) -> None:
    r = await post(env, update(2), secret=secret)
    assert r.status_code == 403
    assert env.sink.got == []
    assert 2 not in env.receiver.recent  # a forged id cannot poison dedup either


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'"text"',
        b"{}",
        b'{"update_id": "7"}',
        b'{"update_id": true}',
        b'{"update_id": -1}',
        b'{"update_id": 7, "message": "not an object"}',
    ],
)
async def test_malformed_body_is_400(env: Env, body: bytes) -> None:
    r = await post(env, body)
    assert r.status_code == 400
    assert env.sink.got == []


async def test_duplicate_update_id_processed_once(env: Env) -> None:
    results = await asyncio.gather(*(post(env, update(5)) for _ in range(10)))
    assert all(r.status_code == 200 for r in results)
    assert env.sink.got == [5]
    r = await post(env, update(5))
    assert r.json() == {"ok": True, "duplicate": True}
    assert env.sink.got == [5]


async def test_failed_submit_is_500_and_retry_is_processed(env: Env) -> None:
    env.sink.fail = True
    assert (await post(env, update(9))).status_code == 500
    env.sink.fail = False
    assert (await post(env, update(9))).status_code == 200
    assert env.sink.got == [9]


async def test_wrong_method_and_unknown_paths(env: Env) -> None:
    r = await env.client.get("/tg")
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    assert (await env.client.post("/healthz")).status_code == 405
    assert (await env.client.get("/nope")).status_code == 404
    assert (await env.client.post("/tgx", content=b"{}")).status_code == 404


async def test_healthz(env: Env) -> None:
    r = await env.client.get("/healthz")
    assert r.status_code == 503 and r.json()["heartbeat"] == "never"
    env.heartbeat.beat()
    env.clock.now += 5
    r = await env.client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "db": "ok", "heartbeat": "ok", "heartbeat_age_s": 5.0}
    env.db_ok = False
    r = await env.client.get("/healthz")
    assert r.status_code == 503 and r.json()["db"] == "fail"
    env.db_ok = True
    env.clock.now += 120
    r = await env.client.get("/healthz")
    assert r.status_code == 503 and r.json()["heartbeat"] == "stale"
    assert len(r.content) < 200
    head = await env.client.head("/healthz")
    assert head.status_code == 503 and head.content == b""


async def test_healthz_db_that_hangs_is_unhealthy() -> None:
    async def hang() -> bool:
        await asyncio.sleep(10)
        return True

    beat = Heartbeat()
    beat.beat()
    ok, report = await HealthCheck(hang, beat, db_timeout=0.05).check()
    assert not ok and report["db"] == "fail"


async def test_metrics_endpoint(env: Env) -> None:
    await post(env, update(1))
    await post(env, update(1))
    await post(env, update(2), secret="bad")
    r = await env.client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(r.text)}
    for name in (
        "pinbot_updates",
        "pinbot_handler_errors",
        "pinbot_bot_api_calls",
        "pinbot_reminders_due",
        "pinbot_reminders_sent",
        "pinbot_reminders_late",
        "pinbot_reminder_lateness_seconds",
        "pinbot_active_schedules",
        "pinbot_triage_outcomes",
        "pinbot_webhook_requests",
    ):
        assert name in families, name
    webhook = {
        s.labels["result"]: s.value
        for s in families["pinbot_webhook_requests"].samples
        if s.name.endswith("_total")
    }
    assert webhook == {"accepted": 1, "duplicate": 1, "forbidden": 1}


async def raw(server: HttpServer, data: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(data)
    await writer.drain()
    out = await asyncio.wait_for(reader.read(), timeout=5)
    writer.close()
    await writer.wait_closed()
    return out


def _status(raw_response: bytes) -> int:
    return int(raw_response.split(b" ", 2)[1]) if raw_response.startswith(b"HTTP/1.") else 0


async def test_http_hygiene(env: Env) -> None:
    assert _status(await raw(env.server, b"garbage\r\n\r\n")) == 400
    big = b"POST /tg HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n"
    assert _status(await raw(env.server, big)) == 413
    # a chunked body is read only up to the limit, then refused
    chunk = b"%x\r\n" % 3000 + b"{" * 3000 + b"\r\n"
    chunked = (
        b"POST /tg HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk * 2
        + b"0\r\n\r\n"
    )
    assert _status(await raw(env.server, chunked)) == 413
    huge_header = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 20000 + b"\r\n\r\n"
    assert _status(await raw(env.server, huge_header)) in (400, 431)
    huge_target = b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    assert _status(await raw(env.server, huge_target)) in (400, 414)
    # A client that sends half a body and stalls gets 408 after the read timeout, and is closed.
    stall = b"POST /tg HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    assert _status(await raw(env.server, stall)) == 408
    assert loop.time() - t0 < 3
    assert env.sink.got == []


async def test_a_valid_chunked_update_is_processed(env: Env) -> None:
    body = json.dumps({"update_id": 77, "message": {"text": "hi"}}).encode()
    chunked = (
        b"POST /tg HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/json\r\n"
        + SECRET_HEADER.encode()
        + b": "
        + SECRET.encode()
        + b"\r\nConnection: close\r\n\r\n"
        + b"%x\r\n" % len(body)
        + body
        + b"\r\n0\r\n\r\n"
    )
    assert _status(await raw(env.server, chunked)) == 200
    assert env.sink.got == [77]


async def test_a_client_that_never_finishes_its_headers_is_dropped() -> None:
    async def ok(request: Request) -> Response:
        return Response.json(200, {})

    server = HttpServer(ok, "127.0.0.1", 0, idle_timeout=0.5)
    await server.start()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        await writer.drain()
        assert await asyncio.wait_for(reader.read(), timeout=5) == b""
        writer.close()
        await writer.wait_closed()
    finally:
        await server.close(grace=1)


async def test_connections_beyond_the_limit_get_503() -> None:
    async def ok(request: Request) -> Response:
        return Response.json(200, {})

    server = HttpServer(ok, "127.0.0.1", 0, max_connections=2)
    await server.start()
    held = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(3)]
    try:
        await asyncio.sleep(0.05)
        reader, writer = held[-1]
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        assert (await asyncio.wait_for(reader.read(), timeout=5)).startswith(b"HTTP/1.1 503")
    finally:
        for _, w in held:
            w.close()
            with contextlib.suppress(ConnectionError):
                await w.wait_closed()
        await server.close(grace=1)


async def test_keep_alive_serves_several_requests_on_one_connection(env: Env) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", env.server.port)
    for _ in range(3):
        writer.write(b"GET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 404") and b"Connection: close" not in head
        length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
    writer.close()
    await writer.wait_closed()


async def test_close_lets_a_request_in_progress_finish() -> None:
    started = asyncio.Event()
    release = asyncio.Event()

    async def slow(request: Request) -> Response:
        started.set()
        await release.wait()
        return Response.json(200, {"done": True})

    server = HttpServer(slow, "127.0.0.1", 0)
    await server.start()
    async with httpx.AsyncClient(base_url=server.url) as client:
        pending = asyncio.create_task(client.get("/x"))
        await started.wait()
        closing = asyncio.create_task(server.close(grace=5))
        await asyncio.sleep(0.05)
        assert not closing.done()
        release.set()
        r = await pending
        await closing
    assert r.status_code == 200 and r.json() == {"done": True}
    with pytest.raises(OSError):
        await asyncio.open_connection("127.0.0.1", server.port)


async def test_close_is_bounded_when_a_handler_hangs() -> None:
    async def hang(request: Request) -> Response:
        await asyncio.sleep(60)
        return Response(200)

    server = HttpServer(hang, "127.0.0.1", 0)
    await server.start()
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    await writer.drain()
    await asyncio.sleep(0.05)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await server.close(grace=0.2)
    assert loop.time() - t0 < 2
    assert await reader.read() == b""
    writer.close()
    await writer.wait_closed()


def test_recent_ids_is_bounded() -> None:
    recent = RecentIds(3, initial=[1, 2])
    assert recent.add(3) and not recent.add(3)
    recent.add(4)
    assert 1 not in recent and recent.snapshot() == [2, 3, 4] and len(recent) == 3
    recent.discard(3)
    assert recent.snapshot() == [2, 4]


def test_a_polling_bot_does_not_load_aiohttp() -> None:
    """The ops listener imports aiohttp when it starts (webhook mode): a polling bot's cold
    start (issue 9: first getUpdates within 1 s) does not pay for it."""
    import subprocess
    import sys

    code = "import sys, bot.app, bot.handlers, bot.ops.routes\nprint('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
