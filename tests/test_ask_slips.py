"""The one-slip rule as `tools/gen_ordinary.py` sees it: a typo is read as its rule word, a
known or ordinary word never is."""

from __future__ import annotations

from bot.ask import indexes_for
from bot.content.library import load_bundle


def test_slips_of() -> None:
    detector = indexes_for(load_bundle()).detector
    assert "bladder" in detector.slips_of("bladdr")
    assert detector.slips_of("bladder") == frozenset()  # a rule word itself
    # a slip away from "strapped", listed as ordinary when that rule word came in
    assert detector.slips_of("stopped") == frozenset()
    assert detector.slips_of("fel") == frozenset()  # too short to mend
