"""The one path to Telegram (bot/ratelimit.py): pacing, 429 pauses by scope, retries with
backoff until a deadline. A fake clock and sleep make every wait exact and instant."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.ratelimit import Bucket, PoliteRateLimiter


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.sent: list[tuple[float, Any]] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


def limiter(t: FakeTime, **kw: Any) -> PoliteRateLimiter:
    return PoliteRateLimiter(
        overall_rate=1000, clock=t.clock, sleep=t.sleep, jitter=lambda: 0.5, **kw
    )


def sender(t: FakeTime, fails: list[Exception], chat: int) -> Any:
    async def call() -> dict[str, Any]:
        t.sent.append((t.now, chat))
        if fails:
            raise fails.pop(0)
        return {"ok": True}

    return call


async def send(
    lim: PoliteRateLimiter, call: Any, chat: int | None, budget: int | None = None
) -> Any:
    data = {"chat_id": chat} if chat is not None else {}
    return await lim.process_request(call, (), {}, "sendMessage", data, budget)


def test_bucket_allows_a_burst_then_paces() -> None:
    bucket = Bucket(rate=10, burst=3, now=0.0)
    assert [bucket.reserve(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.reserve(0.0) == pytest.approx(0.1)
    assert bucket.reserve(0.0) == pytest.approx(0.2)


async def test_a_429_pauses_the_chat_and_nothing_is_sent_to_it_before_then() -> None:
    t = FakeTime()
    lim = limiter(t)
    fails: list[Exception] = [RetryAfter(timedelta(seconds=1))] * 3 + [NetworkError("500")] * 2
    assert await send(lim, sender(t, fails, 7), 7) == {"ok": True}
    times = [at for at, _ in t.sent]
    assert len(times) == 6  # three 429s and two 500s, then it went through
    assert times[1] - times[0] >= 1.0 and times[2] - times[1] >= 1.0 and times[3] - times[2] >= 1.0
    assert lim.stats.rate_limited == 3 and lim.stats.retries == 2
    # another message to the same chat waits out a new pause; another chat does not
    await send(lim, sender(t, [RetryAfter(timedelta(seconds=5))], 7), 7)
    start = t.now
    assert lim.paused_until(7) <= t.now
    await send(lim, sender(t, [], 8), 8)
    assert t.now == start
    assert lim.stats.waits_inside_retry_after == 0


async def test_other_requests_to_a_paused_chat_wait_too() -> None:
    t = FakeTime()
    lim = limiter(t)
    with pytest.raises(RetryAfter):  # a budget of 1 s cannot wait 5 s
        await send(lim, sender(t, [RetryAfter(timedelta(seconds=5))], 9), 9, budget=1)
    told_at = t.sent[-1][0]
    await send(lim, sender(t, [], 9), 9)  # e.g. the error handler's apology
    assert t.sent[-1][0] >= told_at + 5.0


async def test_a_request_without_a_chat_pauses_everything() -> None:
    t = FakeTime()
    lim = limiter(t)
    with pytest.raises(RetryAfter):
        await send(lim, sender(t, [RetryAfter(timedelta(seconds=3))], 0), None, budget=1)
    assert lim.paused_until(123) >= t.now + 2.9


async def test_several_chats_told_to_wait_at_once_pause_the_whole_bot() -> None:
    t = FakeTime()
    lim = limiter(t)
    for chat in (1, 2, 3):
        with pytest.raises(RetryAfter):
            await send(lim, sender(t, [RetryAfter(timedelta(seconds=4))], chat), chat, budget=1)
    assert lim.paused_until(99) > t.now  # a fourth chat waits as well


async def test_network_errors_back_off_then_give_up_at_the_deadline() -> None:
    t = FakeTime()
    lim = limiter(t, deadline=10.0)
    start = t.now
    with pytest.raises(TimedOut):
        await send(lim, sender(t, [TimedOut()] * 100, 5), 5)
    gaps = [b[0] - a[0] for a, b in zip(t.sent, t.sent[1:], strict=False)]
    assert gaps[:3] == [0.5, 1.0, 2.0]  # doubling (jitter fixed at 1x here)
    assert t.now - start <= 10.0 and lim.stats.gave_up == 1


async def test_other_errors_are_not_retried() -> None:
    t = FakeTime()
    lim = limiter(t)
    with pytest.raises(BadRequest):
        await send(lim, sender(t, [BadRequest("message is too long")], 5), 5)
    assert len(t.sent) == 1


async def test_get_updates_passes_straight_through() -> None:
    t = FakeTime()
    lim = limiter(t)

    async def poll() -> list[dict[str, Any]]:
        raise TimedOut()

    with pytest.raises(TimedOut):
        await lim.process_request(poll, (), {}, "getUpdates", {}, None)


async def test_groups_are_paced_per_minute() -> None:
    now = [0.0]
    lim = PoliteRateLimiter(overall_rate=1000, group_rate_per_minute=20, clock=lambda: now[0])
    waits = [lim._delay({"chat_id": -100}) for _ in range(10)]
    assert waits[:5] == [0.0] * 5  # a burst of a quarter minute's allowance
    assert waits[5] == pytest.approx(3.0)  # then one every 3 s
    assert lim._delay({"chat_id": 42}) == 0.0  # private chats are not held back


async def test_a_pause_set_while_waiting_for_a_token_is_still_honoured() -> None:
    t = FakeTime()
    lim = PoliteRateLimiter(overall_rate=1, clock=t.clock, sleep=t.sleep, jitter=lambda: 0.5)
    await send(lim, sender(t, [], 1), 1)  # uses the only token

    original_sleep = t.sleep

    async def sleep_and_get_paused(seconds: float) -> None:
        lim._pause(1, 5.0)  # another request to chat 1 was told to wait meanwhile
        lim._sleep = original_sleep
        await original_sleep(seconds)

    lim._sleep = sleep_and_get_paused
    paused_at = t.now
    await send(lim, sender(t, [], 1), 1)
    assert t.sent[-1][0] >= paused_at + 5.0
    assert lim.stats.waits_inside_retry_after == 0
