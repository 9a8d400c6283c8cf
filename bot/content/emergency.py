"""Reading ``emergency.toml`` and ``findings.toml``: patterns per finding, concepts, context.

``emergency.toml`` holds the rules of the emergency findings plus everything shared (concepts,
rewrites, negation, context words); ``findings.toml`` holds the rules of the other findings.
"""

from __future__ import annotations

import re

from bot.content.emergency_keys import CONTEXT_KEYS
from bot.content.emergency_models import (
    EmergencyConfig,
    EmergencyPattern,
    EmergencyRule,
    Rewrite,
    Term,
)
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS
from bot.content.toml_reader import EMERGENCY_FILE, FINDINGS_FILE, Reader, flag, small_int

Concepts = dict[str, tuple[Term, ...]]
_WORD = re.compile(r"\w+")  # letters, digits and "_": one word of a pattern


def parse_pattern(text: str, concepts: Concepts | None = None) -> EmergencyPattern:
    """``"face|mouth + droop*|sag*"``: groups joined by ``+``, alternatives by ``|``.

    ``@name`` stands for every alternative of concept `name` ([concepts] in emergency.toml).
    Raises ValueError on an empty group or term, or an unknown concept.
    """
    groups: list[tuple[Term, ...]] = []
    for raw_group in text.split("+"):
        terms: list[Term] = []
        for raw_term in raw_group.split("|"):
            name = raw_term.strip()
            if name.startswith("@"):
                if concepts is None or name[1:] not in concepts:
                    raise ValueError(f"unknown concept {name!r} in pattern {text!r}")
                terms.extend(concepts[name[1:]])
                continue
            words = raw_term.lower().split()
            if not words:
                raise ValueError(f"empty term in pattern {text!r}")
            parsed: list[tuple[str, bool]] = []
            for w in words:
                prefix = w.endswith("*")
                w = w.rstrip("*")
                if not _WORD.fullmatch(w):
                    raise ValueError(f"bad word {w!r} in pattern {text!r}")
                parsed.append((w, prefix))
            terms.append(Term(tuple(parsed)))
        groups.append(tuple(terms))
    return EmergencyPattern(text, tuple(groups))


def read_terms(
    r: Reader, where: str, texts: tuple[str, ...], concepts: Concepts | None = None
) -> tuple[Term, ...]:
    out: list[Term] = []
    for text in texts:
        try:
            pattern = parse_pattern(text, concepts)
        except ValueError as exc:
            r.problems.append(f"{where}: {exc}")
            continue
        if len(pattern.groups) != 1:
            r.problems.append(f"{where}: {text!r} must be one group (no '+')")
            continue
        out.extend(pattern.groups[0])
    return tuple(out)


def _read_concepts(r: Reader, rel: str, data: dict[str, object]) -> Concepts:
    raw = data.get("concepts", {})
    if not isinstance(raw, dict):
        r.problems.append(f"{rel}: [concepts] must be a table")
        return {}
    concepts: Concepts = {}
    for name in raw:  # in file order: a concept may use the concepts above it
        where = f"{rel}: [concepts] {name}"
        concepts[name] = read_terms(r, where, r.strings(where, raw, name, required=True), concepts)
    return concepts


