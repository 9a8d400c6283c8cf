"""The one-slip rule as `tools/gen_ordinary.py` sees it: a typo is read as its rule word, a
known or ordinary word never is."""

from __future__ import annotations

from bot.ask import indexes_for
from bot.content.library import load_bundle


def test_slips_of() -> None:
    words = indexes_for(load_bundle()).detector.vocabulary
    assert "bladder" in words.slips_of("bladdr")
    assert words.slips_of("bladder") == frozenset()  # a rule word itself
    # a slip away from "strapped", listed as ordinary when that rule word came in
    assert words.slips_of("stopped") == frozenset()
    assert words.slips_of("fel") == frozenset()  # too short to mend
