"""Hooks into the multi-step flows (symptom check, reminder set-up, diary entry), in one place.

The text router, /cancel and /start call these instead of knowing each flow's details.
Order matters: the symptom check is asked first because it is the safety-relevant flow.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers import diary, remind, triage


async def on_text(update: Update, context: BotContext) -> bool:
    """Typed text while a flow waits for an answer; True when a flow took it."""
    return (
        await triage.on_text(update, context)
        or await remind.on_text(update, context)
        or await diary.on_text(update, context)
    )


async def on_other(update: Update, context: BotContext) -> bool:
    """A sticker, photo or other non-text message while a flow is active."""
    return await triage.on_other(update, context) or await remind.on_other(update, context)


async def cancel_all(user_id: int, context: BotContext) -> bool:
    cancelled_triage = await triage.cancel(user_id, context)
    cancelled_remind = await remind.cancel(user_id, context)
    cancelled_diary = await diary.cancel(user_id, context)
    return cancelled_triage or cancelled_remind or cancelled_diary


async def end_for_emergency(user_id: int, context: BotContext) -> None:
    await triage.end_for_emergency(user_id, context)
    await remind.cancel(user_id, context)


async def reactivate(user_id: int, context: BotContext) -> None:
    """/start after the person had blocked the bot: switch their reminders back on."""
    await remind.reactivate(user_id, context)
