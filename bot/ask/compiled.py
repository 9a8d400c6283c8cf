"""The emergency rules worked out once per configuration (`bot/ask/emergency.py` reads them on
every message): each pattern's first words, which of its groups only name a part of the body or
tell a history, each rule's excuses, the terms that name another person, and the findings that
only a history makes."""

from __future__ import annotations

from dataclasses import dataclass

from bot.ask.excuses import Excuses
from bot.content.emergency_models import EmergencyConfig, Term

__all__ = ["PRONOUNS", "Compiled", "compile_rules"]

PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


@dataclass(frozen=True)
class Compiled:
    # the terms that name another person ("my husband", "colleague"), not a pronoun ("she"
    # may be a cat)
    people: tuple[Term, ...]
    # for each rule (by identity), each pattern's groups as the first words of their terms: a
    # rule none of whose patterns has a first word of every group in a message cannot match
    # it, and most rules are passed over on that alone
    firsts: dict[int, tuple[tuple[frozenset[tuple[str, bool]], ...], ...]]
    # for each pattern (by identity), which of its groups only name a part of the body and
    # which tell a `history` rule's history (`history_marks`)
    kinds: dict[int, tuple[tuple[bool, ...], tuple[bool, ...]]]
    # the `history` rules whose history is what they need ("@cancer" told anywhere)
    history_needed: frozenset[int]
    # the findings that only a history makes (every rule of theirs tells one of
    # `history_marks`, "@cancer", in a pattern or in what it needs): read by anything else,
    # they need that history named
    history_only: frozenset[str]
    # each rule's `not_with` and `set_aside` terms by how they explain a match
    excuses: dict[int, Excuses]


def compile_rules(config: EmergencyConfig) -> Compiled:
    """What the reader looks up per rule and per pattern, worked out from `config` once."""
    rules = config.rules
    firsts = {
        id(rule): tuple(
            tuple(frozenset(t.words[0] for t in group) for group in pattern.groups)
            for pattern in rule.patterns
        )
        for rule in rules
    }
    kinds = {
        id(pattern): (
            tuple(_body(config, g) for g in pattern.groups),
            tuple(bool(config.history_marks.intersection(g)) for g in pattern.groups),
        )
        for rule in rules
        for pattern in rule.patterns
    }
    history_needed = frozenset(
        id(rule) for rule in rules if config.history_marks.intersection(rule.needs)
    )
    tells = {
        id(rule)
        for rule in rules
        if id(rule) in history_needed or any(any(kinds[id(p)][1]) for p in rule.patterns)
    }
    history_only = frozenset(
        {rule.finding for rule in rules} - {rule.finding for rule in rules if id(rule) not in tells}
    )
    endings = {t.words for t in config.endings}
    frames = {t.words for t in config.frames} - endings
    return Compiled(
        people=tuple(t for t in config.other_people if t.words[-1][0] not in PRONOUNS),
        firsts=firsts,
        kinds=kinds,
        history_needed=history_needed,
        history_only=history_only,
        excuses={id(rule): Excuses.of(rule, endings, frames) for rule in rules},
    )


def _body(cfg: EmergencyConfig, group: tuple[Term, ...]) -> bool:
    """Whether a pattern group only names a part of the body ("leg|foot|toes", [context]
    `body_parts`): a sign told in the past beside it is past, whenever the body part is named
    ("My brother lost his leg to a diabetic foot infection ... My foot tingles")."""
    return all(w in cfg.body_parts and not prefix for term in group for w, prefix in term.words)
