"""Turn what a person types (or a shared location) into a time zone.

Accepted: an IANA name ("Europe/Berlin", any case), a city ("berlin", "New York", "Mumbai" —
the last part of any IANA zone, plus the aliases in content/en/timezones.toml), or a UTC offset
("UTC+2", "+05:30", "GMT-3", "-0330", "UTC"). Offsets become fixed zones without daylight-saving
time ("UTC+02:00"); the person is told so by the handler.

A location is honest about being a guess: the zone of the nearest principal city in the tz
database's zone.tab (good inside a country, can be wrong near a border), or, far from any such
city (at sea), the offset of the nearest 15° of longitude. The handler shows the result with the
local time so the person can confirm or correct it.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import tomllib
import unicodedata
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.reminders.schedule import fixed_offset_name, zone

__all__ = [
    "ALIASES_PATH",
    "TzChoice",
    "TzInputError",
    "parse_tz",
    "tz_from_location",
]

ALIASES_PATH = Path(__file__).resolve().parents[2] / "content" / "en" / "timezones.toml"
_REGIONS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
_OFFSET_RE = re.compile(
    r"^(?:(?:utc|gmt|z)\s*)?([+-])\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?$", re.IGNORECASE
)
#: A location farther than this from every zone.tab city gets a longitude-based offset.
MAX_CITY_KM = 2000.0

ErrorCode = Literal["empty", "unknown", "offset_range", "offset_minutes", "location"]


@dataclass(frozen=True, slots=True)
class TzChoice:
    #: canonical tz string, accepted by `schedule.zone`: IANA name or "UTC±HH:MM"
    tz: str
    #: True when guessed from a location (confirm with the person)
    approximate: bool = False
    #: True for a fixed UTC offset (no daylight-saving time)
    fixed: bool = False


class TzInputError(ValueError):
    """Input that is not a time zone. `code` selects the help text; `suggestions` are IANA names
    close to what was typed ("Did you mean Europe/Berlin?")."""

    def __init__(self, code: ErrorCode, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(code)
        self.code: ErrorCode = code
        self.suggestions = suggestions


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold().replace("_", " ").replace("-", " ").replace(".", " ")
    t = re.sub(r"[^\w/ ]", "", t)
    return " ".join(t.split())


@functools.cache
def _tab_entries() -> tuple[tuple[str, float, float], ...]:
    """(IANA name, lat, lon) for each zone.tab line; empty if the file is not available."""
    text = None
    for base in zoneinfo.TZPATH:
        p = Path(base) / "zone.tab"
        if p.is_file():
            text = p.read_text(encoding="utf-8")
            break
    if text is None:
        try:
            import importlib.resources as res

            text = (res.files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            return ()
    out: list[tuple[str, float, float]] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        coords = _parse_iso6709(parts[1])
        if coords is not None:
            out.append((parts[2], *coords))
    return tuple(out)


def _parse_iso6709(s: str) -> tuple[float, float] | None:
    m = re.fullmatch(r"([+-]\d{4,6})([+-]\d{5,7})", s)
    if not m:
        return None

    def conv(v: str, deg_digits: int) -> float:
        sign = -1.0 if v[0] == "-" else 1.0
        digits = v[1:]
        deg = int(digits[:deg_digits])
        mins = int(digits[deg_digits : deg_digits + 2])
        secs = int(digits[deg_digits + 2 :] or 0)
        return sign * (deg + mins / 60 + secs / 3600)

    return conv(m.group(1), 2), conv(m.group(2), 3)


@functools.cache
def _load_toml(path: Path) -> dict[str, object]:
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


def _load_aliases(path: Path) -> dict[str, str]:
    raw = _load_toml(path).get("aliases", {})
    if not isinstance(raw, dict):
        return {}
    return {_norm(k): v for k, v in raw.items() if isinstance(v, str)}


@functools.cache
def _reference_points(path: Path) -> tuple[tuple[str, float, float], ...]:
    """zone.tab principal cities plus the [places] of timezones.toml: (zone, lat, lon)."""
    extra: list[tuple[str, float, float]] = []
    raw = _load_toml(path).get("places", {})
    if isinstance(raw, dict):
        for v in raw.values():
            if (
                isinstance(v, list)
                and len(v) == 3
                and isinstance(v[0], int | float)
                and isinstance(v[1], int | float)
                and isinstance(v[2], str)
            ):
                extra.append((v[2], float(v[0]), float(v[1])))
    return _tab_entries() + tuple(extra)


@functools.cache
def _index(aliases_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(full lower-case IANA name -> name, city key -> name)."""
    names = sorted(n for n in zoneinfo.available_timezones() if n.split("/")[0] in _REGIONS)
    canonical = {name for name, _, _ in _tab_entries()}
    full: dict[str, str] = {n.casefold(): n for n in zoneinfo.available_timezones()}
    cities: dict[str, str] = {}
    for n in names:
        for part in n.split("/")[1:]:
            key = _norm(part)
            # Prefer canonical (zone.tab) names over backward-compatible links.
            if key not in cities or (n in canonical and cities[key] not in canonical):
                cities[key] = n
    for key, target in _load_aliases(aliases_path).items():
        cities[key] = target
    return full, cities


