"""Reading typed text into TRIAGE.md findings, driven by ``emergency.toml`` + ``findings.toml``.

Pure and independent of topic matching. See the comments at the top of ``emergency.toml``
for the pattern language (with named concepts), negation, context and typo handling. This
module finds each rule's matches and reads their context (past, supposed, someone else's);
what excuses a rule's matches in a message (causes, frames, endings, exceptions) is
``rule_scope.py``.

Why hand-written: the context rules are the ConText algorithm (negation, temporality,
hypotheticals, experiencer, each with a trigger and a scope that ends at a clause breaker),
kept small so that every message is read in well under a millisecond, with typo tolerance
tuned for this vocabulary. medspaCy's ConText does the same on top of spaCy, whose import
alone costs more than the bot's whole start-up budget (see the README's measurements).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ask.compiled import compile_rules
from bot.ask.frames import dates, long_standing, silences
from bot.ask.prepared import Prepared, prepare
from bot.ask.rule_scope import scope
from bot.ask.spans import within
from bot.ask.tenses import tense
from bot.ask.vocabulary import Vocabulary
from bot.ask.whose import joins_others_past, others_history, own
from bot.content.emergency_models import EmergencyConfig, EmergencyRule
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS

__all__ = ["EmergencyDetector", "Hit"]


@dataclass(frozen=True)
class Hit:
    finding: str
    pattern: str
    words: str  # the matched words, for explanations and tests
    # "past" when the sentence of the match tells it in the past tense, "lasting" when that
    # sentence itself says it is long-standing ("paralyzed ... for 2 years")
    tense: str = ""
    # where the match starts (its first token), for what frames it; not part of its identity
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)


class EmergencyDetector:
    """Compiled emergency rules. `detect(text)` returns the emergency findings, TRIAGE order."""

    def __init__(self, config: EmergencyConfig, known_words: Iterable[str] = ()) -> None:
        self.config = config
        self.vocabulary = Vocabulary(config, known_words)
        # the last text prepared: `answer` reads a message and may then look for red flags
        # spoken of (`echoes`) in the same message
        self._last: tuple[str, Prepared] | None = None
        self._last_scan: tuple[str, list[Hit], list[str]] | None = None
        # each rule's words and terms worked out once (`compiled.py`)
        self._rules = compile_rules(config)

    @property
    def history_only(self) -> frozenset[str]:
        """The findings that only a history makes (`Compiled.history_only`)."""
        return self._rules.history_only

    # ----------------------------------------------------------------- tokens

    def tokens(self, text: str) -> list[str]:
        """`text`'s tokens after the slips and rewrites (those of the message last read, when
        it is the same: the rewrites are most of the cost of reading a long message)."""
        last = self._last
        if last is not None and last[0] == text:
            return list(last[1].tokens)
        return self.vocabulary.tokens(text)

    # ----------------------------------------------------------------- matching

    def _rule_hits(
        self,
        rule: EmergencyRule,
        text: Prepared,
        echo: bool = False,
        excused: bool = True,
        want_now: bool = False,
    ) -> Hit | None:
        """The rule's first match in `text`; with `want_now` (a message framed as
        long-standing, which silences matches told in the past or as long-standing), its first
        match told as now if it has one ("... it was like I wasn't in charge of my leg or foot
        anymore. My foot is ice cold and blue." is now). With `echo`, a match that only its
        context silences (the past, a hypothetical, someone else's past) counts, and with
        `excused` also one that a `not_with` term explains away (a dentist, the gym, a
        diagnosis)."""
        tokens, negated_by, sentence = text.tokens, text.negated_by, text.sentence
        present = text.at.keys()
        if not any(
            all(not present.isdisjoint(firsts) for firsts in groups)
            for groups in self._rules.firsts[id(rule)]
        ) or not any(
            all(any(text.spans(t) for t in text.in_text(group)) for group in pattern.groups)
            for pattern in rule.patterns
        ):
            return None  # most rules: some group's words are not in the message at all
        excuses = scope(self.config, self._rules, rule, text, echo, excused)
        if excuses is None:
            return None
        emergency = rule.finding in EMERGENCY_FINDINGS
        # one word naming a body part is no sign of an emergency, in any group ("infected
        # ulcer ... last year ... foot looks fine now"; not "both legs")
        parts = self.config.body_parts if emergency else frozenset()
        told_in_needs = id(rule) in self._rules.history_needed
        told_before: Hit | None = None
        # what silences a match: a `history` rule ignores the past ("risk of paralysis" is
        # still a hypothetical there); a `counts_if_passed` one a past told only by its ending
        supposed = text.ctx.supposed
        silent = (
            supposed
            if rule.history
            else text.ctx.not_now - text.ctx.ended_only
            if rule.counts_if_passed
            else text.ctx.not_now
        )
        for pattern in rule.patterns:
            per_group: list[list[tuple[int, int]]] = []
            for group in pattern.groups:
                spans = [
                    (s, e)
                    for term in group
                    for s, e in text.spans(term)
                    if not any(0 <= negated_by[k] < s for k in range(s, e))
                ]
                if not spans:
                    break
                per_group.append(spans)
            else:
                body, history = self._rules.kinds[id(pattern)]
                for combo in within(per_group, rule.window):
                    start = min(s for s, _ in combo)
                    end = max(e for _, e in combo)
                    ordered = sorted(combo)
                    if any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
                        continue  # one word cannot stand for two groups ("bank": back + bang)
                    if excuses.excuses(self.config, rule, pattern, text, start, end):
                        continue
                    # a hypothetical silences a match it touches at all; the past or someone
                    # else's past only one it covers in every group ("two weeks ago he said
                    # his toe smelled. ... a big pus ball" is now)
                    signs = [
                        (s, e)
                        for (s, e), b in zip(combo, body, strict=True)
                        if not b and not (e - s == 1 and tokens[s] in parts)
                    ]
                    if not echo and (
                        any(k in supposed for s, e in combo for k in range(s, e))
                        or all(any(k in silent for k in range(s, e)) for s, e in signs or combo)
                    ):
                        continue
                    if not echo and joins_others_past(self.config, text, combo):
                        continue
                    retracted = text.ctx.retracted
                    if not echo and (
                        retracted.issuperset(range(start, end))
                        or (signs and all(retracted.issuperset(range(s, e)) for s, e in signs))
                    ):
                        continue  # "my face feels droopy ... wait no, it's the dentist's";
                        # "my legs are dead after a 14 hour saturday, can barely stand lol. not
                        # literally": its signs all taken back, whatever body part is left
                    # ... but its new signs must not all belong to an old story that the
                    # message says has ended ("in 2022 my cancer came back in my spine and
                    # my legs went numb ... I walked out of hospital two weeks later"); told
                    # only in the past ("last month ... my leg went weak") they still count
                    new = [c for c, h in zip(combo, history, strict=True) if not h]
                    if (
                        not echo
                        and rule.history
                        and new
                        and (len(new) < len(combo) or told_in_needs)
                        and all(
                            any(k in text.ctx.closed_story for k in range(s, e)) for s, e in new
                        )
                    ):
                        continue
                    # ... and a history that is only someone else's, told with their death
                    # ("my dad died of cancer that spread to his spine, he ended up unable to
                    # walk") or beside signs that are the writer's own, is no one's now ("...
                    # when I sit cross-legged my leg tingles")
                    if (
                        not echo
                        and rule.history
                        and others_history(
                            self.config,
                            text,
                            [c for c, h in zip(combo, history, strict=True) if h],
                            rule.needs if told_in_needs else (),
                            new,
                        )
                    ):
                        continue
                    if not echo and text.elsewhere and not own(self.config, text, start, end):
                        continue  # "he's been admitted with a cold white leg", far away
                    if not emergency and sentence[start] in text.ctx.general:
                        continue  # "can diabetes cause numb feet" states no finding
                    words = " ".join(tokens[start:end])
                    told = tense(self.config, tokens, text.ctx, start, end)
                    if not told or not want_now:
                        return Hit(rule.finding, pattern.source, words, told, start, end)
                    if told_before is None:
                        told_before = Hit(rule.finding, pattern.source, words, told, start, end)
        return told_before

    def names_a_history(self, text: str) -> bool:
        """Whether `text` names a history that `history_only` findings need (`history_marks`:
        a cancer, its drugs, its spread to the bones)."""
        prepared = self._prepare(text)
        return any(prepared.spans(term) for term in self.config.history_marks)

    def names_the_chest(self, text: str) -> bool:
        """Whether `text` speaks of the chest, the breath, the heart or a faint, undenied
        (`chest_marks`): "I'm not short of breath and have no chest pain" does not."""
        prepared = self._prepare(text)
        return any(prepared.undenied(term) for term in self.config.chest_marks)

    def hits(self, text: str) -> list[Hit]:
        """Every rule that fires on `text` (at most one hit per rule)."""
        return self._scan(text)[0]

    def looked_back(self, text: str) -> list[str]:
        """Emergency findings that `text` tells in the past tense beside an old story, and
        that the story's frame alone keeps from being read as now ("I was diagnosed with
        diabetes in 2015. Both my legs suddenly went weak."): told of then, perhaps, but the
        chat asks the person to act if it is happening now."""
        found = set(self._scan(text)[1])
        return [f for f in EMERGENCY_FINDINGS if f in found]

    def _scan(self, text: str) -> tuple[list[Hit], list[str]]:
        scanned = self._last_scan
        if scanned is not None and scanned[0] == text:
            return list(scanned[1]), list(scanned[2])
        prepared = self._prepare(text)
        frames = long_standing(
            self.config,
            prepared.tokens,
            prepared.ctx,
            prepared.sentence,
            prepared.at,
            prepared.matches,
        )
        silenced = silences(self.config, frames, prepared.ctx, prepared.tokens)
        out: list[Hit] = []
        back: list[str] = []
        for rule in self.config.rules:
            hit = self._rule_hits(rule, prepared, want_now=rule.finding in silenced)
            if hit is None:
                continue
            # a message framed as long-standing silences only what it tells in the past tense
            # ("in 2013 ... I woke and couldn't move") or calls long-standing in the same
            # sentence ("paralyzed for 2 years"), not a present sign beside an old story
            # ("I've been diabetic for 20 years. My face is drooping")
            if (
                rule.finding in silenced
                and hit.tense
                and dates(
                    frames,
                    prepared.sentence,
                    hit.start,
                    hit.end,
                    # whose sign, read only when a frame is someone else's
                    any(f.others for f in frames)
                    and own(self.config, prepared, hit.start, hit.end),
                )
            ):
                if hit.tense == "past" and rule.finding in EMERGENCY_FINDINGS:
                    back.append(rule.finding)
                continue
            out.append(hit)
        self._last_scan = (text, out, back)
        return list(out), list(back)

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

    def _prepare(self, text: str) -> Prepared:
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        prepared = prepare(self.config, self.vocabulary, self._rules.people, text)
        self._last = (text, prepared)
        return prepared

    def read(self, text: str) -> list[str]:
        """Every finding `text` states as true now, in TRIAGE.md order, no duplicates."""
        found = {h.finding for h in self.hits(text)}
        return [f for f in ALL_FINDINGS if f in found]

    def detect(self, text: str) -> list[str]:
        """The emergency findings described in `text`, in TRIAGE.md order, no duplicates."""
        found = {h.finding for h in self.hits(text)}
        return [f for f in EMERGENCY_FINDINGS if f in found]
