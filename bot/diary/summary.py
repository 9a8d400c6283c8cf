"""The summary a person can take to a doctor: pure statistics over diary entries.

Episodes per week, typical duration, which leg, the situations, severity, the trend (better,
the same, worse), symptom-check outcomes with dates and reminder adherence, over the last 30 or
90 days; and the patterns the weekly check-in points out. No I/O: entries, outcomes and
reminder answers are passed in, with ``now`` and the person's zone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, Literal

from bot.diary.model import ACTIVITIES, DURATIONS, LEGS, Activity, Duration, Entry, Leg
from bot.diary.words import Nudge

__all__ = [
    "PERIODS",
    "Summary",
    "Trend",
    "WeekCount",
    "red_flags",
    "summarize",
    "trend_of",
]

PERIODS: Final = (30, 90)
Trend = Literal["better", "same", "worse", "unknown"]
# The trend compares the later half of the period with the earlier half: it needs this many
# episodes in all, and a change of at least this share and this many episodes to say
# "better" or "worse" (fewer is noise for a diary).
TREND_MIN_EPISODES: Final = 4
TREND_SHARE: Final = 0.25
TREND_MIN_CHANGE: Final = 2


@dataclass(frozen=True)
class WeekCount:
    start: date  # Monday (local)
    episodes: int


@dataclass(frozen=True)
class Summary:
    days: int
    start: date  # first local day of the period
    end: date  # today (local)
    episodes: int
    per_week: float
    weeks: tuple[WeekCount, ...]
    typical_duration: Duration | None
    median_minutes: int | None  # of the entries with a typed length
    legs: dict[Leg, int]
    situations: tuple[tuple[Activity, int], ...]  # most frequent first, zeros left out
    severity_median: float | None
    severity_max: int | None
    trend: Trend
    outcomes: tuple[tuple[date, str], ...]  # (date, level id), oldest first
    reminders_answered: int
    reminders_done: int
    flagged: int  # entries showing a pattern worth a symptom check

    @property
    def adherence(self) -> int | None:
        """Percent of answered reminders marked done, or None without any."""
        if self.reminders_answered == 0:
            return None
        return round(100 * self.reminders_done / self.reminders_answered)


def local_day(at: datetime, tz: tzinfo) -> date:
    return at.astimezone(tz).date()


def trend_of(earlier: int, later: int) -> Trend:
    """Episodes in the later half against the earlier half of a period."""
    if earlier + later < TREND_MIN_EPISODES:
        return "unknown"
    change = later - earlier
    if abs(change) < TREND_MIN_CHANGE or abs(change) < TREND_SHARE * max(earlier, 1):
        return "same"
    return "worse" if change > 0 else "better"


def flagged(e: Entry, n: Nudge) -> tuple[str, ...]:
    """The patterns `e` shows that are worth a symptom check (ids, in a fixed order)."""
    out: list[str] = []
    if n.both_legs and e.leg == "both":
        out.append("both_legs")
    if n.ongoing and e.duration == "ongoing":
        out.append("ongoing")
    if e.severity >= n.severity_at_least:
        out.append("severe")
    out.extend(f for f in e.flags if f in n.findings)
    return tuple(out)


def red_flags(entries: Iterable[Entry], n: Nudge, since: datetime) -> frozenset[str]:
    """Patterns shown by entries at or after `since`."""
    return frozenset(f for e in entries if e.at >= since for f in flagged(e, n))


def _commonest(counts: Counter[Duration]) -> Duration:
    """The most frequent duration; a tie goes to the shorter one."""
    best: Duration = DURATIONS[0]
    for d in DURATIONS:
        if counts[d] > counts[best]:
            best = d
    return best


def summarize(
    entries: Sequence[Entry],
    *,
    now: datetime,
    tz: tzinfo,
    days: int,
    nudge: Nudge,
    outcomes: Iterable[tuple[str, str]] = (),
    reminder_actions: Iterable[str] = (),
) -> Summary:
    """The summary of the `days` local days ending today.

    `entries` may hold more than the period (they are filtered); `outcomes` are (ISO date,
    level id) of symptom checks; `reminder_actions` the answers to reminders in the period
    (done, snooze, skip, pause).
    """
    end = local_day(now, tz)
    start = end - timedelta(days=days - 1)
    inside = sorted(
        (e for e in entries if start <= local_day(e.at, tz) <= end and e.at <= now),
        key=lambda e: e.at,
    )
    n = len(inside)
    first_monday = start - timedelta(days=start.weekday())
    week_counts: Counter[date] = Counter()
    for e in inside:
        d = local_day(e.at, tz)
        week_counts[d - timedelta(days=d.weekday())] += 1
    weeks = []
    monday = first_monday
    while monday <= end:
        weeks.append(WeekCount(monday, week_counts[monday]))
        monday += timedelta(days=7)

    durations = Counter(e.duration for e in inside)
    typical = _commonest(durations) if n else None
    minutes = [e.minutes for e in inside if e.minutes is not None]
    legs = Counter(e.leg for e in inside)
    acts = Counter(e.activity for e in inside)
    situations = tuple(
        (a, acts[a]) for a in sorted(ACTIVITIES, key=lambda a: (-acts[a], ACTIVITIES.index(a)))
    )
    severities = [e.severity for e in inside]

    middle = start + timedelta(days=days // 2)
    earlier = sum(1 for e in inside if local_day(e.at, tz) < middle)
    later = n - earlier
    # the later half may be a day shorter (odd periods): compare rates, not raw counts
    later_days, earlier_days = (end - middle).days + 1, (middle - start).days
    later_scaled = round(later * earlier_days / later_days) if later_days else later

    checks = []
    for raw_date, level in outcomes:
        try:
            d = date.fromisoformat(raw_date)
        except ValueError:
            continue
        if start <= d <= end:
            checks.append((d, level))
    actions = Counter(reminder_actions)
    answered = sum(actions[a] for a in ("done", "snooze", "skip"))
    # imported here: `statistics` brings `fractions` and `decimal`, 40 ms of the bot's start-up
    import statistics

    return Summary(
        days=days,
        start=start,
        end=end,
        episodes=n,
        per_week=round(n * 7 / days, 1),
        weeks=tuple(weeks),
        typical_duration=typical,
        median_minutes=round(statistics.median(minutes)) if minutes else None,
        legs={leg: legs[leg] for leg in LEGS},
        situations=tuple((a, c) for a, c in situations if c),
        severity_median=statistics.median(severities) if severities else None,
        severity_max=max(severities) if severities else None,
        trend=trend_of(earlier, later_scaled),
        outcomes=tuple(sorted(checks)),
        reminders_answered=answered,
        reminders_done=actions["done"],
        flagged=sum(1 for e in inside if flagged(e, nudge)),
    )
