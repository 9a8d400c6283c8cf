"""Foundation benchmarks: cold start, interactive latency, CPU per update.

Each runs the bot as a separate process (``python -m bot run``) against the local Bot API
server in this process, over loopback, like production runs against Telegram.
"""

from __future__ import annotations

import asyncio
import compileall
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.localapi import LocalBotApi

TOKEN = "424242:BENCH-token"
ROOT = Path(__file__).resolve().parents[2]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _spawn(
    api: LocalBotApi, db: Path, module: Sequence[str], extra: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
    env.update(extra or {})
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "PINBOT_DB": str(db),
            "PINBOT_LOG_LEVEL": "WARNING",
        }
    )
    return subprocess.Popen(
        [sys.executable, "-m", *module],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def compile_bytecode() -> None:
    """Compile the bot's modules as the image does (``compileall`` in deploy/Dockerfile; the
    dependencies have theirs from pip). The bot runs with PYTHONDONTWRITEBYTECODE=1 there, so a
    start measured without bytecode would measure the compiler, not the bot."""
    compileall.compile_dir(ROOT / "bot", quiet=1)


def drop_bytecode() -> dict[str, str]:
    """Remove the bot's compiled modules; the environment that keeps them from being written
    again: a start "from source", as under systemd before `compileall` (deploy/README.md)."""
    for cache in (ROOT / "bot").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    return {"PYTHONDONTWRITEBYTECODE": "1"}


async def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        await asyncio.to_thread(proc.wait, 15)
    except subprocess.TimeoutExpired:
        proc.kill()
        await asyncio.to_thread(proc.wait, 5)


async def _first_get_updates(api: LocalBotApi, since: int, limit_s: float = 30.0) -> float:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        for call in api.calls[since:]:
            if call.method == "getUpdates":
                return call.t_monotonic
        await asyncio.sleep(0.002)
    raise TimeoutError("the bot never polled")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


async def cold_start(runs: int = 5) -> dict[str, float]:
    """Seconds from starting `pinbot run` to its first getUpdates (fresh database each time)."""
    compile_bytecode()
    times = []
    async with LocalBotApi() as api:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                since = len(api.calls)
                t0 = time.monotonic()
                proc = _spawn(api, Path(tmp) / "db.sqlite3", ["bot", "run"])
                try:
                    times.append(await _first_get_updates(api, since) - t0)
                finally:
                    await _stop(proc)
    return {"cold_start_s_median": statistics.median(times), "cold_start_s_max": max(times)}


async def latency(users: int = 200, window: float = 10.0, rtt: float = 0.05) -> dict[str, float]:
    """Each of `users` people sends /start at a random moment within `window` seconds."""
    rng = random.Random(1)
    async with LocalBotApi(rtt=rtt) as api:
        with tempfile.TemporaryDirectory() as tmp:
            since = len(api.calls)
            proc = _spawn(api, Path(tmp) / "db.sqlite3", ["bot", "run"])
            try:
                await _first_get_updates(api, since)
                await asyncio.sleep(0.5)
                people = [api.user(10_000 + i, first_name=f"U{i}") for i in range(users)]
                start = time.monotonic()

                async def one(i: int) -> float:
                    await asyncio.sleep(start + rng.uniform(0, window) - time.monotonic())
                    t0 = time.monotonic()
                    await people[i].send("/start")
                    await people[i].reply(timeout=30)
                    return time.monotonic() - t0

                samples = sorted(await asyncio.gather(*(one(i) for i in range(users))))
            finally:
                await _stop(proc)
    return {
        "latency_users": users,
        "latency_rtt_ms": rtt * 1000,
        "latency_p50_ms": samples[len(samples) // 2] * 1000,
        "latency_p99_ms": samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000,
        "latency_max_ms": samples[-1] * 1000,
    }


async def cpu_per_update(
    module: Sequence[str],
    text: str,
    updates: int = 1000,
    rate: float = 25.0,
    extra: dict[str, str] | None = None,
) -> float:
    """Microseconds of bot-process CPU per handled update (each gets one reply).

    People send at a steady ``rate`` updates a second in total (below Telegram's 30 messages
    a second, so neither bot is held back by rate limits), round robin over 100 people.
    """
    async with LocalBotApi(enforce_rate_limits=False) as api:
        with tempfile.TemporaryDirectory() as tmp:
            since = len(api.calls)
            proc = _spawn(api, Path(tmp) / "db.sqlite3", module, extra)
            try:
                await _first_get_updates(api, since)
                people = [api.user(50_000 + i) for i in range(100)]
                # warm-up: every person once (first contact writes their row)
                for p in people:
                    await p.send(text)
                await asyncio.gather(*(p.reply(timeout=30) for p in people))
                cpu0 = _cpu_seconds(proc.pid)
                start = time.monotonic()
                waits = []
                for i in range(updates):
                    await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                    person = people[i % len(people)]
                    await person.send(text)
                    waits.append(asyncio.create_task(person.reply(timeout=30)))
                await asyncio.gather(*waits)
                cpu1 = _cpu_seconds(proc.pid)
            finally:
                await _stop(proc)
    return (cpu1 - cpu0) / updates * 1e6


async def run_all(rounds: int = 2) -> dict[str, Any]:
    results: dict[str, Any] = {}
    results.update(await cold_start())
    results.update(await latency())
    # CPU time is disturbed by whatever else the shared machine runs: interleave the
    # measurements and keep each one's best round.
    bare_runs, rich_runs, start_runs, question_runs = [], [], [], []
    for _ in range(rounds):
        bare_runs.append(await cpu_per_update(["bot.bench.bare"], "hello"))
        rich_runs.append(
            await cpu_per_update(["bot.bench.bare"], "hello", extra={"PINBOT_BENCH_RICH": "1"})
        )
        start_runs.append(await cpu_per_update(["bot", "run"], "/start"))
        question_runs.append(
            await cpu_per_update(["bot", "run"], "why does my foot go numb when I sit")
        )
    bare, rich = min(bare_runs), min(rich_runs)
    start, question = min(start_runs), min(question_runs)
    results.update(
        {
            "cpu_us_bare_hi": bare,
            "cpu_us_bare_same_screen": rich,
            "cpu_ratio_start_vs_same_screen": start / rich,
            "cpu_us_start": start,
            "cpu_us_question": question,
            "cpu_ratio_start": start / bare,
            "cpu_ratio_question": question / bare,
        }
    )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    results = asyncio.run(run_all())
    print("Foundation benchmark (bot as a separate process, local Bot API over loopback)")
    print(f"  cold start to first getUpdates: median {results['cold_start_s_median']:.3f} s")
    print(
        f"  /start latency, {results['latency_users']} users in 10 s, "
        f"{results['latency_rtt_ms']:.0f} ms RTT: p50 {results['latency_p50_ms']:.0f} ms, "
        f"p99 {results['latency_p99_ms']:.0f} ms"
    )
    print(
        f"  CPU per update: bare PTB 'hi' {results['cpu_us_bare_hi']:.0f} us, "
        f"/start {results['cpu_us_start']:.0f} us ({results['cpu_ratio_start']:.2f}x), "
        f"typed question {results['cpu_us_question']:.0f} us "
        f"({results['cpu_ratio_question']:.2f}x)"
    )
    print(
        f"  bare PTB sending the same /start screen: {results['cpu_us_bare_same_screen']:.0f} us;"
        f" Pinbot's /start is {results['cpu_ratio_start_vs_same_screen']:.2f}x that"
    )
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
