"""The PostgreSQL side of the replicas benchmark: many schedules written at once with COPY,
schedules made due, and the server's own CPU time (the postmaster and its backends)."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from bot.bench.botprocess import proc_cpu_s
from bot.bench.pgserver import PgServer

__all__ = ["make_due", "populate", "server_cpu_s", "sql"]


def server_cpu_s(server: PgServer) -> float:
    """The PostgreSQL server: the postmaster, its reaped children and its live backends."""
    assert server.proc is not None
    root = server.proc.pid
    total = proc_cpu_s(root, children=True)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == root:
            total += proc_cpu_s(int(entry.name))
    return total


async def populate(url: str, n: int) -> None:
    import asyncpg

    from bot.storage.pg import migrate_pg

    await migrate_pg(url)
    rnd = random.Random(1)
    now = int(time.time())
    stamp = "2024-01-01T00:00:00+00:00"
    zones = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
    conn = await asyncpg.connect(url)
    try:
        await conn.copy_records_to_table(
            "users",
            records=[(i, i, stamp, stamp) for i in range(1, n + 1)],
            columns=["user_id", "chat_id", "first_seen", "last_seen"],
        )
        await conn.copy_records_to_table(
            "reminder_schedules",
            records=[
                (i, i, 60, 0, 0, 127, zones[i % 5], now + 86400 + rnd.randrange(864000), now, now)
                for i in range(1, n + 1)
            ],
            columns=[
                "user_id",
                "chat_id",
                "interval_min",
                "start_min",
                "end_min",
                "weekdays",
                "tz",
                "next_due",
                "created_at",
                "updated_at",
            ],
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def sql(url: str, sql: str, *args: Any) -> list[Any]:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def make_due(url: str, ids: list[int], due: int) -> None:
    await sql(
        url,
        "UPDATE reminder_schedules SET next_due = $1, claimed_by = NULL, claim_until = NULL"
        " WHERE user_id = ANY($2::bigint[])",
        due,
        ids,
    )
