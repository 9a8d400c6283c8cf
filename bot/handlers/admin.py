"""/admin: aggregate counts for the ids in PINBOT_ADMIN_IDS — never any one person's data.

Everyone else gets exactly the ordinary unknown-command reply, so the command's existence is not
revealed. Only counts leave the database; no ids, names, texts or per-person rows.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.content.texts import Html
from bot.context import BotContext
from bot.handlers import general
from bot.storage.counts import aggregate_counts

PRIVATE = filters.ChatType.PRIVATE


async def admin_command(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None or user.id not in context.services.settings.admin_ids:
        await general.unknown_command(update, context)
        return
    db = context.services.db
    counts = await aggregate_counts(db, context.services.clock())
    levels = counts.pop("levels")
    texts = context.texts
    level_lines = "\n".join(
        texts.t("privacy.admin_level_line", level=level, count=n) for level, n in levels.items()
    )
    await general.send_menu(
        update,
        context,
        "privacy.admin_stats",
        levels=Html(level_lines),
        schema=db.version,
        **counts,
    )


HANDLERS: list[BaseHandler[Update, BotContext, Any]] = [
    CommandHandler("admin", admin_command, filters=PRIVATE),
]
