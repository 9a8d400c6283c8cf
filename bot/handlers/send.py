"""Sending and editing screens safely: the helpers every feature uses to show a message (and to
know whom it is for)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.content.texts import Texts
from bot.context import BotContext
from bot.triage.numbers import emergency_number

log = logging.getLogger(__name__)


def chat_and_user(update: Update) -> tuple[int, int] | None:
    """(chat id, user id) of an update; None for updates without both (channel posts…)."""
    if update.effective_chat is None or update.effective_user is None:
        return None
    return update.effective_chat.id, update.effective_user.id


def call_now(texts: Texts, number: str | None) -> str:
    """The one emergency wording, with the person's number when it is known."""
    return texts.t("core.call_now", number=number) if number else texts.t("core.call_now_unknown")


async def number_of(user_id: int | None, context: BotContext) -> str | None:
    """The ambulance number for the person's time zone, or None (unknown: the list is shown)."""
    if user_id is None:
        return None
    try:
        tz = await context.services.users.timezone(user_id)
    except Exception:
        log.exception("could not read the time zone of user %s", user_id)
        return None
    return emergency_number(tz)


def not_modified(exc: BadRequest) -> bool:
    """Telegram refused an edit because nothing changed (the same button pressed twice)."""
    return "not modified" in exc.message.lower()


@contextlib.asynccontextmanager
async def unchanged_ok() -> AsyncIterator[None]:
    """Around an edit: "message is not modified" is not an error; anything else still is."""
    try:
        yield
    except BadRequest as exc:
        if not not_modified(exc):
            raise


async def reply(
    context: BotContext, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message:
    return await context.bot.send_message(
        chat_id,
        text,
        reply_markup=markup,
    )


async def show(
    query: CallbackQuery,
    context: BotContext,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Replace the screen the button belongs to; send a new message when it can't be edited.

    Pressing the same button twice is not an error ("message is not modified" is ignored);
    an old message that can no longer be edited gets the screen as a new message instead.
    """
    message = query.message
    if isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
            return
        except BadRequest as exc:
            if not_modified(exc):
                return
            log.info("could not edit message, sending a new one: %s", exc.message)
    if query.from_user is not None:
        await reply(context, query.from_user.id, text, markup)
