"""Typed text -> a pre-filled diary entry, and a typed time -> an instant.

"left foot numb for 10 minutes after sitting" gives leg left, 10 minutes, sitting. The words
are data (content/<lang>/diary.toml via `bot.diary.words`); the findings the text states come
from the typed-text reader (`bot.ask.answer`), which the handler runs first so that an
emergency gets the emergency advice before anything else. Pure: ``now`` and the zone are
passed in. Small regular expressions over words: no library reads "10 mins" or "7/10" into a
diary field, and a tokenizer would be more code than these few patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from bot.diary.model import (
    MAX_SEVERITY,
    Activity,
    Draft,
    Duration,
    Leg,
    as_activity,
    as_duration,
    as_leg,
    duration_of_minutes,
)
from bot.diary.words import Words
from bot.reminders.schedule import resolve

__all__ = [
    "Prefill",
    "apply_prefill",
    "from_code",
    "parse_time",
    "read_typed",
    "to_code",
]

_NUMBER = r"(\d{1,3}(?:[.,]\d)?)"
_OUT_OF_TEN = re.compile(r"\b(\d{1,2})\s*(?:/|out of)\s*10\b")
_AGO = re.compile(r"\b(\d{1,2}|an?|one|two|three)\s*(hours?|hrs?|h|minutes?|mins?|m)\s+ago\b")
_CLOCK_BODY = r"(\d{1,2})(?::|\.|h)(\d{2})\s*(am|pm)?\b|(\d{1,2})\s*(am|pm)\b"
_CLOCK = re.compile(r"\b(?:at\s+)?(?:" + _CLOCK_BODY + ")")
_AT_CLOCK = re.compile(r"\b(?:at|around|about)\s+(?:" + _CLOCK_BODY + ")")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


@dataclass(frozen=True)
class Prefill:
    """What a typed message says about an episode (None: it does not say)."""

    leg: Leg | None = None
    duration: Duration | None = None
    minutes: int | None = None
    activity: Activity | None = None
    severity: int | None = None
    at: datetime | None = None
    flags: tuple[str, ...] = ()

    def fields(self) -> tuple[str, ...]:
        names = ("leg", "duration", "activity", "severity", "at")
        return tuple(n for n in names if getattr(self, n) is not None)


def normalize(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


def _phrase(p: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + re.escape(p) + r"(?![\w'])")


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pos(text: str, phrases: Iterable[str]) -> int:
    """The first position of any phrase (whole words) in `text`, or -1."""
    best = -1
    for p in phrases:
        pat = _PATTERNS.get(p)
        if pat is None:
            pat = _PATTERNS[p] = _phrase(p)
        m = pat.search(text)
        if m is not None and (best < 0 or m.start() < best):
            best = m.start()
    return best


def _strip(text: str, phrases: Iterable[str]) -> str:
    for p in phrases:
        text = _phrase(p).sub(" ", text)
    return text


def _leg(text: str, w: Words) -> Leg | None:
    text = _strip(text, w.not_leg)
    if _pos(text, w.legs["both"]) >= 0:
        return "both"
    left, right = _pos(text, w.legs["left"]) >= 0, _pos(text, w.legs["right"]) >= 0
    if left and right:
        return "both"
    return "left" if left else "right" if right else None


def _duration(text: str, w: Words) -> tuple[Duration | None, int | None]:
    if _pos(text, w.durations["ongoing"]) >= 0:
        return "ongoing", None
    units = {
        "seconds": 1 / 60,
        "minutes": 1.0,
        "hours": 60.0,
    }
    for unit, factor in units.items():
        alts = "|".join(re.escape(u) for u in sorted(w.durations[unit], key=len, reverse=True))
        pat = re.compile(_NUMBER + r"\s*(?:" + alts + r")(?![\w'])(?!\s+ago)")
        m = pat.search(text)
        if m is not None:
            minutes = float(m.group(1).replace(",", ".")) * factor
            return duration_of_minutes(minutes), round(minutes) if minutes >= 1 else 0
    if _pos(text, w.durations["short"]) >= 0:
        return "short", None
    if _pos(text, w.durations["hours_words"]) >= 0:
        return "hours", None
    if _pos(text, w.durations["minutes_words"]) >= 0:
        return "minutes", None
    return None, None


def _activity(text: str, w: Words) -> Activity | None:
    if _pos(text, w.activities["crossed"]) >= 0:
        return "crossed"
    found = [(p, a) for a, ws in w.activities.items() if (p := _pos(text, ws)) >= 0]
    return as_activity(min(found)[1]) if found else None


def _severity(text: str, w: Words) -> int | None:
    m = _OUT_OF_TEN.search(text)
    if m is not None and int(m.group(1)) <= 10:
        return int(m.group(1))
    for key in ("severe", "moderate", "mild"):  # the strongest word said wins
        if _pos(text, w.severity[key]) >= 0:
            return w.severity_values[key]
    return None


def read_typed(text: str, w: Words, findings: Iterable[str], now: datetime, tz: tzinfo) -> Prefill:
    """What `text` says about an episode; `findings` are those the typed-text reader found."""
    t = normalize(text)
    duration, minutes = _duration(t, w)
    at = _ago(t, now)
    if at is None and _pos(t, w.yesterday) >= 0:
        at = now - timedelta(days=1)
    if at is None and (clock := _clock(t, _AT_CLOCK)) is not None:
        at = _at_clock(clock, now, tz)
    return Prefill(
        leg=_leg(t, w),
        duration=duration,
        minutes=minutes,
        activity=_activity(t, w),
        severity=_severity(t, w),
        at=at,
        flags=tuple(dict.fromkeys(findings)),
    )


def apply_prefill(draft: Draft, p: Prefill, note: str) -> Draft:
    """The draft with what the text said; the text itself becomes the note."""
    d = draft.with_note(note, tuple(dict.fromkeys((*draft.flags, *p.flags))))
    return replace(
        d,
        leg=p.leg or d.leg,
        duration=p.duration or d.duration,
        minutes=p.minutes if p.duration is not None else d.minutes,
        activity=p.activity or d.activity,
        severity=p.severity if p.severity is not None else d.severity,
        at=p.at or d.at,
        prefilled=p.fields(),
    )


# --- a pre-fill in a button -------------------------------------------------------------------
# A symptom story typed outside the diary gets a "Log this" button that carries what was
# understood (never the words themselves: nothing is stored before the person asks):
# ``<leg>:<duration>:<activity>:<severity>:<minutes>:<unix time>``, "-" for unknown.

MAX_CODE_AGE = timedelta(days=7)


def to_code(p: Prefill, now: datetime) -> str:
    at = p.at or now
    return ":".join(
        (
            p.leg or "-",
            p.duration or "-",
            p.activity or "-",
            "-" if p.severity is None else str(p.severity),
            "-" if p.minutes is None else str(p.minutes),
            str(int(at.timestamp())),
        )
    )


def from_code(parts: list[str], now: datetime) -> Prefill | None:
    """The pre-fill in a button's parts; None for anything forged or malformed."""
    if len(parts) != 6:
        return None
    leg, dur, act, sev, mins, at_raw = parts
    p_leg = None if leg == "-" else as_leg(leg)
    p_dur = None if dur == "-" else as_duration(dur)
    p_act = None if act == "-" else as_activity(act)
    if (leg != "-" and p_leg is None) or (dur != "-" and p_dur is None):
        return None
    if act != "-" and p_act is None:
        return None
    if not (sev == "-" or (sev.isdigit() and int(sev) <= MAX_SEVERITY)):
        return None
    if not (mins == "-" or (mins.isdigit() and int(mins) <= 100_000)) or not at_raw.isdigit():
        return None
    at = datetime.fromtimestamp(min(int(at_raw), int(now.timestamp()) + 86400), now.tzinfo)
    if at > now or now - at > MAX_CODE_AGE:
        at = now
    return Prefill(
        leg=p_leg,
        duration=p_dur,
        minutes=None if mins == "-" else int(mins),
        activity=p_act,
        severity=None if sev == "-" else int(sev),
        at=at,
    )


