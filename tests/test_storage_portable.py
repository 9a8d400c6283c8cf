"""Every statement in bot/storage must run on SQLite and on PostgreSQL: SQLite-only functions
and idioms are refused here, with the portable spelling, before a PostgreSQL test would fail."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORAGE = ROOT / "bot" / "storage"
MIGRATIONS = ROOT / "migrations"

# pattern -> what to write instead
SQLITE_ONLY = {
    r"\bINSERT\s+OR\s+(IGNORE|REPLACE)\b": "INSERT ... ON CONFLICT (...) DO NOTHING / DO UPDATE",
    r"\bREPLACE\s+INTO\b": "INSERT ... ON CONFLICT (...) DO UPDATE",
    r"\b(datetime|julianday|strftime|unixepoch)\s*\(": "times computed in Python",
    r"\bIFNULL\s*\(": "COALESCE(...)",
    r"\bGROUP_CONCAT\s*\(": "aggregate in Python",
    r"\bjson_extract\s*\(": "decode the JSON in Python",
    r"\blastrowid\b": "INSERT ... RETURNING id",
    r"\bchanges\s*\(\s*\)": "the row count execute() returns",
    r"(?<!WITHOUT )\browid\b": "an explicit INTEGER PRIMARY KEY",
    r"\bsqlite_master\b": "Database.table_names()",
}
# Engine-specific code that is allowed to say so (checked by its own tests on its engine).
ALLOWED = {"db.py", "migrate.py", "pg.py", "sqltext.py", "privacy.py"}


def _findings(text: str) -> list[str]:
    return [
        f"{m.group(0)!r}: use {fix}"
        for pattern, fix in SQLITE_ONLY.items()
        for m in re.finditer(pattern, text, re.I)
    ]


def _strings(path: Path) -> str:
    """The string literals of a module (where its SQL is), one per line."""
    tree = ast.parse(path.read_text("utf-8"))
    return "\n".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_storage_modules_use_portable_sql() -> None:
    found = {
        path.name: hits
        for path in sorted(STORAGE.glob("*.py"))
        if path.name not in ALLOWED and (hits := _findings(_strings(path)))
    }
    assert found == {}


def test_migrations_use_portable_sql() -> None:
    found = {
        path.name: hits
        for path in sorted(MIGRATIONS.glob("*.sql"))
        if (hits := _findings(path.read_text("utf-8")))
    }
    assert found == {}


def test_the_check_finds_what_it_looks_for() -> None:
    assert len(_findings("INSERT OR IGNORE INTO t SELECT IFNULL(a, 0), datetime('now')")) == 3
    assert _findings("INSERT INTO t VALUES (?) ON CONFLICT (k) DO NOTHING") == []
