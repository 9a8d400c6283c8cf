"""Process updates of different chats concurrently while each chat's updates stay in order.

python-telegram-bot's default processes one update at a time; with a real network round trip
per reply that caps all users together at about 20 updates/s. Here every chat (or user, for
updates without a chat) has a chain: an update waits only for the previous update of the same
chat. Updates are handed to ``do_process_update`` in arrival order, and each one registers in
its chain before its first ``await``, so the chain order is the arrival order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """``gate`` (optional) sees every update as it arrives, before it waits behind its chat's
    earlier updates; an update it refuses is dropped on the spot (flood control)."""

    def __init__(
        self,
        max_concurrent_updates: int = 256,
        gate: Callable[[object], bool] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._tails: dict[int, asyncio.Future[None]] = {}
        self.gate = gate

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.gate is not None and not self.gate(update):
            if asyncio.iscoroutine(coroutine):
                coroutine.close()  # never started: nothing to clean up
            return
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        previous = self._tails.get(key)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = mine
        started = False
        try:
            if previous is not None:
                await asyncio.shield(previous)
            started = True
            await coroutine
        finally:
            if not started and asyncio.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting: never leave it un-awaited
            mine.set_result(None)
            if self._tails.get(key) is mine:
                del self._tails[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
