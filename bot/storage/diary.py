"""SQL of the symptom diary (migration 007): entries, the entry being logged, the weekly check-in,
and the reminder answers the summary counts.

Times are UTC unix seconds. Every statement is plain, portable SQL (``ON CONFLICT``, no SQLite
date functions). Entries are health data: nothing here logs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.diary.model import Draft, Entry, as_activity, as_duration, as_leg
from bot.storage.db import Database

__all__ = ["DRAFT_TTL", "Checkin", "DiaryStore"]

DRAFT_TTL = timedelta(days=1)
ENTRY_COLS = "id, at, leg, duration, minutes, activity, severity, note, flags"


def _ts(dt: datetime) -> int:
    return int(dt.timestamp())


def _dt(ts: Any) -> datetime:
    return datetime.fromtimestamp(int(ts), UTC)


def _entry(r: Any) -> Entry | None:
    leg, dur = as_leg(str(r["leg"])), as_duration(str(r["duration"]))
    act = as_activity(str(r["activity"]))
    if leg is None or dur is None or act is None:
        return None
    return Entry(
        id=int(r["id"]),
        at=_dt(r["at"]),
        leg=leg,
        duration=dur,
        activity=act,
        severity=int(r["severity"]),
        note=str(r["note"] or ""),
        minutes=None if r["minutes"] is None else int(r["minutes"]),
        flags=tuple(str(r["flags"] or "").split()),
    )


@dataclass(frozen=True)
class Checkin:
    user_id: int
    chat_id: int
    enabled: bool
    weekday: int
    next_due: datetime | None


class DiaryStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- entries ----------------------------------------------------------------------------------

    async def add(self, user_id: int, e: Entry, now: datetime, update_id: int | None = None) -> int:
        """Write a new entry; returns its id.

        ``update_id`` is the update whose handler saves it: a replay of that update (after a
        crash, `bot.ops.inbox`) finds the entry written the first time and returns its id
        instead of writing it twice."""
        row = await self.db.fetchone(
            "INSERT INTO diary_entries (user_id, at, leg, duration, minutes, activity, severity,"
            " note, flags, created_at, updated_at, update_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (update_id) DO NOTHING RETURNING id",
            (*_entry_row(user_id, e, now), update_id),
        )
        if row is None:  # written by an earlier run of the same update
            found = await self.saved_by(user_id, update_id)
            assert found is not None, "update_id conflict with another person's entry"
            return found
        return int(row[0])

    async def saved_by(self, user_id: int, update_id: int | None) -> int | None:
        """The id of the entry the update ``update_id`` saved, if it did."""
        if update_id is None:
            return None
        row = await self.db.fetchone(
            "SELECT id FROM diary_entries WHERE update_id = ? AND user_id = ?",
            (update_id, user_id),
        )
        return None if row is None else int(row[0])

    async def update(self, user_id: int, e: Entry, now: datetime) -> bool:
        n = await self.db.execute(
            "UPDATE diary_entries SET at = ?, leg = ?, duration = ?, minutes = ?, activity = ?,"
            " severity = ?, note = ?, flags = ?, updated_at = ? WHERE id = ? AND user_id = ?",
            (
                _ts(e.at),
                e.leg,
                e.duration,
                e.minutes,
                e.activity,
                e.severity,
                e.note,
                " ".join(e.flags),
                _ts(now),
                e.id,
                user_id,
            ),
        )
        return n == 1

    async def get(self, user_id: int, entry_id: int) -> Entry | None:
        row = await self.db.fetchone(
            f"SELECT {ENTRY_COLS} FROM diary_entries WHERE id = ? AND user_id = ?",
            (entry_id, user_id),
        )
        return None if row is None else _entry(row)

    async def delete(self, user_id: int, entry_id: int) -> bool:
        n = await self.db.execute(
            "DELETE FROM diary_entries WHERE id = ? AND user_id = ?", (entry_id, user_id)
        )
        return n == 1

    async def latest(self, user_id: int, limit: int) -> list[Entry]:
        rows = await self.db.fetchall(
            f"SELECT {ENTRY_COLS} FROM diary_entries WHERE user_id = ?"
            " ORDER BY at DESC, id DESC LIMIT ?",
            (user_id, limit),
        )
        return [e for r in rows if (e := _entry(r)) is not None]

    async def since(self, user_id: int, since: datetime) -> list[Entry]:
        """Entries at or after `since`, oldest first."""
        rows = await self.db.fetchall(
            f"SELECT {ENTRY_COLS} FROM diary_entries WHERE user_id = ? AND at >= ? ORDER BY at, id",
            (user_id, _ts(since)),
        )
        return [e for r in rows if (e := _entry(r)) is not None]

    async def count(self, user_id: int) -> int:
        row = await self.db.fetchone(
            "SELECT COUNT(*) FROM diary_entries WHERE user_id = ?", (user_id,)
        )
        return 0 if row is None else int(row[0])

    # --- the entry being logged -------------------------------------------------------------------

    async def draft(self, user_id: int, now: datetime, ttl: timedelta = DRAFT_TTL) -> Draft | None:
        """The entry being logged, if touched within `ttl`."""
        row = await self.db.fetchone(
            "SELECT draft FROM diary_drafts WHERE user_id = ? AND updated_at >= ?",
            (user_id, _ts(now - ttl)),
        )
        return None if row is None else Draft.from_json(str(row[0]))

    async def put_draft(self, user_id: int, d: Draft, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO diary_drafts (user_id, draft, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET draft = excluded.draft,"
            " updated_at = excluded.updated_at",
            (user_id, d.to_json(), _ts(now)),
        )

    async def drop_draft(self, user_id: int) -> bool:
        return await self.db.execute("DELETE FROM diary_drafts WHERE user_id = ?", (user_id,)) > 0

    async def purge_drafts(self, now: datetime) -> int:
        return await self.db.execute(
            "DELETE FROM diary_drafts WHERE updated_at < ?", (_ts(now - DRAFT_TTL),)
        )

    # --- the weekly check-in ----------------------------------------------------------------------

    async def checkin(self, user_id: int) -> Checkin | None:
        row = await self.db.fetchone(
            "SELECT user_id, chat_id, enabled, weekday, next_due FROM diary_checkins"
            " WHERE user_id = ?",
            (user_id,),
        )
        return None if row is None else _checkin(row)

    async def set_checkin(
        self, user_id: int, chat_id: int, weekday: int, next_due: datetime | None, now: datetime
    ) -> None:
        """Switch the check-in on (a next due time) or off (None)."""
        await self.db.execute(
            "INSERT INTO diary_checkins (user_id, chat_id, enabled, weekday, next_due, updated_at)"
            " VALUES (:u, :c, :on, :wd, :nd, :now) ON CONFLICT (user_id) DO UPDATE SET"
            " chat_id = :c, enabled = :on, weekday = :wd, next_due = :nd, updated_at = :now",
            {
                "u": user_id,
                "c": chat_id,
                "on": 0 if next_due is None else 1,
                "wd": weekday,
                "nd": None if next_due is None else _ts(next_due),
                "now": _ts(now),
            },
        )

    async def due_checkins(self, now: datetime, limit: int = 100) -> list[Checkin]:
        rows = await self.db.fetchall(
            "SELECT user_id, chat_id, enabled, weekday, next_due FROM diary_checkins"
            " WHERE next_due IS NOT NULL AND next_due <= ? ORDER BY next_due LIMIT ?",
            (_ts(now), limit),
        )
        return [_checkin(r) for r in rows]

    async def advance_checkin(
        self, user_id: int, was_due: datetime, next_due: datetime | None, now: datetime
    ) -> bool:
        """Move a due check-in on; False when someone else (or a switch) already did."""
        n = await self.db.execute(
            "UPDATE diary_checkins SET next_due = ?, last_sent = ?, updated_at = ?"
            " WHERE user_id = ? AND next_due = ?",
            (
                None if next_due is None else _ts(next_due),
                _ts(now),
                _ts(now),
                user_id,
                _ts(was_due),
            ),
        )
        return n == 1

    # --- what the summary counts ------------------------------------------------------------------

    async def reminder_actions(self, user_id: int, since: datetime) -> list[tuple[datetime, str]]:
        """(when, action) of each answer to a reminder since `since`, oldest first."""
        rows = await self.db.fetchall(
            "SELECT at, action FROM reminder_events WHERE schedule_id = ? AND at >= ? ORDER BY at",
            (user_id, _ts(since)),
        )
        return [(_dt(r["at"]), str(r["action"])) for r in rows]

    async def add_many(self, user_id: int, entries: Sequence[Entry], now: datetime) -> None:
        """Bulk insert (the benchmark and tests fill a diary this way)."""
        await self.db.executemany(
            "INSERT INTO diary_entries (user_id, at, leg, duration, minutes, activity, severity,"
            " note, flags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_entry_row(user_id, e, now) for e in entries],
        )


def _checkin(r: Any) -> Checkin:
    return Checkin(
        user_id=int(r["user_id"]),
        chat_id=int(r["chat_id"]),
        enabled=bool(r["enabled"]),
        weekday=int(r["weekday"]),
        next_due=None if r["next_due"] is None else _dt(r["next_due"]),
    )


def _entry_row(user_id: int, e: Entry, now: datetime) -> tuple[object, ...]:
    """The values of one diary_entries row, in the INSERT's column order."""
    return (
        user_id,
        _ts(e.at),
        e.leg,
        e.duration,
        e.minutes,
        e.activity,
        e.severity,
        e.note,
        " ".join(e.flags),
        _ts(now),
        _ts(now),
    )
