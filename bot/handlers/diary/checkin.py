"""The optional weekly check-in: switching it on and off, and sending the due ones.

A job looks every minute for due check-ins (`run_due`; tests call it after moving the clock).
Each is moved on to the next week before it is sent, so a crash never sends one twice; a person
who blocked the bot has theirs switched off. When it is due is decided by the pure
`bot.diary.checkin` in the person's zone and active hours.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from telegram import CallbackQuery
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.context import BotContext, Services, services_of
from bot.diary.checkin import checkin_time, next_checkin, nudges
from bot.diary.words import load_words
from bot.handlers.diary import screens
from bot.handlers.diary.common import (
    now_of,
    settings_for,
    settings_of,
    store_of,
    zone_for,
    zone_of,
)
from bot.handlers.send import show

log = logging.getLogger(__name__)

JOB = "diary-checkins"
EVERY_S = 60
LOOKBACK = timedelta(weeks=17)  # the eight weeks before the last, and the trend's eight


async def next_for(services: Services, user_id: int, weekday: int, now: datetime) -> datetime:
    s = await settings_for(services, user_id)
    _, tz = await zone_for(services, user_id)
    return next_checkin(now, tz, weekday, checkin_time(s))


async def on_button(
    q: CallbackQuery, context: BotContext, chat_id: int, user_id: int, what: str
) -> None:
    texts = context.texts
    store = store_of(context)
    now = now_of(context)
    tz_name, tz = await zone_of(context, user_id)
    if what == "none":
        await q.answer()
        await show(q, context, texts.t("diary.checkin_none_thanks"))
        return
    await q.answer()
    if what == "off":
        ci = await store.checkin(user_id)
        await store.set_checkin(user_id, chat_id, ci.weekday if ci else 0, None, now)
        await show(q, context, *screens.checkin_status(texts, False, "", tz_name))
        if ci is not None and ci.enabled:
            await context.bot.send_message(chat_id, texts.t("diary.checkin_stopped"))
        return
    weekday = now.astimezone(tz).weekday()
    due = next_checkin(now, tz, weekday, checkin_time(await settings_of(context, user_id)))
    await store.set_checkin(user_id, chat_id, weekday, due, now)
    label = due.astimezone(tz).strftime("%a %d %b %H:%M")
    await show(q, context, *screens.checkin_status(texts, True, label, tz_name))


async def run_due(app: Application[Any, Any, Any, Any, Any, Any]) -> int:
    """Send every due check-in; the number sent."""
    services = services_of(app)
    store = services.diary
    texts = services.texts
    now = services.clock()
    sent = 0
    for ci in await store.due_checkins(now):
        assert ci.next_due is not None
        nxt = await next_for(services, ci.user_id, ci.weekday, now)
        if not await store.advance_checkin(ci.user_id, ci.next_due, nxt, now):
            continue  # switched off or moved on meanwhile
        entries = await store.since(ci.user_id, now - LOOKBACK)
        n = nudges(entries, now, load_words().nudge)
        text, markup = screens.checkin_message(texts, n.worse, sorted(n.new_patterns))
        try:
            await app.bot.send_message(ci.chat_id, text, reply_markup=markup)
            sent += 1
        except Forbidden:
            await store.set_checkin(ci.user_id, ci.chat_id, ci.weekday, None, now)
        except TelegramError as exc:
            log.warning("weekly check-in not sent: %s", type(exc).__name__)
    return sent


async def _job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application)


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    await services.diary.purge_drafts(services.clock())
    if app.job_queue is not None:
        app.job_queue.run_repeating(_job, interval=EVERY_S, first=EVERY_S, name=JOB)


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    """Nothing to stop: the job queue stops with the application."""
