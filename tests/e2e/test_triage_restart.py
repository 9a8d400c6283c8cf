"""A symptom check survives kill -9 of the bot between two answers."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable

import pytest

from bot.localapi import LocalBotApi
from bot.storage.db import Database

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

pytestmark = pytest.mark.slow


async def _idle(bot_env: dict[str, str]) -> None:
    """Wait until the bot has finished every update it received (the inbox is all done).

    Killed earlier — while the next question is still on its way (the server has it, the bot
    has no answer yet) — the replay sends that question again: the documented at-least-once
    for the one request in flight (README "Duplicates"; tests/e2e/test_once_replay.py)."""
    db = await Database.open(bot_env["PINBOT_DB"])
    try:
        async with asyncio.timeout(20):
            while True:
                row = await db.fetchone("SELECT COUNT(*) FROM inbox WHERE done_at IS NULL")
                if row is not None and int(row[0]) == 0:
                    return
                await asyncio.sleep(0.02)
    finally:
        await db.close()


async def test_kill_9_between_two_answers_loses_nothing(
    api: LocalBotApi,
    bot_env: dict[str, str],
    spawn_bot: Callable[..., subprocess.Popen[bytes]],
) -> None:
    proc = spawn_bot()
    person = api.user(4004, first_name="Dee")
    await person.send("/triage")
    assert "Question 1" in (await person.reply(timeout=30)).text
    qid = await person.press("None of these")
    assert await api.callback_answer(qid, timeout=20) is not None
    q2 = await person.reply(timeout=20)
    assert "Question 2" in q2.text
    await _idle(bot_env)  # between two answers: the first one is done

    proc.kill()  # SIGKILL: no shutdown, no flush
    await asyncio.to_thread(proc.wait, 30)
    assert proc.returncode == -9

    spawn_bot()
    qid = await person.press("None of these", message_id=q2.message_id)
    assert await api.callback_answer(qid, timeout=30) is not None
    q3 = await person.reply(timeout=30)
    assert "Question 3" in q3.text
    # And typing works after the restart too.
    await person.send("none of these")
    assert "Question 4" in (await person.reply(timeout=20)).text
    await person.send("my calf is swollen")
    result = await person.reply(timeout=20)
    assert "within 24 hours" in result.text
