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
        ("EST5EDT", "unknown"),  # legacy tzdata alias, not a region name: ask for a city instead
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


PLACES = Path(__file__).parent / "data" / "tz_places.tsv"


def _places() -> list[tuple[str, float, float, str]]:
    rows = []
    for line in PLACES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, lat, lon, tz = line.split("\t")
            rows.append((name, float(lat), float(lon), tz))
    return rows


def _offsets(tz: str) -> tuple[float, ...]:
    """The UTC offset in winter and in summer of both hemispheres (what the person feels)."""
    from datetime import UTC, datetime

    instants = (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC))
    out = []
    for at in instants:
        off = at.astimezone(zone(tz)).utcoffset()
        assert off is not None
        out.append(off.total_seconds())
    return tuple(out)


def test_places_file_has_100_places_and_border_towns() -> None:
    rows = _places()
    assert len(rows) >= 100
    assert sum("(border)" in name for name, *_ in rows) >= 30


@pytest.mark.parametrize(("name", "lat", "lon", "tz"), _places(), ids=lambda v: str(v))
def test_location(name: str, lat: float, lon: float, tz: str) -> None:
    got = tz_from_location(lat, lon)
    assert got.approximate
    assert got.fixed == tz.startswith("UTC")
    # Same local time all year as the expected zone (links such as Asia/Kuala_Lumpur and
    # Asia/Singapore count as the same).
    assert _offsets(got.tz) == _offsets(tz), (name, got.tz)


def test_location_mistakes_of_the_old_nearest_city_lookup_are_fixed() -> None:
    assert tz_from_location(49.842, 24.032).tz == "Europe/Kyiv"  # Lviv (was Warsaw)
    assert tz_from_location(43.600, 39.730).tz == "Europe/Moscow"  # Sochi (was Tbilisi)


def test_location_at_sea_is_a_nautical_offset() -> None:
    got = tz_from_location(-50.0, -120.0)  # South Pacific
    assert got == TzChoice("UTC-08:00", approximate=True, fixed=True)


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("Singapore", "Asia/Singapore"),
        ("singapore", "Asia/Singapore"),
        ("PST", "America/Los_Angeles"),
        ("pdt", "America/Los_Angeles"),
        ("EST", "America/New_York"),
        ("CET", "Europe/Berlin"),
        ("JST", "Asia/Tokyo"),
        ("AEST", "Australia/Sydney"),
        ("Lviv", "Europe/Kyiv"),
        ("Sochi", "Europe/Moscow"),
    ],
)
def test_typed_places_and_abbreviations(text: str, tz: str) -> None:
    got = parse_tz(text)
    assert got.tz == tz
    zone(got.tz)


def test_abbreviations_are_confirmed_like_a_guess() -> None:
    assert parse_tz("PST").approximate
    assert not parse_tz("Singapore").approximate


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("IST", {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"}),
        ("ist", {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"}),
        ("CST", {"America/Chicago", "Asia/Shanghai", "America/Havana"}),
        ("BST", {"Europe/London", "Asia/Dhaka"}),
    ],
)
def test_ambiguous_abbreviations_ask(text: str, zones: set[str]) -> None:
    with pytest.raises(TzInputError) as e:
        parse_tz(text)
    assert e.value.code == "ambiguous"
    assert {tz for _, tz in e.value.choices} == zones
    assert all(label for label, _ in e.value.choices)


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
        assert e.code in {"empty", "unknown", "offset_range", "offset_minutes", "ambiguous"}
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
        '[abbreviations]\n"XST" = "Mars/Olympus"\n"OK" = "Europe/Berlin"\n'
        '[ambiguous]\n"YST" = [{ label = "Only one", tz = "Europe/Berlin" }]\n'
    )
    problems = validate_timezones(tmp_path, "en")
    assert len(problems) == 3
    assert "atlantis" in problems[0] and "XST" in problems[1] and "YST" in problems[2]
