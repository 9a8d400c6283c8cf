"""The reminder set-up as data: a typed draft and the pure steps that change it.

Set-up asks interval -> active hours -> days -> time zone, then saves; editing one field from
/settings runs that step alone. The handlers (`bot.handlers.remind.setup`) only translate
buttons and typed text into these functions and show the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import time
from typing import Final, Literal

from bot.reminders.schedule import MAX_INTERVAL, MIN_INTERVAL, ReminderSettings

__all__ = [
    "DEFAULTS",
    "ORDER",
    "Draft",
    "Step",
    "as_step",
    "default_hours",
    "edit_of",
    "new_setup",
    "parse_hours",
    "parse_interval",
    "pick_days",
    "with_interval",
]

Step = Literal["iv", "hr", "day", "tz"]
ORDER: Final[tuple[Step, ...]] = ("iv", "hr", "day", "tz")
DEFAULTS: Final = ReminderSettings()  # the one place the default hours, days and interval live
_HOURS_RE = re.compile(
    r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*[-–—to ]+\s*(\d{1,2})(?:[:.h](\d{2}))?\s*$"
)


@dataclass(frozen=True)
class Draft:
    """A set-up in progress: which step, whether typed text is awaited, the settings so far."""

    mode: Literal["setup", "edit"]
    step: Step
    settings: ReminderSettings
    awaiting: Literal["iv", "hr"] | None = None

    def at(self, step: Step, awaiting: Literal["iv", "hr"] | None = None) -> Draft:
        return replace(self, step=step, awaiting=awaiting)

    def with_settings(self, settings: ReminderSettings) -> Draft:
        return replace(self, settings=settings)

    def to_json(self) -> dict[str, object]:
        s = self.settings
        return {
            "v": 1,
            "mode": self.mode,
            "step": self.step,
            "awaiting": self.awaiting,
            "interval_min": s.interval_min,
            "start": s.start.strftime("%H:%M"),
            "end": s.end.strftime("%H:%M"),
            "weekdays": sorted(s.weekdays),
            "tz": s.tz,
        }

    @classmethod
    def from_json(cls, data: object) -> Draft | None:
        """The draft stored by `to_json`, or None when it does not read back (start again)."""
        if not isinstance(data, dict) or data.get("v") != 1:
            return None
        try:
            mode, step, awaiting = data["mode"], as_step(str(data["step"])), data["awaiting"]
            if mode not in ("setup", "edit") or step is None or awaiting not in (None, "iv", "hr"):
                return None
            settings = ReminderSettings(
                interval_min=int(data["interval_min"]),
                start=time.fromisoformat(str(data["start"])),
                end=time.fromisoformat(str(data["end"])),
                weekdays=frozenset(int(d) for d in data["weekdays"]),
                tz=str(data["tz"]),
            )
        except (KeyError, TypeError, ValueError):
            return None
        return cls(mode, step, settings, awaiting)

    def next(self) -> Draft | None:
        """After the current step: the next set-up step, or None when it is time to save."""
        if self.mode == "setup" and self.step != "tz":
            return replace(self, step=ORDER[ORDER.index(self.step) + 1], awaiting=None)
        return None


def as_step(code: str) -> Step | None:
    """A step code from callback data, or None."""
    for step in ORDER:
        if code == step:
            return step
    return None


def new_setup(tz: str) -> Draft:
    return Draft("setup", "iv", ReminderSettings(tz=tz))


def edit_of(step: Step, settings: ReminderSettings) -> Draft:
    """A draft that changes one field of an existing schedule."""
    return Draft("edit", step, settings)


def parse_interval(text: str) -> int | None:
    """Minutes typed by the person, if they are a whole number in the allowed range."""
    t = text.strip()
    return int(t) if t.isdigit() and MIN_INTERVAL <= int(t) <= MAX_INTERVAL else None


def parse_hours(text: str) -> tuple[time, time] | None:
    """ "9-17", "8:30 to 18", "22.00-6" -> (start, end); None when it is not two clock times."""
    m = _HOURS_RE.match(text)
    if not m:
        return None
    h1, m1, h2, m2 = int(m.group(1)), int(m.group(2) or 0), int(m.group(3)), int(m.group(4) or 0)
    if h1 == 24 and m1 == 0:
        h1 = 0
    if h2 == 24 and m2 == 0:
        h2 = 0
    if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
        return None
    return time(h1, m1), time(h2, m2)


def default_hours(s: ReminderSettings) -> ReminderSettings:
    return replace(s, start=DEFAULTS.start, end=DEFAULTS.end)


def with_interval(s: ReminderSettings, minutes: int) -> ReminderSettings:
    try:
        return replace(s, interval_min=minutes)
    except ValueError:
        # Active hours too short for this interval: widen to the default working day.
        return replace(default_hours(s), interval_min=minutes)


def pick_days(days: frozenset[int], choice: str) -> frozenset[int]:
    """A tap on the days keyboard: "wk" weekdays, "all" every day, "0".."6" toggles one."""
    if choice == "wk":
        return frozenset(range(5))
    if choice == "all":
        return frozenset(range(7))
    if choice.isdigit() and int(choice) < 7:
        return days ^ {int(choice)}
    return days