def _parse_offset(text: str) -> TzChoice | None:
    t = text.strip().replace("−", "-").replace("\u2013", "-")
    if t.casefold() in {"utc", "gmt", "z", "utc+0", "gmt+0", "utc0", "gmt0"}:
        return TzChoice("UTC", fixed=True)
    m = _OFFSET_RE.match(t)
    if not m:
        return None
    sign = -1 if m.group(1) == "-" else 1
    hours = int(m.group(2))
    mins = int(m.group(3) or 0)
    if mins not in (0, 15, 30, 45):
        raise TzInputError("offset_minutes")
    total = sign * (hours * 60 + mins)
    if not -12 * 60 <= total <= 14 * 60:
        raise TzInputError("offset_range")
    return TzChoice(fixed_offset_name(total), fixed=True)


def parse_tz(text: str, *, aliases_path: Path = ALIASES_PATH) -> TzChoice:
    """Parse typed input into a time zone. Raises TzInputError (with suggestions) otherwise."""
    if not text or not text.strip():
        raise TzInputError("empty")
    off = _parse_offset(text)
    if off is not None:
        return off
    full, cities = _index(aliases_path)
    raw = text.strip()
    hit = full.get(raw.casefold().replace(" ", "_"))
    if hit is None:
        key = _norm(raw)
        hit = cities.get(key)
        if hit is None and "/" in key:
            hit = cities.get(key.rsplit("/", 1)[1].strip())
    if hit is not None:
        try:
            zone(hit)
        except ValueError:
            hit = None
        else:
            return TzChoice(hit)
    key = _norm(raw).rsplit("/", 1)[-1].strip()
    close = difflib.get_close_matches(key, list(cities), n=3, cutoff=0.75)
    suggestions = tuple(dict.fromkeys(cities[c] for c in close))
    raise TzInputError("unknown", suggestions)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def tz_from_location(lat: float, lon: float, *, aliases_path: Path = ALIASES_PATH) -> TzChoice:
    """A best guess for a shared location; always `approximate` (ask the person to confirm)."""
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat + lon):
        raise TzInputError("location")
    best: tuple[float, str] | None = None
    for name, clat, clon in _reference_points(aliases_path):
        d = _haversine_km(lat, lon, clat, clon)
        if best is None or d < best[0]:
            best = (d, name)
    if best is not None and best[0] <= MAX_CITY_KM:
        try:
            zone(best[1])
        except ValueError:
            pass
        else:
            return TzChoice(best[1], approximate=True)
    hours = max(-12, min(12, round(lon / 15)))
    return TzChoice(fixed_offset_name(hours * 60), approximate=True, fixed=True)


def validate_timezones(root: Path, lang: str = "en") -> list[str]:
    """Problems in ``content/<lang>/timezones.toml`` (for ``pinbot content check``)."""
    path = root / lang / "timezones.toml"
    where = f"content/{lang}/timezones.toml"
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return [f"{where}: {exc}"]
    known = zoneinfo.available_timezones()
    problems: list[str] = []
    aliases = data.get("aliases", {})
    if not isinstance(aliases, dict):
        problems.append(f"{where}: [aliases] must be a table of place = IANA zone")
        aliases = {}
    for place, name in aliases.items():
        if not isinstance(name, str) or name not in known:
            problems.append(f"{where}: alias {place!r}: {name!r} is not an IANA time zone")
    places = data.get("places", {})
    if not isinstance(places, dict):
        problems.append(f"{where}: [places] must be a table of place = [lat, lon, zone]")
        places = {}
    for place, value in places.items():
        ok = (
            isinstance(value, list)
            and len(value) == 3
            and all(isinstance(x, int | float) for x in value[:2])
            and -90 <= value[0] <= 90
            and -180 <= value[1] <= 180
            and isinstance(value[2], str)
            and value[2] in known
        )
        if not ok:
            problems.append(
                f"{where}: place {place!r}: expected [latitude, longitude, IANA zone], "
                f"got {value!r}"
            )
    return problems
