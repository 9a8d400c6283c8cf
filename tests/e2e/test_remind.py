"""Reminders end to end: real Application over HTTP against the local Bot API server, with the
dispatcher's clock injected so "20 minutes later" takes no time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import PinbotApp, build_application, running
from bot.clock import MovableClock
from bot.config import Settings
from bot.context import services_of
from bot.delivery.dispatcher import Dispatcher
from bot.localapi import LocalBotApi, SimUser
from bot.storage.schedules import ScheduleStore

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # a Monday

# the per-chat sending limit would make each set-up take seconds (tests/e2e/conftest.py)
pytestmark = pytest.mark.usefixtures("no_chat_limits")


@pytest.fixture
def ann(api: LocalBotApi, app: PinbotApp) -> SimUser:
    return api.user(2001, first_name="Ann")


def dispatcher(app: PinbotApp) -> Dispatcher:
    return services_of(app).dispatcher


async def press(user: SimUser, api: LocalBotApi, label: str) -> None:
    qid = await user.press(label)
    assert await api.callback_answer(qid) is not None


async def set_up(user: SimUser, api: LocalBotApi, tz_text: str | None = None) -> str:
    await user.send("/remind")
    first = (await user.reply()).text
    assert "Movement reminders" in first and "How often" in first
    await press(user, api, "20 min")
    assert "Which hours" in (await user.reply()).text
    await press(user, api, "09:00–18:00")
    assert "Which days" in (await user.reply()).text
    await press(user, api, "Every day")
    await user.edit()
    await press(user, api, "Done ➡️")
    assert "time zone" in (await user.reply()).text
    await user.send(tz_text or "Keep UTC")  # the reply keyboard's button
    saved = await user.reply()
    assert "Reminders are set" in saved.text
    return saved.text


async def test_set_up_by_buttons_then_reminder_and_done(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    summary = await set_up(ann, api)
    assert "Every 20 min" in summary and "09:00–18:00" in summary
    assert "Mon 03 Jun 09:20" in summary
    clock.t = T0 + timedelta(minutes=20)
    dispatcher(app).wake()
    r = await ann.reply()
    assert "Time to move" in r.text and "1." in r.text  # a posture change, numbered steps
    labels = [b.text for row in r.buttons for b in row]
    assert labels == [
        "✅ Done",
        "💤 Snooze 10 min",
        "⏭ Skip",
        "⏸ Pause for today",
        "📝 Log pins and needles",
    ]
    await press(ann, api, "✅ Done")
    edited = await ann.edit()
    assert edited.message_id == r.message_id and "Done — well done" in edited.text
    assert edited.buttons == []
    # The next one is a stretch (alternation), 20 minutes later.
    clock.t = T0 + timedelta(minutes=40)
    dispatcher(app).wake()
    r2 = await ann.reply()
    assert "Time for a stretch" in r2.text
    await press(ann, api, "⏭ Skip")
    assert "Skipped" in (await ann.edit()).text
    await ann.send("/stats")
    stats = (await ann.reply()).text
    assert "Done: 1" in stats and "Skipped: 1" in stats and "Streak: 1" in stats
    chart = await ann.reply(timeout=20)  # the week as a chart (tests/e2e/test_stats.py)
    assert chart.kind == "photo"
    assert await ann.quiet(0.2)


async def test_snooze_and_pause_for_today(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    await set_up(ann, api)
    clock.t = T0 + timedelta(minutes=20)
    dispatcher(app).wake()
    await ann.reply()
    await press(ann, api, "💤 Snooze 10 min")
    assert "Snoozed" in (await ann.edit()).text
    clock.t = T0 + timedelta(minutes=30, seconds=1)
    dispatcher(app).wake()
    again = await ann.reply()
    assert "⏰" in again.text
    await press(ann, api, "⏸ Pause for today")
    assert "Paused for today" in (await ann.edit()).text
    store = services_of(app).schedules
    assert isinstance(store, ScheduleStore)
    row = await store.get(ann.id)
    assert row is not None and row.next_due == datetime(2024, 6, 4, 9, 20, tzinfo=UTC)
    # A second press on an answered reminder is answered, not acted on.
    qid = await ann.press_data(f"v1:r:a:d:{int((T0 + timedelta(minutes=20)).timestamp())}")
    assert await api.callback_answer(qid) is not None


async def test_typed_time_zone_and_bad_input_gets_example(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/remind")
    await ann.reply()
    await press(ann, api, "Other…")
    await ann.reply()
    await ann.send("5")
    assert "10 to 240" in (await ann.reply()).text
    await ann.send("45")
    await ann.reply()  # hours
    await press(ann, api, "Other…")
    await ann.reply()
    await ann.send("8 to five")
    assert "08:30-17:00" in (await ann.reply()).text
    await ann.send("08:30-17:00")
    await ann.reply()  # days
    await press(ann, api, "Done ➡️")  # Mon–Fri already selected
    await ann.reply()
    await ann.send("Atlantis")
    assert "UTC+2" in (await ann.reply()).text  # an example of what works
    await ann.send("Berln")
    assert "Europe/Berlin" in (await ann.reply()).text
    await ann.send("berlin")
    saved = (await ann.reply()).text
    assert "Europe/Berlin" in saved and "08:30–17:00" in saved and "Monday–Friday" in saved


async def test_location_sets_time_zone(ann: SimUser, api: LocalBotApi, app: PinbotApp) -> None:
    await ann.send("/remind")
    await ann.reply()
    await press(ann, api, "30 min")
    await ann.reply()
    await press(ann, api, "09:00–18:00")
    await ann.reply()
    await press(ann, api, "Done ➡️")
    await ann.reply()
    await ann.send_location(19.07, 72.87)  # Mumbai
    saved = (await ann.reply()).text
    assert "picked <b>Asia/Kolkata</b>" in saved or "picked Asia/Kolkata" in saved
    assert "Time zone: Asia/Kolkata" in saved


async def test_ambiguous_abbreviation_asks_with_buttons(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/remind")
    await ann.reply()
    await press(ann, api, "30 min")
    await ann.reply()
    await press(ann, api, "09:00–18:00")
    await ann.reply()
    await press(ann, api, "Done ➡️")
    await ann.reply()
    await ann.send("IST")
    ask = await ann.reply()
    assert "more than one time zone" in ask.text
    assert [b.text for row in ask.buttons for b in row] == ["India", "Ireland", "Israel"]
    # A forged zone is answered and ignored; the real button saves.
    qid = await ann.press_data("v1:r:tz:set:Mars/Olympus")
    assert await api.callback_answer(qid) is not None
    assert await ann.quiet(0.2)
    await press(ann, api, "Ireland")
    saved = (await ann.reply()).text
    assert "Time zone: Europe/Dublin" in saved
    row = await services_of(app).schedules.get(ann.id)
    assert row is not None and row.settings.tz == "Europe/Dublin"


async def test_typed_abbreviation_is_confirmed_with_local_time(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    saved = await set_up(ann, api, tz_text="PST")
    assert "America/Los_Angeles" in saved and "02:00 there now" in saved


async def test_blocked_bot_marks_inactive_and_start_reactivates(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    await set_up(ann, api)
    api.block(ann.id)
    clock.t = T0 + timedelta(minutes=20)
    d = dispatcher(app)
    await d.drain()
    assert d.stats.blocked == 1
    store = services_of(app).schedules
    assert isinstance(store, ScheduleStore)
    row = await store.get(ann.id)
    assert row is not None and not row.active and row.next_due is None
    api.unblock(ann.id)
    await ann.send("/start")
    await ann.reply()
    row = await store.get(ann.id)
    assert row is not None and row.active and row.next_due is not None


async def test_pause_resume_off_settings(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    await set_up(ann, api)
    await ann.send("/pause")
    await ann.reply()
    await press(ann, api, "1 hour")
    assert "paused until" in (await ann.reply()).text
    await ann.send("/settings")
    s = (await ann.reply()).text
    assert "paused until" in s and "Mon 03 Jun 10:20" in s
    await ann.send("/resume")
    assert "back on" in (await ann.reply()).text
    await ann.send("/settings")
    await ann.reply()
    await press(ann, api, "🔕 Turn off")
    assert "off" in (await ann.reply()).text
    clock.t = T0 + timedelta(hours=2)
    await dispatcher(app).drain()
    assert await ann.quiet(0.2)


async def test_restart_with_pending_reminders(
    settings: Settings, api: LocalBotApi, clock: MovableClock
) -> None:
    """Reminders due while the bot was down: one catch-up each, nothing lost, none doubled."""
    first = build_application(settings, clock=clock)
    async with running(first, poll_timeout=1.0):
        users = [api.user(3000 + i, first_name=f"U{i}") for i in range(3)]
        for u in users:
            await set_up(u, api)
    clock.t = T0 + timedelta(hours=3)  # six slots passed while down
    second = build_application(settings, clock=clock)
    async with running(second, poll_timeout=1.0):
        await dispatcher(second).drain()
        for u in users:
            r = await u.reply()
            assert "offline" in r.text
            assert await u.quiet(0.1)
        assert dispatcher(second).stats.sent == 3


async def test_a_set_up_survives_a_restart(
    settings: Settings, api: LocalBotApi, clock: MovableClock
) -> None:
    """Half-way through the set-up the bot restarts; the next answer continues the set-up."""
    first = build_application(settings, clock=clock)
    async with running(first, poll_timeout=1.0):
        bea = api.user(2101, first_name="Bea")
        await bea.send("/remind")
        await bea.reply()
        await press(bea, api, "20 min")
        assert "Which hours" in (await bea.reply()).text
    second = build_application(settings, clock=clock)
    async with running(second, poll_timeout=1.0):
        await press(bea, api, "09:00–18:00")  # on the question sent before the restart
        assert "Which days" in (await bea.reply()).text
        await press(bea, api, "Every day")
        await bea.edit()
        await press(bea, api, "Done ➡️")
        assert "time zone" in (await bea.reply()).text
        await bea.send("Keep UTC")
        saved = await bea.reply()
        assert "Reminders are set" in saved.text and "Every 20 min" in saved.text


async def test_reminders_are_illustrated_and_each_image_is_uploaded_once(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    from bot.illustrate import illustrate

    services = services_of(app)
    await set_up(ann, api)
    await services.plans.choose(ann.id, "journey", clock.t)
    plan = services.plan_catalog["journey"]
    shown: list[str] = []
    for n in range(1, 2 * len(plan.exercises) + 2):
        clock.t = T0 + timedelta(minutes=20 * n)
        await dispatcher(app).drain()
        r = await ann.reply()
        assert r.kind in ("photo", "animation")
        assert "⏰" in r.text and "1." in r.text  # the steps are the caption
        assert len(r.text) <= 1024
        assert r.button_texts == [
            "✅ Done",
            "💤 Snooze 10 min",
            "⏭ Skip",
            "⏸ Pause for today",
            "📝 Log pins and needles",
        ]
        row = await services.schedules.get(ann.id)
        assert row is not None and row.last_exercise in plan.exercises
        shown.append(row.last_exercise)
        ex = services.content.exercises[row.last_exercise]
        ill = illustrate(ex)
        assert ill is not None and r.kind == ill.kind
    assert set(shown) == set(plan.exercises)  # every exercise of the plan came round
    assert api.stats.uploads == len(set(shown))  # the rest were re-sent by file_id
    # Done on an illustrated reminder edits its caption, buttons go.
    await press(ann, api, "✅ Done")
    edited = await ann.edit()
    assert "Done — well done" in edited.text and edited.buttons == []


async def test_forgotten_file_id_is_uploaded_again(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    services = services_of(app)
    await set_up(ann, api)
    clock.t = T0 + timedelta(minutes=20)
    dispatcher(app).wake()
    await ann.reply()
    assert api.stats.uploads == 1
    api.files.clear()  # Telegram no longer knows the file_id
    row = await services.schedules.get(ann.id)
    assert row is not None
    # The same exercise again: make the rotation pick it by resetting the schedule's memory.
    await services.db.execute(
        "UPDATE reminder_schedules SET seq = 0, last_exercise = NULL WHERE user_id = ?",
        (ann.id,),
    )
    clock.t = T0 + timedelta(minutes=40)
    dispatcher(app).wake()
    again = await ann.reply()
    assert again.kind in ("photo", "animation")
    assert api.stats.uploads == 2
    assert dispatcher(app).stats.failed == 0
