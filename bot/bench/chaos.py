"""The chaos benchmark (issue 12): storms of updates, kill -9 three times, faults on sends.

Each run: 1,000 simulated people send 10 messages each at 100 updates a second in total (a
50 ms round trip on every Bot API call), while the bot — a separate ``pinbot run`` process —
is killed with SIGKILL three times and started again. Afterwards every person's replies are
checked against what they sent: nothing lost, nothing answered twice, each chat in order.

* ``webhook``: the local Bot API server pushes updates to the bot's webhook like Telegram
  (retrying while the bot is down);
* ``webhook+faults``: the same with faults on 10% of sends (429 with retry_after 1 s, 500,
  502, dropped connections), also checking that nothing was sent to a chat inside its
  retry_after window;
* ``polling``: the same in long-polling mode.

Replies leave at most 30 a second (Telegram's limit, kept by `bot.ratelimit`), so a storm of
100 updates a second queues: the time from a message to its reply mostly measures that queue.

Every tenth person also logs a diary entry once during the storm, at a different moment for
each (a "Log this" tap, then "Save": three requests each — the tap's answer, an edit that
fails on a message the bot did not write, the screen as a new message). After the run the
bot's database is read: each of them must have exactly one entry.

Printed: lost / duplicated replies (and how many of those duplicates repeat a send that was in
flight, between the request and its answer, when the bot was killed) / out of order / people
missing a reply; updates whose handler effects were applied twice (diary entries written twice)
and entries missing; callback queries answered twice (Telegram refuses the second: "query is
too old");
p50 / p99 time from a message to its reply, the recovery time after each restart (kill to the
next reply), sends inside a retry_after window, and CPU per update with and without the durable
inbox.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.bench.foundation import ROOT, TOKEN, _first_get_updates, cpu_per_update
from bot.localapi import LocalBotApi

# Five commands with replies that tell them apart (the first words of each reply).
COMMANDS = ("/help", "/about", "/faq", "/causes", "/privacy")
SECRET = "chaos-Secret_1"
DIARY_SHARE = 10  # every tenth person logs a diary entry during the storm
DIARY_KINDS = {"New diary entry": "diary card", "Saved in your diary": "diary saved"}
RTT = 0.05  # seconds, every Bot API call


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _spawn(env: dict[str, str]) -> subprocess.Popen[bytes]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
    full.update(env)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=full,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _reply_kind(text: str, signatures: dict[str, str]) -> str | None:
    for command, start in signatures.items():
        if text.startswith(start):
            return command
    for words, kind in DIARY_KINDS.items():
        if words in text:
            return kind
    return None


async def _signatures(api: LocalBotApi, env: dict[str, str], mode: str) -> dict[str, str]:
    """Learn what each command's reply starts with (one person, one bot run)."""
    proc = _spawn(env)
    try:
        await _ready(api, mode, env)
        probe = api.user(999_999)
        out: dict[str, str] = {}
        for command in COMMANDS:
            await probe.send(command)
            reply = await probe.reply(timeout=30)
            out[command] = reply.text[:40]
        assert len(set(out.values())) == len(out), out
        return out
    finally:
        proc.kill()
        await asyncio.to_thread(proc.wait, 30)


async def _ready(api: LocalBotApi, mode: str, env: dict[str, str]) -> None:
    if mode == "polling":
        await _first_get_updates(api, 0, limit_s=60)
        return
    port = int(env["PINBOT_LISTEN"].rsplit(":", 1)[1])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if api.webhook.get("url", "").startswith("https://"):
            api.webhook["url"] = f"http://127.0.0.1:{port}/telegram"
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the bot never set its webhook")


