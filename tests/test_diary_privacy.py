"""Diary entries are health data: in the export, gone with delete, pruned by retention, and never
in the logs (a whole diary flow run end to end with every log record captured)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.diary.model import Draft, Entry
from bot.localapi import LocalBotApi, SimUser
from bot.storage.db import Database
from bot.storage.diary import DiaryStore
from bot.storage.privacy import DIARY_DAYS, RETENTION_RULES, delete_user, export_user, prune

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
SECRET_NOTE = "zebra-crossing-note-4711"


@pytest.fixture
async def db(db_target: Path | str) -> AsyncIterator[Database]:
    database = await Database.open(db_target)
    yield database
    await database.close()


async def fill(store: DiaryStore, uid: int) -> None:
    await store.add(uid, Entry(0, NOW - timedelta(days=3), "left", "minutes", "sitting", 4,
                               SECRET_NOTE), NOW)  # fmt: skip
    await store.add(uid, Entry(0, NOW - timedelta(days=DIARY_DAYS + 5), "right", "short",
                               "walking", 2), NOW)  # fmt: skip
    await store.put_draft(uid, Draft(NOW, "both", "hours", "lying", 6, "draft note"), NOW)
    await store.set_checkin(uid, uid, 2, NOW + timedelta(days=2), NOW)


async def test_export_delete_and_retention(db: Database) -> None:
    store = DiaryStore(db)
    await fill(store, 1)
    await fill(store, 2)
    doc = await export_user(db, 1, NOW)
    tables = doc["tables"]
    assert [r["note"] for r in tables["diary_entries"]].count(SECRET_NOTE) == 1
    rows = tables["diary_entries"]
    assert len(rows) == 2 and all(r["user_id"] == 1 for r in rows)
    assert "diary_drafts" in tables and "diary_checkins" in tables
    removed = await prune(db, RETENTION_RULES, NOW, days=90)
    assert removed["diary_entries"] == 2  # the old one of each person, none of the recent
    assert [e.note for e in await store.latest(1, 10)] == [SECRET_NOTE]
    deleted = await delete_user(db, 1)
    assert deleted["diary_entries"] == 1 and deleted["diary_drafts"] == 1
    assert deleted["diary_checkins"] == 1
    assert await store.count(1) == 0 and await store.checkin(1) is None
    assert await store.count(2) == 1  # someone else's diary is untouched


async def test_no_diary_content_reaches_the_logs(
    api: LocalBotApi, user: SimUser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # the bot's level (bot/logs.py); DEBUG is for a developer
    api.enforce_rate_limits = False
    await user.send(f"/log left foot numb for 10 minutes after sitting {SECRET_NOTE}")
    await user.reply()
    qid = await user.press("✅ Save")
    assert await api.callback_answer(qid) is not None
    await user.edit()
    await user.send("/diary")
    await user.reply()
    qid = await user.press("📊 Summary for a doctor")
    await user.edit()
    await user.press("Last 30 days")
    for _ in range(3):
        await user.reply(timeout=30)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert caplog.records, "logging was captured"
    assert SECRET_NOTE not in text and "left foot numb" not in text
