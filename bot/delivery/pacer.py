"""The pace of reminder traffic: one token bucket shared by all reminder sends (default
25/s, at most 30/s, Telegram's limit), stopped for a 429's retry_after; with several replicas
on PostgreSQL the budget is shared by all of them (`bot/storage/budget.py` via
`bot.ratelimit.Budget`)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.ratelimit import Budget

__all__ = ["Pacer"]


class Pacer:
    """A token bucket shared by all reminder sends: `rate` per second, `burst` at most at once.
    Acquirers are served first come, first served."""

    def __init__(
        self, rate: float, burst: float | None = None, mono: Callable[[], float] = time.monotonic
    ) -> None:
        if not 0 < rate <= 30:
            raise ValueError("pace must be in (0, 30] messages per second")
        self.rate = rate
        self.burst = max(1.0, burst if burst is not None else rate / 5)
        self._mono = mono
        self._tokens = 1.0
        self._t = mono()
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()
        # several replicas (PostgreSQL): the reminder pace is shared by all of them
        self.shared: Budget | None = None

    def _refill(self, now: float) -> None:
        if now > self._t:
            self._tokens = min(self.burst, self._tokens + (now - self._t) * self.rate)
            self._t = now

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self._mono()
                if now < self._blocked_until:
                    await asyncio.sleep(self._blocked_until - now)
                    continue
                if self.shared is not None:
                    wait = await self.shared.reserve()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    return
                self._refill(now)
                if self._tokens >= 1:
                    self._tokens -= 1
                    return
                await asyncio.sleep((1 - self._tokens) / self.rate)

    def penalize(self, seconds: float) -> None:
        """A 429: nothing is sent for `seconds`, then the bucket starts empty."""
        now = self._mono()
        self._blocked_until = max(self._blocked_until, now + seconds)
        self._tokens = 0.0
        self._t = self._blocked_until
