"""What in one message excuses one emergency rule's matches: the causes that explain them
(`not_with`), the frames that date them ("years ago"), the endings that close them ("it
resolved"), the exceptions that lower them (`unless`: "sat cross-legged"), the work a writer
asks about (`never_with`: a novel, an exam) and the causes the rule needs (`needs`: a cancer,
an epidural).

Worked out once per rule and message (`scope`), then asked of each match (`Scope.excuses`);
`bot/ask/emergency.py` finds the matches and reads their context (past, supposed, someone
else's). Pure logic over a `Prepared` text; hand-written for the reasons given there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.ask.compiled import Compiled
from bot.ask.episodes import explained_sentences
from bot.ask.prepared import Prepared
from bot.ask.pressure import rule_excuses
from bot.ask.tenses import tense
from bot.ask.whose import own, told_beside_work
from bot.content.emergency_models import EmergencyConfig, EmergencyPattern, EmergencyRule

__all__ = ["Scope", "episode_start", "scope"]


@dataclass(frozen=True)
class Scope:
    """One rule's excuses in one message, by token and sentence."""

    # the spans of causes the message denies ("it's not from the anaesthetic"): they explain
    # nothing, but their own words read no sign ("I have not had a wee dram")
    denied: tuple[tuple[int, int], ...]
    # a cause the writer tells of themselves explains the writer's sign, not another person's
    mine_only: bool
    # the sentences a frame dates, and those of them not someone else's past
    framed: frozenset[int]
    framed_ours: frozenset[int]
    # with a frame, the last sentence that says a story goes on now (`going_on`; -1: none)
    going_on: int
    # where the last ending starts and ends (-1 without one)
    ended_at: int
    ended_end: int
    # the message asks about the writer's work (`never_with`)
    for_work: bool
    # the sentences (or parts) an `unless` term lowers, for matches before `blocked_until`
    blocked: frozenset[int]
    where: Sequence[int]
    blocked_until: int
    # the sentences of an episode a harmless cause explains in a message that says it is over
    ended: frozenset[int]

    def excuses(
        self,
        cfg: EmergencyConfig,
        rule: EmergencyRule,
        pattern: EmergencyPattern,
        text: Prepared,
        start: int,
        end: int,
    ) -> bool:
        """Whether the match at start..end of `pattern` is explained away in `text`."""
        sentence = text.sentence
        if any(start < de and ds < end for ds, de in self.denied):
            return True  # a denied cause's own words are the match's
        inside = range(start, end)
        if any(sentence[k] in self.ended for k in inside) or (
            start < self.blocked_until and any(self.where[k] in self.blocked for k in inside)
        ):
            return True
        episode = episode_start(rule, text, start)
        # ... unless a word after it says the sign came again ("... wore off fine, but since
        # this afternoon my legs have gone tingly and numb again"): a new episode (not "... all
        # fine. Now my foot goes tingly when I sit cross-legged")
        if (
            episode < self.ended_at
            and not any(
                k >= self.ended_end and (k < end or sentence[k] == sentence[end - 1])
                for k in text.again_at
            )
            # ... or the sign starts in a sentence that opens on a later day ("... wore off
            # fine Tuesday night ... Today (Fri) my right leg has gone numb")
            and not any(
                k >= self.ended_end and sentence[k] == sentence[start] for k in text.new_day_at
            )
        ):
            return True  # "... couldn't move my left leg. It resolved by the evening"
        if self.framed and (
            sentence[start] in self.framed
            or sentence[episode] in self.framed
            or (
                self.framed_ours
                and sentence[start] not in text.ctx.now_in
                # ... unless every frame is told before the match and a later sentence says
                # its story goes on now ("My sciatica got better after physio last year. ...
                # Woke up with my foot pale ... it's no better"): the frame dates another story
                and not (max(self.framed) < sentence[start] < self.going_on)
                and (
                    # a name ("a past stroke", "GBS coming back"): no tense
                    (len(pattern.groups) == 1 and end - start <= 2)
                    or tense(cfg, text.tokens, text.ctx, start, end)
                )
            )
        ):
            return True  # "... years ago. I couldn't move my legs for a week"
        if self.mine_only and own(cfg, text, start, end):
            return True  # the writer's own cause explains the writer's sign
        # "last night on Casualty a biker's leg went cold and blue"
        return self.for_work and not told_beside_work(cfg, text, start, end)


def _going_on_now(cfg: EmergencyConfig, text: Prepared) -> int:
    """The last sentence that says a story is still going now, or -1: one told as now that
    neither ends an episode nor tells someone is well (`well_now`, undenied: "Today he's
    absolutely fine" does not; "Took the bandage off an hour ago and it's no better" does)."""
    well = {
        text.sentence[i]
        for i, token in enumerate(text.tokens)
        if token in cfg.well_now and text.negated_by[i] < 0
    }
    going = text.ctx.now_in - text.ctx.ended_in - well
    return max(going, default=-1)


