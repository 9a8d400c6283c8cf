"""One row per person who talked to the bot."""

from __future__ import annotations

from datetime import datetime

from bot.storage.db import Database


class UserStore:
    """Records users; remembers who it wrote today so most updates cost no write at all."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._seen_on: dict[int, str] = {}

    async def touch(self, user_id: int, chat_id: int, language: str | None, now: datetime) -> None:
        day = now.date().isoformat()
        if self._seen_on.get(user_id) == day:
            return
        stamp = now.isoformat(timespec="seconds")
        await self._db.execute(
            "INSERT INTO users (user_id, chat_id, language, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET last_seen = excluded.last_seen,"
            " chat_id = excluded.chat_id",
            (user_id, chat_id, (language or "en")[:8], stamp, stamp),
        )
        if len(self._seen_on) > 100_000:
            self._seen_on.clear()
        self._seen_on[user_id] = day

    def forget(self, user_id: int) -> None:
        """Drop in-memory traces of a person (after their data was deleted)."""
        self._seen_on.pop(user_id, None)

    async def set_blocked(self, user_id: int, blocked: bool) -> None:
        await self._db.execute(
            "UPDATE users SET blocked = ? WHERE user_id = ?", (1 if blocked else 0, user_id)
        )

    async def timezone(self, user_id: int) -> str | None:
        row = await self._db.fetchone("SELECT tz FROM users WHERE user_id = ?", (user_id,))
        return None if row is None else row["tz"]

    async def set_timezone(self, user_id: int, tz: str) -> None:
        await self._db.execute("UPDATE users SET tz = ? WHERE user_id = ?", (tz, user_id))
