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

Delivery to handlers is at least once: an update interrupted by a crash (its handlers running,
or done but the done mark not on disk) is processed again after the restart. What its handlers
do must then happen once: writes are idempotent per update (e.g. a diary entry carries the
``update_id`` that saved it, migration 010), and requests Telegram had already confirmed are
answered from the update's journal instead of being sent again (`bot.ratelimit`; only the
request in flight at the crash is repeated). The processor looks the journal up only for the
updates queued again here whose journal holds something (``ChatOrderedProcessor.replayed``).

Several replicas (PostgreSQL): the inbox becomes a queue claimed per chat
(:class:`bot.storage.inbox.SharedInbox`). A replica processes only what it claimed: a chat's
oldest waiting update, claimed when it arrives (if the chat is idle) or when the chat's previous
update is done, by whichever replica finished it. A repeat delivered to another replica finds the
update stored and is dropped. Every few seconds each replica renews the leases of what it is
processing and takes over chats whose claim expired (a replica that died). At shutdown it gives
back the claims it could not finish.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application, ExtBot

from bot.context import services_of
from bot.ops.flood import check_shared
from bot.processor import ChatOrderedProcessor, chat_key
from bot.ratelimit import PoliteRateLimiter
from bot.storage.inbox import Ready, Received, SharedInbox

log = logging.getLogger(__name__)

AnyApp = Application[Any, Any, Any, Any, Any, Any]
KEEP_DONE = timedelta(days=2)
SHARED_TICK = 2.0  # seconds between lease renewals / take-overs (the lease is 10 s)
FLOOD_PRUNE_EVERY = 3600.0


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
    """Store `updates`; returns the ids the caller may process now. The others are dropped
    by the processor if they reach it (polling queues a whole batch): already stored, or, with
    several replicas, not this replica's turn (their chat's earlier update is still running)."""
    services = services_of(app)
    shared = services.shared_inbox
    if shared is not None:
        return await _accept_shared(app, shared, updates)
    fresh = await services.inbox.accept([_received(u) for u in updates], services.clock())
    duplicates = services.ops.inbox_duplicates
    for u in updates:
        if u.update_id not in fresh:
            duplicates.add(u.update_id)
    return fresh


async def _accept_shared(app: AnyApp, shared: SharedInbox, updates: list[Update]) -> set[int]:
    """Several replicas: the processor runs only what this replica claimed (`inbox_ready`), once;
    whatever else reaches its queue (the rest of a polling batch, a second copy) is dropped."""
    services = services_of(app)
    ops = services.ops
    now = services.clock()

    def flood(state: str | None) -> tuple[str, str]:
        fc = ops.flood
        verdict, new = check_shared(
            state, now.timestamp(), limit=fc.limit, window=fc.window, cooldown=fc.cooldown
        )
        return verdict.value, new

    _fresh, ready, dropped = await shared.accept([_received(u) for u in updates], now, flood)
    for u in updates:
        if u.update_id in dropped:
            ops.metrics.record_flood("drop")
            if u.callback_query is not None:  # answered anyway, so its spinner stops
                app.create_task(u.callback_query.answer(), update=u)
    received = {u.update_id for u in updates}
    now_ids = {r.update_id for r in ready} & received
    for r in ready:
        if r.flood_warn:
            ops.flood_warned.add(r.update_id)
    ops.inbox_claimed.update(now_ids)
    ops.inbox_ready.update(now_ids)
    await _queue(app, [r for r in ready if r.update_id not in received])
    return now_ids


async def _queue(app: AnyApp, ready: list[Ready], *, replayed: bool = False) -> None:
    """Queue claimed updates read back from the inbox (another chat's turn came up, or a
    replica died: an update it had begun carries its journal, which the replay looks up)."""
    services = services_of(app)
    processor = app.update_processor
    for update_id, payload, warn, sent in ready:
        try:
            update = Update.de_json(json.loads(payload), app.bot)
        except Exception:
            log.warning("inbox: update %s could not be read; skipped", update_id)
            if services.shared_inbox is not None:
                await _queue(
                    app, await services.shared_inbox.finish(update_id, None, services.clock())
                )
            continue
        services.ops.inbox_claimed.add(update_id)
        services.ops.inbox_ready.add(update_id)
        if (replayed or sent is not None) and isinstance(processor, ChatOrderedProcessor):
            processor.replayed[update_id] = sent is not None
        if warn:
            services.ops.flood_warned.add(update_id)
        await app.update_queue.put(update)


