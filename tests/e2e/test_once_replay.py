"""What a person did happens once, also when a kill -9 makes the inbox replay their update
(issue 12): the bot (``python -m bot run``) is killed while a reply to a "Save" tap is in flight;
after the restart the tap is not answered twice, the entry is not written twice, and the reply
that was in flight arrives."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Callable

import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import PinbotApp, build_application, running
from bot.config import Settings
from bot.context import services_of
from bot.localapi import LocalBotApi
from bot.storage.db import Database
from bot.storage.diary import DiaryStore
from bot.triage.flow import get_flow

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

pytestmark = pytest.mark.slow


async def _wait(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(20):
        while not predicate():  # noqa: ASYNC110 - polling the test server's counters
            await asyncio.sleep(0.02)


async def _entries(target: str, user_id: int) -> int:
    db = await Database.open(target)
    try:
        return await DiaryStore(db).count(user_id)
    finally:
        await db.close()


async def test_a_save_tap_interrupted_by_kill_9_is_answered_once_and_saved_once(
    api: LocalBotApi,
    bot_env: dict[str, str],
    spawn_bot: Callable[..., subprocess.Popen[bytes]],
) -> None:
    proc = spawn_bot()
    ann = api.user(7001, first_name="Ann")
    await ann.send("/start")
    await ann.reply(timeout=30)
    # "Log this" under a typed story: a complete card, one tap from saved
    await ann.press_data(f"v1:d:p:left:minutes:crossed:3:10:{int(time.time())}")
    card = await ann.reply(timeout=30)
    assert "Leg: Left" in card.text
    # the screen after the tap hangs in editMessageText: the update is being processed, its
    # first request (the tap's answer) is confirmed, the entry is written
    api.faults.add(method="editMessageText", kind="slow", delay=60, chat_id=ann.user_id)
    injected = api.stats.faults_injected
    calls_before = len(api.calls)
    qid = await ann.press("✅ Save", card.message_id)
    await _wait(lambda: api.stats.faults_injected > injected)
    proc.kill()
    await asyncio.to_thread(proc.wait, 30)
    api.faults.clear()
    messages_before = len(ann.bot_messages)

    spawn_bot()
    saved = await ann.edit(timeout=30)  # the request in flight at the kill, sent again
    assert "Saved in your diary" in saved.text
    assert await ann.quiet(1.5)
    answers = [c for c in api.calls[calls_before:] if c.method == "answerCallbackQuery"]
    assert len(answers) == 1 and answers[0].ok  # answered once: not "query is too old"
    assert (await api.callback_answer(qid) or {}).get("text") == "Saved."
    assert len(ann.bot_messages) == messages_before  # no apology, nothing new
    assert await _entries(bot_env["PINBOT_DB"], ann.user_id) == 1


async def test_the_same_save_update_run_twice_writes_one_entry(
    api: LocalBotApi, settings: Settings
) -> None:
    """A crash between the entry's write and the removal of the card's draft: the replayed tap
    finds the draft again and saves again — one entry, the same one."""
    api.enforce_rate_limits = False
    app: PinbotApp = build_application(settings)
    seen: list[Update] = []

    async def record(update: Update, _context: object) -> None:
        seen.append(update)

    app.add_handler(TypeHandler(Update, record), group=-100)
    async with running(app, poll_timeout=1.0):
        services = services_of(app)
        store = services.diary
        ann = api.user(7002, first_name="Ann")
        await ann.send("/start")
        await ann.reply(timeout=10)
        await ann.press_data(f"v1:d:p:right:short:sitting:2:-:{int(time.time())}")
        card = await ann.reply(timeout=10)
        draft = await store.draft(ann.user_id, services.clock())
        assert draft is not None and draft.complete()
        await ann.press("✅ Save", card.message_id)
        assert "Saved in your diary" in (await ann.edit(timeout=10)).text
        assert await store.count(ann.user_id) == 1
        tap = seen[-1]
        assert tap.callback_query is not None and tap.callback_query.data == "v1:d:save"

        await store.put_draft(ann.user_id, draft, services.clock())  # as before the crash
        await app.process_update(tap)  # the replay: the same update, the same handlers
        assert await store.count(ann.user_id) == 1
        assert await store.draft(ann.user_id, services.clock()) is None


async def test_a_replayed_tick_does_not_untick(api: LocalBotApi, settings: Settings) -> None:
    """Ticking an item of a checklist question is a toggle: the same tap replayed after a crash
    must leave it ticked, not toggle it back."""
    api.enforce_rate_limits = False
    app: PinbotApp = build_application(settings)
    seen: list[Update] = []

    async def record(update: Update, _context: object) -> None:
        seen.append(update)

    app.add_handler(TypeHandler(Update, record), group=-100)
    flow = get_flow()
    question = next(q for q in flow.questions.values() if "rest_pain" in q.findings)
    item = f"⬜ {question.findings.index('rest_pain') + 1}. {flow.findings['rest_pain'].label}"
    async with running(app, poll_timeout=1.0):
        services = services_of(app)
        bob = api.user(7003, first_name="Bob")
        await bob.send("/triage")
        await bob.reply(timeout=10)
        for _ in range(3):  # "None of these" up to the checklist with rest pain
            await bob.press("None of these")
            await bob.edit(timeout=10)
            await bob.reply(timeout=10)
        await bob.press(item)
        assert item.replace("⬜", "✅") in (await bob.edit(timeout=10)).button_texts
        tap = seen[-1]
        assert tap.callback_query is not None

        async def ticks() -> object:
            session = await services.triage.get(bob.user_id, services.clock())
            assert session is not None
            return session.state.get("ticks")

        assert await ticks() == ["rest_pain"]
        await app.process_update(tap)  # the replay: the same tap again
        assert await ticks() == ["rest_pain"]


async def test_a_tap_whose_answer_was_in_flight_at_kill_9_still_does_its_work(
    api: LocalBotApi,
    bot_env: dict[str, str],
    spawn_bot: Callable[..., subprocess.Popen[bytes]],
) -> None:
    """The tap's answer is on the wire when the bot dies and reaches Telegram; after the restart
    the replay's answer is refused ("query is too old") — the tap still shows its card."""
    proc = spawn_bot()
    eve = api.user(7004, first_name="Eve")
    await eve.send("/start")
    await eve.reply(timeout=30)
    api.faults.add(method="answerCallbackQuery", kind="slow", delay=1.0)
    injected = api.stats.faults_injected
    qid = await eve.press_data(f"v1:d:p:left:minutes:crossed:3:10:{int(time.time())}")
    await _wait(lambda: api.stats.faults_injected > injected)
    proc.kill()
    await asyncio.to_thread(proc.wait, 30)
    api.faults.clear()
    assert await api.callback_answer(qid, timeout=10) is not None  # the first answer landed

    spawn_bot()
    card = await eve.reply(timeout=30)
    assert "Leg: Left" in card.text
    await eve.press("✅ Save", card.message_id)
    assert "Saved in your diary" in (await eve.edit(timeout=30)).text
    assert await _entries(bot_env["PINBOT_DB"], eve.user_id) == 1
