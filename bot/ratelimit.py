"""One path for every request the bot makes to Telegram: pacing, 429 pauses, retries.

python-telegram-bot's ``AIORateLimiter`` costs about a millisecond of CPU per request (two
``aiolimiter`` context managers around every call) and gives up after a few 429s; this one is
plain arithmetic on the common path and keeps trying until a deadline:

* all requests together stay under ``overall_rate`` per second, each group chat under
  ``group_rate`` per minute (token buckets);
* a 429 pauses what it applies to until ``retry_after`` has passed — the chat the request was
  for, or the whole bot for a request without a chat (or when several chats are told to wait at
  once) — and *nothing* is sent to that scope before then, retries and other messages alike
  (the error handler's apology too: it goes through here);
* 5xx answers, timeouts and connection errors are retried with exponential backoff and jitter
  until the request's deadline (60 s for a reply to a person; a caller may pass a shorter one
  as ``rate_limit_args``, as the reminder dispatcher does), then the error is raised, logged
  and counted.

Duplicates: Telegram has no idempotency key for ``sendMessage``. A read timeout after the
request was sent may mean it was delivered; it is retried anyway, because for this bot a rare
duplicate message is better than a lost one (the reply may be emergency advice). The README
says so.

Replays: an update interrupted by a crash is processed again (`bot.ops.inbox`), and its
handlers make the same requests again. The requests they made the first time and Telegram
confirmed are in a journal (``journal``: the update's inbox row, `bot.storage.inbox`), keyed by
(update, method, number of that method: the first sendMessage, the second...); on the replay
such a request returns its stored result instead of being sent again. Numbering per method
keeps a replay that takes a slightly different path (its state moved on before the crash)
matched: its first answerCallbackQuery is the one already answered, its first sendMessage the
message already sent. Only the request that was in flight at the crash (sent, no answer
yet, or answered but not yet noted: it may or may not have been delivered) is sent again; if
that was the answer to a tap, Telegram refuses the second answer ("query is too old"), which a
replay takes as answered and goes on (before, the refusal stopped the replay: the tap's screen
never came and what the tap should have written was lost).

Each confirmed request is noted at once: one short UPDATE of the update's inbox row, which the
done mark clears, so the journal holds only updates in progress. Noting a request only when a
second one follows would save that write for one-reply handlers, but a crash after a reply and
before the done mark would then repeat a reply Telegram had confirmed (the README has both CPU
figures). The update comes from `bot.processor.CURRENT`; requests made outside an update
(reminders, jobs) are not journaled.

Private chats need no pacing of their own: a person gets one reply per message they send.
``getUpdates`` is passed straight through (the updater has its own retry loop).

Several replicas (PostgreSQL): the overall budget belongs to the token, so ``shared`` replaces the
in-process overall bucket with one kept in the database (`bot.storage.budget.SharedBudget`), and a
429 for the whole bot pauses every replica.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.processor import CURRENT

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
TELEGRAM_RATE = 30.0  # messages a second for the whole bot token
REPLY_DEADLINE = 60.0
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 15.0
# This many different chats told to wait within GLOBAL_WINDOW seconds: the whole bot waits.
GLOBAL_CHATS = 3
GLOBAL_WINDOW = 1.0


class Bucket:
    """Token bucket: ``rate`` tokens a second, at most ``burst`` saved up."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.stamp = now

    def reserve(self, now: float) -> float:
        """Take one token; returns how long to wait before using it (0 when available now)."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        self.tokens -= 1.0
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class Journal(Protocol):
    """Where confirmed requests of an update are noted (`bot.storage.inbox.Inbox`)."""

    async def record_sent(
        self, update_id: int, seq: int, method: str, result: JSONResult
    ) -> None: ...


class Budget(Protocol):
    """A pace shared with other processes (`bot.storage.budget.SharedBudget`)."""

    async def reserve(self) -> float: ...

    async def penalize(self, seconds: float) -> None: ...


@dataclass
class SendStats:
    """Counters for the metrics and the chaos benchmark."""

    rate_limited: int = 0  # 429 answers
    retries: int = 0  # 5xx / timeout / connection retries
    gave_up: int = 0  # deadline passed: the error went to the caller
    waits_inside_retry_after: int = 0  # must stay 0: a send to a scope that was told to wait
    journaled: int = 0  # confirmed requests of updates noted in the journal
    replayed_from_journal: int = 0  # requests of a replayed update answered from the journal


def _seconds(retry_after: timedelta | float | int) -> float:
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)


def _answered_before(endpoint: str, exc: BadRequest) -> bool:
    """Telegram's refusal of a second answer to a callback query."""
    return endpoint == "answerCallbackQuery" and "query is too old" in exc.message.lower()


