"""SQL of the durable inbox (migration 005): updates written before they are acknowledged."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from bot.storage.db import Conn, Database, previous_claims

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

__all__ = ["FloodCheck", "Inbox", "Ready", "Received", "SharedInbox"]

Received = tuple[int, int | None, str]  # update_id, chat_id, payload JSON


class Inbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def accept(self, updates: Sequence[Received], now: datetime) -> set[int]:
        """Store the updates not seen before; returns their ids. One statement for the usual
        batch of one (the cheapest durable write), one transaction for more."""
        stamp = now.isoformat(timespec="seconds")
        sql = (
            "INSERT INTO inbox (update_id, chat_id, payload, received_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING"
        )
        if len(updates) == 1:
            uid, chat, payload = updates[0]
            return {uid} if await self.db.execute(sql, (uid, chat, payload, stamp)) else set()
        fresh: set[int] = set()
        async with self.db.transaction() as conn:
            for uid, chat, payload in updates:
                cur = await conn.execute(sql, (uid, chat, payload, stamp))
                if cur.rowcount:
                    fresh.add(uid)
                await cur.close()
        return fresh

    async def done(self, update_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE inbox SET done_at = ?, payload = NULL, sent = NULL WHERE update_id = ?",
            (now.isoformat(timespec="seconds"), update_id),
        )

    # -- the journal of confirmed requests (bot/ratelimit.py) ----------------------------------

    async def record_sent(self, update_id: int, seq: int, method: str, result: JSONResult) -> None:
        """Note that the update's ``seq``-th ``method`` request was confirmed by Telegram with
        ``result``: one JSON line appended to the update's row (no row: nothing noted)."""
        line = json.dumps([seq, method, result], ensure_ascii=False, separators=(",", ":"))
        await self.db.execute(
            "UPDATE inbox SET sent = COALESCE(sent, '') || ? WHERE update_id = ?"
            " AND done_at IS NULL",
            (line + "\n", update_id),
        )

    async def sent(self, update_id: int) -> dict[tuple[str, int], JSONResult]:
        """The requests noted for the update: (method, seq) -> result."""
        row = await self.db.fetchone("SELECT sent FROM inbox WHERE update_id = ?", (update_id,))
        out: dict[tuple[str, int], JSONResult] = {}
        if row is None or row[0] is None:
            return out
        for line in str(row[0]).split("\n"):  # not splitlines: U+2028 may be in a text
            if not line:
                continue
            try:
                seq, method, result = json.loads(line)
            except ValueError:  # a line cut short by a crash: as if never confirmed
                continue
            out[(str(method), int(seq))] = result
        return out

    async def begun(self) -> set[int]:
        """Updates not done whose journal holds something: interrupted after Telegram had
        confirmed a request for them (their replay must look it up; the others need not)."""
        rows = await self.db.fetchall(
            "SELECT update_id FROM inbox WHERE done_at IS NULL AND sent IS NOT NULL"
        )
        return {int(r[0]) for r in rows}

    async def waiting(self) -> list[tuple[int, str]]:
        """(update_id, payload) of updates received but not processed, oldest first."""
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE done_at IS NULL AND payload IS NOT NULL"
            " ORDER BY update_id"
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    async def prune(self, done_before: datetime) -> int:
        return await self.db.execute(
            "DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?",
            (done_before.isoformat(timespec="seconds"),),
        )


# -- several replicas (PostgreSQL) -------------------------------------------------------------


class Ready(NamedTuple):
    """An update claimed by this worker, to be processed now."""

    update_id: int
    payload: str  # the update as JSON
    flood_warn: bool = False  # it crossed the flood limit: answer "slow down" instead
    # its journal of confirmed requests: not None only if an earlier run was interrupted after
    # Telegram confirmed something (a replica died mid-update): the replay must look it up
    sent: str | None = None


def _ready(r: Any) -> Ready:
    return Ready(int(r[0]), str(r[1]), r[2] == "warn", None if r[3] is None else str(r[3]))


# Shared flood control: (the chat's stored state or None) -> (verdict, new state). The verdict
# is "allow", "warn" (store, flag) or "drop" (stored as done, never processed).
FloodCheck = Callable[[str | None], tuple[str, str]]

# Advisory lock namespace of the per-chat inbox locks (the first of the two int4 keys).
LOCK_INBOX_CHAT = 0x1B0C


