"""The PostgreSQL engine: asyncpg with a connection pool, and migrations for PostgreSQL.

Imported only when ``PINBOT_DB`` is a ``postgresql://`` URL (asyncpg is not loaded otherwise).
Statements arrive with SQLite placeholders and are rewritten by :mod:`bot.storage.sqltext`.
Migrations are the same ``migrations/NNN_name.sql`` files, rewritten by
:func:`bot.storage.sqltext.pg_ddl`, or ``migrations/pg/NNN_name.sql`` where a rewrite is not
enough; they are recorded in the same ``schema_migrations`` table as on SQLite. Replicas that
start together migrate one after the other (a session advisory lock).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from bot.storage.db import Conn, Cursor, Database, Engine, Params
from bot.storage.migrate import MIGRATIONS_DIR, DatabaseError, Migration, load_migrations
from bot.storage.sqltext import bind, pg_ddl, translate

__all__ = ["LOCK_MIGRATE", "PgDatabase", "migrate_pg", "pg_script"]

# Advisory lock keys (one namespace for the whole bot; see also bot/storage/replicas.py).
LOCK_MIGRATE = 0x50_1B_07_01
_STATUS_COUNT = re.compile(r"(\d+)$")
PG_MIGRATIONS_DIR = MIGRATIONS_DIR / "pg"
POOL_MAX = 10


def _count(status: str) -> int:
    """Rows changed, from a command tag such as ``UPDATE 3`` or ``INSERT 0 1``."""
    m = _STATUS_COUNT.search(status or "")
    return int(m.group(1)) if m else -1


class PgCursor:
    """What ``conn.execute`` returns inside a transaction: results already fetched."""

    __slots__ = ("_i", "_rows", "rowcount")

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self._i = 0
        self.rowcount = rowcount

    @property
    def description(self) -> tuple[tuple[str, None, None, None, None, None, None], ...]:
        if not self._rows:
            return ()
        names = self._rows[0].keys()  # iterating a Record gives its values
        return tuple((name, None, None, None, None, None, None) for name in names)

    async def fetchone(self) -> asyncpg.Record | None:
        if self._i >= len(self._rows):
            return None
        row = self._rows[self._i]
        self._i += 1
        return row

    async def fetchall(self) -> list[asyncpg.Record]:
        rest = self._rows[self._i :]
        self._i = len(self._rows)
        return rest

    async def close(self) -> None:
        self._rows = []

    @property
    def lastrowid(self) -> int:
        raise NotImplementedError(
            "cursor.lastrowid is SQLite only: write INSERT ... RETURNING id and read the row"
        )


async def _run(conn: Any, sql: str, params: Params) -> PgCursor:
    stmt = translate(sql)
    args = bind(stmt, params)
    if stmt.returns_rows:
        rows = await conn.fetch(stmt.sql, *args)
        return PgCursor(rows, len(rows))
    status = await conn.execute(stmt.sql, *args)
    return PgCursor([], _count(status))


class _PgConn:
    __slots__ = ("raw",)

    def __init__(self, raw: asyncpg.Connection) -> None:
        self.raw = raw

    async def execute(self, sql: str, params: Params = ()) -> Cursor:
        return await _run(self.raw, sql, params)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        stmt = translate(sql)
        await self.raw.executemany(stmt.sql, [bind(stmt, p) for p in rows])


class PgDatabase(Database):
    engine: Engine = "postgresql"

    def __init__(self, pool: asyncpg.Pool, url: str, version: int) -> None:
        self.pool = pool
        self.url = url
        self.version = version

    @classmethod
    async def connect(cls, url: str, *, max_size: int = POOL_MAX) -> PgDatabase:
        try:
            version, _ = await migrate_pg(url)
            pool = await asyncpg.create_pool(url, min_size=1, max_size=max_size)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            raise DatabaseError(f"cannot use the PostgreSQL database in PINBOT_DB: {exc}") from exc
        return cls(pool, url, version)

    async def close(self) -> None:
        await self.pool.close()

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self.pool.acquire() as conn:
            return (await _run(conn, sql, params)).rowcount

    async def fetchone(self, sql: str, params: Params = ()) -> asyncpg.Record | None:
        stmt = translate(sql)
        async with self.pool.acquire() as conn:
            row: asyncpg.Record | None = await conn.fetchrow(stmt.sql, *bind(stmt, params))
            return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[asyncpg.Record]:
        stmt = translate(sql)
        async with self.pool.acquire() as conn:
            return list(await conn.fetch(stmt.sql, *bind(stmt, params)))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Conn]:
        async with self.pool.acquire() as conn, conn.transaction():
            yield _PgConn(conn)

    @asynccontextmanager
    async def raw(self) -> AsyncIterator[asyncpg.Connection]:
        """One pooled connection, for what only PostgreSQL has (advisory locks)."""
        async with self.pool.acquire() as conn:
            yield conn

    async def table_names(self) -> set[str]:
        rows = await self.fetchall(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
        return {str(r[0]) for r in rows}


# -- migrations ------------------------------------------------------------------------------


def pg_script(migration: Migration, override_dir: Path = PG_MIGRATIONS_DIR) -> str:
    """The PostgreSQL text of a migration: its override file if there is one, else rewritten."""
    override = override_dir / f"{migration.version:03d}_{migration.name}.sql"
    if override.is_file():
        return override.read_text("utf-8")
    return pg_ddl(migration.sql)


async def _current_version(conn: asyncpg.Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))


async def migrate_pg(url: str, migrations: list[Migration] | None = None) -> tuple[int, list[int]]:
    """Bring the PostgreSQL database at ``url`` to the newest schema; ``(version, applied)``."""
    migrations = load_migrations() if migrations is None else migrations
    newest = migrations[-1].version if migrations else 0
    try:
        conn = await asyncpg.connect(url, timeout=30)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        # the message names host/port or the server's complaint, never the password
        raise DatabaseError(f"cannot reach the PostgreSQL database in PINBOT_DB: {exc}") from exc
    applied: list[int] = []
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", LOCK_MIGRATE)
        try:
            version = await _current_version(conn)
            if version > newest:
                raise DatabaseError(
                    f"the PostgreSQL database has schema version {version}, newer than this "
                    f"Pinbot knows ({newest}); upgrade Pinbot instead of using an older release"
                )
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for migration in migrations:
                if migration.version <= version:
                    continue
                stamp = datetime.now(UTC).isoformat(timespec="seconds")
                try:
                    async with conn.transaction():
                        await conn.execute(pg_script(migration))
                        await conn.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at)"
                            " VALUES ($1, $2, $3)",
                            migration.version,
                            migration.name,
                            stamp,
                        )
                except asyncpg.PostgresError as exc:
                    raise DatabaseError(
                        f"migration {migration.version:03d}_{migration.name} failed: {exc}"
                    ) from exc
                applied.append(migration.version)
            return await _current_version(conn), applied
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", LOCK_MIGRATE)
    finally:
        await conn.close()
