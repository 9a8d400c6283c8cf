"""SQL of the Telegram budget shared by replicas (migration 009, table ``telegram_budget``).

Telegram's ~30 messages a second belong to the bot token, not to a process. Each budget is one
row holding a virtual clock ``tat`` (GCRA, the "theoretical arrival time", unix seconds): a send
moves it on by ``1/rate`` and waits until ``tat - burst/rate``. One ``UPDATE ... RETURNING`` per
send, on the database's own clock (PostgreSQL ``statement_timestamp()``), so replicas whose clocks
disagree still share one pace. Whatever the number of replicas, sends in any period ``L`` stay
at or below ``rate * L + burst``.
"""

from __future__ import annotations

import time

from bot.storage.db import Database

__all__ = ["SharedBudget"]


class SharedBudget:
    def __init__(self, db: Database, name: str, rate: float, burst: float = 1.0) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.db = db
        self.name = name
        self.step = 1.0 / rate
        self.burst = burst
        self._ready = False

    def _now(self) -> tuple[str, list[float]]:
        """The SQL for "now" and its parameter (none on PostgreSQL: the server's clock, constant
        within a statement, so replicas whose clocks disagree still share one pace)."""
        if self.db.engine == "postgresql":
            return "CAST(EXTRACT(EPOCH FROM statement_timestamp()) AS DOUBLE PRECISION)", []
        return "?", [time.time()]  # one process on SQLite: its own clock is the only one

    async def _ensure(self) -> None:
        if not self._ready:
            await self.db.execute(
                "INSERT INTO telegram_budget (name, tat) VALUES (?, 0)"
                " ON CONFLICT (name) DO NOTHING",
                (self.name,),
            )
            self._ready = True

    async def reserve(self) -> float:
        """Take the next slot; returns the seconds to wait before sending (0: send now)."""
        await self._ensure()
        now, arg = self._now()
        row = await self.db.fetchone(
            f"UPDATE telegram_budget SET tat = (CASE WHEN tat > {now} THEN tat ELSE {now} END) + ?"
            f" WHERE name = ? RETURNING tat - {now} AS ahead",
            (*arg, *arg, self.step, self.name, *arg),
        )
        if row is None:  # pragma: no cover - the row was inserted above
            return 0.0
        return max(0.0, float(row["ahead"]) - self.burst * self.step)

    async def penalize(self, seconds: float) -> None:
        """Telegram said 429 for the whole bot: no replica sends for ``seconds``."""
        await self._ensure()
        now, arg = self._now()
        until = seconds + self.burst * self.step
        await self.db.execute(
            f"UPDATE telegram_budget SET tat = {now} + ? WHERE name = ? AND tat < {now} + ?",
            (*arg, until, self.name, *arg, until),
        )
