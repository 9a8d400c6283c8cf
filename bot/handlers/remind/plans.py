"""Movement plans in the chat: the list in /remind (v1:r:plan), a plan's card (v1:r:plan:<id>),
choosing it (v1:r:plan:<id>:use, v1:r:plan:none), "I have been seen" (v1:r:seen), the offer at
the end of a symptom check and on a topic page. The decisions (which plans, the safety rules)
are `bot.plans`; this module only reads the person's state, asks, and renders.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import cb
from bot.content.models import Exercise
from bot.content.plans import Plan
from bot.content.texts import Html, Texts
from bot.context import BotContext
from bot.handlers.keyboards import button
from bot.handlers.remind.delivery import now_of, send, store_of
from bot.plans import (
    CLOT_FINDINGS,
    PlanSafety,
    allowed_exercises,
    offerable_plans,
    plans_for_findings,
    plans_for_topic,
    progress_lines,
)
from bot.reminders.schedule import zone
from bot.triage.models import Outcome

__all__ = [
    "after_check",
    "mark_seen",
    "progress_for",
    "show_plan",
    "show_plans",
    "topic_rows",
    "use_plan",
]

MAX_OFFERS = 2  # plan buttons under a symptom-check outcome or a topic


async def _safety(context: BotContext, user_id: int) -> tuple[PlanSafety, str | None]:
    row = await context.services.plans.get(user_id)
    return PlanSafety(check_level=row.check_level, seen=row.seen, clot=row.clot), row.plan_id


def _rank(context: BotContext) -> dict[str, int]:
    return {lv.id: lv.rank for lv in context.services.flow.levels}


def _offerable(context: BotContext, safety: PlanSafety) -> list[Plan]:
    s = context.services
    return offerable_plans(s.plan_catalog.values(), s.content.exercises, safety, _rank(context))


# --- screens (pure) ---------------------------------------------------------------------------


def list_screen(
    texts: Texts, offered: Iterable[Plan], current: Plan | None, progress: list[str]
) -> tuple[str, InlineKeyboardMarkup]:
    name = current.name if current is not None else texts.plain("plans.general")
    parts = [texts.t("plans.title", current=name), *progress, texts.t("plans.pick")]
    rows = [[button(p.name, cb("r", "plan", p.id))] for p in offered]
    rows.append([button(texts.plain("plans.btn_general"), cb("r", "plan", "none"))])
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


def blocked_screen(texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    rows = [[button(texts.plain("plans.btn_seen"), cb("r", "seen"))]]
    return texts.t("plans.blocked"), InlineKeyboardMarkup(rows)


def card_screen(
    texts: Texts, plan: Plan, shown: list[Exercise], clot: bool
) -> tuple[str, InlineKeyboardMarkup]:
    names = "\n".join(f"• {html.escape(e.name, quote=False)}" for e in shown)
    text = texts.t(
        "plans.card",
        name=plan.name,
        for_whom=Html(plan.for_whom),
        summary=Html(plan.summary),
        exercises=Html(names),
        stop=Html(plan.stop),
    )
    text += "\n\n" + texts.t("plans.card_interval", minutes=plan.interval_min)
    if clot:
        text += "\n\n" + texts.t("plans.clot_note")
    rows = [
        [button(texts.plain("plans.btn_use"), cb("r", "plan", plan.id, "use"))],
        [button(texts.plain("plans.btn_back"), cb("r", "plan"))],
    ]
    return text, InlineKeyboardMarkup(rows)


def offer_rows(texts: Texts, plans: Iterable[Plan]) -> list[list[InlineKeyboardButton]]:
    return [
        [button(texts.plain("plans.btn_offer", name=p.name), cb("r", "plan", p.id))]
        for p in list(plans)[:MAX_OFFERS]
    ]


# --- actions ----------------------------------------------------------------------------------


async def progress_for(context: BotContext, user_id: int, plan: Plan | None) -> list[str]:
    """The plan's progress lines (the plans list and /stats)."""
    if plan is None:
        return []
    now = now_of(context)
    row = await store_of(context).get(user_id)
    tz = zone(row.settings.tz) if row is not None else zone("UTC")
    done = await context.services.plans.done_since(user_id, now - timedelta(days=14))
    return progress_lines(context.texts.t, plan, done, now, tz)


