"""Several replicas on one database: the shared inbox keeps each chat in order and processes a
repeated delivery once; reminders claimed by a dead replica are taken over after the lease."""

from __future__ import annotations

import asyncio
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.delivery.dispatcher import Dispatcher
from bot.ops.flood import FloodControl, check_shared
from bot.ratelimit import PoliteRateLimiter
from bot.storage.budget import SharedBudget
from bot.storage.db import Database
from bot.storage.inbox import Ready, SharedInbox
from bot.storage.schedules import ScheduleStore
from tests.test_reminders_dispatch import (
    EVERY_30,
    Clock,
    FakeSender,
    due_now,
    make,
    run_until_drained,
)

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
            update_id = (await queues[i].get()).update_id
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
                _fresh, ready, _ = await replicas[i].accept([(update_id, chat, "{}")], T0)
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
        fresh, ready, _ = await a.accept([(1, 5, '{"n": 1}')], T0)
        assert fresh == {1} and ready == [Ready(1, '{"n": 1}')]
        # replica a dies while processing update 1; update 2 of the same chat reaches b
        fresh, ready, _ = await b.accept([(2, 5, '{"n": 2}')], T0)
        assert fresh == {2} and ready == []  # must wait: 1 is not done
        assert await b.sweep(T0 + timedelta(seconds=10)) == []  # lease still running
        taken = await b.sweep(T0 + timedelta(seconds=16))
        assert taken == [Ready(1, '{"n": 1}')]  # the oldest first, never 2 before 1
        assert await b.finish(1, 5, T0 + timedelta(seconds=17)) == [Ready(2, '{"n": 2}')]
        # a repeat of an update already stored is not stored or processed again
        assert await a.accept([(2, 5, "{}"), (1, 5, "{}")], T0) == (set(), [], set())
    finally:
        await db_a.close()
        await db_b.close()


async def test_released_claims_are_taken_at_once_and_renewed_ones_are_not(
    db_target: Path | str,
) -> None:
    db = await Database.open(db_target)
    try:
        a, b = SharedInbox(db, "a"), SharedInbox(db, "b")
        _, ready, _ = await a.accept([(1, 5, "{}"), (2, 6, "{}"), (3, None, "{}")], T0)
        assert sorted(r.update_id for r in ready) == [1, 2, 3]
        await a.renew([1, 2, 3], T0 + timedelta(seconds=10))
        assert await b.sweep(T0 + timedelta(seconds=20)) == []  # renewed until +25 s
        await a.release([2, 3])
        assert sorted(r.update_id for r in await b.sweep(T0 + timedelta(seconds=20))) == [2, 3]
    finally:
        await db.close()


# -- one Telegram budget for all replicas ------------------------------------------------------


def _densest(times: list[float], window: float) -> int:
    times = sorted(times)
    best = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] < t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


async def test_replicas_share_one_telegram_budget(db_target: Path | str) -> None:
    """Two rate limiters (two replicas, two connections) sending at once stay under the pace of
    one token; each alone would send at the full pace (twice as much together)."""
    db_a, db_b = await _open_two(db_target)
    rate = 20.0
    sent: list[float] = []
    try:
        limiters = []
        for db in (db_a, db_b):
            limiter = PoliteRateLimiter(overall_rate=rate)
            limiter.shared = SharedBudget(db, "all", rate=rate, burst=2)
            limiters.append(limiter)

        async def send() -> bool:
            sent.append(time.monotonic())
            return True

        async def replica(limiter: PoliteRateLimiter, n: int) -> None:
            await asyncio.gather(
                *(
                    limiter.process_request(send, (), {}, "sendMessage", {"chat_id": i}, None)
                    for i in range(n)
                )
            )

        start = time.monotonic()
        await asyncio.gather(replica(limiters[0], 15), replica(limiters[1], 15))
        elapsed = time.monotonic() - start
    finally:
        await db_a.close()
        await db_b.close()
    assert len(sent) == 30
    # 30 sends at 20/s with a burst of 2: at least 1.4 s; in any second at most 20 + 2 (+1 for
    # timer jitter), where two unshared limiters would send 40
    assert elapsed >= 1.3
    assert _densest(sent, 1.0) <= rate + 3


async def test_a_429_for_the_whole_bot_pauses_every_replica(db_target: Path | str) -> None:
    db_a, db_b = await _open_two(db_target)
    try:
        a = SharedBudget(db_a, "all", rate=30.0)
        b = SharedBudget(db_b, "all", rate=30.0)
        assert await b.reserve() < 0.05
        await a.penalize(2.0)
        assert 1.8 <= await b.reserve() <= 2.3
    finally:
        await db_a.close()
        await db_b.close()


# -- reminders -------------------------------------------------------------------------------


async def test_concurrent_claims_give_each_due_reminder_to_one_replica(
    db_target: Path | str,
) -> None:
    dbs = [await Database.open(db_target) for _ in range(3)]
    try:
        clock = Clock(T0)
        await make(dbs[0], range(1, 301), EVERY_30, clock())
        now_ts = due_now(clock)
        stores = [ScheduleStore(db, f"r{i}") for i, db in enumerate(dbs)]
        rounds = await asyncio.gather(*(s.claim_due(now_ts, 60) for s in stores for _ in range(2)))
        got = [c.user_id for r in rounds for c in r]
        assert len(got) == len(set(got)) == 300  # every row once, none twice
    finally:
        for db in dbs:
            await db.close()


