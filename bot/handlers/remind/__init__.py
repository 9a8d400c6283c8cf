"""Movement reminders in the chat: /remind /settings /pause /resume /stats, the buttons under
each reminder, and the hooks the text router and the app call (on_text, on_other, cancel,
reactivate, on_startup, on_shutdown).

Callback data (``v1:r:...``):
  iv:<minutes>|iv:custom   hr:default|hr:custom   day:<0-6>|day:wk|day:all|day:ok
  tz:keep|tz:set:<IANA zone>   set:<iv|hr|day|tz>   pause:<30m|1h|2h|today|forever>
  pause   resume   off   on
  stats   setup   a:<d|s|k|p>:<due unix seconds>   (Done, Snooze, Skip, Pause for today)
  plan   plan:<id>   plan:<id>:use   plan:none   seen   (movement plans: ``plans``)

These handlers only parse the update and delegate to the modules beside this one: ``actions``
(settings, pause, resume, stats, a reminder's buttons), ``setup`` (the set-up conversation; its
typed draft lives in ``user_data``), ``screens`` (pure text + keyboards), ``delivery`` (sending,
the dispatcher's sender and lifecycle). The schedule itself is in the database
(`bot.storage.schedules`), which the dispatcher reads.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import parse_cb, pattern
from bot.context import BotContext
from bot.handlers import stats
from bot.handlers.remind import actions, plans, setup
from bot.handlers.remind.delivery import (
    now_of,
    send,
    store_of,
    wake,
)
from bot.handlers.send import chat_and_user
from bot.reminders.draft import Step, as_step, edit_of
from bot.reminders.schedule import PauseChoice

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
PAUSES: tuple[PauseChoice, ...] = ("30m", "1h", "2h", "today", "forever")


# --- commands ---------------------------------------------------------------------------------


async def cmd_remind(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is not None:
        await actions.remind_or_settings(context, *ids)


async def cmd_settings(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is not None:
        await actions.show_settings(context, *ids)


async def cmd_pause(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is None:
        return
    if await store_of(context).get(ids[1]) is None:
        await actions.show_settings(context, *ids)
        return
    await actions.ask_pause(context, ids[0])


async def cmd_resume(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is not None:
        await actions.resume(context, *ids)


# --- buttons ----------------------------------------------------------------------------------


async def on_menu(update: Update, context: BotContext) -> None:
    """The main menu's "Reminders" button (v1:m:remind), also offered after a symptom check."""
    q = update.callback_query
    assert q is not None
    await q.answer()
    ids = chat_and_user(update)
    if ids is not None:
        await actions.remind_or_settings(context, *ids)


async def on_button(update: Update, context: BotContext) -> None:
    q = update.callback_query
    assert q is not None
    parts = parse_cb(q.data, "r")
    ids = chat_and_user(update)
    if not parts or ids is None:
        await q.answer(context.texts.plain("core.expired_alert"))
        return
    chat_id, user_id = ids
    if (step := as_step(parts[0])) is not None:
        await _step_button(q, context, chat_id, user_id, step, parts[1:])
        return
    if parts[0] != "a":
        await q.answer()
    match parts:
        case ["a", code, due]:  # Done / Snooze / Skip / Pause under a reminder
            await actions.answer_reminder(q, context, chat_id, user_id, code, due, update.update_id)
        case ["setup"]:
            await setup.start_setup(context, chat_id, user_id)
        case ["set", code] if (edit := as_step(code)) is not None:
            row = await store_of(context).get(user_id)
            if row is None:
                await setup.start_setup(context, chat_id, user_id)
                return
            await setup.set_draft(context, user_id, edit_of(edit, row.settings))
            await setup.ask(context, chat_id, edit, row.settings)
        case ["pause"]:
            await actions.ask_pause(context, chat_id)
        case ["pause", code] if (choice := as_pause(code)) is not None:
            await actions.pause(context, chat_id, user_id, choice)
        case ["resume"]:
            await actions.resume(context, chat_id, user_id)
        case ["off" | "on" as switch]:
            await actions.turn(context, chat_id, user_id, switch == "on")
        case ["stats"]:  # /stats lives in bot/handlers/stats.py
            await stats.show_stats(context, chat_id, user_id)
        case ["plan"]:
            await plans.show_plans(context, chat_id, user_id)
        case ["plan", "none", "use"] | ["plan", "none"]:
            await plans.use_plan(context, chat_id, user_id, "none")
        case ["plan", plan_id]:
            await plans.show_plan(context, chat_id, user_id, plan_id)
        case ["plan", plan_id, "use"]:
            await plans.use_plan(context, chat_id, user_id, plan_id)
        case ["seen"]:
            await plans.mark_seen(context, chat_id, user_id)
        case ["a", *_]:
            await q.answer(context.texts.plain("core.expired_alert"))
        case _:
            await send(context, chat_id, context.texts.t("core.expired"))


async def _step_button(
    q: CallbackQuery, context: BotContext, chat_id: int, user_id: int, step: Step, args: list[str]
) -> None:
    """A set-up step button; without a draft it edits that field of the saved schedule."""
    d = await setup.draft(context, user_id)
    if d is None:
        row = await store_of(context).get(user_id)
        if row is None:
            await q.answer(context.texts.plain("core.expired_alert"))
            await setup.start_setup(context, chat_id, user_id)
            return
        d = edit_of(step, row.settings)
    await setup.on_step_button(q, context, chat_id, user_id, d, step, args)


def as_pause(code: str) -> PauseChoice | None:
    for choice in PAUSES:
        if code == choice:
            return choice
    return None


# --- hooks for the text router (flows.py) -----------------------------------------------------


async def on_text(update: Update, context: BotContext) -> bool:
    msg = update.message
    ids = chat_and_user(update)
    if msg is None or msg.text is None or ids is None:
        return False
    d = await setup.draft(context, ids[1])
    if d is None:
        return False
    return await setup.on_typed(context, *ids, d, msg.text)


async def on_other(update: Update, context: BotContext) -> bool:
    msg = update.message
    ids = chat_and_user(update)
    if msg is None or ids is None:
        return False
    d = await setup.draft(context, ids[1])
    if d is None or d.step != "tz":
        return False
    if msg.location is None:
        return False
    await setup.on_location(context, *ids, d, msg.location.latitude, msg.location.longitude)
    return True


async def cancel(user_id: int, context: BotContext) -> bool:
    return await context.services.drafts.delete(user_id)


async def reactivate(user_id: int, context: BotContext) -> None:
    """/start after a 403: the schedule becomes active again (next due recomputed)."""
    store = store_of(context)
    row = await store.get(user_id)
    if row is not None and not row.active:
        await store.set_active(user_id, True, now_of(context))
        wake(context)


HANDLERS: list[BaseHandler[Update, BotContext, object]] = [
    CommandHandler("remind", cmd_remind, filters=PRIVATE),
    CommandHandler("settings", cmd_settings, filters=PRIVATE),
    CommandHandler("pause", cmd_pause, filters=PRIVATE),
    CommandHandler("resume", cmd_resume, filters=PRIVATE),
    CallbackQueryHandler(on_menu, pattern=pattern("m", "remind")),
    CallbackQueryHandler(on_button, pattern=pattern("r")),
]
