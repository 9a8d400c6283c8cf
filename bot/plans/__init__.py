"""Movement plans, decided: which plan fits a symptom-check outcome or a topic, the safety rules,
the next exercise of a reminder, and the walking programme's progress. Pure: no Telegram, no SQL.

Safety rules (each has a test that fails when it is broken, tests/test_plans.py):

1. No plan is offered while the latest symptom check ended at ``consultation_24`` or higher
   (get advice today, or an emergency), until the person says they have been seen
   (`PlanSafety.blocked`).
2. A person whose latest symptom check found signs of a clot (DVT, the ``dvt_signs`` finding) is
   never shown an exercise that stretches or massages the leg (``leg_stretch = true`` in
   exercises.toml): not in a plan, not in the general mix, not in a reminder
   (`allowed_exercises`). A plan that includes any such exercise is not offered at all; a plan
   chosen earlier keeps only its allowed exercises (the general mix when none are left).
3. Every exercise says when to stop: the content reader requires a `stop` line on each one, and
   `unsafe_exercises` lists any without (checked again by `pinbot content check`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Final

from bot.content.models import Exercise
from bot.content.plans import Plan
from bot.reminders.pick import pick_next

__all__ = [
    "BLOCKING_LEVEL",
    "CLOT_FINDINGS",
    "PlanSafety",
    "WeekProgress",
    "allowed_exercises",
    "offerable_plans",
    "pick_exercise",
    "plans_for_findings",
    "plans_for_topic",
    "progress_lines",
    "unsafe_exercises",
    "validate_plans",
    "week_progress",
]

#: The lowest symptom-check level at which plans wait until the person has been seen.
BLOCKING_LEVEL: Final = "consultation_24"
#: Symptom-check findings that mean signs of a clot in the leg (TRIAGE.md).
CLOT_FINDINGS: Final = frozenset({"dvt_signs"})
#: A plan needs at least this many allowed exercises to be offered.
MIN_ALLOWED = 2


@dataclass(frozen=True, slots=True)
class PlanSafety:
    """What the safety rules need to know about a person (from `bot.storage.plans_store`)."""

    #: outcome level of the latest symptom check (None: never did one)
    check_level: str | None = None
    #: the person said they have been seen since that check
    seen: bool = False
    #: the latest symptom check found signs of a clot
    clot: bool = False

    def blocked(self, rank: Mapping[str, int]) -> bool:
        """Rule 1: the latest check was `consultation_24` or more urgent and not yet seen.
        An unknown level counts as urgent (the cautious answer)."""
        if self.check_level is None or self.seen:
            return False
        return rank.get(self.check_level, 1 << 30) >= rank[BLOCKING_LEVEL]


def allowed_exercises(exercises: Iterable[Exercise], safety: PlanSafety) -> list[Exercise]:
    """Rule 2: without leg stretches or massage after signs of a clot."""
    return [e for e in exercises if not (safety.clot and e.leg_stretch)]


def _plan_exercises(
    plan: Plan, exercises: Mapping[str, Exercise], safety: PlanSafety
) -> list[Exercise]:
    return allowed_exercises((exercises[i] for i in plan.exercises if i in exercises), safety)


def offerable_plans(
    plans: Iterable[Plan],
    exercises: Mapping[str, Exercise],
    safety: PlanSafety,
    rank: Mapping[str, int],
) -> list[Plan]:
    """The plans a person may be offered now (rules 1 and 2), in content order."""
    if safety.blocked(rank):
        return []
    out = []
    for p in plans:
        own = [exercises[i] for i in p.exercises if i in exercises]
        if safety.clot and any(e.leg_stretch for e in own):
            continue  # a stretching plan is never offered after signs of a clot
        if len(allowed_exercises(own, safety)) >= MIN_ALLOWED:
            out.append(p)
    return out


def plans_for_findings(plans: Iterable[Plan], findings: Iterable[str]) -> list[Plan]:
    """Plans suggested by a symptom check's findings, in content order."""
    found = set(findings)
    return [p for p in plans if found & set(p.findings)]


def plans_for_topic(plans: Iterable[Plan], topic_id: str) -> list[Plan]:
    return [p for p in plans if topic_id in p.topics]


