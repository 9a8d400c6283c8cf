"""The real PTB Application against LocalBotApi over HTTP."""

from __future__ import annotations

import asyncio
import time

from telegram import Bot
from telegram.ext import Application

from bot.localapi import LocalBotApi

TOKEN = "123456:TEST-abc"


async def test_start_reply_with_buttons(lapi: LocalBotApi, echo_bot: Application) -> None:  # type: ignore[type-arg]
    user = lapi.user(1001, first_name="Ann")
    await user.send("/start")
    msg = await user.reply(timeout=5)
    assert msg.text == "Welcome & hello"
    assert msg.html == "<b>Welcome</b> &amp; hello"
    assert msg.from_bot and msg.chat_id == 1001
    assert msg.button_texts == ["Causes", "FAQ", "Site"]
    assert msg.buttons[1][0].url == "https://example.org"
    assert user.last == msg
    assert [m.from_bot for m in user.messages] == [False, True]


async def test_echo(lapi: LocalBotApi, echo_bot: Application) -> None:  # type: ignore[type-arg]
    user = lapi.user(1002)
    await user.send("a < b")
    msg = await user.reply()
    assert msg.text == "echo: a < b"
    assert msg.entities == [{"type": "italic", "offset": 6, "length": 5}]
    assert await user.quiet(0.2)


async def test_press_answer_and_edit(lapi: LocalBotApi, echo_bot: Application) -> None:  # type: ignore[type-arg]
    user = lapi.user(1003)
    await user.send("/start")
    first = await user.reply()
    qid = await user.press("Causes")
    answer = await lapi.callback_answer(qid, timeout=5)
    assert answer["text"] == "got v1:m:causes"
    edited = await user.edit()
    assert edited.message_id == first.message_id
    assert edited.text == "Causes" and edited.edited
    assert lapi.unanswered_callback_queries() == []
    # FAQ only answers
    qid2 = await user.press("FAQ")
    assert (await lapi.callback_answer(qid2))["text"] == "got v1:m:faq"
    assert await user.quiet(0.2)


async def test_activity_consumes_in_order(lapi: LocalBotApi, echo_bot: Application) -> None:  # type: ignore[type-arg]
    user = lapi.user(1004)
    await user.send("/start")
    await user.reply()
    await user.press("Causes")
    await user.send("hi")
    got = [await user.activity(), await user.activity()]
    assert {m.text for m in got} == {"Causes", "echo: hi"}


async def test_group_start(lapi: LocalBotApi, echo_bot: Application) -> None:  # type: ignore[type-arg]
    ann = lapi.user(1005, first_name="Ann")
    grp = lapi.group(-100123, title="Hikers")
    await grp.send(ann, "/start@pinbot_test_bot")
    msg = await grp.reply()
    assert msg.chat_id == -100123
    assert msg.text == "Welcome & hello"
    assert await ann.quiet(0.1)


async def test_get_me_and_bot_methods(lapi: LocalBotApi) -> None:
    async with Bot(TOKEN, base_url=lapi.base_url) as bot:
        me = await bot.get_me()
        assert me.id == 123456 and me.is_bot and me.username == "pinbot_test_bot"
        assert me.first_name == "Pinbot"
        assert await bot.delete_webhook()
        info = await bot.get_webhook_info()
        assert info.url == ""
        user = lapi.user(7)
        sent = await bot.send_message(7, "plain")
        assert sent.text == "plain" and sent.chat.id == 7 and sent.from_user is not None
        assert await bot.send_chat_action(7, "typing")
        assert user.actions == ["typing"]
        assert await bot.delete_message(7, sent.message_id)
        assert user.messages == []
    methods = [c.method for c in lapi.calls]
    assert methods[0] == "getMe" and "deleteWebhook" in methods
    assert all(c.ok for c in lapi.calls)


async def test_get_updates_offsets(lapi: LocalBotApi) -> None:
    user = lapi.user(9)
    async with Bot(TOKEN, base_url=lapi.base_url) as bot:
        await user.send("one")
        await user.send("two")
        ups = await bot.get_updates(timeout=0)
        assert [u.message.text for u in ups if u.message] == ["one", "two"]
        # not confirmed -> delivered again
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [u.update_id for u in ups]
        # confirm the first
        rest = await bot.get_updates(offset=ups[0].update_id + 1, timeout=0)
        assert [u.message.text for u in rest if u.message] == ["two"]
        assert await bot.get_updates(offset=ups[1].update_id + 1, timeout=0) == ()
        assert lapi.pending_updates == 0
        # limit
        for i in range(3):
            await user.send(f"m{i}")
        limited = await bot.get_updates(limit=2, timeout=0)
        assert len(limited) == 2


async def test_long_poll_wakes_promptly(lapi: LocalBotApi) -> None:
    user = lapi.user(10)
    async with Bot(TOKEN, base_url=lapi.base_url) as bot:
        t0 = time.monotonic()
        poll = asyncio.create_task(bot.get_updates(timeout=10))
        await asyncio.sleep(0.2)
        assert not poll.done()
        await user.send("wake")
        ups = await asyncio.wait_for(poll, 2)
        assert ups[0].message is not None and ups[0].message.text == "wake"
        assert time.monotonic() - t0 < 1.5


async def test_long_poll_times_out_empty(lapi: LocalBotApi) -> None:
    async with Bot(TOKEN, base_url=lapi.base_url) as bot:
        t0 = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        assert 0.9 <= time.monotonic() - t0 < 2.0


async def test_context_manager_and_stop_idempotent() -> None:
    api = LocalBotApi()
    await api.start()
    assert api.base_url.startswith("http://127.0.0.1:")
    await api.stop()
    await api.stop()
