"""A symptom check survives kill -9 of the bot between two answers."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable

import pytest

from bot.localapi import LocalBotApi

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

pytestmark = pytest.mark.slow


async def test_kill_9_between_two_answers_loses_nothing(
    api: LocalBotApi, spawn_bot: Callable[..., subprocess.Popen[bytes]]
) -> None:
    proc = spawn_bot()
    person = api.user(4004, first_name="Dee")
    await person.send("/triage")
    assert "Question 1" in (await person.reply(timeout=30)).text
    qid = await person.press("None of these")
    assert await api.callback_answer(qid, timeout=20) is not None
    q2 = await person.reply(timeout=20)
    assert "Question 2" in q2.text

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