def episode_start(rule: EmergencyRule, text: Prepared, start: int) -> int:
    """Where the episode of a match at `start` begins: at its rule's `needs` cause told
    nearest before it ("the epidural ... all fine ... my feet go tingly" ended with the
    epidural's episode), else at the match."""
    causes = [s for term in rule.needs for s, _ in text.undenied(term) if s <= start]
    return max(causes, default=start)


def scope(
    cfg: EmergencyConfig,
    rules: Compiled,
    rule: EmergencyRule,
    text: Prepared,
    echo: bool,
    excused: bool,
) -> Scope | None:
    """`rule`'s excuses in `text`, or None when they explain every match it could have there
    (a cause the writer tells of everyone in it, work with nothing said to be now, a cause the
    rule needs not told). With `echo` and `excused` (a sign spoken of, `echoes`), no cause,
    frame or ending counts."""
    negated_by, sentence = text.negated_by, text.sentence
    aside = rule.set_aside
    if (
        aside
        and (text.ctx.strong_now or text.now_sentences or text.told_now_at)
        and not text.ctx.over
    ):
        aside = ()  # "... leg day last week. Now both my legs have gone weak" (but "... a
        # half marathon yesterday, both legs like jelly after, today tingle gone" is over);
        # "One of my students told me ... My foot is ice cold and blue." (`told_now_at`)
    excusing = not (echo and excused)
    excuses = rules.excuses[id(rule)]
    frames = (*excuses.frames, *excuses.aside_frames) if aside else excuses.frames
    explained = (*excuses.causes, *excuses.aside_causes) if aside else excuses.causes
    # a cause explains every match, but one the writer tells of themselves ("I was at the
    # dentist on Monday") not another person's ("... my husband's face has dropped")
    mine_only = False
    denied: list[tuple[int, int]] = []
    if excusing:
        present = text.in_text(explained)
        causes = [span for term in present for span in text.undenied(term)]
        denied = [sp for term in present for sp in text.spans(term) if negated_by[sp[0]] >= 0]
        if causes:
            if not text.others or not all(own(cfg, text, s, e) for s, e in causes):
                return None
            mine_only = True
    # a frame (`frames`: "years ago") explains a match in its own sentence or in its `needs`
    # cause's, and elsewhere one in a sentence not told as now, if told in the past tense
    # or a name ("Stroke survivor here ... a past stroke")
    starts = [s for s, _ in text.undenied_of(frames)] if excusing else []
    framed = frozenset(sentence[s] for s in starts)
    # ... but someone else's past ("my mum had a stroke years ago") frames nothing told
    # outside its sentence in a message that tells anything in the present tense
    framed_ours = (
        frozenset(sentence[s] for s in starts if text.ctx.part[s] not in text.ctx.others_past)
        if framed and text.ctx.present_in - framed
        else framed
    )
    going_on = _going_on_now(cfg, text) if framed else -1
    # an ending (`endings`: "resolved", "back to normal") explains only a match it follows
    # (an "again" word inside the ending itself - "comes back when i get up" - tells nothing
    # new: only one after it does)
    ended_at, ended_end = (
        max(text.undenied_of(excuses.endings), default=(-1, -1)) if excusing else (-1, -1)
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
            (
                echo
                or rule.needs_named
                or (s not in text.ctx.supposed and sentence[s] not in text.ctx.general)
            )
            and not (rule.needs_recent and s in text.ctx.not_now)
            and s not in text.ctx.retracted
            for s, _ in text.undenied_of(needed)
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
    unless, unless_over = rule_excuses(cfg, text, rule)
    if not (text.ctx.says_now and not text.ctx.over):
        blocked.update(where[s] for s, _ in text.undenied_of(unless))
    # ... where it is allowed only because the message is over, only for a match before
    # the ending ("My back pain has resolved. ... I sat down and my leg went cold and
    # white" is not over)
    blocked_until = text.ctx.last_ending if text.ctx.says_now else len(text.tokens)
    # ... and when the message says it is over, a harmless cause explains the episode it
    # opens (`bot/ask/episodes.py`)
    ended = (
        explained_sentences(text.ctx, unless_over, text.spans, text.tokens, sentence, negated_by)
        if text.ctx.over
        else set()
    )
    return Scope(
        denied=tuple(denied),
        mine_only=mine_only,
        framed=framed,
        framed_ours=framed_ours,
        going_on=going_on,
        ended_at=ended_at,
        ended_end=ended_end,
        for_work=for_work,
        blocked=frozenset(blocked),
        where=where,
        blocked_until=blocked_until,
        ended=frozenset(ended),
    )
