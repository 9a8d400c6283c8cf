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
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


@dataclass(eq=False)
class Running:
    """The update being processed in this task (`CURRENT`), as the one send path sees it.

    ``counts`` numbers the requests its handlers make, per method (the first sendMessage, the
    second...); ``confirmed`` is None except for an update that is being replayed after a
    crash: then it holds the requests of the interrupted run that Telegram had confirmed,
    (method, number) -> result (`bot.ratelimit`)."""

    update_id: int
    confirmed: dict[tuple[str, int], Any] | None = None
    counts: dict[str, int] = field(default_factory=dict)


# Set by the processor around an update's handlers (and its done mark); None elsewhere (jobs,
# the reminder dispatcher, start-up).
CURRENT: ContextVar[Running | None] = ContextVar("pinbot_running_update", default=None)


def chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Hooks, all optional:

    * ``duplicate(update)``: True for an update that is already handled or queued (the durable
      inbox); it is dropped on the spot and not reported as done;
    * ``gate(update)``: sees every update as it arrives, before it waits behind its chat's
      earlier updates; an update it refuses is dropped on the spot (flood control);
    * ``on_done(update)``: awaited once an update has been processed, or deliberately dropped by
      the gate (the durable inbox marks it done). An update cancelled by a shutdown is not done;
    * ``recall(update_id)``: for an update listed in ``replayed`` (queued again after a crash)
      whose journal holds something, the requests its interrupted run had confirmed (see
      `Running`); only those updates pay for the look-up.
    """

    def __init__(
        self,
        max_concurrent_updates: int = 256,
        gate: Callable[[object], bool] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._tails: dict[int, asyncio.Future[None]] = {}
        self.gate = gate
        self.duplicate: Callable[[object], bool] | None = None
        self.on_done: Callable[[object], Awaitable[None]] | None = None
        self.recall: Callable[[int], Awaitable[dict[tuple[str, int], Any]]] | None = None
        # updates queued again after a crash -> whether their journal holds something
        self.replayed: dict[int, bool] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.duplicate is not None and self.duplicate(update):
            if asyncio.iscoroutine(coroutine):
                coroutine.close()
            return
        if self.gate is not None and not self.gate(update):
            if asyncio.iscoroutine(coroutine):
                coroutine.close()  # never started: nothing to clean up
            await self._done(update)
            return
        token = None
        if isinstance(update, Update):
            running = Running(update.update_id)
            if self.replayed:
                begun = self.replayed.pop(update.update_id, None)
                if begun is not None:  # a replay: {} when nothing had been confirmed
                    recall = self.recall
                    running.confirmed = await recall(update.update_id) if begun and recall else {}
            token = CURRENT.set(running)
        try:
            await self._in_chat_order(update, coroutine)
            await self._done(update)
        finally:
            if token is not None:
                CURRENT.reset(token)

    async def _done(self, update: object) -> None:
        if self.on_done is not None:
            await self.on_done(update)

    async def _in_chat_order(self, update: object, coroutine: Awaitable[Any]) -> None:
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
