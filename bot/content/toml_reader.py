"""Where content files live and `Reader`, which turns raw TOML into typed values.

A `Reader` collects every problem it meets (missing file, bad TOML, missing or mistyped field)
instead of stopping at the first one.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
DEFAULT_LANG = "en"

CAUSES_FILE = "causes.toml"
FAQ_FILE = "faq.toml"
EXERCISES_FILE = "exercises.toml"
EMERGENCY_FILE = "emergency.toml"
FINDINGS_FILE = "findings.toml"
SYNONYMS_FILE = "synonyms.toml"


class Reader:
    """Collects problems while turning raw TOML tables into typed values."""

    def __init__(self, root: Path, lang: str) -> None:
        self.root = root
        self.lang = lang
        self.problems: list[str] = []

    def rel(self, name: str) -> str:
        return f"{self.root.name}/{self.lang}/{name}"

    def read(self, name: str) -> dict[str, Any] | None:
        path = self.root / self.lang / name
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            self.problems.append(f"{self.rel(name)}: file is missing")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(f"{self.rel(name)}: cannot read ({exc})")
            return None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self.problems.append(f"{self.rel(name)}: invalid TOML: {exc}")
            return None

    def table_list(self, data: dict[str, Any], name: str, key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{self.rel(name)}: '{key}' must be an array of tables [[{key}]]")
            return []
        return value

    def text(self, where: str, table: dict[str, Any], key: str, *, empty_ok: bool = False) -> str:
        value = table.get(key)
        if value is None:
            self.problems.append(f"{where}: field '{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{where}: field '{key}' must be a string")
            return ""
        if not empty_ok and not value.strip():
            self.problems.append(f"{where}: field '{key}' is empty")
        return value

    def strings(
        self, where: str, table: dict[str, Any], key: str, *, required: bool
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.problems.append(f"{where}: field '{key}' is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}: field '{key}' must be a list of strings")
            return ()
        return tuple(value)

    def unknown(self, where: str, table: dict[str, Any], allowed: AbstractSet[str]) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            self.problems.append(f"{where}: unknown field(s) {', '.join(map(repr, extra))}")


def read_item_id(r: Reader, file: str, kind: str, table: dict[str, Any], n: int) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not value.strip():
        r.problems.append(f"{r.rel(file)}: {kind} #{n}: field 'id' is missing or not a string")
        return ""
    return value


def read_items(
    r: Reader, data: dict[str, Any], file: str, kind: str, allowed: set[str]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Each ``[[kind]]`` table of `file` as (its id, where to say a problem is, the table); a
    missing id and unknown fields are reported on the way."""
    for n, t in enumerate(r.table_list(data, file, kind), 1):
        item_id = read_item_id(r, file, kind, t, n)
        where = f"{r.rel(file)}: {kind} '{item_id or '#' + str(n)}'"
        r.unknown(where, t, allowed)
        yield item_id, where, t


def small_int(r: Reader, where: str, table: dict[str, Any], key: str, default: int) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 30:
        r.problems.append(f"{where}: '{key}' must be a whole number from 1 to 30")
        return default
    return value


def flag(r: Reader, where: str, table: dict[str, Any], key: str) -> bool:
    """An optional true/false field (false when absent)."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        r.problems.append(f"{where}: '{key}' must be true or false")
        return False
    return value
