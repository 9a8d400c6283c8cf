"""Print the common words the reader would mistake for a slip of a rule word.

``python tools/gen_ordinary.py WORDS.json``: WORDS.json is a JSON list of the commonest English
words, e.g. from ``wordfreq.top_n_list("en", 20000)`` (wordfreq is not a dependency; install
it in a scratch environment). Every word of four letters or more that the reader does not know
and that its one-slip rule (`bot/ask/vocabulary.py`) would read as a rule word which is not its
own inflection ("stopped" as "strapped", "week" as "weak") is printed. Run it before and
after a change of rule words, and add the words the change made into slips to ``ordinary`` in
``content/en/emergency.toml`` (2026-12: 114 words, among them "stopped" once "strapped" was a
rule word). The list it prints in full (about 1,100 words, mostly names and rare words) is not
added wholesale: that would change what the reader mends far beyond the change at hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.ask import indexes_for
from bot.content.library import load_bundle

SUFFIXES = ("ing", "ed", "es", "s", "er", "ly", "y", "e")


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _inflection(word: str, rule_word: str) -> bool:
    return (
        _stem(word) == _stem(rule_word)
        or word.startswith(rule_word)
        or rule_word.startswith(_stem(word))
    )


def main(path: str) -> int:
    detector = indexes_for(load_bundle()).detector
    words = json.loads(Path(path).read_text("utf-8"))
    slips = []
    for word in words:
        if any(not _inflection(word, w) for w in detector.vocabulary.slips_of(word)):
            slips.append(word)
    print(json.dumps(sorted(slips)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1]))
