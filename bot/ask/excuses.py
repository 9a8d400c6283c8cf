"""What explains a rule's match otherwise, and how far each kind of term reaches.

A rule's `not_with` terms explain its match away ("a local anaesthetic at the dentist numbed
the left side of my face"). They do not all reach as far: a cause explains a match anywhere in
the message, an ending ("resolved", "back to normal") only a match it follows, and a frame of
an old story ("years ago", "physio") a match in its own sentence or one told then. The
`[context]` lists `endings` and `frames` of ``emergency.toml`` say which is which. Split once
per rule when the reader is built (`bot/ask/emergency.py` reads them); hand-written for the
reason the reader is.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.content.emergency_models import EmergencyRule, Term

__all__ = ["Excuses", "TermWords"]

TermWords = tuple[tuple[str, bool], ...]  # a term's words (`Term.words`)


class Excuses(NamedTuple):
    """A rule's terms that explain its match otherwise, by how far they reach: `causes`
    anywhere ("the dentist numbed my lip"), `endings` only a match they follow ("resolved"),
    `frames` a match in their sentence or told then ("years ago"); and the same split of its
    `set_aside` terms, which a message that says now sets aside."""

    causes: tuple[Term, ...]
    endings: tuple[Term, ...]
    frames: tuple[Term, ...]
    aside_causes: tuple[Term, ...]
    aside_frames: tuple[Term, ...]

    @classmethod
    def of(cls, rule: EmergencyRule, endings: set[TermWords], frames: set[TermWords]) -> Excuses:
        def kind(terms: tuple[Term, ...], words: set[TermWords]) -> tuple[Term, ...]:
            return tuple(t for t in terms if t.words in words)

        def rest(terms: tuple[Term, ...], *words: set[TermWords]) -> tuple[Term, ...]:
            return tuple(t for t in terms if not any(t.words in w for w in words))

        return cls(
            rest(rule.not_with, endings, frames),
            kind(rule.not_with, endings),
            kind(rule.not_with, frames),
            rest(rule.set_aside, frames),
            kind(rule.set_aside, frames),
        )
