"""What a writer takes back as they type: "my face feels droopy on one side... wait no, it's
the dentist's numbing", "both feet numb and spreading up my legs - no sorry, ignore that, I
was copying what my GP said", "wait scratch my last msg about chest pain, it was the seatbelt
bruise". Read by `bot/ask/context.py`; a match that lies wholly in what was taken back is no
sign (`bot/ask/emergency.py`), and a `needs` cause told there is no cause.

What is taken back is small on purpose, because a correction often moves a sign rather than
voids it ("feet numb. scratch that, hips now. cant stand"): only the clause just before the
marker (the text before it in its own clause, or the whole clause before it when the marker
opens its clause), and a match that reaches past the marker is kept. A marker that only
voids at a break ("wait no", "no sorry") counts only when a comma or a full stop follows it:
"my face is drooping, sorry no idea what is happening" takes nothing back.

Hand-written for the reason ``bot/ask/context.py`` gives: no clinical NLP library reads a
chat writer's self-corrections.
"""

from __future__ import annotations

from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.spans import Matches, Positions, spans_of
from bot.content.emergency_models import EmergencyConfig

__all__ = ["retracted"]

_BREAKS = frozenset({CLAUSE, SENTENCE})
# words that may come before a marker that still opens its clause ("Apologies, autocorrect")
_FILLERS = frozenset(
    {
        "sorry", "apologies", "oops", "oh", "ok", "okay", "wait", "actually", "hmm", "lol",
        "um", "erm", "and", "but", "no",
    }
)  # fmt: skip


def _clause_start(tokens: list[str], end: int) -> int:
    """The first token of the clause that ends before `end` (clauses end at commas and full
    stops)."""
    i = end
    while i > 0 and tokens[i - 1] not in _BREAKS:
        i -= 1
    return i


def retracted(
    cfg: EmergencyConfig, tokens: list[str], at: Positions, matches: Matches
) -> frozenset[int]:
    """The tokens the writer takes back (module docstring)."""
    out: set[int] = set()
    n = len(tokens)
    markers = [s for s, _ in spans_of(cfg.retractions, at, matches)]
    markers += [
        s
        for s, e in spans_of(cfg.retractions_at_break, at, matches)
        if e >= n or tokens[e] in _BREAKS
    ]
    for s in markers:
        i = s
        while i > 0 and (tokens[i - 1] in _FILLERS or tokens[i - 1] in _BREAKS):
            i -= 1
        # a break between the marker and the last word before it: the marker opens its
        # clause ("Grandad is having a stroke. Apologies, autocorrect"), and takes back the
        # clause before it; else the words before it in its own clause
        end = i if any(t in _BREAKS for t in tokens[i:s]) else s
        out.update(range(_clause_start(tokens, end), end))
    for _, e in spans_of(cfg.retractions_ahead, at, matches):
        # "scratch my last msg about chest pain, ...": what it names, to the clause's end
        i = e
        while i < n and tokens[i] not in _BREAKS:
            out.add(i)
            i += 1
    return frozenset(out)
