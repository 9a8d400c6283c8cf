"""The symptom diary end to end: the real Application over HTTP against the local Bot API
server, a real SQLite file, and a movable clock (the weekly check-in across a clock change)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from bot.app import PinbotApp
from bot.clock import MovableClock
from bot.context import services_of
from bot.diary.model import Entry
from bot.handlers.diary import checkin
from bot.localapi import LocalBotApi, SimUser
from bot.reminders.schedule import ReminderSettings
from bot.storage.diary import DiaryStore

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

T0 = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)  # a Monday

# the per-chat sending limit would make each set-up take seconds (tests/e2e/conftest.py)
pytestmark = pytest.mark.usefixtures("no_chat_limits")


@pytest.fixture
def ann(api: LocalBotApi, app: PinbotApp) -> SimUser:
    return api.user(3001, first_name="Ann")


def store(app: PinbotApp) -> DiaryStore:
    return services_of(app).diary


async def press(user: SimUser, api: LocalBotApi, label: str) -> None:
    qid = await user.press(label)
    assert await api.callback_answer(qid) is not None


async def test_log_by_buttons_first_then_two_taps(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/log")
    first = await ann.reply()
    assert "Which leg" in first.text  # a first entry: the one thing without a default
    await press(ann, api, "Left")
    card = await ann.edit()
    assert "New diary entry" in card.text and "Leg: Left" in card.text
    assert "Doing: Sitting" in card.text and "How bad: 3/10" in card.text
    await press(ann, api, "🪑 Doing")
    assert "What were you doing" in (await ann.edit()).text
    await press(ann, api, "Crossed legs")
    assert "Doing: Crossed legs" in (await ann.edit()).text
    await press(ann, api, "✅ Save")
    saved = await ann.edit()
    assert "Saved in your diary" in saved.text and "Crossed legs" in saved.text
    # the second time: the last entry's values are the defaults; /log + Save is enough
    await ann.send("/log")
    card2 = await ann.reply()
    assert "Leg: Left" in card2.text and "Doing: Crossed legs" in card2.text
    await press(ann, api, "✅ Save")
    assert "Saved in your diary" in (await ann.edit()).text
    entries = await store(app).latest(ann.id, 10)
    assert [(e.leg, e.activity, e.severity) for e in entries] == [("left", "crossed", 3)] * 2
    # the main menu has the buttons too, and a stale card button is answered, not acted on
    qid = await ann.press_data("v1:d:save")
    assert await api.callback_answer(qid) is not None
    assert await store(app).count(ann.id) == 2


async def test_log_by_typed_text_prefills(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    await ann.send("/log left foot numb for 10 minutes after sitting")
    card = await ann.reply()
    assert "filled in what I understood" in card.text
    assert "Leg: Left" in card.text and "Minutes (10 min)" in card.text
    assert "Doing: Sitting" in card.text and "left foot numb" in card.text
    await press(ann, api, "✅ Save")
    await ann.edit()
    # typed while the card is open (no command): the same understanding
    await ann.send("/log")
    await ann.reply()
    await ann.send("right leg tingling in bed last night for hours, 7/10")
    card2 = await ann.reply()
    assert "Leg: Right" in card2.text and "How long: Hours" in card2.text
    assert "Doing: Lying down" in card2.text and "7/10" in card2.text
    assert "Yesterday 12:00" in card2.text
    await press(ann, api, "✅ Save")
    await ann.edit()
    latest = await store(app).latest(ann.id, 5)
    assert [(e.leg, e.duration, e.activity, e.severity) for e in latest] == [
        ("left", "minutes", "sitting", 3),
        ("right", "hours", "lying", 7),
    ]
    assert latest[1].at == clock.t - timedelta(days=1)
    assert latest[0].minutes == 10


async def test_a_red_flag_note_gets_the_emergency_advice_first(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/log")
    await ann.reply()
    await press(ann, api, "Both")
    await ann.edit()
    await press(ann, api, "✏️ Note")
    assert "Type a short note" in (await ann.edit()).text
    await ann.send("both legs numb and I can't control my bladder")
    advice = await ann.reply()
    assert "999" in advice.text or "112" in advice.text
    assert "New diary entry" not in advice.text
    assert await ann.quiet(0.3)
    # and typed straight after /log, too
    await ann.send("/log numb between my legs and I can't feel the toilet paper")
    advice2 = await ann.reply()
    assert "999" in advice2.text or "112" in advice2.text
    assert await store(app).count(ann.id) == 0


async def test_a_worrying_note_is_flagged_and_offers_the_check(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/log")
    await ann.reply()
    await press(ann, api, "Left")
    await ann.edit()
    await ann.send("pins and needles for weeks now, it never goes away")
    card = await ann.reply()
    assert "worth a symptom check" in card.text
    assert "🩺 Symptom check" in card.button_texts
    await press(ann, api, "✅ Save")
    saved = await ann.edit()
    assert "worth a symptom check" in saved.text
    (e,) = await store(app).latest(ann.id, 1)
    assert "persistent" in e.flags


async def add_entries(app: PinbotApp, user_id: int, entries: list[Entry]) -> None:
    await store(app).add_many(user_id, entries, T0)


async def test_list_edit_and_delete(ann: SimUser, api: LocalBotApi, app: PinbotApp) -> None:
    await ann.send("/diary")
    assert "diary is empty" in (await ann.reply()).text
    await add_entries(
        app,
        ann.id,
        [
            Entry(
                0, T0 - timedelta(hours=2), "left", "minutes", "sitting", 4, "after a long meeting"
            ),
            Entry(0, T0 - timedelta(days=1), "right", "short", "walking", 2),
        ],
    )
    await ann.send("/diary")
    listing = await ann.reply()
    assert "1. Today 10:00 · Left · Minutes · Sitting · 4/10" in listing.text
    assert "2. Yesterday 12:00 · Right · Under a minute · Walking · 2/10" in listing.text
    await press(ann, api, "1")
    one = await ann.edit()
    assert "after a long meeting" in one.text
    await press(ann, api, "✏️ Edit")
    assert "Editing your entry" in (await ann.edit()).text
    await press(ann, api, "📊 How bad")
    await ann.edit()
    await press(ann, api, "7")
    assert "How bad: 7/10" in (await ann.edit()).text
    await press(ann, api, "✅ Save")
    assert "Entry updated" in (await ann.edit()).text
    latest = await store(app).latest(ann.id, 5)
    assert [e.severity for e in latest] == [7, 2] and latest[0].note == "after a long meeting"
    # delete the second
    await ann.send("/diary")
    await ann.reply()
    await press(ann, api, "2")
    await ann.edit()
    await press(ann, api, "🗑 Delete")
    assert "can't be undone" in (await ann.edit()).text
    await press(ann, api, "🗑 Yes, delete")
    assert "Entry deleted" in (await ann.edit()).text
    assert [e.severity for e in await store(app).latest(ann.id, 5)] == [7]
    # a forged id of someone else's (or a deleted) entry
    qid = await ann.press_data(f"v1:d:dy:{latest[1].id}")
    assert await api.callback_answer(qid) is not None
    assert await store(app).count(ann.id) == 1


async def test_summary_with_chart_and_pdf(ann: SimUser, api: LocalBotApi, app: PinbotApp) -> None:
    entries = [
        Entry(0, T0 - timedelta(days=d, hours=1), "left" if d % 3 else "both", "minutes",
              "sitting" if d // 2 % 2 else "crossed", 4 + d % 3, "", 10)
        for d in range(0, 28, 2)
    ]  # fmt: skip
    await add_entries(app, ann.id, entries)
    db = services_of(app).db
    await db.execute(
        "INSERT INTO triage_outcomes (user_id, level, date) VALUES (?, ?, ?)",
        (ann.id, "consultation", "2024-05-20"),
    )
    await ann.send("/diary")
    await ann.reply()
    await press(ann, api, "📊 Summary for a doctor")
    await ann.edit()
    await press(ann, api, "Last 30 days")
    text = (await ann.reply()).text
    assert "14 in all, 3.3 per week" in text
    assert "Left 9, Both 5" in text and "Sitting 7, Crossed legs 7" in text
    assert "20 May 2024: Book a GP appointment" in text
    photo = await ann.reply(timeout=30)
    assert photo.kind == "photo" and photo.file_data is not None
    image = Image.open(io.BytesIO(photo.file_data))
    assert image.format == "PNG" and image.size == (1080, 1350)
    doc = await ann.reply(timeout=30)
    assert doc.kind == "document" and doc.file_data is not None
    reader = PdfReader(io.BytesIO(doc.file_data))
    assert 1 <= len(reader.pages) <= 2
    pdf_text = " ".join(page.extract_text() for page in reader.pages)
    assert "Brought by the patient; not a diagnosis" in " ".join(pdf_text.split())
    flat = " ".join(pdf_text.split())
    assert "14 in all" in flat and "Left 9, Both 5" in flat
    assert "20 May 2024" in flat
    assert "Look after yourself" not in flat  # only this person's one check


async def test_weekly_check_in_in_the_persons_zone_across_a_clock_change(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    # Sunday 24 March 2024, 12:00 in London (GMT); clocks go forward on 31 March at 01:00 UTC.
    clock.t = datetime(2024, 3, 24, 12, 0, tzinfo=UTC)
    services = services_of(app)
    await ann.send("/start")  # the person is recorded (schedules refer to them)
    await ann.reply()
    london = ReminderSettings(
        start=time(9, 0), end=time(18, 0), tz="Europe/London", enabled=False
    )  # reminders off: only their zone and hours are used
    await services.schedules.save(ann.id, ann.id, london, clock.t)
    # a worse trend: one episode five weeks ago, five in the last four weeks; one with both legs
    await add_entries(
        app,
        ann.id,
        [
            Entry(0, clock.t - timedelta(days=36), "left", "minutes", "sitting", 3),
            *[
                Entry(0, clock.t + timedelta(days=d), "left", "minutes", "sitting", 4)
                for d in (-20, -12, -8, -3)
            ],
            Entry(0, clock.t + timedelta(days=3), "both", "minutes", "sitting", 5),
        ],
    )
    await ann.send("/diary")
    await ann.reply()
    await press(ann, api, "🔔 Weekly check-in: turn on")
    status = await ann.edit()
    assert "Weekly check-in: on" in status.text and "Sun 31 Mar 11:00" in status.text
    row = await store(app).checkin(ann.id)
    assert row is not None and row.next_due == datetime(2024, 3, 31, 10, 0, tzinfo=UTC)  # BST
    clock.t = datetime(2024, 3, 31, 9, 59, 59, tzinfo=UTC)  # 10:59:59 local, after the change
    assert await checkin.run_due(app) == 0
    assert await ann.quiet(0.2)
    clock.t = datetime(2024, 3, 31, 10, 0, 0, tzinfo=UTC)
    assert await checkin.run_due(app) == 1
    msg = await ann.reply()
    assert "Any pins and needles this week?" in msg.text
    assert "more episodes in the last four weeks" in msg.text
    assert "both legs" in msg.text and "🩺 Symptom check" in msg.button_texts
    assert await checkin.run_due(app) == 0  # sent once
    row = await store(app).checkin(ann.id)
    assert row is not None and row.next_due == datetime(2024, 4, 7, 10, 0, tzinfo=UTC)
    # one tap stops it
    await press(ann, api, "🔕 Stop weekly check-ins")
    assert "Weekly check-in: off" in (await ann.edit()).text
    row = await store(app).checkin(ann.id)
    assert row is not None and not row.enabled and row.next_due is None
    clock.t = datetime(2024, 4, 7, 10, 0, tzinfo=UTC)
    assert await checkin.run_due(app) == 0


async def test_log_button_on_the_main_menu_and_after_a_check(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/start")
    menu = await ann.reply()
    assert "📝 Log symptoms" in menu.button_texts and "📒 Diary" in menu.button_texts
    await press(ann, api, "📝 Log symptoms")
    assert "Which leg" in (await ann.reply()).text


async def test_a_typed_story_offers_to_log_what_was_understood(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("left foot numb for 10 minutes after sitting")
    story = await ann.reply()
    assert "📝 Log this in my diary" in story.button_texts
    data = story.button("📝 Log this in my diary").callback_data
    assert data is not None and "numb" not in data  # only the fields, never the words
    assert await store(app).draft(ann.id, T0) is None  # nothing stored before the tap
    await press(ann, api, "📝 Log this in my diary")
    card = await ann.reply()
    assert "Leg: Left" in card.text and "Minutes (10 min)" in card.text
    assert "Doing: Sitting" in card.text
    await press(ann, api, "✅ Save")
    assert "Saved in your diary" in (await ann.edit()).text
    (entry,) = await store(app).latest(ann.id, 5)
    assert (entry.leg, entry.minutes, entry.activity, entry.note) == ("left", 10, "sitting", "")
    # a question that says nothing about an episode gets no such button
    await ann.send("can stress cause pins and needles?")
    assert "📝 Log this in my diary" not in (await ann.reply()).button_texts
    # forged or malformed pre-fills are answered and change nothing
    for forged in ("v1:d:p:left", "v1:d:p:middle:-:-:-:-:1", "v1:d:p:left:-:-:99:-:1"):
        qid = await ann.press_data(forged)
        assert await api.callback_answer(qid) is not None
    assert await store(app).count(ann.id) == 1
