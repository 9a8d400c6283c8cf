"""The reader's pruned search for one span per group gives exactly what filtering every
combination would, in the same order (the first match a rule reports depends on it)."""

from __future__ import annotations

from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from bot.ask.spans import within

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 3)).map(lambda t: (t[0], t[0] + t[1])),
    min_size=1,
    max_size=6,
)


@given(st.lists(spans, min_size=1, max_size=5), st.integers(1, 30))
def test_within_is_product_filtered_by_window(
    groups: list[list[tuple[int, int]]], window: int
) -> None:
    brute = [
        combo
        for combo in product(*groups)
        if max(e for _, e in combo) - min(s for s, _ in combo) <= window
    ]
    assert list(within(groups, window)) == brute
