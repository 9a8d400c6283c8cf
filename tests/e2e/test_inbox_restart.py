"""An update confirmed to Telegram survives a crash (issue 12): kill -9 while its reply is on the
way, restart, and the person gets the reply once."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable

import pytest

from bot.localapi import LocalBotApi

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

pytestmark = pytest.mark.slow


async def _wait(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(20):
        while not predicate():  # noqa: ASYNC110 - polling the test server's counters
            await asyncio.sleep(0.02)


async def test_polling_kill_9_after_the_offset_moved_loses_nothing(
    api: LocalBotApi, spawn_bot: Callable[..., subprocess.Popen[bytes]]
) -> None:
    proc = spawn_bot()
    person = api.user(5005, first_name="Eve")
    await person.send("/start")
    await person.reply(timeout=30)
    # the reply to the next message hangs in sendMessage: the update is being processed
    api.faults.add(method="sendMessage", kind="slow", delay=60, chat_id=person.user_id)
    injected = api.stats.faults_injected
    await person.send("/help")
    await _wait(lambda: api.stats.faults_injected > injected)
    await _wait(lambda: not api._updates)  # Telegram was told: it will not send /help again
    proc.kill()
    await asyncio.to_thread(proc.wait, 30)
    api.faults.clear()

    spawn_bot()
    reply = await person.reply(timeout=30)
    assert "/triage" in reply.text or "symptom" in reply.text.lower()
    assert await person.quiet(1.5)  # once, not twice


async def test_webhook_kill_9_after_the_200_loses_nothing(
    api: LocalBotApi, bot_env: dict[str, str], spawn_bot: Callable[..., subprocess.Popen[bytes]]
) -> None:
    import json
    import socket

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {
        "PINBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
        "PINBOT_WEBHOOK_SECRET": "inbox-Secret_1",
        "PINBOT_LISTEN": f"127.0.0.1:{port}",
    }
    headers = {"X-Telegram-Bot-Api-Secret-Token": "inbox-Secret_1"}
    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10)

    async def healthy() -> None:
        for _ in range(300):
            try:
                if (await client.get("/healthz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
        pytest.fail("the bot did not become healthy")

    try:
        proc = spawn_bot(env)
        await healthy()
        person = api.user(6006, first_name="Fay")
        api.faults.add(method="sendMessage", kind="slow", delay=60, chat_id=person.user_id)
        injected = api.stats.faults_injected
        await person.send("/about")
        update = api._updates.pop()  # what Telegram pushes to the webhook
        r = await client.post("/telegram", content=json.dumps(update).encode(), headers=headers)
        assert r.status_code == 200  # Telegram now considers it delivered
        await _wait(lambda: api.stats.faults_injected > injected)
        proc.kill()
        await asyncio.to_thread(proc.wait, 30)
        api.faults.clear()

        spawn_bot(env)
        await healthy()
        reply = await person.reply(timeout=30)
        assert reply.text
        # a repeated delivery of the same update (Telegram retrying) is not processed again
        r = await client.post("/telegram", content=json.dumps(update).encode(), headers=headers)
        assert r.status_code == 200
        assert await person.quiet(1.5)
    finally:
        await client.aclose()
