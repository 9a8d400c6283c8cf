"""Where the words of a term occur in a read message: the look-up the reader and its context
rules share (`bot/ask/emergency.py`, `bot/ask/context.py`).

A message is read into tokens, each with the rule words it matches (`Matches`), and an index
from each rule word to the tokens that match it (`Positions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.content.emergency_models import Term

__all__ = ["Matches", "Positions", "Span", "spans_of", "term_spans", "units_with", "within"]

Positions = dict[tuple[str, bool], list[int]]
Matches = list[frozenset[tuple[str, bool]]]


def term_spans(term: Term, at: Positions, matches: Matches) -> list[tuple[int, int]]:
    """Where `term` (a word sequence) occurs: (start, end) token spans. `at` indexes `matches`,
    so a term whose second word is nowhere in the text is passed over at once."""
    words = term.words
    firsts = at.get(words[0])
    if not firsts:
        return []
    n = len(words)
    if n == 1:
        return [(i, i + 1) for i in firsts]
    second = words[1]
    if second not in at:
        return []
    last = len(matches) - n
    return [
        (i, i + n)
        for i in firsts
        if i <= last
        and second in matches[i + 1]
        and all(words[j] in matches[i + j] for j in range(2, n))
    ]


def spans_of(terms: Iterable[Term], at: Positions, matches: Matches) -> Iterator[tuple[int, int]]:
    """Where any of `terms` occurs (`term_spans`); a term whose first word is not in the text
    is passed over without a call (a message meets about a thousand context terms)."""
    for term in terms:
        if term.words[0] in at:
            yield from term_spans(term, at, matches)


def units_with(terms: Iterable[Term], unit: list[int], at: Positions, matches: Matches) -> set[int]:
    """The units (clauses, parts or sentences, by `unit`) in which one of `terms` occurs."""
    return {unit[s] for s, _ in spans_of(terms, at, matches)}


Span = tuple[int, int]


def within(per_group: list[list[Span]], window: int) -> Iterable[tuple[Span, ...]]:
    """One span of each group, every choice within `window` tokens from first to last, in the
    order `itertools.product` would give them; a partial choice that is already too wide is
    not extended (a rule of five groups over a 4,096-character story has millions of
    choices, almost all too wide)."""

    def extend(k: int, chosen: tuple[Span, ...], lo: int, hi: int) -> Iterable[tuple[Span, ...]]:
        if k == len(per_group):
            yield chosen
            return
        for s, e in per_group[k]:
            a, b = min(lo, s), max(hi, e)
            if b - a <= window:
                yield from extend(k + 1, (*chosen, (s, e)), a, b)

    return extend(0, (), 1 << 30, -1)
