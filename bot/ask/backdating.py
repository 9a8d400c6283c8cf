"""A date told after its story: "my face drooped and I couldn't speak. That was in 2015." dates
the sentence before it (`dated_back`); a date told first dates the rest of its sentence
(`dated_on`); an old story told on to a later ending (`flashback`); someone else's story dated
long ago, over the clauses after it (`told_of_them`). Read by `bot/ask/context.py`, which adds
the clauses they date to the past.

Hand-written for the reason ``bot/ask/context.py`` gives: no clinical NLP library's context
rules look backward from a date to the story it closes.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.spans import Matches, Positions, spans_of
from bot.ask.tenses import speaks_of_writer
from bot.content.emergency_models import EmergencyConfig

__all__ = ["dated_back", "dated_on", "flashback", "told_of_them"]


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


def flashback(
    cfg: EmergencyConfig,
    tokens: list[str],
    clause: list[int],
    sentence: list[int],
    sentence_of: dict[int, int],
    dated: set[int],
    theirs: set[int],
    present: set[int],
    strong: list[int],
    at: Positions,
    matches: Matches,
    denied: list[int],
) -> set[int]:
    """The clauses of an old story told on after its date, when a `closure` word later tells it
    ended ("... back at work for two years"): the clauses after the date in its own sentence,
    then every sentence after it up to the last closure word, as long as none says now or
    tells anything in the present tense (`present_tense`; "is" and "has" are now, "had" and
    "couldn't" are then)."""
    ends = [sentence[s] for s, _ in spans_of(cfg.closure, at, matches) if denied[s] < 0]
    if not dated or not ends:
        return set()
    last = max(ends)
    now_words = set(strong)
    clauses: dict[int, list[int]] = {}  # the clauses of each sentence
    for c, k in sentence_of.items():
        clauses.setdefault(k, []).append(c)
    by_sentence: dict[int, list[int]] = {}
    for i in range(len(tokens)):
        by_sentence.setdefault(sentence[i], []).append(i)

    def says_now(i: int) -> bool:
        """Token `i` says now, or is a present-tense verb ("was" and "were" before it: then; a
        modal before it: an infinitive, "couldn't get my breath")."""
        return i in now_words or (
            tokens[i] in cfg.present_tense
            and tokens[i - 1] not in ("was", "were")
            and tokens[i - 1] not in cfg.modals
        )

    def writers(k: int) -> bool:
        """Sentence `k` speaks of the writer ("my arm", not only "my dad")."""
        return any(speaks_of_writer(cfg, tokens, i) for i in by_sentence[k])

    out: set[int] = set()
    for start in sorted({sentence_of[d] for d in dated}):
        if start >= last:
            continue
        # the dated sentence's own clauses after its date ("My foot ulcer got infected last
        # summer, red streaks, IV antibiotics ... Healed completely")
        first_dated = min(d for d in dated if sentence_of[d] == start)
        out.add(first_dated)  # past already: told on, it is the old story's too
        for c in sorted(clauses.get(start, ())):
            if c <= first_dated:
                continue
            if c in present or any(says_now(i) for i in by_sentence[start] if clause[i] == c):
                break
            out.add(c)
        # a story that ends in its own sentence ("last year I had a bad flu but I recovered
        # fully") is not told on to a later ending; someone else's ("My dad had a blocked
        # artery in January. His foot went cold ...") is told on only while it speaks of them
        if start in ends:
            continue
        mine = any(d not in theirs for d in dated if sentence_of[d] == start)
        k = start + 1
        while k < last and k in by_sentence and (mine or not writers(k)):
            told_now = any(c in present for c in clauses.get(k, ())) or any(
                says_now(i)
                for i in by_sentence[k]  # never the message's first token: k > 0
            )
            if told_now:
                break
            out.update(clauses.get(k, ()))
            k += 1
    return out


def told_of_them(
    tokens: list[str],
    clause: list[int],
    sentence: list[int],
    theirs: set[int],
    present: set[int],
    mine: list[bool],
) -> set[int]:
    """The tokens of someone else's story dated long ago (`theirs`: clauses with another person
    and a date long ago), from its start to the end of its sentence, a token that speaks of the
    writer (`mine`) or a clause that says now (`present`): "my cousin had guillain-barre last
    year, it crept up his legs over a few days | , hes recovered and gaming again now"."""
    out: set[int] = set()
    for c in theirs:
        first = clause.index(c)
        if tokens[first] in (SENTENCE, CLAUSE):
            first += 1  # the stop that opens it ends the sentence before
        for i in range(first, len(tokens)):
            if tokens[i] == SENTENCE or sentence[i] != sentence[first]:
                break
            if mine[i] or clause[i] in present:
                break
            out.add(i)
    return out
