"""Store + dispatcher against a real database (an SQLite file and PostgreSQL), with a fake
sender and an injected clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.delivery.dispatcher import Dispatcher
from bot.delivery.pacer import Pacer
from bot.reminders.schedule import ReminderSettings
from bot.storage.db import Database
from bot.storage.schedules import Claimed, ScheduleStore, to_ts

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # Monday
ALL = frozenset(range(7))


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += timedelta(**kw)


class FakeSender:
    def __init__(self) -> None:
        self.sent: list[tuple[int, int]] = []  # (user_id, due_ts)
        self.errors: list[Exception] = []
        self.n = 0

    async def __call__(self, c: Claimed, catch_up: bool) -> tuple[int, str | None]:
        if self.errors:
            raise self.errors.pop(0)
        self.n += 1
        self.sent.append((c.user_id, c.due_ts))
        return self.n, "walk"


@pytest.fixture
async def db(db_target: Path | str) -> AsyncIterator[Database]:
    d = await Database.open(db_target)
    yield d
    await d.close()


async def add_users(db: Database, ids: range | list[int]) -> None:
    await db.executemany(
        "INSERT INTO users (user_id, chat_id, first_seen, last_seen) VALUES (?, ?, 'x', 'x')",
        [(i, i) for i in ids],
    )


async def make(
    db: Database, ids: range | list[int], s: ReminderSettings, now: datetime, worker: str = "w1"
) -> ScheduleStore:
    await add_users(db, ids)
    store = ScheduleStore(db, worker)
    for i in ids:
        await store.save(i, i, s, now)
    return store


async def set_due(db: Database, ts: int) -> None:
    await db.execute("UPDATE reminder_schedules SET next_due = ?", (ts,))


EVERY_30 = ReminderSettings(interval_min=30, weekdays=ALL, start=time(0), end=time(0), tz="UTC")


def due_now(clock: Clock) -> int:
    """Half an hour on, when the schedules `make` saves with EVERY_30 are first due; the
    clock's time then, in unix seconds."""
    clock.advance(minutes=30)
    now_ts = to_ts(clock())
    assert now_ts is not None
    return now_ts


async def run_until_drained(d: Dispatcher) -> None:
    """Start the dispatcher, let it handle everything due now, and stop it."""
    d.start()
    try:
        await d.drain()
    finally:
        await d.stop()


async def test_due_rows_sent_once_and_advanced(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, range(1, 6), EVERY_30, clock())
    row = await store.get(1)
    assert row is not None and row.next_due == T0 + timedelta(minutes=30)
    clock.advance(minutes=30)
    sender = FakeSender()
    d = Dispatcher(store, sender, pace=30, clock=clock)
    d.start()
    try:
        await d.drain()
        assert sorted(u for u, _ in sender.sent) == [1, 2, 3, 4, 5]
        row = await store.get(1)
        assert row is not None
        assert row.next_due == T0 + timedelta(minutes=60)
        assert row.seq == 1 and row.last_exercise == "walk"
        # Nothing more until the next slot.
        await d.drain()
        assert len(sender.sent) == 5
        clock.advance(minutes=30)
        await d.drain()
        assert len(sender.sent) == 10
    finally:
        await d.stop()
    st = await db.fetchall("SELECT status, COUNT(*) AS n FROM reminder_deliveries GROUP BY status")
    assert {r["status"]: r["n"] for r in st} == {"sent": 10}


async def test_downtime_one_catch_up_each(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, range(1, 4), EVERY_30, clock())
    clock.advance(hours=5)  # the bot was down: 10 slots passed
    sender = FakeSender()
    d = Dispatcher(store, sender, pace=30, clock=clock)
    await run_until_drained(d)
    assert len(sender.sent) == 3
    assert d.stats.catch_up == 3
    row = await store.get(1)
    assert row is not None and row.next_due is not None and row.next_due > clock()


