"""`pinbot bench reminders --schedules N [--json]`: the reminder dispatcher against the local
Bot API server (real HTTP on loopback, Telegram-like limits: 30 msg/s overall, 1/s per chat).

The bot runs as a separate process (`python -m bot run`, exactly as in production) on an SQLite
file holding N active schedules. Phases:

1. start-up: spawn -> first getUpdates; resident memory (VmRSS) of the bot process.
2. sustained: `--storm` schedules fall due at once (more than the pace allows): achieved
   messages/s, 429s, lateness p50/p99 (server receipt time minus due time), bot CPU per reminder.
   Reminders are illustrated (sendPhoto/sendAnimation): uploads are counted at the server.
3. light load: `--light` reminders due spread over one minute: lateness p99.
3b. text only: the bot restarted with PINBOT_REMINDER_PICTURES=0 and the same storm, for the
   CPU per reminder and pace side by side with the illustrated one.
4. crash: a storm again; the bot is killed with SIGKILL `--kills` times while delivering and
   restarted each time; then every storm reminder is counted at the server: lost (0 messages)
   and duplicated (more than 1).

The last line of output is one JSON object (with --json).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.bench.botprocess import (
    BotProcess,
    proc_cpu_s,
    proc_rss_mb,
    sends,
    wait_sent,
    wait_started,
)
from bot.localapi import LocalBotApi
from bot.storage.migrate import migrate

TOKEN = "123456:BENCH-token-for-reminders"
FAR = 10 * 86400  # idle schedules are due in 1..10 days


@dataclass
class Result:
    schedules: int
    pace_per_s: float
    startup_s: float = 0.0
    rss_mb: float = 0.0
    cpu_us_per_reminder: float = 0.0
    sent_per_s: float = 0.0
    pace_ratio: float = 0.0
    text_cpu_us_per_reminder: float = 0.0
    text_sent_per_s: float = 0.0
    uploads: int = 0
    distinct_images: int = 0
    throttled_429: int = 0
    lateness_p50_s: float = 0.0
    lateness_p99_s: float = 0.0
    light_lateness_p99_s: float = 0.0
    light_lateness_p50_s: float = 0.0
    kills: int = 0
    lost: int = 0
    duplicated: int = 0
    crash_storm: int = 0
    populate_s: float = 0.0
    total_s: float = 0.0
    notes: list[str] = field(default_factory=list)


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    v = sorted(values)
    k = min(len(v) - 1, max(0, round(p / 100 * (len(v) - 1))))
    return v[k]


def populate(path: Path, n: int, seed: int = 1) -> None:
    """N users with an active schedule each: every day, all day, every 60 minutes, due later."""
    migrate(path)
    rnd = random.Random(seed)
    now = int(time.time())
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        stamp = "2024-01-01T00:00:00+00:00"
        chunk = 50_000
        zones = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
        for lo in range(1, n + 1, chunk):
            ids = range(lo, min(n, lo + chunk - 1) + 1)
            conn.executemany(
                "INSERT INTO users (user_id, chat_id, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                [(i, i, stamp, stamp) for i in ids],
            )
            # seq: somewhere in the exercise rotation, so a storm shows many images
            rows = [
                (i, i, zones[i % len(zones)], now + 86400 + rnd.randrange(FAR), rnd.randrange(1000))
                for i in ids
            ]
            conn.executemany(
                "INSERT INTO reminder_schedules (user_id, chat_id, interval_min, start_min,"
                " end_min, weekdays, tz, next_due, seq, created_at, updated_at)"
                f" VALUES (?, ?, 60, 0, 0, 127, ?, ?, ?, {now}, {now})",
                rows,
            )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _make_due(path: Path, ids: list[int], dues: list[int]) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "UPDATE reminder_schedules SET next_due = ?, claimed_by = NULL, claim_until = NULL"
            " WHERE user_id = ?",
            list(zip(dues, ids, strict=True)),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _pending(path: Path, lo: int, hi: int, due_max: int) -> int:
    conn = sqlite3.connect(path, timeout=30)
    try:
        row = conn.execute(
            "SELECT COUNT(*) FROM reminder_schedules WHERE user_id BETWEEN ? AND ?"
            " AND next_due <= ?",
            (lo, hi, due_max),
        ).fetchone()
        return int(row[0])
    finally:
        conn.close()


def _distinct_images(path: Path, ids: list[int]) -> int:
    """How many different exercises (= images) the illustrated reminders to `ids` showed."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        marks = ",".join("?" * len(ids))
        row = conn.execute(
            "SELECT COUNT(DISTINCT exercise_id) FROM reminder_deliveries"
            f" WHERE status IN ('sent', 'unknown') AND schedule_id IN ({marks})",
            ids,
        ).fetchone()
        return int(row[0])
    finally:
        conn.close()


