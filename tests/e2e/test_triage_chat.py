"""The symptom check end to end: real Application, real HTTP, the local Bot API server."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.localapi import LocalBotApi, SimUser
from bot.localapi.models import BotMessage
from bot.triage.flow import get_flow

FLOW = get_flow()
NONE = "None of these"
DONE = "Done ✔"


def _db(db_path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(sql, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def _label(finding: str, *, box: str | None = None) -> str:
    """The button text of `finding` in its question (with ⬜/✅ on tick-lists)."""
    question = next(q for q in FLOW.questions.values() if finding in q.findings)
    n = question.findings.index(finding) + 1
    text = f"{n}. {FLOW.findings[finding].label}"
    if question.end_on_first:
        return text
    return f"{box or '⬜'} {text}"


async def _press(user: SimUser, api: LocalBotApi, text: str) -> None:
    qid = await user.press(text)
    assert await api.callback_answer(qid) is not None


async def _start(user: SimUser) -> BotMessage:
    await user.send("/triage")
    first = await user.reply()
    assert "Symptom check" in first.text and "adults" in first.text
    assert "Question 1" in first.text
    return first


async def _nones(user: SimUser, api: LocalBotApi, count: int) -> BotMessage:
    """Answer `count` questions with "None of these"; the last new question message."""
    message = user.last
    for _ in range(count):
        await _press(user, api, NONE)
        answered = await user.edit()
        assert answered.buttons == [] and "Your answer" in answered.text
        message = await user.reply()
    assert message is not None
    return message


@pytest.mark.parametrize(
    ("nones", "finding", "level_words"),
    [
        (0, "stroke_signs", "Emergency: call for an ambulance now"),
        (1, "ascending_weakness", "Emergency: get help now"),
        (2, "cold_pale_leg", "Emergency: get help now"),
        (3, "dvt_signs", "Get medical advice within 24 hours"),
        (4, "claudication", "Book an appointment with a doctor"),
        (5, "diabetes", "Book an appointment with a doctor"),
        (6, "position_related", "Look after yourself at home"),
    ],
)
async def test_each_level_by_buttons(
    user: SimUser,
    api: LocalBotApi,
    db_path: Path,
    nones: int,
    finding: str,
    level_words: str,
) -> None:
    await _start(user)
    question = await _nones(user, api, nones) if nones else user.last
    assert question is not None and f"Question {nones + 1}" in question.text
    if FLOW.findings[finding].level in ("emergency", "emergency_ambulance"):
        await _press(user, api, _label(finding))  # one tap ends an emergency question
    else:
        await _press(user, api, _label(finding))
        ticked = await user.edit()
        assert _label(finding, box="✅") in ticked.button_texts
        await _press(user, api, DONE)
    result = await user.reply()
    assert level_words in result.text
    assert FLOW.findings[finding].label in result.text  # the reason
    assert "not a diagnosis" in result.text
    data = [b.callback_data for row in result.buttons for b in row]
    assert "v1:m:triage" in data and all(d and len(d.encode()) <= 64 for d in data)
    level = FLOW.findings[finding].level
    if level.startswith("emergency"):
        assert "999" in result.text and "112" in result.text and "911" in result.text
    if level == "self_care":
        assert "v1:m:remind" in data
        assert "keeps happening or gets worse" in result.text
    assert any(d.startswith(("v1:c:", "v1:f:")) for d in data if d)
    # Only the level and the date are kept; the answers are gone.
    assert _db(db_path, "SELECT level FROM triage_outcomes") == [(level,)]
    assert _db(db_path, "SELECT * FROM triage_sessions") == []
    assert api.unanswered_callback_queries() == []


async def test_no_findings_ends_at_self_care_after_seven_questions(
    user: SimUser, api: LocalBotApi
) -> None:
    await _start(user)
    last = await _nones(user, api, 7)
    assert "Look after yourself" in last.text
    assert "didn't have any of the warning signs" in last.text
    assert "v1:m:remind" in [b.callback_data for row in last.buttons for b in row]


async def test_ticks_toggle_and_answered_question_loses_its_buttons(
    user: SimUser, api: LocalBotApi
) -> None:
    await _start(user)
    await _nones(user, api, 3)
    await _press(user, api, _label("rest_pain"))
    assert _label("rest_pain", box="✅") in (await user.edit()).button_texts
    await _press(user, api, _label("rest_pain", box="✅"))
    assert _label("rest_pain") in (await user.edit()).button_texts
    await _press(user, api, DONE)  # nothing ticked: same as none of these
    answered = await user.edit()
    assert answered.buttons == []
    assert "Your answer: none of these" in answered.text
    assert "Question 5" in (await user.reply()).text


async def test_typed_answers(user: SimUser, api: LocalBotApi, db_path: Path) -> None:
    await _start(user)
    await user.send("no")
    assert "Question 2" in (await user.reply()).text
    await user.send("I'm not sure")
    assert "Question 2" in (await user.reply()).text  # not understood: asked again
    await user.send("nope, none of these")
    q3 = await user.reply()
    assert "Question 3" in q3.text
    await user.send("maybe")
    again = await user.reply()
    assert "couldn't tell" in again.text and "Question 3" in again.text
    await user.send("none")
    assert "Question 4" in (await user.reply()).text
    await user.send("my calf is swollen and it's spreading")
    result = await user.reply()
    assert "within 24 hours" in result.text
    assert FLOW.findings["dvt_signs"].label in result.text
    assert FLOW.findings["rapidly_worsening"].label in result.text
    assert _db(db_path, "SELECT level FROM triage_outcomes") == [("consultation_24",)]


async def test_typed_numbers_and_done_after_ticks(user: SimUser, api: LocalBotApi) -> None:
    await _start(user)
    await _nones(user, api, 4)
    await _press(user, api, _label("persistent"))
    await user.edit()
    await user.send("done")
    result = await user.reply()
    assert "Book an appointment" in result.text
    assert FLOW.findings["persistent"].label in result.text


async def test_cancel_leaves_the_check(user: SimUser, api: LocalBotApi, db_path: Path) -> None:
    await _start(user)
    await _nones(user, api, 1)
    await user.send("/cancel")
    assert "stopped" in (await user.reply()).text.lower()
    assert _db(db_path, "SELECT * FROM triage_sessions") == []
    await user.send("/cancel")
    assert "nothing to cancel" in (await user.reply()).text.lower()


async def test_sticker_mid_check_asks_again(user: SimUser, api: LocalBotApi) -> None:
    await _start(user)
    await user.send_sticker()
    again = await user.reply()
    assert "only read text" in again.text and "Question 1" in again.text
    await _press(user, api, NONE)
    assert "Question 2" in (await user.reply()).text


async def test_stale_buttons_lead_to_a_fresh_start(user: SimUser, api: LocalBotApi) -> None:
    first = await _start(user)
    old = first.button(NONE).callback_data
    assert old is not None
    await user.send("/triage")  # a second check replaces the first
    await user.reply()
    qid = await user.press_data(old, message_id=first.message_id)
    answer = await api.callback_answer(qid)
    assert "ended" in answer.get("text", "")
    fresh = await user.reply()
    assert "earlier symptom check" in fresh.text and "Question 1" in fresh.text
    # The fresh check works.
    await _press(user, api, NONE)
    assert "Question 2" in (await user.reply()).text
    # A forged or truncated triage button is answered too.
    qid = await user.press_data("v1:t:zz")
    assert await api.callback_answer(qid) is not None
    assert "Question 1" in (await user.reply()).text
    assert api.unanswered_callback_queries() == []


async def test_buttons_after_the_check_ended(user: SimUser, api: LocalBotApi) -> None:
    first = await _start(user)
    await _press(user, api, _label("chest_symptoms"))
    assert "ambulance" in (await user.reply()).text
    data = first.button(_label("stroke_signs")).callback_data
    assert data is not None
    qid = await user.press_data(data, message_id=first.message_id)
    assert await api.callback_answer(qid) is not None
    assert "Question 1" in (await user.reply()).text


async def test_double_tap_on_an_answered_question(user: SimUser, api: LocalBotApi) -> None:
    first = await _start(user)
    data = first.button(NONE).callback_data
    assert data is not None
    await _press(user, api, NONE)
    assert "Question 2" in (await user.reply()).text
    qid = await user.press_data(data, message_id=first.message_id)
    assert "already" in (await api.callback_answer(qid)).get("text", "")
    assert await user.quiet(0.3)


async def test_emergency_number_follows_the_time_zone(
    user: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await _start(user)
    _db(db_path, "UPDATE users SET tz = 'Europe/London' WHERE user_id = ?", (user.user_id,))
    await _press(user, api, _label("stroke_signs"))
    result = await user.reply()
    assert "Emergency number: 999" in result.text
    assert "911" not in result.text


async def test_abandoned_check_expires_after_a_day(
    user: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    await _start(user)
    _db(db_path, "UPDATE triage_sessions SET updated_at = '2000-01-01T00:00:00+00:00'")
    await user.send("/cancel")
    assert "nothing to cancel" in (await user.reply()).text.lower()
    assert _db(db_path, "SELECT * FROM triage_sessions") == []


async def test_menu_button_starts_the_check(user: SimUser, api: LocalBotApi) -> None:
    await user.send("/start")
    await user.reply()
    await _press(user, api, "🩺 Check my symptoms")
    assert "Question 1" in (await user.reply()).text


async def test_typed_emergency_mid_check_ends_it(
    user: SimUser, api: LocalBotApi, db_path: Path
) -> None:
    pytest.importorskip("bot.ask.emergency")
    from bot.handlers import text as router

    if not hasattr(router, "answer"):
        pytest.skip("the text router has no emergency check yet")
    await _start(user)
    await _nones(user, api, 2)
    await user.send("my face is drooping and my speech is slurred")
    result = await user.reply()
    assert "ambulance" in result.text.lower()
    for _ in range(20):
        if not _db(db_path, "SELECT * FROM triage_sessions"):
            break
        await asyncio.sleep(0.05)
    assert _db(db_path, "SELECT * FROM triage_sessions") == []
