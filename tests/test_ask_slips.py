"""The one-slip rule as `tools/gen_ordinary.py` sees it: a typo is read as its rule word, a
known or ordinary word never is - checked against the commonest English words (`wordfreq`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bot.ask import answer, indexes_for
from bot.ask.vocabulary import Vocabulary
from bot.content.library import load_bundle

TOOL = Path(__file__).resolve().parent.parent / "tools" / "gen_ordinary.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_ordinary", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return indexes_for(load_bundle()).detector.vocabulary


def test_slips_of(vocabulary: Vocabulary) -> None:
    assert "bladder" in vocabulary.slips_of("bladdr")
    assert vocabulary.slips_of("bladder") == frozenset()  # a rule word itself
    # a slip away from "strapped", listed as ordinary when that rule word came in
    assert vocabulary.slips_of("stopped") == frozenset()
    assert vocabulary.slips_of("fel") == frozenset()  # too short to mend


def test_an_inflection_is_a_change_of_ending() -> None:
    tool = _tool()
    assert tool._inflection("wipes", "wiped") and tool._inflection("cramping", "cramp")
    assert not tool._inflection("handy", "hands") and not tool._inflection("cheeky", "cheek")
    assert not tool._inflection("corps", "corpse")


def test_a_slip_in_a_rewrite_word_is_still_mended(vocabulary: Vocabulary) -> None:
    assert vocabulary.mend("barly") == "barely"
    assert vocabulary.mend("pantting") == "panting"


def test_no_common_word_is_read_as_another_rule_word(vocabulary: Vocabulary) -> None:
    tool = _tool()
    words = tool.common_words(tool.SLIP_WORDS)
    assert len(words) > 15_000
    assert "chance" in words and "weak" in words
    wrong = tool.read_as_other_words(vocabulary, words)
    assert wrong == [], f"add to `ordinary` in content/en/emergency.toml: {wrong}"


def test_no_common_word_is_mended_into_a_rewrite_word(vocabulary: Vocabulary) -> None:
    tool = _tool()
    words = tool.common_words(tool.MEND_WORDS)
    assert "planning" in words and "painting" in words
    wrong = tool.mended(vocabulary, words)
    assert wrong == [], f"add to `ordinary_near_rewrites` in content/en/emergency.toml: {wrong}"


@pytest.mark.parametrize(
    "text",
    [
        # each was mended into "panting" and read as short of breath until 2026-12-03
        "I'm planning a trip to Spain, will my tingly feet be ok on the plane?",
        "I'm painting the kitchen this week and my foot tingles a bit",
        "im parenting two kids and my toes tingle at night",
        "She's printing her essay about leg numbness",
        # read as "hands", "corpse" and "cheek" while a change of stem counted as an inflection
        "Any handy tips? My toes go numb when I cycle.",
        "I served in the Marine Corps and my toes go numb when I march.",
        "Cheeky question: why do my toes go numb when I'm being cheeky?",
    ],
)
def test_common_words_are_not_emergency_words(text: str) -> None:
    assert not answer(text, load_bundle()).emergency


def test_no_common_word_is_mended_by_the_matcher_into_another_word() -> None:
    """The topic matcher mends typos into content words ("tinglin" into "tingling"), never a
    common English word into another one ("week" into "weak", "knew" into "knee")."""
    tool = _tool()
    topics = indexes_for(load_bundle()).topics
    assert topics.correct("tinglin") == "tingling"
    assert topics.correct("week") == "week" and topics.correct("knew") == "knew"
    wrong = tool.mended_by_matcher(topics, tool.common_words(tool.SLIP_WORDS))
    assert wrong == [], f"add to `ordinary` in content/en/synonyms.toml: {wrong}"
