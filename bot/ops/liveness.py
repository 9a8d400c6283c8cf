"""Liveness: the database answers and the dispatcher heartbeat is recent.

The heartbeat is beaten by whatever proves the bot is alive and working (a repeating job on the
application's job queue, and the reminder dispatcher loop); ``/healthz`` fails when it is older
than ``max_age`` seconds or has never beaten, or when the database does not answer within
``db_timeout`` seconds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.ops.metrics import Metrics


class Heartbeat:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last: float | None = None

    def beat(self) -> None:
        self._last = self._clock()

    def age(self) -> float | None:
        """Seconds since the last beat, or None before the first."""
        return None if self._last is None else max(0.0, self._clock() - self._last)


class HealthCheck:
    def __init__(
        self,
        db_ping: Callable[[], Awaitable[bool]],
        heartbeat: Heartbeat,
        *,
        max_age: float = 90.0,
        db_timeout: float = 2.0,
        metrics: Metrics | None = None,
    ) -> None:
        self._db_ping = db_ping
        self.heartbeat = heartbeat
        self.max_age = max_age
        self.db_timeout = db_timeout
        self._metrics = metrics

    async def _db_ok(self) -> bool:
        try:
            return bool(await asyncio.wait_for(self._db_ping(), timeout=self.db_timeout))
        except Exception:
            return False

    def update_gauges(self) -> None:
        age = self.heartbeat.age()
        if self._metrics is not None and age is not None:
            self._metrics.heartbeat_age.set(age)

    async def check(self) -> tuple[bool, dict[str, Any]]:
        """``(healthy, short JSON-able report)``."""
        db_ok = await self._db_ok()
        age = self.heartbeat.age()
        beat_ok = age is not None and age <= self.max_age
        self.update_gauges()
        report: dict[str, Any] = {
            "status": "ok" if db_ok and beat_ok else "fail",
            "db": "ok" if db_ok else "fail",
            "heartbeat": "ok" if beat_ok else ("never" if age is None else "stale"),
            "heartbeat_age_s": None if age is None else round(age, 1),
        }
        return db_ok and beat_ok, report