async def test_downtime_outside_active_hours_sends_nothing(db: Database) -> None:
    clock = Clock(T0)
    s = ReminderSettings(interval_min=30, tz="UTC", weekdays=ALL)  # 09-18
    store = await make(db, [1], s, clock())
    clock.t = datetime(2024, 6, 3, 20, 0, tzinfo=UTC)
    sender = FakeSender()
    d = Dispatcher(store, sender, pace=30, clock=clock)
    await run_until_drained(d)
    assert sender.sent == []
    assert d.stats.missed == 1
    row = await store.get(1)
    assert row is not None and row.next_due == datetime(2024, 6, 4, 9, 30, tzinfo=UTC)


async def test_forbidden_marks_inactive_and_start_reactivates(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1, 2], EVERY_30, clock())
    clock.advance(minutes=30)
    sender = FakeSender()
    sender.errors = [Forbidden("Forbidden: bot was blocked by the user")]
    blocked: list[int] = []

    async def on_blocked(uid: int) -> None:
        blocked.append(uid)

    d = Dispatcher(store, sender, pace=30, clock=clock, on_blocked=on_blocked)
    await run_until_drained(d)
    assert len(blocked) == 1 and len(sender.sent) == 1
    row = await store.get(blocked[0])
    assert row is not None and not row.active and row.next_due is None
    again = await store.set_active(blocked[0], True, clock())
    assert again is not None and again.active and again.next_due is not None


async def test_429_honoured_and_5xx_retried(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock())
    clock.advance(minutes=30)
    sender = FakeSender()
    sender.errors = [RetryAfter(1), NetworkError("Bad Gateway"), TimedOut()]
    d = Dispatcher(store, sender, pace=30, clock=clock, backoff=0.05)
    loop = asyncio.get_running_loop()
    t = loop.time()
    await run_until_drained(d)
    assert loop.time() - t >= 1.0  # waited for retry_after
    assert sender.sent == [(1, to_ts(clock()))]
    assert d.stats.throttled_429 == 1 and d.stats.retries == 2


async def test_retries_exhausted_reschedules(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock())
    clock.advance(minutes=30)
    sender = FakeSender()
    sender.errors = [NetworkError("Internal Server Error (500)")] * 10
    d = Dispatcher(store, sender, pace=30, clock=clock, backoff=0.01, max_attempts=3)
    await run_until_drained(d)
    assert sender.sent == []
    assert d.stats.failed == 1
    row = await store.get(1)
    assert row is not None and row.next_due is not None and row.next_due > clock()
    st = await db.fetchone("SELECT status FROM reminder_deliveries")
    assert st is not None and st["status"] == "failed"


async def test_bad_request_chat_not_found_is_blocked(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock())
    clock.advance(minutes=30)
    sender = FakeSender()
    sender.errors = [BadRequest("Chat not found")]
    d = Dispatcher(store, sender, pace=30, clock=clock)
    await run_until_drained(d)
    row = await store.get(1)
    assert row is not None and not row.active


async def test_crash_after_begin_is_not_resent(db: Database) -> None:
    """A process died between writing 'sending' and recording the outcome: the next process
    does not send that reminder again (at most once), and moves the schedule on."""
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock(), worker="dead")
    now_ts = due_now(clock)
    [c] = await store.claim_due(now_ts, 10)
    assert await store.begin_send(c, now_ts) == "ok"
    # ... kill -9 here. The lease runs out:
    clock.advance(seconds=store.lease_s + 1)
    sender = FakeSender()
    d = Dispatcher(ScheduleStore(db, "new"), sender, pace=30, clock=clock)
    await run_until_drained(d)
    assert sender.sent == []
    assert d.stats.unknown == 1
    row = await store.get(1)
    assert row is not None and row.next_due is not None and row.next_due > clock()


