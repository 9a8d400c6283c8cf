"""The bot without the durable inbox, only for `make bench`: what the inbox costs per update.

``python -m bot.bench.noinbox`` runs exactly like ``pinbot run`` in polling mode, except that
updates are not written to the database before they are acknowledged.
"""

from __future__ import annotations

import os

from bot.app import build_application
from bot.config import ALLOWED_UPDATES, Settings
from bot.logs import setup_logging


def main() -> None:
    settings = Settings.from_env(os.environ)
    setup_logging(settings.log_level, secrets=[settings.require_token().get()])
    app = build_application(settings, durable_inbox=False)
    app.run_polling(allowed_updates=ALLOWED_UPDATES)


if __name__ == "__main__":
    main()
