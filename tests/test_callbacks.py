"""Callback data: one version, one encoder with Telegram's 64-byte limit, one decoder."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.callbacks import MAX_BYTES, VERSION, cb, parse_cb, pattern, prefix


def test_round_trip_and_foreign_data() -> None:
    data = cb("r", "iv", "30")
    assert data == f"{VERSION}:r:iv:30"
    assert parse_cb(data, "r") == ["iv", "30"]
    assert parse_cb(data, "t") is None
    assert parse_cb("v0:r:iv:30", "r") is None
    assert parse_cb(None, "r") is None
    assert parse_cb("x" * (MAX_BYTES + 1), "r") is None


def test_over_64_bytes_is_refused() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        cb("c", "é" * 40)


def test_patterns_match_only_their_buttons() -> None:
    every = re.compile(pattern("r"))
    assert every.match(cb("r", "a", "b")) and not every.match(cb("t", "a"))
    some = re.compile(pattern("m", "causes", "faq"))
    assert some.match(cb("m", "faq")) and not some.match(cb("m", "faqs"))
    assert not some.match(cb("m", "triage"))
    assert prefix("t") == f"{VERSION}:t:"


@given(st.text(max_size=80))
def test_decoding_never_raises(data: str) -> None:
    parts = parse_cb(data, "m")
    assert parts is None or data.startswith(prefix("m"))
