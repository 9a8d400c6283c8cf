"""Pure scheduling logic: active hours, weekdays, DST, pause/snooze, catch-up, tz change."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.reminders.schedule import (
    FOREVER,
    GRACE,
    ReminderSettings,
    decide,
    fixed_offset_name,
    in_active_hours,
    next_due,
    next_slot,
    pause_until,
    reschedule,
    resolve,
    snooze,
    streak,
    week_start,
    window,
    zone,
)

ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "Europe/Berlin",
    "Australia/Lord_Howe",  # 30-minute DST shift
    "UTC",
    "UTC+05:30",
    "UTC-03:00",
    "UTC+12:45",
]
ALL_DAYS = frozenset(range(7))


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=UTC)  # type: ignore[misc]


def run(s: ReminderSettings, after: datetime, n: int) -> list[datetime]:
    out: list[datetime] = []
    t = after
    for _ in range(n):
        nxt = next_due(s, t)
        if nxt is None:
            break
        out.append(nxt)
        t = nxt
    return out


def local(s: ReminderSettings, t: datetime) -> datetime:
    return t.astimezone(zone(s.tz))


# --- basics ---------------------------------------------------------------------------------------


def test_defaults_weekday_working_hours_every_45_minutes() -> None:
    s = ReminderSettings(tz="Europe/Berlin")
    # Monday 2024-06-03 08:00 Berlin (06:00 UTC)
    slots = run(s, utc(2024, 6, 3, 6, 0), 12)
    wall = [local(s, t).strftime("%a %H:%M") for t in slots]
    assert wall[:4] == ["Mon 09:45", "Mon 10:30", "Mon 11:15", "Mon 12:00"]
    assert "Mon 17:15" in wall
    assert wall[11] == "Tue 09:45"  # nothing at/after 18:00, nothing at night


def test_weekend_skipped() -> None:
    s = ReminderSettings(interval_min=60, tz="UTC")
    # Friday 2024-06-07 17:30 UTC -> next Monday 10:00
    assert next_due(s, utc(2024, 6, 7, 17, 30)) == utc(2024, 6, 10, 10, 0)


def test_no_weekdays_or_off_means_never() -> None:
    assert next_due(ReminderSettings(weekdays=frozenset()), utc(2024, 1, 1)) is None
    assert next_due(ReminderSettings(enabled=False), utc(2024, 1, 1)) is None


def test_strictly_after() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC", weekdays=ALL_DAYS)
    assert next_due(s, utc(2024, 1, 1, 9, 30)) == utc(2024, 1, 1, 10, 0)
    assert next_due(s, utc(2024, 1, 1, 9, 29, 59)) == utc(2024, 1, 1, 9, 30)


def test_window_crossing_midnight_belongs_to_start_day() -> None:
    # Night shift Monday 22:00 -> Tuesday 06:00, only Mondays selected.
    s = ReminderSettings(interval_min=120, start=time(22), end=time(6), weekdays=frozenset({0}))
    slots = run(s, utc(2024, 6, 3, 12), 4)
    assert slots == [
        utc(2024, 6, 4, 0),
        utc(2024, 6, 4, 2),
        utc(2024, 6, 4, 4),
        utc(2024, 6, 11, 0),
    ]


def test_full_day_window() -> None:
    s = ReminderSettings(interval_min=240, start=time(8), end=time(8), weekdays=ALL_DAYS)
    assert run(s, utc(2024, 6, 3, 8), 7) == [
        utc(2024, 6, 3, 12),
        utc(2024, 6, 3, 16),
        utc(2024, 6, 3, 20),
        utc(2024, 6, 4, 0),
        utc(2024, 6, 4, 4),
        utc(2024, 6, 4, 12),  # 08:00 is the next window's start, not a slot
        utc(2024, 6, 4, 16),
    ]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"interval_min": 9},
        {"interval_min": 241},
        {"weekdays": frozenset({7})},
        {"tz": "Mars/Olympus"},
        {"tz": "CET"},
        {"tz": "UTC+15:00"},
        {"start": time(9), "end": time(9, 30), "interval_min": 45},
        {"start": time(9), "end": time(9, 30), "interval_min": 30},
        {"paused_until": datetime(2024, 1, 1)},
    ],
)
def test_invalid_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ReminderSettings(**kwargs)  # type: ignore[arg-type]


def test_naive_after_rejected() -> None:
    with pytest.raises(ValueError):
        next_due(ReminderSettings(), datetime(2024, 1, 1))


def test_fixed_offset_names() -> None:
    assert fixed_offset_name(0) == "UTC"
    assert fixed_offset_name(330) == "UTC+05:30"
    assert fixed_offset_name(-210) == "UTC-03:30"
    assert zone("UTC+05:30").utcoffset(None) == timedelta(hours=5, minutes=30)


# --- DST ------------------------------------------------------------------------------------------

# (zone, spring-forward local date, fall-back local date)
DST_CASES = [
    ("Europe/London", date(2024, 3, 31), date(2024, 10, 27)),
    ("America/New_York", date(2024, 3, 10), date(2024, 11, 3)),
    ("Australia/Sydney", date(2024, 10, 6), date(2024, 4, 7)),  # southern hemisphere
    ("Pacific/Chatham", date(2024, 9, 29), date(2024, 4, 7)),  # +12:45 / +13:45, at 02:45
    ("Australia/Lord_Howe", date(2024, 10, 6), date(2024, 4, 7)),  # 30-minute shift
]


@pytest.mark.parametrize(("tz", "spring", "fall"), DST_CASES)
@pytest.mark.parametrize("interval", [20, 30, 45, 60])
def test_dst_night_window_no_doubles_no_losses(
    tz: str, spring: date, fall: date, interval: int
) -> None:
    s = ReminderSettings(
        interval_min=interval, start=time(0), end=time(6), weekdays=ALL_DAYS, tz=tz
    )
    for d in (spring, fall):
        start, end = window(s, d)
        real = end - start  # 5 h / 5.5 h on the spring day, 7 h / 6.5 h on the fall day
        assert real != timedelta(hours=6)
        slots = [t for t in run(s, start - timedelta(seconds=1), 40) if t < end]
        # Every `interval` of elapsed time, from the start: nothing doubled, nothing lost.
        expected_n = (real - timedelta(seconds=1)) // timedelta(minutes=interval)
        assert len(slots) == expected_n
        assert len(set(slots)) == len(slots)
        assert all(b - a == timedelta(minutes=interval) for a, b in itertools.pairwise(slots))


@pytest.mark.parametrize(("tz", "spring", "fall"), DST_CASES)
def test_dst_day_window_keeps_wall_clock_hours(tz: str, spring: date, fall: date) -> None:
    s = ReminderSettings(interval_min=60, weekdays=ALL_DAYS, tz=tz)
    for d in (spring, fall, spring + timedelta(days=1), fall + timedelta(days=1)):
        start, _ = window(s, d)
        slots = run(s, start, 8)
        assert [local(s, t).strftime("%H:%M") for t in slots] == [
            f"{h:02d}:00" for h in range(10, 18)
        ]


def test_resolve_gap_and_fold() -> None:
    z = ZoneInfo("Europe/London")
    # 01:30 does not exist on 2024-03-31: the first instant after the gap (02:00 BST = 01:00Z).
    assert resolve(date(2024, 3, 31), time(1, 30), z) == utc(2024, 3, 31, 1, 0)
    # 01:30 happens twice on 2024-10-27: the first one (BST).
    assert resolve(date(2024, 10, 27), time(1, 30), z) == utc(2024, 10, 27, 0, 30)
    zc = ZoneInfo("Pacific/Chatham")
    # Chatham springs forward 02:45 -> 03:45 on 2024-09-29.
    gap = resolve(date(2024, 9, 29), time(3, 0), zc)
    assert gap.astimezone(zc).strftime("%H:%M") == "03:45"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    tz=st.sampled_from(ZONES),
    d=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    minute=st.integers(0, 1439),
    a=st.integers(0, 1439),
    b=st.integers(0, 1439),
)
def test_resolve_monotonic(tz: str, d: date, minute: int, a: int, b: int) -> None:
    z = zone(tz)
    lo, hi = sorted((a, b))
    ta, tb = time(lo // 60, lo % 60), time(hi // 60, hi % 60)
    assert resolve(d, ta, z) <= resolve(d, tb, z)
    u = resolve(d, time(minute // 60, minute % 60), z)
    # Round trip holds except inside a gap (then the result is right after the gap).
    wall = u.astimezone(z)
    if wall.time() != time(minute // 60, minute % 60):
        assert wall.time() > time(minute // 60, minute % 60)


times = st.builds(lambda m: time(m // 60, m % 60), st.integers(0, 1439))


@st.composite
def reminder_settings(draw: st.DrawFn) -> ReminderSettings:
    tz = draw(st.sampled_from(ZONES))
    start = draw(times)
    end = draw(times)
    wm = ((end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)) % 1440 or 1440
    assume(wm > 10)
    interval = draw(st.integers(10, min(240, wm - 1)))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return ReminderSettings(interval_min=interval, start=start, end=end, weekdays=days, tz=tz)


instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)


def _stable_offset(s: ReminderSettings, t: datetime) -> bool:
    """No UTC offset change within a day and a half either side of t."""
    z = zone(s.tz)
    offs = {(t + timedelta(hours=h)).astimezone(z).utcoffset() for h in range(-36, 37, 3)}
    return len(offs) == 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(s=reminder_settings(), after=instants)
def test_property_sequence(s: ReminderSettings, after: datetime) -> None:
    slots = run(s, after, 25)
    assert slots, "a valid schedule with a weekday always has a next reminder"
    prev = after
    for t in slots:
        assert t > prev
        if prev is not after:
            # Never doubled: consecutive reminders are at least one interval apart.
            assert t - prev >= s.interval
        assert in_active_hours(s, t)
        prev = t
        if _stable_offset(s, t):
            # Wall-clock check, independent of the implementation's windows.
            lt = local(s, t)
            w = lt.time()
            if s.crosses_midnight:
                in_evening = w > s.start
                assert in_evening or w < s.end
                start_day = lt.date() if in_evening else lt.date() - timedelta(days=1)
            else:
                assert s.start < w < s.end
                start_day = lt.date()
            assert start_day.weekday() in s.weekdays
            minutes_from_start = (
                (w.hour * 60 + w.minute) - (s.start.hour * 60 + s.start.minute)
            ) % 1440
            assert minutes_from_start % s.interval_min == 0
            assert lt.second == 0


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(s=reminder_settings(), after=instants)
def test_property_no_slot_lost(s: ReminderSettings, after: datetime) -> None:
    """Every grid slot of a day with a stable offset is produced (brute-force oracle)."""
    assume(_stable_offset(s, after))
    d = local(s, after).date()
    assume(d.weekday() in s.weekdays)
    start, end = window(s, d)
    assume(_stable_offset(s, end))
    expected = []
    t = start + s.interval
    while t < end:
        expected.append(t)
        t += s.interval
    got = [x for x in run(s, start - timedelta(seconds=1), len(expected) + 1) if x < end]
    assert got == expected


# --- pause, snooze --------------------------------------------------------------------------------


def test_pause_delays_and_forever_stops() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC", weekdays=ALL_DAYS)
    now = utc(2024, 6, 3, 10, 5)
    p = s.__class__(**{**_asdict(s), "paused_until": pause_until(s, now, "1h")})
    assert next_due(p, now) == utc(2024, 6, 3, 11, 30)
    assert pause_until(s, now, "30m") == now + timedelta(minutes=30)
    assert pause_until(s, now, "2h") == now + timedelta(hours=2)
    assert pause_until(s, now, "forever") == FOREVER
    forever = ReminderSettings(interval_min=30, paused_until=FOREVER)
    assert next_due(forever, now) is None


def _asdict(s: ReminderSettings) -> dict[str, object]:
    return {f: getattr(s, f) for f in s.__dataclass_fields__}


def test_pause_today_variants() -> None:
    s = ReminderSettings(tz="Europe/Berlin", weekdays=ALL_DAYS)
    # In the window (Mon 12:00 Berlin): until 18:00 Berlin.
    assert pause_until(s, utc(2024, 6, 3, 10), "today") == utc(2024, 6, 3, 16)
    # Before the window (07:00 Berlin): still today's window end.
    assert pause_until(s, utc(2024, 6, 3, 5), "today") == utc(2024, 6, 3, 16)
    # After it (20:00 Berlin): next local midnight.
    assert pause_until(s, utc(2024, 6, 3, 18), "today") == utc(2024, 6, 3, 22)
    night = ReminderSettings(start=time(22), end=time(6), weekdays=ALL_DAYS, tz="UTC")
    # 02:00 inside the window that began yesterday: until 06:00, not tomorrow morning.
    assert pause_until(night, utc(2024, 6, 4, 2), "today") == utc(2024, 6, 4, 6)
    with pytest.raises(ValueError):
        pause_until(s, utc(2024, 6, 3), "week")  # type: ignore[arg-type]


def test_snooze_replaces_grid_slots_before_it() -> None:
    s = ReminderSettings(interval_min=20, tz="UTC", weekdays=ALL_DAYS)
    pressed = utc(2024, 6, 3, 10, 15, 30, 500)
    sn = snooze(s, pressed)
    assert sn.snoozed_until == utc(2024, 6, 3, 10, 25, 31)
    # The 10:20 slot is swallowed by the snooze; then the grid resumes.
    assert next_due(sn, pressed) == utc(2024, 6, 3, 10, 25, 31)
    d = decide(sn, utc(2024, 6, 3, 10, 25, 31), utc(2024, 6, 3, 10, 25, 31))
    assert d.send
    assert d.next_due == utc(2024, 6, 3, 10, 40)


def test_snooze_outside_active_hours_goes_to_next_slot() -> None:
    s = ReminderSettings(interval_min=60, tz="UTC")  # Mon-Fri 9-18
    sn = snooze(s, utc(2024, 6, 3, 17, 55))
    assert next_due(sn, utc(2024, 6, 3, 17, 55)) == utc(2024, 6, 4, 10)


# --- delivery decisions, catch-up, tz change ------------------------------------------------------


def test_on_time_send_and_advance() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC")
    due = utc(2024, 6, 3, 9, 30)
    d = decide(s, due, due + timedelta(seconds=1))
    assert d.send and not d.catch_up
    assert d.next_due == utc(2024, 6, 3, 10, 0)


def test_late_delivery_does_not_bunch_up() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC")
    due = utc(2024, 6, 3, 9, 30)
    d = decide(s, due, utc(2024, 6, 3, 9, 50))
    assert d.send
    # 10:00 would be only 10 minutes after this one: skipped.
    assert d.next_due == utc(2024, 6, 3, 10, 30)


def test_downtime_one_catch_up_then_moves_on() -> None:
    """Bot down from 09:40 to 15:07: one catch-up at 15:07, then the normal grid."""
    s = ReminderSettings(interval_min=30, tz="UTC")
    due: datetime | None = utc(2024, 6, 3, 10, 0)
    sent: list[datetime] = []
    now = utc(2024, 6, 3, 15, 7)
    # The dispatcher loop: claim rows with due <= now, decide, advance.
    for _ in range(20):
        assert due is not None
        if due > now:
            now = due
        d = decide(s, due, now)
        if d.send:
            sent.append(now)
        due = d.next_due
        if len(sent) == 3:
            break
    assert sent[0] == utc(2024, 6, 3, 15, 7)
    # 15:30 is 23 minutes later (>= half an interval): the grid resumes there.
    assert sent[1:] == [utc(2024, 6, 3, 15, 30), utc(2024, 6, 3, 16, 0)]
    assert decide(s, utc(2024, 6, 3, 10, 0), utc(2024, 6, 3, 15, 7)).catch_up


def test_downtime_outside_hours_no_catch_up() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC")
    d = decide(s, utc(2024, 6, 3, 17, 30), utc(2024, 6, 3, 21, 0))
    assert not d.send
    assert d.next_due == utc(2024, 6, 4, 9, 30)


def test_grace_after_window_end() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC")
    due = utc(2024, 6, 3, 17, 30)
    assert not in_active_hours(s, utc(2024, 6, 3, 18, 0))
    # Due 17:30, held until 18:01 (after active hours, more than GRACE late): not sent.
    assert not decide(s, due, utc(2024, 6, 3, 18, 1)).send
    # Due 17:59 (a snooze), 18:00 is within GRACE: sent.
    assert decide(s, utc(2024, 6, 3, 17, 59), utc(2024, 6, 3, 18, 0) + timedelta(seconds=50)).send
    assert not decide(s, utc(2024, 6, 3, 17, 30), utc(2024, 6, 3, 18, 5)).send


def test_paused_reminder_not_sent() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC", paused_until=utc(2024, 6, 3, 12))
    d = decide(s, utc(2024, 6, 3, 10), utc(2024, 6, 3, 10))
    assert not d.send
    assert d.next_due == utc(2024, 6, 3, 12, 30)
    off = ReminderSettings(enabled=False)
    assert not decide(off, utc(2024, 6, 3, 10), utc(2024, 6, 3, 10)).send


def test_tz_change_recomputes_without_double() -> None:
    sent = utc(2024, 6, 3, 8, 0)  # 10:00 Berlin
    # Moves to London at 08:05Z: London's grid has 09:00 London = 08:00Z (past) and 09:00Z ...
    london = ReminderSettings(interval_min=60, tz="Europe/London")
    nxt = reschedule(london, utc(2024, 6, 3, 8, 5), sent)
    assert nxt == utc(2024, 6, 3, 9, 0)
    # ... and to New York: 04:05 there, outside hours, so 10:00 New York.
    ny = ReminderSettings(interval_min=60, tz="America/New_York")
    assert reschedule(ny, utc(2024, 6, 3, 8, 5), sent) == utc(2024, 6, 3, 14, 0)
    # Kolkata (+05:30): 13:35 there; the 14:00 slot is 08:30Z, only 30 min after the last one
    # sent, and a 60-minute interval keeps at least 30 minutes: 14:00 Kolkata is allowed.
    kol = ReminderSettings(interval_min=60, tz="Asia/Kolkata")
    assert reschedule(kol, utc(2024, 6, 3, 8, 5), sent) == utc(2024, 6, 3, 8, 30)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    a=reminder_settings(),
    b=reminder_settings(),
    after=instants,
    delay=st.integers(0, 7200),
)
def test_property_tz_or_settings_change_never_doubles(
    a: ReminderSettings, b: ReminderSettings, after: datetime, delay: int
) -> None:
    sent = next_due(a, after)
    assert sent is not None
    now = sent + timedelta(seconds=delay)
    nxt = reschedule(b, now, sent)
    assert nxt is not None
    assert nxt > now
    assert nxt - sent >= b.interval / 2 - timedelta(seconds=1)
    assert in_active_hours(b, nxt)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(s=reminder_settings(), due_after=instants, late=st.integers(0, 14 * 86400))
def test_property_decide_always_moves_forward(
    s: ReminderSettings, due_after: datetime, late: int
) -> None:
    due = next_due(s, due_after)
    assert due is not None
    now = due + timedelta(seconds=late)
    d = decide(s, due, now)
    assert d.next_due is not None and d.next_due > now
    if d.send:
        assert in_active_hours(s, now) or now - due <= GRACE
        assert d.next_due - now >= s.interval / 2 - timedelta(seconds=1)


def test_next_slot_ignores_pause() -> None:
    s = ReminderSettings(interval_min=30, tz="UTC", paused_until=FOREVER)
    assert next_slot(s, utc(2024, 6, 3, 9)) == utc(2024, 6, 3, 9, 30)


# --- stats helpers --------------------------------------------------------------------------------


def test_week_start_local_monday() -> None:
    s = ReminderSettings(tz="Pacific/Chatham")
    # Sunday 2024-06-09 12:00Z is already Monday 00:45 in Chatham (+12:45).
    ws = week_start(s, utc(2024, 6, 9, 12))
    assert ws.astimezone(zone(s.tz)).replace(tzinfo=None) == datetime(2024, 6, 10)


def test_streak() -> None:
    wd = frozenset(range(5))
    mon = date(2024, 6, 3)
    days = [mon + timedelta(days=i) for i in range(5)]  # Mon..Fri
    assert streak(days, date(2024, 6, 7), wd) == 5
    # Weekend without a Done does not break it; Monday continues it.
    assert streak([*days, date(2024, 6, 10)], date(2024, 6, 10), wd) == 6
    # Today has none yet: the streak up to yesterday counts.
    assert streak(days[:4], date(2024, 6, 7), wd) == 4
    # A missed reminder day breaks it.
    assert streak([days[0], days[2], days[3]], date(2024, 6, 6), wd) == 2
    assert streak([], date(2024, 6, 6), wd) == 0
    # A Done on a weekend day counts.
    assert streak([*days, date(2024, 6, 8)], date(2024, 6, 8), wd) == 6


def test_button_arithmetic_is_pure() -> None:
    from datetime import UTC, datetime, timedelta

    from bot.reminders.buttons import paused, resumed, streak_at
    from bot.reminders.schedule import ReminderSettings, is_paused

    now = datetime(2024, 6, 3, 10, 0, tzinfo=UTC)  # a Monday, inside 9-18
    s = ReminderSettings(tz="UTC")
    p, until = paused(s, now, "today")
    assert until > now and p.paused_until == until and is_paused(p, now)
    r = resumed(p)
    assert not is_paused(r, now) and r.enabled and r.snoozed_until is None
    done = [now - timedelta(days=d) for d in (0, 1, 2)]
    assert streak_at(s, done, now) == 3
