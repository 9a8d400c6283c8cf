"""Pure reminder time logic. No I/O, no clock: every function takes `now`/`after` (aware UTC).

Model
-----
* Active hours are *wall-clock* times in the person's zone: each allowed local date D has a window
  [S_D, E_D) in UTC, where S_D is `start` on D and E_D is `end` on D (or on D+1 when end <= start,
  a window crossing midnight; end == start means 24 hours). The window belongs to the weekday of D.
* Wall times are resolved to instants with `resolve()`: an ambiguous time (the repeated hour when
  clocks go back) means its first occurrence; a time that does not exist (the skipped hour when
  clocks go forward) means the first instant after the gap. `resolve` is monotonic in wall time,
  so windows never overlap and every reminder is >= one interval after the previous one.
* Reminders inside a window are every `interval` of *elapsed* time from the window start:
  S_D + k*interval for k >= 1, strictly before E_D. A DST change inside a window therefore neither
  doubles a reminder (repeated hour) nor loses one (skipped hour): they stay `interval` apart.
* Pause: nothing is due before `paused_until` (FOREVER = indefinitely). Snooze: one reminder at
  `snoozed_until` (if it falls inside active hours), replacing the grid slots before it.
* The dispatcher sends a due reminder only if it is still deliverable (`decide`): not paused and
  inside active hours (or at most `GRACE` late). Whatever happens, the schedule moves to the next
  slot after now, so a schedule sends at most one catch-up after downtime.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "FOREVER",
    "GRACE",
    "INTERVAL_CHOICES",
    "MAX_INTERVAL",
    "MIN_INTERVAL",
    "SNOOZE",
    "Decision",
    "PauseChoice",
    "ReminderSettings",
    "advance",
    "decide",
    "fixed_offset_name",
    "in_active_hours",
    "is_paused",
    "local_date",
    "next_due",
    "next_slot",
    "pause_until",
    "reschedule",
    "resolve",
    "snooze",
    "streak",
    "week_start",
    "window",
    "zone",
]

MIN_INTERVAL = 10
MAX_INTERVAL = 240
INTERVAL_CHOICES = (20, 30, 45, 60, 90)
SNOOZE = timedelta(minutes=10)
#: A reminder this late may still be sent even if active hours have just ended.
GRACE = timedelta(minutes=2)
#: paused_until value meaning "paused indefinitely".
FOREVER = datetime(9999, 12, 31, tzinfo=UTC)

PauseChoice = Literal["30m", "1h", "2h", "today", "forever"]
_PAUSE_DELTAS: dict[str, timedelta] = {
    "30m": timedelta(minutes=30),
    "1h": timedelta(hours=1),
    "2h": timedelta(hours=2),
}

_FIXED_RE = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
_DAY = timedelta(days=1)


def _check_utc(dt: datetime, what: str) -> None:
    if dt.tzinfo is None or dt.utcoffset() != timedelta(0):
        raise ValueError(f"{what} must be an aware UTC datetime, got {dt!r}")


@functools.lru_cache(maxsize=1024)
def zone(tz: str) -> tzinfo:
    """The tzinfo for an IANA name ("Europe/Berlin") or a canonical fixed offset ("UTC+05:30")."""
    m = _FIXED_RE.match(tz)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3))
        if minutes > 14 * 60 or int(m.group(3)) >= 60:
            raise ValueError(f"offset out of range: {tz}")
        sign = -1 if m.group(1) == "-" else 1
        return timezone(timedelta(minutes=sign * minutes))
    if "/" not in tz and tz != "UTC":
        # Only region names: "CET", "EST5EDT", "GB" exist in tzdata but are legacy aliases.
        raise ValueError(f"not a time zone: {tz!r}")
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ValueError(f"not a time zone: {tz!r}") from e


def fixed_offset_name(minutes: int) -> str:
    """Canonical tz string for a fixed UTC offset in minutes: 0 -> "UTC", 330 -> "UTC+05:30"."""
    if abs(minutes) > 14 * 60:
        raise ValueError("offset out of range")
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """One person's reminder schedule. Times in UTC are aware datetimes."""

    interval_min: int = 45
    start: time = time(9, 0)
    end: time = time(18, 0)
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))  # 0 = Monday
    tz: str = "UTC"
    paused_until: datetime | None = None
    snoozed_until: datetime | None = None
    enabled: bool = True

    def __post_init__(self) -> None:
        if not MIN_INTERVAL <= self.interval_min <= MAX_INTERVAL:
            raise ValueError(f"interval must be {MIN_INTERVAL}..{MAX_INTERVAL} minutes")
        if not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays must be 0 (Monday) .. 6 (Sunday)")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("start/end are naive local wall-clock times")
        if self.window_minutes <= self.interval_min:
            raise ValueError("active hours must be longer than the interval")
        zone(self.tz)  # raises ValueError for an unknown zone
        for name in ("paused_until", "snoozed_until"):
            v = getattr(self, name)
            if v is not None:
                _check_utc(v, name)

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_min)

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def window_minutes(self) -> int:
        """Nominal (wall-clock) length of the active window; 24 h when start == end."""
        s = self.start.hour * 60 + self.start.minute
        e = self.end.hour * 60 + self.end.minute
        return (e - s) % 1440 or 1440


