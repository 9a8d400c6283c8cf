"""The optional weekly check-in: when it is due, and what it points out.

Off by default. Once a week, on the weekday it was switched on, at a time inside the person's
active hours in their own zone (the reminders' hours and zone when they have reminders; the
wall time is turned into an instant by `bot.reminders.schedule.resolve`, so a clock change
moves the instant, not the local time). It asks "Any pins and needles this week?" and suggests
the symptom check when the diary shows a worsening trend or a new pattern worth checking.
Pure: ``now`` is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Final

from bot.diary.model import Entry
from bot.diary.summary import red_flags, trend_of
from bot.diary.words import Nudge
from bot.reminders.schedule import ReminderSettings, resolve

__all__ = ["DEFAULT_HOURS", "Nudges", "checkin_time", "next_checkin", "nudges"]

#: Active hours for a person without reminders.
DEFAULT_HOURS: Final = (time(10, 0), time(20, 0))
#: How far into the active hours the check-in comes (people rarely answer on waking).
INTO_WINDOW: Final = timedelta(hours=2)
#: The trend compares the last four weeks with the four before.
TREND_WEEKS: Final = 4
#: A pattern is new when the eight weeks before the last one did not show it.
NEW_AFTER_WEEKS: Final = 8


def checkin_time(settings: ReminderSettings | None) -> time:
    """A local wall time inside the active hours: two hours after they start, or halfway
    through a shorter window."""
    start, end = (settings.start, settings.end) if settings is not None else DEFAULT_HOURS
    s = start.hour * 60 + start.minute
    length = (end.hour * 60 + end.minute - s) % (24 * 60) or 24 * 60
    offset = min(int(INTO_WINDOW.total_seconds() // 60), length // 2)
    m = (s + offset) % (24 * 60)
    return time(m // 60, m % 60)


def next_checkin(now: datetime, tz: tzinfo, weekday: int, at: time) -> datetime:
    """The first instant after `now` that is `at` local time on a `weekday` (0 = Monday)."""
    day = now.astimezone(tz).date()
    day += timedelta(days=(weekday - day.weekday()) % 7)
    for _ in range(3):
        due = resolve(day, at, tz)
        if due > now:
            return due
        day += timedelta(days=7)
    raise AssertionError("no check-in time found")  # pragma: no cover - resolve is monotonic


@dataclass(frozen=True)
class Nudges:
    worse: bool
    new_patterns: frozenset[str]

    @property
    def suggest_check(self) -> bool:
        return self.worse or bool(self.new_patterns)


def nudges(entries: Sequence[Entry], now: datetime, nudge: Nudge) -> Nudges:
    """A worsening trend (last four weeks against the four before), and patterns worth a
    symptom check that the last week shows and the eight weeks before it did not."""
    span = timedelta(weeks=TREND_WEEKS)
    later = sum(1 for e in entries if now - span <= e.at <= now)
    earlier = sum(1 for e in entries if now - 2 * span <= e.at < now - span)
    week = now - timedelta(weeks=1)
    recent = red_flags((e for e in entries if e.at <= now), nudge, week)
    before = red_flags(
        (e for e in entries if e.at < week), nudge, week - timedelta(weeks=NEW_AFTER_WEEKS)
    )
    return Nudges(trend_of(earlier, later) == "worse", recent - before)
