"""Everything stored about one person: find it, export it, delete it; prune old history.

Convention (see docs/ARCHITECTURE.md): a table that holds personal data has a ``user_id``
column (or, for chat-scoped tables, a ``chat_id`` column — Pinbot only talks in private chats,
where the chat id is the user id), **or** references such a table through a foreign key.
Tables are discovered from the catalog (``sqlite_master``, PostgreSQL's ``pg_catalog``) at run
time, so a table added by a future migration is covered without touching this module. Tables that
hold no personal data at all are listed in :data:`NON_PERSONAL_TABLES`;
``tests/e2e/test_privacy.py`` fails for a table that is none of these.

Deletion runs in ONE transaction (SQLite: ``BEGIN IMMEDIATE`` with foreign keys deferred to the
commit), deepest tables first, so either everything about the person is gone or nothing changed.
Rows reached only through foreign keys (e.g. a schedule's occurrences) are deleted explicitly
too, not left to ``ON DELETE CASCADE``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.storage.db import Conn, Database, Engine

PERSON_COLUMNS = ("user_id", "chat_id")
# Tables that never hold anything about a person (bookkeeping only).
NON_PERSONAL_TABLES = frozenset(
    {"schema_migrations", "webhook_updates", "ops_state", "reminder_images", "telegram_budget"}
)
# Personal, but transport only: the durable inbox holds a person's updates until they are
# processed (then only ids and times). Deleted with everything else; not part of an export,
# which would otherwise show the very request that asked for it.
NOT_EXPORTED = frozenset({"inbox"})


@dataclass(frozen=True)
class Link:
    """A child table whose ``child_cols`` reference ``parent_cols`` of its parent table."""

    child: str
    child_cols: tuple[str, ...]
    parent_cols: tuple[str, ...]


@dataclass(frozen=True)
class Schema:
    tables: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    children: dict[str, tuple[Link, ...]]  # parent table -> links to it

    def person_column(self, table: str) -> str | None:
        cols = self.columns[table]
        for name in PERSON_COLUMNS:
            if name in cols:
                return name
        return None

    def personal_tables(self) -> list[tuple[str, str]]:
        out = []
        for table in self.tables:
            column = self.person_column(table)
            if column is not None:
                out.append((table, column))
        return out

    def unclassified_tables(self) -> list[str]:
        """Tables neither personal (by column or foreign key) nor declared non-personal."""
        reachable: set[str] = set()
        stack = [t for t, _ in self.personal_tables()]
        while stack:
            table = stack.pop()
            if table in reachable:
                continue
            reachable.add(table)
            stack.extend(link.child for link in self.children.get(table, ()))
        return [t for t in self.tables if t not in reachable and t not in NON_PERSONAL_TABLES]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def _rows(conn: Conn, sql: str, params: Iterable[Any] = ()) -> list[Any]:
    cursor = await conn.execute(sql, tuple(params))
    rows = await cursor.fetchall()
    await cursor.close()
    return list(rows)


async def read_schema(conn: Conn, engine: Engine = "sqlite") -> Schema:
    if engine == "postgresql":
        return await _read_pg_schema(conn)
    names = [
        str(r[0])
        for r in await _rows(
            conn,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name",
        )
    ]
    columns: dict[str, tuple[str, ...]] = {}
    pks: dict[str, tuple[str, ...]] = {}
    for table in names:
        info = await _rows(conn, f"PRAGMA table_info({_q(table)})")
        columns[table] = tuple(str(r[1]) for r in info)
        pk = sorted((int(r[5]), str(r[1])) for r in info if int(r[5]) > 0)
        pks[table] = tuple(name for _, name in pk) or ("rowid",)
    children: dict[str, list[Link]] = {}
    for table in names:
        fks = await _rows(conn, f"PRAGMA foreign_key_list({_q(table)})")
        grouped: dict[int, list[Any]] = {}
        for r in fks:
            grouped.setdefault(int(r[0]), []).append(r)
        for parts in grouped.values():
            parts.sort(key=lambda r: int(r[1]))
            parent = str(parts[0][2])
            if parent not in columns:
                continue
            child_cols = tuple(str(r[3]) for r in parts)
            parent_cols = pks[parent] if parts[0][4] is None else tuple(str(r[4]) for r in parts)
            children.setdefault(parent, []).append(Link(table, child_cols, parent_cols))
    return Schema(tuple(names), columns, {k: tuple(v) for k, v in children.items()})


_PG_FOREIGN_KEYS = """
SELECT child.relname AS child, parent.relname AS parent,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, pos)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.pos) AS child_cols,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(num, pos)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.pos) AS parent_cols
FROM pg_constraint con
JOIN pg_class child ON child.oid = con.conrelid
JOIN pg_class parent ON parent.oid = con.confrelid
WHERE con.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
ORDER BY child.relname, con.conname
"""


async def _read_pg_schema(conn: Conn) -> Schema:
    names = [
        str(r[0])
        for r in await _rows(
            conn,
            "SELECT table_name FROM information_schema.tables WHERE table_schema ="
            " current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
        )
    ]
    columns: dict[str, tuple[str, ...]] = {}
    for table in names:
        info = await _rows(
            conn,
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        columns[table] = tuple(str(r[0]) for r in info)
    children: dict[str, list[Link]] = {}
    for r in await _rows(conn, _PG_FOREIGN_KEYS):
        if str(r["parent"]) in columns and str(r["child"]) in columns:
            link = Link(str(r["child"]), tuple(r["child_cols"]), tuple(r["parent_cols"]))
            children.setdefault(str(r["parent"]), []).append(link)
    return Schema(tuple(names), columns, {k: tuple(v) for k, v in children.items()})


@dataclass(frozen=True)
class Selection:
    """``SELECT ... FROM table WHERE <where>`` for the rows of one table about one person."""

    table: str
    where: str
    depth: int


def _paths(schema: Schema) -> list[Selection]:
    """Every (table, condition) path that selects rows about the person bound to ``:uid``."""
    out: list[Selection] = []

    def walk(table: str, where: str, depth: int, path: tuple[str, ...]) -> None:
        out.append(Selection(table, where, depth))
        for link in schema.children.get(table, ()):
            if link.child in path:  # self-references and cycles
                continue
            child_cols = ", ".join(_q(c) for c in link.child_cols)
            parent_cols = ", ".join(_q(c) for c in link.parent_cols)
            sub = f"SELECT {parent_cols} FROM {_q(table)} WHERE {where}"
            walk(link.child, f"({child_cols}) IN ({sub})", depth + 1, (*path, link.child))

    for table, column in schema.personal_tables():
        walk(table, f"{_q(column)} = :uid", 0, (table,))
    return out


def _selections(schema: Schema) -> list[Selection]:
    """One selection per table (its paths OR-ed), deepest first.

    A child is always deeper than each of its parents, so deleting in this order never removes
    a parent row that a later child condition still needs to read.
    """
    grouped: dict[str, list[Selection]] = {}
    for sel in _paths(schema):
        grouped.setdefault(sel.table, []).append(sel)
    merged = [
        Selection(table, " OR ".join(f"({s.where})" for s in sels), max(s.depth for s in sels))
        for table, sels in grouped.items()
    ]
    return sorted(merged, key=lambda s: (-s.depth, s.table))


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


async def export_user(db: Database, user_id: int, now: datetime) -> dict[str, Any]:
    """Every row about ``user_id`` as a JSON-able document (one consistent read)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    async with db.transaction() as conn:
        schema = await read_schema(conn, db.engine)
        for sel in _selections(schema):
            if sel.table in NOT_EXPORTED:
                continue
            cursor = await conn.execute(
                f"SELECT * FROM {_q(sel.table)} WHERE {sel.where}", {"uid": user_id}
            )
            names = [d[0] for d in cursor.description]
            rows = await cursor.fetchall()
            await cursor.close()
            tables[sel.table] = [
                {n: _jsonable(v) for n, v in zip(names, row, strict=True)} for row in rows
            ]
    return {
        "format": "pinbot-export/1",
        "exported_at": now.isoformat(timespec="seconds"),
        "user_id": user_id,
        "tables": {name: rows for name, rows in sorted(tables.items()) if rows},
    }


