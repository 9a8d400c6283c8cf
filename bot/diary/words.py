"""The words that pre-fill a diary entry (content/<lang>/diary.toml), read once and checked.

Data, not code: which words mean which leg, situation, length or severity. The findings a
message states (emergencies first) come from the typed-text reader in `bot.ask`, not from here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.content.models import ALL_FINDINGS
from bot.content.texts import CONTENT_DIR, DEFAULT_LANG
from bot.diary.model import ACTIVITIES, LEGS

__all__ = ["Words", "load_words", "validate_words"]

FILE = "diary.toml"
DURATION_KEYS = ("seconds", "minutes", "hours", "short", "minutes_words", "hours_words", "ongoing")
SEVERITY_KEYS = ("mild", "moderate", "severe")


@dataclass(frozen=True)
class Words:
    legs: dict[str, tuple[str, ...]]
    not_leg: tuple[str, ...]
    activities: dict[str, tuple[str, ...]]
    durations: dict[str, tuple[str, ...]]
    severity: dict[str, tuple[str, ...]]
    severity_values: dict[str, int]
    yesterday: tuple[str, ...]
    nudge: Nudge


@dataclass(frozen=True)
class Nudge:
    """What makes an entry a pattern worth a symptom check (``[nudge]``)."""

    findings: frozenset[str]
    both_legs: bool
    ongoing: bool
    severity_at_least: int


def _words(table: Any, key: str, problems: list[str], where: str) -> tuple[str, ...]:
    value = table.get(key) if isinstance(table, dict) else None
    if not isinstance(value, list) or not value:
        problems.append(f"{where}.{key}: expected a non-empty list of words")
        return ()
    out = []
    for w in value:
        if not isinstance(w, str) or not w.strip() or w != w.lower().strip():
            problems.append(f"{where}.{key}: {w!r} is not a lower-case word or phrase")
            continue
        out.append(w)
    return tuple(out)


def read_words(root: Path, lang: str) -> tuple[Words, list[str]]:
    problems: list[str] = []
    path = root / lang / FILE
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        data = {}
        problems.append(f"{path}: {exc}")
    leg = data.get("leg", {})
    act = data.get("activity", {})
    dur = data.get("duration", {})
    sev = data.get("severity", {})
    values = data.get("severity_values", {})
    sev_values: dict[str, int] = {}
    for key in SEVERITY_KEYS:
        v = values.get(key) if isinstance(values, dict) else None
        if not isinstance(v, int) or not 0 <= v <= 10:
            problems.append(f"severity_values.{key}: expected a whole number 0-10")
            v = 0
        sev_values[key] = v
    nudge = data.get("nudge", {})
    flagged = _words(nudge, "findings", problems, "nudge")
    problems += [f"nudge.findings: {f!r} is no finding" for f in flagged if f not in ALL_FINDINGS]
    at_least = nudge.get("severity_at_least") if isinstance(nudge, dict) else None
    if not isinstance(at_least, int) or not 1 <= at_least <= 10:
        problems.append("nudge.severity_at_least: expected a whole number 1-10")
        at_least = 10
    words = Words(
        legs={k: _words(leg, k, problems, "leg") for k in LEGS},
        not_leg=_words(leg, "not_leg", problems, "leg"),
        activities={k: _words(act, k, problems, "activity") for k in ACTIVITIES if k != "other"},
        durations={k: _words(dur, k, problems, "duration") for k in DURATION_KEYS},
        severity={k: _words(sev, k, problems, "severity") for k in SEVERITY_KEYS},
        severity_values=sev_values,
        yesterday=_words(data.get("when", {}), "yesterday", problems, "when"),
        nudge=Nudge(
            findings=frozenset(flagged),
            both_legs=bool(nudge.get("both_legs", False)),
            ongoing=bool(nudge.get("ongoing", False)),
            severity_at_least=at_least,
        ),
    )
    return words, problems


@cache
def load_words(lang: str = DEFAULT_LANG) -> Words:
    words, problems = read_words(CONTENT_DIR, lang)
    if problems:
        raise ValueError(f"{FILE}: " + "; ".join(problems))
    return words


def validate_words(root: Path | None = None, lang: str = DEFAULT_LANG) -> list[str]:
    """Problems in content/<lang>/diary.toml (for `pinbot content check`)."""
    return read_words(root or CONTENT_DIR, lang)[1]
