"""The symptom check in the chat: /triage, the "Check my symptoms" button, answers, outcome.

Thin layer over the pure engine (`bot.triage.engine`) and the flow data
(content/<lang>/triage.toml): read the update, call the engine, store the state, render.

* Buttons carry `v1:t:<session>:<question index>:<item>`. A session id that is not the
  person's active check (an earlier, finished, cancelled or expired check) is answered and
  leads to a fresh start.
* The state is stored in SQLite after every answer (and every tick), so a restart between two
  answers loses nothing. The stored `message_id` is the message showing the current question;
  it is cleared when the state moves on and set once the next question is sent, so a crash in
  between shows the current question again instead of taking a blind answer.
* Only the outcome level and date are kept after a check; the answers are deleted.

The pure rendering lives in `bot.handlers.triage.screens` and the steps of a check (start, ask,
answer, re-ask, finish) in `bot.handlers.triage.steps`; this module maps updates to them.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import pattern
from bot.context import BotContext, services_of
from bot.handlers.triage.screens import question_keyboard
from bot.handlers.triage.steps import (
    active_check,
    advance,
    begin,
    current_flow,
    edit_question,
    now,
    reshow,
    send_outcome,
    send_question,
    store_of,
)
from bot.triage.callbacks import ITEM_DONE, ITEM_NONE, ITEM_YES, parse_callback
from bot.triage.engine import toggle, typed_emergency
from bot.triage.models import TriageError
from bot.triage.prefill import PREFILL_PATTERN, parse_prefill
from bot.triage.typed import parse_typed

log = logging.getLogger(__name__)

PURGE_JOB = "triage-expire"


# ---------------------------------------------------------------- handlers


async def triage_command(update: Update, context: BotContext) -> None:
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    await begin(chat.id, user.id, context)


async def menu_entry(update: Update, context: BotContext) -> None:
    """The "Check my symptoms" / "Check again" buttons (v1:m:triage), and the same button under
    a typed symptom story (v1:m:check:...), which pre-fills the check with what was understood."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    known = parse_prefill(current_flow(context), query.data or "") or frozenset()
    await begin(chat.id, user.id, context, known=known)


async def on_button(update: Update, context: BotContext) -> None:
    """Every button of a question: v1:t:<session>:<question index>:<item>."""
    query = update.callback_query
    assert query is not None
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        await query.answer()
        return
    pressed = query.message.message_id if query.message is not None else None
    parsed = parse_callback(query.data or "")
    active = await active_check(user.id, context)
    if parsed is None or active is None or active[0].session != parsed[0]:
        await query.answer(context.texts.plain("triage.stale_alert"))
        if isinstance(query.message, Message) and query.message.reply_markup is not None:
            await edit_question(chat.id, pressed, context)  # its buttons are stale: remove them
        await begin(chat.id, user.id, context, notice=context.texts.t("triage.stale"))
        return
    sess, state = active
    flow = current_flow(context)
    _, qidx, item = parsed
    if qidx != flow.question_index(state.current):
        await query.answer(context.texts.plain("triage.answered_alert"))
        if sess.message_id is None:  # the current question was never shown (a crash)
            await send_question(sess.chat_id, sess.user_id, sess.session, state, context)
        return
    question = flow.questions[state.current]
    try:
        if item == ITEM_NONE:
            await query.answer()
            await advance(sess, state, frozenset(), context, pressed)
        elif item == ITEM_DONE and question.kind == "checklist":
            await query.answer()
            await advance(sess, state, state.ticks, context, pressed)
        elif item == ITEM_YES and question.kind == "yesno":
            await query.answer()
            await advance(sess, state, frozenset(question.findings), context, pressed)
        elif item.isdigit() and question.kind == "checklist" and int(item) < len(question.findings):
            finding = question.findings[int(item)]
            if question.end_on_first:
                await query.answer()
                await advance(sess, state, frozenset({finding}), context, pressed)
                return
            if sess.update_id == update.update_id:
                ticked = state  # this very tap, replayed after a crash: already ticked
            else:
                ticked = toggle(flow, state, question.id, finding)
                await store_of(context).save(
                    sess.user_id,
                    sess.session,
                    ticked.to_json(),
                    now(context),
                    pressed,
                    update.update_id,
                )
            await query.answer()
            try:
                await query.edit_message_reply_markup(
                    question_keyboard(context.texts, flow, ticked, sess.session)
                )
            except TelegramError as exc:
                log.debug("could not update ticks: %s", exc)
        else:
            await query.answer(context.texts.plain("triage.stale_alert"))
            await reshow(sess, state, context)
    except TriageError:
        log.exception("triage answer refused for user %s", user.id)
        await store_of(context).delete(user.id)
        await begin(chat.id, user.id, context, notice=context.texts.t("triage.flow_changed"))


