"""Handlers of the browse feature (stub: filled in by its feature work)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext

HANDLERS: list[BaseHandler[Update, BotContext, object]] = []
