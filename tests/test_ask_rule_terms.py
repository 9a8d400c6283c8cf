"""Every term of the rules is one the reader can meet: the rewrites run on a message before any
rule reads it, so a term the rewrites change ("back to normal" becomes "resolved", "havent
peed" becomes "cant pee") can never match as written. Such a term is dead: a sign that is
never read, an excuse that never excuses. This checks every term of `emergency.toml` and
`findings.toml` (the rules, their excuses, the concepts and the context words) and every word
set read after the rewrites.

A rewrite with a lookaround ("cant close" is "cant grip" unless an eye follows) changes a term
only in some sentences: the term is dead only when the rewrites without one change it too."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from bot.ask import indexes_for
from bot.ask.vocabulary import Vocabulary
from bot.content.emergency_models import EmergencyConfig, Term
from bot.content.library import load_bundle

# read before the rewrites: the one-slip rule's lists of words it must not mend
_READ_BEFORE_REWRITES = frozenset({"ordinary_words", "ordinary_near_rewrites"})
# the words around a term when it is tried in a sentence: a rewrite that needs a word before
# or after it ("it has gone" is rewritten only at the end of a clause) leaves it alive there
_AROUND = (("so", "now"), ("and", "today"), ("i", "x"))


@pytest.fixture(scope="module")
def reader() -> tuple[EmergencyConfig, Vocabulary]:
    """The configuration, and a vocabulary of only its rewrites that hold in every sentence."""
    config = indexes_for(load_bundle()).detector.config
    always = tuple(rw for rw in config.rewrites if "(?" not in rw.pattern)
    return config, Vocabulary(dataclasses.replace(config, rewrites=always))


def _terms(value: object, where: str) -> Iterator[tuple[str, Term]]:
    if isinstance(value, Term):
        yield where, value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _terms(item, where)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _terms(getattr(value, field.name), f"{where}.{field.name}")


def _all_terms(config: EmergencyConfig) -> Iterator[tuple[str, Term]]:
    for i, rule in enumerate(config.rules):
        yield from _terms(rule, f"rule {i} ({rule.finding})")
    for field in dataclasses.fields(config):
        if field.name != "rules":
            yield from _terms(getattr(config, field.name), field.name)


def read_as(vocabulary: Vocabulary, words: list[str]) -> list[str] | None:
    """What `vocabulary`'s rewrites make of `words` when no sentence around them keeps them:
    None when they are read as written, alone or in one of a few sentences."""
    alone = vocabulary.tokens(" ".join(words))
    if alone == words:
        return None
    for before, after in _AROUND:
        if vocabulary.tokens(f"{before} {' '.join(words)} {after}")[1:-1] == words:
            return None
    return alone


def dead_terms(config: EmergencyConfig, vocabulary: Vocabulary) -> list[str]:
    """Every term (its words written out, none a prefix) and word the rewrites change. A term
    met again ("for years" is an excuse of a hundred rules) is read once."""
    out: set[str] = set()
    read: dict[tuple[str, ...], list[str] | None] = {}
    for where, term in _all_terms(config):
        if any(prefix for _, prefix in term.words):
            continue  # "numb*": its words are read as typed, a prefix alone is not a text
        words = [w for w, _ in term.words]
        key = tuple(words)
        if key not in read:
            read[key] = read_as(vocabulary, words)
        got = read[key]
        if got is not None:
            out.add(f"{where}: {' '.join(words)!r} is read as {' '.join(got)!r}")
    for field in dataclasses.fields(config):
        value = getattr(config, field.name)
        if field.name in _READ_BEFORE_REWRITES or not isinstance(value, frozenset):
            continue
        for word in value:
            if isinstance(word, str) and word.replace(" ", "").isalnum():
                got = read_as(vocabulary, word.split())
                if got is not None:
                    out.add(f"{field.name}: {word!r} is read as {' '.join(got)!r}")
    return sorted(out)


def test_no_term_is_rewritten_before_a_rule_can_read_it(
    reader: tuple[EmergencyConfig, Vocabulary],
) -> None:
    config, vocabulary = reader
    assert dead_terms(config, vocabulary) == []


def test_the_check_finds_a_dead_term_and_a_dead_word(
    reader: tuple[EmergencyConfig, Vocabulary],
) -> None:
    config, vocabulary = reader
    ended = Term((("pink", False), ("again", False)))
    rule = dataclasses.replace(config.rules[0], not_with=(*config.rules[0].not_with, ended))
    broken = dataclasses.replace(
        config,
        rules=(rule, *config.rules[1:]),
        modals=config.modals | {"couldnt"},
    )
    found = dead_terms(broken, vocabulary)
    assert any("'pink again' is read as 'resolved'" in f for f in found), found
    assert any(f.startswith("modals: 'couldnt'") for f in found), found
    assert len(found) == 2, found


def test_a_term_kept_by_the_words_around_it_is_not_dead(
    reader: tuple[EmergencyConfig, Vocabulary],
) -> None:
    config, always = reader
    every = indexes_for(load_bundle()).detector.vocabulary
    # rewritten by a rewrite with a lookahead: read as written before an eye
    assert every.tokens("cant close") == ["cant", "grip"]
    assert every.tokens("cant close my eye") == ["cant", "close", "my", "eye"]
    assert read_as(always, ["cant", "close"]) is None
    assert read_as(always, ["pink", "again"]) == ["resolved"]
    assert read_as(always, ["my", "leg"]) is None
    assert config.rewrites != ()
