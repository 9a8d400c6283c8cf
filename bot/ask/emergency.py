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
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ask.compiled import compile_rules
from bot.ask.episodes import explained_sentences
from bot.ask.frames import dates, long_standing, silences
from bot.ask.prepared import Prepared, prepare
from bot.ask.pressure import rule_excuses
from bot.ask.spans import within
from bot.ask.tenses import tense
from bot.ask.vocabulary import Vocabulary
from bot.ask.whose import joins_others_past, others_history, own, told_beside_work
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
            all(any(text.spans(t) for t in group) for group in pattern.groups)
            for pattern in rule.patterns
        ):
            return None  # most rules: some group's words are not in the message at all
        aside = rule.set_aside
        if aside and (text.ctx.strong_now or text.now_sentences) and not text.ctx.over:
            aside = ()  # "... leg day last week. Now both my legs have gone weak" (but "... a
            # half marathon yesterday, both legs like jelly after, today tingle gone" is over)
        excusing = not (echo and excused)
        excuses = self._rules.excuses[id(rule)]
        frames = (*excuses.frames, *excuses.aside_frames) if aside else excuses.frames
        explained = (*excuses.causes, *excuses.aside_causes) if aside else excuses.causes
        # a cause explains every match, but one the writer tells of themselves ("I was at the
        # dentist on Monday") not another person's ("... my husband's face has dropped")
        mine_only = False
        # a cause that is denied explains nothing ("it's not from the anaesthetic"), but its
        # words still read no sign of their own ("I have not had a wee dram": no "wee" there)
        denied: list[tuple[int, int]] = []
        if excusing:
            causes = [span for term in explained for span in text.undenied(term)]
            denied = [sp for term in explained for sp in text.spans(term) if negated_by[sp[0]] >= 0]
            if causes:
                if not text.others or not all(own(self.config, text, s, e) for s, e in causes):
                    return None
                mine_only = True
        # a frame (`frames`: "years ago") explains a match in its own sentence or in its `needs`
        # cause's, and elsewhere one in a sentence not told as now, if told in the past tense
        # or a name ("Stroke survivor here ... a past stroke")
        starts = [s for term in frames for s, _ in text.undenied(term)] if excusing else []
        framed = {sentence[s] for s in starts}
        # ... but someone else's past ("my mum had a stroke years ago") frames nothing told
        # outside its sentence in a message that tells anything in the present tense
        framed_ours = (
            {sentence[s] for s in starts if text.ctx.part[s] not in text.ctx.others_past}
            if framed and text.ctx.present_in - framed
            else framed
        )
        # an ending (`endings`: "resolved", "back to normal") explains only a match it follows
        ended_at = (
            max((s for term in excuses.endings for s, _ in text.undenied(term)), default=-1)
            if excusing
            else -1
        )
        # Someone asking for their work (`never_with`: a novel, an exam) tells of no sign of their
        # own, unless the message says now and the match's part speaks of the writer ("I was
        # revising for my exam and now both my legs have gone weak"), or the writer tells it of
        # themselves now in a sentence of their own (`told_now_at`: "My face is drooping")
        for_work = text.never and not (echo and excused)
        if for_work and not (text.ctx.strong_now or text.now_sentences or text.told_now_at):
            return None
        for needed in (rule.needs, rule.needs_also):
            if needed and not any(
                negated_by[s] < 0
                and (
                    echo
                    or rule.needs_named
                    or (s not in text.ctx.supposed and sentence[s] not in text.ctx.general)
                )
                and not (rule.needs_recent and s in text.ctx.not_now)
                and s not in text.ctx.retracted
                for term in needed
                for s, _ in text.spans(term)
            ):
                return None  # "no history of cancer", "could it be cancer?", "has anyone had a
                # steroid injection?"
        # sentences (or, with `unless_in_part`, parts) containing an `unless` term
        blocked: set[int] = set()
        where = text.ctx.part if rule.unless_in_part else sentence
        # An exception may lower an alert only when nothing in the message says it is now
        # (or the message says it is over: "... sat cross-legged ... it's totally fine now"),
        # and only when it is not denied ("I wasn't sitting on it", "I'm not drunk").
        # ... but no seat or posture the writer says pressed on nothing (`pressure.py`)
        unless, unless_over = rule_excuses(self.config, text, rule)
        for term in () if text.ctx.says_now and not text.ctx.over else unless:
            for s, _ in text.spans(term):
                if negated_by[s] < 0:
                    blocked.add(where[s])
        # ... where it is allowed only because the message is over, only for a match before
        # the ending ("My back pain has resolved. ... I sat down and my leg went cold and
        # white" is not over)
        blocked_until = text.ctx.last_ending if text.ctx.says_now else len(tokens)
        # ... and when the message says it is over, a harmless cause explains the episode it
        # opens (`bot/ask/episodes.py`)
        ended = (
            explained_sentences(text.ctx, unless_over, text.spans, tokens, sentence, negated_by)
            if text.ctx.over
            else set()
        )
        emergency = rule.finding in EMERGENCY_FINDINGS
        # one word naming a body part is no sign of an emergency, in any group ("infected
        # ulcer ... last year ... foot looks fine now"; not "both legs")
        parts = self.config.body_parts if emergency else frozenset()
        told_in_needs = id(rule) in self._rules.history_needed
        told_before: Hit | None = None
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
                    if any(start < de and ds < end for ds, de in denied):
                        continue  # a denied cause's own words are the match's
                    inside = range(start, end)
                    if any(sentence[k] in ended for k in inside) or (
                        start < blocked_until and any(where[k] in blocked for k in inside)
                    ):
                        continue
                    episode = self._episode_start(rule, text, start)
                    if episode < ended_at:
                        continue  # "... couldn't move my left leg. It resolved by the evening"
                    if framed and (
                        sentence[start] in framed
                        or sentence[episode] in framed
                        or (
                            framed_ours
                            and sentence[start] not in text.ctx.now_in
                            and (
                                # a name ("a past stroke", "GBS coming back"): no tense
                                (len(pattern.groups) == 1 and end - start <= 2)
                                or tense(self.config, tokens, text.ctx, start, end)
                            )
                        )
                    ):
                        continue  # "... years ago. I couldn't move my legs for a week"
                    # a hypothetical silences a match it touches at all; the past or someone
                    # else's past only one it covers in every group ("two weeks ago he said
                    # his toe smelled. ... a big pus ball" is now); a `history` rule ignores
                    # the past ("risk of paralysis" is still a hypothetical there)
                    supposed = text.ctx.supposed
                    silent = supposed if rule.history else text.ctx.not_now
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
                    if not echo and text.ctx.retracted.issuperset(range(start, end)):
                        continue  # "my face feels droopy ... wait no, it's the dentist's"
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
                    # walk"), is no one's now ("... when I sit cross-legged my leg tingles")
                    if (
                        not echo
                        and rule.history
                        and others_history(
                            self.config,
                            text,
                            [c for c, h in zip(combo, history, strict=True) if h],
                            rule.needs if told_in_needs else (),
                        )
                    ):
                        continue
                    if not echo and text.elsewhere and not own(self.config, text, start, end):
                        continue  # "he's been admitted with a cold white leg", far away
                    if mine_only and own(self.config, text, start, end):
                        continue  # the writer's own cause explains the writer's sign
                    if for_work and not told_beside_work(self.config, text, start, end):
                        continue  # "last night on Casualty a biker's leg went cold and blue"
                    if not emergency and sentence[start] in text.ctx.general:
                        continue  # "can diabetes cause numb feet" states no finding
                    words = " ".join(tokens[start:end])
                    told = tense(self.config, tokens, text.ctx, start, end)
                    if not told or not want_now:
                        return Hit(rule.finding, pattern.source, words, told, start, end)
                    if told_before is None:
                        told_before = Hit(rule.finding, pattern.source, words, told, start, end)
        return told_before

    @staticmethod
    def _episode_start(rule: EmergencyRule, text: Prepared, start: int) -> int:
        """Where the episode of a match at `start` begins: at its rule's `needs` cause told
        nearest before it ("the epidural ... all fine ... my feet go tingly" ended with the
        epidural's episode), else at the match."""
        causes = [
            s
            for term in rule.needs
            for s, _ in text.spans(term)
            if s <= start and text.negated_by[s] < 0
        ]
        return max(causes, default=start)

    def names_a_history(self, text: str) -> bool:
        """Whether `text` names a history that `history_only` findings need (`history_marks`:
        a cancer, its drugs, its spread to the bones)."""
        prepared = self._prepare(text)
        return any(prepared.spans(term) for term in self.config.history_marks)

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
