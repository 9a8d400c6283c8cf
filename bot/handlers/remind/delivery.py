"""The movement reminders' plumbing: the sender the dispatcher uses (built into the services in
post_init), sending a message to the chat, and the dispatcher's lifecycle (started after
post_init, stopped in post_stop) with its heartbeat job.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from telegram.ext import Application

from bot.context import BotContext, boot_of, services_of
from bot.delivery.dispatcher import SendFn
from bot.handlers.remind.screens import reminder_keyboard, reminder_text
from bot.illustrate import illustrate
from bot.plans import PlanSafety, pick_exercise
from bot.storage.schedules import Claimed, ScheduleStore

HEARTBEAT_JOB = "reminders-heartbeat"
REMINDER_SEND_BUDGET = 1  # seconds the sender may spend on one reminder before the dispatcher


# --- services ---------------------------------------------------------------------------------


def store_of(context: BotContext) -> ScheduleStore:
    return context.services.schedules


def now_of(context: BotContext) -> datetime:
    return context.services.clock()


def wake(context: BotContext) -> None:
    """Let the dispatcher look at the schedules again now (one changed)."""
    context.services.dispatcher.wake()


async def send(context: BotContext, chat_id: int, text: str, markup: Any = None) -> None:
    await context.bot.send_message(chat_id, text, reply_markup=markup)


# --- the dispatcher ---------------------------------------------------------------------------


def reminder_sender(app: Application) -> SendFn:  # type: ignore[type-arg]
    """How the dispatcher sends one reminder: the next exercise of the person's plan (never a
    leg stretch after signs of a clot, `bot.plans`), its picture with the steps as the caption
    (uploaded once, then by file_id), and its buttons."""
    texts = boot_of(app).texts

    async def send(c: Claimed, catch_up: bool) -> tuple[int, str | None]:
        services = services_of(app)
        state = await services.plans.get(c.row.user_id)
        plan = services.plan_catalog.get(state.plan_id) if state.plan_id else None
        safety = PlanSafety(check_level=state.check_level, seen=state.seen, clot=state.clot)
        ex = pick_exercise(services.content.exercises, plan, safety, c.row.last_exercise, c.row.seq)
        text = reminder_text(texts, ex, catch_up)
        markup = reminder_keyboard(texts, c.due_ts)
        # a short budget: the dispatcher reschedules 429s and failures itself
        ill = illustrate(ex) if services.settings.reminder_pictures else None
        if ill is None:
            msg = await app.bot.send_message(
                c.row.chat_id, text, reply_markup=markup, rate_limit_args=REMINDER_SEND_BUDGET
            )
        else:
            msg = await services.media.send(
                app.bot,
                c.row.chat_id,
                ill,
                caption=text,
                reply_markup=markup,
                rate_limit_args=REMINDER_SEND_BUDGET,
            )
        return msg.message_id, ex.id

    return send


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    await services.drafts.purge(services.clock())  # set-ups abandoned for a day
    dispatcher = services.dispatcher
    # Rows this replica's previous process held when it crashed are taken back at once.
    schedules = services.schedules
    await schedules.release_previous(schedules.worker.rsplit("/", 1)[0])
    if services.settings.reminder_pictures:
        # Every picture is drawn before the first reminder (in a thread, ~0.6 s for all):
        # never between a reminder's "sending" record and its request, where a crash would
        # leave the reminder undelivered. Start-up does not wait for it: updates are served
        # meanwhile, and the reminders start when the pictures are ready.
        exercises = list(services.content.exercises.values())

        async def draw() -> None:
            await asyncio.to_thread(lambda: [illustrate(ex) for ex in exercises])

        dispatcher.start(ready=draw)
    else:
        dispatcher.start()
    if app.job_queue is not None:

        async def heartbeat(_: object) -> None:
            dispatcher.wake()

        app.job_queue.run_repeating(heartbeat, interval=1.0, first=1.0, name=HEARTBEAT_JOB)


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    await services_of(app).dispatcher.stop()