async def _storm(
    api: LocalBotApi, db: Path, bot: BotProcess, ids: list[int], pace: float
) -> tuple[int, float, float, float, float, int]:
    """All of `ids` due now: (sent, per second, lateness p50, p99, CPU µs/reminder, 429s)."""
    cpu0 = proc_cpu_s(bot.pid)
    mark = len(api.calls)
    r429 = api.stats.rate_limited
    due = int(time.time())
    due_mono = time.monotonic() - (time.time() - due)
    _make_due(db, ids, [due] * len(ids))
    got = await wait_sent(api, mark, set(ids), len(ids), len(ids) / pace * 2 + 30)
    cpu1 = proc_cpu_s(bot.pid)
    times = sorted(t for _, t in got)
    per_s = round((len(times) - 1) / (times[-1] - times[0]), 2) if len(times) >= 2 else 0.0
    late = [t - due_mono for t in times]
    cpu = round((cpu1 - cpu0) / max(1, len(times)) * 1e6, 1)
    return (
        len(got),
        per_s,
        round(_pct(late, 50), 3),
        round(_pct(late, 99), 3),
        cpu,
        api.stats.rate_limited - r429,
    )


async def run(args: argparse.Namespace) -> Result:
    t_all = time.monotonic()
    res = Result(schedules=args.schedules, pace_per_s=args.pace)
    with tempfile.TemporaryDirectory(prefix="pinbot-bench-") as tmp:
        db = Path(tmp) / "bench.sqlite3"
        t = time.monotonic()
        populate(db, args.schedules)
        res.populate_s = round(time.monotonic() - t, 2)
        _say(args, f"populated {args.schedules} schedules in {res.populate_s}s")
        n = args.schedules
        storm = min(args.storm, n // 3)
        light = min(args.light, n // 3)
        crash = min(args.crash_storm, n // 3)
        storm_ids = list(range(1, storm + 1))
        light_ids = list(range(storm + 1, storm + light + 1))
        crash_ids = list(range(storm + light + 1, storm + light + crash + 1))
        text = min(args.text_storm, n // 4) if args.text_storm else 0
        top = storm + light + crash
        text_ids = list(range(top + 1, top + text + 1))
        async with LocalBotApi(token=None) as api:
            for i in [*storm_ids, *light_ids, *crash_ids, *text_ids]:
                api.user(i, first_name=f"U{i}")
            env = {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "PINBOT_DB": str(db),
                "PINBOT_REMINDER_PACE": str(args.pace),
                "PINBOT_LOG_LEVEL": args.log_level,
            }
            bot = BotProcess(env, Path(tmp) / "bot.log")
            try:
                # 1. start-up
                mark = len(api.calls)
                t0 = bot.start()
                t_ready = await wait_started(api, mark)
                res.startup_s = round(t_ready - t0, 3)
                await asyncio.sleep(1.0)
                res.rss_mb = round(proc_rss_mb(bot.pid), 1)
                _say(args, f"start-up {res.startup_s}s, RSS {res.rss_mb} MB")

                # 2. sustained: more due than the pace allows (illustrated reminders)
                if storm:
                    sent, per_s, p50, p99, cpu, n429 = await _storm(
                        api, db, bot, storm_ids, args.pace
                    )
                    res.sent_per_s, res.lateness_p50_s, res.lateness_p99_s = per_s, p50, p99
                    res.cpu_us_per_reminder = cpu
                    res.pace_ratio = round(per_s / args.pace, 3)
                    res.rss_mb = max(res.rss_mb, round(proc_rss_mb(bot.pid), 1))
                    res.throttled_429 += n429
                    if sent < storm:
                        res.notes.append(f"sustained: only {sent} of {storm} delivered")
                    _say(
                        args,
                        f"sustained (illustrated): {sent} sent, {per_s}/s (pace {args.pace},"
                        f" {res.pace_ratio:.1%}), lateness p50 {p50}s p99 {p99}s,"
                        f" CPU {cpu} µs/reminder, uploads so far {api.stats.uploads}",
                    )

                # 3. light load: spread over a minute
                if light:
                    mark = len(api.calls)
                    r429 = api.stats.rate_limited
                    base = int(time.time()) + 2
                    offset_mono = time.monotonic() - time.time()
                    dues = [base + (i * 60) // light for i in range(light)]
                    _make_due(db, light_ids, dues)
                    got = await wait_sent(api, mark, set(light_ids), light, 90)
                    due_of = dict(zip(light_ids, dues, strict=True))
                    late = [t - (due_of[c] + offset_mono) for c, t in got]
                    res.light_lateness_p99_s = round(_pct(late, 99), 3)
                    res.light_lateness_p50_s = round(_pct(late, 50), 3)
                    res.throttled_429 += api.stats.rate_limited - r429
                    _say(
                        args,
                        f"light: {len(got)} sent, lateness p50 {res.light_lateness_p50_s}s"
                        f" p99 {res.light_lateness_p99_s}s",
                    )

                # 3b. the same storm as text only, for the CPU per reminder side by side
                if text_ids:
                    bot.stop()
                    bot.env = {**env, "PINBOT_REMINDER_PICTURES": "0"}
                    mark_start = len(api.calls)
                    bot.start()
                    await wait_started(api, mark_start)
                    await asyncio.sleep(1.0)
                    sent, per_s, p50, p99, cpu, n429 = await _storm(
                        api, db, bot, text_ids, args.pace
                    )
                    res.text_sent_per_s, res.text_cpu_us_per_reminder = per_s, cpu
                    res.throttled_429 += n429
                    _say(
                        args,
                        f"sustained (text only): {sent} sent, {per_s}/s, CPU {cpu} µs/reminder;"
                        f" illustrated/text CPU = {res.cpu_us_per_reminder}/{cpu}"
                        f" = {res.cpu_us_per_reminder / max(cpu, 0.1):.2f}x",
                    )
                    bot.stop()
                    bot.env = env
                    mark_start = len(api.calls)
                    bot.start()
                    await wait_started(api, mark_start)

                # 4. crash: kill -9 during a storm, restart, count
                if crash and args.kills:
                    mark = len(api.calls)
                    r429 = api.stats.rate_limited
                    due = int(time.time())
                    _make_due(db, crash_ids, [due] * crash)
                    span = crash / args.pace
                    rnd = random.Random(7)
                    for k in range(args.kills):
                        await asyncio.sleep(span / (args.kills + 1) * (0.7 + 0.6 * rnd.random()))
                        bot.kill9()
                        res.kills += 1
                        mark_start = len(api.calls)
                        bot.start()
                        await wait_started(api, mark_start)
                        _say(args, f"crash: kill -9 #{k + 1}, restarted")
                    deadline = time.monotonic() + span * 2 + 120
                    while time.monotonic() < deadline:
                        if _pending(db, crash_ids[0], crash_ids[-1], due) == 0:
                            break
                        await asyncio.sleep(0.5)
                    await asyncio.sleep(1.0)
                    counts: dict[int, int] = dict.fromkeys(crash_ids, 0)
                    for c, _ in sends(api, mark, set(crash_ids)):
                        counts[c] += 1
                    res.crash_storm = crash
                    res.lost = sum(1 for v in counts.values() if v == 0)
                    res.duplicated = sum(v - 1 for v in counts.values() if v > 1)
                    res.throttled_429 += api.stats.rate_limited - r429
                    _say(args, f"crash: {res.lost} lost, {res.duplicated} duplicated")
                res.uploads = api.stats.uploads
                res.distinct_images = _distinct_images(db, [*storm_ids, *light_ids, *crash_ids])
                _say(
                    args,
                    f"images: {res.uploads} uploads for {res.distinct_images} distinct images"
                    f" ({'equal' if res.uploads == res.distinct_images else 'NOT equal'})",
                )
            finally:
                bot.stop()
                if args.keep_log:
                    await asyncio.to_thread(shutil.copyfile, Path(tmp) / "bot.log", args.keep_log)
    res.total_s = round(time.monotonic() - t_all, 1)
    return res


def _say(args: argparse.Namespace, line: str) -> None:
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="pinbot bench reminders", description=__doc__.split("\n")[0])
    p.add_argument("--schedules", type=int, default=100_000)
    p.add_argument("--pace", type=float, default=25.0, help="reminder messages per second")
    p.add_argument("--storm", type=int, default=1000, help="reminders due at once (sustained)")
    p.add_argument("--light", type=int, default=1000, help="reminders due over one minute")
    p.add_argument("--crash-storm", type=int, default=1500, help="reminders due in the crash test")
    p.add_argument("--kills", type=int, default=3)
    p.add_argument(
        "--text-storm", type=int, default=1000, help="text-only reminders due at once (0: skip)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    p.add_argument("--log-level", default="WARNING", help="the bot's PINBOT_LOG_LEVEL")
    p.add_argument("--keep-log", default="", help="copy the bot's log to this file at the end")
    args = p.parse_args(argv)
    if args.schedules < 10:
        p.error("--schedules must be at least 10")
    res = asyncio.run(run(args))
    out: dict[str, Any] = dict(res.__dict__)
    if args.json:
        print(json.dumps(out), flush=True)
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
