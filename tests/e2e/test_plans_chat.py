"""Movement plans end to end: offered after a symptom check and on a topic page, picked in
/remind, and the safety rules as a person meets them (no plan until seen after an urgent
outcome; never a leg stretch after signs of a clot, whatever buttons are forged)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import PinbotApp
from bot.clock import MovableClock
from bot.context import services_of
from bot.localapi import LocalBotApi, SimUser
from bot.localapi.models import BotMessage
from bot.triage.flow import get_flow

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, db_engine).
ENGINES = ("sqlite", "postgresql")

FLOW = get_flow()
NONE = "None of these"
DONE = "Done ✔"
T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # a Monday

# the per-chat sending limit would make each set-up take seconds (tests/e2e/conftest.py)
pytestmark = pytest.mark.usefixtures("no_chat_limits")


@pytest.fixture
def ann(api: LocalBotApi, app: PinbotApp) -> SimUser:
    return api.user(3001, first_name="Ann")


async def press(user: SimUser, api: LocalBotApi, label: str) -> None:
    qid = await user.press(label)
    assert await api.callback_answer(qid) is not None


async def press_data(user: SimUser, api: LocalBotApi, data: str) -> None:
    qid = await user.press_data(data)
    assert await api.callback_answer(qid) is not None


def label(finding: str) -> str:
    question = next(q for q in FLOW.questions.values() if finding in q.findings)
    return f"⬜ {question.findings.index(finding) + 1}. {FLOW.findings[finding].label}"


async def check_with(user: SimUser, api: LocalBotApi, nones: int, finding: str) -> BotMessage:
    """A symptom check: `nones` × "None of these", then tick `finding` and finish."""
    await user.send("/triage")
    await user.reply()
    for _ in range(nones):
        await press(user, api, NONE)
        await user.edit()
        await user.reply()
    await press(user, api, label(finding))
    await user.edit()
    await press(user, api, DONE)
    await user.edit()
    return await user.reply()


async def test_claudication_check_offers_the_walking_programme(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    result = await check_with(ann, api, 4, "claudication")
    assert "Book an appointment" in result.text
    offer = "🧭 Plan: Walking programme for leg pain"
    assert offer in result.button_texts
    assert result.button_texts[-2:] != [offer]  # "Check again" / "Menu" stay last
    await press(ann, api, offer)
    card = await ann.reply()
    assert "Who it is for" in card.text and "When to stop and get help" in card.text
    assert "Walk to moderate pain, rest, repeat" in card.text
    await press(ann, api, "✅ Use this plan")
    chosen = await ann.reply()
    assert "Walking programme for leg pain" in chosen.text
    assert "How often" in (await ann.reply()).text  # no reminders yet: set-up starts
    row = await services_of(app).plans.get(ann.id)
    assert row.plan_id == "pad-walking" and row.check_level == "consultation"


async def test_dvt_signs_block_plans_until_seen_and_then_never_a_leg_stretch(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    services = services_of(app)
    # A plan chosen before: the sciatica stretches.
    await ann.send("/start")
    await ann.reply()
    await services.plans.choose(ann.id, "sciatica", clock.t)
    result = await check_with(ann, api, 3, "dvt_signs")
    assert "within 24 hours" in result.text
    assert not any(d.startswith("v1:r:plan") for d in _data(result))  # no plan offered
    # /remind -> Movement plan: blocked until seen; forged buttons are refused too.
    await press_data(ann, api, "v1:r:plan")
    blocked = await ann.reply()
    assert "wait until you have been seen" in blocked.text
    await press_data(ann, api, "v1:r:plan:journey:use")
    assert "wait until you have been seen" in (await ann.reply()).text
    await press(ann, api, "✅ Yes, I have been seen")
    plans = await ann.reply()
    names = plans.button_texts
    assert "Long journeys and flights" in names
    assert "Sciatica self-care" not in names  # a stretching plan is never offered
    await press_data(ann, api, "v1:r:plan:sciatica")
    assert "isn't available" in (await ann.reply()).text
    await press_data(ann, api, "v1:r:plan:sciatica:use")
    assert "isn't available" in (await ann.reply()).text
    row = await services.plans.get(ann.id)
    assert row.clot and row.seen and row.plan_id == "sciatica"  # the old choice stays ...
    # ... but its reminders never show a leg stretch: set up reminders and let 12 come.
    await ann.send("/remind")
    await ann.reply()
    await press(ann, api, "20 min")
    await ann.reply()
    await press(ann, api, "09:00–18:00")
    await ann.reply()
    await press(ann, api, "Every day")
    await ann.edit()
    await press(ann, api, "Done ➡️")
    await ann.reply()
    await ann.send("Keep UTC")
    await ann.reply()
    exercises = services.content.exercises
    for n in range(1, 13):
        clock.t = T0 + timedelta(minutes=20 * n)
        await services.dispatcher.drain()
        await ann.reply()
        sched = await services.schedules.get(ann.id)
        assert sched is not None and sched.last_exercise is not None
        assert not exercises[sched.last_exercise].leg_stretch, sched.last_exercise
        assert sched.last_exercise in services.plan_catalog["sciatica"].exercises


async def test_topic_page_offers_its_plan_and_list_in_remind(
    ann: SimUser, api: LocalBotApi, app: PinbotApp
) -> None:
    await ann.send("/causes")
    await ann.reply()
    await press_data(ann, api, "v1:c:sciatica")
    page = await ann.edit()
    assert "🧭 Plan: Sciatica self-care" in page.button_texts
    await press(ann, api, "🧭 Plan: Sciatica self-care")
    card = await ann.reply()
    assert "Sciatica self-care" in card.text and "Knee-to-chest" in card.text
    await press_data(ann, api, "v1:r:plan")
    listing = await ann.reply()
    assert "the general mix" in listing.text
    assert len([b for b in listing.button_texts if b]) == 6  # five plans + general mix
    await press(ann, api, "🔀 General mix (no plan)")
    assert "general mix" in (await ann.reply()).text
    assert api.unanswered_callback_queries() == []


def _data(msg: BotMessage) -> list[str]:
    return [b.callback_data or "" for row in msg.buttons for b in row]


async def test_walking_programme_progress_counts_done_walks(
    ann: SimUser, api: LocalBotApi, app: PinbotApp, clock: MovableClock
) -> None:
    services = services_of(app)
    await ann.send("/start")
    await ann.reply()
    await services.plans.choose(ann.id, "pad-walking", clock.t)
    await ann.send("/remind")
    await ann.reply()
    await press(ann, api, "20 min")
    await ann.reply()
    await press(ann, api, "09:00–18:00")
    await ann.reply()
    await press(ann, api, "Every day")
    await ann.edit()
    await press(ann, api, "Done ➡️")
    await ann.reply()
    await ann.send("Keep UTC")
    await ann.reply()
    clock.t = T0 + timedelta(minutes=20)
    await services.dispatcher.drain()
    walk = await ann.reply()
    assert "Walk to moderate pain" in walk.text and walk.kind == "animation"
    await press(ann, api, "✅ Done")
    await ann.edit()
    await press_data(ann, api, "v1:r:plan")
    listing = await ann.reply()
    assert "Walking this week: 30 of 120 minutes (walks: 1)" in listing.text
    assert "Now: <b>Walking programme for leg pain</b>" in listing.html
    # /stats carries the same progress under the week's reminder figures
    await ann.send("/stats")
    stats = await ann.reply()
    assert "Walking this week: 30 of 120 minutes (walks: 1)" in stats.text
    assert stats.text.index("✅ Done: 1") < stats.text.index("🧭 Plan: Walking programme")
