"""Prometheus metrics on a registry of our own (never the process-global one).

One :class:`Metrics` object per running bot; tests make as many as they like. Label values are
low-cardinality by construction: update kinds, API method names, four outcomes, triage levels.
No user ids and no texts ever become labels.
"""

from __future__ import annotations

import re

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# Lateness buckets in seconds: on time (< 1 s) up to an hour late.
LATENESS_BUCKETS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0, 3600.0)
# A reminder sent more than this many seconds after it was due counts as "late".
LATE_AFTER_SECONDS = 60.0

OUTCOMES = ("ok", "4xx", "429", "5xx")
UPDATE_KINDS = (
    "command",
    "text",
    "message_other",
    "callback_query",
    "edited_message",
    "my_chat_member",
    "other",
)

CONTENT_TYPE = CONTENT_TYPE_LATEST


def outcome_for_status(status: int) -> str:
    """Bot API HTTP status -> one of ``ok``, ``4xx``, ``429``, ``5xx``.

    Network failures (no status at all) are reported by callers as ``5xx``: from the bot's side
    they are server-side trouble that will be retried.
    """
    if status == 429:
        return "429"
    if 200 <= status < 300:
        return "ok"
    if 400 <= status < 500:
        return "4xx"
    return "5xx"


_LEVEL_RE = re.compile(r"[a-z0-9_]{1,40}")


def _method_label(method: str) -> str:
    # Bot API method names are short identifiers; anything else collapses to one label.
    if method and len(method) <= 40 and method.isascii() and method.isalnum():
        return method
    return "other"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates = Counter(
            "pinbot_updates_total", "Updates handled, by kind.", ["kind"], registry=r
        )
        self.handler_errors = Counter(
            "pinbot_handler_errors_total", "Exceptions raised by handlers.", registry=r
        )
        self.api_calls = Counter(
            "pinbot_bot_api_calls_total",
            "Bot API calls, by method and outcome (ok, 4xx, 429, 5xx).",
            ["method", "outcome"],
            registry=r,
        )
        self.reminders_due = Counter(
            "pinbot_reminders_due_total", "Reminders that became due.", registry=r
        )
        self.reminders_sent = Counter(
            "pinbot_reminders_sent_total", "Reminders delivered.", registry=r
        )
        self.reminders_late = Counter(
            "pinbot_reminders_late_total",
            f"Reminders delivered more than {LATE_AFTER_SECONDS:g} s after they were due.",
            registry=r,
        )
        self.reminder_lateness = Histogram(
            "pinbot_reminder_lateness_seconds",
            "Delay between a reminder's due time and its delivery.",
            buckets=LATENESS_BUCKETS,
            registry=r,
        )
        self.active_schedules = Gauge(
            "pinbot_active_schedules", "Reminder schedules currently active.", registry=r
        )
        self.triage_outcomes = Counter(
            "pinbot_triage_outcomes_total",
            "Completed symptom checks, by level.",
            ["level"],
            registry=r,
        )
        self.flood_limited = Counter(
            "pinbot_flood_limited_total",
            "Updates not processed because of flood control, by action (warn, drop).",
            ["action"],
            registry=r,
        )
        self.webhook_requests = Counter(
            "pinbot_webhook_requests_total",
            "Webhook POSTs, by result (accepted, duplicate, forbidden, bad_request, error).",
            ["result"],
            registry=r,
        )
        self.input_truncated = Counter(
            "pinbot_input_too_long_total", "Inputs rejected or cut for being too long.", registry=r
        )
        self.heartbeat_age = Gauge(
            "pinbot_heartbeat_age_seconds",
            "Seconds since the dispatcher heartbeat (set when /healthz or /metrics is read).",
            registry=r,
        )
        # Pre-create the fixed label sets so dashboards see zeros, not gaps.
        for kind in UPDATE_KINDS:
            self.updates.labels(kind=kind)
        for action in ("warn", "drop"):
            self.flood_limited.labels(action=action)

    # -- helpers --------------------------------------------------------------------------
    def record_update(self, kind: str) -> None:
        self.updates.labels(kind=kind if kind in UPDATE_KINDS else "other").inc()

    def record_handler_error(self) -> None:
        self.handler_errors.inc()

    def record_api_call(self, method: str, status: int | None) -> None:
        outcome = "5xx" if status is None else outcome_for_status(status)
        self.api_calls.labels(method=_method_label(method), outcome=outcome).inc()

    def record_reminder_due(self, count: int = 1) -> None:
        self.reminders_due.inc(count)

    def record_reminder_sent(self, lateness_seconds: float) -> None:
        lateness = max(0.0, lateness_seconds)
        self.reminders_sent.inc()
        self.reminder_lateness.observe(lateness)
        if lateness > LATE_AFTER_SECONDS:
            self.reminders_late.inc()

    def set_active_schedules(self, count: int) -> None:
        self.active_schedules.set(count)

    def record_triage_outcome(self, level: str) -> None:
        # Levels come from our own flow data; anything odd still collapses to one label.
        label = level if _LEVEL_RE.fullmatch(level) else "other"
        self.triage_outcomes.labels(level=label).inc()

    def record_flood(self, action: str) -> None:
        self.flood_limited.labels(action=action).inc()

    def record_webhook(self, result: str) -> None:
        self.webhook_requests.labels(result=result).inc()

    def render(self) -> bytes:
        """The registry in Prometheus text exposition format."""
        return generate_latest(self.registry)


def update_kind(update: object) -> str:
    """Classify a ``telegram.Update`` (duck-typed, so this module needs no telegram import)."""
    message = getattr(update, "message", None)
    if message is not None:
        text = getattr(message, "text", None)
        if isinstance(text, str):
            return "command" if text.startswith("/") else "text"
        return "message_other"
    for attr in ("callback_query", "edited_message", "my_chat_member"):
        if getattr(update, attr, None) is not None:
            return attr
    return "other"