# --- wall clock <-> UTC ---------------------------------------------------------------------------


def resolve(d: date, t: time, tz: tzinfo) -> datetime:
    """The UTC instant of wall time `t` on local date `d`.

    Ambiguous (repeated hour) -> first occurrence. Nonexistent (skipped hour) -> the transition
    instant, i.e. the first instant after the gap. Monotonic non-decreasing in wall time.
    """
    local = datetime.combine(d, t, tzinfo=tz)
    u0 = local.astimezone(UTC)
    if u0.astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None):
        return u0
    # Nonexistent: fold=0 used the offset before the gap (a later instant), fold=1 the offset
    # after it (an earlier one). The transition lies in (u1, u0]; find it to the second.
    u1 = local.replace(fold=1).astimezone(UTC)
    lo, hi = min(u0, u1), max(u0, u1)
    after_off = hi.astimezone(tz).utcoffset()
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            break
        if mid.astimezone(tz).utcoffset() == after_off:
            hi = mid
        else:
            lo = mid
    return hi


def local_date(s: ReminderSettings, at: datetime) -> date:
    return at.astimezone(zone(s.tz)).date()


def window(s: ReminderSettings, d: date) -> tuple[datetime, datetime]:
    """The active window [start, end) in UTC that begins on local date `d` (weekday ignored)."""
    tz = zone(s.tz)
    start = resolve(d, s.start, tz)
    end = resolve(d + _DAY if s.crosses_midnight else d, s.end, tz)
    return start, end


def _windows_from(
    s: ReminderSettings, at: datetime, days: int
) -> Iterable[tuple[datetime, datetime]]:
    """Windows on allowed weekdays, in order, starting with the one that may contain `at`."""
    d = local_date(s, at) - _DAY
    for i in range(days):
        day = d + timedelta(days=i)
        if day.weekday() in s.weekdays:
            yield window(s, day)


def in_active_hours(s: ReminderSettings, at: datetime) -> bool:
    _check_utc(at, "at")
    return any(start <= at < end for start, end in _windows_from(s, at, 2))


def is_paused(s: ReminderSettings, at: datetime) -> bool:
    return s.paused_until is not None and at < s.paused_until


# --- next due -------------------------------------------------------------------------------------


def next_slot(s: ReminderSettings, after: datetime) -> datetime | None:
    """The first grid slot strictly after `after` (ignores enabled/pause/snooze)."""
    _check_utc(after, "after")
    if not s.weekdays:
        return None
    iv = s.interval
    # 16 days: even if a DST change empties one day's window, the same weekday a week later is
    # still found.
    for start, end in _windows_from(s, after, 16):
        if end <= after:
            continue
        k = 1 if after < start else (after - start) // iv + 1
        slot = start + k * iv
        if slot < end:
            return slot
    return None


def next_due(s: ReminderSettings, after: datetime) -> datetime | None:
    """When the next reminder is due: strictly after `after`, honouring pause and snooze.

    None: reminders are off, paused indefinitely, or no day is selected.
    """
    _check_utc(after, "after")
    if not s.enabled or not s.weekdays:
        return None
    if s.paused_until is not None:
        if s.paused_until >= FOREVER:
            return None
        after = max(after, s.paused_until)
    snz = s.snoozed_until
    if snz is not None and snz > after:
        if in_active_hours(s, snz):
            return snz
        after = snz
    return next_slot(s, after)


