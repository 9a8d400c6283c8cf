"""The bot's HTTP clients share one TLS context (bot/ops/tls.py): httpx would load the
certificate authorities again for each client, about 55 ms apiece at start-up."""

from __future__ import annotations

import ssl
from pathlib import Path

from telegram.request import BaseRequest, HTTPXRequest

from bot.app import build_application
from bot.config import Settings
from bot.ops.apicalls import CountingRequest
from bot.ops.tls import bot_api_request, tls_context


def _context(request: BaseRequest) -> ssl.SSLContext:
    if isinstance(request, CountingRequest):
        request = request.inner
    assert isinstance(request, HTTPXRequest)
    # httpx's client -> transport -> httpcore's pool, which holds the context it connects with
    return request._client._transport._pool._ssl_context  # type: ignore[attr-defined,no-any-return]


def test_each_request_built_for_the_bot_api_uses_the_shared_context() -> None:
    first, second = bot_api_request(), bot_api_request(connection_pool_size=1)
    assert _context(first) is _context(second) is tls_context()
    assert tls_context().verify_mode == ssl.CERT_REQUIRED and tls_context().check_hostname


def test_the_applications_two_clients_share_it(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123456:TEST-token",
            "TELEGRAM_API_BASE_URL": "https://api.telegram.org/bot",
            "PINBOT_DB": str(tmp_path / "db.sqlite3"),
        }
    )
    app = build_application(settings)
    updates, general = app.bot._request  # (getUpdates, every other method)
    assert updates is not general
    assert _context(updates) is _context(general) is tls_context()
