"""Pinbot: a Telegram bot for adults who get pins and needles in a leg."""

import os

# Opt in to python-telegram-bot's future API now: durations such as RetryAfter.retry_after are
# datetime.timedelta values (otherwise every 429 raises a deprecation warning).
os.environ.setdefault("PTB_TIMEDELTA", "1")

__version__ = "0.1.0"
