"""What every diary handler needs: the store, now, the person's time zone, and sending."""

from __future__ import annotations

from datetime import datetime, tzinfo

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.context import BotContext, Services
from bot.handlers.send import reply, show
from bot.reminders.schedule import ReminderSettings, zone
from bot.storage.diary import DiaryStore

DEFAULT_TZ = "UTC"


def store_of(context: BotContext) -> DiaryStore:
    return context.services.diary


def now_of(context: BotContext) -> datetime:
    return context.services.clock()


async def settings_of(context: BotContext, user_id: int) -> ReminderSettings | None:
    """The person's reminder settings (their zone and active hours), if they have reminders."""
    return await settings_for(context.services, user_id)


async def settings_for(services: Services, user_id: int) -> ReminderSettings | None:
    row = await services.schedules.get(user_id)
    return None if row is None else row.settings


async def zone_of(context: BotContext, user_id: int) -> tuple[str, tzinfo]:
    return await zone_for(context.services, user_id)


async def zone_for(services: Services, user_id: int) -> tuple[str, tzinfo]:
    """The person's time zone: their reminders' zone, else UTC."""
    s = await settings_for(services, user_id)
    name = s.tz if s is not None else DEFAULT_TZ
    return name, zone(name)


async def send_or_show(
    context: BotContext,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
    q: CallbackQuery | None,
) -> None:
    """Edit the message of a button press in place, or send a new message (a command)."""
    if q is not None:
        await show(q, context, text, markup)
    else:
        await reply(context, chat_id, text, markup)
