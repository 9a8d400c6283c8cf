"""Fixtures for the local Bot API tests: a running server and a tiny real PTB Application."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.localapi import LocalBotApi

TOKEN = "123456:TEST-abc"


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta retry_after (otherwise reading it warns, and warnings are
    errors)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def lapi() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as api:
        yield api


def menu() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Causes", callback_data="v1:m:causes"),
                InlineKeyboardButton("FAQ", callback_data="v1:m:faq"),
            ],
            [InlineKeyboardButton("Site", url="https://example.org")],
        ]
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "<b>Welcome</b> &amp; hello", parse_mode=ParseMode.HTML, reply_markup=menu()
    )


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(
        f"echo: <i>{html.escape(update.effective_message.text)}</i>", parse_mode=ParseMode.HTML
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    q = update.callback_query
    assert q is not None
    await q.answer(f"got {q.data}")
    if q.data == "v1:m:causes":
        await q.edit_message_text("<b>Causes</b>", parse_mode=ParseMode.HTML, reply_markup=menu())


def build_app(api: LocalBotApi) -> Application:  # type: ignore[type-arg]
    app = Application.builder().token(TOKEN).base_url(api.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(on_button))
    return app


@pytest.fixture
async def echo_bot(lapi: LocalBotApi) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = build_app(lapi)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=5)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
