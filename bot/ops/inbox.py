"""The durable inbox: nothing a person sends is lost, also across a crash.

Every update is written to the ``inbox`` table (one short transaction per batch) before
Telegram is told it arrived:

* polling: `InboxBot.get_updates` stores each batch before returning it, and the updater only
  confirms an offset on its *next* ``getUpdates`` — so the offset never moves past an update
  that is not on disk;
* webhook: the receiver's ``submit`` stores the update before the ``200``.

Processing goes through the `ChatOrderedProcessor` (in order per chat); each update is marked
done when its handlers have run (its JSON is then cleared). At start, updates received but not
done are queued again, before polling or the webhook listener start. ``update_id`` is the
de-duplication key: an update Telegram sends again (an unconfirmed offset, a repeated webhook
delivery) is recognised and dropped. Done rows are deleted after two days.

Delivery to handlers is at least once: an update whose handlers ran but whose done mark did not
reach the disk before a crash is processed again after the restart.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application, ExtBot

from bot.context import services_of
from bot.processor import ChatOrderedProcessor, chat_key
from bot.storage.inbox import Received

log = logging.getLogger(__name__)

AnyApp = Application[Any, Any, Any, Any, Any, Any]
KEEP_DONE = timedelta(days=2)


class InboxBot(ExtBot[int]):
    """ExtBot whose ``getUpdates`` writes each batch to the inbox before returning it."""

    # set once the application exists (`install`); protected: telegram objects are frozen
    _inbox_app: AnyApp | None = None

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        if updates and self._inbox_app is not None:
            await accept(self._inbox_app, list(updates))
        return updates


def _received(update: Update) -> Received:
    return update.update_id, chat_key(update), json.dumps(update.to_dict(), ensure_ascii=False)


async def accept(app: AnyApp, updates: list[Update]) -> set[int]:
    """Store `updates`; the ones already stored are remembered as duplicates (dropped)."""
    services = services_of(app)
    fresh = await services.inbox.accept([_received(u) for u in updates], services.clock())
    duplicates = services.ops.inbox_duplicates
    for u in updates:
        if u.update_id not in fresh:
            duplicates.add(u.update_id)
    return fresh


def install(app: AnyApp) -> None:
    """Wire the inbox into the bot (polling) and the update processor (duplicates, done)."""
    if isinstance(app.bot, InboxBot):
        app.bot._inbox_app = app
    processor = app.update_processor
    if not isinstance(processor, ChatOrderedProcessor):
        return
    duplicates = services_of(app).ops.inbox_duplicates

    def duplicate(update: object) -> bool:
        if isinstance(update, Update) and update.update_id in duplicates:
            duplicates.discard(update.update_id)
            return True
        return False

    async def on_done(update: object) -> None:
        if not isinstance(update, Update):
            return
        services = services_of(app)
        try:
            await services.inbox.done(update.update_id, services.clock())
        except Exception:  # the database is closing: it is picked up again after a restart
            log.warning("could not mark update %s done", update.update_id)

    processor.duplicate = duplicate
    processor.on_done = on_done


async def replay(app: AnyApp) -> int:
    """Queue the updates received before a stop or crash but not processed; returns how many."""
    services = services_of(app)
    await services.inbox.prune(services.clock() - KEEP_DONE)
    waiting = await services.inbox.waiting()
    for update_id, payload in waiting:
        try:
            update = Update.de_json(json.loads(payload), app.bot)
        except Exception:
            log.warning("inbox: update %s could not be read; skipped", update_id)
            await services.inbox.done(update_id, services.clock())
            continue
        await app.update_queue.put(update)
    if waiting:
        log.info("inbox: %d update(s) from before the restart queued again", len(waiting))
    return len(waiting)
