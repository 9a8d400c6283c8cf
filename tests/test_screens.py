"""Every browsing screen fits Telegram's limits: valid HTML, ≤ 4096 characters after parsing,
callback data ≤ 64 bytes, ≤ 8 buttons a row and ≤ 100 buttons."""

from __future__ import annotations

import pytest
from telegram import InlineKeyboardMarkup

from bot.content.library import load_bundle
from bot.content.texts import load_texts
from bot.handlers import browse
from bot.handlers.keyboards import main_menu
from bot.tghtml import parse_html, utf16_len

BUNDLE = load_bundle()
TEXTS = load_texts()


def assert_fits(text: str, markup: InlineKeyboardMarkup) -> None:
    parsed = parse_html(text)
    assert parsed.errors == []
    assert 1 <= utf16_len(parsed.plain) <= 4096
    rows = markup.inline_keyboard
    assert sum(len(r) for r in rows) <= 100
    for row in rows:
        assert 1 <= len(row) <= 8
        for b in row:
            assert b.callback_data is not None
            assert 1 <= len(str(b.callback_data).encode()) <= 64
            assert 1 <= len(b.text) <= 64


def test_lists_fit_and_offer_every_item() -> None:
    text, markup = browse.causes_screen(BUNDLE, TEXTS)
    assert_fits(text, markup)
    data = {b.callback_data for row in markup.inline_keyboard for b in row}
    assert {f"v1:c:{cid}" for cid in BUNDLE.causes} <= data
    text, markup = browse.faq_screen(BUNDLE, TEXTS)
    assert_fits(text, markup)
    data = {b.callback_data for row in markup.inline_keyboard for b in row}
    assert {f"v1:f:{fid}" for fid in BUNDLE.faqs} <= data


def test_causes_are_grouped_as_in_the_article() -> None:
    text, _ = browse.causes_screen(BUNDLE, TEXTS)
    plain = parse_html(text).plain
    compression = plain.index("Pressure on nerves")
    circulation = plain.index("Blood flow")
    other = plain.index("Other causes")
    assert compression < circulation < other
    assert BUNDLE.causes["sciatica"].title in plain[compression:circulation]
    assert BUNDLE.causes["dvt"].title in plain[circulation:other]
    assert BUNDLE.causes["multiple-sclerosis"].title in plain[other:]


@pytest.mark.parametrize("item_id", BUNDLE.topic_ids)
def test_every_topic_screen_fits(item_id: str) -> None:
    text, markup = browse.topic_screen(BUNDLE, TEXTS, item_id)
    assert_fits(text, markup)
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert "v1:m:triage" in data  # "Check my symptoms" from every topic
    assert ("v1:c:list" if item_id in BUNDLE.causes else "v1:f:list") in data


@pytest.mark.parametrize("item_id", BUNDLE.topic_ids)
def test_every_answer_screen_fits(item_id: str) -> None:
    others = [i for i in BUNDLE.topic_ids if i != item_id][:2]
    text, markup = browse.answer_screen(BUNDLE, TEXTS, item_id, others)
    assert_fits(text, markup)
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert len(data) == len(set(data))  # an alternative is never offered twice


def test_menu_and_no_match_fit() -> None:
    assert_fits(TEXTS.t("core.menu_prompt"), main_menu(TEXTS))
    assert_fits(*browse.no_match_screen(TEXTS))


@pytest.mark.parametrize("item_id", BUNDLE.topic_ids)
def test_every_story_screen_fits_with_every_finding(item_id: str) -> None:
    from bot.content.models import EMERGENCY_FINDINGS, OTHER_FINDINGS
    from bot.triage.flow import get_flow
    from bot.triage.prefill import PREFILL_PREFIX, parse_prefill

    flow = get_flow()
    findings = list(OTHER_FINDINGS)
    text, markup = browse.story_screen(
        BUNDLE, flow, TEXTS, item_id, [], findings, "999", list(EMERGENCY_FINDINGS)
    )
    assert_fits(text, markup)
    assert "If it is happening now" in text
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    prefill = [str(d) for d in data if str(d).startswith(PREFILL_PREFIX)]
    assert len(prefill) == 1
    assert parse_prefill(flow, prefill[0]) == frozenset(findings)


@pytest.mark.parametrize("item_id", BUNDLE.topic_ids)
def test_every_answer_screen_fits_after_the_if_now_line(item_id: str) -> None:
    """A sign told of before gets a first line about now; the longest still fits."""
    from bot.content.models import EMERGENCY_FINDINGS
    from bot.triage.flow import get_flow

    first = browse.if_now_line(TEXTS, get_flow(), list(EMERGENCY_FINDINGS), None)
    others = [i for i in BUNDLE.topic_ids if i != item_id][:2]
    text, markup = browse.answer_screen(BUNDLE, TEXTS, item_id, others)
    assert first.startswith("⚠️") and "999" in first
    assert_fits(first + text, markup)


def test_no_if_now_line_without_a_sign_told_of_before() -> None:
    from bot.triage.flow import get_flow

    assert browse.if_now_line(TEXTS, get_flow(), [], "999") == ""
