"""Pure pieces of the reminder handlers: typed hours, the summary, callback data sizes."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.content.library import load_bundle
from bot.content.texts import load_texts
from bot.handlers.remind.screens import reminder_keyboard, reminder_text, summary
from bot.reminders.draft import parse_hours
from bot.reminders.schedule import FOREVER, ReminderSettings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("08:30-17:00", (time(8, 30), time(17, 0))),
        ("8-17", (time(8), time(17))),
        ("8.30 – 17.15", (time(8, 30), time(17, 15))),
        ("22:00-06:00", (time(22), time(6))),
        ("9 to 24", (time(9), time(0))),
    ],
)
def test_parse_hours_ok(text: str, want: tuple[time, time]) -> None:
    assert parse_hours(text) == want


@pytest.mark.parametrize("text", ["", "nine to five", "25-26", "8:61-9", "8"])
def test_parse_hours_bad(text: str) -> None:
    assert parse_hours(text) is None


def test_summary_states() -> None:
    texts = load_texts()
    now = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    s = ReminderSettings(tz="Europe/Berlin")
    out = summary(texts, None, s, now)
    assert "Every <b>45 min</b>" in out and "Monday–Friday" in out and "Mon 03 Jun 10:30" in out
    paused = summary(texts, None, s.__class__(paused_until=FOREVER), now)
    assert "until you resume" in paused and "none" in paused


def test_reminder_message_and_buttons_fit_telegram() -> None:
    texts = load_texts()
    kb = reminder_keyboard(texts, 4_102_444_800)
    for row in kb.inline_keyboard:
        for b in row:
            assert b.callback_data is not None and len(str(b.callback_data).encode()) <= 64
    for ex in load_bundle().exercises.values():
        text = reminder_text(texts, ex, catch_up=True)
        assert len(text) < 4096 and "1." in text


def test_every_reminder_fits_a_caption_even_as_a_catch_up() -> None:
    from bot.tghtml import parse_html

    texts = load_texts()
    for ex in load_bundle().exercises.values():
        for catch_up in (False, True):
            parsed = parse_html(reminder_text(texts, ex, catch_up))
            assert parsed.ok, ex.id
            assert parsed.length <= 1024, (ex.id, parsed.length)
            assert ex.stop in parsed.plain  # when to stop is in every reminder
