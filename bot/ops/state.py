"""The bot's operational state (metrics, heartbeat, flood control, recent webhook update ids,
instance lock), kept in ``Services.extras`` so handlers and jobs reach it through the app.

:func:`ops_startup` / :func:`ops_shutdown` are lifecycle hooks: ``bot.app`` runs them first at
start and last at shutdown, in every mode.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.context import services_of
from bot.ops.backup import InstanceLock
from bot.ops.flood import FloodControl
from bot.ops.health import HealthCheck, Heartbeat
from bot.ops.http import RecentIds
from bot.ops.metrics import Metrics

log = logging.getLogger(__name__)

OPS_KEY = "ops"
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


def ops_of(app: AnyApp) -> OpsState:
    extras = services_of(app).extras
    state = extras.get(OPS_KEY)
    if state is None:
        state = OpsState()
        extras[OPS_KEY] = state
    assert isinstance(state, OpsState)
    return state


def health_of(app: AnyApp) -> HealthCheck:
    ops = ops_of(app)
    if ops.health is None:
        services = services_of(app)

        async def ping() -> bool:
            db = services.db
            return db is not None and await db.ping()

        ops.health = HealthCheck(ping, ops.heartbeat, max_age=HEALTH_MAX_AGE, metrics=ops.metrics)
    return ops.health


async def _count_error(update: object, context: Any) -> None:
    ops_of(context.application).metrics.record_handler_error()


async def _beat(context: ContextTypes.DEFAULT_TYPE) -> None:
    ops_of(context.application).heartbeat.beat()


async def ops_startup(app: AnyApp) -> None:
    services = services_of(app)
    ops = ops_of(app)
    if ops.lock is None:
        ops.lock = InstanceLock(services.settings.db_path).acquire()
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
    ops_of(app).unsaved_ids.append((update_id, datetime.now(UTC).isoformat(timespec="seconds")))


async def _has_table(app: AnyApp, name: str) -> bool:
    db = services_of(app).db
    if db is None:
        return False
    row = await db.fetchone("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
    return row is not None


async def load_recent_ids(app: AnyApp) -> None:
    if not await _has_table(app, "webhook_updates"):
        return
    db = services_of(app).database()
    rows = await db.fetchall(
        "SELECT update_id FROM webhook_updates ORDER BY received_at DESC, update_id DESC LIMIT ?",
        (RECENT_IDS,),
    )
    ops = ops_of(app)
    for row in reversed(rows):
        ops.recent.add(int(row[0]))


async def flush_recent_ids(app: AnyApp) -> None:
    ops = ops_of(app)
    if not ops.unsaved_ids or not await _has_table(app, "webhook_updates"):
        return
    batch, ops.unsaved_ids = ops.unsaved_ids, []
    db = services_of(app).database()
    cutoff = datetime.now(UTC).timestamp() - WEBHOOK_IDS_KEEP_DAYS * 86400
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT OR IGNORE INTO webhook_updates (update_id, received_at) VALUES (?, ?)", batch
        )
        await conn.execute(
            "DELETE FROM webhook_updates WHERE received_at < ?",
            (datetime.fromtimestamp(cutoff, UTC).isoformat(timespec="seconds"),),
        )


# -- metrics owned by other features, read at scrape time -------------------------------------

DISPATCHER_KEY = "reminder_dispatcher"  # bot.handlers.remind keeps its Dispatcher here


async def refresh_metrics(app: AnyApp) -> None:
    """Bring the reminder and triage metrics up to date (called before /metrics renders).

    * reminders due/sent/late + lateness histogram: from the reminder dispatcher's own stats
      (``Dispatcher.stats``), counting only what happened since the last scrape;
    * active schedules: counted in the database;
    * triage outcomes by level: rows of ``triage_outcomes`` newer than the last one counted
      (its ids only grow: AUTOINCREMENT), so deleting or pruning rows never lowers a counter.
    """
    ops = ops_of(app)
    services = services_of(app)
    dispatcher = services.extras.get(DISPATCHER_KEY)
    stats = getattr(dispatcher, "stats", None)
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
    db = services.db
    if db is None:
        return
    if await _has_table(app, "reminder_schedules"):
        row = await db.fetchone(
            "SELECT COUNT(*) FROM reminder_schedules WHERE enabled = 1 AND active = 1"
        )
        ops.metrics.set_active_schedules(int(row[0]) if row is not None else 0)
    if await _has_table(app, "triage_outcomes"):
        if ops.seen_triage_id is None:
            row = await db.fetchone("SELECT COALESCE(MAX(id), 0) FROM triage_outcomes")
            ops.seen_triage_id = int(row[0]) if row is not None else 0
        rows = await db.fetchall(
            "SELECT id, level FROM triage_outcomes WHERE id > ? ORDER BY id", (ops.seen_triage_id,)
        )
        for row in rows:
            ops.metrics.record_triage_outcome(str(row[1]))
            ops.seen_triage_id = int(row[0])