def _read_rules(
    r: Reader, name: str, data: dict[str, object], allowed: tuple[str, ...], concepts: Concepts
) -> list[EmergencyRule]:
    rel = r.rel(name)
    rules: list[EmergencyRule] = []
    for n, t in enumerate(r.table_list(data, name, "rule"), 1):
        finding = t.get("finding")
        where = f"{rel}: rule #{n} ({finding})"
        r.unknown(
            where,
            t,
            {
                "finding",
                "window",
                "patterns",
                "unless",
                "unless_in_part",
                "set_aside",
                "not_with",
                "examples",
                "history",
                "needs",
                "needs_also",
                "unless_over",
                "needs_recent",
                "needs_named",
                "counts_if_passed",
            },
        )
        if finding not in allowed:
            r.problems.append(f"{where}: 'finding' must be one of {', '.join(allowed)}")
            continue
        window = small_int(r, where, t, "window", 8)
        patterns: list[EmergencyPattern] = []
        for text in r.strings(where, t, "patterns", required=True):
            try:
                patterns.append(parse_pattern(text, concepts))
            except ValueError as exc:
                r.problems.append(f"{where}: {exc}")
        if not patterns:
            r.problems.append(f"{where}: field 'patterns' is empty")
        unless = read_terms(r, where, r.strings(where, t, "unless", required=False), concepts)
        not_with = read_terms(r, where, r.strings(where, t, "not_with", required=False), concepts)
        examples = r.strings(where, t, "examples", required=False)
        history = flag(r, where, t, "history")
        in_part = flag(r, where, t, "unless_in_part")
        aside = read_terms(r, where, r.strings(where, t, "set_aside", required=False), concepts)
        needs = read_terms(r, where, r.strings(where, t, "needs", required=False), concepts)
        also = read_terms(r, where, r.strings(where, t, "needs_also", required=False), concepts)
        after = read_terms(r, where, r.strings(where, t, "unless_over", required=False), concepts)
        recent = flag(r, where, t, "needs_recent")
        named = flag(r, where, t, "needs_named")
        passed = flag(r, where, t, "counts_if_passed")
        if also and not needs:
            r.problems.append(f"{where}: 'needs_also' needs 'needs'")
        rules.append(
            EmergencyRule(
                str(finding),
                tuple(patterns),
                window,
                unless,
                examples,
                history,
                not_with,
                aside,
                in_part,
                needs,
                also,
                after,
                recent,
                named,
                passed,
            )
        )
    return rules