async def count_rows_about(db: Database, user_id: int) -> dict[str, int]:
    """``{table: rows about user_id}`` for every personal or linked table (zeros included)."""
    counts: dict[str, int] = {}
    async with db.transaction() as conn:
        schema = await read_schema(conn, db.engine)
        for sel in _selections(schema):
            counts[sel.table] = await _count(conn, sel, user_id)
    return counts


async def _count(conn: Conn, sel: Selection, user_id: int) -> int:
    cursor = await conn.execute(
        f"SELECT COUNT(*) FROM {_q(sel.table)} WHERE {sel.where}", {"uid": user_id}
    )
    row = await cursor.fetchone()
    await cursor.close()
    return int(row[0]) if row is not None else 0


class DeletionIncomplete(RuntimeError):
    """Rows about the person were still found after deleting; nothing was changed."""


async def delete_user(db: Database, user_id: int) -> dict[str, int]:
    """Remove every row about ``user_id`` in one transaction; returns rows deleted per table."""
    deleted: dict[str, int] = {}
    async with db.transaction() as conn:
        if db.engine == "sqlite":
            await conn.execute("PRAGMA defer_foreign_keys = ON")
        schema = await read_schema(conn, db.engine)
        selections = _selections(schema)  # deepest first
        for sel in selections:
            cursor = await conn.execute(
                f"DELETE FROM {_q(sel.table)} WHERE {sel.where}", {"uid": user_id}
            )
            deleted[sel.table] = max(cursor.rowcount, 0)
            await cursor.close()
        left = {s.table: n for s in selections if (n := await _count(conn, s, user_id))}
        if left:
            raise DeletionIncomplete(f"rows left after deletion in: {sorted(left)}")
    return {table: n for table, n in deleted.items() if n}


