"""Diary benchmark: the 90-day summary for a person with 500 entries, and the other chats.

1. In a fresh process (so imports and memory are its own), after loading what a started bot
   loads (its modules and the typed-text reader's indexes, `bot.app._warm_up`): read the
   entries from a real SQLite file, compute the statistics, draw the chart and the PDF (both
   matplotlib). The first summary pays for importing it; then the median of warm ones. Extra
   memory is the resident set (VmRSS) after, minus before; tracemalloc's peak for the Python
   part alone. The same again over a bot that has read a typed story (its
   sentence model, and so NumPy, already loaded).
2. The real bot over the local Bot API server: one person asks for the 90-day summary while
   30 others send /help in turn; their reply times during the summary, next to their reply
   times when nothing else runs, and next to a summary drawn on the event loop itself (what
   the render thread, `bot.charts.off_loop`, saves).
Targets (issue 14): <= 300 ms and <= 60 MB extra; reported as measured.

``--against DIR`` also runs part 1 from another checkout (e.g. a ``git worktree`` of main, with
its own dependencies installed in this environment) and prints its figures beside these: the
same measurement, the same interpreter, in the same run.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ENTRIES = 500
DAYS = 90
NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
TARGET_MS = 300
TARGET_MB = 60


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def entries(n: int = ENTRIES, days: int = DAYS, seed: int = 14) -> list[Any]:
    from bot.diary.model import ACTIVITIES, DURATIONS, LEGS, Entry

    rnd = random.Random(seed)
    notes = ["", "", "after a long drive", "woke up with it", "crossed legs at my desk 🙂"]
    return [
        Entry(
            0,
            NOW - timedelta(minutes=rnd.randrange(days * 24 * 60)),
            rnd.choice(LEGS),
            rnd.choice(DURATIONS),
            rnd.choice(ACTIVITIES),
            rnd.randrange(11),
            rnd.choice(notes),
            rnd.choice([None, 2, 10, 45]),
        )
        for _ in range(n)
    ]


# --- 1. in a fresh process --------------------------------------------------------------------


async def _child(with_model: bool) -> dict[str, Any]:
    from zoneinfo import ZoneInfo

    from bot.app import _warm_up
    from bot.charts import off_loop
    from bot.content.texts import load_texts
    from bot.diary.summary import summarize
    from bot.diary.words import load_words
    from bot.handlers.diary.summary import render_files, report_labels
    from bot.storage.db import Database
    from bot.storage.diary import DiaryStore

    tz = ZoneInfo("Europe/London")
    texts = load_texts()
    labels = report_labels(texts, ["self_care", "consultation", "consultation_24"])
    nudge = load_words().nudge
    out: dict[str, Any] = {"entries": ENTRIES, "days": DAYS}
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "bench.sqlite3")
        store = DiaryStore(db)
        await store.add_many(1, entries(), NOW)
        await store.since(1, NOW - timedelta(days=DAYS + 1))  # the database path warm
        bare = _rss_mb()
        _warm_up()  # what a started bot has loaded (the sentence model waits for a typed text)
        if with_model:  # a bot that has read a typed story: the sentence model (and NumPy)
            from bot.ask import embed
            from bot.content.library import load_bundle

            embed.preload(load_bundle())
        rss0 = _rss_mb()
        out["rss_bot_started_mb"] = rss0
        out["rss_bare_mb"] = bare

        async def once() -> dict[str, float]:
            t0 = time.perf_counter()
            rows = await store.since(1, NOW - timedelta(days=DAYS + 1))
            t1 = time.perf_counter()
            s = summarize(rows, now=NOW, tz=tz, days=DAYS, nudge=nudge)
            t2 = time.perf_counter()
            # in a worker thread, as the bot does (its memory arena counts too)
            png, pdf = await off_loop(render_files, s, labels, rows, tz, NOW)
            t3 = time.perf_counter()
            return {
                "db_ms": (t1 - t0) * 1000,
                "stats_ms": (t2 - t1) * 1000,
                "render_ms": (t3 - t2) * 1000,
                "total_ms": (t3 - t0) * 1000,
                "png_kb": len(png) / 1024,
                "pdf_kb": len(pdf) / 1024,
            }

        first = await once()
        rss1 = _rss_mb()
        warm = [await once() for _ in range(5)]
        rss2 = _rss_mb()  # before tracemalloc, whose own bookkeeping takes memory
        tracemalloc.start()
        await once()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        await db.close()
    out["first_ms"] = first["total_ms"]
    for key in ("db_ms", "stats_ms", "render_ms", "total_ms"):
        out[f"warm_{key}"] = statistics.median(w[key] for w in warm)
    # the two parts of the render, measured alone
    from bot.diary.pdf import summary_pdf
    from bot.diary.render import chart_images

    rows = entries()
    s = summarize(rows, now=NOW, tz=tz, days=DAYS, nudge=nudge)
    t = time.perf_counter()
    _, jpeg = chart_images(s, labels)
    out["warm_png_ms"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    summary_pdf(s, labels, jpeg, rows, tz, NOW)
    out["warm_pdf_ms"] = (time.perf_counter() - t) * 1000
    out.update(
        png_kb=warm[-1]["png_kb"],
        pdf_kb=warm[-1]["pdf_kb"],
        rss_before_mb=rss0,
        rss_extra_first_mb=rss1 - rss0,
        rss_extra_after_mb=rss2 - rss0,  # after six summaries
        tracemalloc_peak_mb=peak / 2**20,
    )
    return out


def in_fresh_process(with_model: bool = False, code: str | None = None) -> dict[str, Any]:
    """Part 1 in a new interpreter; `code`: another checkout's directory, whose `bot` it runs."""
    env = {**os.environ, "MPLBACKEND": "Agg"}
    if code is not None:
        env["PYTHONPATH"] = code
    proc = subprocess.run(
        [sys.executable, "-m", "bot.bench.diary", "--child", *(["--with-model"] * with_model)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=code,
    )
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- 2. the other chats meanwhile -------------------------------------------------------------


async def other_chats(rounds: int = 3) -> dict[str, Any]:
    from bot.app import build_application, running
    from bot.clock import MovableClock
    from bot.config import Settings
    from bot.context import services_of
    from bot.handlers.diary import summary as diary_summary
    from bot.localapi import LocalBotApi, SimUser

    others: list[SimUser] = []

    async def ping(_: object = None) -> float:
        """/help from the next of 30 other people (each stays far below flood control)."""
        user = others.pop(0)
        others.append(user)
        t = time.perf_counter()
        await user.send("/help")
        await user.reply(timeout=30)
        return (time.perf_counter() - t) * 1000

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        async with LocalBotApi() as api:
            api.enforce_rate_limits = False
            env = {
                "TELEGRAM_BOT_TOKEN": "123456:bench-diary",
                "TELEGRAM_API_BASE_URL": api.base_url,
                "PINBOT_DB": str(Path(tmp) / "bot.sqlite3"),
            }
            app = build_application(Settings.from_env(env), clock=MovableClock(NOW))
            async with running(app, poll_timeout=1.0):
                services = services_of(app)
                ann = api.user(1, first_name="Ann")
                others.extend(api.user(100 + i, first_name=f"P{i}") for i in range(30))
                bob = None
                await services.diary.add_many(ann.id, entries(), NOW)
                for _ in range(3):  # warm: imports, caches, connections
                    await ping(bob)
                alone = [await ping(bob) for _ in range(20)]

                async def during(start: Any, done: Any) -> list[float]:
                    samples: list[float] = []
                    task = asyncio.create_task(start())
                    while not done(task):
                        samples.append(await ping(bob))
                    await task
                    return samples

                async def threaded() -> None:
                    await ann.send("/diary")
                    await ann.reply(timeout=30)
                    await ann.press("📊 Summary for a doctor")
                    await ann.edit(timeout=30)
                    await ann.press("Last 90 days")
                    for _ in range(3):  # words, chart, PDF
                        await ann.reply(timeout=60)

                async def on_loop() -> None:
                    # the same work without the render thread: the loop is blocked meanwhile
                    await asyncio.sleep(0.05)
                    s, rows, tz = await diary_summary.build_summary(services, ann.id, DAYS)
                    labels = diary_summary.report_labels(services.texts, ["consultation"])
                    diary_summary.render_files(s, labels, rows, tz, NOW)

                with_thread: list[float] = []
                without: list[float] = []
                summary_s: list[float] = []
                for _ in range(rounds):
                    t = time.perf_counter()
                    with_thread += await during(threaded, lambda task: task.done())
                    summary_s.append(time.perf_counter() - t)
                    without += await during(on_loop, lambda task: task.done())
    out.update(
        bob_alone_ms_p50=statistics.median(alone),
        bob_alone_ms_max=max(alone),
        bob_during_ms_p50=statistics.median(with_thread) if with_thread else 0.0,
        bob_during_ms_max=max(with_thread, default=0.0),
        bob_replies_during=len(with_thread),
        bob_on_loop_ms_max=max(without, default=0.0),
        ann_summary_s_median=statistics.median(summary_s),
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--child" in args:
        print(json.dumps(asyncio.run(_child("--with-model" in args))))
        return 0
    against = args[args.index("--against") + 1] if "--against" in args else None
    r = in_fresh_process()
    m = in_fresh_process(with_model=True)
    r["model_rss_bot_mb"] = m["rss_bot_started_mb"]
    r["model_rss_extra_first_mb"] = m["rss_extra_first_mb"]
    r["model_rss_extra_after_mb"] = m["rss_extra_after_mb"]
    r.update(asyncio.run(other_chats()))
    print(f"Diary benchmark: 90-day summary, {ENTRIES} entries (targets {TARGET_MS} ms, "
          f"{TARGET_MB} MB extra)")  # fmt: skip
    ok_t = "met" if r["warm_total_ms"] <= TARGET_MS else "MISSED"
    ok_m = "met" if r["rss_extra_after_mb"] <= TARGET_MB else "MISSED"
    print(
        f"  warm summary {r['warm_total_ms']:.0f} ms ({ok_t}): db {r['warm_db_ms']:.1f} ms, "
        f"statistics {r['warm_stats_ms']:.1f} ms, chart (PNG) {r['warm_png_ms']:.0f} ms, "
        f"PDF {r['warm_pdf_ms']:.0f} ms; first summary (imports matplotlib) "
        f"{r['first_ms']:.0f} ms ({r['first_ms'] / r['warm_total_ms']:.1f}x warm)"
    )
    ok_mm = "met" if r["model_rss_extra_after_mb"] <= TARGET_MB else "MISSED"
    print(
        f"  memory over a started bot ({r['rss_bot_started_mb']:.0f} MB): "
        f"+{r['rss_extra_after_mb']:.0f} MB resident after six summaries ({ok_m}; "
        f"+{r['rss_extra_first_mb']:.0f} MB after the first); over a bot that has read a typed "
        f"story ({r['model_rss_bot_mb']:.0f} MB, sentence model and NumPy loaded): "
        f"+{r['model_rss_extra_after_mb']:.0f} MB ({ok_mm}; "
        f"+{r['model_rss_extra_first_mb']:.0f} MB after the first)"
    )
    print(
        f"  tracemalloc peak "
        f"{r['tracemalloc_peak_mb']:.1f} MB; PNG {r['png_kb']:.0f} KB, PDF {r['pdf_kb']:.0f} KB"
    )
    loop_ratio = r["bob_on_loop_ms_max"] / max(r["bob_during_ms_max"], 1)
    print(
        f"  other chats: /help reply p50 {r['bob_alone_ms_p50']:.0f} ms alone, "
        f"{r['bob_during_ms_p50']:.0f} ms during a summary (max {r['bob_during_ms_max']:.0f} ms, "
        f"{r['bob_replies_during']} replies); drawn on the event loop instead: max "
        f"{r['bob_on_loop_ms_max']:.0f} ms ({loop_ratio:.1f}x)"
    )
    if against is not None:
        o = in_fresh_process(code=against)
        om = in_fresh_process(with_model=True, code=against)
        print(f"  side by side with {against} (same measurement, this run):")
        for name, x, xm in (("this checkout", r, m), ("the other", o, om)):
            print(
                f"    {name:>13}: warm {x['warm_total_ms']:.0f} ms (chart {x['warm_png_ms']:.0f}, "
                f"PDF {x['warm_pdf_ms']:.0f}), first {x['first_ms']:.0f} ms; "
                f"+{x['rss_extra_first_mb']:.0f} / +{x['rss_extra_after_mb']:.0f} MB after one / "
                f"six summaries; with the sentence model +{xm['rss_extra_first_mb']:.0f} / "
                f"+{xm['rss_extra_after_mb']:.0f} MB; PDF {x['pdf_kb']:.0f} KB"
            )
        r["against"] = {"plain": o, "with_model": om}
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in r.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
