"""Local Telegram Bot API server (real HTTP on 127.0.0.1) and simulated users.

Used by tests, `pinbot chat` and the benchmarks: the real PTB Application polls it with
``base_url=api.base_url``.
"""

from bot.localapi.faults import Fault, Faults, RateLimiter, TokenBucket
from bot.localapi.models import ApiError, BotMessage, Button, CallRecord, Stats
from bot.localapi.server import ChatEvent, LocalBotApi
from bot.localapi.sim import ChatView, SimGroup, SimUser

__all__ = [
    "ApiError",
    "BotMessage",
    "Button",
    "CallRecord",
    "ChatEvent",
    "ChatView",
    "Fault",
    "Faults",
    "LocalBotApi",
    "RateLimiter",
    "SimGroup",
    "SimUser",
    "Stats",
    "TokenBucket",
]
