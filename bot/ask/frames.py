"""Long-standing frames: what a message tells as long-standing, and which signs that dates.

A message that says nothing of today and frames what it tells as long-standing (a year,
"years ago", "living with", "for years": ``emergency.toml`` ``[context] long_standing``) tells
a past-tense sign as that time's story ("I have been living with foot drop since 2020 ... I
woke up and couldn't move my foot"): the reader then looks back on it (`AskResult.looked_back`)
instead of raising the alarm. A frame dates a sign in its own sentence; one in another sentence
only as `Frame.reaches_out` says, so that an unrelated preamble ("I've had anxiety for years.",
"My mum had a stroke years ago.") does not silence an emergency told after it.

Hand-written for the reason ``bot/ask/context.py`` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.ask.context import Context
from bot.ask.spans import Matches, Positions, spans_of, units_with
from bot.ask.timewords import is_year
from bot.content.emergency_models import EmergencyConfig

__all__ = ["Frame", "dates", "long_standing", "silences"]


@dataclass(frozen=True)
class Frame:
    """Where a message frames what it tells as long-standing (`long_standing`), and whether it
    dates signs told in other sentences than its own."""

    start: int
    end: int
    sentence: int
    # False for a frame whose sentence says the episode ended ("last year I had a bad flu but
    # I recovered fully"); and, in a message that tells anything in the present tense in a
    # sentence of no frame ("... my foot went numb at the bus stop and I keep bumping into
    # things") or says an episode is over ("... my speech was slurred. Back to normal now":
    # told of today), for an undated one, which says something lasts until now ("I've had anxiety
    # for years", "living with MS"), and for one that dates someone else's past ("my mum had
    # a stroke years ago")
    reaches_out: bool
    # the frame dates someone else's past ("my mum had a stroke years ago"): it never dates
    # the writer's own sign, in its sentence or another ("My dad had a stroke years ago. I
    # woke up and my face drooped")
    others: bool = False


def long_standing(
    cfg: EmergencyConfig,
    tokens: list[str],
    ctx: Context,
    sentence: list[int],
    at: Positions,
    matches: Matches,
) -> list[Frame]:
    """Where a message that says nothing of today frames what it tells as long-standing ("I
    have been living with foot drop since 2020 ... I woke up and couldn't move my foot" is
    that day's story, years ago): each `long_standing` term and each year. What each frame
    silences is the reader's (`EmergencyDetector._framed`)."""
    if not cfg.long_standing_silences or units_with(cfg.strong_present, ctx.clause, at, matches):
        return []
    dated = [*spans_of(cfg.long_standing_dated, at, matches)]
    dated += [(i, i + 1) for i, tok in enumerate(tokens) if is_year(tok)]
    ongoing = [*spans_of(cfg.long_standing_ongoing, at, matches)]
    if not dated and not ongoing:
        return []
    closed = {sentence[s] for s, _ in spans_of(cfg.ended, at, matches)}
    present = bool((ctx.present_in | ctx.ended_in) - {sentence[s] for s, _ in (*dated, *ongoing)})
    found = [(s, e, ctx.part[s] in ctx.others_past) for s, e in dated]
    return [
        Frame(s, e, sentence[s], sentence[s] not in closed and not (weak and present), weak)
        for s, e, weak in sorted(found)
    ] + [Frame(s, e, sentence[s], sentence[s] not in closed and not present) for s, e in ongoing]


def dates(
    frames: list[Frame], sentence: list[int], start: int, end: int, mine: bool = False
) -> bool:
    """Whether one of a message's `frames` dates the sign told at start..end: a frame in one
    of the sign's sentences, or one that reaches out of its own; for the writer's own sign
    (`mine`), not one of someone else's past."""
    where = range(sentence[start], sentence[end - 1] + 1)
    return any(
        (frame.sentence in where or frame.reaches_out) and not (mine and frame.others)
        for frame in frames
    )


def silences(
    cfg: EmergencyConfig, frames: list[Frame], ctx: Context, tokens: list[str]
) -> frozenset[str]:
    """The findings that a message with `frames` states in the past tense only as that time's
    story: `long_standing_silences`, and `dated_story_silences` too when it is told wholly in the
    past (no sentence in the present tense, nothing that says now) and names a year ("In January
    2007, I went to the ER ... chest pain and shortness of breath")."""
    if not frames:
        return frozenset()
    if not ctx.present_in and not ctx.says_now and any(is_year(t) for t in tokens):
        return cfg.long_standing_silences | cfg.dated_story_silences
    return cfg.long_standing_silences
