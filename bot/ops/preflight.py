"""Before serving: is Telegram there, and does it accept the token?

* a refused token (401/404) is a configuration error: one line naming ``TELEGRAM_BOT_TOKEN``,
  exit status 2 (`bot.config.ConfigError`), no traceback;
* Telegram unreachable (no route, DNS, refused connection, timeouts) or answering 5xx: one log
  line per attempt with the reason and the next wait, retrying with backoff (1, 2, 4 … 60 s)
  until it answers. No signal handler is installed yet, so SIGTERM still stops the process at
  once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from telegram import Bot
from telegram.error import InvalidToken, NetworkError

from bot.config import ConfigError
from bot.ops.tls import bot_api_request

__all__ = ["wait_for_telegram"]

log = logging.getLogger("bot.startup")
FIRST_WAIT = 1.0
MAX_WAIT = 60.0


async def _get_me(token: str, base_url: str) -> str:
    # getUpdates is never called here: one client (the shared TLS context) for getMe
    request = bot_api_request(connect_timeout=5, read_timeout=10)
    bot = Bot(token, base_url=base_url, request=request, get_updates_request=request)
    try:
        await bot.initialize()  # getMe
        return bot.username
    finally:
        await bot.shutdown()


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def wait_for_telegram(
    token: str,
    base_url: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
    attempts: int | None = None,
) -> str:
    """The bot's username once Telegram answers; ConfigError when it refuses the token."""
    wait = FIRST_WAIT
    tried = 0
    while True:
        tried += 1
        try:
            return asyncio.run(_get_me(token, base_url))
        except InvalidToken as exc:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN: Telegram refused this token (401 Unauthorized): "
                "check it with @BotFather"
            ) from exc
        except NetworkError as exc:  # unreachable, timeouts, 5xx
            if attempts is not None and tried >= attempts:
                raise
            log.warning(
                "Telegram is not reachable (%s); trying again in %.0f s", _reason(exc), wait
            )
        sleep(wait)
        wait = min(MAX_WAIT, wait * 2)