def _min_gap(s: ReminderSettings) -> timedelta:
    return s.interval / 2


def advance(s: ReminderSettings, due: datetime, now: datetime) -> datetime | None:
    """The next due time after the reminder due at `due` was handled (sent or not) at `now`.

    Never earlier than half an interval after `now`, so a late delivery is not followed at once by
    the next one; any slots missed while the bot was down are skipped (at most one catch-up).
    The snooze, if any, has been consumed: pass settings with snoozed_until cleared.
    """
    return next_due(s, max(due, now + _min_gap(s) - timedelta(seconds=1)))


def reschedule(s: ReminderSettings, now: datetime, last_sent: datetime | None) -> datetime | None:
    """Next due time after a settings change (interval, hours, days, time zone, pause, resume).

    Recomputed from `now`; a reminder sent less than half an interval ago delays the next one.
    """
    after = now
    if last_sent is not None:
        after = max(after, last_sent + _min_gap(s) - timedelta(seconds=1))
    return next_due(s, after)


def snooze(s: ReminderSettings, now: datetime) -> ReminderSettings:
    """Settings with a snooze of SNOOZE from `now` (rounded up to the second)."""
    until = now + SNOOZE
    if until.microsecond:
        until = until.replace(microsecond=0) + timedelta(seconds=1)
    return replace(s, snoozed_until=until)


@dataclass(frozen=True, slots=True)
class Decision:
    send: bool
    lateness: timedelta
    #: due more than one interval ago (the bot was down or overloaded): this is the catch-up.
    catch_up: bool
    next_due: datetime | None


def decide(s: ReminderSettings, due: datetime, now: datetime) -> Decision:
    """What to do with a reminder due at `due` that the dispatcher holds at `now`.

    Send it if reminders are on, not paused, and now is inside active hours (or at most GRACE
    late). Either way the schedule advances past `now` (snooze consumed).
    """
    _check_utc(due, "due")
    _check_utc(now, "now")
    late = max(now - due, timedelta(0))
    send = (
        s.enabled
        and not is_paused(s, now)
        and (late <= GRACE or in_active_hours(s, now))
        and (s.paused_until is None or due >= s.paused_until)
    )
    nxt = advance(replace(s, snoozed_until=None), due, now)
    return Decision(send=send, lateness=late, catch_up=late > s.interval, next_due=nxt)


def pause_until(s: ReminderSettings, now: datetime, choice: PauseChoice) -> datetime:
    """End of a pause chosen at `now`: 30m / 1h / 2h, "today", or FOREVER.

    "today": until the end of the active window we are in, else the end of a window that starts
    later on today's local date, else the next local midnight.
    """
    _check_utc(now, "now")
    if choice == "forever":
        return FOREVER
    if choice in _PAUSE_DELTAS:
        return now + _PAUSE_DELTAS[choice]
    if choice != "today":
        raise ValueError(f"unknown pause choice {choice!r}")
    tz = zone(s.tz)
    today = local_date(s, now)
    for d in (today - _DAY, today):
        start, end = window(s, d)
        if start <= now < end:
            return end
    start, end = window(s, today)
    if start > now:
        return end
    return resolve(today + _DAY, time(0), tz)


# --- stats ----------------------------------------------------------------------------------------


def week_start(s: ReminderSettings, now: datetime) -> datetime:
    """Monday 00:00 local time of the current week, in UTC."""
    d = local_date(s, now)
    return resolve(d - timedelta(days=d.weekday()), time(0), zone(s.tz))


def streak(done_days: Iterable[date], today: date, weekdays: frozenset[int]) -> int:
    """Consecutive days with at least one "Done", ending today (or yesterday, if today has none
    yet). A day that is not a reminder day (e.g. the weekend) does not break the streak; it only
    counts if it has a "Done" itself."""
    done = set(done_days)
    days = weekdays or frozenset(range(7))
    d = today
    if d not in done:
        d -= _DAY
    n = 0
    for _ in range(366 * 10):
        if d.weekday() not in days:
            if d in done:
                n += 1
            d -= _DAY
            continue
        if d not in done:
            break
        n += 1
        d -= _DAY
    return n
