"""SQL of the operational state: webhook update ids kept across restarts, and the counts the
metrics read at scrape time (active reminder schedules, new symptom-check outcomes)."""

from __future__ import annotations

from bot.storage.db import Database

__all__ = ["OpsStore"]


class OpsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def has_table(self, name: str) -> bool:
        return name in await self.db.table_names()

    async def recent_update_ids(self, limit: int) -> list[int]:
        """The newest `limit` webhook update ids, oldest first."""
        if not await self.has_table("webhook_updates"):
            return []
        rows = await self.db.fetchall(
            "SELECT update_id FROM webhook_updates"
            " ORDER BY received_at DESC, update_id DESC LIMIT ?",
            (limit,),
        )
        return [int(r[0]) for r in reversed(rows)]

    async def save_update_ids(self, batch: list[tuple[int, str]], prune_before: str) -> None:
        """Record (update id, received at) pairs; forget those received before `prune_before`."""
        if not await self.has_table("webhook_updates"):
            return
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO webhook_updates (update_id, received_at) VALUES (?, ?)"
                " ON CONFLICT (update_id) DO NOTHING",
                batch,
            )
            await conn.execute("DELETE FROM webhook_updates WHERE received_at < ?", (prune_before,))

    async def active_schedules(self) -> int | None:
        if not await self.has_table("reminder_schedules"):
            return None
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM reminder_schedules WHERE enabled = 1 AND active = 1"
        )
        return int(row[0]) if row is not None else 0

    async def last_outcome_id(self) -> int | None:
        if not await self.has_table("triage_outcomes"):
            return None
        row = await self.db.fetchone("SELECT COALESCE(MAX(id), 0) FROM triage_outcomes")
        return int(row[0]) if row is not None else 0

    async def outcomes_after(self, outcome_id: int) -> list[tuple[int, str]]:
        """(id, level) of symptom-check outcomes newer than `outcome_id`, oldest first."""
        if not await self.has_table("triage_outcomes"):
            return []
        rows = await self.db.fetchall(
            "SELECT id, level FROM triage_outcomes WHERE id > ? ORDER BY id", (outcome_id,)
        )
        return [(int(r[0]), str(r[1])) for r in rows]
