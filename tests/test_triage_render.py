"""Triage messages: valid Telegram HTML within limits for every question and outcome;
emergency numbers by time zone; the store keeps only level and date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.content.texts import load_texts
from bot.handlers.triage.screens import (
    answered_text,
    outcome_message,
    question_keyboard,
    question_text,
)
from bot.storage.db import Database
from bot.storage.triage_store import TriageStore
from bot.tghtml import parse_html
from bot.triage.engine import answer, outcome, simulate, start
from bot.triage.flow import get_flow
from bot.triage.models import State
from bot.triage.numbers import emergency_number

FLOW = get_flow()
TEXTS = load_texts()


def _states() -> list[State]:
    """One state per question (reached by answering "none" so far), with and without ticks."""
    states: list[State] = []
    state = start(FLOW)
    while True:
        states.append(state)
        question = FLOW.questions[state.current]
        states.append(
            State(
                state.flow_version,
                state.current,
                state.path,
                state.findings,
                frozenset(question.findings),
            )
        )
        nxt = answer(FLOW, state, state.current, frozenset())
        if not isinstance(nxt, State):
            return states
        state = nxt


@pytest.mark.parametrize("state", _states(), ids=lambda s: f"{s.current}-{len(s.ticks)}")
def test_every_question_message_is_valid(state: State) -> None:
    for notice in (None, TEXTS.t("triage.reask"), TEXTS.t("triage.stale")):
        text = question_text(TEXTS, FLOW, state, notice)
        parsed = parse_html(text)
        assert parsed.errors == [] and parsed.length <= 4096
    done = answered_text(TEXTS, FLOW, state, state.ticks)
    assert parse_html(done).errors == [] and "Your answer" in done
    keyboard = question_keyboard(TEXTS, FLOW, state, "abcdefgh")
    for row in keyboard.inline_keyboard:
        for b in row:
            assert b.callback_data is not None and len(str(b.callback_data).encode()) <= 64
            assert len(b.text) <= 48


@pytest.mark.parametrize("level", [lv.id for lv in FLOW.levels])
@pytest.mark.parametrize("typed", [False, True])
def test_every_outcome_message_is_valid(level: str, typed: bool) -> None:
    findings = [f for f in FLOW.findings if FLOW.findings[f].level == level]
    result = outcome(FLOW, findings)
    titles = {"faq-emergency": "When to get help", "dvt": "DVT", "sciatica": "Sciatica & more"}
    for number in (None, "999"):
        text, keyboard = outcome_message(
            TEXTS, FLOW, result, number, typed=typed, related_titles=titles
        )
        parsed = parse_html(text)
        assert parsed.errors == [] and parsed.length <= 4096
        assert "not a diagnosis" in parsed.plain
        assert FLOW.level(level).name in parsed.plain
        data = [str(b.callback_data) for row in keyboard.inline_keyboard for b in row]
        assert "v1:m:triage" in data
        if level.startswith("emergency"):
            assert ("Emergency number: 999" in parsed.plain) == (number == "999")
            assert ("911" in parsed.plain) == (number is None)
        if level == "self_care":
            assert "v1:m:remind" in data
        # the symptom diary is offered after every outcome but an emergency
        assert ("v1:d:new" in data) == (not level.startswith("emergency"))
        assert all(len(d.encode()) <= 64 for d in data)


def test_outcome_links_use_cause_and_faq_callbacks() -> None:
    result = simulate(FLOW, ["anxiety_related", "position_related"])
    titles = {"nerve-compression": "Pressure on a nerve", "faq-anxiety-stress": "Anxiety"}
    _, keyboard = outcome_message(TEXTS, FLOW, result, None, related_titles=titles)
    data = [b.callback_data for row in keyboard.inline_keyboard for b in row]
    assert "v1:c:nerve-compression" in data and "v1:f:faq-anxiety-stress" in data


def test_a_typed_emergency_offers_the_storys_topic_after_the_advice() -> None:
    """An old event told to ask about it ("my sister had a stroke 3 years ago ...") still gets
    the advice first, then its own topic for a story that is over; nothing else changes."""
    result = simulate(FLOW, ["stroke_signs"])
    titles = {"faq-emergency": "When to get help", "multiple-sclerosis": "MS <& more>"}
    text, keyboard = outcome_message(
        TEXTS,
        FLOW,
        result,
        "999",
        typed=True,
        related_titles=titles,
        story_topic="multiple-sclerosis",
    )
    parsed = parse_html(text)
    assert parsed.errors == [] and parsed.length <= 4096
    assert parsed.plain.index("999") < parsed.plain.index("happened before and is over")
    assert "MS <& more>" in parsed.plain
    data = [str(b.callback_data) for row in keyboard.inline_keyboard for b in row]
    assert data.index("v1:c:multiple-sclerosis") < data.index("v1:f:faq-emergency")
    # a topic the advice already links, no topic, or an answered check: no extra line
    for typed, topic in ((True, "faq-emergency"), (True, None), (False, "multiple-sclerosis")):
        text, keyboard = outcome_message(
            TEXTS, FLOW, result, "999", typed=typed, related_titles=titles, story_topic=topic
        )
        assert "happened before" not in text
        data = [str(b.callback_data) for row in keyboard.inline_keyboard for b in row]
        assert "v1:c:multiple-sclerosis" not in data


def test_every_level_has_an_icon() -> None:
    for level in FLOW.levels:
        assert TEXTS.has(f"triage.icon_{level.id}")


@pytest.mark.parametrize(
    ("tz", "number"),
    [
        ("Europe/London", "999"),
        ("Europe/Berlin", "112"),
        ("Europe/Dublin", "112"),
        ("America/New_York", "911"),
        ("America/Toronto", "911"),
        ("America/Sao_Paulo", "192"),
        ("America/Argentina/Cordoba", "107"),
        ("Australia/Sydney", "000"),
        ("Asia/Kolkata", "112"),
        ("Pacific/Auckland", "111"),
        ("Asia/Tokyo", "119"),
        ("Africa/Nairobi", "999"),
        ("America/Lima", "106"),
        ("America/Caracas", None),
        ("UTC", None),
        (None, None),
        ("", None),
    ],
)
def test_emergency_number_by_time_zone(tz: str | None, number: str | None) -> None:
    assert emergency_number(tz) == number


async def test_store_keeps_only_level_and_date_and_expires(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        store = TriageStore(db)
        now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
        state = start(FLOW).to_json()
        await store.start(7, 7, "sess0001", state, FLOW.version, now)
        got = await store.get(7, now)
        assert got is not None and got.state == state and got.message_id is None
        await store.set_message(7, "sess0001", 42)
        assert (await store.get(7, now)).message_id == 42  # type: ignore[union-attr]
        assert not await store.save(7, "other", state, now, None)  # another session
        assert await store.save(7, "sess0001", state, now + timedelta(hours=1), None)
        assert await store.finish(7, "sess0001", "consultation", now)
        assert not await store.finish(7, "sess0001", "consultation", now)  # double tap
        assert await store.get(7, now) is None
        assert await store.outcomes(7) == [("2026-03-01", "consultation")]
        row = await db.fetchone("SELECT * FROM triage_outcomes WHERE user_id = 7")
        assert row is not None and list(row.keys()) == ["id", "user_id", "level", "date"]

        await store.start(8, 8, "sess0002", state, FLOW.version, now)
        assert await store.get(8, now + timedelta(hours=23)) is not None
        assert await store.get(8, now + timedelta(hours=24)) is None  # expired and deleted
        await store.start(9, 9, "sess0003", state, FLOW.version, now)
        assert await store.purge_expired(now + timedelta(hours=25)) == 1
        assert await store.delete(9) is False

        await store.start(10, 10, "sess0004", state, FLOW.version, now)
        await store.delete_user(7)
        await store.delete_user(10)
        assert await store.outcomes(7) == [] and await store.get(10, now) is None
    finally:
        await db.close()


async def test_store_drops_a_corrupt_row(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        store = TriageStore(db)
        now = datetime(2026, 3, 1, tzinfo=UTC)
        await store.start(7, 7, "s", {}, FLOW.version, now)
        await db.execute("UPDATE triage_sessions SET state = 'not json'")
        assert await store.get(7, now) is None
        assert await db.fetchall("SELECT * FROM triage_sessions") == []
    finally:
        await db.close()


def test_related_ids_exist_in_the_content() -> None:
    from bot.content.library import load_bundle

    topics = set(load_bundle().topic_ids)
    for finding in FLOW.findings.values():
        assert set(finding.related) <= topics, finding.id
    for level in FLOW.levels:
        assert set(level.related) <= topics, level.id
