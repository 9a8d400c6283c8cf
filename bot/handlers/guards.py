"""Guard handlers that run before everything else."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext


async def flood_guard(update: Update, context: BotContext) -> None:
    """Per-person flood control (filled in by the production work)."""
    return None
