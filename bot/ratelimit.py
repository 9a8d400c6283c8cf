"""A light rate limiter for the bot's own requests to Telegram.

python-telegram-bot's ``AIORateLimiter`` costs about a millisecond of CPU per request (two
``aiolimiter`` context managers around every call); this one does the same job with plain
arithmetic on the common path:

* all requests together stay under ``overall_rate`` per second (token bucket);
* each group chat stays under ``group_rate`` per minute;
* a 429 answer is honoured (wait ``retry_after``, then retry up to ``max_retries`` times).

Private chats need no limiter of their own: a person gets one reply per message they send.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


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


class PoliteRateLimiter(BaseRateLimiter[int]):
    def __init__(
        self,
        overall_rate: float = 30.0,
        group_rate_per_minute: float = 20.0,
        max_retries: int = 2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._overall = Bucket(overall_rate, overall_rate, clock())
        self._group_rate = group_rate_per_minute / 60.0
        self._group_burst = max(1.0, group_rate_per_minute / 4)
        self._groups: dict[int, Bucket] = {}
        self._max_retries = max_retries
        self.retries = 0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _delay(self, data: dict[str, Any]) -> float:
        now = self._clock()
        wait = self._overall.reserve(now)
        chat_id = data.get("chat_id")
        if isinstance(chat_id, int) and chat_id < 0:
            bucket = self._groups.get(chat_id)
            if bucket is None:
                if len(self._groups) > 10_000:
                    self._groups.clear()
                bucket = self._groups[chat_id] = Bucket(self._group_rate, self._group_burst, now)
            wait = max(wait, bucket.reserve(now))
        return wait

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        if endpoint != "getUpdates":
            wait = self._delay(data)
            if wait > 0:
                await asyncio.sleep(wait)
        attempt = 0
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                attempt += 1
                if attempt > self._max_retries:
                    raise
                self.retries += 1
                retry_after = exc.retry_after
                seconds = (
                    retry_after.total_seconds()
                    if isinstance(retry_after, timedelta)
                    else float(retry_after)
                )
                await asyncio.sleep(seconds + 0.1)
