"""The reminder illustration cache over the real local Bot API and a real SQLite file: one
upload per image however many reminders go out at once, file_ids survive a restart, a file_id
Telegram no longer knows is uploaded again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Bot

from bot.clock import utc_now
from bot.content.library import load_bundle
from bot.delivery.media import MediaCache
from bot.illustrate import illustrate
from bot.localapi import LocalBotApi
from bot.storage.db import Database
from bot.storage.plans_store import PlanStore

TOKEN = "123456:TEST-abc"
EX = load_bundle().exercises


@pytest.fixture
async def lapi() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as api:
        api.enforce_rate_limits = False  # pacing is the dispatcher's job, tested elsewhere
        for i in range(1, 41):
            api.user(i)
        yield api


@pytest.fixture
async def bot(lapi: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=lapi.base_url) as b:
        yield b


@pytest.fixture
async def store(db_target: Path | str) -> AsyncIterator[PlanStore]:
    db = await Database.open(db_target)
    try:
        yield PlanStore(db)
    finally:
        await db.close()


async def test_a_storm_uploads_each_image_once(
    lapi: LocalBotApi, bot: Bot, store: PlanStore
) -> None:
    cache = MediaCache(store, utc_now)
    images = [illustrate(EX[i]) for i in ("ankle-pumps", "stand-for-calls", "bridge")]
    sends = [
        cache.send(bot, chat, img, caption=f"reminder {chat}")
        for chat in range(1, 41)
        for img in images
        if img is not None
    ]
    msgs = await asyncio.gather(*sends)
    assert len(msgs) == 120
    assert lapi.stats.uploads == 3 == cache.uploads
    kinds = {m.animation is not None for m in msgs}
    assert kinds == {True, False}  # both photos and animations went out
    # A new process (empty memory) reads the file_ids from the database: no upload.
    again = MediaCache(store, utc_now)
    for img in images:
        assert img is not None
        await again.send(bot, 1, img, caption="after a restart")
    assert lapi.stats.uploads == 3 and again.uploads == 0


async def test_unknown_file_id_is_forgotten_and_uploaded_again(
    lapi: LocalBotApi, bot: Bot, store: PlanStore
) -> None:
    img = illustrate(EX["ankle-pumps"])
    assert img is not None
    await store.save_file_id(img.sha, img.kind, "animation-file-999999", utc_now())
    cache = MediaCache(store, utc_now)
    msg = await cache.send(bot, 1, img, caption="x")
    assert msg.animation is not None
    assert lapi.stats.uploads == 1
    assert await store.file_id(img.sha) == msg.animation.file_id
