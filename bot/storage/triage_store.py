"""Symptom-check storage: the check in progress (one per person) and past outcome levels.

Only the outcome level and its date are kept after a check; the answers are deleted with the
session row. `now` is always passed in (injected clock).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.storage.db import Database

# A check nobody answered for this long is forgotten.
EXPIRY = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class TriageSession:
    user_id: int
    chat_id: int
    session: str
    state: dict[str, Any]
    flow_version: str
    message_id: int | None
    started_at: datetime
    updated_at: datetime
    update_id: int | None = None  # the tap whose tick the state holds (see `save`)

    def expired(self, now: datetime) -> bool:
        return now - self.updated_at >= EXPIRY


def _stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


class TriageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, user_id: int, now: datetime) -> TriageSession | None:
        """The person's active check, or None (an expired one is deleted on the way)."""
        row = await self._db.fetchone("SELECT * FROM triage_sessions WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        try:
            state = json.loads(row["state"])
            if not isinstance(state, dict):
                raise ValueError("state is not an object")
            found = TriageSession(
                user_id=row["user_id"],
                chat_id=row["chat_id"],
                session=row["session"],
                state=state,
                flow_version=row["flow_version"],
                message_id=row["message_id"],
                started_at=datetime.fromisoformat(row["started_at"]),
                updated_at=datetime.fromisoformat(row["updated_at"]),
                update_id=row["update_id"],
            )
        except ValueError:
            await self.delete(user_id)
            return None
        if found.expired(now):
            await self.delete(user_id)
            return None
        return found

    async def start(
        self,
        user_id: int,
        chat_id: int,
        session: str,
        state: dict[str, Any],
        flow_version: str,
        now: datetime,
    ) -> None:
        """Begin a check, replacing any earlier one of this person."""
        stamp = _stamp(now)
        await self._db.execute(
            "INSERT INTO triage_sessions"
            " (user_id, chat_id, session, state, flow_version, message_id, started_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id,"
            " session = excluded.session, state = excluded.state,"
            " flow_version = excluded.flow_version, message_id = NULL,"
            " started_at = excluded.started_at, updated_at = excluded.updated_at",
            (user_id, chat_id, session, json.dumps(state), flow_version, stamp, stamp),
        )

    async def save(
        self,
        user_id: int,
        session: str,
        state: dict[str, Any],
        now: datetime,
        message_id: int | None,
        update_id: int | None = None,
    ) -> bool:
        """Store the state after an answer or a tick; False if the session is no longer active.

        `message_id` is the message showing the current question: None when the state moved
        on to a question not sent yet (see `set_message`). `update_id`: the tap whose tick this
        state holds, so that a replay of that tap after a crash does not toggle it back.
        """
        changed = await self._db.execute(
            "UPDATE triage_sessions SET state = ?, updated_at = ?, message_id = ?, update_id = ?"
            " WHERE user_id = ? AND session = ?",
            (json.dumps(state), _stamp(now), message_id, update_id, user_id, session),
        )
        return changed > 0

    async def set_message(self, user_id: int, session: str, message_id: int) -> None:
        """Remember the message that shows the current question (to edit it later)."""
        await self._db.execute(
            "UPDATE triage_sessions SET message_id = ? WHERE user_id = ? AND session = ?",
            (message_id, user_id, session),
        )

    async def finish(self, user_id: int, session: str, level: str, now: datetime) -> bool:
        """End the check: delete the answers, keep only the level and the date.

        False (and nothing recorded) if that session was already finished or replaced, so a
        double tap on the last button records one outcome.
        """
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM triage_sessions WHERE user_id = ? AND session = ?", (user_id, session)
            )
            deleted = cursor.rowcount
            await cursor.close()
            if deleted:
                await conn.execute(
                    "INSERT INTO triage_outcomes (user_id, level, date) VALUES (?, ?, ?)",
                    (user_id, level, now.date().isoformat()),
                )
        return deleted > 0

    async def delete(self, user_id: int) -> bool:
        """Forget the check in progress (cancel, emergency); True if there was one."""
        return (
            await self._db.execute("DELETE FROM triage_sessions WHERE user_id = ?", (user_id,)) > 0
        )

    async def purge_expired(self, now: datetime) -> int:
        """Delete checks abandoned for `EXPIRY`; the number deleted."""
        return await self._db.execute(
            "DELETE FROM triage_sessions WHERE updated_at <= ?", (_stamp(now - EXPIRY),)
        )

    async def outcomes(self, user_id: int) -> list[tuple[str, str]]:
        """(date, level) of the person's past checks, oldest first (for /privacy export)."""
        rows = await self._db.fetchall(
            "SELECT date, level FROM triage_outcomes WHERE user_id = ? ORDER BY id", (user_id,)
        )
        return [(row["date"], row["level"]) for row in rows]

    async def delete_user(self, user_id: int) -> None:
        """Everything of this person's checks (for /privacy delete)."""
        async with self._db.transaction() as conn:
            await conn.execute("DELETE FROM triage_sessions WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM triage_outcomes WHERE user_id = ?", (user_id,))