class PoliteRateLimiter(BaseRateLimiter[int]):
    def __init__(
        self,
        overall_rate: float = TELEGRAM_RATE,
        group_rate_per_minute: float = 20.0,
        deadline: float = REPLY_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._overall = Bucket(overall_rate, overall_rate, clock())
        self._group_rate = group_rate_per_minute / 60.0
        self._group_burst = max(1.0, group_rate_per_minute / 4)
        self._groups: dict[int, Bucket] = {}
        self._deadline = deadline
        self._paused_all = 0.0
        self._paused: dict[int, float] = {}
        self._recent_429: list[tuple[float, int]] = []
        self.stats = SendStats()
        # set at start on PostgreSQL: the overall budget shared by all replicas
        self.shared: Budget | None = None
        # set at start with the durable inbox: the journal of confirmed requests per update
        self.journal: Journal | None = None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    # ------------------------------------------------------------------ pacing and pauses

    def _delay(self, data: dict[str, Any]) -> float:
        now = self._clock()
        wait = self._overall.reserve(now) if self.shared is None else 0.0
        chat_id = data.get("chat_id")
        if isinstance(chat_id, int) and chat_id < 0:
            bucket = self._groups.get(chat_id)
            if bucket is None:
                if len(self._groups) > 10_000:
                    self._groups.clear()
                bucket = self._groups[chat_id] = Bucket(self._group_rate, self._group_burst, now)
            wait = max(wait, bucket.reserve(now))
        return wait

    def paused_until(self, chat_id: int | None) -> float:
        """When requests to `chat_id` (None: any request) may be sent again."""
        chat = self._paused.get(chat_id, 0.0) if chat_id is not None else 0.0
        return max(self._paused_all, chat)

    def _pause(self, chat_id: int | None, seconds: float) -> None:
        now = self._clock()
        until = now + seconds
        if chat_id is None:
            self._paused_all = max(self._paused_all, until)
            return
        self._paused[chat_id] = max(self._paused.get(chat_id, 0.0), until)
        if len(self._paused) > 10_000:
            self._paused = {c: t for c, t in self._paused.items() if t > now}
        self._recent_429 = [(t, c) for t, c in self._recent_429 if now - t <= GLOBAL_WINDOW]
        self._recent_429.append((now, chat_id))
        if len({c for _, c in self._recent_429}) >= GLOBAL_CHATS:
            self._paused_all = max(self._paused_all, until)

    async def _wait_turn(self, chat_id: int | None, data: dict[str, Any]) -> None:
        while True:
            wait = self.paused_until(chat_id) - self._clock()
            if wait > 0:
                await self._sleep(wait)
                continue
            delay = self._delay(data)
            if self.shared is not None:
                delay = max(delay, await self.shared.reserve())
            if delay <= 0:
                return
            await self._sleep(delay)
            # a 429 to another request may have paused this scope meanwhile: look again
            if self.paused_until(chat_id) <= self._clock():
                return

    # ------------------------------------------------------------------ the one path

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        if endpoint == "getUpdates":
            return await callback(*args, **kwargs)
        journal = self.journal
        running = CURRENT.get() if journal is not None else None
        if running is None or journal is None:
            return await self._send(callback, args, kwargs, endpoint, data, rate_limit_args)
        seq = running.counts[endpoint] = running.counts.get(endpoint, 0) + 1
        if running.confirmed:
            known = running.confirmed.get((endpoint, seq))
            if known is not None:
                self.stats.replayed_from_journal += 1
                return known  # type: ignore[no-any-return]
        try:
            result = await self._send(callback, args, kwargs, endpoint, data, rate_limit_args)
        except BadRequest as exc:
            if running.confirmed is None or not _answered_before(endpoint, exc):
                raise
            # a replay's answer to a tap whose first answer was in flight at the crash:
            # Telegram took that one, so the tap is answered; the handler goes on
            return True
        try:
            await journal.record_sent(running.update_id, seq, endpoint, result)
            self.stats.journaled += 1
        except Exception:  # the database is closing: at worst this request is repeated
            log.warning("could not note a confirmed request of update %s", running.update_id)
        return result

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        raw_chat = data.get("chat_id")
        chat_id = raw_chat if isinstance(raw_chat, int) else None
        budget = float(rate_limit_args) if rate_limit_args is not None else self._deadline
        deadline = self._clock() + budget
        attempt = 0
        while True:
            await self._wait_turn(chat_id, data)
            if self.paused_until(chat_id) > self._clock():  # pragma: no cover - defensive
                self.stats.waits_inside_retry_after += 1
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = _seconds(exc.retry_after)
                self.stats.rate_limited += 1
                self._pause(chat_id, seconds)
                if self.shared is not None and self.paused_until(None) > self._clock():
                    await self.shared.penalize(seconds)  # the whole bot: every replica waits
                if self._clock() + seconds > deadline:
                    self.stats.gave_up += 1
                    log.warning("%s: told to wait %.0f s, past its deadline", endpoint, seconds)
                    raise
            except NetworkError as exc:  # 5xx, timeouts, connection errors
                if isinstance(exc, BadRequest):  # a NetworkError in PTB, but final
                    raise
                attempt += 1
                backoff = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (attempt - 1))
                backoff *= 0.5 + self._jitter()
                if self._clock() + backoff > deadline:
                    self.stats.gave_up += 1
                    log.warning("%s failed after %d tries: %s", endpoint, attempt, exc)
                    raise
                self.stats.retries += 1
                await self._sleep(backoff)
