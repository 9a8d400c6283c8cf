"""Movement plans: the safety rules (each test here fails when its rule is broken), suggestions
from symptom-check findings and topics, the exercise rotation and the walking progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.content.library import load_bundle
from bot.content.plans import load_plans
from bot.plans import (
    CLOT_FINDINGS,
    PlanSafety,
    allowed_exercises,
    offerable_plans,
    pick_exercise,
    plans_for_findings,
    plans_for_topic,
    progress_lines,
    unsafe_exercises,
    validate_plans,
    week_progress,
)
from bot.triage.flow import get_flow

BUNDLE = load_bundle()
EX = BUNDLE.exercises
PLANS = load_plans()
FLOW = get_flow()
RANK = {lv.id: lv.rank for lv in FLOW.levels}
LINES = {
    "plans.stats_plan": "Plan: {name}",
    "plans.stats_walk_week": "Walking: {minutes} of {goal} min ({walks} walks)",
    "plans.stats_walk_goal_met": "Goal met",
    "plans.stats_walk_last_week": "Last week: {minutes} min",
}


def t(key: str, **values: object) -> str:
    return LINES[key].format(**values)


def test_content_is_valid_and_has_the_five_plans() -> None:
    assert validate_plans() == []
    assert set(PLANS) >= {"sitting", "sciatica", "pad-walking", "journey", "foot-care"}
    for plan in PLANS.values():
        assert plan.for_whom and plan.stop  # who it is for, when to stop and get help
        assert any("NHS" in s or "NICE" in s for s in plan.sources)


# --- rule 1: no plan after an urgent outcome until seen ---------------------------------------


@pytest.mark.parametrize("level", ["consultation_24", "emergency", "emergency_ambulance"])
def test_no_plan_after_urgent_outcome_until_seen(level: str) -> None:
    urgent = PlanSafety(check_level=level)
    assert offerable_plans(PLANS.values(), EX, urgent, RANK) == []
    seen = replace(urgent, seen=True)
    assert offerable_plans(PLANS.values(), EX, seen, RANK) != []


@pytest.mark.parametrize("level", [None, "self_care", "consultation"])
def test_plans_offered_after_lower_outcomes(level: str | None) -> None:
    assert len(offerable_plans(PLANS.values(), EX, PlanSafety(check_level=level), RANK)) == len(
        PLANS
    )


def test_unknown_level_counts_as_urgent() -> None:
    assert PlanSafety(check_level="something_new").blocked(RANK)


def test_levels_are_ranked_as_the_rule_assumes() -> None:
    assert RANK["consultation"] < RANK["consultation_24"] < RANK["emergency"]


# --- rule 2: never a leg stretch after signs of a clot ----------------------------------------


def test_clot_findings_exist_and_set_an_urgent_level() -> None:
    for f in CLOT_FINDINGS:
        assert FLOW.finding_rank(f) >= RANK["consultation_24"]


def test_stretch_plan_is_not_offered_after_a_dvt_outcome_even_once_seen() -> None:
    # The check found DVT signs (consultation_24): nothing at all until seen ...
    clot = PlanSafety(check_level="consultation_24", clot=True)
    assert offerable_plans(PLANS.values(), EX, clot, RANK) == []
    # ... and once seen, no plan made of leg stretches, and no leg stretch in any offered plan.
    seen = replace(clot, seen=True)
    offered = offerable_plans(PLANS.values(), EX, seen, RANK)
    assert "sciatica" not in {p.id for p in offered}
    assert offered  # walking / journey / foot plans remain
    for plan in offered:
        for ex in allowed_exercises((EX[i] for i in plan.exercises), seen):
            assert not ex.leg_stretch, (plan.id, ex.id)


def test_reminders_never_pick_a_leg_stretch_after_dvt() -> None:
    safety = PlanSafety(check_level="consultation_24", seen=True, clot=True)
    shown = set()
    for plan in [None, *PLANS.values()]:
        last = None
        for seq in range(60):
            ex = pick_exercise(EX, plan, safety, last, seq)
            assert not ex.leg_stretch, (plan and plan.id, ex.id)
            shown.add(ex.id)
            last = ex.id
    assert shown  # and something was shown
    # without the clot, the same rotation does show leg stretches (the test can fail)
    free = {pick_exercise(EX, PLANS["sciatica"], PlanSafety(), None, s).id for s in range(30)}
    assert any(EX[i].leg_stretch for i in free)


def test_there_are_leg_stretches_to_exclude() -> None:
    assert any(e.leg_stretch for e in EX.values())
    assert any(not e.leg_stretch for e in EX.values())


# --- rule 3: every exercise says when to stop -------------------------------------------------


def test_every_exercise_says_when_to_stop() -> None:
    assert unsafe_exercises(EX.values()) == []
    broken = replace(next(iter(EX.values())), stop=" ")
    assert unsafe_exercises([broken]) == [broken.id]


# --- suggestions and rotation -----------------------------------------------------------------


def test_findings_and_topics_suggest_the_right_plan() -> None:
    assert [p.id for p in plans_for_findings(PLANS.values(), ["claudication"])] == ["pad-walking"]
    assert [p.id for p in plans_for_findings(PLANS.values(), ["diabetes"])] == ["foot-care"]
    assert "sciatica" in {p.id for p in plans_for_findings(PLANS.values(), ["sciatica_pattern"])}
    assert plans_for_findings(PLANS.values(), ["dvt_signs"]) == []
    assert [p.id for p in plans_for_topic(PLANS.values(), "sciatica")] == ["sciatica"]
    assert [p.id for p in plans_for_topic(PLANS.values(), "dvt")] == ["journey"]


def test_plan_rotation_stays_inside_the_plan() -> None:
    plan = PLANS["journey"]
    last = None
    for seq in range(20):
        ex = pick_exercise(EX, plan, PlanSafety(), last, seq)
        assert ex.id in plan.exercises and ex.id != last
        last = ex.id


# --- walking progress -------------------------------------------------------------------------


def test_walking_progress_counts_this_local_week() -> None:
    plan = PLANS["pad-walking"]
    tz = ZoneInfo("Europe/London")
    now = datetime(2026, 6, 10, 12, tzinfo=UTC)  # Wednesday
    done = [
        ("pad-walk", datetime(2026, 6, 8, 9, tzinfo=UTC)),  # Monday: this week
        ("pad-walk", datetime(2026, 6, 9, 9, tzinfo=UTC)),
        ("calf-raises", datetime(2026, 6, 9, 10, tzinfo=UTC)),  # not a walk
        ("pad-walk", datetime(2026, 6, 7, 22, 30, tzinfo=UTC)),  # Sunday 23:30 local: last week
    ]
    wp = week_progress(plan, done, now, tz)
    assert wp is not None
    assert (wp.walks, wp.minutes, wp.goal, wp.last_week_minutes) == (2, 60, 120, 30)
    lines = progress_lines(t, plan, done, now, tz)
    assert lines == [
        f"Plan: {plan.name}",
        "Walking: 60 of 120 min (2 walks)",
        "Last week: 30 min",
    ]
    more = [*done, *(("pad-walk", now - timedelta(hours=h)) for h in (1, 2))]
    assert "Goal met" in progress_lines(t, plan, more, now, tz)


def test_progress_lines_without_plan_or_goal() -> None:
    now = datetime(2026, 6, 10, tzinfo=UTC)
    assert progress_lines(t, None, [], now, UTC) == []
    assert progress_lines(t, PLANS["sitting"], [], now, UTC) == ["Plan: Pressure from sitting"]
