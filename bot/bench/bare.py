"""The baseline for CPU per update: a bare python-telegram-bot app that only replies "hi".

With ``PINBOT_BENCH_RICH=1`` it replies with the same screen /start sends instead (the welcome
text as HTML and the main-menu keyboard), which separates the cost of the framework and the
bigger reply from the cost of Pinbot's own code.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, MessageHandler, filters

RICH = os.environ.get("PINBOT_BENCH_RICH") == "1"


async def hi(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, "hi")


def rich_reply() -> MessageHandler[ContextTypes.DEFAULT_TYPE, None]:
    from bot.content.texts import load_texts
    from bot.handlers.keyboards import main_menu

    texts = load_texts()
    text = texts.t("core.welcome", name="Ann")
    markup = main_menu(texts)

    async def rich(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_chat is not None:
            await context.bot.send_message(
                update.effective_chat.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
            )

    return MessageHandler(filters.ALL, rich)


def main() -> None:
    app = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    app.add_handler(rich_reply() if RICH else MessageHandler(filters.ALL, hi))
    app.run_polling(allowed_updates=["message"])


if __name__ == "__main__":
    main()