# -- retention ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRule:
    table: str
    time_column: str
    unix: bool = False  # True: unix seconds; False: ISO-8601 UTC text (dates too)
    days: int | None = None  # None: the configured retention (PINBOT_RETENTION_DAYS)


# What is pruned automatically (see content/en/ui/privacy.toml, which tells people so).
TRIAGE_OUTCOME_DAYS = 365
DIARY_DAYS = 365  # a diary is useful at an appointment months later; then it goes
RETENTION_RULES = (
    RetentionRule("diary_entries", "at", unix=True, days=DIARY_DAYS),
    RetentionRule("reminder_deliveries", "due_at", unix=True),
    RetentionRule("reminder_events", "at", unix=True),
    RetentionRule("triage_outcomes", "date", days=TRIAGE_OUTCOME_DAYS),
)


async def prune(
    db: Database, rules: Iterable[RetentionRule], now: datetime, days: int
) -> dict[str, int]:
    """Delete rows older than their rule's days (default ``days``); missing tables are skipped."""
    removed: dict[str, int] = {}
    async with db.transaction() as conn:
        if db.engine == "sqlite":
            await conn.execute("PRAGMA defer_foreign_keys = ON")
        schema = await read_schema(conn, db.engine)
        for rule in rules:
            columns = schema.columns.get(rule.table, ())
            if rule.time_column not in columns:
                continue
            cutoff_dt = now - timedelta(days=rule.days if rule.days is not None else days)
            cutoff: int | str = (
                int(cutoff_dt.timestamp()) if rule.unix else cutoff_dt.isoformat(timespec="seconds")
            )
            cursor = await conn.execute(
                f"DELETE FROM {_q(rule.table)} WHERE {_q(rule.time_column)} < ?", (cutoff,)
            )
            removed[rule.table] = removed.get(rule.table, 0) + max(cursor.rowcount, 0)
            await cursor.close()
    return removed
