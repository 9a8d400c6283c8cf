"""Per-user flood control: sliding window, one warning, cooldown, bounded memory."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ops.flood import FloodControl, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_under_the_limit_everything_passes() -> None:
    clock = Clock()
    fc = FloodControl(limit=20, window=10, cooldown=30, clock=clock)
    for _ in range(20):
        assert fc.check(1) is Verdict.ALLOW
        clock.now += 0.1


def test_over_the_limit_one_warning_then_silence_then_recovery() -> None:
    clock = Clock()
    fc = FloodControl(limit=20, window=10, cooldown=30, clock=clock)
    verdicts = [fc.check(1) for _ in range(25)]
    assert verdicts[:20] == [Verdict.ALLOW] * 20
    assert verdicts[20] is Verdict.WARN
    assert verdicts[21:] == [Verdict.DROP] * 4
    assert fc.is_blocked(1)
    clock.now += 29.9
    assert fc.check(1) is Verdict.DROP
    clock.now += 0.2
    assert not fc.is_blocked(1)
    assert fc.check(1) is Verdict.ALLOW  # clean slate after the cooldown


def test_other_users_are_not_affected() -> None:
    clock = Clock()
    fc = FloodControl(limit=5, window=10, cooldown=30, clock=clock)
    for _ in range(10):
        fc.check(1)
    assert fc.is_blocked(1)
    assert [fc.check(2) for _ in range(5)] == [Verdict.ALLOW] * 5


def test_window_slides() -> None:
    clock = Clock()
    fc = FloodControl(limit=3, window=10, cooldown=5, clock=clock)
    for _ in range(3):
        assert fc.check(1) is Verdict.ALLOW
        clock.now += 4  # t = 0, 4, 8
    # t = 12: the first stamp (t = 0) left the window, so this is 3 within 10 s.
    assert fc.check(1) is Verdict.ALLOW
    assert fc.check(1) is Verdict.WARN  # 4 within 10 s (4, 8, 12, 12)


def test_steady_pace_at_the_limit_never_trips() -> None:
    clock = Clock()
    fc = FloodControl(limit=20, window=10, cooldown=30, clock=clock)
    for _ in range(500):
        assert fc.check(7) is Verdict.ALLOW
        clock.now += 0.5  # 2 per second = 20 per 10 s, exactly at the limit


def test_memory_is_bounded_for_many_users() -> None:
    clock = Clock()
    fc = FloodControl(limit=5, window=10, cooldown=30, max_users=1000, clock=clock)
    for uid in range(100_000):
        fc.check(uid)
    assert len(fc) == 1000
    # the most recent users are the ones kept
    assert fc.check(99_999) is Verdict.ALLOW


def test_prune_forgets_idle_users_but_keeps_blocked_ones() -> None:
    clock = Clock()
    fc = FloodControl(limit=2, window=10, cooldown=60, clock=clock)
    fc.check(1)
    for _ in range(3):
        fc.check(2)
    clock.now += 11
    assert fc.prune() == 1
    assert fc.is_blocked(2) and len(fc) == 1


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        FloodControl(limit=0)
    with pytest.raises(ValueError):
        FloodControl(window=0)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.floats(0, 3)), max_size=300))
def test_property_never_more_than_limit_allowed_in_any_window(
    events: list[tuple[int, float]],
) -> None:
    clock = Clock()
    limit, window = 4, 10.0
    fc = FloodControl(limit=limit, window=window, cooldown=20, clock=clock)
    allowed: dict[int, list[float]] = {}
    warned_at: dict[int, list[float]] = {}
    for uid, dt in events:
        clock.now += dt
        verdict = fc.check(uid)
        if verdict is Verdict.ALLOW:
            allowed.setdefault(uid, []).append(clock.now)
        elif verdict is Verdict.WARN:
            warned_at.setdefault(uid, []).append(clock.now)
    for stamps in allowed.values():
        for i, t in enumerate(stamps):
            in_window = [s for s in stamps[: i + 1] if s > t - window]
            assert len(in_window) <= limit
    for stamps in warned_at.values():  # at most one warning per cooldown
        assert all(b - a >= 20 for a, b in itertools.pairwise(stamps))
