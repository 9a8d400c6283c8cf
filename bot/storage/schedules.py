"""Reminder schedules in SQLite: settings, the due-time index, leases, deliveries, outcomes.

Times in the database are UTC unix seconds (INTEGER). Every next-due value is computed by the pure
`bot.reminders.schedule` functions; this module only stores and claims. The mapping between rows
and Python values (and the row types) is in `bot.storage.schedule_rows`.

Delivery protocol (at most once per (schedule, due time)):
  1. `claim_due`: one ``UPDATE … RETURNING`` leases the oldest due rows to this worker
     (PostgreSQL: the inner SELECT gets ``FOR UPDATE SKIP LOCKED``).
  2. `begin_send`: in one transaction, check the lease is still ours and insert the delivery as
     'sending'. An existing 'sending' row written by another worker means a crash after (or just
     before) the request: the reminder is marked 'unknown' and not sent again.
  3. `finish`: in one transaction, record the outcome and advance the schedule (if still ours).
"""

from __future__ import annotations

import time as systime
from collections.abc import Sequence
from datetime import UTC, datetime

from bot.reminders.schedule import FOREVER, ReminderSettings, reschedule
from bot.storage.db import Database, previous_claims
from bot.storage.schedule_rows import (
    COLS,
    BeginResult,
    Claimed,
    Finish,
    ScheduleRow,
    from_ts,
    settings_columns,
    to_ts,
)
from bot.storage.schedule_rows import settings_of as settings_of

__all__ = [
    "BeginResult",
    "Claimed",
    "Finish",
    "ScheduleRow",
    "ScheduleStore",
    "from_ts",
    "to_ts",
]

FOREVER_TS = int(FOREVER.timestamp())
DEFAULT_LEASE_S = 20
KEEP_DELIVERIES_S = 8 * 86400


