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
"""

from __future__ import annotations

import html
import logging
import secrets
from datetime import UTC, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.content.texts import Html, Texts
from bot.context import BotContext, services_of
from bot.handlers.keyboards import button, cb
from bot.storage.triage_store import TriageSession, TriageStore
from bot.triage.engine import (
    ITEM_DONE,
    ITEM_NONE,
    ITEM_YES,
    SESSION_LEN,
    Flow,
    Outcome,
    Question,
    State,
    StateError,
    TriageError,
    answer,
    make_callback,
    outcome,
    parse_callback,
    parse_typed,
    start,
    toggle,
)
from bot.triage.flow import get_flow
from bot.triage.numbers import emergency_number

log = logging.getLogger(__name__)

STORE_KEY = "triage_store"
PURGE_JOB = "triage-expire"
EMERGENCY_LEVELS = frozenset({"emergency", "emergency_ambulance"})
MAX_RELATED_BUTTONS = 3


def _now() -> datetime:
    return datetime.now(UTC)


def _flow() -> Flow:
    return get_flow("en")


def _store(context: BotContext) -> TriageStore:
    extras = context.services.extras
    store = extras.get(STORE_KEY)
    if not isinstance(store, TriageStore):
        store = TriageStore(context.db)
        extras[STORE_KEY] = store
    return store


def _new_session() -> str:
    return secrets.token_urlsafe(SESSION_LEN)[:SESSION_LEN]


# ---------------------------------------------------------------- rendering (no I/O)


def _item_lines(texts: Texts, flow: Flow, question: Question) -> list[str]:
    return [
        texts.t(
            "triage.item",
            number=n,
            label=flow.findings[f].label,
            description=Html(flow.findings[f].description),
        )
        for n, f in enumerate(question.findings, 1)
    ]


def _hint(texts: Texts, question: Question) -> str:
    if question.kind == "yesno":
        return texts.t("triage.hint_yesno")
    if question.end_on_first:
        return texts.t("triage.hint_tap")
    return texts.t("triage.hint_tick")


def question_text(texts: Texts, flow: Flow, state: State, notice: str | None = None) -> str:
    question = flow.questions[state.current]
    parts: list[str] = []
    if notice:
        parts.append(notice)
    if not state.path:
        parts.append(texts.t("triage.intro"))
    parts.append(texts.t("triage.heading", number=len(state.path) + 1) + "\n" + question.text)
    if question.kind == "checklist":
        parts.append("\n".join(_item_lines(texts, flow, question)))
    parts.append(_hint(texts, question))
    return "\n\n".join(parts)


def question_keyboard(texts: Texts, flow: Flow, state: State, session: str) -> InlineKeyboardMarkup:
    question = flow.questions[state.current]
    index = flow.question_index(question.id)

    def data(item: str) -> str:
        return make_callback(session, index, item)

    if question.kind == "yesno":
        return InlineKeyboardMarkup(
            [
                [
                    button(texts.plain("triage.btn_yes"), data(ITEM_YES)),
                    button(texts.plain("triage.btn_no"), data(ITEM_NONE)),
                ]
            ]
        )
    rows: list[list[InlineKeyboardButton]] = []
    for n, finding_id in enumerate(question.findings, 1):
        label = flow.findings[finding_id].label
        if question.end_on_first:
            text = texts.plain("triage.btn_item", number=n, label=label)
        elif finding_id in state.ticks:
            text = texts.plain("triage.btn_item_on", number=n, label=label)
        else:
            text = texts.plain("triage.btn_item_off", number=n, label=label)
        rows.append([button(text, data(str(n - 1)))])
    last = [button(texts.plain("triage.btn_none"), data(ITEM_NONE))]
    if not question.end_on_first:
        last.append(button(texts.plain("triage.btn_done"), data(ITEM_DONE)))
    rows.append(last)
    return InlineKeyboardMarkup(rows)


def answered_text(texts: Texts, flow: Flow, state: State, selected: frozenset[str]) -> str:
    """The question as it was asked, with the person's answer under it (buttons removed)."""
    question = flow.questions[state.current]
    if question.kind == "yesno":
        said = Html(texts.t("triage.answer_yes" if selected else "triage.answer_no"))
    elif selected:
        labels = "; ".join(flow.findings[f].label for f in question.findings if f in selected)
        said = Html(html.escape(labels, quote=False))
    else:
        said = Html(texts.t("triage.answer_none"))
    body = question_text(texts, flow, state).rsplit("\n\n", 1)[0]  # drop the hint
    return body + "\n\n" + texts.t("triage.answered", answer=said)