async def on_text(update: Update, context: BotContext) -> bool:
    """Typed text while a check waits for an answer (the text router calls this after its
    emergency check). True when the check took the text."""
    message, user = update.message, update.effective_user
    if message is None or message.text is None or user is None:
        return False
    active = await active_check(user.id, context)
    if active is None:
        return False
    sess, state = active
    if sess.message_id is None:  # the current question was never shown (a crash)
        await send_question(sess.chat_id, sess.user_id, sess.session, state, context)
        return True
    flow = current_flow(context)
    question = flow.questions[state.current]
    selected = parse_typed(flow, question, message.text, state.ticks)
    if selected is None:
        await reshow(sess, state, context, notice=context.texts.t("triage.reask"))
        return True
    await advance(sess, state, selected, context, sess.message_id)
    return True


async def on_other(update: Update, context: BotContext) -> bool:
    """A sticker, photo, voice note... during a check: ask the current question again, kindly."""
    user = update.effective_user
    if user is None or update.message is None:
        return False
    active = await active_check(user.id, context)
    if active is None:
        return False
    sess, state = active
    await reshow(sess, state, context, notice=context.texts.t("triage.reask_other"))
    return True


async def cancel(user_id: int, context: BotContext) -> bool:
    """/cancel: forget the check in progress. True if there was one."""
    sess = await store_of(context).get(user_id, now(context))
    if sess is None:
        return False
    await store_of(context).delete(user_id)
    await edit_question(sess.chat_id, sess.message_id, context)
    return True


async def end_for_emergency(user_id: int, context: BotContext) -> None:
    """Typed emergency text: the running check ends (the router shows the emergency advice)."""
    await cancel(user_id, context)


async def show_emergency(
    chat_id: int,
    user_id: int,
    findings: list[str],
    context: BotContext,
    story_topic: str | None = None,
) -> None:
    """The emergency outcome for emergency findings recognised in typed text; `story_topic`,
    the topic the message is about, is offered below the advice for a story that is over."""
    result = typed_emergency(current_flow(context), findings)
    await send_outcome(chat_id, user_id, result, context, typed=True, story_topic=story_topic)


# ---------------------------------------------------------------- lifecycle


async def _purge(context: BotContext) -> None:
    removed = await store_of(context).purge_expired(now(context))
    if removed:
        log.info("forgot %d abandoned symptom checks", removed)


async def on_startup(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    services = services_of(app)
    await services.triage.purge_expired(services.clock())
    if app.job_queue is not None:
        for job in app.job_queue.get_jobs_by_name(PURGE_JOB):
            job.schedule_removal()
        app.job_queue.run_repeating(_purge, interval=3600, first=3600, name=PURGE_JOB)


async def on_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Nothing to stop: the store lives as long as the services."""


PRIVATE = filters.ChatType.PRIVATE

HANDLERS: list[BaseHandler[Update, BotContext, Any]] = [
    CommandHandler("triage", triage_command, filters=PRIVATE),
    CallbackQueryHandler(menu_entry, pattern=pattern("m", "triage")),
    CallbackQueryHandler(menu_entry, pattern=PREFILL_PATTERN),
    CallbackQueryHandler(on_button, pattern=pattern("t")),
]