# --- times ------------------------------------------------------------------------------------


def _ago(t: str, now: datetime) -> datetime | None:
    m = _AGO.search(t)
    if m is None:
        return None
    raw = m.group(1)
    n = int(raw) if raw.isdigit() else _SMALL[raw]
    unit = m.group(2)
    delta = timedelta(hours=n) if unit.startswith("h") else timedelta(minutes=n)
    return now - delta if delta <= timedelta(days=2) else None


def _clock(t: str, pattern: re.Pattern[str] = _CLOCK) -> time | None:
    m = pattern.search(t)
    if m is None:
        return None
    if m.group(1) is not None:
        hour, minute, ampm = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        hour, minute, ampm = int(m.group(4)), 0, m.group(5)
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _at_clock(clock: time, now: datetime, tz: tzinfo, day: date | None = None) -> datetime:
    """`clock` today in `tz` (or on `day`); a time still to come today means yesterday."""
    today = now.astimezone(tz).date() if day is None else day
    at = resolve(today, clock, tz)
    if day is None and at > now:
        at = resolve(today - timedelta(days=1), clock, tz)
    return at


def parse_time(text: str, w: Words, now: datetime, tz: tzinfo) -> datetime | None:
    """A typed "when": "14:30", "2pm", "yesterday 18:00", "2 hours ago", "yesterday".

    None when it is not a time, or is in the future, or more than a week ago.
    """
    t = normalize(text)
    at = _ago(t, now)
    if at is None:
        clock = _clock(t)
        yesterday = _pos(t, w.yesterday) >= 0
        if clock is not None and yesterday:
            at = _at_clock(clock, now, tz, now.astimezone(tz).date() - timedelta(days=1))
        elif clock is not None:
            at = _at_clock(clock, now, tz)
        elif yesterday:
            at = now - timedelta(days=1)
        elif t in ("now", "just now", "right now"):
            at = now
    if at is None or at > now or now - at > timedelta(days=7):
        return None
    return at
