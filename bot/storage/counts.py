"""Aggregate counts for /admin: how many people, schedules, reminders sent, symptom-check
outcomes by level. Only counts leave the database; never ids, names, texts or rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.storage.db import Database

__all__ = ["aggregate_counts"]


async def _tables(db: Database) -> set[str]:
    return await db.table_names()


async def _count(db: Database, sql: str, params: tuple[Any, ...] = ()) -> int:
    row = await db.fetchone(sql, params)
    return int(row[0] or 0) if row is not None else 0


async def aggregate_counts(db: Database, now: datetime) -> dict[str, Any]:
    tables = await _tables(db)
    week_ago = (now - timedelta(days=7)).isoformat(timespec="seconds")
    month_ago = (now - timedelta(days=30)).date().isoformat()
    day_ago = now.timestamp() - 86400
    counts: dict[str, Any] = {
        "users": 0,
        "active_7d": 0,
        "schedules": 0,
        "schedules_active": 0,
        "sent_24h": 0,
        "triage_30d": 0,
        "levels": {},
    }
    if "users" in tables:
        counts["users"] = await _count(db, "SELECT COUNT(*) FROM users")
        counts["active_7d"] = await _count(
            db, "SELECT COUNT(*) FROM users WHERE last_seen >= ?", (week_ago,)
        )
    if "reminder_schedules" in tables:
        counts["schedules"] = await _count(db, "SELECT COUNT(*) FROM reminder_schedules")
        counts["schedules_active"] = await _count(
            db, "SELECT COUNT(*) FROM reminder_schedules WHERE enabled = 1 AND active = 1"
        )
    if "reminder_deliveries" in tables:
        counts["sent_24h"] = await _count(
            db,
            "SELECT COUNT(*) FROM reminder_deliveries WHERE status = 'sent' AND sent_at >= ?",
            (day_ago,),
        )
    if "triage_outcomes" in tables:
        rows = await db.fetchall(
            "SELECT level, COUNT(*) FROM triage_outcomes WHERE date >= ?"
            " GROUP BY level ORDER BY level",
            (month_ago,),
        )
        counts["levels"] = {str(r[0]): int(r[1]) for r in rows}
        counts["triage_30d"] = sum(counts["levels"].values())
    return counts
