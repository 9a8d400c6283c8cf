"""The skeleton bot end to end: real Application, real HTTP, local Bot API server."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from bot.app import MENU_COMMANDS, PinbotApp
from bot.localapi import LocalBotApi, SimUser
from tests.conftest import TOKEN


async def test_start_shows_welcome_disclaimer_and_menu(user: SimUser, api: LocalBotApi) -> None:
    await user.send("/start")
    reply = await user.reply()
    assert "Pinbot" in reply.text and "Ann" in reply.text
    assert "not a doctor" in reply.text
    labels = [b.text for row in reply.buttons for b in row]
    assert any("Check my symptoms" in label for label in labels)
    assert all(
        b.callback_data and b.callback_data.startswith("v1:m:")
        for row in reply.buttons
        for b in row
    )


async def test_menu_commands_are_set_at_start(running_bot: PinbotApp, api: LocalBotApi) -> None:
    calls = [c for c in api.calls if c.method == "setMyCommands"]
    assert calls and calls[-1].ok
    commands = calls[-1].params["commands"]
    if isinstance(commands, str):
        commands = json.loads(commands)
    assert [c["command"] for c in commands] == list(MENU_COMMANDS)


async def test_help_cancel_and_unknown_command(user: SimUser) -> None:
    await user.send("/help")
    assert "/triage" in (await user.reply()).text
    await user.send("/cancel")
    assert "nothing to cancel" in (await user.reply()).text.lower()
    await user.send("/frobnicate")
    assert "don't know that command" in (await user.reply()).text


async def test_menu_buttons_answer_their_callbacks(user: SimUser, api: LocalBotApi) -> None:
    await user.send("/start")
    await user.reply()
    qid = await user.press("ℹ️ Help")
    assert await api.callback_answer(qid) is not None
    assert "/causes" in (await user.reply()).text


async def test_sticker_and_photo_get_a_kind_pointer(user: SimUser) -> None:
    await user.send_sticker()
    assert "only read text" in (await user.reply()).text
    await user.send_photo()
    assert "only read text" in (await user.reply()).text


async def test_forged_and_stale_callbacks_are_answered_with_a_fresh_menu(
    user: SimUser, api: LocalBotApi
) -> None:
    await user.send("/start")
    menu = await user.reply()
    for data in ("v1:zz:forged", "v0:c:sciatica", "garbage", "v1:m:" + "x" * 50):
        qid = await user.press_data(data, message_id=menu.message_id)
        answer = await api.callback_answer(qid)
        assert answer is not None
        reply = await user.reply()
        assert "expired" in reply.text
        assert reply.buttons
    assert api.unanswered_callback_queries() == []


async def test_groups_get_a_pointer_for_start_and_silence_otherwise(
    running_bot: PinbotApp, api: LocalBotApi
) -> None:
    member = api.user(2002, first_name="Bo")
    group = api.group(-100555, title="Hikers")
    await group.send(member, "/start@pinbot_test_bot")
    reply = await group.reply()
    assert "t.me/pinbot_test_bot" in reply.text
    await group.send(member, "my leg tingles")
    await group.send(member, "/help")
    assert await group.quiet(0.5)


async def test_handler_error_is_reported_kindly(user: SimUser, api: LocalBotApi) -> None:
    api.faults.add(method="sendMessage", kind="400", count=1)
    await user.send("/help")
    reply = await user.reply()
    assert "something went wrong" in reply.text


async def test_blocked_user_is_marked_and_start_reactivates(
    user: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await user.send("/start")
    await user.reply()
    api.block(user.user_id)
    await user.send("/help")
    for _ in range(50):
        row = (
            sqlite3.connect(db_path)
            .execute("SELECT blocked FROM users WHERE user_id = ?", (user.user_id,))
            .fetchone()
        )
        if row and row[0] == 1:
            break
        await asyncio.sleep(0.05)
    assert row is not None and row[0] == 1
    api.unblock(user.user_id)
    await user.send("/start")
    await user.reply()
    row = (
        sqlite3.connect(db_path)
        .execute("SELECT blocked FROM users WHERE user_id = ?", (user.user_id,))
        .fetchone()
    )
    assert row == (0,)


async def test_token_never_appears_in_any_output(
    api: LocalBotApi, spawn_bot: Callable[..., subprocess.Popen[bytes]]
) -> None:
    proc = spawn_bot({"PINBOT_LOG_LEVEL": "DEBUG"})
    person = api.user(3003, first_name="Cy")
    await person.send("/start")
    await person.reply(timeout=20)
    api.faults.add(method="sendMessage", kind="500", count=1)  # an error path logs too
    await person.send("/help")
    await person.reply(timeout=20)
    proc.send_signal(signal.SIGTERM)
    out, _ = await asyncio.to_thread(proc.communicate, timeout=30)
    text = out.decode("utf-8", "replace")
    assert "Pinbot started" in text
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text
    assert proc.returncode == 0