def outcome_message(
    texts: Texts,
    flow: Flow,
    result: Outcome,
    number: str | None,
    *,
    typed: bool = False,
    related_titles: dict[str, str] | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """The outcome: level in plain words, why, what to do now, numbers, links, disclaimer."""
    level = flow.level(result.level)
    icon_key = f"triage.icon_{level.id}"
    icon = texts.t(icon_key) if texts.has(icon_key) else ""
    parts: list[str] = []
    if typed:
        parts.append(texts.t("triage.typed_emergency"))
    parts.append(texts.t("triage.result", icon=Html(icon), name=Html(level.name)))
    parts.append(level.action)
    if level.id in EMERGENCY_LEVELS:
        if number:
            parts.append(texts.t("triage.number_known", number=number))
        else:
            parts.append(texts.t("triage.number_unknown"))
    reasons = "; ".join(flow.findings[f].label for f in result.reasons)
    if reasons and typed:
        parts.append(texts.t("triage.why_typed", reasons=reasons))
    elif reasons:
        parts.append(texts.t("triage.why", reasons=reasons))
    elif not typed:
        parts.append(texts.t("triage.why_none"))
    if level.id == flow.levels[0].id:
        parts.append(texts.t("triage.offer_reminders"))
    titles = related_titles or {}
    links = [cid for cid in result.related if cid in titles][:MAX_RELATED_BUTTONS]
    if links:
        parts.append(texts.t("triage.read_more"))
    parts.append(texts.t("triage.not_diagnosis"))
    rows: list[list[InlineKeyboardButton]] = []
    if level.id == flow.levels[0].id:
        rows.append([button(texts.plain("triage.btn_remind"), cb("m", "remind"))])
    for cid in links:
        feature = "f" if cid.startswith("faq-") else "c"
        rows.append([button(titles[cid], cb(feature, cid))])
    rows.append(
        [
            button(texts.plain("triage.btn_again"), cb("m", "triage")),
            button(texts.plain("triage.btn_menu"), cb("m", "menu")),
        ]
    )
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


def _related_titles() -> dict[str, str]:
    try:
        from bot.content.library import load_bundle

        bundle = load_bundle()
    except Exception:  # content problems must never stop the outcome from being shown
        log.exception("could not load content titles for triage links")
        return {}
    return {t.id: t.title for t in bundle.topics()}


# ---------------------------------------------------------------- sending


async def _send_question(
    chat_id: int,
    user_id: int,
    session: str,
    state: State,
    context: BotContext,
    notice: str | None = None,
) -> Message:
    flow, texts = _flow(), context.texts
    message = await context.bot.send_message(
        chat_id,
        question_text(texts, flow, state, notice),
        parse_mode=ParseMode.HTML,
        reply_markup=question_keyboard(texts, flow, state, session),
    )
    await _store(context).set_message(user_id, session, message.message_id)
    return message


async def _edit(
    chat_id: int, message_id: int | None, context: BotContext, text: str | None = None
) -> None:
    """Replace a question message's text (or just drop its buttons); failures don't matter."""
    if message_id is None:
        return
    try:
        if text is None:
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        else:
            await context.bot.edit_message_text(
                text, chat_id, message_id, parse_mode=ParseMode.HTML, reply_markup=None
            )
    except TelegramError as exc:  # too old, deleted, not modified...
        log.debug("could not edit triage message %s: %s", message_id, exc)


async def _timezone(user_id: int, context: BotContext) -> str | None:
    try:
        return await context.services.user_store().timezone(user_id)
    except Exception:
        log.exception("could not read the time zone of user %s", user_id)
        return None


async def _send_outcome(
    chat_id: int, user_id: int, result: Outcome, context: BotContext, *, typed: bool = False
) -> None:
    number = emergency_number(await _timezone(user_id, context))
    text, keyboard = outcome_message(
        context.texts, _flow(), result, number, typed=typed, related_titles=_related_titles()
    )
    await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard)