async def test_lease_blocks_second_worker(db: Database) -> None:
    clock = Clock(T0)
    a = await make(db, range(1, 11), EVERY_30, clock(), worker="a")
    b = ScheduleStore(db, "b")
    now_ts = due_now(clock)
    got_a = await a.claim_due(now_ts, 6)
    got_b = await b.claim_due(now_ts, 100)
    assert len(got_a) == 6 and len(got_b) == 4
    assert not {c.user_id for c in got_a} & {c.user_id for c in got_b}
    # A claim that was taken over is not sent by the old holder.
    await db.execute("UPDATE reminder_schedules SET claimed_by = 'b' WHERE user_id = ?", (1,))
    c1 = next(c for c in got_a if c.user_id == 1)
    assert await a.begin_send(c1, now_ts) == "lost"


async def test_two_processes_on_one_database_never_double_send(db_target: Path | str) -> None:
    db1 = await Database.open(db_target)
    db2 = await Database.open(db_target)
    try:
        clock = Clock(T0)
        store1 = await make(db1, range(1, 61), EVERY_30, clock(), worker="p1")
        store2 = ScheduleStore(db2, "p2")
        clock.advance(minutes=30)
        s1, s2 = FakeSender(), FakeSender()
        d1 = Dispatcher(store1, s1, pace=10, clock=clock)
        d2 = Dispatcher(store2, s2, pace=10, clock=clock)
        d1.start()
        d2.start()
        try:
            await asyncio.gather(d1.drain(15), d2.drain(15))
        finally:
            await d1.stop()
            await d2.stop()
        all_sent = s1.sent + s2.sent
        assert len(all_sent) == 60 == len(set(all_sent))
        assert s1.sent and s2.sent
    finally:
        await db1.close()
        await db2.close()


async def test_settings_change_during_flight_wins(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock())
    now_ts = due_now(clock)
    [c] = await store.claim_due(now_ts, 10)
    # The person changes the interval while the reminder is being sent.
    await store.save(1, 1, EVERY_30.__class__(interval_min=60, weekdays=ALL), clock())
    assert await store.begin_send(c, now_ts) == "lost"


async def test_pacer_rate() -> None:
    p = Pacer(30)
    loop = asyncio.get_running_loop()
    t = loop.time()
    for _ in range(37):
        await p.acquire()
    elapsed = loop.time() - t
    assert 1.0 <= elapsed <= 1.5  # 1 token at start, then 30/s
    with pytest.raises(ValueError):
        Pacer(31)


async def test_events_and_counts(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, [1], EVERY_30, clock())
    assert await store.record_event(1, 100, "done", clock())
    assert not await store.record_event(1, 100, "skip", clock())  # first answer wins
    assert await store.record_event(1, 200, "snooze", clock())
    counts = await store.counts_since(1, T0 - timedelta(days=1))
    assert counts["done"] == 1 and counts["snooze"] == 1 and counts["skip"] == 0
    assert await store.event_of(1, 100) == "done"
    assert len(await store.done_times(1, T0 - timedelta(days=1))) == 1


def test_httpx_available() -> None:
    # The dispatcher relies on PTB wrapping transport errors as NetworkError subclasses.
    assert issubclass(TimedOut, NetworkError)
    assert issubclass(BadRequest, NetworkError)
    assert httpx.ReadTimeout


async def test_start_after_ready_sends_only_then_and_stop_cancels_the_wait(db: Database) -> None:
    clock = Clock(T0)
    store = await make(db, range(1, 4), EVERY_30, clock())
    clock.advance(minutes=30)
    sender = FakeSender()
    d = Dispatcher(store, sender, pace=30, clock=clock)
    gate = asyncio.Event()

    async def ready() -> None:
        await gate.wait()

    d.start(ready=ready)
    await asyncio.sleep(0.3)
    assert sender.sent == []  # due, but the dispatcher waits for `ready`
    gate.set()
    try:
        await d.drain()
        assert sorted(u for u, _ in sender.sent) == [1, 2, 3]
    finally:
        await d.stop()

    waiting = Dispatcher(store, FakeSender(), pace=30, clock=clock)
    waiting.start(ready=asyncio.Event().wait)  # never ready
    await asyncio.wait_for(waiting.stop(), timeout=2)  # the wait is cancelled, not awaited
