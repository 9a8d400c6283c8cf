"""Every handler of the bot, registered in ONE ordered list.

Order matters. Within a group python-telegram-bot runs the first handler whose filter matches;
lower groups run first. So:
  group -3  flood control (a person sending too fast is ignored for a moment)
  group -2  non-private chats: a pointer for /start, silence for everything else
  group -1  record who talks to us
(Only the first matching handler of a group runs, so each guard has a group of its own.)
  group  0  commands and buttons of each feature, then the plain-text router, then catch-alls
Catch-alls (unknown command, non-text messages, unknown buttons) come last.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import pattern
from bot.handlers import (
    admin,
    browse,
    diary,
    general,
    guards,
    privacy,
    remind,
    stats,
    text,
    triage,
)

PRIVATE = filters.ChatType.PRIVATE


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # Guards, each in its own group; they end an update with ApplicationHandlerStop.
    app.add_handler(TypeHandler(Update, guards.flood_guard), group=-3)
    app.add_handler(TypeHandler(Update, general.guard_non_private), group=-2)
    app.add_handler(TypeHandler(Update, general.record_user), group=-1)

    # group 0, in order:
    # 1. the always-available commands
    app.add_handler(CommandHandler("start", general.start, filters=PRIVATE))
    app.add_handler(CommandHandler("help", general.help_command, filters=PRIVATE))
    app.add_handler(CommandHandler("about", general.about, filters=PRIVATE))
    app.add_handler(CommandHandler("cancel", general.cancel, filters=PRIVATE))
    app.add_handler(
        CallbackQueryHandler(general.menu_button, pattern=pattern("m", "menu", "help", "about"))
    )
    # 2. features: each module's own commands and buttons (v1:<feature>:...)
    for feature in (browse, triage, remind, diary, stats, privacy, admin):
        for handler in feature.HANDLERS:
            app.add_handler(handler)
    # 3. plain text: emergencies first, then an active flow, then a question
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, text.on_text))
    # 4. catch-alls
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, general.unknown_command))
    app.add_handler(MessageHandler(PRIVATE & ~filters.COMMAND, general.other_message))
    app.add_handler(CallbackQueryHandler(general.expired_callback))

    app.add_error_handler(general.on_error)
