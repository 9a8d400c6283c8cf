"""A diary entry and the entry being logged (the draft): values, defaults, changes.

Pure: no Telegram, no SQL, no clock (``now`` is passed in). Times are aware UTC datetimes; the
person's zone is only needed to turn "yesterday" or a typed "14:30" into an instant
(`bot.diary.parse`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal, get_args

__all__ = [
    "ACTIVITIES",
    "DURATIONS",
    "LEGS",
    "MAX_NOTE",
    "WHEN_CHOICES",
    "Activity",
    "Draft",
    "Duration",
    "Entry",
    "Leg",
    "Waiting",
    "new_draft",
]

Leg = Literal["left", "right", "both"]
Duration = Literal["short", "minutes", "hours", "ongoing"]
Activity = Literal["sitting", "crossed", "lying", "standing", "walking", "exercise", "other"]
Waiting = Literal["note", "time"]

LEGS: Final[tuple[Leg, ...]] = get_args(Leg)
DURATIONS: Final[tuple[Duration, ...]] = get_args(Duration)
ACTIVITIES: Final[tuple[Activity, ...]] = get_args(Activity)
#: "When" buttons: how long ago (a typed time is the other way).
WHEN_CHOICES: Final[dict[str, timedelta]] = {
    "now": timedelta(0),
    "1h": timedelta(hours=1),
    "3h": timedelta(hours=3),
    "yday": timedelta(days=1),
}
MAX_NOTE: Final = 200
MAX_SEVERITY: Final = 10
# A first entry (no earlier one to copy): the most common situation, mid-low severity.
DEFAULT_DURATION: Final[Duration] = "minutes"
DEFAULT_ACTIVITY: Final[Activity] = "sitting"
DEFAULT_SEVERITY: Final = 3


def as_leg(value: str) -> Leg | None:
    return next((x for x in LEGS if x == value), None)


def as_duration(value: str) -> Duration | None:
    return next((x for x in DURATIONS if x == value), None)


def as_activity(value: str) -> Activity | None:
    return next((x for x in ACTIVITIES if x == value), None)


def duration_of_minutes(minutes: float) -> Duration:
    if minutes < 1:
        return "short"
    if minutes < 60:
        return "minutes"
    return "hours"


@dataclass(frozen=True, slots=True)
class Entry:
    """One logged episode."""

    id: int
    at: datetime  # UTC
    leg: Leg
    duration: Duration
    activity: Activity
    severity: int
    note: str = ""
    minutes: int | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """The entry being logged (``entry_id`` None) or edited, with what the chat waits for."""

    at: datetime
    leg: Leg | None
    duration: Duration
    activity: Activity
    severity: int
    note: str = ""
    minutes: int | None = None
    flags: tuple[str, ...] = ()
    entry_id: int | None = None
    waiting: Waiting | None = None
    message_id: int | None = None
    prefilled: tuple[str, ...] = field(default=())  # fields filled from typed text

    # --- changes ---------------------------------------------------------------------------------

    def with_when(self, choice: str, now: datetime) -> Draft | None:
        ago = WHEN_CHOICES.get(choice)
        if ago is None:
            return None
        return replace(self, at=now - ago, waiting=None)

    def with_field(self, name: str, value: str) -> Draft | None:
        """The draft with one button choice applied; None for a value that is not one."""
        if name == "leg" and (leg := as_leg(value)) is not None:
            return replace(self, leg=leg, waiting=None)
        if name == "dur" and (dur := as_duration(value)) is not None:
            return replace(self, duration=dur, minutes=None, waiting=None)
        if name == "act" and (act := as_activity(value)) is not None:
            return replace(self, activity=act, waiting=None)
        if name == "sev" and value.isdigit() and 0 <= int(value) <= MAX_SEVERITY:
            return replace(self, severity=int(value), waiting=None)
        return None

    def with_note(self, text: str, flags: tuple[str, ...] = ()) -> Draft:
        note = " ".join(text.split())[:MAX_NOTE]
        return replace(self, note=note, flags=flags, waiting=None)

    def complete(self) -> bool:
        return self.leg is not None

    def entry(self) -> Entry:
        assert self.leg is not None
        return Entry(
            id=self.entry_id or 0,
            at=self.at,
            leg=self.leg,
            duration=self.duration,
            activity=self.activity,
            severity=self.severity,
            note=self.note,
            minutes=self.minutes,
            flags=self.flags,
        )

    # --- storage ---------------------------------------------------------------------------------

    def to_json(self) -> str:
        d = asdict(self)
        d["at"] = int(self.at.timestamp())
        return json.dumps(d, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> Draft | None:
        """The draft, or None for anything that does not read back (an old or broken row)."""
        try:
            d: dict[str, Any] = json.loads(raw)
            leg = d.get("leg")
            draft = cls(
                at=datetime.fromtimestamp(int(d["at"]), UTC),
                leg=None if leg is None else as_leg(str(leg)),
                duration=as_duration(str(d["duration"])) or DEFAULT_DURATION,
                activity=as_activity(str(d["activity"])) or DEFAULT_ACTIVITY,
                severity=min(MAX_SEVERITY, max(0, int(d["severity"]))),
                note=str(d.get("note") or "")[:MAX_NOTE],
                minutes=None if d.get("minutes") is None else int(d["minutes"]),
                flags=tuple(str(f) for f in d.get("flags") or ()),
                entry_id=None if d.get("entry_id") is None else int(d["entry_id"]),
                waiting=d.get("waiting") if d.get("waiting") in ("note", "time") else None,
                message_id=None if d.get("message_id") is None else int(d["message_id"]),
                prefilled=tuple(str(f) for f in d.get("prefilled") or ()),
            )
        except (ValueError, KeyError, TypeError, OverflowError, OSError):
            return None
        return draft


def new_draft(now: datetime, last: Entry | None) -> Draft:
    """A new entry at `now`: the last entry's leg, length, situation and severity (so two taps
    log a repeat), or the defaults with the leg still to choose."""
    if last is None:
        return Draft(now, None, DEFAULT_DURATION, DEFAULT_ACTIVITY, DEFAULT_SEVERITY)
    return Draft(now, last.leg, last.duration, last.activity, last.severity)


def edit_draft(entry: Entry) -> Draft:
    return Draft(
        at=entry.at,
        leg=entry.leg,
        duration=entry.duration,
        activity=entry.activity,
        severity=entry.severity,
        note=entry.note,
        minutes=entry.minutes,
        flags=entry.flags,
        entry_id=entry.id,
    )