async def show_plans(context: BotContext, chat_id: int, user_id: int) -> None:
    safety, current_id = await _safety(context, user_id)
    if safety.blocked(_rank(context)):
        await send(context, chat_id, *blocked_screen(context.texts))
        return
    current = context.services.plan_catalog.get(current_id) if current_id else None
    progress = await progress_for(context, user_id, current)
    offered = _offerable(context, safety)
    await send(context, chat_id, *list_screen(context.texts, offered, current, progress))


async def show_plan(context: BotContext, chat_id: int, user_id: int, plan_id: str) -> None:
    safety, _ = await _safety(context, user_id)
    if safety.blocked(_rank(context)):
        await send(context, chat_id, *blocked_screen(context.texts))
        return
    plan = context.services.plan_catalog.get(plan_id)
    if plan is None or plan not in _offerable(context, safety):
        await send(context, chat_id, context.texts.t("plans.unavailable"))
        return
    ex = context.services.content.exercises
    shown = allowed_exercises((ex[i] for i in plan.exercises if i in ex), safety)
    await send(context, chat_id, *card_screen(context.texts, plan, shown, safety.clot))


async def use_plan(context: BotContext, chat_id: int, user_id: int, plan_id: str) -> None:
    """Choose a plan (or "none": the general mix); checks the safety rules again."""
    from bot.handlers.remind import setup  # the set-up imports the reminder screens

    texts = context.texts
    safety, _ = await _safety(context, user_id)
    plan = context.services.plan_catalog.get(plan_id)
    if plan_id != "none" and (plan is None or plan not in _offerable(context, safety)):
        if safety.blocked(_rank(context)):
            await send(context, chat_id, *blocked_screen(texts))
        else:
            await send(context, chat_id, texts.t("plans.unavailable"))
        return
    await context.services.plans.choose(user_id, plan.id if plan else None, now_of(context))
    text = texts.t("plans.chosen", name=plan.name) if plan else texts.t("plans.chosen_general")
    if await store_of(context).get(user_id) is None:
        await send(context, chat_id, text + "\n\n" + texts.t("plans.chosen_setup"))
        await setup.start_setup(context, chat_id, user_id)
        return
    await send(context, chat_id, text)


async def mark_seen(context: BotContext, chat_id: int, user_id: int) -> None:
    await context.services.plans.mark_seen(user_id, now_of(context))
    await show_plans(context, chat_id, user_id)


# --- hooks for the symptom check and the topic pages ------------------------------------------


async def after_check(
    context: BotContext, user_id: int, result: Outcome
) -> list[list[InlineKeyboardButton]]:
    """A symptom check ended: remember what the safety rules need (its level, signs of a clot)
    and return the plan buttons to offer under the outcome (none when blocked)."""
    clot = bool(CLOT_FINDINGS & (result.findings | set(result.reasons)))
    await context.services.plans.record_check(user_id, result.level, clot, now_of(context))
    safety, _ = await _safety(context, user_id)
    offered = set(_offerable(context, safety))
    fits = [p for p in plans_for_findings(context.services.plan_catalog.values(),
                                          result.findings | set(result.reasons))
            if p in offered]  # fmt: skip
    return offer_rows(context.texts, fits)


async def topic_rows(
    context: BotContext, user_id: int, topic_id: str
) -> list[list[InlineKeyboardButton]]:
    """Plan buttons for a topic page (cause or FAQ), when the safety rules allow."""
    fits = plans_for_topic(context.services.plan_catalog.values(), topic_id)
    if not fits:
        return []
    safety, _ = await _safety(context, user_id)
    offered = set(_offerable(context, safety))
    return offer_rows(context.texts, [p for p in fits if p in offered])
