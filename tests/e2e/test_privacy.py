"""/privacy (explain, export, delete), retention pruning, /admin and flood control, end to end."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import PinbotApp, build_application, running
from bot.config import Settings
from bot.context import services_of
from bot.handlers.privacy import prune_now
from bot.localapi import LocalBotApi, SimUser
from bot.ops.flood import FloodControl
from bot.ops.state import ops_of
from bot.storage.privacy import read_schema

UID = 987_654_321  # large, so it cannot collide with message ids or other numbers
OTHER = 123_123_123
DAY = 86400
NOT_PERSON_COLUMNS = {"message_id", "update_id"}


def connect(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path, timeout=10)
    conn.row_factory = sqlite3.Row
    return conn


def rows_mentioning(
    db_path: Path, uid: int, *, transport: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Independent oracle: every row of every table with any ``*_id`` column equal to ``uid``.

    The durable inbox (transport: it changes with every update the person sends) only when
    `transport` is asked for."""
    found: dict[str, list[dict[str, Any]]] = {}
    with connect(db_path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            if table == "inbox" and not transport:
                continue
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            id_cols = [c for c in cols if c.endswith("_id") and c not in NOT_PERSON_COLUMNS]
            if not id_cols:
                continue
            where = " OR ".join(f'"{c}" = ?' for c in id_cols)
            rows = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', [uid] * len(id_cols))
            hits = [dict(r) for r in rows]
            if hits:
                found[table] = hits
    conn.close()
    return found


def seed(db_path: Path, uid: int, *, events: int = 3, now: float | None = None) -> None:
    """A person with settings, reminder history, a check in progress and past check results."""
    now = now or time.time()
    n = int(now)
    with connect(db_path) as conn:
        conn.execute(
            "INSERT OR IGNORE INTO users (user_id, chat_id, language, tz, first_seen, last_seen)"
            " VALUES (?, ?, 'en', 'Europe/London', '2025-01-01T00:00:00+00:00',"
            " '2025-01-02T00:00:00+00:00')",
            (uid, uid),
        )
        conn.execute(
            "INSERT INTO reminder_schedules (user_id, chat_id, interval_min, start_min, end_min,"
            " weekdays, tz, next_due, created_at, updated_at)"
            " VALUES (?, ?, 60, 540, 1020, 31, 'Europe/London', ?, ?, ?)",
            (uid, uid, n + 3600, n, n),
        )
        for i in range(events):
            due = n - (i + 1) * 3600
            conn.execute(
                "INSERT INTO reminder_deliveries (schedule_id, due_at, status, attempts, sent_at,"
                " lateness_ms, message_id) VALUES (?, ?, 'sent', 1, ?, 120, ?)",
                (uid, due, due + 0.1, 10 + i),
            )
            conn.execute(
                "INSERT INTO reminder_events (schedule_id, due_at, action, at) VALUES (?, ?, ?, ?)",
                (uid, due, "done", due + 60),
            )
        conn.execute(
            "INSERT INTO triage_outcomes (user_id, level, date) VALUES (?, 'gp_soon', ?)",
            (uid, time.strftime("%Y-%m-%d", time.gmtime(n))),
        )
        conn.execute(
            "INSERT INTO triage_sessions (user_id, chat_id, session, state, flow_version,"
            " started_at, updated_at) VALUES (?, ?, 'abc', '{}', '1', '2025-01-01', '2025-01-01')",
            (uid, uid),
        )
    conn.close()


@pytest.fixture
def ann(api: LocalBotApi, running_bot: PinbotApp) -> SimUser:
    return api.user(UID, first_name="Ann")


async def open_privacy(person: SimUser) -> None:
    await person.send("/privacy")
    screen = await person.reply()
    assert "Export my data" in " ".join(screen.button_texts)


async def test_privacy_explains_what_is_stored_why_and_how_long(ann: SimUser) -> None:
    await ann.send("/privacy")
    screen = await ann.reply()
    text = screen.text
    for needle in ("What I keep", "never", "Why", "How long", "90 days", "level", "date"):
        assert needle in text, needle
    assert screen.button_texts[:2] == ["📦 Export my data", "🗑 Delete my data"]


async def test_privacy_from_the_main_menu(ann: SimUser, api: LocalBotApi) -> None:
    await ann.send("/start")
    await ann.reply()
    qid = await ann.press("🔒 Privacy")
    assert await api.callback_answer(qid) is not None
    assert "What I keep" in (await ann.edit()).text


async def collect_export(person: SimUser, api: LocalBotApi) -> dict[str, Any]:
    qid = await person.press("📦 Export my data")
    assert await api.callback_answer(qid) is not None
    sent = await person.reply()
    assert sent.kind == "document" and sent.file_data is not None
    assert "Your data" in sent.text  # the caption
    call = next(c for c in reversed(api.calls) if c.method == "sendDocument")
    assert call.ok
    return dict(json.loads(sent.file_data.decode("utf-8")))


async def test_export_contains_all_the_persons_data(
    ann: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    seed(db_path, UID)
    seed(db_path, OTHER)
    await open_privacy(ann)
    doc = await collect_export(ann, api)
    assert doc["user_id"] == UID
    expected = rows_mentioning(db_path, UID)
    assert set(expected) >= {
        "users",
        "reminder_schedules",
        "reminder_deliveries",
        "reminder_events",
        "triage_outcomes",
        "triage_sessions",
    }
    assert "inbox" in rows_mentioning(db_path, UID, transport=True)  # not exported
    assert doc["tables"] == expected
    assert str(OTHER) not in json.dumps(doc)


async def test_a_large_export_is_one_file(ann: SimUser, api: LocalBotApi, db_path: Path) -> None:
    await ann.send("/start")
    await ann.reply()
    seed(db_path, UID, events=150)
    await open_privacy(ann)
    doc = await collect_export(ann, api)
    assert len(doc["tables"]["reminder_events"]) == 150
    assert doc["tables"] == rows_mentioning(db_path, UID)


async def test_export_right_after_deletion_holds_only_the_new_contact(
    ann: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    seed(db_path, UID)
    await open_privacy(ann)
    await ann.press("🗑 Delete my data")
    await ann.edit()
    await ann.press("Yes, delete everything")
    await ann.edit()
    await ann.send("/privacy")
    await ann.reply()
    doc = await collect_export(ann, api)
    assert list(doc["tables"]) == ["users"]  # recorded again by this very conversation


async def test_delete_asks_first_then_removes_every_row_at_once(
    ann: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    seed(db_path, UID, events=5)
    seed(db_path, OTHER, events=5)
    other_before = rows_mentioning(db_path, OTHER)
    await open_privacy(ann)
    qid = await ann.press("🗑 Delete my data")
    await api.callback_answer(qid)
    confirm = await ann.edit()
    assert "can't be undone" in confirm.text
    assert rows_mentioning(db_path, UID), "nothing is deleted before confirming"
    qid = await ann.press("Yes, delete everything")
    await api.callback_answer(qid)
    assert "deleted" in (await ann.edit()).text
    assert rows_mentioning(db_path, UID) == {}, "some table still keeps a row about the person"
    assert rows_mentioning(db_path, OTHER) == other_before
    with connect(db_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert api.unanswered_callback_queries() == []


async def test_keep_deletes_nothing_and_stale_confirmation_expires(
    ann: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    seed(db_path, UID)
    before = rows_mentioning(db_path, UID)
    await open_privacy(ann)
    await ann.press("🗑 Delete my data")
    await ann.edit()
    await ann.press("No, keep it")
    assert "nothing was deleted" in (await ann.edit()).text
    stale = int(time.time()) - 3600
    qid = await ann.press_data(f"v1:p:confirm:{stale}")
    await api.callback_answer(qid)
    assert "expired" in (await ann.reply()).text
    assert rows_mentioning(db_path, UID) == before


async def test_after_deletion_the_person_starts_fresh(
    ann: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    await open_privacy(ann)
    await ann.press("🗑 Delete my data")
    await ann.edit()
    await ann.press("Yes, delete everything")
    await ann.edit()
    assert rows_mentioning(db_path, UID, transport=True) == {}  # the inbox rows went too
    await ann.send("/start")
    await ann.reply()
    assert list(rows_mentioning(db_path, UID)) == ["users"]


async def test_every_table_follows_the_personal_data_convention(running_bot: PinbotApp) -> None:
    """A new table must have user_id/chat_id, reference such a table, or be declared
    non-personal in bot/storage/privacy.py — otherwise export and delete would miss it."""
    db = services_of(running_bot).db
    async with db.transaction() as conn:
        schema = await read_schema(conn)
    assert schema.unclassified_tables() == []


async def test_retention_prunes_old_reminder_history(running_bot: PinbotApp, db_path: Path) -> None:
    now = time.time()
    seed(db_path, UID, events=2, now=now)
    with connect(db_path) as conn:
        old = int(now) - 91 * DAY
        conn.execute(
            "INSERT INTO reminder_events (schedule_id, due_at, action, at)"
            " VALUES (?, ?, 'skip', ?)",
            (UID, old, old),
        )
        conn.execute(
            "INSERT INTO triage_outcomes (user_id, level, date)"
            " VALUES (?, 'self_care', '2020-01-01')",
            (UID,),
        )
    conn.close()
    removed = await prune_now(running_bot)
    assert removed["reminder_events"] == 1 and removed["triage_outcomes"] == 1
    with connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM reminder_events").fetchone()[0] == 2
        assert conn.execute("SELECT COUNT(*) FROM triage_outcomes").fetchone()[0] == 1
    conn.close()


# -- /admin -----------------------------------------------------------------------------------

ADMIN = 777_000_111


@pytest.fixture
async def admin_bot(bot_env: dict[str, str]) -> AsyncIterator[PinbotApp]:
    settings = Settings.from_env({**bot_env, "PINBOT_ADMIN_IDS": f"{ADMIN}, 5"})
    app = build_application(settings)
    async with running(app, poll_timeout=1.0):
        yield app


async def test_admin_sees_aggregate_counts_only(
    admin_bot: PinbotApp, api: LocalBotApi, db_path: Path
) -> None:
    seed(db_path, UID)
    seed(db_path, OTHER)
    boss = api.user(ADMIN, first_name="Boss")
    await boss.send("/admin")
    reply = await boss.reply()
    assert "aggregate counts" in reply.text
    assert "People: 3" in reply.text  # two seeded + the admin
    assert "gp_soon: 2" in reply.text
    for uid in (UID, OTHER, ADMIN):
        assert str(uid) not in reply.text


async def test_admin_is_an_unknown_command_for_everyone_else(
    admin_bot: PinbotApp, api: LocalBotApi
) -> None:
    person = api.user(UID, first_name="Ann")
    await person.send("/admin")
    assert "don't know that command" in (await person.reply()).text
    await person.send("/frobnicate")
    assert (await person.reply()).text == person.bot_messages[-2].text


# -- flood control ----------------------------------------------------------------------------


async def test_flood_control_slows_one_person_down_without_affecting_others(
    ann: SimUser, api: LocalBotApi, running_bot: PinbotApp
) -> None:
    # a lower limit than the default 20 in 10 s: the replies to one chat are paced at about
    # one a second, as Telegram asks (the default limit across replicas: test_pg_replicas.py)
    ops_of(running_bot).flood = FloodControl(limit=6, window=10, cooldown=30)
    for _ in range(12):
        await ann.send("/help")
    replies = await ann.replies(7, timeout=15)
    assert all("/triage" in r.text for r in replies[:6])
    assert "very quickly" in replies[6].text
    assert await ann.quiet(0.7), "ignored for a while after the one warning"
    bob = api.user(OTHER, first_name="Bob")
    await bob.send("/help")
    assert "/triage" in (await bob.reply()).text


async def test_flood_control_on_buttons_pops_up_once(
    ann: SimUser, api: LocalBotApi, running_bot: PinbotApp
) -> None:
    await ann.send("/start")
    menu = await ann.reply()
    ops_of(running_bot).flood = FloodControl(limit=3, window=10, cooldown=30)
    ids = [await ann.press_data("v1:m:help", message_id=menu.message_id) for _ in range(8)]
    for qid in ids[:3]:
        assert await api.callback_answer(qid, timeout=15) is not None
    alert = await api.callback_answer(ids[3], timeout=15)
    assert "too fast" in str(alert.get("text", "")).lower()
    await ann.replies(3, timeout=15)
    assert await ann.quiet(0.5)
    for qid in ids[4:]:  # dropped without processing, but still answered (spinner stops)
        assert await api.callback_answer(qid, timeout=15) is not None
    assert api.unanswered_callback_queries() == []


async def test_oversized_callback_data_is_dropped_before_processing(
    ann: SimUser, api: LocalBotApi
) -> None:
    await ann.send("/start")
    menu = await ann.reply()
    qid = await ann.press_data("v1:p:" + "x" * 100, message_id=menu.message_id)
    assert await api.callback_answer(qid) is not None
    assert await ann.quiet(0.4)
