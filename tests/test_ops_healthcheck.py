"""`python -m bot.ops.healthcheck` (the Docker HEALTHCHECK) against a real listener."""

from __future__ import annotations

import asyncio

import pytest

from bot.ops.healthcheck import main, probe_url
from bot.ops.routes import HttpServer, Request, Response


def test_probe_url() -> None:
    assert probe_url(None) == "http://127.0.0.1:8080/healthz"
    assert probe_url("0.0.0.0:9000") == "http://127.0.0.1:9000/healthz"
    assert probe_url("[::]:9000") == "http://[::1]:9000/healthz"
    assert probe_url("10.0.0.5:81", "/metrics") == "http://10.0.0.5:81/metrics"


@pytest.mark.parametrize(("status", "code"), [(200, 0), (503, 1)])
async def test_exit_status_follows_healthz(
    status: int, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def handler(request: Request) -> Response:
        assert request.path == "/healthz"
        return Response.json(status, {"status": "ok" if status == 200 else "fail"})

    server = HttpServer(handler, "127.0.0.1", 0)
    await server.start()
    try:
        monkeypatch.setenv("PINBOT_LISTEN", f"0.0.0.0:{server.port}")
        assert await asyncio.to_thread(main, []) == code
    finally:
        await server.close()
    assert "status" in capsys.readouterr().out


def test_nothing_listening_is_unhealthy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PINBOT_LISTEN", "127.0.0.1:1")
    assert main([]) == 1
