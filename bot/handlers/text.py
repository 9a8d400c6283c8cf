"""The single plain-text router: emergency first, then an active flow, then a question."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers import core, flows


async def on_text(update: Update, context: BotContext) -> None:
    if await flows.on_text(update, context):
        return
    await core.send_menu(update, context, "core.menu_prompt")