async def begin(chat_id: int, user_id: int, context: BotContext, notice: str | None = None) -> None:
    """Start a fresh check (replacing any check in progress)."""
    store, flow = _store(context), _flow()
    old = await store.get(user_id, _now())
    if old is not None:
        await _edit(old.chat_id, old.message_id, context)
    session = _new_session()
    state = start(flow)
    await store.start(user_id, chat_id, session, state.to_json(), flow.version, _now())
    await _send_question(chat_id, user_id, session, state, context, notice)


async def _advance(
    sess: TriageSession,
    state: State,
    selected: frozenset[str],
    context: BotContext,
    answered_message_id: int | None,
) -> None:
    """Apply one answer: store it, mark the question answered, then ask the next or finish."""
    flow, store, texts = _flow(), _store(context), context.texts
    result = answer(flow, state, state.current, selected)
    if isinstance(result, Outcome):
        if not await store.finish(sess.user_id, sess.session, result.level, _now()):
            return  # already finished (a double tap)
        await _edit(
            sess.chat_id, answered_message_id, context, answered_text(texts, flow, state, selected)
        )
        await _send_outcome(sess.chat_id, sess.user_id, result, context)
        return
    if not await store.save(sess.user_id, sess.session, result.to_json(), _now(), None):
        return
    await _edit(
        sess.chat_id, answered_message_id, context, answered_text(texts, flow, state, selected)
    )
    await _send_question(sess.chat_id, sess.user_id, sess.session, result, context)


async def _active(user_id: int, context: BotContext) -> tuple[TriageSession, State] | None:
    """The person's check in progress and its state; None if there is none (or it is unusable)."""
    store = _store(context)
    sess = await store.get(user_id, _now())
    if sess is None:
        return None
    try:
        return sess, State.from_json(_flow(), sess.state)
    except StateError:
        log.info("dropping a triage state of user %s that no longer fits the flow", user_id)
        await store.delete(user_id)
        return None


async def _reshow(
    sess: TriageSession, state: State, context: BotContext, notice: str | None = None
) -> None:
    """Ask the current question again, in a new message (the old one loses its buttons)."""
    await _edit(sess.chat_id, sess.message_id, context)
    await _send_question(sess.chat_id, sess.user_id, sess.session, state, context, notice)


# ---------------------------------------------------------------- handlers


async def triage_command(update: Update, context: BotContext) -> None:
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    await begin(chat.id, user.id, context)


