"""The reminder dispatcher: claims due schedules from the database in batches and delivers them
within Telegram's limits.

* The database is the source of truth; nothing is loaded at start. A heartbeat (the JobQueue's
  `run_repeating`, every second) wakes the loop; between heartbeats the loop also sleeps exactly
  until the earliest known due time, so light load is delivered within milliseconds.
* One global token bucket (`Pacer`, `pacer.py`) paces all reminder traffic (default 25/s, at
  most 30/s); each chat gets at most one message per second; a 429 stops all reminder sends for its
  retry_after; 5xx, network errors and timeouts are retried with exponential backoff while the
  reminder is still deliverable, after which the schedule moves on (recorded as 'failed').
* A 403 (bot blocked, account deleted) marks the schedule inactive.
* Oldest due first: claims are ordered by next_due and sent in that order; lateness is recorded
  with every delivery.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.clock import Clock, utc_now
from bot.delivery.pacer import Pacer
from bot.reminders.schedule import decide
from bot.storage.schedules import Claimed, Finish, ScheduleStore

__all__ = ["Dispatcher", "DispatcherStats", "SendFn", "new_worker_id"]

log = logging.getLogger(__name__)

#: Deliver one reminder: returns (message_id, exercise_id). Raises telegram errors.
SendFn = Callable[[Claimed, bool], Awaitable[tuple[int, str | None]]]


def new_worker_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class DispatcherStats:
    sent: int = 0
    missed: int = 0
    failed: int = 0
    blocked: int = 0
    unknown: int = 0
    throttled_429: int = 0
    retries: int = 0
    catch_up: int = 0
    #: lateness (seconds) of recent deliveries, newest last
    lateness: deque[float] = field(default_factory=lambda: deque(maxlen=100_000))


class Dispatcher:
    def __init__(
        self,
        store: ScheduleStore,
        send: SendFn,
        *,
        pace: float = 25.0,
        clock: Clock = utc_now,
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
        concurrency: int = 8,
        max_attempts: int = 6,
        backoff: float = 0.5,
        heartbeat: float = 1.0,
    ) -> None:
        self.store = store
        self.send = send
        self.pacer = Pacer(pace)
        self.clock = clock
        self.on_blocked = on_blocked
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.heartbeat = heartbeat
        self.capacity = max(20, int(pace * 2))
        self.stats = DispatcherStats()
        self._queue: asyncio.Queue[Claimed] = asyncio.Queue()
        self._inflight: dict[int, Claimed] = {}
        self._chat_last: dict[int, float] = {}
        self._pending: list[Finish] = []
        self._wake = asyncio.Event()
        self._flushed = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False
        self._sending = 0
        self._last_renew = 0.0

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self, ready: Callable[[], Awaitable[None]] | None = None) -> None:
        """Start sending; with `ready`, once what it returns has completed (for example the
        pictures are drawn). `stop` also cancels that wait."""
        if self._tasks:
            return
        self._stopping = False
        if ready is None:
            self._spawn()
            return

        async def when_ready() -> None:
            await ready()
            if not self._stopping:
                self._spawn()

        self._tasks.append(asyncio.create_task(when_ready(), name="reminders-wait"))

    def _spawn(self) -> None:
        self._tasks.append(asyncio.create_task(self._loop(), name="reminders-loop"))
        self._tasks.append(asyncio.create_task(self._flusher(), name="reminders-flush"))
        for i in range(self.concurrency):
            self._tasks.append(asyncio.create_task(self._worker(), name=f"reminders-send-{i}"))

    async def stop(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Stop claiming; let sends already under way finish (up to `timeout`); give back the
        leases of everything else so another process can take them at once."""
        if not self._tasks:
            return
        self._stopping = True
        self._wake.set()
        while not self._queue.empty():
            self._queue.get_nowait()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._sending and loop.time() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        self._tasks.clear()
        with contextlib.suppress(Exception):
            await self._flush()
        unsent = list(self._inflight.values())
        self._inflight.clear()
        with contextlib.suppress(Exception):
            await self.store.release(unsent)

    def wake(self) -> None:
        """Heartbeat / "a schedule changed": look for due rows now."""
        self._wake.set()

    @property
    def inflight(self) -> int:
        return len(self._inflight)

    # --- claiming -------------------------------------------------------------------------------

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                waited = await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reminder dispatcher tick failed")
                waited = False
            if not waited:
                await self._sleep(self.heartbeat)

    async def _tick(self) -> bool:
        """Claim what is due; returns True if it already waited."""
        self._wake.clear()
        now = self.clock()
        now_f = now.timestamp()
        now_ts = int(now_f)
        await self._renew(now_ts)
        free = self.capacity - len(self._inflight)
        if free > 0:
            claimed = await self.store.claim_due(now_ts, free)
            later: list[Claimed] = []
            for c in claimed:
                held = self._inflight.get(c.user_id)
                if held is None:
                    self._inflight[c.user_id] = c
                    self._queue.put_nowait(c)
                elif held.due_ts != c.due_ts:
                    # A new due time (snooze, settings change) while the previous reminder of
                    # this schedule is still being recorded: hand it back, take it next tick.
                    later.append(c)
                # Same due time: our own lease ran out while we still hold it; keep going.
            if later:
                await self.store.release(later)
            if len(claimed) == free:
                # More is due: come back as soon as there is room.
                await self._sleep(0.05)
                return True
        earliest = await self.store.earliest_due()
        if earliest is None or earliest <= now_ts:
            await self._sleep(self.heartbeat)
        else:
            await self._sleep(min(self.heartbeat * 1.5, max(0.0, earliest - now_f)))
        return True

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)

    async def _renew(self, now_ts: int) -> None:
        """Keep leases of rows waiting here (429 pauses, retries) from running out."""
        if not self._inflight or now_ts - self._last_renew < self.store.lease_s / 3:
            return
        self._last_renew = now_ts
        await self.store.renew_leases(list(self._inflight), now_ts)

    # --- delivering -----------------------------------------------------------------------------

    async def _worker(self) -> None:
        while True:
            c = await self._queue.get()
            self._sending += 1
            try:
                await self._deliver(c)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reminder for %s failed unexpectedly", c.user_id)
                self._inflight.pop(c.user_id, None)
            finally:
                self._sending -= 1

    async def _blocked(self, c: Claimed) -> None:
        """The person blocked the bot or is gone: stop their schedule (it is marked inactive)."""
        self.stats.blocked += 1
        self._done(Finish(c, "blocked", None))
        if self.on_blocked is not None:
            with contextlib.suppress(Exception):
                await self.on_blocked(c.user_id)

    def _done(self, f: Finish) -> None:
        self._pending.append(f)
        if len(self._pending) >= 64:
            self._flushed.set()

    async def _flusher(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._flushed.wait(), timeout=0.1)
            self._flushed.clear()
            try:
                await self._flush()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("writing reminder outcomes failed; will retry")
                await asyncio.sleep(0.5)

    async def _flush(self) -> None:
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        try:
            await self.store.finish(batch, self.clock().timestamp())
        except BaseException:
            self._pending[:0] = batch
            raise
        for f in batch:
            self._inflight.pop(f.claimed.user_id, None)
        if batch:
            self._wake.set()

    async def _chat_gate(self, chat_id: int) -> None:
        last = self._chat_last.get(chat_id)
        now = time.monotonic()
        if last is not None and now - last < 1.0:
            await asyncio.sleep(1.0 - (now - last))
        self._chat_last[chat_id] = time.monotonic()
        if len(self._chat_last) > 10_000:
            cutoff = time.monotonic() - 2.0
            self._chat_last = {k: v for k, v in self._chat_last.items() if v >= cutoff}

    async def _deliver(self, c: Claimed) -> None:
        s = c.row.settings
        d = decide(s, c.due, self.clock())
        if not d.send:
            self.stats.missed += 1
            self._done(Finish(c, "missed", d.next_due))
            return
        attempt = 0
        begun = False
        while True:
            await self.pacer.acquire()
            await self._chat_gate(c.row.chat_id)
            now = self.clock()
            if not begun:
                res = await self.store.begin_send(c, int(now.timestamp()))
                if res == "lost":
                    self._inflight.pop(c.user_id, None)
                    return
                if res in ("unknown", "done"):
                    self.stats.unknown += res == "unknown"
                    self._done(Finish(c, "unknown" if res == "unknown" else "sent", d.next_due))
                    return
                begun = True
            attempt += 1
            try:
                message_id, exercise_id = await self.send(c, d.catch_up)
            except Forbidden:
                await self._blocked(c)
                return
            except RetryAfter as e:
                self.stats.throttled_429 += 1
                ra = e.retry_after
                secs = ra.total_seconds() if not isinstance(ra, int | float) else float(ra)
                self.pacer.penalize(secs + 0.05)
                retry = True
            except BadRequest as e:
                low = str(e).lower()
                if "chat not found" in low or "user is deactivated" in low:
                    await self._blocked(c)
                    return
                log.warning("reminder for %s rejected: %s", c.user_id, e)
                self.stats.failed += 1
                self._done(Finish(c, "failed", d.next_due))
                return
            except NetworkError as e:  # 5xx, connection problems, timeouts
                self.stats.retries += 1
                log.info("reminder for %s: attempt %d failed: %s", c.user_id, attempt, e)
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
                retry = True
            else:
                sent_at = self.clock().timestamp()
                self.stats.sent += 1
                self.stats.catch_up += d.catch_up
                self.stats.lateness.append(max(0.0, sent_at - c.due_ts))
                self._done(Finish(c, "sent", d.next_due, sent_at, message_id, exercise_id))
                return
            if retry:
                later = decide(s, c.due, self.clock())
                if attempt >= self.max_attempts or not later.send:
                    self.stats.failed += 1
                    self._done(Finish(c, "failed", later.next_due))
                    return
                d = later

    # --- for tests and the benchmark ------------------------------------------------------------

    async def drain(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until everything due now has been handled and written."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            self.wake()
            await asyncio.sleep(0.05)
            if not self._inflight and not self._pending:
                earliest = await self.store.earliest_due()
                if earliest is None or earliest > int(self.clock().timestamp()):
                    return
        raise TimeoutError("reminders still in flight")