async def storm(
    mode: str, *, people: int = 1000, per_person: int = 10, rate: float = 100.0, faults: bool
) -> dict[str, Any]:
    async with LocalBotApi(rtt=RTT, enforce_rate_limits=False) as api:
        api.webhook_retry_delay = 0.2
        # the storm queues (100 updates/s in, 30 replies/s out): a tap may wait longer than the
        # 15 s Telegram gives for its answer; the chaos bench judges duplicates, not that
        api.callback_answer_timeout = 3600.0
        with tempfile.TemporaryDirectory() as tmp:
            env = {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "PINBOT_DB": str(Path(tmp) / "db.sqlite3"),
                "PINBOT_LOG_LEVEL": "WARNING",
            }
            if mode != "polling":
                env.update(
                    {
                        "PINBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
                        "PINBOT_WEBHOOK_SECRET": SECRET,
                        "PINBOT_LISTEN": f"127.0.0.1:{_free_port()}",
                    }
                )
            signatures = await _signatures(api, env, mode)
            if faults:
                for kind in ("429", "500", "502", "drop"):
                    api.faults.add(method="sendMessage", kind=kind, count=None, probability=0.025)
            users = [api.user(100_000 + i, first_name=f"P{i}") for i in range(people)]
            # who logs a diary entry, and in which of their rounds (spread over the storm)
            diary_round = {
                u.user_id: (i // DIARY_SHARE) % per_person
                for i, u in enumerate(users)
                if i % DIARY_SHARE == 0
            }
            total = people * per_person
            sent_at: dict[int, list[float]] = {u.user_id: [] for u in users}
            proc = _spawn(env)
            await _ready(api, mode, env)
            kills: list[float] = []
            kill_at = {total // 4, total // 2, 3 * total // 4}
            start = time.monotonic()
            restarts: list[asyncio.Task[None]] = []

            async def restart() -> None:
                nonlocal proc
                await asyncio.to_thread(proc.wait, 30)
                proc = _spawn(env)
                await _ready(api, mode, env)

            for n in range(total):
                await asyncio.sleep(max(0.0, start + n / rate - time.monotonic()))
                person = users[n % people]
                command = COMMANDS[(n // people) % len(COMMANDS)]
                sent_at[person.user_id].append(time.monotonic())
                mid = await person.send(command)
                if diary_round.get(person.user_id) == n // people:
                    code = f"left:minutes:crossed:3:10:{int(time.time())}"
                    await person.press_data(f"v1:d:p:{code}", mid)
                    await person.press_data("v1:d:save", mid)
                if n in kill_at:
                    proc.send_signal(signal.SIGKILL)
                    kills.append(time.monotonic())
                    restarts.append(asyncio.create_task(restart()))
            await asyncio.gather(*restarts)
            # wait for the replies (bounded): they leave at Telegram's 30 a second at most, so
            # a storm faster than that queues, and the queue must drain before judging
            deadline = time.monotonic() + max(180.0, total / 28.0 + 60.0)
            while time.monotonic() < deadline:
                got = sum(len(u.bot_messages) for u in users)
                if got >= total + 2 * len(diary_round):
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(2.0)  # anything extra (duplicates) arrives too
            proc.send_signal(signal.SIGTERM)
            await asyncio.to_thread(proc.wait, 60)
            result = _judge(api, users, sent_at, signatures, kills, per_person, people)
            result.update(_diary_effects(Path(env["PINBOT_DB"]), set(diary_round)))
            return result


def _diary_effects(db: Path, diarists: set[int]) -> dict[str, int]:
    """Read the bot's database: one diary entry per person who saved one."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT user_id, COUNT(*) FROM diary_entries GROUP BY user_id"
        ).fetchall()
        journal = conn.execute("SELECT COUNT(*) FROM inbox WHERE sent IS NOT NULL").fetchone()
    conn.close()
    counts = {int(u): int(n) for u, n in rows}
    return {
        "diary_entries_expected": len(diarists),
        "handler_effects_applied_twice": sum(max(0, n - 1) for n in counts.values()),
        "diary_entries_missing": sum(1 for u in diarists if counts.get(u, 0) == 0),
        "journal_rows_left": int(journal[0]) if journal else 0,
    }


def _judge(
    api: LocalBotApi,
    users: Sequence[Any],
    sent_at: dict[int, list[float]],
    signatures: dict[str, str],
    kills: list[float],
    per_person: int,
    people: int,
) -> dict[str, Any]:
    lost = duplicated = out_of_order = missing_people = 0
    dup_in_flight = 0  # duplicates whose first copy was a request in flight when the bot died
    diary_replies = 0
    gaps: list[int | None] = []  # per repeated reply: ms from its first copy to the next kill
    unpaired: list[dict[str, Any]] = []  # diary replies repeated with something in between
    unknown: list[str] = []  # replies that are none of the expected ones (apologies, ...)
    latencies: list[float] = []
    reply_times: list[float] = []
    for user in users:
        expected = [COMMANDS[k % len(COMMANDS)] for k in range(per_person)]
        events = [e for e in api.chats[user.user_id].events if e.kind == "new"]
        kinds = [_reply_kind(e.message.text, signatures) for e in events]
        replies = [k for k in kinds if k not in DIARY_KINDS.values()]
        diary = len(kinds) - len(replies)
        diary_replies += diary
        if len(replies) < per_person:
            lost += per_person - len(replies)
            missing_people += 1
        duplicated += max(0, len(replies) - per_person)
        # a diarist gets a card and a "saved" screen, each once
        duplicated += max(0, diary - 2)
        for j in range(1, len(kinds)):
            if kinds[j] == kinds[j - 1]:
                first = events[j - 1].t_monotonic  # when the server took the first copy
                if any(first - 0.05 <= k <= first + RTT / 2 + 0.05 for k in kills):
                    dup_in_flight += 1
                later = [k - first for k in kills if k >= first - 0.05]
                gaps.append(round(min(later) * 1000) if later else None)
        for kind, event in zip(kinds, events, strict=True):
            if kind is None:
                unknown.append(event.message.text[:60])
        seen_diary: dict[str, float] = {}
        for j, (kind, event) in enumerate(zip(kinds, events, strict=True)):
            if kind is None or kind not in DIARY_KINDS.values():
                continue
            first_t = seen_diary.setdefault(kind, event.t_monotonic)
            if first_t != event.t_monotonic and kinds[j - 1] != kind:  # a repeat, not adjacent
                later = [k - first_t for k in kills if k >= first_t - 0.05]
                unpaired.append(
                    {
                        "kind": kind,
                        "first_copy_ms_before_a_kill": round(min(later) * 1000) if later else None,
                        "repeat_after_s": round(event.t_monotonic - first_t, 2),
                    }
                )
        # a reply sent again after a restart repeats its predecessor; order is judged without it
        once = [k for j, k in enumerate(replies) if j == 0 or k != replies[j - 1]]
        if once[:per_person] != expected[: len(once[:per_person])]:
            out_of_order += 1
        command_events = [e for e, k in zip(events, kinds, strict=True) if k in signatures]
        for sent, event in zip(sent_at[user.user_id], command_events, strict=False):
            latencies.append(event.t_monotonic - sent)
            reply_times.append(event.t_monotonic)
    latencies.sort()
    reply_times.sort()
    recovery = []
    for k in kills:
        after = [t for t in reply_times if t > k]
        recovery.append(round(after[0] - k, 2) if after else None)
    inside = _sends_inside_retry_after(api)
    answered: set[str] = set()
    answered_twice = 0  # a second answer to a query already answered (Telegram refuses it)
    for c in api.calls:
        if c.method != "answerCallbackQuery":
            continue
        qid = str(c.params.get("callback_query_id"))
        if qid in answered:
            answered_twice += 1
        elif c.ok:
            answered.add(qid)
    return {
        "updates": len(users) * per_person,
        "lost": lost,
        "duplicated": duplicated,
        "duplicated_in_flight_at_a_kill": dup_in_flight,
        "duplicate_first_copy_ms_before_a_kill": gaps,
        "diary_repeats_not_adjacent": unpaired,
        "unexpected_replies": unknown,
        "diary_replies": diary_replies,
        "callback_answered_twice": answered_twice,
        "chats_out_of_order": out_of_order,
        "people_missing_a_reply": missing_people,
        "reply_p50_s": round(latencies[len(latencies) // 2], 3) if latencies else None,
        "reply_p99_s": round(latencies[int(len(latencies) * 0.99)], 3) if latencies else None,
        "recovery_s": recovery,
        "faults_injected": api.stats.faults_injected,
        "sends_inside_retry_after": inside,
    }


def _sends_inside_retry_after(api: LocalBotApi) -> int:
    told: dict[int, float] = {}
    inside = 0
    for call in api.calls:
        if call.method != "sendMessage" or call.chat_id is None:
            continue
        until = told.get(call.chat_id)
        if until is not None and call.t_monotonic < until - 0.01:
            inside += 1
        if call.error_code == 429:
            told[call.chat_id] = call.t_monotonic + 1.0  # the injected retry_after
    return inside


async def cpu_cost() -> dict[str, float]:
    """CPU per /start with and without the durable inbox (best of two rounds each)."""
    with_inbox, without = [], []
    for _ in range(2):
        with_inbox.append(await cpu_per_update(["bot", "run"], "/start"))
        without.append(await cpu_per_update(["bot.bench.noinbox"], "/start"))
    a, b = min(with_inbox), min(without)
    return {"cpu_us_with_inbox": a, "cpu_us_without_inbox": b, "inbox_overhead": a / b - 1}


MODES = {
    "webhook": ("webhook", False),
    "webhook+faults": ("webhook", True),
    "polling": ("polling", False),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.bench.chaos",
        description="Storms of updates with kill -9 and faults; CPU per update with the inbox.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="100 people x 10 messages at 50/s instead of 1,000 x 10 at 100/s (a minute a mode)",
    )
    parser.add_argument(
        "--mode",
        choices=[*MODES, "all"],
        default="all",
        help="one storm only (default: all three)",
    )
    parser.add_argument("--no-cpu", action="store_true", help="skip the CPU per update figure")
    args = parser.parse_args(list(argv or []))
    size = {"people": 100, "per_person": 10, "rate": 50.0} if args.quick else {}
    results: dict[str, Any] = {}
    for name, (mode, faults) in MODES.items():
        if args.mode not in ("all", name):
            continue
        results[name] = asyncio.run(storm(mode, faults=faults, **size))  # type: ignore[arg-type]
        print(f"chaos {name}: {json.dumps(results[name])}", flush=True)
    if args.no_cpu:
        return 0
    results["cpu"] = asyncio.run(cpu_cost())
    cpu = results["cpu"]
    print(
        f"chaos cpu per update: {cpu['cpu_us_with_inbox']:.0f} us with the inbox, "
        f"{cpu['cpu_us_without_inbox']:.0f} us without ({cpu['inbox_overhead']:+.1%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
