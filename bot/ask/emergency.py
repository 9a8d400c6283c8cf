"""Reading typed text into TRIAGE.md findings, driven by ``emergency.toml`` + ``findings.toml``.

Pure and independent of topic matching. See the comments at the top of ``emergency.toml``
for the pattern language (with named concepts), negation, context and typo handling.

Why hand-written: the context rules are the ConText algorithm (negation, temporality,
hypotheticals, experiencer, each with a trigger and a scope that ends at a clause breaker),
kept small so that every message is read in well under a millisecond, with typo tolerance
tuned for this vocabulary. medspaCy's ConText does the same on top of spaCy, whose import
alone costs more than the bot's whole start-up budget (see the README's measurements).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from rapidfuzz.distance import OSA

from bot.ask.normalize import CLAUSE, SENTENCE, tokenize
from bot.content.models import (
    ALL_FINDINGS,
    EMERGENCY_FINDINGS,
    EmergencyConfig,
    EmergencyRule,
    Term,
)

__all__ = ["EmergencyDetector", "Hit"]

_MAX_CACHE = 20_000


# "has dropped", "she's gone": a present perfect tells of now, not of the past
_PERFECT = frozenset({"has", "have", "hes", "shes", "ive", "weve", "theyve", "its", "just"})


@dataclass(frozen=True)
class Hit:
    finding: str
    pattern: str
    words: str  # the matched words, for explanations and tests
    # "past" when the sentence of the match tells it in the past tense, "lasting" when that
    # sentence itself says it is long-standing ("paralyzed ... for 2 years")
    tense: str = ""


_Positions = dict[tuple[str, bool], list[int]]


@dataclass(frozen=True)
class _Text:
    tokens: list[str]
    negated_by: list[int]
    sentence: list[int]
    matches: list[frozenset[tuple[str, bool]]]
    at: _Positions
    clause: list[int]
    not_now: frozenset[int]  # tokens that speak of the past, a hypothetical, or someone's past
    supposed: frozenset[int]  # of those, the tokens of a hypothetical or a conditional
    general: frozenset[int]  # sentences that open with a general question ("can stress ...")
    says_now: bool  # the message says now / again / today / can't feel / can't move
    part: list[int] = field(default_factory=list)  # clauses split again at "and"
    lasting: frozenset[int] = frozenset()  # parts with a `long_standing` term or a year


@dataclass(frozen=True)
class _Context:
    clause: list[int]
    part: list[int]
    not_now: frozenset[int]
    supposed: frozenset[int]
    general: frozenset[int]
    says_now: bool
    lasting: frozenset[int]


def _is_year(tok: str) -> bool:
    """ "2013", "1998": a year dates what it is said with."""
    return len(tok) == 4 and tok.isdigit() and tok[:2] in ("19", "20")


def _allowed_typos(n: int) -> int:
    return 0 if n < 4 else 1 if n <= 7 else 2


class EmergencyDetector:
    """Compiled emergency rules. `detect(text)` returns the emergency findings, TRIAGE order."""

    def __init__(self, config: EmergencyConfig, known_words: Iterable[str] = ()) -> None:
        self.config = config
        self._rewrites = [
            (re.compile(rf"(?<![a-z0-9])(?:{rw.pattern})(?![a-z0-9])"), rw.to)
            for rw in config.rewrites
        ]
        words: set[tuple[str, bool]] = set()
        for rule in config.rules:
            for pattern in rule.patterns:
                for group in pattern.groups:
                    for term in group:
                        words.update(term.words)
            for term in (*rule.unless, *rule.not_with):
                words.update(term.words)
        context = (
            config.past,
            config.hypothetical,
            config.conditional,
            config.other_people,
            config.present,
            config.long_standing,
            config.strong_present,
        )
        for terms in (*context, config.others_past):
            for term in terms:
                words.update(term.words)
        self._exact = {w for w, p in words if not p}
        self._prefixes = {w for w, p in words if p}
        self._prefix_lengths = sorted({len(w) for w in self._prefixes})
        self._fuzzy_exact = [w for w in self._exact if len(w) >= 4]
        self._fuzzy_prefixes = [w for w in self._prefixes if len(w) >= 4]
        # Ordinary words are never "corrected" into emergency words ("could" is not "cold").
        self._known = frozenset(known_words) | self._exact | config.negators | config.ordinary_words
        self._cache: dict[str, frozenset[tuple[str, bool]]] = {}

    # ----------------------------------------------------------------- tokens

    def tokens(self, text: str) -> list[str]:
        joined = " ".join(tokenize(text))
        for rx, to in self._rewrites:
            joined = rx.sub(to, joined)
        return joined.split()

    def _word_matches(self, tok: str) -> frozenset[tuple[str, bool]]:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        found: set[tuple[str, bool]] = set()
        if tok in self._exact:
            found.add((tok, False))
        for n in self._prefix_lengths:
            if n > len(tok):
                break
            if tok[:n] in self._prefixes:
                found.add((tok[:n], True))
        if tok not in self._known and len(tok) >= 4 and tok.isalpha():
            # one slip (two in long words), never in the first letter: "bladdr", "slured"
            for w in self._fuzzy_exact:
                k = _allowed_typos(len(w))
                if (
                    w[0] == tok[0]
                    and abs(len(w) - len(tok)) <= k
                    and OSA.distance(tok, w, score_cutoff=k) <= k
                ):
                    found.add((w, False))
            for w in self._fuzzy_prefixes:
                k = _allowed_typos(len(w))
                if len(w) == 4 and len(tok) > 6:
                    continue  # a 4-letter stem is too short to correct: "sourdough" != "slur*"
                if w[0] == tok[0] and any(
                    OSA.distance(tok[:cut], w, score_cutoff=k) <= k
                    for cut in (len(w) - 1, len(w), len(w) + 1)
                ):
                    found.add((w, True))
        result = frozenset(found)
        if len(self._cache) > _MAX_CACHE:
            self._cache.clear()
        self._cache[tok] = result
        return result

    # ----------------------------------------------------------------- matching

    def _negated_by(self, tokens: list[str]) -> list[int]:
        """For each token, the index of the negator whose scope covers it, or -1."""
        cfg = self.config
        out = [-1] * len(tokens)
        active, left = -1, 0
        for i, tok in enumerate(tokens):
            if tok in cfg.negators:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
                if nxt in cfg.pseudo_negation:
                    active, left = -1, 0
                else:
                    active, left = i, cfg.negation_scope
                continue
            if tok in cfg.scope_breakers:
                active, left = -1, 0
                continue
            if active >= 0 and left > 0:
                out[i] = active
                left -= 1
        return out

    @staticmethod
    def _term_spans(
        term: Term, at: _Positions, matches: list[frozenset[tuple[str, bool]]]
    ) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        n = len(term.words)
        for i in at.get(term.words[0], ()):
            if i + n <= len(matches) and all(term.words[j] in matches[i + j] for j in range(1, n)):
                spans.append((i, i + n))
        return spans

    def _clauses_with(self, terms: Iterable[Term], text: _Text) -> set[int]:
        return {
            text.clause[s]
            for term in terms
            for s, _ in self._term_spans(term, text.at, text.matches)
        }

    def _context(
        self, tokens: list[str], sentence: list[int], at: _Positions, matches: list[Any]
    ) -> _Context:
        cfg = self.config
        clause: list[int] = []
        current = 0
        for tok in tokens:
            if tok in (SENTENCE, CLAUSE) or tok in cfg.scope_breakers - {"and"}:
                current += 1
            clause.append(current)
        none: frozenset[int] = frozenset()
        probe = _Text(tokens, [], sentence, matches, at, clause, none, none, none, False)
        present = self._clauses_with(cfg.present, probe)
        # "... and she had no feeling in the leg now.": a clause that is only "now" (a
        # breaker word) at the end of a sentence speaks of the clause before it
        sizes = Counter(clause)
        sentence_of = {clause[i]: sentence[i] for i in range(len(tokens))}
        for c in list(present):
            first = clause.index(c)
            if c > 0 and sizes[c] <= 2 and tokens[first] in cfg.scope_breakers:
                end = first + sizes[c]
                if end >= len(tokens) or tokens[end - 1] == SENTENCE or tokens[end] == SENTENCE:
                    present.add(c - 1)
        past = self._clauses_with(cfg.past, probe)
        past |= {clause[i] for i, tok in enumerate(tokens) if _is_year(tok)}  # "in 2008"
        # "Two weeks ago, I had ...", "On 16th May 2013, ... I woke to find ...": a short clause
        # that only dates the story dates the rest of its sentence
        dating = {c for c in past if sizes[c] <= 6}
        past |= {
            c for c in set(clause) for d in dating if c > d and sentence_of[c] == sentence_of[d]
        }
        # a hypothetical ("what is happening to me, ...") is its own clause only; a conditional
        # ("my doctor said if I lost control of my bladder, bowels or ...") reaches to the end
        # of its sentence, across commas
        supposed = self._clauses_with(cfg.hypothetical, probe)
        for h in self._clauses_with(cfg.conditional, probe):
            supposed |= {c for c, s in sentence_of.items() if c >= h and s == sentence_of[h]}
        past |= supposed
        # someone else's past reaches only to the next "and": "my dad had a stroke years ago"
        # is his past, "my wife had a fall and her face is drooping" is an emergency now
        part: list[int] = []
        current = 0
        for tok, c in zip(tokens, clause, strict=True):
            if tok == "and" or not part or c != clause[len(part) - 1]:
                current += 1
            part.append(current)
        parts = _Text(tokens, [], sentence, matches, at, part, none, none, none, False)
        other_past = self._clauses_with(cfg.other_people, parts) & self._clauses_with(
            cfg.others_past, parts
        )
        now = {i for i, c in enumerate(clause) if c in present}
        not_now = frozenset(
            i for i, c in enumerate(clause) if (c in past or part[i] in other_past) and i not in now
        )
        supposed_now = frozenset(i for i, c in enumerate(clause) if c in supposed and i not in now)
        general: set[int] = set()
        first = True
        for i, tok in enumerate(tokens):
            if first and tok in cfg.question_openers:
                general.add(sentence[i])
            first = tok == SENTENCE
        lasting = self._clauses_with(cfg.long_standing, parts) | {
            part[i] for i, tok in enumerate(tokens) if _is_year(tok)
        }
        return _Context(
            clause,
            part,
            not_now,
            supposed_now,
            frozenset(general),
            bool(present),
            frozenset(lasting),
        )

    def _rule_hits(
        self, rule: EmergencyRule, text: _Text, echo: bool = False, excused: bool = True
    ) -> Hit | None:
        """The rule's first match in `text`. With `echo`, a match that only its context
        silences (the past, a hypothetical, someone else's past) counts, and with `excused`
        also one that a `not_with` term explains away (a dentist, the gym, a diagnosis)."""
        tokens, negated_by, sentence = text.tokens, text.negated_by, text.sentence
        if not (echo and excused) and any(
            self._term_spans(term, text.at, text.matches) for term in rule.not_with
        ):
            return None
        # sentences (or, with `unless_in_part`, parts) containing an `unless` term
        blocked: set[int] = set()
        where = text.part if rule.unless_in_part else sentence
        # An exception may lower an alert only when nothing in the message says it is now.
        for term in () if text.says_now else rule.unless:
            for s, _ in self._term_spans(term, text.at, text.matches):
                blocked.add(where[s])
        emergency = rule.finding in EMERGENCY_FINDINGS
        for pattern in rule.patterns:
            per_group: list[list[tuple[int, int]]] = []
            for group in pattern.groups:
                spans = [
                    (s, e)
                    for term in group
                    for s, e in self._term_spans(term, text.at, text.matches)
                    if not any(0 <= negated_by[k] < s for k in range(s, e))
                ]
                if not spans:
                    break
                per_group.append(spans)
            else:
                for combo in product(*per_group):
                    start = min(s for s, _ in combo)
                    end = max(e for _, e in combo)
                    if end - start > rule.window:
                        continue
                    ordered = sorted(combo)
                    if any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
                        continue  # one word cannot stand for two groups ("bank": back + bang)
                    if any(where[k] in blocked for k in range(start, end)):
                        continue
                    # past, hypothetical, or someone else's past; a `history` rule ignores only
                    # the past ("risk of paralysis" is still a hypothetical there)
                    silent = text.supposed if rule.history else text.not_now
                    if not echo and any(k in silent for s, e in combo for k in range(s, e)):
                        continue
                    if not emergency and sentence[start] in text.general:
                        continue  # "can diabetes cause numb feet" states no finding
                    words = " ".join(tokens[start:end])
                    tense = self._tense(text, start, end)
                    return Hit(rule.finding, pattern.source, words, tense)
        return None

    def _tense(self, text: _Text, start: int, end: int) -> str:
        """ "past" when the parts of the match ("and" splits them) tell it in the past tense
        ("I woke and couldn't move"; "has dropped" is not past), "lasting" when they call it
        long-standing ("paralyzed for 2 years"), else ""."""
        parts = {text.part[k] for k in range(start, end)}
        if parts & text.lasting:
            return "lasting"
        tokens = text.tokens
        past = any(
            text.part[i] in parts
            and tok in self.config.past_tense
            and (i == 0 or tokens[i - 1] not in _PERFECT)
            for i, tok in enumerate(tokens)
        )
        return "past" if past else ""

    def hits(self, text: str) -> list[Hit]:
        """Every rule that fires on `text` (at most one hit per rule)."""
        prepared = self._prepare(text)
        silenced = self._long_standing(prepared)
        out: list[Hit] = []
        for rule in self.config.rules:
            hit = self._rule_hits(rule, prepared)
            if hit is None:
                continue
            # a message framed as long-standing silences only what it tells in the past tense
            # ("in 2013 ... I woke and couldn't move") or calls long-standing in the same
            # sentence ("paralyzed for 2 years"), not a present sign beside an old story
            # ("I've been diabetic for 20 years. My face is drooping")
            if rule.finding in silenced and hit.tense:
                continue
            out.append(hit)
        return out

    def echoes(self, text: str, excused: bool = True) -> list[str]:
        """Emergency findings that `text` speaks of without stating them as true now: a stroke
        years ago, "what if my face droops", a friend's cauda equina. Such a message is about
        when to worry (the emergency FAQ), not an emergency. Without `excused`, a mention that
        a `not_with` term explains ("the dentist numbed my lip") does not count."""
        prepared = self._prepare(text)
        found = {
            rule.finding
            for rule in self.config.rules
            if rule.finding in EMERGENCY_FINDINGS
            and self._rule_hits(rule, prepared, echo=True, excused=excused) is not None
        }
        return [f for f in EMERGENCY_FINDINGS if f in found]

    def _prepare(self, text: str) -> _Text:
        tokens = self.tokens(text)
        sentence: list[int] = []
        current = 0
        for tok in tokens:
            sentence.append(current)
            if tok == SENTENCE:
                current += 1
        matches = [self._word_matches(tok) for tok in tokens]
        at: _Positions = {}
        for i, ws in enumerate(matches):
            for w in ws:
                at.setdefault(w, []).append(i)
        ctx = self._context(tokens, sentence, at, matches)
        return _Text(
            tokens,
            self._negated_by(tokens),
            sentence,
            matches,
            at,
            ctx.clause,
            ctx.not_now,
            ctx.supposed,
            ctx.general,
            ctx.says_now,
            ctx.part,
            ctx.lasting,
        )

    def _long_standing(self, text: _Text) -> frozenset[str]:
        """The findings a message may silence by telling of a long-standing condition and
        nothing of today ("I have been living with foot drop since 2020 ... I woke up and
        couldn't move my foot" is that day's story, years ago)."""
        cfg = self.config
        if not cfg.long_standing_silences:
            return frozenset()
        said = bool(self._clauses_with(cfg.long_standing, text))
        dated = any(_is_year(tok) for tok in text.tokens)
        if not (said or dated) or self._clauses_with(cfg.strong_present, text):
            return frozenset()
        return cfg.long_standing_silences

    def read(self, text: str) -> list[str]:
        """Every finding `text` states as true now, in TRIAGE.md order, no duplicates."""
        found = {h.finding for h in self.hits(text)}
        return [f for f in ALL_FINDINGS if f in found]

    def detect(self, text: str) -> list[str]:
        """The emergency findings described in `text`, in TRIAGE.md order, no duplicates."""
        found = {h.finding for h in self.hits(text)}
        return [f for f in EMERGENCY_FINDINGS if f in found]
