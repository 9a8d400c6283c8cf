"""The bot's operational state (metrics, heartbeat, flood control, recent webhook update ids,
instance lock). It exists from the moment the application is built (`bot.context.Boot.ops`),
so the request counter and the flood gate have it before the first request.

:func:`ops_startup` / :func:`ops_shutdown` are lifecycle hooks: ``bot.app`` runs them first at
start and last at shutdown, in every mode.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.context import boot_of, state_of
from bot.ops.flood import FloodControl
from bot.ops.liveness import HealthCheck, Heartbeat
from bot.ops.lock import InstanceLock
from bot.ops.metrics import Metrics
from bot.ops.routes import RecentIds
from bot.storage.ops_store import OpsStore

log = logging.getLogger(__name__)

HEARTBEAT_EVERY = 15.0  # seconds; /healthz fails after HEALTH_MAX_AGE without a beat
HEALTH_MAX_AGE = 90.0
PRUNE_EVERY = 6 * 3600.0
RECENT_IDS = 10_000
WEBHOOK_IDS_KEEP_DAYS = 2

AnyApp = Application[Any, Any, Any, Any, Any, Any]


@dataclass
class OpsState:
    metrics: Metrics = field(default_factory=Metrics)
    heartbeat: Heartbeat = field(default_factory=Heartbeat)
    flood: FloodControl = field(default_factory=FloodControl)
    recent: RecentIds = field(default_factory=lambda: RecentIds(RECENT_IDS))
    lock: InstanceLock | None = None
    unsaved_ids: list[tuple[int, str]] = field(default_factory=list)
    health: HealthCheck | None = None
    flood_warned: set[int] = field(default_factory=set)  # update ids that crossed the limit
    # What refresh_metrics() has already counted (dispatcher stats, triage outcome row ids).
    seen_dispatch: dict[str, int] = field(default_factory=dict)
    seen_triage_id: int | None = None
    gate_installed: bool = False
    # update ids the durable inbox already holds: dropped when they arrive again
    inbox_duplicates: set[int] = field(default_factory=set)
    # several replicas: update ids this replica claimed and has not finished, and those of them
    # queued but not started yet (the processor runs only these, each once)
    inbox_claimed: set[int] = field(default_factory=set)
    inbox_ready: set[int] = field(default_factory=set)
    flood_pruned_at: float = 0.0  # shared flood state last pruned (unix s)


def ops_of(app: AnyApp) -> OpsState:
    ops = boot_of(app).ops
    assert isinstance(ops, OpsState)
    return ops


def _store(app: AnyApp) -> OpsStore | None:
    services = state_of(app).services
    return None if services is None else OpsStore(services.db)


def health_of(app: AnyApp) -> HealthCheck:
    ops = ops_of(app)
    if ops.health is None:
        state = state_of(app)

        async def ping() -> bool:
            return state.services is not None and await state.services.db.ping()

        ops.health = HealthCheck(ping, ops.heartbeat, max_age=HEALTH_MAX_AGE, metrics=ops.metrics)
    return ops.health


async def _count_error(update: object, context: Any) -> None:
    ops_of(context.application).metrics.record_handler_error()


async def _beat(context: ContextTypes.DEFAULT_TYPE) -> None:
    ops_of(context.application).heartbeat.beat()


async def ops_startup(app: AnyApp) -> None:
    ops = ops_of(app)
    settings = boot_of(app).settings
    if ops.lock is None and not settings.shared_db:  # SQLite only: replicas share PostgreSQL
        ops.lock = InstanceLock(settings.db_path).acquire()
    from bot.ops.floodguard import install_flood_gate  # imports this module

    install_flood_gate(app)
    if _count_error not in app.error_handlers:
        app.add_error_handler(_count_error)
    ops.heartbeat.beat()
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            _beat, interval=HEARTBEAT_EVERY, first=HEARTBEAT_EVERY, name="ops-heartbeat"
        )
    await load_recent_ids(app)
    await refresh_metrics(app)  # baseline: outcomes recorded before this start are not counted


async def ops_shutdown(app: AnyApp) -> None:
    ops = ops_of(app)
    try:
        await flush_recent_ids(app)
    except Exception:
        log.exception("could not save recent webhook update ids")
    if ops.lock is not None:
        ops.lock.release()
        ops.lock = None


# -- webhook update ids survive restarts -----------------------------------------------------


def remember_update(app: AnyApp, update_id: int) -> None:
    now = boot_of(app).clock()
    ops_of(app).unsaved_ids.append((update_id, now.isoformat(timespec="seconds")))


async def load_recent_ids(app: AnyApp) -> None:
    store = _store(app)
    if store is None:
        return
    ops = ops_of(app)
    for update_id in await store.recent_update_ids(RECENT_IDS):
        ops.recent.add(update_id)


async def flush_recent_ids(app: AnyApp) -> None:
    ops = ops_of(app)
    store = _store(app)
    if not ops.unsaved_ids or store is None:
        return
    batch, ops.unsaved_ids = ops.unsaved_ids, []
    cutoff = boot_of(app).clock() - timedelta(days=WEBHOOK_IDS_KEEP_DAYS)
    await store.save_update_ids(batch, cutoff.isoformat(timespec="seconds"))


# -- metrics owned by other features, read at scrape time -------------------------------------


async def refresh_metrics(app: AnyApp) -> None:
    """Bring the reminder and triage metrics up to date (called before /metrics renders).

    * reminders due/sent/late + lateness histogram: from the reminder dispatcher's own stats
      (``Dispatcher.stats``), counting only what happened since the last scrape;
    * active schedules: counted in the database;
    * triage outcomes by level: rows of ``triage_outcomes`` newer than the last one counted
      (its ids only grow: AUTOINCREMENT), so deleting or pruning rows never lowers a counter.
    """
    ops = ops_of(app)
    services = state_of(app).services
    if services is None:
        return
    stats = services.dispatcher.stats
    if stats is not None:
        totals = {
            name: int(getattr(stats, name, 0))
            for name in ("sent", "missed", "failed", "blocked", "unknown")
        }
        seen = ops.seen_dispatch
        due_delta = sum(totals.values()) - sum(seen.get(k, 0) for k in totals)
        sent_delta = totals["sent"] - seen.get("sent", 0)
        if due_delta > 0:
            ops.metrics.record_reminder_due(due_delta)
        lateness = list(getattr(stats, "lateness", ()))
        if sent_delta > 0:
            for value in lateness[-sent_delta:]:
                ops.metrics.record_reminder_sent(float(value))
            for _ in range(sent_delta - min(sent_delta, len(lateness))):
                ops.metrics.reminders_sent.inc()
        ops.seen_dispatch = totals
    store = OpsStore(services.db)
    active = await store.active_schedules()
    if active is not None:
        ops.metrics.set_active_schedules(active)
    if ops.seen_triage_id is None:
        ops.seen_triage_id = await store.last_outcome_id()
    if ops.seen_triage_id is not None:
        for outcome_id, level in await store.outcomes_after(ops.seen_triage_id):
            ops.metrics.record_triage_outcome(level)
            ops.seen_triage_id = outcome_id
