"""The durable inbox's SQL (bot/storage/inbox.py) and the processor's inbox hooks."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Chat, Message, Update, User

from bot.processor import ChatOrderedProcessor
from bot.storage.db import Database
from bot.storage.inbox import Inbox

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


async def test_accept_done_waiting_prune(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        fresh = await inbox.accept([(1, 10, '{"update_id": 1}'), (2, 11, '{"update_id": 2}')], T0)
        assert fresh == {1, 2}
        # a repeat (Telegram sending again) is recognised, a new one stored
        assert await inbox.accept([(2, 11, "{}"), (3, 10, '{"update_id": 3}')], T0) == {3}
        await inbox.done(1, T0)
        assert [u for u, _ in await inbox.waiting()] == [2, 3]
        row = await db.fetchone("SELECT payload FROM inbox WHERE update_id = 1")
        assert row is not None and row[0] is None  # a done update keeps no text
        assert await inbox.prune(T0 + timedelta(days=3)) == 1
        assert await inbox.accept([(1, 10, "{}")], T0) == {1}  # pruned ids are new again
        assert await inbox.accept([], T0) == set()
    finally:
        await db.close()


def _update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "P", False)
    chat = Chat(chat_id, Chat.PRIVATE)
    msg = Message(update_id, T0, chat, from_user=user, text="hi")
    return Update(update_id, message=msg)


async def test_processor_drops_duplicates_and_reports_done() -> None:
    processor = ChatOrderedProcessor(8)
    done: list[int] = []
    seen: list[int] = []

    async def on_done(update: object) -> None:
        assert isinstance(update, Update)
        done.append(update.update_id)

    processor.duplicate = lambda u: isinstance(u, Update) and u.update_id == 2
    processor.gate = lambda u: not (isinstance(u, Update) and u.update_id == 3)
    processor.on_done = on_done

    async def handle(update_id: int) -> Any:
        seen.append(update_id)

    for uid in (1, 2, 3, 4):
        await processor.do_process_update(_update(uid, 7), handle(uid))
    assert seen == [1, 4]  # the duplicate and the flood-dropped one never ran
    assert done == [1, 3, 4]  # the duplicate is not marked: it is done (or queued) already


async def test_a_cancelled_update_is_not_done() -> None:
    processor = ChatOrderedProcessor(8)
    done: list[object] = []

    async def on_done(update: object) -> None:
        done.append(update)

    processor.on_done = on_done
    task = asyncio.create_task(processor.do_process_update(_update(1, 7), asyncio.sleep(10)))
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert done == []
