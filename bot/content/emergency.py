"""Reading ``emergency.toml``: red-flag patterns, rewrites, negation words, self-checks."""

from __future__ import annotations

import re

from bot.content.models import (
    EMERGENCY_FINDINGS,
    EmergencyConfig,
    EmergencyPattern,
    EmergencyRule,
    Rewrite,
    Term,
)
from bot.content.reader import EMERGENCY_FILE, Reader, small_int


def parse_pattern(text: str) -> EmergencyPattern:
    """``"face|mouth + droop*|sag*"``: groups joined by ``+``, alternatives by ``|``.

    Raises ValueError on an empty group or term.
    """
    groups: list[tuple[Term, ...]] = []
    for raw_group in text.split("+"):
        terms: list[Term] = []
        for raw_term in raw_group.split("|"):
            words = raw_term.lower().split()
            if not words:
                raise ValueError(f"empty term in pattern {text!r}")
            parsed: list[tuple[str, bool]] = []
            for w in words:
                prefix = w.endswith("*")
                w = w.rstrip("*")
                if not w or not all(c.isalnum() or c == "_" for c in w):
                    raise ValueError(f"bad word {w!r} in pattern {text!r}")
                parsed.append((w, prefix))
            terms.append(Term(tuple(parsed)))
        groups.append(tuple(terms))
    return EmergencyPattern(text, tuple(groups))


def read_terms(r: Reader, where: str, texts: tuple[str, ...]) -> tuple[Term, ...]:
    out: list[Term] = []
    for text in texts:
        try:
            pattern = parse_pattern(text)
        except ValueError as exc:
            r.problems.append(f"{where}: {exc}")
            continue
        if len(pattern.groups) != 1:
            r.problems.append(f"{where}: {text!r} must be one group (no '+')")
            continue
        out.extend(pattern.groups[0])
    return tuple(out)


def read_emergency(r: Reader) -> EmergencyConfig:
    data = r.read(EMERGENCY_FILE)
    if data is None:
        return EmergencyConfig()
    rel = r.rel(EMERGENCY_FILE)
    r.unknown(rel, data, {"rewrite", "rule", "negation", "checks", "ordinary"})
    rewrites: list[Rewrite] = []
    for n, t in enumerate(r.table_list(data, EMERGENCY_FILE, "rewrite"), 1):
        where = f"{rel}: rewrite #{n}"
        r.unknown(where, t, {"from", "to"})
        src = r.text(where, t, "from")
        to = r.text(where, t, "to", empty_ok=True)
        try:
            re.compile(src)
        except re.error as exc:
            r.problems.append(f"{where}: bad regular expression {src!r} ({exc})")
            continue
        rewrites.append(Rewrite(src, to))
    rules: list[EmergencyRule] = []
    for n, t in enumerate(r.table_list(data, EMERGENCY_FILE, "rule"), 1):
        finding = t.get("finding")
        where = f"{rel}: rule #{n} ({finding})"
        r.unknown(where, t, {"finding", "window", "patterns", "unless", "examples"})
        if finding not in EMERGENCY_FINDINGS:
            r.problems.append(f"{where}: 'finding' must be one of {', '.join(EMERGENCY_FINDINGS)}")
            continue
        window = small_int(r, where, t, "window", 8)
        patterns: list[EmergencyPattern] = []
        for text in r.strings(where, t, "patterns", required=True):
            try:
                patterns.append(parse_pattern(text))
            except ValueError as exc:
                r.problems.append(f"{where}: {exc}")
        if not patterns:
            r.problems.append(f"{where}: field 'patterns' is empty")
        unless = read_terms(r, where, r.strings(where, t, "unless", required=False))
        examples = r.strings(where, t, "examples", required=False)
        rules.append(EmergencyRule(str(finding), tuple(patterns), window, unless, examples))
    neg = data.get("negation", {})
    if not isinstance(neg, dict):
        r.problems.append(f"{rel}: [negation] must be a table")
        neg = {}
    where = f"{rel}: [negation]"
    r.unknown(where, neg, {"negators", "pseudo", "breakers", "scope"})
    checks = data.get("checks", {})
    if not isinstance(checks, dict):
        r.problems.append(f"{rel}: [checks] must be a table")
        checks = {}
    return EmergencyConfig(
        rules=tuple(rules),
        rewrites=tuple(rewrites),
        negators=frozenset(r.strings(where, neg, "negators", required=True)),
        pseudo_negation=frozenset(r.strings(where, neg, "pseudo", required=False)),
        scope_breakers=frozenset(r.strings(where, neg, "breakers", required=False)),
        negation_scope=small_int(r, where, neg, "scope", 5),
        not_emergency=r.strings(f"{rel}: [checks]", checks, "not_emergency", required=False),
        ordinary_words=frozenset(
            w.lower() for w in r.strings(rel, data, "ordinary", required=False)
        ),
    )
