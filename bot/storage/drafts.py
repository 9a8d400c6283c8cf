"""SQL of reminder set-ups in progress (migration 006): one JSON draft per person."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from bot.storage.db import Database

__all__ = ["DRAFT_TTL", "DraftStore"]

DRAFT_TTL = timedelta(days=1)  # a set-up left for a day is forgotten


class DraftStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int, now: datetime) -> Any | None:
        """The stored JSON value, or None (none, or older than a day)."""
        row = await self.db.fetchone(
            "SELECT draft FROM remind_drafts WHERE user_id = ? AND updated_at >= ?",
            (user_id, (now - DRAFT_TTL).isoformat(timespec="seconds")),
        )
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    async def put(self, user_id: int, draft: Any, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO remind_drafts (user_id, draft, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET draft = excluded.draft,"
            " updated_at = excluded.updated_at",
            (user_id, json.dumps(draft), now.isoformat(timespec="seconds")),
        )

    async def delete(self, user_id: int) -> bool:
        return await self.db.execute("DELETE FROM remind_drafts WHERE user_id = ?", (user_id,)) > 0

    async def purge(self, now: datetime) -> int:
        return await self.db.execute(
            "DELETE FROM remind_drafts WHERE updated_at < ?",
            ((now - DRAFT_TTL).isoformat(timespec="seconds"),),
        )