def read_emergency(r: Reader) -> EmergencyConfig:
    data = r.read(EMERGENCY_FILE)
    if data is None:
        return EmergencyConfig()
    rel = r.rel(EMERGENCY_FILE)
    r.unknown(
        rel,
        data,
        {
            "rewrite",
            "rule",
            "negation",
            "checks",
            "ordinary",
            "ordinary_near_rewrites",
            "concepts",
            "context",
        },
    )
    rewrites: list[Rewrite] = []
    for n, t in enumerate(r.table_list(data, EMERGENCY_FILE, "rewrite"), 1):
        where = f"{rel}: rewrite #{n}"
        r.unknown(where, t, {"from", "to", "mend"})
        src = r.text(where, t, "from")
        to = r.text(where, t, "to", empty_ok=True)
        mend = t.get("mend", True)
        if not isinstance(mend, bool):
            r.problems.append(f"{where}: mend must be true or false")
            mend = True
        try:
            re.compile(src)
        except re.error as exc:
            r.problems.append(f"{where}: bad regular expression {src!r} ({exc})")
            continue
        rewrites.append(Rewrite(src, to, mend))
    concepts = _read_concepts(r, rel, data)
    rules = _read_rules(r, EMERGENCY_FILE, data, EMERGENCY_FINDINGS, concepts)
    others = tuple(f for f in ALL_FINDINGS if f not in EMERGENCY_FINDINGS)
    more = r.read(FINDINGS_FILE) if (r.root / r.lang / FINDINGS_FILE).is_file() else None
    topics: list[tuple[str, str]] = []
    spoken_of: str | None = None
    story_words: frozenset[str] = frozenset()
    background: frozenset[str] = frozenset()
    if more is not None:
        frel = r.rel(FINDINGS_FILE)
        r.unknown(frel, more, {"rule", "topics", "spoken_of", "spoken_of_story", "background"})
        story_words = frozenset(r.strings(frel, more, "spoken_of_story", required=False))
        background = frozenset(r.strings(frel, more, "background", required=False))
        for finding in sorted(background - set(others)):
            r.problems.append(f"{frel}: background: unknown finding {finding!r}")
        raw_spoken = more.get("spoken_of")
        if raw_spoken is not None and not isinstance(raw_spoken, str):
            r.problems.append(f"{frel}: spoken_of must be a content id")
        elif raw_spoken:
            spoken_of = raw_spoken
        rules += _read_rules(r, FINDINGS_FILE, more, others, concepts)
        raw_topics = more.get("topics", {})
        if not isinstance(raw_topics, dict):
            r.problems.append(f"{frel}: [topics] must be a table")
            raw_topics = {}
        for finding, topic in raw_topics.items():
            if finding not in others or not isinstance(topic, str):
                r.problems.append(f"{frel}: [topics] {finding}: needs a finding and a content id")
                continue
            topics.append((finding, topic))
    neg = data.get("negation", {})
    if not isinstance(neg, dict):
        r.problems.append(f"{rel}: [negation] must be a table")
        neg = {}
    where = f"{rel}: [negation]"
    r.unknown(where, neg, {"negators", "pseudo", "breakers", "scope", "extenders"})
    ctx = data.get("context", {})
    if not isinstance(ctx, dict):
        r.problems.append(f"{rel}: [context] must be a table")
        ctx = {}
    cwhere = f"{rel}: [context]"
    r.unknown(cwhere, ctx, CONTEXT_KEYS)
    silences = r.strings(cwhere, ctx, "long_standing_silences", required=False)
    dated_silences = r.strings(cwhere, ctx, "dated_story_silences", required=False)
    for key, found in (
        ("long_standing_silences", silences),
        ("dated_story_silences", dated_silences),
    ):
        for f in found:
            if f not in ALL_FINDINGS:
                r.problems.append(f"{cwhere} {key}: unknown finding {f!r}")

    def words(key: str) -> frozenset[str]:
        return frozenset(r.strings(cwhere, ctx, key, required=False))

    def phrases(key: str) -> frozenset[tuple[str, ...]]:  # whole word sequences, as typed
        return frozenset(
            tuple(v.lower().split()) for v in r.strings(cwhere, ctx, key, required=False)
        )

    def ordinary(key: str) -> frozenset[str]:  # top-level word lists, any case
        return frozenset(w.lower() for w in r.strings(rel, data, key, required=False))

    def terms(key: str) -> tuple[Term, ...]:  # a term may name a concept ("@cancer")
        return read_terms(
            r, f"{cwhere} {key}", r.strings(cwhere, ctx, key, required=False), concepts
        )

    past, over, endings, closure = terms("past"), terms("over"), terms("endings"), terms("closure")
    lasting, ongoing = terms("long_standing"), {t.words for t in terms("ongoing")}
    for extra in ongoing - {t.words for t in lasting}:
        said = " ".join(w for w, _ in extra)
        r.problems.append(f"{cwhere} ongoing: {said!r} is not long_standing")
    ended = (*closure, *endings, *over)
    ending = {t.words for t in ended}
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
        scope_extenders=frozenset(r.strings(where, neg, "extenders", required=False)),
        not_emergency=r.strings(f"{rel}: [checks]", checks, "not_emergency", required=False),
        ordinary_words=ordinary("ordinary"),
        ordinary_near_rewrites=ordinary("ordinary_near_rewrites"),
        past=past,
        past_endings=tuple(t for t in past if t.words in ending),
        ended=ended,
        past_dating=tuple(t for t in past if t.words not in ending),
        hypothetical=terms("hypothetical"),
        hypothetical_ahead=terms("hypothetical_ahead"),
        supposition_goes_on=words("supposition_goes_on"),
        right_now=terms("right_now"),
        fears=terms("fears"),
        now_subjects=frozenset(
            w.lower() for w in r.strings(cwhere, ctx, "now_subjects", required=False)
        ),
        binomials=frozenset(_pair(w) for w in r.strings(cwhere, ctx, "binomials", required=False)),
        future=terms("future"),
        conditional=terms("conditional"),
        conditional_asks=terms("conditional_asks"),
        bare_asks=terms("bare_asks"),
        retractions=terms("retractions"),
        retractions_at_break=terms("retractions_at_break"),
        retractions_ahead=terms("retractions_ahead"),
        owned_after=terms("owned_after"),
        owned_whole=terms("owned_whole"),
        fulfilled_by=terms("fulfilled_by"),
        dated_back=terms("dated_back"),
        dated_back_whole=terms("dated_back_whole"),
        fulfilled_signs=words("fulfilled_signs"),
        fulfilled_kin=tuple(
            _kin(w) for w in r.strings(cwhere, ctx, "fulfilled_kin", required=False)
        ),
        companions=terms("companions"),
        quote_openers=terms("quote_openers"),
        quote_sources=words("quote_sources"),
        quote_verbs=words("quote_verbs"),
        quote_denials=terms("quote_denials"),
        quote_hedges=terms("quote_hedges"),
        quote_actions=terms("quote_actions"),
        quote_affirmations=terms("quote_affirmations"),
        field_abilities=words("field_abilities"),
        field_line_denials=phrases("field_line_denials"),
        history_headings=phrases("history_headings"),
        field_denials=phrases("field_denials"),
        others_past=terms("others_past"),
        past_tense=words("past_tense"),
        perfect=words("perfect"),
        year_openers=words("year_openers"),
        when_openers=words("when_openers"),
        modals=words("modals"),
        history_marks=frozenset(terms("history_marks")),
        chest_marks=frozenset(terms("chest_marks")),
        well_now=frozenset(words("well_now")),
        deaths=terms("deaths"),
        blessings=terms("blessings"),
        lasting=words("lasting"),
        run_on_subjects=words("run_on_subjects"),
        run_on_owners=words("run_on_owners"),
        run_on_verbs=words("run_on_verbs"),
        run_on_glue=words("run_on_glue"),
        run_on_openers=words("run_on_openers"),
        run_on_fronts=words("run_on_fronts"),
        run_on_questions=words("run_on_questions"),
        run_on_suppositions=words("run_on_suppositions"),
        run_on_be=words("run_on_be"),
        run_on_to_verbs=words("run_on_to_verbs"),
        other_people=(people := terms("other_people")),
        other_words=frozenset(t.words[-1][0] for t in people),
        present=terms("present"),
        question_openers=words("openers"),
        long_standing=lasting,
        long_standing_dated=tuple(t for t in lasting if t.words not in ongoing),
        long_standing_ongoing=tuple(t for t in lasting if t.words in ongoing),
        # a question for help says now as strongly as "now" does
        strong_present=terms("strong_present") + terms("asks_for_help"),
        long_standing_silences=frozenset(silences),
        dated_story_silences=frozenset(dated_silences),
        asks_for_help=terms("asks_for_help"),
        pressure_denied=terms("pressure_denied"),
        pressures=frozenset(terms("pressures")),
        over=over,
        endings=endings,
        frames=terms("frames"),
        closure=closure,
        elsewhere_contact=terms("elsewhere_contact"),
        elsewhere_care=terms("elsewhere_care"),
        first_person=words("first_person"),
        present_tense=words("present_tense"),
        work_now=terms("work_now"),
        body_parts=words("body_parts"),
        never_with=terms("never_with"),
        pronouns=words("pronouns"),
        antecedents=words("antecedents"),
        pronoun_reach=small_int(r, cwhere, ctx, "pronoun_reach", 15),
        it_pronouns=words("it_pronouns"),
        it_antecedents=words("it_antecedents"),
        it_signs=words("it_signs"),
        it_reach=small_int(r, cwhere, ctx, "it_reach", 25),
        finding_topics=tuple(topics),
        background_findings=background,
        spoken_of_topic=spoken_of,
        spoken_of_story=frozenset(w for w in story_words if not w.endswith("*")),
        spoken_of_story_prefixes=tuple(sorted(w[:-1] for w in story_words if w.endswith("*"))),
    )


def _kin(entry: str) -> tuple[str, str]:
    """A `fulfilled_kin` entry ("dropped droop"): a sign word and the family it belongs to."""
    word, _, root = entry.lower().partition(" ")
    return word, root


def _pair(words: str) -> tuple[str, str]:
    """A `binomials` entry ("on and off") as the words either side of its "and"."""
    first, _, second = words.lower().partition(" and ")
    return first, second
