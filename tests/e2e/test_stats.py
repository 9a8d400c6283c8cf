"""/stats end to end: this week's reminders in words, then as a chart (sendPhoto) that opens as
a PNG of the expected size; no chart for a week without answers."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta

import pytest
from PIL import Image

from bot.app import PinbotApp
from bot.context import services_of
from bot.localapi import LocalBotApi, SimUser
from bot.reminders.schedule import ReminderSettings

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

T0 = datetime(2024, 6, 6, 15, 0, tzinfo=UTC)  # a Thursday


@pytest.fixture
def bob(api: LocalBotApi, app: PinbotApp) -> SimUser:
    api.enforce_rate_limits = False
    return api.user(4001, first_name="Bob")


async def test_stats_words_then_chart(bob: SimUser, app: PinbotApp) -> None:
    await bob.send("/stats")
    assert "No reminders yet" in (await bob.reply()).text
    await bob.send("/start")
    await bob.reply()
    services = services_of(app)
    s = ReminderSettings(start=time(9, 0), end=time(18, 0), tz="Europe/Berlin", enabled=False)
    await services.schedules.save(bob.id, bob.id, s, T0)
    await bob.send("/stats")
    assert "Done: 0" in (await bob.reply()).text
    assert await bob.quiet(0.3)  # nothing answered this week: no empty chart
    monday = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    answers = [(0, "done"), (0, "skip"), (1, "done"), (2, "snooze"), (3, "done")]
    for n, (day, action) in enumerate(answers):
        at = monday + timedelta(days=day, minutes=30 * n)  # one answer per reminder
        await services.schedules.record_event(bob.id, int(at.timestamp()), action, at)
    await bob.send("/stats")
    text = (await bob.reply()).text
    assert "Done: 3" in text and "Snoozed: 1" in text and "Skipped: 1" in text
    photo = await bob.reply(timeout=30)
    assert photo.kind == "photo" and "done, snoozed and skipped" in photo.text
    assert photo.file_data is not None
    image = Image.open(io.BytesIO(photo.file_data))
    assert image.format == "PNG" and image.size == (1080, 900)
