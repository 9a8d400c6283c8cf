"""Print the common English words the reader would mistake for another word.

``python tools/gen_ordinary.py``: reads the commonest English words from ``wordfreq`` (a dev
dependency) and prints three JSON lists, one per line:

1. ``ordinary``: words among the 20,000 commonest that the reader's one-slip rule
   (`bot/ask/vocabulary.py`) would read as a rule word which is not their own inflection
   ("chance" as "change", "week" as "weak");
2. ``ordinary_near_rewrites``: words among the 50,000 commonest that would be mended into a
   word a rewrite looks for before the rewrites run ("planning" into "panting", which a
   rewrite reads as short of breath);
3. the topic matcher's ``ordinary``: words among the 20,000 commonest that its typo mending
   (`bot/ask/matcher.py`) would turn into another content word ("knew" into "knee").

All must be empty: add what the first two print to the lists of the same names in
``content/en/emergency.toml``, the third to ``ordinary`` in ``content/en/synonyms.toml``.
``tests/test_ask_slips.py`` fails until you do, so a new rule or rewrite word cannot quietly
turn a common word into an emergency word, nor a content word a common word into a topic's.
"""

from __future__ import annotations

import json

from bot.ask import indexes_for
from bot.ask.matcher import TopicIndex
from bot.ask.normalize import simple_stem
from bot.ask.vocabulary import Vocabulary
from bot.content.library import load_bundle

# the endings an inflection may differ by: "wipes" / "wiped", "cramping" / "cramp"; not "handy"
# or "cheeky" (other words), nor "corps" / "corpse"
SUFFIXES = ("", "s", "es", "ed", "d", "ing", "e")
# how many of the commonest words each check reads (wordfreq's order)
SLIP_WORDS = 20_000
MEND_WORDS = 50_000


def _inflection(word: str, rule_word: str) -> bool:
    """`word` and `rule_word` are one stem with two inflectional endings."""
    for a in SUFFIXES:
        for b in SUFFIXES:
            if {a, b} == {"", "e"} or not (word.endswith(a) and rule_word.endswith(b)):
                continue
            stem = word[: len(word) - len(a)]
            if len(stem) >= 3 and stem == rule_word[: len(rule_word) - len(b)]:
                return True
    return False


def common_words(n: int) -> list[str]:
    """The `n` commonest English words, plain letters only."""
    import wordfreq  # a dev dependency: 58 MB of word lists

    return [w for w in wordfreq.top_n_list("en", n) if w.isascii() and w.isalpha()]


# read as a word of the same stem on purpose: "recover" as "recovery"
SAME_STEM = frozenset({"recover"})


def read_as_other_words(vocabulary: Vocabulary, words: list[str]) -> list[str]:
    """The words the one-slip rule reads as a rule word that is not their own inflection."""
    return sorted(
        w
        for w in words
        if w not in SAME_STEM and any(not _inflection(w, r) for r in vocabulary.slips_of(w))
    )


def mended(vocabulary: Vocabulary, words: list[str]) -> list[str]:
    """The words mended into another word before the rewrites run."""
    return sorted(w for w in words if vocabulary.mend(w) != w)


def mended_by_matcher(topics: TopicIndex, words: list[str]) -> list[str]:
    """The words the topic matcher would mend as typos into another content word that is not
    their own inflection ("week" into "weak", "knew" into "knee")."""
    return sorted(
        w
        for w in words
        if (fixed := topics.correct(w)) != w
        and not _inflection(w, fixed)
        and simple_stem(w) != simple_stem(fixed)
    )


def main() -> int:
    indexes = indexes_for(load_bundle())
    vocabulary = indexes.detector.vocabulary
    print(json.dumps(read_as_other_words(vocabulary, common_words(SLIP_WORDS))))
    print(json.dumps(mended(vocabulary, common_words(MEND_WORDS))))
    print(json.dumps(mended_by_matcher(indexes.topics, common_words(SLIP_WORDS))))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
