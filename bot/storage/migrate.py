"""Numbered SQL migrations (``migrations/NNN_name.sql``), applied once each and recorded.

Everything here is synchronous ``sqlite3``: it runs once at start, before the async connection
opens, and from ``pinbot db migrate``. A file that is not SQLite, is read-only, or carries a newer
schema than this code knows is refused *before* anything writes to it.

The same files are applied to PostgreSQL by :func:`bot.storage.pg.migrate_pg` (SQLite's DDL
idioms rewritten by :func:`bot.storage.sqltext.pg_ddl`; where that is not enough, a file
``migrations/pg/NNN_name.sql`` replaces the rewrite), recorded in the same ``schema_migrations``
table. Write migrations in the common subset: ``INTEGER``/``TEXT``/``REAL``/``BLOB`` columns,
``INTEGER PRIMARY KEY`` ids, times as ISO-8601 text or unix seconds, one statement per ``;``.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
_NAME_RE = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME_RE.match(path.name)
        if not match:
            raise DatabaseError(f"{path.name}: migration files must be named NNN_name.sql")
        found.append(Migration(int(match.group(1)), match.group(2), path.read_text("utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise DatabaseError(f"migrations must be numbered 001, 002, ... without gaps: {versions}")
    return found


def inspect_file(path: Path) -> None:
    """Refuse files we must not touch: not SQLite, not writable."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a directory, not a database file")
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not an SQLite database; refusing to touch it")
        if not os.access(path, os.W_OK):
            raise DatabaseError(f"{path} is read-only; the bot needs to write to its database")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not os.access(parent, os.W_OK):
        raise DatabaseError(
            f"the folder {parent} is read-only; SQLite needs to create files beside the database"
        )


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
    ).fetchone()
    if row is None:
        return 0
    value = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
    return int(value or 0)


def migrate(path: Path, migrations: list[Migration] | None = None) -> tuple[int, list[int]]:
    """Bring the database at ``path`` to the newest schema.

    Returns ``(version, applied)``. Creates the file (and its folder) when missing.
    """
    migrations = load_migrations() if migrations is None else migrations
    newest = migrations[-1].version if migrations else 0
    inspect_file(path)
    if path.exists() and path.stat().st_size > 0:
        # Look before writing anything (setting WAL would already modify the file).
        try:
            ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                version = current_version(ro)
            finally:
                ro.close()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path} cannot be read as SQLite ({exc}); refusing to touch it"
            ) from exc
        if version > newest:
            raise DatabaseError(
                f"{path} has schema version {version}, newer than this Pinbot knows ({newest}); "
                "upgrade Pinbot instead of using an older release on this database"
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    applied: list[int] = []
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        version = current_version(conn)
        for migration in migrations:
            if migration.version <= version:
                continue
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            try:
                conn.execute("BEGIN IMMEDIATE")
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, stamp),
                )
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.execute("ROLLBACK")
                raise DatabaseError(
                    f"migration {migration.version:03d}_{migration.name} failed: {exc}"
                ) from exc
            applied.append(migration.version)
        return current_version(conn), applied
    finally:
        conn.close()


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about quotes)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()
    ):
        raise DatabaseError(f"unterminated SQL statement in migration: {buffer.strip()[:60]}")
    return statements
