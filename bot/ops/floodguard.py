"""Flood control: decided when an update *arrives*, acted on by a guard handler (group -3).

Why at arrival: updates of one chat are processed strictly in order and replies to one chat
are paced by Telegram (about one message a second), so a person sending 30 messages in two
seconds would otherwise have them queued and processed one a second — never "more than 20 in
10 s" at processing time, while their queue grows and holds processing slots. So
:func:`install_flood_gate` wraps the application's update processor: each update is checked
against :class:`bot.ops.flood.FloodControl` as soon as the Application takes it from the queue,
before it waits behind the chat's earlier updates. Updates over the limit are dropped right
there (no handler runs, no API call is spent). The one update that crosses the limit is marked;
when its turn comes, :func:`flood_guard` sends the single "slow down" reply (in order after the
replies already due) and stops it. Other people are never affected.

:func:`flood_guard` also counts every update (``pinbot_updates_total{kind}``), beats the
heartbeat, and drops inputs longer than Telegram allows before any processing.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop

from bot.callbacks import MAX_BYTES
from bot.context import BotContext, state_of
from bot.ops.flood import Verdict
from bot.ops.metrics import update_kind
from bot.ops.state import OpsState, ops_of
from bot.processor import ChatOrderedProcessor

log = logging.getLogger(__name__)

# Hard caps before any processing (Telegram's own limits; anything longer is not genuine).
MAX_TEXT_CHARS = 4096
_WARNED_MAX = 10_000


def oversized(update: Update) -> bool:
    message = update.effective_message if update.callback_query is None else None
    if message is not None:
        for text in (message.text, message.caption):
            if text is not None and len(text) > MAX_TEXT_CHARS:
                return True
    query = update.callback_query
    return (
        query is not None and query.data is not None and len(query.data.encode("utf-8")) > MAX_BYTES
    )


def admit(ops: OpsState, update: object) -> Verdict:
    """The flood decision for one arriving update (ALLOW for anything without a sender)."""
    if not isinstance(update, Update) or update.effective_user is None:
        return Verdict.ALLOW
    verdict = ops.flood.check(update.effective_user.id)
    if verdict is Verdict.WARN:
        if len(ops.flood_warned) >= _WARNED_MAX:
            ops.flood_warned.clear()
        ops.flood_warned.add(update.update_id)
    elif verdict is Verdict.DROP:
        ops.metrics.record_flood("drop")
    return verdict


def install_flood_gate(app: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    """Check flood control at arrival through the processor's gate; False when the app's
    processor has no gate (then the guard handler checks at processing time instead)."""
    ops = ops_of(app)
    processor = app.update_processor
    services = state_of(app).services
    if services is not None and services.shared_inbox is not None:
        # several replicas: counted in the database as updates arrive (bot/ops/inbox.py); the
        # one that crossed the limit is in ops.flood_warned, the ones after it never queued
        if isinstance(processor, ChatOrderedProcessor):
            processor.gate = None
        ops.gate_installed = True
        return True
    if not isinstance(processor, ChatOrderedProcessor):
        log.warning("flood control runs at processing time: the update processor has no gate")
        return False

    def gate(update: object) -> bool:
        if admit(ops, update) is not Verdict.DROP:
            return True
        if isinstance(update, Update) and update.callback_query is not None:
            # Even a dropped button press is answered, so the person's spinner stops.
            app.create_task(update.callback_query.answer(), update=update)
        return False

    processor.gate = gate
    ops.gate_installed = True
    return True


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
    if ops.gate_installed:
        if update.update_id not in ops.flood_warned:
            return
        ops.flood_warned.discard(update.update_id)
    else:
        verdict = admit(ops, update)
        if verdict is Verdict.ALLOW:
            return
        ops.flood_warned.discard(update.update_id)
        if verdict is Verdict.DROP:
            raise ApplicationHandlerStop
    ops.metrics.record_flood("warn")
    log.info("flood control: user %s is sending too fast", user.id, extra={"user_id": user.id})
    chat = update.effective_chat
    texts = context.texts
    if update.callback_query is not None:
        await update.callback_query.answer(texts.plain("privacy.slow_down_alert"))
    elif chat is not None and chat.type == ChatType.PRIVATE:
        await context.bot.send_message(chat.id, texts.t("privacy.slow_down"))
    raise ApplicationHandlerStop
