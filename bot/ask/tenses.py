"""The tense a message tells a sign in, and whose sign it is: the present tense of a sentence
("my foot is numb"), the past of a match's parts ("I woke and couldn't move"; "has dropped" is
not past), a sign called long-standing ("paralyzed for 2 years"), and a first-person word that
speaks of the writer ("my uncle's foot" does not)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.content.emergency_models import EmergencyConfig

if TYPE_CHECKING:  # pragma: no cover
    from bot.ask.context import Context

__all__ = ["said_now_in", "speaks_of_writer", "tense", "told_in_present", "told_then"]


def told_then(cfg: EmergencyConfig, tokens: list[str], s: int) -> bool:
    """Whether the "cant" at `s` follows a verb of the past: "was cant feel", "woke up cant
    feel" (from "woke up unable to feel")."""
    before = tokens[max(0, s - 2) : s]
    if before and before[-1] == "up":
        before = before[:-1]
    return bool(before) and (before[-1] in ("was", "were") or before[-1] in cfg.past_tense)


def told_in_present(cfg: EmergencyConfig, tokens: list[str], sentence: list[int]) -> frozenset[int]:
    """The sentences that tell something in the present tense: a `present_tense` word, not
    after "was" ("was cant feel" is "couldn't feel") and not a deficit that lasts ("I still
    have no sense of touch")."""
    then = cfg.lasting | cfg.modals | {"was", "were"}
    return frozenset(
        sentence[i]
        for i, tok in enumerate(tokens)
        if i
        and tok in cfg.present_tense
        and tok not in cfg.lasting
        and tokens[i - 1] not in then
        and not (tokens[i - 1] == "cant" and told_then(cfg, tokens, i - 1))
    )


def speaks_of_writer(cfg: EmergencyConfig, tokens: list[str], i: int) -> bool:
    """Whether token `i` is a `first_person` word that speaks of the writer: not "my" before
    another person ("my uncle's foot" is read "my uncles foot")."""
    if tokens[i] not in cfg.first_person:
        return False
    after = tokens[i + 1 : i + 3]
    return tokens[i] != "my" or not (
        cfg.other_words & {*after, *(w.removesuffix("s") for w in after)}
    )


def tense(cfg: EmergencyConfig, tokens: list[str], ctx: Context, start: int, end: int) -> str:
    """ "past" when the parts of tokens start..end tell it in the past tense ("I woke and
    couldn't move"; "has dropped" is not past), "lasting" when they call it long-standing
    ("paralyzed for 2 years"), else ""."""
    parts = {ctx.part[k] for k in range(start, end)}
    if parts & ctx.lasting:
        return "lasting"
    # the parts of a match are contiguous: scan them, not the whole message, for each match
    told = range(_part_span(ctx.part, start).start, _part_span(ctx.part, end - 1).stop)
    past = any(_past_verb(cfg, tokens, i) for i in told)
    if not past:
        # a part joined by "and" with no verb of its own takes the tense of the part before it:
        # "I had never had chest pain and shortness of breath before", "he was drifting in and
        # out of consciousness and slurred in speech" ("... and my legs are numb" has its own)
        own = _part_span(ctx.part, start)
        if own.start > 0 and ctx.clause[own.start - 1] == ctx.clause[start]:
            past = not any(_a_verb(cfg, tokens[i]) for i in own) and any(
                _past_verb(cfg, tokens, i) for i in _part_span(ctx.part, own.start - 1)
            )
    return "past" if past else ""


def _part_span(part: list[int], i: int) -> range:
    """The tokens of the part that token `i` is in (a part's tokens are contiguous)."""
    lo, hi = i, i + 1
    while lo > 0 and part[lo - 1] == part[i]:
        lo -= 1
    while hi < len(part) and part[hi] == part[i]:
        hi += 1
    return range(lo, hi)


def _a_verb(cfg: EmergencyConfig, tok: str) -> bool:
    """Whether `tok` is a verb the tense lists know (no union of them built for each match)."""
    return (
        tok in cfg.present_tense or tok in cfg.past_tense or tok in cfg.perfect or tok in cfg.modals
    )


def _past_verb(cfg: EmergencyConfig, tokens: list[str], i: int) -> bool:
    """Whether token `i` is a verb of the past, not after a present perfect's "has"."""
    return tokens[i] in cfg.past_tense and (i == 0 or tokens[i - 1] not in cfg.perfect)


def said_now_in(sentence: list[int], says_now: Iterable[tuple[int, int]]) -> set[int]:
    """The sentences that say now (`says_now`: the spans of words that do): each word's own,
    and the next one where that word ends a run-on sentence ("... hot, and tonight | she's got
    a temperature" is told tonight; a full stop is its own sentence's last token)."""
    last = len(sentence) - 1
    return {sentence[k] for s, e in says_now for k in (s, min(e, last))}