def pick_exercise(
    exercises: Mapping[str, Exercise],
    plan: Plan | None,
    safety: PlanSafety,
    last_id: str | None,
    seq: int,
) -> Exercise:
    """The exercise for reminder number `seq`: from the plan (or every exercise without one),
    never a leg stretch after signs of a clot; rotation as `bot.reminders.pick.pick_next`.
    Falls back to the general mix when the plan has nothing allowed left."""
    pool = _plan_exercises(plan, exercises, safety) if plan is not None else []
    if not pool:
        pool = allowed_exercises(exercises.values(), safety)
    if not pool:
        raise ValueError("no exercise is allowed")
    return pick_next(pool, last_id, seq)


def unsafe_exercises(exercises: Iterable[Exercise]) -> list[str]:
    """Rule 3: ids of exercises that do not say when to stop."""
    return [e.id for e in exercises if not e.stop.strip()]


# --- the walking programme's progress ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekProgress:
    walks: int
    minutes: int
    goal: int
    last_week_minutes: int


def _week_start(now: datetime, tz: tzinfo) -> datetime:
    local = now.astimezone(tz)
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday


def week_progress(
    plan: Plan, done: Sequence[tuple[str, datetime]], now: datetime, tz: tzinfo
) -> WeekProgress | None:
    """This local week's (Monday 00:00 on) walking minutes from reminders marked Done: each
    Done on one of the plan's first exercise (the walk) counts `session_min`. None for a plan
    without a weekly goal. `done`: (exercise id, when) pairs since at least last Monday."""
    if not plan.weekly_goal_min or not plan.exercises:
        return None
    walk = plan.exercises[0]
    start = _week_start(now, tz)
    prev = _week_start(start - timedelta(days=1), tz)
    this_week = sum(1 for ex, at in done if ex == walk and start <= at <= now)
    last_week = sum(1 for ex, at in done if ex == walk and prev <= at < start)
    return WeekProgress(
        walks=this_week,
        minutes=this_week * plan.session_min,
        goal=plan.weekly_goal_min,
        last_week_minutes=last_week * plan.session_min,
    )


def progress_lines(
    t: Callable[..., str],
    plan: Plan | None,
    done: Sequence[tuple[str, datetime]],
    now: datetime,
    tz: tzinfo,
) -> list[str]:
    """Lines for /stats about the person's plan; empty without a plan. `t` renders an
    interface text (`Texts.t`): ``plans.stats_plan`` (name), ``plans.stats_walk_week``
    (minutes, goal, walks), ``plans.stats_walk_goal_met``, ``plans.stats_walk_last_week``
    (minutes). `done`: `PlanStore.done_since(user, now - 14 days)`."""
    if plan is None:
        return []
    out = [t("plans.stats_plan", name=plan.name)]
    wp = week_progress(plan, done, now, tz)
    if wp is None:
        return out
    out.append(t("plans.stats_walk_week", minutes=wp.minutes, goal=wp.goal, walks=wp.walks))
    if wp.minutes >= wp.goal:
        out.append(t("plans.stats_walk_goal_met"))
    if wp.last_week_minutes:
        out.append(t("plans.stats_walk_last_week", minutes=wp.last_week_minutes))
    return out


# --- content check ----------------------------------------------------------------------------


def validate_plans(root: Path | None = None, lang: str = "en") -> list[str]:
    """Problems in plans.toml, including findings that the symptom check does not have, and
    rule 3 for every exercise (for ``pinbot content check``)."""
    from bot.content.library import load_bundle
    from bot.content.models import ContentError
    from bot.content.plans import read_plans
    from bot.triage.flow import load_flow

    base = root
    try:
        bundle = load_bundle(lang, base)
    except ContentError:
        return []  # reported by the bundle check itself
    plans, problems = read_plans(bundle, base, lang)
    try:
        findings = set(load_flow(base, lang).findings)
    except Exception as exc:  # the flow's own check reports it
        return [*problems, f"plans: cannot read the symptom check ({exc})"]
    for plan in plans.values():
        for f in plan.findings:
            if f not in findings:
                problems.append(f"plans.toml: plan '{plan.id}': finding '{f}' does not exist")
            elif f in CLOT_FINDINGS:
                problems.append(f"plans.toml: plan '{plan.id}': never suggest a plan for '{f}'")
    problems += [
        f"exercises.toml: exercise '{i}' does not say when to stop"
        for i in unsafe_exercises(bundle.exercises.values())
    ]
    missing = CLOT_FINDINGS - findings
    if missing:
        problems.append(f"plans: clot findings {sorted(missing)} are not in the symptom check")
    return problems