async def test_a_dead_replicas_reminders_are_sent_by_another_after_the_lease(
    db_target: Path | str,
) -> None:
    db_a, db_b = await _open_two(db_target)
    try:
        clock = Clock(T0)
        dead = await make(db_a, range(1, 21), EVERY_30, clock(), worker="dead")
        now_ts = due_now(clock)
        assert len(await dead.claim_due(now_ts, 100)) == 20  # ... and kill -9
        other = ScheduleStore(db_b, "alive")
        clock.advance(seconds=dead.lease_s - 1)
        assert await other.claim_due(now_ts + dead.lease_s - 1, 100) == []  # leases still run
        clock.advance(seconds=2)
        sender = FakeSender()
        alive = Dispatcher(other, sender, pace=30, clock=clock)
        await run_until_drained(alive)
        assert sorted(u for u, _ in sender.sent) == list(range(1, 21))
        assert len(set(sender.sent)) == 20
    finally:
        await db_a.close()
        await db_b.close()


async def test_a_restarted_replica_sends_its_dead_processes_reminders_at_once(
    db_target: Path | str,
) -> None:
    db_a, db_b = await _open_two(db_target)
    try:
        clock = Clock(T0)
        dead = await make(db_a, range(1, 21), EVERY_30, clock(), worker="host:8080/old")
        other = ScheduleStore(db_b, "host:8081/x")
        now_ts = due_now(clock)
        held = await dead.claim_due(now_ts, 10)
        kept = await other.claim_due(now_ts, 10)
        assert len(held) == len(kept) == 10
        assert await dead.begin_send(held[0], now_ts) == "ok"  # ... and kill -9 mid-request
        again = ScheduleStore(db_a, "host:8080/new")
        assert await again.release_previous("host:8080") == 10  # not the other replica's
        retaken = await again.claim_due(now_ts, 100)  # at once, not after the lease
        assert sorted(c.user_id for c in retaken) == sorted(c.user_id for c in held)
        await again.release(retaken)
        await other.release(kept)  # (the other replica stops; its rows are due for anyone)
        sender = FakeSender()
        await run_until_drained(Dispatcher(again, sender, pace=30, clock=clock))
        # the one whose request may have gone out before the crash is not sent twice
        assert sorted(u for u, _ in sender.sent) == sorted(c.user_id for c in [*held[1:], *kept])
    finally:
        await db_a.close()
        await db_b.close()


# -- flood control shared by replicas --------------------------------------------------------


@given(gaps=st.lists(st.floats(min_value=0.0, max_value=4.0), min_size=1, max_size=80))
# a stamp 0.2 ms inside the window, which the millisecond rounding once dropped
@example(gaps=[1.0625, 1.09375, 0.5843321462778049, 0.85, 0.31538304250982035, 0.15625])
@settings(max_examples=60, deadline=None)
def test_shared_flood_rule_is_the_in_memory_rule(gaps: list[float]) -> None:
    now = [1000.0]
    memory = FloodControl(limit=5, window=3.0, cooldown=6.0, clock=lambda: now[0])
    state: str | None = None
    for gap in gaps:
        now[0] += gap
        expected = memory.check(7)
        got, state = check_shared(state, now[0], limit=5, window=3.0, cooldown=6.0)
        assert got is expected


async def test_one_flood_count_per_person_whichever_replica_gets_the_updates(
    db_target: Path | str,
) -> None:
    db_a, db_b = await _open_two(db_target)
    try:
        replicas = [SharedInbox(db_a, "a"), SharedInbox(db_b, "b")]
        t = [T0.timestamp()]

        def flood(state: str | None) -> tuple[str, str]:
            verdict, new = check_shared(state, t[0], limit=20, window=10.0, cooldown=30.0)
            return verdict.value, new

        dropped: set[int] = set()
        for n in range(1, 26):  # 25 updates of chat 5 in 2.5 s, alternating replicas
            t[0] += 0.1
            _, _, gone = await replicas[n % 2].accept([(n, 5, "{}")], T0, flood)
            dropped |= gone
        _, ready, gone = await replicas[0].accept([(99, 6, "{}")], T0, flood)
        assert dropped == {22, 23, 24, 25} and gone == set()  # another person: unaffected
        assert [r.update_id for r in ready] == [99]
        warned = await db_a.fetchall("SELECT update_id FROM inbox WHERE flood = 'warn'")
        assert [r[0] for r in warned] == [21]  # the one over the limit gets "slow down"
        # the flagged update comes back flagged to the replica that processes it
        nxt: list[Ready] = []
        for n in range(1, 21):
            nxt = await replicas[n % 2].finish(n, 5, T0)
        assert nxt == [Ready(21, "{}", True)]
    finally:
        await db_a.close()
        await db_b.close()


async def test_a_restarted_replica_takes_back_its_claims_at_once(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        dead = SharedInbox(db, "host:8080/old")
        other = SharedInbox(db, "host:8081/x")
        _, ready, _ = await dead.accept([(1, 5, "{}")], T0)
        _, ready2, _ = await other.accept([(2, 6, "{}")], T0)
        assert [r.update_id for r in ready] == [1] and [r.update_id for r in ready2] == [2]
        # kill -9 of host:8080; it starts again with a new worker id
        again = SharedInbox(db, "host:8080/new")
        assert await again.release_previous("host:8080") == 1  # not the other replica's
        assert [r.update_id for r in await again.sweep(T0)] == [1]  # no wait for the lease
    finally:
        await db.close()
