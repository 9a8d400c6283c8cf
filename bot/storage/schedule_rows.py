"""Reminder schedule rows <-> Python: UTC unix seconds, weekday masks, minutes of the day, the
settings columns, and the row types the store returns (:class:`ScheduleRow`, :class:`Claimed`,
:class:`Finish`). Pure: no queries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any, Literal

from bot.reminders.schedule import ReminderSettings
from bot.storage.db import Row

BeginResult = Literal["ok", "lost", "unknown", "done"]

# The columns every ScheduleRow is read from.
COLS = (
    "user_id, chat_id, interval_min, start_min, end_min, weekdays, tz, enabled, active,"
    " paused_until, snoozed_until, next_due, seq, last_exercise, last_sent"
)


def to_ts(dt: datetime | None) -> int | None:
    return None if dt is None else math.ceil(dt.timestamp())


def from_ts(ts: int | float | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


def _mask(days: frozenset[int]) -> int:
    return sum(1 << d for d in days)


def _days(mask: int) -> frozenset[int]:
    return frozenset(d for d in range(7) if mask >> d & 1)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _time(m: int) -> time:
    return time(m // 60, m % 60)


def settings_of(r: Row | dict[str, Any]) -> ReminderSettings:
    return ReminderSettings(
        interval_min=int(r["interval_min"]),
        start=_time(int(r["start_min"])),
        end=_time(int(r["end_min"])),
        weekdays=_days(int(r["weekdays"])),
        tz=str(r["tz"]),
        paused_until=from_ts(r["paused_until"]),
        snoozed_until=from_ts(r["snoozed_until"]),
        enabled=bool(r["enabled"]),
    )


def settings_columns(s: ReminderSettings) -> dict[str, Any]:
    """The inverse of :func:`settings_of`: named parameters for the settings columns."""
    return {
        "iv": s.interval_min,
        "sm": _minutes(s.start),
        "em": _minutes(s.end),
        "wd": _mask(s.weekdays),
        "tz": s.tz,
        "en": 1 if s.enabled else 0,
        "pu": to_ts(s.paused_until),
        "su": to_ts(s.snoozed_until),
    }


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    user_id: int
    chat_id: int
    settings: ReminderSettings
    active: bool
    next_due: datetime | None
    seq: int
    last_exercise: str | None
    last_sent: datetime | None

    @classmethod
    def of(cls, r: Row | dict[str, Any]) -> ScheduleRow:
        return cls(
            user_id=int(r["user_id"]),
            chat_id=int(r["chat_id"]),
            settings=settings_of(r),
            active=bool(r["active"]),
            next_due=from_ts(r["next_due"]),
            seq=int(r["seq"]),
            last_exercise=r["last_exercise"],
            last_sent=from_ts(r["last_sent"]),
        )


@dataclass(frozen=True, slots=True)
class Claimed:
    """A due reminder leased to this worker."""

    row: ScheduleRow
    due_ts: int

    @property
    def user_id(self) -> int:
        return self.row.user_id

    @property
    def due(self) -> datetime:
        return datetime.fromtimestamp(self.due_ts, UTC)


@dataclass(frozen=True, slots=True)
class Finish:
    """The outcome of one claimed reminder, written together with the schedule's advance."""

    claimed: Claimed
    status: str  # sent | unknown | missed | failed | blocked | skipped
    next_due: datetime | None
    sent_at: float | None = None
    message_id: int | None = None
    exercise_id: str | None = None
