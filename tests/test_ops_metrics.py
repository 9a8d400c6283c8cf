"""Metrics live on a registry of our own and render in Prometheus text format."""

from __future__ import annotations

from types import SimpleNamespace

from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from bot.ops.metrics import Metrics, outcome_for_status, update_kind


def samples(m: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(m.render().decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_own_registry_not_the_global_one() -> None:
    a, b = Metrics(), Metrics()  # two instances do not clash
    a.record_update("text")
    assert samples(b)[("pinbot_updates_total", (("kind", "text"),))] == 0
    assert REGISTRY.get_sample_value("pinbot_updates_total", {"kind": "text"}) is None


def test_all_named_metrics_are_exposed() -> None:
    m = Metrics()
    m.record_update("command")
    m.record_update("weird-kind")
    m.record_handler_error()
    m.record_api_call("sendMessage", 200)
    m.record_api_call("sendMessage", 429)
    m.record_api_call("sendMessage", 403)
    m.record_api_call("getUpdates", 502)
    m.record_api_call("getUpdates", None)
    m.record_reminder_due(3)
    m.record_reminder_sent(0.2)
    m.record_reminder_sent(125.0)
    m.set_active_schedules(7)
    m.record_triage_outcome("urgent")
    m.record_triage_outcome("Bad Label!")
    m.record_flood("warn")
    m.record_webhook("accepted")
    s = samples(m)
    assert s[("pinbot_updates_total", (("kind", "command"),))] == 1
    assert s[("pinbot_updates_total", (("kind", "other"),))] == 1
    assert s[("pinbot_handler_errors_total", ())] == 1
    api = "pinbot_bot_api_calls_total"
    assert s[(api, (("method", "sendMessage"), ("outcome", "ok")))] == 1
    assert s[(api, (("method", "sendMessage"), ("outcome", "429")))] == 1
    assert s[(api, (("method", "sendMessage"), ("outcome", "4xx")))] == 1
    assert s[(api, (("method", "getUpdates"), ("outcome", "5xx")))] == 2
    assert s[("pinbot_reminders_due_total", ())] == 3
    assert s[("pinbot_reminders_sent_total", ())] == 2
    assert s[("pinbot_reminders_late_total", ())] == 1
    assert s[("pinbot_reminder_lateness_seconds_count", ())] == 2
    assert s[("pinbot_reminder_lateness_seconds_bucket", (("le", "0.5"),))] == 1
    assert s[("pinbot_reminder_lateness_seconds_bucket", (("le", "+Inf"),))] == 2
    assert s[("pinbot_active_schedules", ())] == 7
    assert s[("pinbot_triage_outcomes_total", (("level", "urgent"),))] == 1
    assert s[("pinbot_triage_outcomes_total", (("level", "other"),))] == 1
    assert s[("pinbot_flood_limited_total", (("action", "warn"),))] == 1
    assert s[("pinbot_webhook_requests_total", (("result", "accepted"),))] == 1


def test_method_labels_cannot_explode() -> None:
    m = Metrics()
    m.record_api_call("x" * 100, 200)
    m.record_api_call("../etc/passwd", 200)
    s = samples(m)
    assert s[("pinbot_bot_api_calls_total", (("method", "other"), ("outcome", "ok")))] == 2


def test_outcomes() -> None:
    assert [outcome_for_status(c) for c in (200, 400, 403, 429, 500, 502)] == [
        "ok",
        "4xx",
        "4xx",
        "429",
        "5xx",
        "5xx",
    ]


def test_update_kind() -> None:
    msg = SimpleNamespace
    assert update_kind(SimpleNamespace(message=msg(text="/start"))) == "command"
    assert update_kind(SimpleNamespace(message=msg(text="hello"))) == "text"
    assert update_kind(SimpleNamespace(message=msg(text=None))) == "message_other"
    assert update_kind(SimpleNamespace(message=None, callback_query=object())) == "callback_query"
    assert update_kind(SimpleNamespace(message=None)) == "other"
