"""What the reminder commands and buttons do to a schedule: show the settings (or start the
set-up), pause, resume, turn on/off, weekly stats, and the buttons under a reminder.

Each takes the chat and user already parsed from the update, reads and saves through the
schedule store, and sends what ``screens`` (beside this module) renders.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import CallbackQuery, Message

from bot.context import BotContext
from bot.handlers.remind import setup
from bot.handlers.remind.delivery import now_of, send, store_of, wake
from bot.handlers.remind.screens import (
    local_label,
    next_label,
    no_schedule_screen,
    pause_question,
    paused_text,
    settings_keyboard,
    settings_screen,
)
from bot.handlers.send import unchanged_ok
from bot.reminders.buttons import paused, resumed
from bot.reminders.schedule import PauseChoice, is_paused, next_due, snooze
from bot.tghtml import parse_html, utf16_len

MAX_CAPTION = 1024  # Telegram: a caption, after entity parsing (UTF-16 code units)

ACTIONS = {"d": "done", "s": "snooze", "k": "skip", "p": "pause"}


async def show_settings(context: BotContext, chat_id: int, user_id: int) -> None:
    row = await store_of(context).get(user_id)
    texts = context.texts
    if row is None:
        await send(context, chat_id, *no_schedule_screen(texts))
        return
    now = now_of(context)
    await send(context, chat_id, settings_screen(texts, row, now), settings_keyboard(texts, row))


async def remind_or_settings(context: BotContext, chat_id: int, user_id: int) -> None:
    row = await store_of(context).get(user_id)
    if row is None:
        await setup.start_setup(context, chat_id, user_id)
    else:
        await show_settings(context, chat_id, user_id)


async def ask_pause(context: BotContext, chat_id: int) -> None:
    await send(context, chat_id, *pause_question(context.texts))


async def resume(context: BotContext, chat_id: int, user_id: int) -> None:
    store = store_of(context)
    row = await store.get(user_id)
    if row is None:
        await show_settings(context, chat_id, user_id)
        return
    now = now_of(context)
    was_paused = is_paused(row.settings, now)
    s = resumed(row.settings)
    row = await store.save(user_id, chat_id, s, now)
    wake(context)
    nxt = next_label(context.texts, s, row)
    key = "remind.resumed" if was_paused else "remind.not_paused"
    await send(context, chat_id, context.texts.t(key, next=nxt))


async def pause(context: BotContext, chat_id: int, user_id: int, choice: PauseChoice) -> None:
    store = store_of(context)
    row = await store.get(user_id)
    if row is None:
        return
    now = now_of(context)
    s, until = paused(row.settings, now, choice)
    await store.save(user_id, chat_id, s, now)
    await send(context, chat_id, paused_text(context.texts, s, until))


async def turn(context: BotContext, chat_id: int, user_id: int, on: bool) -> None:
    store = store_of(context)
    row = await store.get(user_id)
    if row is None:
        return
    s = replace(row.settings, enabled=on)
    row = await store.save(user_id, chat_id, s, now_of(context))
    wake(context)
    if not on:
        await send(context, chat_id, context.texts.t("remind.turned_off"))
    else:
        nxt = next_label(context.texts, s, row)
        await send(context, chat_id, context.texts.t("remind.turned_on", next=nxt))


async def answer_reminder(
    q: CallbackQuery,
    context: BotContext,
    chat_id: int,
    user_id: int,
    code: str,
    due_raw: str,
    update_id: int | None = None,
) -> None:
    """Done / Snooze / Skip / Pause for today under a reminder (v1:r:a:<code>:<due>); the
    ``update_id`` of the tap makes a replay of it finish the same answer."""
    texts = context.texts
    action = ACTIONS.get(code)
    store = store_of(context)
    row = await store.get(user_id)
    if action is None or not due_raw.isdigit() or row is None:
        await q.answer(texts.plain("core.expired_alert"))
        return
    due_ts = int(due_raw)
    now = now_of(context)
    if not await store.record_event(user_id, due_ts, action, now, update_id):
        await q.answer(texts.plain("remind.answered_alert"))
        return
    s = row.settings
    if action == "snooze":
        s2 = snooze(s, now)
        await store.save(user_id, chat_id, s2, now, next_override=next_due(s2, now))
        result = texts.t("remind.result_snooze")
    elif action == "pause":
        s2, until = paused(s, now, "today")
        await store.save(user_id, chat_id, s2, now)
        result = texts.t("remind.result_pause", until=local_label(s2, until))
    elif action == "done":
        result = texts.t("remind.result_done")
    else:
        result = texts.t("remind.result_skip")
    wake(context)
    await q.answer()
    msg = q.message
    if isinstance(msg, Message) and (msg.photo or msg.animation):  # an illustrated reminder
        base = msg.caption_html if msg.caption else ""
        room = MAX_CAPTION - utf16_len(msg.caption or "") - 2 - parse_html(result).length
        caption = f"{base}\n\n{result}" if base and room >= 0 else result
        async with unchanged_ok():
            await q.edit_message_caption(caption, reply_markup=None)
        return
    base = msg.text_html if isinstance(msg, Message) and msg.text else ""
    async with unchanged_ok():
        await q.edit_message_text(f"{base}\n\n{result}" if base else result, reply_markup=None)
