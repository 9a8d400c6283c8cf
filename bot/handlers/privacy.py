"""Handlers of the privacy feature (stub: filled in by its feature work)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, BaseHandler

from bot.context import BotContext

HANDLERS: list[BaseHandler[Update, BotContext, object]] = []


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    return None


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    return None
