from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.ratelimit import Bucket, PoliteRateLimiter


def test_bucket_allows_a_burst_then_paces() -> None:
    bucket = Bucket(rate=10, burst=3, now=0.0)
    assert [bucket.reserve(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.reserve(0.0) == pytest.approx(0.1)
    assert bucket.reserve(0.0) == pytest.approx(0.2)
    later = Bucket(rate=10, burst=3, now=0.0)
    for _ in range(3):
        later.reserve(0.0)
    assert later.reserve(1.0) == 0.0  # refilled (capped at the burst)


async def test_retry_after_is_honoured_then_gives_up() -> None:
    limiter = PoliteRateLimiter(max_retries=2)
    calls = 0

    async def flaky() -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise RetryAfter(timedelta(seconds=0))
        return {"ok": True}

    assert await limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": 1}, None) == {
        "ok": True
    }
    assert calls == 3 and limiter.retries == 2

    async def always() -> dict[str, Any]:
        raise RetryAfter(timedelta(seconds=0))

    with pytest.raises(RetryAfter):
        await limiter.process_request(always, (), {}, "sendMessage", {"chat_id": 1}, None)


async def test_groups_are_paced_per_minute() -> None:
    now = [0.0]
    limiter = PoliteRateLimiter(overall_rate=1000, group_rate_per_minute=20, clock=lambda: now[0])
    waits = [limiter._delay({"chat_id": -100}) for _ in range(10)]
    assert waits[:5] == [0.0] * 5  # a burst of a quarter minute's allowance
    assert waits[5] == pytest.approx(3.0)  # then one every 3 s
    assert limiter._delay({"chat_id": 42}) == 0.0  # private chats are not held back
