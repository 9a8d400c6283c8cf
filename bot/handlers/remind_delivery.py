"""The movement reminders' plumbing: the schedule store, clock and dispatcher that the reminder
handlers share (kept in ``services.extras``), sending a message to the chat, and the dispatcher's
lifecycle (started in post_init, stopped in post_shutdown) with its sender of reminders.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from telegram.ext import Application

from bot.content.library import load_bundle
from bot.context import BotContext, services_of
from bot.handlers.remind_render import reminder_keyboard, reminder_text
from bot.reminders.dispatcher import Dispatcher, new_worker_id, utc_now
from bot.reminders.pick import pick_next
from bot.storage.schedules import Claimed, ScheduleStore

STORE_KEY = "reminder_store"
DISPATCHER_KEY = "reminder_dispatcher"
CLOCK_KEY = "reminder_clock"  # tests/benchmarks may inject a Callable[[], datetime]
HEARTBEAT_JOB = "reminders-heartbeat"


# --- services ---------------------------------------------------------------------------------


def store_of(context: BotContext) -> ScheduleStore:
    store = context.services.extras.get(STORE_KEY)
    if store is None:
        store = ScheduleStore(context.db, new_worker_id())
        context.services.extras[STORE_KEY] = store
    return cast(ScheduleStore, store)


def now_of(context: BotContext) -> datetime:
    clock = context.services.extras.get(CLOCK_KEY, utc_now)
    return cast(datetime, clock())


def wake(context: BotContext) -> None:
    """Let the dispatcher look at the schedules again now (one changed)."""
    d = context.services.extras.get(DISPATCHER_KEY)
    if isinstance(d, Dispatcher):
        d.wake()


async def send(context: BotContext, chat_id: int, text: str, markup: Any = None) -> None:
    await context.bot.send_message(chat_id, text, reply_markup=markup)


# --- the dispatcher ---------------------------------------------------------------------------


def make_sender(app: Application) -> Any:  # type: ignore[type-arg]
    services = services_of(app)

    async def send(c: Claimed, catch_up: bool) -> tuple[int, str | None]:
        texts = services.texts
        exercises = list(load_bundle().exercises.values())
        ex = pick_next(exercises, c.row.last_exercise, c.row.seq)
        msg = await app.bot.send_message(
            c.row.chat_id,
            reminder_text(texts, ex, catch_up),
            reply_markup=reminder_keyboard(texts, c.due_ts),
        )
        return msg.message_id, ex.id

    return send


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    store = ScheduleStore(services.database(), new_worker_id())
    services.extras[STORE_KEY] = store

    async def on_blocked(user_id: int) -> None:
        await services.user_store().set_blocked(user_id, True)

    dispatcher = Dispatcher(
        store,
        make_sender(app),
        pace=services.settings.reminder_pace,
        clock=services.extras.get(CLOCK_KEY, utc_now),
        on_blocked=on_blocked,
    )
    services.extras[DISPATCHER_KEY] = dispatcher
    dispatcher.start()
    if app.job_queue is not None:

        async def heartbeat(_: object) -> None:
            dispatcher.wake()

        app.job_queue.run_repeating(heartbeat, interval=1.0, first=1.0, name=HEARTBEAT_JOB)


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    d = services.extras.pop(DISPATCHER_KEY, None)
    if isinstance(d, Dispatcher):
        await d.stop()
