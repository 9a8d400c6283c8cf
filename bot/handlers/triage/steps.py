"""The steps of a symptom check in the chat: start, ask, apply an answer, re-ask, finish.

Each step reads or writes the stored session (`TriageStore`, one row per person) and sends or
edits messages; the handlers in `bot.handlers.triage` decide which step an update means.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime

from telegram import InlineKeyboardMarkup, Message
from telegram.error import TelegramError

from bot.context import BotContext
from bot.handlers.remind import plans as remind_plans
from bot.handlers.send import number_of
from bot.handlers.triage.screens import (
    answered_text,
    outcome_message,
    question_keyboard,
    question_text,
)
from bot.storage.triage_store import TriageSession, TriageStore
from bot.triage.callbacks import SESSION_LEN
from bot.triage.engine import answer, start
from bot.triage.models import Flow, Outcome, State, StateError

log = logging.getLogger("bot.handlers.triage")  # same logger as before the split


def current_flow(context: BotContext) -> Flow:
    return context.services.flow


def store_of(context: BotContext) -> TriageStore:
    return context.services.triage


def now(context: BotContext) -> datetime:
    return context.services.clock()


def _new_session() -> str:
    return secrets.token_urlsafe(SESSION_LEN)[:SESSION_LEN]


def _related_titles(context: BotContext) -> dict[str, str]:
    return {t.id: t.title for t in context.services.content.topics()}


async def send_question(
    chat_id: int,
    user_id: int,
    session: str,
    state: State,
    context: BotContext,
    notice: str | None = None,
) -> Message:
    flow, texts = current_flow(context), context.texts
    message = await context.bot.send_message(
        chat_id,
        question_text(texts, flow, state, notice),
        reply_markup=question_keyboard(texts, flow, state, session),
    )
    await store_of(context).set_message(user_id, session, message.message_id)
    return message


async def edit_question(
    chat_id: int, message_id: int | None, context: BotContext, text: str | None = None
) -> None:
    """Replace a question message's text (or just drop its buttons); failures don't matter."""
    if message_id is None:
        return
    try:
        if text is None:
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        else:
            await context.bot.edit_message_text(text, chat_id, message_id, reply_markup=None)
    except TelegramError as exc:  # too old, deleted, not modified...
        log.debug("could not edit triage message %s: %s", message_id, exc)


async def send_outcome(
    chat_id: int,
    user_id: int,
    result: Outcome,
    context: BotContext,
    *,
    typed: bool = False,
    story_topic: str | None = None,
) -> None:
    number = await number_of(user_id, context)
    text, keyboard = outcome_message(
        context.texts,
        current_flow(context),
        result,
        number,
        typed=typed,
        related_titles=_related_titles(context),
        story_topic=story_topic,
    )
    # movement plans: remember what the safety rules need; offer a fitting plan if allowed
    offers = await remind_plans.after_check(context, user_id, result)
    if offers:
        rows = list(keyboard.inline_keyboard)
        keyboard = InlineKeyboardMarkup([*rows[:-1], *offers, rows[-1]])
    await context.bot.send_message(chat_id, text, reply_markup=keyboard)


async def begin(
    chat_id: int,
    user_id: int,
    context: BotContext,
    notice: str | None = None,
    known: frozenset[str] = frozenset(),
) -> None:
    """Start a fresh check (replacing any check in progress), pre-filled with `known`."""
    store, flow = store_of(context), current_flow(context)
    old = await store.get(user_id, now(context))
    if old is not None:
        await edit_question(old.chat_id, old.message_id, context)
    session = _new_session()
    state = start(flow, known)
    await store.start(user_id, chat_id, session, state.to_json(), flow.version, now(context))
    await send_question(chat_id, user_id, session, state, context, notice)


async def advance(
    sess: TriageSession,
    state: State,
    selected: frozenset[str],
    context: BotContext,
    answered_message_id: int | None,
) -> None:
    """Apply one answer: store it, mark the question answered, then ask the next or finish."""
    flow, store, texts = current_flow(context), store_of(context), context.texts
    result = answer(flow, state, state.current, selected)
    if isinstance(result, Outcome):
        if not await store.finish(sess.user_id, sess.session, result.level, now(context)):
            return  # already finished (a double tap)
        await edit_question(
            sess.chat_id, answered_message_id, context, answered_text(texts, flow, state, selected)
        )
        await send_outcome(sess.chat_id, sess.user_id, result, context)
        return
    if not await store.save(sess.user_id, sess.session, result.to_json(), now(context), None):
        return
    await edit_question(
        sess.chat_id, answered_message_id, context, answered_text(texts, flow, state, selected)
    )
    await send_question(sess.chat_id, sess.user_id, sess.session, result, context)


async def active_check(user_id: int, context: BotContext) -> tuple[TriageSession, State] | None:
    """The person's check in progress and its state; None if there is none (or it is unusable)."""
    store = store_of(context)
    sess = await store.get(user_id, now(context))
    if sess is None:
        return None
    try:
        return sess, State.from_json(current_flow(context), sess.state)
    except StateError:
        log.info("dropping a triage state of user %s that no longer fits the flow", user_id)
        await store.delete(user_id)
        return None


async def reshow(
    sess: TriageSession, state: State, context: BotContext, notice: str | None = None
) -> None:
    """Ask the current question again, in a new message (the old one loses its buttons)."""
    await edit_question(sess.chat_id, sess.message_id, context)
    await send_question(sess.chat_id, sess.user_id, sess.session, state, context, notice)