async def shared_tick(app: AnyApp) -> None:
    """Renew the leases of updates being processed; take over chats nobody holds."""
    services = services_of(app)
    shared = services.shared_inbox
    if shared is None:
        return
    claimed = sorted(services.ops.inbox_claimed)
    now = services.clock()
    if claimed:
        await shared.renew(claimed, now)
    await _queue(app, await shared.sweep(now), replayed=True)
    if now.timestamp() - services.ops.flood_pruned_at > FLOOD_PRUNE_EVERY:
        services.ops.flood_pruned_at = now.timestamp()
        await shared.forget_flood(now - timedelta(days=1))


async def release_shared(app: AnyApp) -> None:
    """At shutdown: give back the claims not finished, so another replica takes them now."""
    services = services_of(app)
    if services.shared_inbox is None or not services.ops.inbox_claimed:
        return
    claimed, services.ops.inbox_claimed = sorted(services.ops.inbox_claimed), set()
    await services.shared_inbox.release(claimed)


def install(app: AnyApp) -> None:
    """Wire the inbox into the bot (polling) and the update processor (duplicates, done)."""
    if isinstance(app.bot, InboxBot):
        app.bot._inbox_app = app
    processor = app.update_processor
    if not isinstance(processor, ChatOrderedProcessor):
        return
    ops = services_of(app).ops
    duplicates = ops.inbox_duplicates
    journal = services_of(app).inbox  # the same rows serve the shared inbox
    processor.recall = journal.sent
    limiter = app.bot.rate_limiter
    if isinstance(limiter, PoliteRateLimiter):
        limiter.journal = journal
    shared = services_of(app).shared_inbox is not None

    def duplicate(update: object) -> bool:
        if not isinstance(update, Update):
            return False
        if shared:  # run only what this replica claimed, and only once
            if update.update_id in ops.inbox_ready:
                ops.inbox_ready.discard(update.update_id)
                return False
            return True
        if update.update_id in duplicates:
            duplicates.discard(update.update_id)
            return True
        return False

    async def on_done(update: object) -> None:
        if not isinstance(update, Update):
            return
        services = services_of(app)
        try:
            if services.shared_inbox is not None:
                services.ops.inbox_claimed.discard(update.update_id)
                nxt = await services.shared_inbox.finish(
                    update.update_id, chat_key(update), services.clock()
                )
                await _queue(app, nxt)
            else:
                await services.inbox.done(update.update_id, services.clock())
        except Exception:  # the database is closing: it is picked up again after a restart
            log.warning("could not mark update %s done", update.update_id)

    processor.duplicate = duplicate
    processor.on_done = on_done


async def replay(app: AnyApp) -> int:
    """Queue the updates received before a stop or crash but not processed; returns how many."""
    services = services_of(app)
    await services.inbox.prune(services.clock() - KEEP_DONE)
    if services.shared_inbox is not None:  # other replicas may be processing: claim, not queue
        if app.job_queue is not None:
            app.job_queue.run_repeating(
                _tick_job, interval=SHARED_TICK, first=SHARED_TICK, name="inbox-shared"
            )
        replica = services.shared_inbox.worker.rsplit("/", 1)[0]
        await services.shared_inbox.release_previous(replica)  # this replica before a crash
        ready = await services.shared_inbox.sweep(services.clock(), limit=10_000)
        await _queue(app, ready, replayed=True)
        return len(ready)
    waiting = await services.inbox.waiting()
    begun = await services.inbox.begun() if waiting else set()
    processor = app.update_processor
    for update_id, payload in waiting:
        try:
            update = Update.de_json(json.loads(payload), app.bot)
        except Exception:
            log.warning("inbox: update %s could not be read; skipped", update_id)
            await services.inbox.done(update_id, services.clock())
            continue
        if isinstance(processor, ChatOrderedProcessor):
            processor.replayed[update_id] = update_id in begun  # begun: look its journal up
        await app.update_queue.put(update)
    if waiting:
        log.info("inbox: %d update(s) from before the restart queued again", len(waiting))
    return len(waiting)


async def _tick_job(context: Any) -> None:
    try:
        await shared_tick(context.application)
    except Exception:
        log.exception("inbox: renewing claims failed")
