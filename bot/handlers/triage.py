"""Handlers of the triage feature (stub: filled in by its feature work)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, BaseHandler

from bot.context import BotContext

HANDLERS: list[BaseHandler[Update, BotContext, object]] = []


async def on_text(update: Update, context: BotContext) -> bool:
    return False


async def on_other(update: Update, context: BotContext) -> bool:
    return False


async def cancel(user_id: int, context: BotContext) -> bool:
    return False


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    return None


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    return None


async def end_for_emergency(user_id: int, context: BotContext) -> None:
    return None
