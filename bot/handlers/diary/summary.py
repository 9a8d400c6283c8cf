"""The summary for a doctor: the figures in words, then the chart (sendPhoto) and the PDF
(sendDocument).

The chart and PDF are built in the render thread (`bot.charts.off_loop`), so other chats are
answered meanwhile; matplotlib (chart and PDF) is imported there, the first time a summary is asked
for. Nothing about the entries is logged (health data): a failure logs only its type.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from telegram import InputFile

from bot.charts import off_loop
from bot.content.texts import Texts
from bot.context import BotContext, Services
from bot.diary.model import ACTIVITIES, DURATIONS, LEGS, Entry
from bot.diary.pdf import summary_pdf
from bot.diary.render import chart_images
from bot.diary.summary import Summary, summarize
from bot.diary.words import load_words
from bot.handlers.diary import screens
from bot.handlers.diary.common import now_of, zone_for
from bot.handlers.send import reply

log = logging.getLogger(__name__)

REPORT_KEYS = (
    "pdf_title",
    "pdf_header",
    "pdf_entries",
    "pdf_footer",
    "chart_title",
    "chart_weeks",
    "chart_episodes",
    "chart_situations",
    "period",
    "period_value",
    "episodes",
    "episodes_value",
    "duration",
    "median_minutes",
    "leg",
    "situations",
    "severity",
    "severity_value",
    "trend",
    "trend_better",
    "trend_same",
    "trend_worse",
    "trend_unknown",
    "flagged",
    "checks",
    "adherence",
    "adherence_value",
    "none",
    "minutes_short",
    "col_when",
    "col_leg",
    "col_duration",
    "col_doing",
    "col_severity",
    "col_note",
)


def report_labels(texts: Texts, level_ids: Sequence[str]) -> dict[str, str]:
    """Every label the chart and PDF use (raw templates; the renderer fills them)."""
    keys = [
        *REPORT_KEYS,
        *(f"leg_{x}" for x in LEGS),
        *(f"dur_{x}" for x in DURATIONS),
        *(f"act_{x}" for x in ACTIVITIES),
        *(f"level_{x}" for x in level_ids),
    ]
    return {k: texts.raw(f"report.{k}") for k in keys if texts.has(f"report.{k}")}


async def build_summary(
    services: Services, user_id: int, days: int
) -> tuple[Summary, list[Entry], tzinfo]:
    """The statistics (and the entries they come from) of the `days` ending today."""
    store = services.diary
    now = services.clock()
    _, tz = await zone_for(services, user_id)
    since = now - timedelta(days=days + 1)
    entries = await store.since(user_id, since)
    outcomes = [(d, level) for d, level in await services.triage.outcomes(user_id)]
    actions = [a for at, a in await store.reminder_actions(user_id, since)]
    s = summarize(
        entries,
        now=now,
        tz=tz,
        days=days,
        nudge=load_words().nudge,
        outcomes=outcomes,
        reminder_actions=actions,
    )
    return s, entries, tz


def render_files(
    s: Summary, labels: dict[str, str], entries: Sequence[Entry], tz: tzinfo, now: datetime
) -> tuple[bytes, bytes]:
    """The chart (PNG) and the PDF: CPU work for a worker thread."""
    inside = [e for e in entries if s.start <= e.at.astimezone(tz).date() <= s.end]
    png, pixels = chart_images(s, labels)
    pdf = summary_pdf(s, labels, pixels, inside, tz, now)
    return png, pdf


async def send_summary(context: BotContext, chat_id: int, user_id: int, days: int) -> None:
    texts = context.texts
    s, entries, tz = await build_summary(context.services, user_id, days)
    if s.episodes == 0:
        await reply(context, chat_id, texts.t("diary.summary_none", days=days))
        return
    labels = report_labels(texts, [lvl.id for lvl in context.services.flow.levels])
    await reply(context, chat_id, screens.summary_text(texts, s, labels))
    now = now_of(context)
    try:
        png, pdf = await off_loop(render_files, s, labels, entries, tz, now)
    except Exception as exc:  # a broken font or library must not take the figures with it
        log.error("diary summary: rendering failed (%s)", type(exc).__name__)
        await reply(context, chat_id, texts.t("diary.summary_failed"))
        return
    await context.bot.send_photo(
        chat_id, png, caption=texts.t("diary.summary_photo_caption", days=days)
    )
    name = f"pinbot-diary-{s.end.isoformat()}.pdf"
    await context.bot.send_document(
        chat_id,
        InputFile(pdf, filename=name),
        caption=texts.t("diary.summary_pdf_caption"),
    )