async def menu_entry(update: Update, context: BotContext) -> None:
    """The "Check my symptoms" / "Check again" buttons (v1:m:triage)."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    await begin(chat.id, user.id, context)


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
    active = await _active(user.id, context)
    if parsed is None or active is None or active[0].session != parsed[0]:
        await query.answer(context.texts.plain("triage.stale_alert"))
        await _edit(chat.id, pressed, context)
        await begin(chat.id, user.id, context, notice=context.texts.t("triage.stale"))
        return
    sess, state = active
    flow = _flow()
    _, qidx, item = parsed
    if qidx != flow.question_index(state.current):
        await query.answer(context.texts.plain("triage.answered_alert"))
        if sess.message_id is None:  # the current question was never shown (a crash)
            await _send_question(sess.chat_id, sess.user_id, sess.session, state, context)
        return
    question = flow.questions[state.current]
    try:
        if item == ITEM_NONE:
            await query.answer()
            await _advance(sess, state, frozenset(), context, pressed)
        elif item == ITEM_DONE and question.kind == "checklist":
            await query.answer()
            await _advance(sess, state, state.ticks, context, pressed)
        elif item == ITEM_YES and question.kind == "yesno":
            await query.answer()
            await _advance(sess, state, frozenset(question.findings), context, pressed)
        elif item.isdigit() and question.kind == "checklist" and int(item) < len(question.findings):
            finding = question.findings[int(item)]
            if question.end_on_first:
                await query.answer()
                await _advance(sess, state, frozenset({finding}), context, pressed)
                return
            ticked = toggle(flow, state, question.id, finding)
            await _store(context).save(
                sess.user_id, sess.session, ticked.to_json(), _now(), pressed
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
            await _reshow(sess, state, context)
    except TriageError:
        log.exception("triage answer refused for user %s", user.id)
        await _store(context).delete(user.id)
        await begin(chat.id, user.id, context, notice=context.texts.t("triage.flow_changed"))


async def on_text(update: Update, context: BotContext) -> bool:
    """Typed text while a check waits for an answer (the text router calls this after its
    emergency check). True when the check took the text."""
    message, user = update.message, update.effective_user
    if message is None or message.text is None or user is None:
        return False
    active = await _active(user.id, context)
    if active is None:
        return False
    sess, state = active
    if sess.message_id is None:  # the current question was never shown (a crash)
        await _send_question(sess.chat_id, sess.user_id, sess.session, state, context)
        return True
    flow = _flow()
    question = flow.questions[state.current]
    selected = parse_typed(flow, question, message.text, state.ticks)
    if selected is None:
        await _reshow(sess, state, context, notice=context.texts.t("triage.reask"))
        return True
    await _advance(sess, state, selected, context, sess.message_id)
    return True


async def on_other(update: Update, context: BotContext) -> bool:
    """A sticker, photo, voice note... during a check: ask the current question again, kindly."""
    user = update.effective_user
    if user is None or update.message is None:
        return False
    active = await _active(user.id, context)
    if active is None:
        return False
    sess, state = active
    await _reshow(sess, state, context, notice=context.texts.t("triage.reask_other"))
    return True


async def cancel(user_id: int, context: BotContext) -> bool:
    """/cancel: forget the check in progress. True if there was one."""
    sess = await _store(context).get(user_id, _now())
    if sess is None:
        return False
    await _store(context).delete(user_id)
    await _edit(sess.chat_id, sess.message_id, context)
    return True


async def end_for_emergency(user_id: int, context: BotContext) -> None:
    """Typed emergency text: the running check ends (the router shows the emergency advice)."""
    await cancel(user_id, context)


async def show_emergency(
    chat_id: int, user_id: int, findings: list[str], context: BotContext
) -> None:
    """The emergency outcome for emergency findings recognised in typed text."""
    flow = _flow()
    known = [f for f in findings if f in flow.findings]
    result = outcome(flow, known)
    if flow.rank(result.level) < flow.rank("emergency"):
        top = flow.level("emergency_ambulance")
        result = Outcome(top.id, [], list(top.related), frozenset(known))
    await _send_outcome(chat_id, user_id, result, context, typed=True)


# ---------------------------------------------------------------- lifecycle


async def _purge(context: BotContext) -> None:
    removed = await _store(context).purge_expired(_now())
    if removed:
        log.info("forgot %d abandoned symptom checks", removed)


async def on_startup(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    services = services_of(app)
    store = TriageStore(services.database())
    services.extras[STORE_KEY] = store
    await store.purge_expired(_now())
    if app.job_queue is not None:
        for job in app.job_queue.get_jobs_by_name(PURGE_JOB):
            job.schedule_removal()
        app.job_queue.run_repeating(_purge, interval=3600, first=3600, name=PURGE_JOB)


async def on_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    services_of(app).extras.pop(STORE_KEY, None)


PRIVATE = filters.ChatType.PRIVATE

HANDLERS: list[BaseHandler[Update, BotContext, Any]] = [
    CommandHandler("triage", triage_command, filters=PRIVATE),
    CallbackQueryHandler(menu_entry, pattern=r"^v1:m:triage$"),
    CallbackQueryHandler(on_button, pattern=r"^v1:t:"),
]