class ScheduleStore:
    def __init__(self, db: Database, worker: str, lease_s: int = DEFAULT_LEASE_S) -> None:
        self.db = db
        self.worker = worker
        self.lease_s = lease_s

    # --- reading --------------------------------------------------------------------------------

    async def get(self, user_id: int) -> ScheduleRow | None:
        row = await self.db.fetchone(
            f"SELECT {COLS} FROM reminder_schedules WHERE user_id = ?", (user_id,)
        )
        return None if row is None else ScheduleRow.of(row)

    async def earliest_due(self) -> int | None:
        """The smallest next_due of any schedule (claimed or not), or None."""
        row = await self.db.fetchone(
            "SELECT MIN(next_due) AS d FROM reminder_schedules WHERE next_due IS NOT NULL"
        )
        return None if row is None or row["d"] is None else int(row["d"])

    # --- changing settings ----------------------------------------------------------------------

    async def save(
        self,
        user_id: int,
        chat_id: int,
        s: ReminderSettings,
        now: datetime,
        *,
        next_override: datetime | None = None,
    ) -> ScheduleRow:
        """Create or update a schedule and recompute its next due time from `now` (or use
        `next_override`, e.g. a snooze).

        A lease held by a dispatcher is dropped: its in-flight reminder will not advance the
        schedule over the new settings.
        """
        old = await self.get(user_id)
        last_sent = old.last_sent if old is not None else None
        active = True if old is None else old.active
        nxt = (next_override or reschedule(s, now, last_sent)) if active else None
        n = to_ts(now)
        params = {
            "u": user_id,
            "c": chat_id,
            **settings_columns(s),
            "nd": to_ts(nxt),
            "now": n,
        }
        await self.db.execute(
            "INSERT INTO reminder_schedules (user_id, chat_id, interval_min, start_min, end_min,"
            " weekdays, tz, enabled, paused_until, snoozed_until, next_due, created_at,"
            " updated_at) VALUES (:u, :c, :iv, :sm, :em, :wd, :tz, :en, :pu, :su, :nd, :now,"
            " :now) ON CONFLICT (user_id) DO UPDATE SET chat_id = :c, interval_min = :iv,"
            " start_min = :sm, end_min = :em, weekdays = :wd, tz = :tz, enabled = :en,"
            " paused_until = :pu, snoozed_until = :su, next_due = :nd, claimed_by = NULL,"
            " claim_until = NULL, updated_at = :now",
            params,
        )
        got = await self.get(user_id)
        assert got is not None
        return got

    async def set_active(self, user_id: int, active: bool, now: datetime) -> ScheduleRow | None:
        """403 from Telegram (active=False) stops the schedule; /start (True) restarts it."""
        old = await self.get(user_id)
        if old is None:
            return None
        if not active:
            await self.db.execute(
                "UPDATE reminder_schedules SET active = 0, next_due = NULL, claimed_by = NULL,"
                " claim_until = NULL, updated_at = ? WHERE user_id = ?",
                (to_ts(now), user_id),
            )
        else:
            nxt = reschedule(old.settings, now, old.last_sent)
            await self.db.execute(
                "UPDATE reminder_schedules SET active = 1, next_due = ?, claimed_by = NULL,"
                " claim_until = NULL, updated_at = ? WHERE user_id = ?",
                (to_ts(nxt), to_ts(now), user_id),
            )
        return await self.get(user_id)

    async def delete(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM reminder_schedules WHERE user_id = ?", (user_id,))

    # --- dispatcher -----------------------------------------------------------------------------

    async def claim_due(self, now_ts: int, limit: int) -> list[Claimed]:
        """Lease up to `limit` due rows (oldest due first) to this worker."""
        # PostgreSQL: rows another replica is claiming right now are skipped, not waited for
        # (and never claimed twice); SQLite has one writer at a time anyway.
        skip = " FOR UPDATE SKIP LOCKED" if self.db.engine == "postgresql" else ""
        rows = await self.db.fetchall(
            "UPDATE reminder_schedules SET claimed_by = :w, claim_until = :until"
            " WHERE user_id IN (SELECT user_id FROM reminder_schedules"
            "  WHERE next_due <= :now AND (claim_until IS NULL OR claim_until < :now)"
            f"  ORDER BY next_due LIMIT :n{skip})"
            f" RETURNING {COLS}",
            {"w": self.worker, "until": now_ts + self.lease_s, "now": now_ts, "n": limit},
        )
        out = [Claimed(ScheduleRow.of(r), int(r["next_due"])) for r in rows]
        out.sort(key=lambda c: (c.due_ts, c.user_id))
        return out

    async def begin_send(self, c: Claimed, now_ts: int) -> BeginResult:
        """Before the request: renew the lease and write the 'sending' record, atomically."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE reminder_schedules SET claim_until = ? WHERE user_id = ?"
                " AND claimed_by = ? AND next_due = ?",
                (now_ts + self.lease_s, c.user_id, self.worker, c.due_ts),
            )
            if cur.rowcount != 1:
                await cur.close()
                return "lost"
            await cur.close()
            cur = await conn.execute(
                "INSERT INTO reminder_deliveries (schedule_id, due_at, status, worker, attempts)"
                " VALUES (?, ?, 'sending', ?, 1) ON CONFLICT DO NOTHING",
                (c.user_id, c.due_ts, self.worker),
            )
            inserted = cur.rowcount == 1
            await cur.close()
            if inserted:
                return "ok"
            cur = await conn.execute(
                "SELECT status, worker FROM reminder_deliveries WHERE schedule_id = ?"
                " AND due_at = ?",
                (c.user_id, c.due_ts),
            )
            prev = await cur.fetchone()
            await cur.close()
            assert prev is not None
            if prev["status"] == "sending" and prev["worker"] == self.worker:
                return "lost"  # already being delivered by this worker
            if prev["status"] == "sending":
                return "unknown"  # an earlier process died around the request
            return "done"

    async def finish(self, results: Sequence[Finish], now: float | None = None) -> int:
        """Record outcomes and advance schedules in one transaction. Returns rows advanced."""
        if not results:
            return 0
        now = systime.time() if now is None else now
        now_i = int(now)
        advanced = 0
        async with self.db.transaction() as conn:
            for f in results:
                c = f.claimed
                late = None
                if f.sent_at is not None:
                    late = round((f.sent_at - c.due_ts) * 1000)
                await conn.execute(
                    "INSERT INTO reminder_deliveries (schedule_id, due_at, status, worker,"
                    " sent_at, lateness_ms, message_id, exercise_id) VALUES (?, ?, ?, ?, ?, ?,"
                    " ?, ?) ON CONFLICT (schedule_id, due_at) DO UPDATE SET status ="
                    " excluded.status, sent_at = excluded.sent_at, lateness_ms ="
                    " excluded.lateness_ms, message_id = excluded.message_id, exercise_id ="
                    " excluded.exercise_id",
                    (
                        c.user_id,
                        c.due_ts,
                        f.status,
                        self.worker,
                        f.sent_at,
                        late,
                        f.message_id,
                        f.exercise_id,
                    ),
                )
                if f.status in ("sent", "unknown"):
                    await conn.execute(
                        "UPDATE reminder_schedules SET seq = seq + 1, last_exercise ="
                        " COALESCE(?, last_exercise), last_sent = ? WHERE user_id = ?",
                        (f.exercise_id, int(f.sent_at or now), c.user_id),
                    )
                if f.status == "blocked":
                    cur = await conn.execute(
                        "UPDATE reminder_schedules SET active = 0, next_due = NULL,"
                        " claimed_by = NULL, claim_until = NULL, updated_at = ?"
                        " WHERE user_id = ?",
                        (now_i, c.user_id),
                    )
                else:
                    # Advance only if the row is still ours at the due time we claimed: a
                    # settings change in between has already recomputed it.
                    cur = await conn.execute(
                        "UPDATE reminder_schedules SET next_due = ?, snoozed_until = NULL,"
                        " claimed_by = NULL, claim_until = NULL, updated_at = ?"
                        " WHERE user_id = ? AND claimed_by = ? AND next_due = ?",
                        (to_ts(f.next_due), now_i, c.user_id, self.worker, c.due_ts),
                    )
                advanced += cur.rowcount
                await cur.close()
                await conn.execute(
                    "DELETE FROM reminder_deliveries WHERE schedule_id = ? AND due_at < ?",
                    (c.user_id, now_i - KEEP_DELIVERIES_S),
                )
        return advanced

    async def release_previous(self, replica: str) -> int:
        """At start: give back the rows an earlier process of the same replica (``replica`` + "/"
        starts its worker id) held when it died, so they are sent at once, not after the lease.

        A reminder that process had begun to send keeps its 'sending' record, written under the
        old worker id: `begin_send` still marks it 'unknown' and never sends it twice.
        """
        held, params = previous_claims(replica, self.worker)
        return await self.db.execute(
            f"UPDATE reminder_schedules SET claimed_by = NULL, claim_until = NULL WHERE {held}",
            params,
        )

    async def release(self, claimed: Sequence[Claimed]) -> None:
        """Give leases back (shutdown) so another worker can take them at once."""
        if not claimed:
            return
        await self.db.executemany(
            "UPDATE reminder_schedules SET claimed_by = NULL, claim_until = NULL"
            " WHERE user_id = ? AND claimed_by = ?",
            [(c.user_id, self.worker) for c in claimed],
        )

    # --- what the person did --------------------------------------------------------------------

    async def record_event(
        self, user_id: int, due_ts: int, action: str, now: datetime, update_id: int | None = None
    ) -> bool:
        """First answer to a reminder wins; False if it was already answered — by another tap
        than ``update_id`` (the same tap replayed after a crash gets True again)."""
        n = await self.db.execute(
            "INSERT INTO reminder_events (schedule_id, due_at, action, at, update_id)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (user_id, due_ts, action, to_ts(now), update_id),
        )
        if n == 1:
            return True
        if update_id is None:
            return False
        row = await self.db.fetchone(
            "SELECT update_id FROM reminder_events WHERE schedule_id = ? AND due_at = ?",
            (user_id, due_ts),
        )
        return row is not None and row[0] == update_id

    async def event_of(self, user_id: int, due_ts: int) -> str | None:
        row = await self.db.fetchone(
            "SELECT action FROM reminder_events WHERE schedule_id = ? AND due_at = ?",
            (user_id, due_ts),
        )
        return None if row is None else str(row["action"])

    async def counts_since(self, user_id: int, since: datetime) -> dict[str, int]:
        rows = await self.db.fetchall(
            "SELECT action, COUNT(*) AS n FROM reminder_events WHERE schedule_id = ? AND at >= ?"
            " GROUP BY action",
            (user_id, to_ts(since)),
        )
        out = {"done": 0, "snooze": 0, "skip": 0, "pause": 0}
        for r in rows:
            out[str(r["action"])] = int(r["n"])
        return out

    async def sent_since(self, user_id: int, since: datetime) -> int:
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS n FROM reminder_deliveries WHERE schedule_id = ? AND due_at >= ?"
            " AND status IN ('sent', 'unknown')",
            (user_id, to_ts(since)),
        )
        return 0 if row is None else int(row["n"])

    async def done_times(self, user_id: int, since: datetime) -> list[datetime]:
        rows = await self.db.fetchall(
            "SELECT at FROM reminder_events WHERE schedule_id = ? AND action = 'done'"
            " AND at >= ? ORDER BY at",
            (user_id, to_ts(since)),
        )
        return [datetime.fromtimestamp(int(r["at"]), UTC) for r in rows]

    async def message_of(self, user_id: int, due_ts: int) -> int | None:
        row = await self.db.fetchone(
            "SELECT message_id FROM reminder_deliveries WHERE schedule_id = ? AND due_at = ?",
            (user_id, due_ts),
        )
        return None if row is None or row["message_id"] is None else int(row["message_id"])

    async def renew_leases(self, user_ids: list[int], now_ts: int) -> None:
        """Extend this worker's leases on rows it still holds (waiting out a 429 or a retry)."""
        for i in range(0, len(user_ids), 500):
            chunk = user_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            await self.db.execute(
                f"UPDATE reminder_schedules SET claim_until = ? WHERE claimed_by = ?"
                f" AND user_id IN ({marks})",
                (now_ts + self.lease_s, self.worker, *chunk),
            )
