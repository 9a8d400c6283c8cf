"""Exercise choice: posture and stretch alternate, never the same twice in a row."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.pick import pick_next


@dataclass(frozen=True)
class Ex:
    id: str
    kind: str


LIB = [
    Ex("stand_walk", "posture"),
    Ex("stand_tall", "posture"),
    Ex("calf_stretch", "stretch"),
    Ex("hamstring", "stretch"),
    Ex("ankle_circles", "stretch"),
]


def sequence(lib: list[Ex], n: int, last: str | None = None) -> list[Ex]:
    out = []
    for seq in range(n):
        e = pick_next(lib, last, seq)
        out.append(e)
        last = e.id
    return out


def test_alternates_and_rotates() -> None:
    seq = sequence(LIB, 10)
    assert [e.kind for e in seq] == ["posture", "stretch"] * 5
    assert {e.id for e in seq if e.kind == "stretch"} == {
        "calf_stretch",
        "hamstring",
        "ankle_circles",
    }
    assert {e.id for e in seq if e.kind == "posture"} == {"stand_walk", "stand_tall"}


def test_after_unknown_last_starts_by_seq_parity() -> None:
    assert pick_next(LIB, "gone", 0).kind == "posture"
    assert pick_next(LIB, "gone", 1).kind == "stretch"


def test_one_kind_missing() -> None:
    only = [Ex("a", "stretch"), Ex("b", "stretch")]
    seq = sequence(only, 6)
    assert all(x.id != y.id for x, y in itertools.pairwise(seq))


def test_single_exercise_and_empty() -> None:
    assert pick_next([Ex("a", "posture")], "a", 3).id == "a"
    with pytest.raises(ValueError):
        pick_next([], None, 0)


kinds = st.sampled_from(["posture", "stretch"])


@given(
    lib=st.lists(
        st.builds(Ex, st.text("abcdef", min_size=1, max_size=3), kinds),
        min_size=2,
        max_size=8,
        unique_by=lambda e: e.id,
    ),
    start=st.integers(0, 50),
    n=st.integers(2, 30),
)
def test_property_never_same_twice_and_alternates(lib: list[Ex], start: int, n: int) -> None:
    last: str | None = None
    prev: Ex | None = None
    both = {e.kind for e in lib} == {"posture", "stretch"}
    for seq in range(start, start + n):
        e = pick_next(lib, last, seq)
        if prev is not None:
            assert e.id != prev.id
            if both:
                assert e.kind != prev.kind
        prev, last = e, e.id
