"""Emergency numbers: every zone Python knows maps to its own country's number, or to none."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

import pytest

from bot.triage.numbers import (
    country_of,
    emergency_number,
    load_numbers,
    read_numbers,
    validate_numbers,
    zone_countries,
)

TABLE = load_numbers()
ZONES = sorted(zoneinfo.available_timezones())
# Zones with no country on purpose (offsets, POSIX-style rules, UTC aliases).
NO_COUNTRY_PREFIXES = ("Etc/", "SystemV/")
NO_COUNTRY = {
    "CET", "CST6CDT", "EET", "EST", "EST5EDT", "Factory", "GMT", "GMT+0", "GMT-0", "GMT0",
    "Greenwich", "HST", "MET", "MST", "MST7MDT", "PST8PDT", "UCT", "UTC", "Universal", "WET",
    "Zulu", "localtime",
}  # fmt: skip


@pytest.mark.parametrize("tz", ZONES)
def test_every_zone_gets_its_countrys_number_or_the_list(tz: str) -> None:
    code = country_of(tz)
    number = emergency_number(tz)
    if code is None:
        assert number is None  # no guess: the chat shows the list of common numbers
    else:
        entry = TABLE.countries.get(code)
        assert number == (entry.number if entry else None)


def test_zones_without_a_country_are_only_offsets_and_rules() -> None:
    unmapped = {z for z in ZONES if country_of(z) is None}
    odd = {z for z in unmapped if not z.startswith(NO_COUNTRY_PREFIXES) and z not in NO_COUNTRY}
    # a tz database newer than the generated table may add a zone or two; more is a stale table
    assert len(odd) <= 3, sorted(odd)


def test_no_america_zone_is_given_911_unless_its_country_uses_911() -> None:
    for tz in ZONES:
        if tz.startswith("America/") and emergency_number(tz) == "911":
            assert TABLE.countries[country_of(tz) or ""].number == "911"
    assert emergency_number("America/Lima") == "106"
    assert emergency_number("America/La_Paz") is None  # Bolivia: not in the table, so the list
    assert emergency_number("America/Buenos_Aires") == "107"  # a link name


@pytest.mark.parametrize(
    ("tz", "country"),
    [
        ("US/Eastern", "US"),
        ("Asia/Calcutta", "IN"),
        ("Europe/Kiev", "UA"),
        ("GB", "GB"),
        ("Europe/Belfast", "GB"),
        ("America/Argentina/Ushuaia", "AR"),
        ("Etc/GMT+3", None),
        ("Not/AZone", None),
    ],
)
def test_zone_to_country(tz: str, country: str | None) -> None:
    assert country_of(tz) == country


def test_every_country_in_the_table_has_a_zone_and_a_source() -> None:
    countries = set(zone_countries().values())
    for code, entry in TABLE.countries.items():
        assert code in countries, code
        assert entry.source.strip()
    assert TABLE.fallback


def test_the_content_check_reports_a_bad_entry(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    bad = tmp_path / "en" / "emergency_numbers.toml"
    bad.write_text(
        'fallback = ["999 (UK)"]\n[countries]\nPE = { number = "1o6", source = "x" }\n'
        'XX = { number = "112", source = "y" }\nGB = { number = "999" }\n',
        encoding="utf-8",
    )
    problems = validate_numbers(tmp_path, "en")
    assert any("PE:" in p for p in problems)
    assert any("GB:" in p for p in problems)
    assert any("XX is not a country" in p for p in problems)
    table, _ = read_numbers(bad)
    assert set(table.countries) == {"XX"}
