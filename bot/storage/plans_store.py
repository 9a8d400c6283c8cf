"""SQL of movement plans (migration 008): a person's chosen plan and what the plan safety rules
need (`plan_state`), the walking programme's Done reminders, and the file_id of each uploaded
reminder illustration (`reminder_images`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.storage.db import Database

__all__ = ["PlanRow", "PlanStore"]


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class PlanRow:
    plan_id: str | None
    check_level: str | None
    seen: bool
    clot: bool


class PlanStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> PlanRow:
        row = await self.db.fetchone(
            "SELECT plan_id, check_level, seen_at, dvt FROM plan_state WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return PlanRow(None, None, False, False)
        return PlanRow(
            plan_id=row["plan_id"],
            check_level=row["check_level"],
            seen=row["seen_at"] is not None,
            clot=bool(row["dvt"]),
        )

    async def choose(self, user_id: int, plan_id: str | None, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO plan_state (user_id, plan_id, chosen_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET plan_id = excluded.plan_id,"
            " chosen_at = excluded.chosen_at, updated_at = excluded.updated_at",
            (user_id, plan_id, _iso(now), _iso(now)),
        )

    async def record_check(self, user_id: int, level: str, clot: bool, now: datetime) -> None:
        """A symptom check ended: its level and whether it found signs of a clot; any earlier
        "I have been seen" no longer counts."""
        await self.db.execute(
            "INSERT INTO plan_state (user_id, check_level, checked_at, seen_at, dvt, updated_at)"
            " VALUES (?, ?, ?, NULL, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET check_level = excluded.check_level,"
            " checked_at = excluded.checked_at, seen_at = NULL, dvt = excluded.dvt,"
            " updated_at = excluded.updated_at",
            (user_id, level, _iso(now), int(clot), _iso(now)),
        )

    async def mark_seen(self, user_id: int, now: datetime) -> bool:
        """The person says they have been seen since their latest check."""
        n = await self.db.execute(
            "UPDATE plan_state SET seen_at = ?, updated_at = ? WHERE user_id = ?"
            " AND check_level IS NOT NULL",
            (_iso(now), _iso(now), user_id),
        )
        return n > 0

    async def done_since(self, user_id: int, since: datetime) -> list[tuple[str, datetime]]:
        """(exercise id, when) of each reminder the person marked Done since `since`."""
        rows = await self.db.fetchall(
            "SELECT d.exercise_id, e.at FROM reminder_events e JOIN reminder_deliveries d"
            " ON d.schedule_id = e.schedule_id AND d.due_at = e.due_at"
            " WHERE e.schedule_id = ? AND e.action = 'done' AND e.at >= ?"
            " AND d.exercise_id IS NOT NULL ORDER BY e.at",
            (user_id, int(since.timestamp())),
        )
        return [(str(r[0]), datetime.fromtimestamp(int(r[1]), UTC)) for r in rows]

    async def delete_user(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM plan_state WHERE user_id = ?", (user_id,))

    # --- uploaded illustrations (not personal) ------------------------------------------------

    async def file_id(self, image_hash: str) -> str | None:
        row = await self.db.fetchone(
            "SELECT file_id FROM reminder_images WHERE image_hash = ?", (image_hash,)
        )
        return None if row is None else str(row[0])

    async def save_file_id(self, image_hash: str, kind: str, file_id: str, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO reminder_images (image_hash, kind, file_id, uploaded_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (image_hash) DO UPDATE SET"
            " file_id = excluded.file_id, kind = excluded.kind,"
            " uploaded_at = excluded.uploaded_at",
            (image_hash, kind, file_id, _iso(now)),
        )

    async def forget_file_id(self, image_hash: str) -> None:
        """Telegram no longer knows a file_id: the next reminder uploads the image again."""
        await self.db.execute("DELETE FROM reminder_images WHERE image_hash = ?", (image_hash,))

    async def all_file_ids(self) -> Sequence[tuple[str, str]]:
        rows = await self.db.fetchall("SELECT image_hash, file_id FROM reminder_images")
        return [(str(r[0]), str(r[1])) for r in rows]
