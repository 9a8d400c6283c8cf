"""Turn what a person types (or a shared location) into a time zone.

Accepted: an IANA name ("Europe/Berlin", any case), a city ("berlin", "New York", "Mumbai" —
the last part of any IANA zone, plus the aliases in content/en/timezones.toml), or a UTC offset
("UTC+2", "+05:30", "GMT-3", "-0330", "UTC"). Offsets become fixed zones without daylight-saving
time ("UTC+02:00"); the person is told so by the handler.

Abbreviations: the unambiguous ones in ``[abbreviations]`` of timezones.toml ("PST", "CET",
"JST") become a representative zone, shown with the local time to confirm; the ambiguous ones in
``[ambiguous]`` ("IST": India, Ireland or Israel) raise ``TzInputError("ambiguous")`` carrying
the choices, which the handler offers as buttons.

A location is looked up in the real time-zone boundaries by `timezonefinder` (its polygon data
ships inside the wheel; no network). It is imported lazily, on the first shared location only:
measured here: first lookup ~0.1-0.2 s, +66 MiB RSS (numpy, h3, the polygons), ~9 µs a lookup
(`python -m bot.bench.tzlookup` prints the figures). At sea it answers an "Etc/GMT±N" zone, which
becomes a fixed offset. The handler shows the result with the local time so the person can
confirm or correct it.
"""

from __future__ import annotations

import atexit
import difflib
import functools
import importlib
import math
import re
import tomllib
import unicodedata
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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
ErrorCode = Literal["empty", "unknown", "offset_range", "offset_minutes", "location", "ambiguous"]


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

    def __init__(
        self,
        code: ErrorCode,
        suggestions: tuple[str, ...] = (),
        choices: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(code)
        self.code: ErrorCode = code
        self.suggestions = suggestions
        #: for "ambiguous": (label, IANA zone) pairs to offer as buttons
        self.choices = choices


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
def _abbreviations(path: Path) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """(ABBR -> zone, ABBR -> ((label, zone), ...)) from [abbreviations] and [ambiguous]."""
    data = _load_toml(path)
    plain: dict[str, str] = {}
    raw = data.get("abbreviations", {})
    if isinstance(raw, dict):
        plain = {k.upper(): v for k, v in raw.items() if isinstance(v, str)}
    amb: dict[str, tuple[tuple[str, str], ...]] = {}
    raw = data.get("ambiguous", {})
    if isinstance(raw, dict):
        for k, v in raw.items():
            if isinstance(v, list):
                pairs = tuple(
                    (str(c["label"]), str(c["tz"]))
                    for c in v
                    if isinstance(c, dict) and "label" in c and "tz" in c
                )
                amb[k.upper()] = pairs
    return plain, amb


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
    raw = text.strip()
    plain, ambiguous = _abbreviations(aliases_path)
    abbr = raw.upper().replace(".", "")
    if abbr in ambiguous:
        raise TzInputError("ambiguous", choices=ambiguous[abbr])
    if abbr in plain:
        return TzChoice(plain[abbr], approximate=True)
    full, cities = _index(aliases_path)
    hit = full.get(raw.casefold().replace(" ", "_"))
    if hit is not None and "/" not in hit:
        hit = None  # legacy top-level names ("Singapore", "GB"): look the city up instead
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


@functools.cache
def _finder() -> Any:
    """The timezonefinder instance, created on the first shared location (heavy: see above)."""
    module = importlib.import_module("timezonefinder")
    finder = module.TimezoneFinder()
    # Its polygon files are memory-mapped: release them at exit (else a ResourceWarning).
    atexit.register(finder.cleanup)
    return finder


_ETC_RE = re.compile(r"^Etc/GMT(?:([+-])(\d{1,2}))?$")


def tz_from_location(lat: float, lon: float) -> TzChoice:
    """The zone of a shared location from the real boundaries; always `approximate` (the
    handler asks the person to confirm). At sea: the nautical fixed offset."""
    if math.isnan(lat) or math.isnan(lon) or not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise TzInputError("location")
    name = _finder().timezone_at(lat=lat, lng=lon)
    if isinstance(name, str):
        m = _ETC_RE.match(name)
        if m is None:
            try:
                zone(name)
            except ValueError:
                pass
            else:
                return TzChoice(name, approximate=True)
        else:
            # POSIX sign: Etc/GMT+2 is two hours *behind* UTC.
            hours = int(m.group(2) or 0) * (1 if m.group(1) == "-" else -1)
            return TzChoice(fixed_offset_name(hours * 60), approximate=True, fixed=hours != 0)
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
    abbreviations = data.get("abbreviations", {})
    if not isinstance(abbreviations, dict):
        problems.append(f"{where}: [abbreviations] must be a table of ABBR = IANA zone")
        abbreviations = {}
    for abbr, name in abbreviations.items():
        if not isinstance(name, str) or name not in known or "/" not in name:
            problems.append(f"{where}: abbreviation {abbr!r}: {name!r} is not an IANA time zone")
    ambiguous = data.get("ambiguous", {})
    if not isinstance(ambiguous, dict):
        problems.append(f"{where}: [ambiguous] must be a table of ABBR = [{{label, tz}}, ...]")
        ambiguous = {}
    for abbr, choices in ambiguous.items():
        if abbr in abbreviations:
            problems.append(f"{where}: {abbr!r} is both ambiguous and an abbreviation")
        ok = isinstance(choices, list) and 2 <= len(choices) <= 4
        for c in choices if isinstance(choices, list) else []:
            ok = ok and (
                isinstance(c, dict)
                and isinstance(c.get("label"), str)
                and 0 < len(c["label"]) <= 30
                and c.get("tz") in known
                and len(f"v1:r:tz:set:{c['tz']}") <= 64
            )
        if not ok:
            problems.append(
                f"{where}: ambiguous {abbr!r}: expected 2-4 {{label, tz}} choices, got {choices!r}"
            )
    return problems
