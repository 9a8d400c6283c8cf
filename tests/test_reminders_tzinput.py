"""Typed time zones and shared locations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.schedule import zone
from bot.reminders.tzinput import TzChoice, TzInputError, parse_tz, tz_from_location


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  Europe/Berlin ", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("new-york", "America/New_York"),
        ("America/New York", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Kolkata", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),  # alias from content/en/timezones.toml
        ("Munich", "Europe/Berlin"),
        ("Chatham", "Pacific/Chatham"),
        ("Sydney", "Australia/Sydney"),
        ("UTC+2", "UTC+02:00"),
        ("utc+2", "UTC+02:00"),
        ("UTC +2", "UTC+02:00"),
        ("+05:30", "UTC+05:30"),
        ("+0530", "UTC+05:30"),
        ("+530", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("−3", "UTC-03:00"),  # unicode minus
        ("UTC+12:45", "UTC+12:45"),
        ("UTC+14", "UTC+14:00"),
        ("UTC-12", "UTC-12:00"),
        ("UTC", "UTC"),
        ("gmt", "UTC"),
        ("UTC+0", "UTC"),
    ],
)
def test_parse_ok(text: str, tz: str) -> None:
    got = parse_tz(text)
    assert got.tz == tz
    zone(got.tz)  # always usable by the scheduler
    assert got.fixed == tz.startswith("UTC")
    assert not got.approximate


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("Atlantis", "unknown"),
        ("UTC+15", "offset_range"),
        ("UTC-13", "offset_range"),
        ("+05:20", "offset_minutes"),
        ("CET", "unknown"),  # legacy tzdata alias, not a region name: ask for a city instead
        ("12:00", "unknown"),
    ],
)
def test_parse_errors(text: str, code: str) -> None:
    with pytest.raises(TzInputError) as e:
        parse_tz(text)
    assert e.value.code == code


def test_suggestions_for_typos() -> None:
    with pytest.raises(TzInputError) as e:
        parse_tz("Berln")
    assert "Europe/Berlin" in e.value.suggestions
    with pytest.raises(TzInputError) as e:
        parse_tz("Europe/Londn")
    assert "Europe/London" in e.value.suggestions


def test_aliases_file_optional(tmp_path: Path) -> None:
    missing = tmp_path / "none.toml"
    assert parse_tz("Berlin", aliases_path=missing).tz == "Europe/Berlin"
    with pytest.raises(TzInputError):
        parse_tz("Mumbai", aliases_path=missing)


@pytest.mark.parametrize(
    ("lat", "lon", "tz"),
    [
        (52.52, 13.40, "Europe/Berlin"),
        (51.5, -0.12, "Europe/London"),
        (40.71, -74.0, "America/New_York"),
        (19.07, 72.87, "Asia/Kolkata"),  # Karachi is nearer than Kolkata's reference point
        (28.6, 77.2, "Asia/Kolkata"),
        (-33.87, 151.21, "Australia/Sydney"),
        (-43.95, -176.55, "Pacific/Chatham"),
        (48.58, 7.75, "Europe/Paris"),  # Strasbourg, next to Germany
        (33.45, -112.07, "America/Phoenix"),  # no DST, unlike Denver
    ],
)
def test_location(lat: float, lon: float, tz: str) -> None:
    got = tz_from_location(lat, lon)
    assert got == TzChoice(tz, approximate=True)


def test_location_at_sea_falls_back_to_longitude_offset() -> None:
    got = tz_from_location(-50.0, -120.0)  # South Pacific, far from any city
    assert got == TzChoice("UTC-08:00", approximate=True, fixed=True)


@pytest.mark.parametrize(("lat", "lon"), [(91.0, 0.0), (0.0, 181.0), (float("nan"), 0.0)])
def test_location_invalid(lat: float, lon: float) -> None:
    with pytest.raises(TzInputError) as e:
        tz_from_location(lat, lon)
    assert e.value.code == "location"


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_location_always_gives_a_usable_zone(lat: float, lon: float) -> None:
    got = tz_from_location(lat, lon)
    assert got.approximate
    zone(got.tz)


@given(st.text(max_size=40))
def test_parse_never_crashes(text: str) -> None:
    try:
        got = parse_tz(text)
    except TzInputError as e:
        assert e.code in {"empty", "unknown", "offset_range", "offset_minutes"}
    else:
        zone(got.tz)


@given(st.integers(-12 * 4, 14 * 4))
def test_offsets_round_trip(quarters: int) -> None:
    minutes = quarters * 15
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    got = parse_tz(f"UTC{sign}{h}:{m:02d}")
    off = zone(got.tz).utcoffset(None)
    assert off is not None and off.total_seconds() == minutes * 60


def test_timezone_places_file_is_valid_and_bad_entries_are_reported(tmp_path: Path) -> None:
    from bot.content.texts import CONTENT_DIR
    from bot.reminders.tzinput import validate_timezones

    assert validate_timezones(CONTENT_DIR, "en") == []
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "timezones.toml").write_text(
        '[aliases]\n"atlantis" = "Ocean/Atlantis"\n'
        '[places]\n"Nowhere" = [123.0, 0.0, "Europe/Berlin"]\n"Ok" = [1.0, 2.0, "UTC"]\n'
    )
    problems = validate_timezones(tmp_path, "en")
    assert len(problems) == 2
    assert "atlantis" in problems[0] and "Nowhere" in problems[1]
