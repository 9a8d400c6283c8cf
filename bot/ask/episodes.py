"""A harmless episode told to its end: which sentences its cause explains.

"Sat cross-legged for an hour ... my leg went dead ... two minutes later it came back": when a
message says the episode is over, a rule's `unless_over` cause (sitting, the snow, the loo)
explains its own sentence and the sentences after it up to the first that says it ended - not
what is told after that ("... all fine after a minute. My left leg is suddenly numb"), not past
a sentence that says now, and not on an ending asked about ("should I walk it off?"). A cause
told after its sign in the pluperfect ("my foot went completely numb at the cinema. I'd been
sitting with it tucked under me ... totally normal") explains the sentence before it too.
Hand-written for the reason the reader is (`bot/ask/emergency.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.ask.context import Context
from bot.ask.normalize import CLAUSE, SENTENCE
from bot.content.emergency_models import Term

__all__ = ["dead_parts", "explained_sentences"]

# "My mum had cancer that spread to her spine. She passed away the year after.": a death told
# in the next sentence, opening with one of these, is the death of the one the sentence before
# told of
_THEY = frozenset({"he", "she", "they", "hes", "shes", "theyre"})

Spans = Callable[[Term], list[tuple[int, int]]]


def explained_sentences(
    ctx: Context,
    causes: Iterable[Term],
    spans: Spans,
    tokens: list[str],
    sentence: list[int],
    negated_by: list[int],
) -> set[int]:
    """The sentences that the causes told (not denied) explain, in a message told as over."""
    ends = sorted(ctx.ended_in)
    nows = sorted(ctx.now_in)
    explained: set[int] = set()
    for term in causes:
        for s, _ in spans(term):
            if negated_by[s] < 0:
                start = sentence[s]
                if "been" in tokens[max(0, s - 3) : s]:
                    start = _told_before(tokens, sentence, s)  # "... numb. I'd been sitting"
                end = next((e for e in ends if e >= start), None)
                if end is None:
                    continue  # no ending after it: "It has resolved. ... I sat down and ..."
                end = min(end, next((n - 1 for n in nows if n > start), end))
                explained.update(range(start, end + 1))
    return explained


def _told_before(tokens: list[str], sentence: list[int], i: int) -> int:
    """The first sentence (a run-on's parts count as one) of the written sentence before the
    one with token `i` in it, or `i`'s own if it is the first."""
    stops = [k for k in range(i) if tokens[k] == SENTENCE]
    if not stops:
        return sentence[i]
    before = stops[-2] + 1 if len(stops) > 1 else 0
    return sentence[before]


def dead_parts(
    deaths: Iterable[Term],
    blessings: Iterable[Term],
    spans: Spans,
    tokens: list[str],
    sentence: list[int],
    part: list[int],
) -> set[int]:
    """The parts that tell of a death (a `deaths` term): the death's own part, every part of
    the sentence before when the death's sentence opens with "he", "she" or "they", and the
    parts before it in its own sentence when its part does ("my mum had cancer in her spine and
    went numb in her legs, she passed in 2018") or when a blessing of the dead opens it ("...
    ended up in a wheelchair years back, god rest him")."""
    dead: set[int] = set()
    for term in blessings:
        for s, _ in spans(term):
            if _opening(tokens, part, s) == s:
                first = sentence.index(sentence[s])
                dead.update(part[k] for k in range(first, s + 1))
    for term in deaths:
        for s, e in spans(term):
            if tokens[e : e + 1] == ["out"]:
                continue  # "she passed out this morning": a faint, not a death
            dead.add(part[s])
            first = sentence.index(sentence[s])
            if tokens[first] in _THEY and sentence[s] > 0:
                dead.update(part[k] for k, n in enumerate(sentence) if n == sentence[s] - 1)
            opens = _opening(tokens, part, s)
            if opens > first and tokens[opens] in _THEY:
                dead.update(part[k] for k in range(first, opens))
    return dead


def _opening(tokens: list[str], part: list[int], s: int) -> int:
    """The first word of the part that token `s` is in (after the comma that opens it)."""
    opens = part.index(part[s])
    return opens + 1 if tokens[opens] == CLAUSE else opens
