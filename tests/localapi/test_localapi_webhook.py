"""Webhook delivery: updates are POSTed to the bot's URL with the secret header."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from telegram import Bot

from bot.localapi import LocalBotApi

TOKEN = "123456:TEST-abc"


class Receiver:
    """A tiny webhook endpoint that fails the first `fail` requests with 500."""

    def __init__(self, fail: int = 0) -> None:
        self.fail = fail
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.got = asyncio.Event()
        self.runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        if self.fail > 0:
            self.fail -= 1
            return web.json_response({}, status=500)
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.received.append((headers, json.loads(await request.read())))
        self.got.set()
        return web.json_response({})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        port = self.runner.addresses[0][1]
        return f"http://127.0.0.1:{port}/hook"

    async def stop(self) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


async def test_webhook_delivery_with_secret_and_retry(lapi: LocalBotApi) -> None:
    lapi.webhook_retry_delay = 0.05
    rec = Receiver(fail=1)
    url = await rec.start()
    try:
        user = lapi.user(1)
        async with Bot(TOKEN, base_url=lapi.base_url) as bot:
            assert await bot.set_webhook(url, secret_token="s3cret")
            assert lapi.webhook_mode
            await user.send("hello")
            await asyncio.wait_for(rec.got.wait(), 5)
            headers, update = rec.received[0]
            assert headers["x-telegram-bot-api-secret-token"] == "s3cret"
            assert update["message"]["text"] == "hello"
            for _ in range(100):
                if len(lapi.webhook_deliveries) == 2:
                    break
                await asyncio.sleep(0.02)
            assert [s for _, s in lapi.webhook_deliveries] == [500, 200]
            info = await bot.get_webhook_info()
            assert info.last_error_message is not None and "500" in info.last_error_message
            assert info.pending_update_count == 0
            await bot.delete_webhook()
            assert not lapi.webhook_mode
            await user.send("polled")
            ups = await bot.get_updates()
            assert ups[0].message is not None and ups[0].message.text == "polled"
    finally:
        await rec.stop()
