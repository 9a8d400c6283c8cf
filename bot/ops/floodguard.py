"""The flood-control guard handler (runs before every other handler, group -2).

For each update: count it (``pinbot_updates_total{kind}``), beat the heartbeat, cap input sizes,
then ask :class:`bot.ops.flood.FloodControl` about the sender. Over the limit, the person gets
one "slow down" reply (private chats only; a pressed button gets a short pop-up instead) and
everything they send during the cooldown is dropped without a reply — no API calls are spent on
a flood. Other people are unaffected.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext
from bot.ops.flood import Verdict
from bot.ops.metrics import update_kind
from bot.ops.state import ops_of

log = logging.getLogger(__name__)

# Hard caps before any processing (Telegram's own limits; anything longer is not genuine).
MAX_TEXT_CHARS = 4096
MAX_CALLBACK_BYTES = 64


def oversized(update: Update) -> bool:
    message = update.effective_message if update.callback_query is None else None
    if message is not None:
        for text in (message.text, message.caption):
            if text is not None and len(text) > MAX_TEXT_CHARS:
                return True
    query = update.callback_query
    return (
        query is not None
        and query.data is not None
        and len(query.data.encode("utf-8")) > MAX_CALLBACK_BYTES
    )


async def flood_guard(update: Update, context: BotContext) -> None:
    ops = ops_of(context.application)
    ops.metrics.record_update(update_kind(update))
    ops.heartbeat.beat()
    if oversized(update):
        ops.metrics.input_truncated.inc()
        if update.callback_query is not None:
            await update.callback_query.answer()
        log.info(
            "dropped an oversized input",
            extra={"user_id": update.effective_user.id if update.effective_user else None},
        )
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None:
        return
    verdict = ops.flood.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if verdict is Verdict.DROP:
        ops.metrics.record_flood("drop")
        raise ApplicationHandlerStop
    ops.metrics.record_flood("warn")
    log.info("flood control: user %s is sending too fast", user.id, extra={"user_id": user.id})
    chat = update.effective_chat
    texts = context.texts
    if update.callback_query is not None:
        await update.callback_query.answer(texts.plain("privacy.slow_down_alert"))
    elif chat is not None and chat.type == ChatType.PRIVATE:
        await context.bot.send_message(
            chat.id, texts.t("privacy.slow_down"), parse_mode=ParseMode.HTML
        )
    raise ApplicationHandlerStop
