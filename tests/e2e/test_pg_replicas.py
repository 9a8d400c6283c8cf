"""PostgreSQL end to end: the real bot on PostgreSQL, and two real ``pinbot run`` replicas on one
database behind the local Bot API server's webhook delivery spread over both (with repeats)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from bot.app import PinbotApp, build_application, running
from bot.config import Settings
from bot.context import services_of
from bot.localapi import LocalBotApi
from bot.storage.db import Database
from tests.conftest import ROOT, TOKEN

SECRET = "replica-Secret_1"
# Commands whose replies tell them apart (a few words of each reply).
COMMANDS = ("/help", "/about", "/faq", "/causes", "/privacy")


@pytest.fixture
async def pg_bot(api: LocalBotApi, pg_url: str) -> AsyncIterator[PinbotApp]:
    settings = Settings.from_env(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url, "PINBOT_DB": pg_url}
    )
    app = build_application(settings)
    async with running(app, poll_timeout=1.0):
        yield app


async def test_the_bot_runs_on_postgresql(pg_bot: PinbotApp, api: LocalBotApi) -> None:
    ann = api.user(5001, first_name="Ann")
    await ann.send("/start")
    assert "not a doctor" in (await ann.reply()).text
    await ann.send("/help")
    assert "/triage" in (await ann.reply()).text
    qid = await ann.press("ℹ️ Help")
    assert await api.callback_answer(qid) is not None
    assert "/causes" in (await ann.reply()).text
    s = services_of(pg_bot)
    assert s.db.engine == "postgresql" and s.shared_inbox is not None
    done = 0
    for _ in range(50):  # the last done mark follows its reply
        row = await s.db.fetchone("SELECT COUNT(*) FROM inbox WHERE done_at IS NOT NULL")
        done = int(row[0])
        if done >= 3:
            break
        await asyncio.sleep(0.05)
    assert done == 3  # every update went through the shared inbox


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def replicas(api: LocalBotApi, pg_url: str) -> Iterator[list[tuple[subprocess.Popen[bytes], int]]]:
    procs: list[tuple[subprocess.Popen[bytes], int]] = []
    for _ in range(2):
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
        env.update(
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "PINBOT_DB": pg_url,
                "PINBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
                "PINBOT_WEBHOOK_SECRET": SECRET,
                "PINBOT_LISTEN": f"127.0.0.1:{port}",
                "PINBOT_LOG_LEVEL": "WARNING",
            }
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append((proc, port))
    yield procs
    for proc, _ in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc, _ in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _healthy(port: int) -> None:
    deadline = time.monotonic() + 60
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"replica on port {port} never became healthy")


async def _accepted(port: int) -> float:
    async with httpx.AsyncClient() as client:
        text = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
    total = 0.0
    for line in text.splitlines():
        if line.startswith("pinbot_webhook_requests_total") and 'result="accepted"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


@pytest.mark.slow
async def test_two_replicas_keep_every_chat_in_order_and_answer_once(
    api: LocalBotApi, replicas: list[tuple[subprocess.Popen[bytes], int]]
) -> None:
    for _, port in replicas:
        await _healthy(port)
    api.webhook_targets = [f"http://127.0.0.1:{port}/telegram" for _, port in replicas]
    api.webhook_repeat_every = 5  # every 5th update reaches both replicas
    api.webhook_retry_delay = 0.1
    people = [api.user(200_000 + i, first_name=f"P{i}") for i in range(8)]
    per_person = 6
    # a fingerprint of each command's reply, from a person who sends them one at a time
    probe = api.user(199_999, first_name="Probe")
    signature: dict[str, str] = {}
    for command in COMMANDS:
        await probe.send(command)
        signature[command] = (await probe.reply(timeout=30)).text[:60]
    assert len(set(signature.values())) == len(COMMANDS)
    # Some sends fail once (retried after a backoff): a replica that ran a person's next
    # message while the other still retried the previous one would answer out of order.
    api.faults.add(method="sendMessage", kind="500", count=None, probability=0.15)
    for person in people:  # each person's messages back to back
        for k in range(per_person):
            await person.send(COMMANDS[(k + person.user_id) % len(COMMANDS)])
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if all(len(p.bot_messages) >= per_person for p in people):
            break
        await asyncio.sleep(0.2)
    await asyncio.sleep(1.5)  # a duplicate answer would arrive now
    by_text = {v: k for k, v in signature.items()}
    for person in people:
        got = [by_text.get(m.text[:60], "?") for m in person.bot_messages]
        expected = [COMMANDS[(k + person.user_id) % len(COMMANDS)] for k in range(per_person)]
        assert got == expected, f"{person}: {got}"
    accepted = [await _accepted(port) for _, port in replicas]
    assert all(n > 0 for n in accepted), accepted  # both replicas took updates
    assert all(proc.poll() is None for proc, _ in replicas)


@pytest.mark.slow
async def test_two_replicas_stay_under_one_token_budget(
    api: LocalBotApi, replicas: list[tuple[subprocess.Popen[bytes], int]]
) -> None:
    """The local Bot API server enforces Telegram's ~30 messages a second per token: a burst of
    people writing at once, spread over both replicas, is answered without a single 429."""
    for _, port in replicas:
        await _healthy(port)
    api.webhook_targets = [f"http://127.0.0.1:{port}/telegram" for _, port in replicas]
    assert api.enforce_rate_limits
    people = [api.user(300_000 + i, first_name=f"Q{i}") for i in range(120)]
    for person in people:
        await person.send("/help")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if all(person.bot_messages for person in people):
            break
        await asyncio.sleep(0.2)
    assert all(len(person.bot_messages) == 1 for person in people)
    assert api.stats.rate_limited == 0
    times = sorted(
        e.t_monotonic for p in people for e in api.chats[p.user_id].events if e.kind == "new"
    )
    densest = max(sum(1 for t in times if s <= t < s + 1.0) for s in times)
    assert densest <= 31 + 3  # the pace plus the shared burst
    accepted = [await _accepted(port) for _, port in replicas]
    assert all(n > 0 for n in accepted), accepted


@pytest.mark.slow
async def test_flood_control_counts_one_person_once_across_replicas(
    api: LocalBotApi, replicas: list[tuple[subprocess.Popen[bytes], int]]
) -> None:
    """30 messages alternating between the replicas: each replica alone sees 15 (under the
    limit of 20 in 10 s); counted together, the 21st gets the one "slow down" and the rest are
    ignored."""
    for _, port in replicas:
        await _healthy(port)
    api.webhook_targets = [f"http://127.0.0.1:{port}/telegram" for _, port in replicas]
    ann = api.user(400_001, first_name="Ann")
    for _ in range(30):
        await ann.send("/help")
    replies = await ann.replies(21, timeout=60)
    assert all("/triage" in r.text for r in replies[:20])
    assert "very quickly" in replies[20].text
    assert await ann.quiet(1.5), "ignored for a while after the one warning"


@pytest.mark.slow
async def _idle(url: str) -> None:
    """Wait until every update received is done. Killed earlier, while the next question is
    still on its way, the replay sends it again (README "Duplicates": the one request in
    flight is repeated; tests/e2e/test_once_replay.py)."""
    db = await Database.open(url)
    try:
        async with asyncio.timeout(20):
            while True:
                row = await db.fetchone("SELECT COUNT(*) FROM inbox WHERE done_at IS NULL")
                if row is not None and int(row[0]) == 0:
                    return
                await asyncio.sleep(0.02)
    finally:
        await db.close()


async def test_kill_9_of_a_replica_between_two_answers_loses_nothing(
    api: LocalBotApi, pg_url: str, spawn_bot: Callable[..., subprocess.Popen[bytes]]
) -> None:
    """The symptom check lives in PostgreSQL: the restarted replica takes back what it held
    when it died at once (not after the lease), and the check goes on."""
    proc = spawn_bot({"PINBOT_DB": pg_url})
    person = api.user(4005, first_name="Dee")
    await person.send("/triage")
    assert "Question 1" in (await person.reply(timeout=30)).text
    qid = await person.press("None of these")
    assert await api.callback_answer(qid, timeout=20) is not None
    q2 = await person.reply(timeout=20)
    assert "Question 2" in q2.text
    await _idle(pg_url)  # between two answers: the first one is done
    proc.kill()
    await asyncio.to_thread(proc.wait, 30)
    spawn_bot({"PINBOT_DB": pg_url})
    qid = await person.press("None of these", message_id=q2.message_id)
    assert await api.callback_answer(qid, timeout=12) is not None  # within Telegram's 15 s
    assert "Question 3" in (await person.reply(timeout=20)).text
    await person.send("none of these")
    assert "Question 4" in (await person.reply(timeout=20)).text
