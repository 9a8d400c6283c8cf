"""Fault injection, round-trip delay and rate limits."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.localapi import LocalBotApi, RateLimiter, TokenBucket

TOKEN = "123456:TEST-abc"


@pytest.fixture
async def bot(lapi: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=lapi.base_url) as b:
        yield b


async def test_fault_429(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    lapi.faults.add(method="sendMessage", kind="429", retry_after=7)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(1, "x")
    assert info.value.retry_after == dt.timedelta(seconds=7)
    assert lapi.calls[-1].description == "Too Many Requests: retry after 7"
    assert lapi.calls[-1].error_code == 429
    assert lapi.stats.rate_limited == 1 and lapi.stats.faults_injected == 1
    await bot.send_message(1, "x")  # count=1: the next one passes
    assert lapi.faults.pending == []


async def test_fault_500_502_blocked_400(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    lapi.faults.add(method="sendMessage", kind="500")
    lapi.faults.add(method="sendMessage", kind="502")
    lapi.faults.add(method="sendMessage", kind="blocked")
    lapi.faults.add(method="sendMessage", kind="400", description="Bad Request: boom")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(1, "x")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(1, "x")
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(1, "x")
    with pytest.raises(BadRequest, match="Boom"):
        await bot.send_message(1, "x")
    assert [c.error_code for c in lapi.calls[-4:]] == [500, 502, 403, 400]
    assert lapi.chat_messages(1) == []


async def test_fault_scoped_to_chat_and_count(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    lapi.user(2)
    lapi.faults.add(method="sendMessage", kind="500", count=2, chat_id=2)
    await bot.send_message(1, "ok")
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(2, "x")
    await bot.send_message(2, "ok")
    with pytest.raises(ValueError):
        lapi.faults.add(kind="nope")
    forever = lapi.faults.add(method="sendChatAction", kind="500", count=None)
    for _ in range(3):
        with pytest.raises(NetworkError):
            await bot.send_chat_action(1, "typing")
    assert forever.hits == 3
    lapi.faults.clear()
    assert await bot.send_chat_action(1, "typing")


async def test_fault_slow(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    lapi.faults.add(method="sendMessage", kind="slow", delay=0.3)
    t0 = time.monotonic()
    await bot.send_message(1, "x")
    assert time.monotonic() - t0 >= 0.3


async def test_fault_drop_and_drop_after(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    lapi.faults.add(method="sendMessage", kind="drop")
    with pytest.raises(NetworkError):
        await bot.send_message(1, "lost")
    assert user.messages == []
    assert lapi.calls[-1].description == "dropped" and not lapi.calls[-1].ok
    lapi.faults.add(method="sendMessage", kind="drop_after")
    with pytest.raises(NetworkError):
        await bot.send_message(1, "delivered but unacknowledged")
    assert [m.text for m in user.messages] == ["delivered but unacknowledged"]
    # the connection pool recovers
    await bot.send_message(1, "after")


async def test_rtt(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.rtt = 0.1
    t0 = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - t0 >= 0.1


async def test_per_chat_rate_limit(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    for i in range(3):
        await bot.send_message(1, f"burst {i}")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "too fast")
    assert lapi.calls[-1].error_code == 429
    assert lapi.calls[-1].description == "Too Many Requests: retry after 1"
    assert lapi.stats.rate_limited == 1
    # edits and other chats are not limited by this chat's bucket
    msg = user.last
    assert msg is not None
    await bot.edit_message_text("edited", chat_id=1, message_id=msg.message_id)
    lapi.user(2)
    await bot.send_message(2, "other chat")


async def test_global_rate_limit(lapi: LocalBotApi, bot: Bot) -> None:
    # same burst as the default (30), slower refill so the test does not depend on speed
    lapi.rate_limiter = RateLimiter(global_rate=1.0, global_burst=30.0)
    for uid in range(1, 32):
        lapi.user(uid)
    for uid in range(1, 31):
        await bot.send_message(uid, "hi")
    with pytest.raises(RetryAfter):
        await bot.send_message(31, "hi")
    assert lapi.stats.rate_limited == 1
    assert lapi.stats.messages_sent == 30


async def test_rate_limits_off() -> None:
    async with (
        LocalBotApi(enforce_rate_limits=False) as api,
        Bot(TOKEN, base_url=api.base_url) as bot,
    ):
        api.user(1)
        for i in range(40):
            await bot.send_message(1, f"m{i}")
        assert api.stats.rate_limited == 0


def test_token_bucket_refill() -> None:
    b = TokenBucket(rate=1.0, burst=3.0, now=0.0)
    for _ in range(3):
        assert b.wait_time(0.0) == 0
        b.take(0.0)
    assert b.wait_time(0.0) == pytest.approx(1.0)
    assert b.wait_time(0.5) == pytest.approx(0.5)
    assert b.wait_time(1.0) == 0
    b.take(1.0)
    assert b.wait_time(100.0) == 0 and b.tokens == 3.0


def test_rate_limiter_sustained_rate() -> None:
    rl = RateLimiter()
    sent = 0
    t = 0.0
    while t < 10.0:  # try every 0.1 s in one chat for 10 s
        if rl.check(1, t) == 0:
            sent += 1
        t += 0.1
    assert 12 <= sent <= 14  # burst 3 + ~1/s
    rl.reset()
    assert rl.check(1, 0.0) == 0
