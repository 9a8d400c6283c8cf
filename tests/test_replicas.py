"""Several replicas on one database: the shared inbox keeps each chat in order and processes a
repeated delivery once; reminders claimed by a dead replica are taken over after the lease."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage.db import Database
from bot.storage.inbox import Ready, SharedInbox

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


async def _open_two(target: Path | str) -> tuple[Database, Database]:
    return await Database.open(target), await Database.open(target)


async def test_chats_stay_in_order_across_replicas_and_repeats_run_once(
    db_target: Path | str,
) -> None:
    db_a, db_b = await _open_two(db_target)
    replicas = [SharedInbox(db_a, "a"), SharedInbox(db_b, "b")]
    queues: list[asyncio.Queue[Ready]] = [asyncio.Queue(), asyncio.Queue()]
    rng = random.Random(7)
    chats = list(range(100, 112))
    plan: list[tuple[int, int]] = []  # (update_id, chat)
    uid = 1000
    for _ in range(8):
        for chat in rng.sample(chats, len(chats)):
            uid += 1
            plan.append((uid, chat))
    chat_of = dict(plan)
    processed: list[tuple[int, int, str]] = []  # (chat, update_id, replica)
    busy: set[int] = set()
    overlaps: list[int] = []

    async def work(i: int) -> None:
        while True:
            update_id, _payload = await queues[i].get()
            chat = chat_of[update_id]
            if chat in busy:
                overlaps.append(update_id)
            busy.add(chat)
            await asyncio.sleep(rng.random() * 0.003)
            processed.append((chat, update_id, "ab"[i]))
            busy.discard(chat)
            for nxt in await replicas[i].finish(update_id, chat, T0):
                queues[i].put_nowait(nxt)

    async def deliver() -> None:
        for update_id, chat in plan:
            targets = [rng.randrange(2)]
            if rng.random() < 0.25:  # the proxy retried on the other replica too
                targets.append(1 - targets[0])
            for i in targets:
                _fresh, ready = await replicas[i].accept([(update_id, chat, "{}")], T0)
                for r in ready:
                    queues[i].put_nowait(r)
            if rng.random() < 0.3:
                await asyncio.sleep(0.001)

    workers = [asyncio.create_task(work(i)) for i in range(2)]
    try:
        await asyncio.wait_for(deliver(), 60)
        for _ in range(600):
            if len(processed) >= len(plan):
                break
            await asyncio.sleep(0.02)
    finally:
        for w in workers:
            w.cancel()
        await db_a.close()
        await db_b.close()
    ids = [u for _, u, _ in processed]
    assert sorted(ids) == [u for u, _ in plan]  # every update once: none lost, none twice
    for chat in chats:
        mine = [u for c, u, _ in processed if c == chat]
        assert mine == sorted(mine), f"chat {chat} out of order"
    assert overlaps == []
    assert {r for _, _, r in processed} == {"a", "b"}  # both replicas did work


async def test_a_dead_replicas_claim_is_taken_over_after_its_lease(db_target: Path | str) -> None:
    db_a, db_b = await _open_two(db_target)
    try:
        a, b = SharedInbox(db_a, "a", lease_s=15), SharedInbox(db_b, "b", lease_s=15)
        fresh, ready = await a.accept([(1, 5, '{"n": 1}')], T0)
        assert fresh == {1} and ready == [(1, '{"n": 1}')]
        # replica a dies while processing update 1; update 2 of the same chat reaches b
        fresh, ready = await b.accept([(2, 5, '{"n": 2}')], T0)
        assert fresh == {2} and ready == []  # must wait: 1 is not done
        assert await b.sweep(T0 + timedelta(seconds=10)) == []  # lease still running
        taken = await b.sweep(T0 + timedelta(seconds=16))
        assert taken == [(1, '{"n": 1}')]  # the oldest first, never 2 before 1
        assert await b.finish(1, 5, T0 + timedelta(seconds=17)) == [(2, '{"n": 2}')]
        # a repeat of an update already stored is not stored or processed again
        assert await a.accept([(2, 5, "{}"), (1, 5, "{}")], T0) == (set(), [])
    finally:
        await db_a.close()
        await db_b.close()


async def test_released_claims_are_taken_at_once_and_renewed_ones_are_not(
    db_target: Path | str,
) -> None:
    db = await Database.open(db_target)
    try:
        a, b = SharedInbox(db, "a"), SharedInbox(db, "b")
        _, ready = await a.accept([(1, 5, "{}"), (2, 6, "{}"), (3, None, "{}")], T0)
        assert sorted(u for u, _ in ready) == [1, 2, 3]
        await a.renew([1, 2, 3], T0 + timedelta(seconds=10))
        assert await b.sweep(T0 + timedelta(seconds=20)) == []  # renewed until +25 s
        await a.release([2, 3])
        assert sorted(u for u, _ in await b.sweep(T0 + timedelta(seconds=20))) == [2, 3]
    finally:
        await db.close()
