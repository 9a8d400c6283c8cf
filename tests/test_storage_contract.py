"""The storage modules without a test file of their own, on both engines (SQLite and PostgreSQL):
people, reminder set-up drafts, the operational state and the /admin counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage.counts import aggregate_counts
from bot.storage.db import Database
from bot.storage.drafts import DraftStore
from bot.storage.ops_store import OpsStore
from bot.storage.triage_store import TriageStore
from bot.storage.users import UserStore

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
BIG = 7_000_000_001  # Telegram ids exceed 32 bits


async def test_people_drafts_ops_state_and_counts(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        users = UserStore(db)
        await users.touch(BIG, BIG, "en-GB-extra-long", T0)
        await users.touch(BIG, BIG, None, T0)  # the same day: no write
        await users.set_timezone(BIG, "Europe/London")
        assert await users.timezone(BIG) == "Europe/London"
        await users.set_blocked(BIG, True)
        row = await db.fetchone("SELECT language, blocked FROM users WHERE user_id = ?", (BIG,))
        assert row is not None and row["language"] == "en-GB-ex" and row["blocked"] == 1
        assert await users.timezone(42) is None

        drafts = DraftStore(db)
        await drafts.put(BIG, {"step": "days", "tz": "UTC"}, T0)
        await drafts.put(BIG, {"step": "time"}, T0 + timedelta(minutes=1))
        assert await drafts.get(BIG, T0 + timedelta(hours=2)) == {"step": "time"}
        assert await drafts.get(BIG, T0 + timedelta(days=2)) is None  # too old
        assert await drafts.purge(T0 + timedelta(days=2)) == 1
        assert not await drafts.delete(BIG)

        ops = OpsStore(db)
        assert await ops.has_table("webhook_updates") and not await ops.has_table("nope")
        stamp = T0.isoformat(timespec="seconds")
        await ops.save_update_ids([(5, stamp), (6, stamp), (5, stamp)], "2000-01-01T00:00:00")
        assert await ops.recent_update_ids(10) == [5, 6]
        later = (T0 + timedelta(days=3)).isoformat(timespec="seconds")
        await ops.save_update_ids([(7, later)], (T0 + timedelta(days=1)).isoformat())
        assert await ops.recent_update_ids(10) == [7]  # older ids forgotten
        triage = TriageStore(db)
        await triage.start(BIG, BIG, "s1", {}, "v", T0)
        assert await triage.finish(BIG, "s1", "urgent", T0)
        first = await ops.last_outcome_id()
        assert first is not None and first >= 1
        assert await ops.outcomes_after(0) == [(first, "urgent")]
        assert await ops.active_schedules() == 0

        counts = await aggregate_counts(db, T0 + timedelta(hours=1))
        assert counts["users"] == 1 and counts["active_7d"] == 1
        assert counts["levels"] == {"urgent": 1} and counts["triage_30d"] == 1
        assert counts["schedules"] == 0 and counts["sent_24h"] == 0
    finally:
        await db.close()
