"""The reminder set-up as pure data (bot.reminders.draft)."""

from __future__ import annotations

from datetime import time

from bot.reminders.draft import (
    DEFAULTS,
    ORDER,
    as_step,
    edit_of,
    new_setup,
    parse_interval,
    pick_days,
    with_interval,
)
from bot.reminders.schedule import ReminderSettings


def test_set_up_walks_every_step_then_saves() -> None:
    d = new_setup("Europe/London")
    seen = [d.step]
    while (nxt := d.next()) is not None:
        d = nxt
        seen.append(d.step)
    assert tuple(seen) == ORDER
    assert d.settings.tz == "Europe/London"


def test_editing_one_field_saves_at_once() -> None:
    assert edit_of("hr", ReminderSettings()).next() is None


def test_awaiting_text_is_cleared_by_the_next_step() -> None:
    d = new_setup("UTC").at("iv", awaiting="iv")
    nxt = d.next()
    assert nxt is not None and nxt.awaiting is None and nxt.step == "hr"


def test_a_long_interval_widens_short_hours_to_the_default_day() -> None:
    short = ReminderSettings(interval_min=30, start=time(9), end=time(10))
    wide = with_interval(short, 90)
    assert wide.interval_min == 90
    assert (wide.start, wide.end) == (DEFAULTS.start, DEFAULTS.end)
    assert with_interval(ReminderSettings(), 60).start == ReminderSettings().start


def test_days_and_codes() -> None:
    assert pick_days(frozenset(), "wk") == frozenset(range(5))
    assert pick_days(frozenset(), "all") == frozenset(range(7))
    assert pick_days(frozenset({1}), "1") == frozenset()
    assert pick_days(frozenset({1}), "9") == frozenset({1})
    assert as_step("tz") == "tz" and as_step("zz") is None
    assert parse_interval(" 45 ") == 45
    assert parse_interval("5") is None and parse_interval("forty") is None


def test_a_draft_round_trips_through_json() -> None:
    import json

    from bot.reminders.draft import Draft

    d = new_setup("Europe/Berlin").at("hr", awaiting="hr")
    back = Draft.from_json(json.loads(json.dumps(d.to_json())))
    assert back == d
    assert Draft.from_json({"v": 2}) is None
    assert Draft.from_json({**d.to_json(), "step": "zz"}) is None
    assert Draft.from_json({**d.to_json(), "tz": "Mars/Base"}) is None
    assert Draft.from_json("nonsense") is None
