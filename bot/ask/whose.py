"""Whose sign a match tells of: the writer's own, someone else's past, or neither's.

Pure functions of a prepared message (`bot.ask.prepared.Prepared`) and the reader's config,
used by `bot.ask.emergency.EmergencyDetector` for each match it weighs. Hand-written for the
reason ``bot/ask/emergency.py`` gives: they are small look-ups over the context it has read.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.ask.episodes import dead_parts
from bot.ask.prepared import Prepared
from bot.ask.tenses import speaks_of_writer
from bot.content.emergency_models import EmergencyConfig, Term

__all__ = ["joins_others_past", "others_history", "own", "told_beside_work", "with_companion"]


def own(cfg: EmergencyConfig, text: Prepared, start: int, end: int) -> bool:
    """Whether the parts of the match at start..end speak of the writer (`speaks_of_writer`)."""
    part = text.ctx.part
    parts = {part[k] for k in range(start, end)}
    return any(
        part[i] in parts and speaks_of_writer(cfg, text.tokens, i) for i in range(len(text.tokens))
    )


def told_beside_work(cfg: EmergencyConfig, text: Prepared, start: int, end: int) -> bool:
    """In a message with words of work (`never_with`), whether the match at start..end is still
    a sign told now: right after a word of the writer in a sentence of their own
    (`told_now_at`: "We had a patient come in ... My face is drooping"), or in a sentence that
    says now (`now_sentences`) and speaks of the writer or of someone with them ("I was revising
    for my exam and now both my legs have gone weak"; not "last night on Casualty a biker's leg
    went cold and blue")."""
    return start in text.told_now_at or (
        text.sentence[start] in text.now_sentences
        and (own(cfg, text, start, end) or with_companion(cfg, text, start))
    )


def with_companion(cfg: EmergencyConfig, text: Prepared, start: int) -> bool:
    """Whether the sentence of the match at `start` names someone the writer is with (a
    `companions` term: "my flatmate", "our son"): told as now beside a word of work or study,
    their sign is one to act on ("med student, flatmate suddenly confused, word finding
    difficulty"), unlike a patient's or a character's ("the patient's husband suddenly ...")."""
    k = text.sentence[start]
    return any(text.sentence[s] == k for term in cfg.companions for s, _ in text.spans(term))


def others_history(
    cfg: EmergencyConfig,
    text: Prepared,
    told: list[tuple[int, int]],
    needs: tuple[Term, ...],
    signs: list[tuple[int, int]],
) -> bool:
    """Whether every telling of a history (the match's own groups `told`, and where the rule
    needs it, each `needs` span) lies in a part that tells someone else's past, and either of
    their death (a word of `deaths`, looked up only when the rest holds) or beside new signs
    (`signs`) that, outside that past, are all the writer's own ("My aunt had breast cancer
    that spread to her spine ... my left leg tingles when I've been kneeling": the cancer is
    not the writer's)."""
    spans = [  # a denied one ("I've never had cancer myself") tells no history
        *told,
        *(span for term in needs for span in text.undenied(term)),
    ]
    part, others = text.ctx.part, text.ctx.others_told
    if not spans or any(part[s] not in others for s, _ in spans):
        return False
    mine = [(s, e) for s, e in signs if part[s] not in others]
    if mine and all(own(cfg, text, s, e) for s, e in mine):
        return True
    dead = dead_parts(cfg.deaths, cfg.blessings, text.spans, text.tokens, text.sentence, part)
    return all(part[s] in dead for s, _ in spans)


def joins_others_past(
    cfg: EmergencyConfig, text: Prepared, combo: Sequence[tuple[int, int]]
) -> bool:
    """Whether a match joins someone else's past told in one sentence ("My neighbour had a foot
    infection last Christmas.") to the writer's own words in another ("I've had a small
    blister on my heel"): it is neither's."""
    part, others, sentence = text.ctx.part, text.ctx.others_told, text.sentence
    theirs = {sentence[s] for s, _ in combo if part[s] in others}
    mine = [(s, e) for s, e in combo if part[s] not in others]
    return (
        bool(theirs)
        and bool(mine)
        and all(sentence[s] not in theirs for s, _ in mine)
        and all(own(cfg, text, s, e) for s, e in mine)
    )
