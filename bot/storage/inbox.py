"""SQL of the durable inbox (migration 005): updates written before they are acknowledged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.storage.db import Database

__all__ = ["Inbox", "Received"]

Received = tuple[int, int | None, str]  # update_id, chat_id, payload JSON


class Inbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def accept(self, updates: Sequence[Received], now: datetime) -> set[int]:
        """Store the updates not seen before; returns their ids. One statement for the usual
        batch of one (the cheapest durable write), one transaction for more."""
        stamp = now.isoformat(timespec="seconds")
        sql = (
            "INSERT INTO inbox (update_id, chat_id, payload, received_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING"
        )
        if len(updates) == 1:
            uid, chat, payload = updates[0]
            return {uid} if await self.db.execute(sql, (uid, chat, payload, stamp)) else set()
        fresh: set[int] = set()
        async with self.db.transaction() as conn:
            for uid, chat, payload in updates:
                cur = await conn.execute(sql, (uid, chat, payload, stamp))
                if cur.rowcount:
                    fresh.add(uid)
                await cur.close()
        return fresh

    async def done(self, update_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE inbox SET done_at = ?, payload = NULL WHERE update_id = ?",
            (now.isoformat(timespec="seconds"), update_id),
        )

    async def waiting(self) -> list[tuple[int, str]]:
        """(update_id, payload) of updates received but not processed, oldest first."""
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE done_at IS NULL AND payload IS NOT NULL"
            " ORDER BY update_id"
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    async def prune(self, done_before: datetime) -> int:
        return await self.db.execute(
            "DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?",
            (done_before.isoformat(timespec="seconds"),),
        )
