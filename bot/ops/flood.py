"""Per-user flood control: a sliding window with an injected clock, bounded in memory.

A user who sends more than ``limit`` updates within ``window`` seconds gets exactly one
:attr:`Verdict.WARN` (the caller replies "slow down" once) and then :attr:`Verdict.DROP` for
every update until ``cooldown`` seconds after the warning; after that the slate is clean.
Other users are never affected.

Memory: each tracked user keeps at most ``limit + 1`` timestamps, and at most ``max_users``
users are tracked (least recently seen are forgotten first; a forgotten user simply starts
over with an empty window, which can only make the control more lenient, never block anyone
wrongly). Pure: no I/O, no telegram import; ``clock`` is any ``() -> float`` in seconds.

Several replicas (PostgreSQL) count in the database instead (:func:`check_shared`, called by the
shared inbox when an update arrives, under the chat's lock): the same rule, one count per person
whichever replica their updates reach.
"""

from __future__ import annotations

import enum
import json
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"  # first update over the limit: reply "slow down" once, do not process
    DROP = "drop"  # inside the cooldown: ignore silently


@dataclass
class _UserState:
    stamps: deque[float] = field(default_factory=deque)
    blocked_until: float | None = None


class FloodControl:
    def __init__(
        self,
        *,
        limit: int = 20,
        window: float = 10.0,
        cooldown: float = 30.0,
        max_users: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or window <= 0 or cooldown < 0 or max_users < 1:
            raise ValueError("limit >= 1, window > 0, cooldown >= 0, max_users >= 1")
        self.limit = limit
        self.window = window
        self.cooldown = cooldown
        self.max_users = max_users
        self._clock = clock
        self._users: OrderedDict[int, _UserState] = OrderedDict()

    def __len__(self) -> int:
        return len(self._users)

    def check(self, user_id: int) -> Verdict:
        """Record one update from ``user_id`` and say what to do with it."""
        now = self._clock()
        state = self._users.get(user_id)
        if state is None:
            state = _UserState()
            self._users[user_id] = state
            self._evict()
        else:
            self._users.move_to_end(user_id)

        if state.blocked_until is not None:
            if now < state.blocked_until:
                return Verdict.DROP
            state.blocked_until = None
            state.stamps.clear()

        stamps = state.stamps
        horizon = now - self.window
        while stamps and stamps[0] <= horizon:
            stamps.popleft()
        stamps.append(now)
        if len(stamps) > self.limit:
            state.blocked_until = now + self.cooldown
            stamps.clear()
            return Verdict.WARN
        return Verdict.ALLOW

    def is_blocked(self, user_id: int) -> bool:
        state = self._users.get(user_id)
        return (
            state is not None
            and state.blocked_until is not None
            and self._clock() < state.blocked_until
        )

    def prune(self) -> int:
        """Forget users with nothing left in their window and no cooldown; returns how many."""
        now = self._clock()
        stale = [
            uid
            for uid, st in self._users.items()
            if (st.blocked_until is None or st.blocked_until <= now)
            and (not st.stamps or st.stamps[-1] <= now - self.window)
        ]
        for uid in stale:
            del self._users[uid]
        return len(stale)

    def _evict(self) -> None:
        if len(self._users) <= self.max_users:
            return
        # O(1): the front of the ordered dict is the least recently seen user.
        while len(self._users) > self.max_users:
            self._users.popitem(last=False)


def check_shared(
    state: str | None,
    now: float,
    *,
    limit: int,
    window: float,
    cooldown: float,
) -> tuple[Verdict, str]:
    """:meth:`FloodControl.check` for state kept in the database (several replicas): the same
    rule on a chat's stored state (JSON: recent arrival times, end of a cool-down); returns the
    verdict and the new state. ``now`` is wall-clock time (shared by the replicas)."""
    stamps: list[float] = []
    blocked: float | None = None
    if state:
        try:
            raw = json.loads(state)
            stamps = [float(t) for t in raw.get("t", [])][-(limit + 1) :]
            blocked = None if raw.get("b") is None else float(raw["b"])
        except (ValueError, TypeError, AttributeError):
            stamps, blocked = [], None
    verdict = Verdict.ALLOW
    if blocked is not None and now < blocked:
        verdict = Verdict.DROP
    else:
        if blocked is not None:
            blocked = None
            stamps = []
        stamps = [t for t in stamps if t > now - window]
        stamps.append(now)
        if len(stamps) > limit:
            blocked = now + cooldown
            stamps = []
            verdict = Verdict.WARN
    # the times are kept whole: rounded to the millisecond, a stamp just inside the window
    # could fall out of it and the shared rule answer otherwise than the in-memory one
    return verdict, json.dumps({"t": stamps, "b": blocked})
