"""Fault injection and rate limiting for the local Bot API server."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["400", "403", "429", "500", "502", "slow", "drop", "drop_after", "blocked"]
FAULT_KINDS: frozenset[str] = frozenset(
    {"400", "403", "429", "500", "502", "slow", "drop", "drop_after", "blocked"}
)


@dataclass
class Fault:
    """One armed fault.

    kinds: ``400`` (Bad Request; `description` or a generic one), ``403`` (Forbidden; default
    "bot was blocked by the user"), ``429`` (Too Many Requests with retry_after), ``500``
    (Internal Server Error JSON),
    ``502`` (Bad Gateway, HTML body like the real front proxy), ``slow`` (sleep `delay` seconds,
    then answer normally), ``drop`` (close the connection without processing or answering),
    ``drop_after`` (process the request, then close without answering — the "did it go
    through?" case), ``blocked`` (403 bot was blocked by the user).
    `count` is how many matching requests it hits; None = every one until cleared.
    `probability` (0..1) makes it hit only that share of matching requests, at random (seeded
    by `Faults(seed=...)`), for chaos runs.
    """

    method: str | None
    kind: str
    count: int | None = 1
    retry_after: int = 1
    delay: float = 0.5
    chat_id: int | None = None
    description: str | None = None
    hits: int = 0
    probability: float = 1.0

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.count is not None and self.hits >= self.count:
            return False
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    @property
    def exhausted(self) -> bool:
        return self.count is not None and self.hits >= self.count


class Faults:
    """The armed faults of one LocalBotApi (`api.faults`)."""

    def __init__(self, seed: int = 1) -> None:
        self._faults: list[Fault] = []
        self._random = random.Random(seed)

    def add(
        self,
        method: str | None = None,
        kind: str = "500",
        count: int | None = 1,
        retry_after: int = 1,
        delay: float = 0.5,
        chat_id: int | None = None,
        description: str | None = None,
        probability: float = 1.0,
    ) -> Fault:
        """Arm a fault for `method` (None = any method) and optionally one chat."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {sorted(FAULT_KINDS)}")
        if count is not None and count < 1:
            raise ValueError("count must be >= 1 or None")
        if not 0.0 < probability <= 1.0:
            raise ValueError("probability must be in (0, 1]")
        fault = Fault(method, kind, count, retry_after, delay, chat_id, description, 0, probability)
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        return [f for f in self._faults if not f.exhausted]

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        """The first armed fault matching this request (consumes one hit)."""
        for f in self._faults:
            if f.matches(method, chat_id):
                if f.probability < 1.0 and self._random.random() >= f.probability:
                    continue
                f.hits += 1
                return f
        return None


class TokenBucket:
    """Classic token bucket: `rate` tokens per second, at most `burst` stored."""

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.t = now

    def _refill(self, now: float) -> None:
        if now > self.t:
            self.tokens = min(self.burst, self.tokens + (now - self.t) * self.rate)
            self.t = now

    def wait_time(self, now: float) -> float:
        """Seconds until one token is available (0 if available now)."""
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


class RateLimiter:
    """Telegram-like send limits: ~30 msg/s overall, ~1 msg/s per chat after a short burst."""

    def __init__(
        self,
        global_rate: float = 30.0,
        global_burst: float = 30.0,
        chat_rate: float = 1.0,
        chat_burst: float = 3.0,
    ) -> None:
        self.global_rate = global_rate
        self.global_burst = global_burst
        self.chat_rate = chat_rate
        self.chat_burst = chat_burst
        self._global: TokenBucket | None = None
        self._chats: dict[int, TokenBucket] = {}

    def check(self, chat_id: int, now: float) -> float:
        """0 and consume a token from both buckets, or the retry_after (seconds) if limited."""
        if self._global is None:
            self._global = TokenBucket(self.global_rate, self.global_burst, now)
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = TokenBucket(self.chat_rate, self.chat_burst, now)
        wait = max(self._global.wait_time(now), chat.wait_time(now))
        if wait > 0:
            return wait
        self._global.take(now)
        chat.take(now)
        return 0.0

    def reset(self) -> None:
        self._global = None
        self._chats.clear()
