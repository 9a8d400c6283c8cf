"""What the reminder buttons do to a schedule: pause, resume, and the streak of done days.

Pure arithmetic on `ReminderSettings` (no I/O, `now` passed in); the handlers only translate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from bot.reminders.schedule import (
    PauseChoice,
    ReminderSettings,
    local_date,
    pause_until,
    streak,
    zone,
)

__all__ = ["STREAK_LOOKBACK", "paused", "resumed", "streak_at"]


def paused(
    s: ReminderSettings, now: datetime, choice: PauseChoice
) -> tuple[ReminderSettings, datetime]:
    """Settings paused at `now` for `choice` (a pause replaces any snooze), and until when."""
    until = pause_until(s, now, choice)
    return replace(s, paused_until=until, snoozed_until=None), until


def resumed(s: ReminderSettings) -> ReminderSettings:
    """Settings with pause and snooze lifted and reminders on."""
    return replace(s, paused_until=None, snoozed_until=None, enabled=True)


def streak_at(s: ReminderSettings, done_times: Iterable[datetime], now: datetime) -> int:
    """The streak of days with a "Done" (see `streak`), from the UTC times of each Done."""
    tz = zone(s.tz)
    return streak({t.astimezone(tz).date() for t in done_times}, local_date(s, now), s.weekdays)


STREAK_LOOKBACK = timedelta(days=400)
