"""A pressure the writer denies: "nothing pressing on it" (the rewrite of "I wasn't sitting on
it"), "not leaning on anything". Then no seat or posture (`[context] pressures`) in a rule's
`unless` or `unless_over` explains its sign: "straining on the toilet ... suddenly my left leg
went numb ... nothing pressing on it. 15 mins ago" is not a leg sat on. Hand-written for the
reason the reader is (`bot/ask/emergency.py`). The denial itself is read once per message, with
the other message-wide marks (`bot/ask/prepared.py`).
"""

from __future__ import annotations

from bot.ask.prepared import Prepared
from bot.content.emergency_models import EmergencyConfig, EmergencyRule, Term

__all__ = ["rule_excuses"]


def rule_excuses(
    cfg: EmergencyConfig, text: Prepared, rule: EmergencyRule
) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    """The rule's `unless` and `unless_over` terms that may explain a sign in `text`."""
    unless, over = rule.unless, rule.unless_over
    if cfg.pressures and (unless or over) and text.denies_pressure:
        return (
            tuple(t for t in unless if t not in cfg.pressures),
            tuple(t for t in over if t not in cfg.pressures),
        )
    return unless, over
