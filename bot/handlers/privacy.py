"""/privacy: what is stored and why; Export my data; Delete my data (with confirmation).

Also the privacy feature's lifecycle: it starts the operations side of the bot (instance lock,
metrics, heartbeat, webhook id persistence, retention pruning), see :mod:`bot.ops.state`.
"""

from __future__ import annotations

import io
import json
import logging
import time
from typing import Any

from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from bot.callbacks import cb, parse_cb, pattern
from bot.context import BotContext, services_of
from bot.handlers import flows, general
from bot.handlers.keyboards import button, menu_button
from bot.handlers.send import show
from bot.ops.state import flush_recent_ids
from bot.storage.privacy import (
    DIARY_DAYS,
    RETENTION_RULES,
    TRIAGE_OUTCOME_DAYS,
    delete_user,
    export_user,
    prune,
)

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
CONFIRM_VALID_S = 600  # a "Yes, delete" button older than this is stale
PRUNE_EVERY_S = 6 * 3600
FLUSH_IDS_EVERY_S = 5


# -- screens --------------------------------------------------------------------------------


def _intro_markup(context: BotContext) -> InlineKeyboardMarkup:
    t = context.texts.plain
    return InlineKeyboardMarkup(
        [
            [button(t("privacy.btn_export"), cb("p", "export"))],
            [button(t("privacy.btn_delete"), cb("p", "delete"))],
            [menu_button(context.texts)],
        ]
    )


def _intro_text(context: BotContext) -> str:
    return context.texts.t(
        "privacy.intro",
        retention_days=context.services.settings.retention_days,
        triage_days=TRIAGE_OUTCOME_DAYS,
        diary_days=DIARY_DAYS,
    )


async def privacy_command(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    await context.bot.send_message(
        chat.id,
        _intro_text(context),
        reply_markup=_intro_markup(context),
    )


async def menu_entry(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await show(query, context, _intro_text(context), _intro_markup(context))


def export_file(document: dict[str, Any]) -> tuple[bytes, str]:
    """The export as one JSON document: its bytes and a file name with the date."""
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return data, f"pinbot-data-{str(document['exported_at'])[:10]}.json"


async def _export(update: Update, context: BotContext) -> None:
    query = update.callback_query
    user = update.effective_user
    assert query is not None and user is not None
    await query.answer(context.texts.plain("privacy.export_alert"))
    document = await export_user(context.services.db, user.id, context.services.clock())
    chat_id = user.id
    if not document["tables"]:
        await general.send_menu_to(chat_id, context, "privacy.export_empty")
        return
    data, name = export_file(document)
    await context.bot.send_document(
        chat_id,
        InputFile(io.BytesIO(data), filename=name),
        caption=context.texts.t("privacy.export_caption"),
    )
    log.info("exported data for user %s (%d bytes)", user.id, len(data), extra={"user_id": user.id})


async def _ask_delete(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    t = context.texts.plain
    stamp = str(int(time.time()))
    markup = InlineKeyboardMarkup(
        [
            [button(t("privacy.btn_confirm_delete"), cb("p", "confirm", stamp))],
            [button(t("privacy.btn_keep"), cb("p", "keep"))],
        ]
    )
    await show(query, context, context.texts.t("privacy.delete_confirm"), markup)


def forget_user_caches(user_id: int, context: BotContext) -> None:
    """In-memory traces of the person outside the database."""
    context.services.users.forget(user_id)


async def _confirm_delete(update: Update, context: BotContext, stamp: str) -> None:
    query = update.callback_query
    user = update.effective_user
    assert query is not None and user is not None
    if not stamp.isdigit() or not 0 <= time.time() - int(stamp) <= CONFIRM_VALID_S:
        await general.expired_callback(update, context)
        return
    await query.answer()
    try:
        await flows.cancel_all(user.id, context)
    except Exception:
        log.warning("could not cancel the flows of user %s", user.id, extra={"user_id": user.id})
    try:
        deleted = await delete_user(context.services.db, user.id)
    except Exception:
        log.exception("deleting the data of user %s failed", user.id, extra={"user_id": user.id})
        await show(query, context, context.texts.t("privacy.delete_failed"), None)
        return
    forget_user_caches(user.id, context)
    log.info(
        "deleted all data of user %s (%d rows)",
        user.id,
        sum(deleted.values()),
        extra={"user_id": user.id},
    )
    await show(query, context, context.texts.t("privacy.deleted"), None)


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    match parse_cb(query.data, "p"):
        case ["export"]:
            await _export(update, context)
        case ["delete"]:
            await _ask_delete(update, context)
        case ["confirm", stamp]:
            await _confirm_delete(update, context, stamp)
        case ["keep"]:
            await query.answer()
            texts = context.texts
            await show(query, context, texts.t("privacy.delete_kept"), _intro_markup(context))
        case _:
            await general.expired_callback(update, context)


HANDLERS: list[BaseHandler[Update, BotContext, Any]] = [
    CommandHandler("privacy", privacy_command, filters=PRIVATE),
    CallbackQueryHandler(menu_entry, pattern=pattern("m", "privacy")),
    CallbackQueryHandler(on_button, pattern=pattern("p")),
]


# -- lifecycle: operations and retention ----------------------------------------------------


async def prune_now(app: Application[Any, Any, Any, Any, Any, Any]) -> dict[str, int]:
    services = services_of(app)
    removed = await prune(
        services.db, RETENTION_RULES, services.clock(), services.settings.retention_days
    )
    if any(removed.values()):
        log.info("retention: pruned %s", removed)
    return removed


async def _prune_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await prune_now(context.application)


async def _flush_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await flush_recent_ids(context.application)


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    if app.job_queue is not None:
        app.job_queue.run_repeating(_prune_job, interval=PRUNE_EVERY_S, first=60, name="prune")
        app.job_queue.run_repeating(
            _flush_job, interval=FLUSH_IDS_EVERY_S, first=FLUSH_IDS_EVERY_S, name="webhook-ids"
        )


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    return None
