"""Export / delete / prune over a schema discovered at run time (synthetic extra tables)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.pg import PgDatabase
from bot.storage.privacy import (
    NON_PERSONAL_TABLES,
    RetentionRule,
    count_rows_about,
    delete_user,
    export_user,
    prune,
    read_schema,
)
from tests.conftest import run_script

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

EXTRA = """
CREATE TABLE IF NOT EXISTS t_schedules (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(user_id), every TEXT);
CREATE TABLE IF NOT EXISTS t_occurrences (
    id INTEGER PRIMARY KEY, schedule_id INTEGER NOT NULL REFERENCES t_schedules(id),
    due_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS t_occurrence_notes (
    occurrence_id INTEGER NOT NULL REFERENCES t_occurrences(id) ON DELETE CASCADE, note BLOB);
CREATE TABLE IF NOT EXISTS t_chat_state (chat_id INTEGER PRIMARY KEY, state TEXT);
CREATE TABLE IF NOT EXISTS t_triage (
    user_id INTEGER NOT NULL, level TEXT NOT NULL, finished_at TEXT NOT NULL);
"""


async def seed(db: Database, uid: int) -> None:
    stamp = NOW.isoformat()
    await db.execute(
        "INSERT INTO users (user_id, chat_id, first_seen, last_seen) VALUES (?, ?, ?, ?)",
        (uid, uid, stamp, stamp),
    )
    async with db.transaction() as conn:
        cur = await conn.execute(
            "INSERT INTO t_schedules (user_id, every) VALUES (?, '1h') RETURNING id", (uid,)
        )
        sid = (await cur.fetchone())[0]
        for day in (1, 28):
            cur = await conn.execute(
                "INSERT INTO t_occurrences (schedule_id, due_at) VALUES (?, ?) RETURNING id",
                (sid, f"2025-02-{day:02d}T10:00:00+00:00"),
            )
            oid = (await cur.fetchone())[0]
            await conn.execute("INSERT INTO t_occurrence_notes VALUES (?, ?)", (oid, b"\x00\x01"))
        await conn.execute("INSERT INTO t_chat_state VALUES (?, 'idle')", (uid,))
        await conn.execute(
            "INSERT INTO t_triage VALUES (?, 'urgent', '2024-10-01T00:00:00+00:00')", (uid,)
        )


async def _assert_foreign_keys_hold(db: Database) -> None:
    """SQLite defers foreign keys in deletions: check none is left dangling (PostgreSQL checks
    every statement itself)."""
    if db.engine == "sqlite":
        assert await db.fetchone("PRAGMA foreign_key_check") is None


@pytest.fixture
async def db(db_target: Path | str) -> Database:
    database = await Database.open(db_target)
    await run_script(database, EXTRA)
    yield database  # type: ignore[misc]
    await database.close()


async def test_export_contains_everything_about_the_person(db: Database) -> None:
    await seed(db, 1)
    await seed(db, 2)
    doc = await export_user(db, 1, NOW)
    tables = doc["tables"]
    assert doc["user_id"] == 1 and doc["format"] == "pinbot-export/1"
    assert [r["user_id"] for r in tables["users"]] == [1]
    assert len(tables["t_schedules"]) == 1 and tables["t_schedules"][0]["user_id"] == 1
    assert len(tables["t_occurrences"]) == 2
    assert tables["t_occurrence_notes"][0]["note"] == {"base64": "AAE="}
    assert tables["t_chat_state"] == [{"chat_id": 1, "state": "idle"}]
    assert tables["t_triage"][0]["level"] == "urgent"
    # nothing about person 2
    ids = {o["schedule_id"] for o in tables["t_occurrences"]}
    assert ids == {tables["t_schedules"][0]["id"]}


async def test_delete_leaves_nothing_and_spares_others(db: Database) -> None:
    await seed(db, 1)
    await seed(db, 2)
    before_other = await count_rows_about(db, 2)
    deleted = await delete_user(db, 1)
    assert deleted["users"] == 1 and deleted["t_occurrences"] == 2
    assert all(n == 0 for n in (await count_rows_about(db, 1)).values())
    assert await count_rows_about(db, 2) == before_other
    await _assert_foreign_keys_hold(db)
    assert (await export_user(db, 1, NOW))["tables"] == {}


async def test_delete_is_all_or_nothing(db: Database) -> None:
    await seed(db, 1)
    if db.engine == "sqlite":
        await run_script(
            db,
            "CREATE TRIGGER boom BEFORE DELETE ON t_triage BEGIN SELECT RAISE(ABORT, 'no'); END;",
        )
    else:
        assert isinstance(db, PgDatabase)
        async with db.raw() as conn:
            await conn.execute(
                "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS"
                " $$ BEGIN RAISE EXCEPTION 'no'; END $$;"
                " CREATE TRIGGER boom BEFORE DELETE ON t_triage"
                " FOR EACH ROW EXECUTE FUNCTION boom()"
            )
    with pytest.raises(Exception, match="no"):
        await delete_user(db, 1)
    counts = await count_rows_about(db, 1)
    assert counts["users"] == 1 and counts["t_occurrences"] == 2


async def test_every_table_is_classified(db: Database) -> None:
    async with db.transaction() as conn:
        schema = await read_schema(conn, db.engine)
    assert schema.unclassified_tables() == []
    await run_script(db, "CREATE TABLE mystery (schedule_ref INTEGER, x TEXT);")
    async with db.transaction() as conn:
        schema = await read_schema(conn, db.engine)
    assert schema.unclassified_tables() == ["mystery"]
    assert "schema_migrations" in NON_PERSONAL_TABLES


async def test_prune_removes_only_old_rows(db: Database) -> None:
    await seed(db, 1)
    removed = await prune(
        db,
        [RetentionRule("t_occurrences", "due_at"), RetentionRule("no_such_table", "x")],
        NOW,
        days=10,
    )
    assert removed == {"t_occurrences": 1}
    rows = await db.fetchall("SELECT due_at FROM t_occurrences")
    assert [r[0] for r in rows] == ["2025-02-28T10:00:00+00:00"]
    notes = await db.fetchall("SELECT * FROM t_occurrence_notes")
    assert len(notes) == 1  # the cascade took the old occurrence's note with it
