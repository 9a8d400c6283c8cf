"""A date told after its story: "my face drooped and I couldn't speak. That was in 2015." dates
the sentence before it (`dated_back`); a date told first dates the rest of its sentence
(`dated_on`). Read by `bot/ask/context.py`, which adds the clauses they date to the past.

Hand-written for the reason ``bot/ask/context.py`` gives: no clinical NLP library's context
rules look backward from a date to the story it closes.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.ask.normalize import SENTENCE
from bot.ask.spans import Matches, Positions, spans_of
from bot.content.emergency_models import EmergencyConfig

__all__ = ["dated_back", "dated_on"]


def dated_back(
    cfg: EmergencyConfig,
    tokens: list[str],
    clause: list[int],
    sentence: list[int],
    past: set[int],
    present: set[int],
    told_present: frozenset[int],  # clauses told in the present tense
    at: Positions,
    matches: Matches,
) -> set[int]:
    """The clauses a later `dated_back` clause dates: "my face drooped and I couldn't speak.
    That was in 2015." (the sentence before), "'... coughing blood' - that was 2018 for her"
    (what comes before it in its own sentence). Its clause must hold a year or a `past` date
    ("that was at lunch and it's still numb" dates nothing) or a later clause of its sentence
    ("that's been there since her stroke, before she came to us in 2021"). A clause that says
    now is never dated, nor one told in the present tense ("my face is drooping ... that was in
    2015 too" is now), unless the opener dates a lasting state or words quoted
    (`dated_back_whole`: "her face droops ..., that's been there since ... 2021", "'my chest is
    killing me' is what I said to my GP in March")."""
    dated: set[int] = set()
    openers = [(s, False) for s, _ in spans_of(cfg.dated_back, at, matches)]
    openers += [(s, True) for s, _ in spans_of(cfg.dated_back_whole, at, matches)]
    for s, lasts in openers:
        end = tokens.index(SENTENCE, s) if SENTENCE in tokens[s:] else len(tokens)
        if not any(clause[i] in past for i in range(s, end)):
            continue  # (to its full stop: a run-on break may come before the date)
        first = s > 0 and sentence[s - 1] != sentence[s]
        story = sentence[s] - 1 if first else sentence[s]
        dated |= {
            clause[i]
            for i in range(s)
            if sentence[i] == story
            and clause[i] != clause[s]
            and clause[i] not in present
            and (lasts or clause[i] not in told_present)
        }
    return dated


def dated_on(sentence_of: dict[int, int], starts: Iterable[int], stops: set[int]) -> set[int]:
    """The clauses after each of the clauses `starts` in its sentence, up to the first of
    `stops` (a clause that says now, or speaks of the writer): "Two weeks ago, I had ..." dates
    what follows it."""
    dated: set[int] = set()
    for d in starts:
        c = d + 1
        while c in sentence_of and sentence_of[c] == sentence_of[d] and c not in stops:
            dated.add(c)
            c += 1
    return dated
