"""Callback data of every button: ``v1:<feature>:<part>:<part>...``, at most 64 bytes.

One version constant, one encoder (which refuses data Telegram would reject), one decoder, and
the regular expressions handlers register with. Pure: no Telegram imports.
Features: ``m`` menu, ``c`` cause, ``f`` FAQ, ``t`` symptom check, ``r`` reminders,
``p`` privacy, ``d`` diary.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MAX_BYTES", "VERSION", "cb", "parse_cb", "pattern", "prefix"]

VERSION: Final = "v1"
MAX_BYTES: Final = 64  # Telegram's limit for callback_data


def prefix(feature: str) -> str:
    """``v1:<feature>:`` — what every button of `feature` starts with."""
    return f"{VERSION}:{feature}:"


def cb(feature: str, *parts: str) -> str:
    """Build ``v1:<feature>:<parts>``; ValueError for anything over 64 bytes."""
    data = ":".join((VERSION, feature, *parts))
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def parse_cb(data: str | None, feature: str) -> list[str] | None:
    """The parts after ``v1:<feature>:``, or None when the data is not ours (or too long)."""
    if not data or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    pieces = data.split(":")
    if len(pieces) < 2 or pieces[0] != VERSION or pieces[1] != feature:
        return None
    return pieces[2:]


def pattern(feature: str, *exact: str) -> str:
    """A handler pattern: every button of `feature`, or only ``v1:<feature>:<one of exact>``."""
    start = "^" + re.escape(prefix(feature))
    if not exact:
        return start
    return start + "(" + "|".join(re.escape(e) for e in exact) + ")$"
