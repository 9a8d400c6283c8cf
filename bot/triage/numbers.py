"""Emergency (ambulance) phone numbers from a person's IANA time zone.

A zone is mapped to its country with `zone_countries.tsv` (generated from the tz database's
``zone.tab`` by ``tools/gen_zone_countries.py``; links such as "US/Eastern" included), and the
country to its number with ``content/en/emergency_numbers.toml`` (a sourced table kept as
content). A zone with no country ("UTC", "Etc/GMT+3"), or a country that is not in the table,
gives None: the chat then lists the common numbers instead of guessing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from bot.content.toml_reader import CONTENT_DIR

__all__ = ["CountryNumber", "NumberTable", "country_of", "emergency_number", "load_numbers"]

ZONE_FILE: Final = Path(__file__).with_name("zone_countries.tsv")
NUMBERS_FILE: Final = "emergency_numbers.toml"


@dataclass(frozen=True, slots=True)
class CountryNumber:
    number: str
    source: str


@dataclass(frozen=True)
class NumberTable:
    countries: dict[str, CountryNumber]
    fallback: tuple[str, ...]


@cache
def zone_countries() -> dict[str, str]:
    """IANA zone name -> ISO 3166 country code."""
    out: dict[str, str] = {}
    for line in ZONE_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            zone, code = line.split("\t")
            out[zone] = code
    return out


def read_numbers(path: Path) -> tuple[NumberTable, list[str]]:
    """The table in `path` and the problems found (for `pinbot content check`)."""
    problems: list[str] = []
    where = f"content/{path.parent.name}/{path.name}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return NumberTable({}, ()), [f"{where}: cannot read ({exc})"]
    countries: dict[str, CountryNumber] = {}
    raw = data.get("countries")
    if not isinstance(raw, dict) or not raw:
        problems.append(f"{where}: [countries] is missing or empty")
        raw = {}
    for code, entry in raw.items():
        ok = (
            len(code) == 2
            and code.isupper()
            and isinstance(entry, dict)
            and isinstance(entry.get("number"), str)
            and entry["number"].isdigit()
            and 2 <= len(entry["number"]) <= 5
            and isinstance(entry.get("source"), str)
            and entry["source"].strip()
        )
        if not ok:
            problems.append(
                f"{where}: {code}: needs a two-letter code, a number of 2-5 digits and a source"
            )
            continue
        countries[code] = CountryNumber(entry["number"], entry["source"])
    fallback = data.get("fallback")
    if (
        not isinstance(fallback, list)
        or not fallback
        or not all(isinstance(f, str) for f in fallback)
    ):
        problems.append(f"{where}: 'fallback' must be a list of texts")
        fallback = []
    return NumberTable(countries, tuple(fallback)), problems


@cache
def load_numbers(lang: str = "en") -> NumberTable:
    table, problems = read_numbers(CONTENT_DIR / lang / NUMBERS_FILE)
    if problems:
        raise ValueError("; ".join(problems))
    return table


def validate_numbers(root: Path, lang: str = "en") -> list[str]:
    """Problems in ``content/<lang>/emergency_numbers.toml`` (for `pinbot content check`)."""
    path = root / lang / NUMBERS_FILE
    if not path.is_file():
        return [f"content/{lang}/{NUMBERS_FILE}: missing"]
    table, problems = read_numbers(path)
    known = set(zone_countries().values())
    problems += [
        f"content/{lang}/{NUMBERS_FILE}: {code} is not a country of any time zone"
        for code in table.countries
        if code not in known
    ]
    return problems


def country_of(tz: str | None) -> str | None:
    """The ISO country code of time zone `tz`, or None (unknown zone, or no country)."""
    if not tz:
        return None
    return zone_countries().get(tz)


def emergency_number(tz: str | None) -> str | None:
    """The ambulance number for a person in time zone `tz`, or None if not known."""
    code = country_of(tz)
    if code is None:
        return None
    entry = load_numbers().countries.get(code)
    return entry.number if entry else None
