"""The saved diary entries: the list (/diary), one entry, and deleting it (asked first)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from telegram import CallbackQuery, InlineKeyboardMarkup

from bot.content.texts import Texts
from bot.context import BotContext
from bot.diary.model import Entry
from bot.handlers.diary import screens
from bot.handlers.diary.common import now_of, send_or_show, store_of, zone_of
from bot.handlers.send import show


async def show_list(
    context: BotContext, chat_id: int, user_id: int, q: CallbackQuery | None = None
) -> None:
    store = store_of(context)
    entries = await store.latest(user_id, screens.LIST_SIZE)
    total = await store.count(user_id)
    tz_name, tz = await zone_of(context, user_id)
    ci = await store.checkin(user_id)
    text, markup = screens.list_screen(
        context.texts, entries, total, now_of(context), tz, tz_name, ci is not None and ci.enabled
    )
    await send_or_show(context, chat_id, text, markup, q)


async def show_entry(q: CallbackQuery, context: BotContext, user_id: int, entry_id: int) -> None:
    await _entry_screen(q, context, user_id, entry_id, screens.entry_screen)


async def ask_delete(q: CallbackQuery, context: BotContext, user_id: int, entry_id: int) -> None:
    await _entry_screen(q, context, user_id, entry_id, screens.delete_question)


async def _entry_screen(
    q: CallbackQuery,
    context: BotContext,
    user_id: int,
    entry_id: int,
    screen: Callable[[Texts, Entry, datetime, tzinfo], tuple[str, InlineKeyboardMarkup]],
) -> None:
    """One saved entry shown with `screen`; an entry deleted meanwhile is said to be gone."""
    e = await store_of(context).get(user_id, entry_id)
    if e is None:
        await q.answer(context.texts.plain("diary.entry_gone"))
        return
    await q.answer()
    _, tz = await zone_of(context, user_id)
    await show(q, context, *screen(context.texts, e, now_of(context), tz))


async def delete(q: CallbackQuery, context: BotContext, user_id: int, entry_id: int) -> None:
    texts = context.texts
    if not await store_of(context).delete(user_id, entry_id):
        await q.answer(texts.plain("diary.entry_gone"))
        return
    await q.answer()
    await show(q, context, *screens.deleted_screen(texts))
