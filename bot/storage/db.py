"""The database: SQLite (one file, the default) or PostgreSQL (several replicas), one interface.

Storage modules write every statement once, with SQLite's placeholders (``?`` or ``:name``), and
read rows by column name (or position). :meth:`Database.open` picks the engine from the target:

* a path: SQLite through aiosqlite, WAL mode, foreign keys on. All statements go through one
  connection guarded by a lock, so a transaction opened by one handler never swallows another
  handler's statements (updates of different chats run concurrently);
* a ``postgresql://`` URL: asyncpg with a connection pool (:mod:`bot.storage.pg`, imported only
  then); placeholders are rewritten to ``$n`` by :mod:`bot.storage.sqltext`.

``transaction()`` yields a :class:`Conn` on both engines: ``await conn.execute(sql, params)``
returns a cursor with ``rowcount``, ``fetchone()``, ``fetchall()`` and ``close()``.
Migrations are applied at open on both engines.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, Literal, Protocol

import aiosqlite

from bot.storage.migrate import migrate

__all__ = ["Conn", "Cursor", "Database", "Engine", "Params", "Row", "is_url", "previous_claims"]

Params = Sequence[Any] | dict[str, Any]
Engine = Literal["sqlite", "postgresql"]


# A result row, by column name or position: sqlite3.Row or asyncpg.Record.
Row = Any


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    async def fetchone(self) -> Any: ...

    async def fetchall(self) -> Iterable[Any]: ...

    async def close(self) -> None: ...


class Conn(Protocol):
    """The connection inside ``Database.transaction()``."""

    async def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...


def is_url(target: Path | str) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def previous_claims(replica: str, worker: str) -> tuple[str, tuple[int, str, str]]:
    """The condition (and its parameters) on a `claimed_by` column for the rows an earlier
    process of the same replica held: its worker id starts with ``replica`` + "/" and is not
    ``worker``, this process's (worker ids are "<host:port>/<process>")."""
    prefix = replica + "/"
    return (
        "claimed_by IS NOT NULL AND SUBSTR(claimed_by, 1, ?) = ? AND claimed_by <> ?",
        (len(prefix), prefix, worker),
    )


class Database:
    """Base of both engines; :meth:`open` returns the right one."""

    engine: Engine
    path: Path | None = None
    version: int

    @classmethod
    async def open(cls, target: Path | str) -> Database:
        if is_url(target):
            from bot.storage.pg import PgDatabase

            return await PgDatabase.connect(str(target))
        return await SqliteDatabase.connect(Path(target))

    async def close(self) -> None:
        raise NotImplementedError

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement in its own transaction; returns the number of rows changed."""
        raise NotImplementedError

    async def fetchone(self, sql: str, params: Params = ()) -> Any:
        raise NotImplementedError

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        raise NotImplementedError

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self.transaction() as conn:
            await conn.executemany(sql, rows)

    def transaction(self) -> AbstractAsyncContextManager[Conn]:
        """All statements on the yielded connection commit together (roll back on error)."""
        raise NotImplementedError

    async def table_names(self) -> set[str]:
        """The tables of this database (the application's schema only)."""
        raise NotImplementedError

    async def ping(self) -> bool:
        try:
            row = await self.fetchone("SELECT 1")
        except Exception:
            return False
        return row is not None


class _SqliteConn:
    __slots__ = ("_conn",)

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> Cursor:
        return await self._conn.execute(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)


class SqliteDatabase(Database):
    engine: Engine = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, path: Path, version: int) -> None:
        self.conn = conn
        self.path = path
        self.version = version
        self._lock = asyncio.Lock()
        self._wrapped = _SqliteConn(conn)

    @classmethod
    async def connect(cls, path: Path) -> SqliteDatabase:
        version, _ = await asyncio.to_thread(migrate, path)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA synchronous=NORMAL")
        return cls(conn, path, version)

    async def close(self) -> None:
        async with self._lock:
            await self.conn.close()

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            count = cursor.rowcount
            await cursor.close()
            return count

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            row = await cursor.fetchone()
            await cursor.close()
            return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            rows = await cursor.fetchall()
            await cursor.close()
            return list(rows)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Conn]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error), holding the lock."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._wrapped
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    async def table_names(self) -> set[str]:
        rows = await self.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return {str(r[0]) for r in rows}
