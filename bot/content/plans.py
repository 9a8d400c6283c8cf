"""Movement plans (``content/<lang>/plans.toml``) as typed data: who each plan is for, when to
stop and get help, which exercises it draws from, and what suggests it (symptom-check findings,
topic pages). Reading collects every problem; `load_plans` raises one `ContentError`.

Cross-checks against the symptom check's findings live in `bot.plans.validate_plans` (domain),
which `pinbot content check` runs; the checks here need only the content bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.content.library import load_bundle
from bot.content.models import ContentBundle, ContentError
from bot.content.toml_reader import CONTENT_DIR, DEFAULT_LANG, Reader, read_items

__all__ = ["PLANS_FILE", "Plan", "load_plans", "read_plans"]

PLANS_FILE = "plans.toml"
MAX_NAME = 40  # a button label
MAX_FIELD = 400  # who / summary / stop: a phone screen each


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    for_whom: str
    summary: str
    stop: str
    exercises: tuple[str, ...]
    interval_min: int
    findings: tuple[str, ...]
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    #: a walking programme: minutes a week to aim for, minutes one Done reminder counts for
    weekly_goal_min: int = 0
    session_min: int = 0


def _int(r: Reader, where: str, t: Mapping[str, object], key: str, lo: int, hi: int) -> int:
    value = t.get(key, 0)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (value == 0 or lo <= value <= hi)
    ):
        r.problems.append(f"{where}: '{key}' must be a whole number from {lo} to {hi}")
        return 0
    return value


def read_plans(
    bundle: ContentBundle, root: Path | None = None, lang: str = DEFAULT_LANG
) -> tuple[dict[str, Plan], list[str]]:
    r = Reader(root or CONTENT_DIR, lang)
    data = r.read(PLANS_FILE)
    if data is None:
        return {}, r.problems
    fields = {"id", "name", "for_whom", "summary", "stop", "interval_min"}
    fields |= {"weekly_goal_min", "session_min", "exercises", "findings", "topics", "sources"}
    plans: dict[str, Plan] = {}
    topics = set(bundle.causes) | set(bundle.faqs)
    for plan_id, where, t in read_items(r, data, PLANS_FILE, "plan", fields):
        plan = Plan(
            id=plan_id,
            name=r.text(where, t, "name"),
            for_whom=r.text(where, t, "for_whom"),
            summary=r.text(where, t, "summary"),
            stop=r.text(where, t, "stop"),
            exercises=r.strings(where, t, "exercises", required=True),
            interval_min=_int(r, where, t, "interval_min", 10, 240),
            findings=r.strings(where, t, "findings", required=True),
            topics=r.strings(where, t, "topics", required=True),
            sources=r.strings(where, t, "sources", required=True),
            weekly_goal_min=_int(r, where, t, "weekly_goal_min", 10, 2000),
            session_min=_int(r, where, t, "session_min", 1, 240),
        )
        if plan_id in plans:
            r.problems.append(f"{where}: duplicate id")
        if not plan_id.replace("-", "").isalnum() or plan_id != plan_id.lower():
            r.problems.append(f"{where}: id must be lower-case letters, digits and '-'")
        if len(plan.name) > MAX_NAME:
            r.problems.append(f"{where}: 'name' is {len(plan.name)} characters, max {MAX_NAME}")
        for key in ("for_whom", "summary", "stop"):
            if len(getattr(plan, key)) > MAX_FIELD:
                r.problems.append(f"{where}: '{key}' is longer than {MAX_FIELD} characters")
        if plan.interval_min == 0:
            r.problems.append(f"{where}: 'interval_min' is missing")
        if len(plan.exercises) < 2:
            r.problems.append(f"{where}: 'exercises' needs at least 2 exercises")
        for ex in plan.exercises:
            if ex not in bundle.exercises:
                r.problems.append(f"{where}: exercise '{ex}' does not exist")
        for topic in plan.topics:
            if topic not in topics:
                r.problems.append(f"{where}: topic '{topic}' is not a cause or FAQ id")
        if bool(plan.weekly_goal_min) != bool(plan.session_min):
            r.problems.append(f"{where}: 'weekly_goal_min' and 'session_min' go together")
        if not plan.sources or not any(("NHS" in s or "NICE" in s) for s in plan.sources):
            r.problems.append(f"{where}: 'sources' must name the NHS or NICE guidance")
        plans[plan_id] = plan
    return plans, r.problems


@cache
def _load_default(lang: str) -> Mapping[str, Plan]:
    plans, problems = read_plans(load_bundle(lang), None, lang)
    if problems:
        raise ContentError(problems)
    return plans


def load_plans(lang: str = DEFAULT_LANG) -> Mapping[str, Plan]:
    """The validated plans of `lang` (cached). Raises ContentError."""
    return _load_default(lang)
