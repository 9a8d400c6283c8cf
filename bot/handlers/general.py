"""/start, /help, /cancel, the main menu, and the replies for everything nobody else handles."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop

from bot.callbacks import parse_cb
from bot.context import BotContext
from bot.handlers import flows
from bot.handlers.keyboards import main_menu

log = logging.getLogger(__name__)


def _is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


async def send_menu(update: Update, context: BotContext, key: str, **values: object) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    await send_menu_to(chat.id, context, key, **values)


async def send_menu_to(chat_id: int, context: BotContext, key: str, **values: object) -> None:
    await context.bot.send_message(
        chat_id,
        context.texts.t(key, **values),
        reply_markup=main_menu(context.texts),
    )


# --- guards (groups -2 and -1, see bot/handlers/__init__.py) ---------------------------


async def guard_non_private(update: Update, context: BotContext) -> None:
    """Groups and channels: point /start at a private chat, stay quiet about everything else."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    message = update.effective_message
    if (
        update.message is not None
        and message is not None
        and message.text is not None
        and _is_start_for_us(message.text, context.bot.username)
    ):
        link = f"https://t.me/{context.bot.username}"
        await context.bot.send_message(chat.id, context.texts.t("core.group_pointer", link=link))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


def _is_start_for_us(text: str, username: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    command, _, target = first.partition("@")
    return command == "/start" and (not target or target.lower() == username.lower())


async def record_user(update: Update, context: BotContext) -> None:
    """Remember who talks to the bot (once a day per person; private chats only)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or not _is_private(update):
        return
    await context.services.users.touch(
        user.id, chat.id, user.language_code, context.services.clock()
    )


# --- commands ----------------------------------------------------------------------------


async def start(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is not None:
        await context.services.users.set_blocked(user.id, False)
        await flows.reactivate(user.id, context)
    name = user.first_name if user is not None else ""
    await send_menu(update, context, "core.welcome", name=name)


async def help_command(update: Update, context: BotContext) -> None:
    await send_menu(update, context, "core.help")


async def about(update: Update, context: BotContext) -> None:
    await send_menu(update, context, "general.about")


async def cancel(update: Update, context: BotContext) -> None:
    user = update.effective_user
    cancelled = user is not None and await flows.cancel_all(user.id, context)
    await send_menu(update, context, "core.cancelled" if cancelled else "core.nothing_to_cancel")


# --- main menu buttons ---------------------------------------------------------------------

_MENU_SCREENS = {"menu": "core.menu_prompt", "help": "core.help", "about": "general.about"}


async def menu_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    parts = parse_cb(query.data, "m") or []
    key = _MENU_SCREENS.get(parts[0] if parts else "", "core.menu_prompt")
    await query.answer()
    await send_menu(update, context, key)


# --- fallbacks (last) ---------------------------------------------------------------------


async def unknown_command(update: Update, context: BotContext) -> None:
    await send_menu(update, context, "core.unknown_command")


async def other_message(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice…: an active flow re-asks its question, otherwise a kind pointer."""
    if update.message is None:
        return  # edited messages, reactions and the like: deliberate silence
    if await flows.on_other(update, context):
        return
    await send_menu(update, context, "core.non_text")


async def expired_callback(update: Update, context: BotContext) -> None:
    """Any button we no longer (or never) understood: answer it and offer a fresh menu."""
    query = update.callback_query
    assert query is not None
    await query.answer(context.texts.plain("core.expired_alert"))
    await send_menu(update, context, "core.expired")


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    user_id = (
        update.effective_user.id
        if isinstance(update, Update) and update.effective_user is not None
        else None
    )
    if isinstance(error, Forbidden):
        log.info("user %s blocked the bot or left", user_id)
        if user_id is not None:
            await context.services.users.set_blocked(user_id, True)
        return
    log.error(
        "handler error for user %s: %s",
        user_id,
        type(error).__name__,
        exc_info=error,
        extra={"user_id": user_id},
    )
    if isinstance(update, Update) and update.effective_chat is not None and _is_private(update):
        try:
            if update.callback_query is not None:
                await update.callback_query.answer()
            await context.bot.send_message(update.effective_chat.id, context.texts.t("core.error"))
        except Exception:
            log.warning("could not tell user %s about the error", user_id)