def _chat_key(chat_id: int) -> int:
    """A chat id folded into PostgreSQL's second int4 lock key (a collision only serialises
    two chats' bookkeeping for a moment, never their order)."""
    folded = (chat_id ^ (chat_id >> 31)) & 0x7FFFFFFF
    return int(folded)


_CLAIM_HEAD = (
    "UPDATE inbox SET claimed_by = ?, claim_until = ?"
    " WHERE update_id = (SELECT MIN(update_id) FROM inbox WHERE chat_id = ? AND done_at IS NULL)"
    " AND payload IS NOT NULL AND (claim_until IS NULL OR claim_until < ?)"
    " RETURNING update_id, payload, flood, sent"
)
_CLAIM_ONE = (
    "UPDATE inbox SET claimed_by = ?, claim_until = ?"
    " WHERE update_id = ? AND done_at IS NULL AND payload IS NOT NULL"
    " AND (claim_until IS NULL OR claim_until < ?)"
    " RETURNING update_id, payload, flood, sent"
)


class SharedInbox:
    """The inbox as a queue shared by replicas: one claim per chat at a time.

    Protocol (every step in one transaction holding the chat's advisory lock on PostgreSQL;
    SQLite's transactions are serial anyway, so the same code runs there too):

    * `accept`: store the update (ON CONFLICT DO NOTHING on update_id: a repeat delivered to any
      replica is stored once) and claim the chat's oldest waiting update if nobody holds it;
    * `finish`: mark the update done and claim the chat's next waiting update;
    * `sweep`: claim the oldest waiting update of chats whose claim has expired (a replica died
      or stopped) or that nobody claimed.

    So at most one update per chat is claimed at any time, always the oldest one not done, and
    each replica processes what it claimed: a chat's updates are processed strictly in order
    across replicas.
    """

    def __init__(self, db: Database, worker: str, lease_s: int = 10) -> None:
        self.db = db
        self.worker = worker
        self.lease_s = lease_s

    async def _lock(self, conn: Conn, chat_id: int, *, wait: bool = True) -> bool:
        if self.db.engine != "postgresql":
            return True
        fn = "pg_advisory_xact_lock" if wait else "pg_try_advisory_xact_lock"
        cur = await conn.execute(
            f"SELECT {fn}(CAST(? AS INTEGER), CAST(? AS INTEGER))",
            (LOCK_INBOX_CHAT, _chat_key(chat_id)),
        )
        row = await cur.fetchone()
        await cur.close()
        return wait or bool(row is not None and row[0])

    async def _claim_head(self, conn: Conn, chat_id: int, now_ts: int) -> list[Ready]:
        cur = await conn.execute(_CLAIM_HEAD, (self.worker, now_ts + self.lease_s, chat_id, now_ts))
        rows = await cur.fetchall()
        await cur.close()
        return [_ready(r) for r in rows]

    async def _claim_one(self, conn: Conn, update_id: int, now_ts: int) -> list[Ready]:
        cur = await conn.execute(
            _CLAIM_ONE, (self.worker, now_ts + self.lease_s, update_id, now_ts)
        )
        rows = await cur.fetchall()
        await cur.close()
        return [_ready(r) for r in rows]

    async def _flood(self, conn: Conn, chat: int, check: FloodCheck, now: datetime) -> str:
        """The flood verdict for one arriving update of ``chat`` (under the chat's lock)."""
        cur = await conn.execute("SELECT state FROM flood_state WHERE chat_id = ?", (chat,))
        row = await cur.fetchone()
        await cur.close()
        verdict, state = check(None if row is None else str(row[0]))
        await conn.execute(
            "INSERT INTO flood_state (chat_id, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            (chat, state, int(now.timestamp())),
        )
        return verdict

    async def accept(
        self, updates: Sequence[Received], now: datetime, flood: FloodCheck | None = None
    ) -> tuple[set[int], list[Ready], set[int]]:
        """Store the updates; returns (ids stored for the first time, updates to process now,
        ids dropped by flood control).

        With ``flood``, each new update of a chat is counted in the chat's shared flood state:
        one over the limit is flagged (``Ready.flood_warn``); those in the cool-down are stored
        as done and never processed."""
        stamp = now.isoformat(timespec="seconds")
        now_ts = int(now.timestamp())
        fresh: set[int] = set()
        dropped: set[int] = set()
        ready: list[Ready] = []
        for uid, chat, payload in updates:
            async with self.db.transaction() as conn:
                if chat is not None:
                    await self._lock(conn, chat)
                cur = await conn.execute(
                    "INSERT INTO inbox (update_id, chat_id, payload, received_at)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING",
                    (uid, chat, payload, stamp),
                )
                stored = cur.rowcount == 1
                await cur.close()
                if not stored:
                    continue
                fresh.add(uid)
                if chat is not None and flood is not None:
                    verdict = await self._flood(conn, chat, flood, now)
                    if verdict == "drop":
                        dropped.add(uid)
                        await conn.execute(
                            "UPDATE inbox SET done_at = ?, payload = NULL WHERE update_id = ?",
                            (stamp, uid),
                        )
                    elif verdict == "warn":
                        await conn.execute(
                            "UPDATE inbox SET flood = 'warn' WHERE update_id = ?", (uid,)
                        )
                if chat is None:
                    ready += await self._claim_one(conn, uid, now_ts)
                else:
                    ready += await self._claim_head(conn, chat, now_ts)
        return fresh, ready, dropped

    async def finish(self, update_id: int, chat_id: int | None, now: datetime) -> list[Ready]:
        """Mark done; returns the chat's next update if this worker could claim it."""
        now_ts = int(now.timestamp())
        async with self.db.transaction() as conn:
            if chat_id is not None:
                await self._lock(conn, chat_id)
            await conn.execute(
                "UPDATE inbox SET done_at = ?, payload = NULL, sent = NULL, claimed_by = NULL,"
                " claim_until = NULL WHERE update_id = ?",
                (now.isoformat(timespec="seconds"), update_id),
            )
            if chat_id is None:
                return []
            return await self._claim_head(conn, chat_id, now_ts)

    async def sweep(self, now: datetime, limit: int = 100) -> list[Ready]:
        """Claim the oldest waiting update of chats nobody holds (expired or missing claims)."""
        now_ts = int(now.timestamp())
        rows = await self.db.fetchall(
            "SELECT i.update_id, i.chat_id FROM inbox i WHERE i.done_at IS NULL"
            " AND i.payload IS NOT NULL AND (i.claim_until IS NULL OR i.claim_until < ?)"
            " AND (i.chat_id IS NULL OR NOT EXISTS (SELECT 1 FROM inbox j"
            "  WHERE j.chat_id = i.chat_id AND j.done_at IS NULL AND j.update_id < i.update_id))"
            " ORDER BY i.update_id LIMIT ?",
            (now_ts, limit),
        )
        ready: list[Ready] = []
        for r in rows:
            uid, chat = int(r[0]), r[1]
            async with self.db.transaction() as conn:
                if chat is None:
                    ready += await self._claim_one(conn, uid, now_ts)
                elif await self._lock(conn, int(chat), wait=False):
                    ready += await self._claim_head(conn, int(chat), now_ts)
        return ready

    async def renew(self, update_ids: Sequence[int], now: datetime) -> None:
        """Extend this worker's leases on updates still being processed."""
        until = int(now.timestamp()) + self.lease_s
        for i in range(0, len(update_ids), 500):
            chunk = list(update_ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            await self.db.execute(
                f"UPDATE inbox SET claim_until = ? WHERE claimed_by = ? AND done_at IS NULL"
                f" AND update_id IN ({marks})",
                (until, self.worker, *chunk),
            )

    async def release_previous(self, replica: str) -> int:
        """At start: give back what an earlier process of the same replica (``replica`` + "/"
        starts its worker id) held when it died, so it is taken at once, not after the lease."""
        held, params = previous_claims(replica, self.worker)
        return await self.db.execute(
            "UPDATE inbox SET claimed_by = NULL, claim_until = NULL"
            f" WHERE done_at IS NULL AND {held}",
            params,
        )

    async def release(self, update_ids: Sequence[int]) -> None:
        """Give claims back (shutdown) so another replica takes them at once."""
        for i in range(0, len(update_ids), 500):
            chunk = list(update_ids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            await self.db.execute(
                f"UPDATE inbox SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = ?"
                f" AND done_at IS NULL AND update_id IN ({marks})",
                (self.worker, *chunk),
            )

    async def forget_flood(self, before: datetime) -> int:
        """Delete flood state not touched since ``before`` (nothing left to count)."""
        return await self.db.execute(
            "DELETE FROM flood_state WHERE updated_at < ?", (int(before.timestamp()),)
        )
