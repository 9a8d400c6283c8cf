"""/stats: this week's reminders in words, and as a chart (done, snoozed, skipped per day).

The words are one pure function, `stats_text`, that takes extra sections (other features, such
as movement plans, add their lines there). The chart is drawn by `bot.charts.week_chart` in a
worker thread (matplotlib is imported then, not at start-up) and sent with sendPhoto, only
when the week has at least one answered reminder.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.charts import off_loop, week_chart
from bot.content.texts import Texts
from bot.context import BotContext
from bot.handlers.remind.plans import progress_for
from bot.reminders.buttons import STREAK_LOOKBACK, streak_at
from bot.reminders.schedule import week_start, zone

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
SERIES = (
    ("done", "stats.series_done"),
    ("snooze", "stats.series_snoozed"),
    ("skip", "stats.series_skipped"),
)


def stats_text(
    texts: Texts,
    sent: int,
    counts: dict[str, int],
    streak_days: int,
    extra_sections: Sequence[str] = (),
) -> str:
    """The week in words; `extra_sections` (already rendered HTML) follow, one paragraph each."""
    text = texts.t(
        "remind.stats",
        sent=sent,
        done=counts["done"],
        snoozed=counts["snooze"],
        skipped=counts["skip"],
        streak=streak_days,
    )
    return "\n\n".join([text, *(s for s in extra_sections if s)])


def daily_counts(
    events: Iterable[tuple[datetime, str]], monday: date, tz: tzinfo
) -> dict[str, list[int]]:
    """Answers per local day of the week starting `monday`: {action: [Mon..Sun counts]}."""
    out = {action: [0] * 7 for action, _ in SERIES}
    for at, action in events:
        day = (at.astimezone(tz).date() - monday).days
        if action in out and 0 <= day < 7:
            out[action][day] += 1
    return out


def chart(texts: Texts, per_day: dict[str, list[int]]) -> bytes:
    days = [texts.plain(f"remind.btn_day_{d}") for d in range(7)]
    series = [(texts.plain(key), per_day[action]) for action, key in SERIES]
    return week_chart(
        days, series, texts.plain("stats.chart_title"), texts.plain("stats.chart_axis")
    )


async def show_stats(context: BotContext, chat_id: int, user_id: int) -> None:
    services = context.services
    texts = context.texts
    store = services.schedules
    row = await store.get(user_id)
    if row is None:
        await context.bot.send_message(chat_id, texts.t("remind.stats_none"))
        return
    now = services.clock()
    s = row.settings
    since = week_start(s, now)
    counts = await store.counts_since(user_id, since)
    sent = await store.sent_since(user_id, since)
    streak_days = streak_at(s, await store.done_times(user_id, now - STREAK_LOOKBACK), now)
    plan_row = await services.plans.get(user_id)
    plan = services.plan_catalog.get(plan_row.plan_id) if plan_row.plan_id else None
    progress = await progress_for(context, user_id, plan)  # e.g. the walking programme's minutes
    extra = ["\n".join(progress)] if progress else []
    await context.bot.send_message(
        chat_id, stats_text(texts, sent, counts, streak_days, extra_sections=extra)
    )
    events = await services.diary.reminder_actions(user_id, since)
    if not any(action in ("done", "snooze", "skip") for _, action in events):
        return
    tz = zone(s.tz)
    monday = since.astimezone(tz).date()
    per_day = daily_counts(events, monday, tz)
    try:
        png = await off_loop(chart, texts, per_day)
    except Exception as exc:  # the words above are complete; a chart failure is not the end
        log.error("stats chart failed (%s)", type(exc).__name__)
        return
    await context.bot.send_photo(chat_id, png, caption=texts.t("stats.photo_caption"))


async def cmd_stats(update: Update, context: BotContext) -> None:
    if update.effective_chat is None or update.effective_user is None:
        return
    await show_stats(context, update.effective_chat.id, update.effective_user.id)


HANDLERS: list[BaseHandler[Update, BotContext, object]] = [
    CommandHandler("stats", cmd_stats, filters=PRIVATE),
]
