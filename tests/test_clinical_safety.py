"""The clinical safety review (issue 10): under-triage gaps stay closed.

Every exception is tested with a message it must not silence; every new or changed finding is
read from typed text and routed by the symptom check to its level, alone and mixed with benign
findings.
"""

from __future__ import annotations

import pytest

from bot.ask import answer, indexes_for
from bot.content.library import load_bundle
from bot.triage.engine import simulate
from bot.triage.flow import get_flow

BUNDLE = load_bundle()
FLOW = get_flow()


def read(text: str) -> list[str]:
    return indexes_for(BUNDLE).detector.read(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # stroke in one leg (NHS FAST: "including in your leg")
        ("sudden numbness in my right leg and foot", "stroke_signs"),
        ("I suddenly can't lift my foot", "stroke_signs"),
        # exceptions that used to swallow an emergency
        ("I had a TIA years ago and now my speech is slurred again", "stroke_signs"),
        ("my foot is cold, white and numb at night and I can't feel it now", "cold_pale_leg"),
        ("normally my feet are fine but today my foot is ice cold and blue", "cold_pale_leg"),
        ("I'm worried, my heart is racing and my calf is swollen", "chest_symptoms"),
        ("stressed, heart racing now and my leg is swollen", "chest_symptoms"),
        # new findings
        ("the numbness crept up from my feet to my knees over two days", "ascending_weakness"),
        ("tingling in my hands and feet and now I can't walk", "ascending_weakness"),
        ("the ulcer on my foot has pus and the redness is spreading", "foot_infection"),
        ("my big toe is turning black", "foot_infection"),
        ("my leg is in a cast and my toes are numb and pale", "compartment_signs"),
        ("I had bowel cancer and now new back pain and my legs are weak", "cancer_spine_signs"),
        ("since the epidural my left leg is numb and I can't lift it", "spine_head_injury"),
        # a relative's emergency happening now is an emergency
        ("my mum's speech is slurred and her face is drooping", "stroke_signs"),
    ],
)
def test_red_flags_in_typed_text_are_not_silenced(text: str, finding: str) -> None:
    assert finding in read(text), read(text)
    assert answer(text, BUNDLE).emergency


@pytest.mark.parametrize(
    "text",
    [
        "my dad had a stroke years ago, I just get pins and needles when I sit",
        "what if my face droops?",
        "no chest pain, no bladder problems, just tingling toes",
        "I had a DVT years ago and was fine, my foot tingles after sitting",
        "my leg went numb when I sat cross legged, then it went away",
        "my feet are always cold and a bit blue in winter",
    ],
)
def test_past_negated_and_hypothetical_mentions_are_not_alarms(text: str) -> None:
    assert not answer(text, BUNDLE).emergency, read(text)


def test_an_exception_lowers_an_alert_only_without_a_now_word() -> None:
    assert "cold_pale_leg" not in read("my feet are always cold and blue")
    assert "cold_pale_leg" in read("my feet are always cold but now my foot is cold and blue")


NEW = {
    "ascending_weakness": "emergency",
    "foot_infection": "emergency",
    "compartment_signs": "emergency",
    "cancer_spine_signs": "emergency",
    "back_pain_red_flags": "consultation_24",
    "foot_wound": "consultation_24",
    "spine_head_injury": "emergency",
    "stroke_signs": "emergency_ambulance",
}


@pytest.mark.parametrize(("finding", "level"), sorted(NEW.items()))
@pytest.mark.parametrize("benign", [(), ("position_related",), ("anxiety_related", "persistent")])
def test_the_check_routes_new_findings_alone_and_mixed(
    finding: str, level: str, benign: tuple[str, ...]
) -> None:
    result = simulate(FLOW, [finding, *benign])
    assert result.level == level
    assert finding in result.reasons
    assert result.questions <= 7


def test_ms_signs_no_longer_covers_climbing_numbness() -> None:
    assert "climb" not in FLOW.findings["ms_signs"].description
    assert "spreads up both legs" in FLOW.findings["ascending_weakness"].description


def test_outcomes_never_state_not_an_emergency_as_a_fact() -> None:
    for level in FLOW.levels:
        assert "It is not an emergency" not in level.action
        if level.id in ("self_care", "consultation", "consultation_24"):
            assert "doesn't sound like an emergency" in level.action
            assert "{call_now}" in level.action  # and what would make it one
    assert "111 (England, Scotland and Wales)" in FLOW.level("consultation_24").action


def test_one_emergency_wording_everywhere() -> None:
    for topic in BUNDLE.topics():
        text = f"{getattr(topic, 'signs', '')} {getattr(topic, 'answer', '')} {topic.get_help}"
        assert "999 in the UK" not in text, topic.id
        assert "call 999, 112 or 911" not in text, topic.id
    for level in FLOW.levels:
        if level.id.startswith("emergency"):
            assert "{Call_now}" in level.action


def test_content_corrections_are_in_place() -> None:
    meds = BUNDLE.faqs["faq-medications"]
    assert "levofloxacin" in meds.get_help and "stop taking it" in meds.get_help
    assert "nitrous oxide" in BUNDLE.faqs["faq-nutrition"].answer.lower()
    assert "nitrous oxide" in FLOW.findings["b12_risk"].description
    assert "swollen, warm, red or painful" in BUNDLE.faqs["faq-home-remedies"].answer
    assert "Heat packs" in BUNDLE.causes["sciatica"].helps
    for ex in BUNDLE.exercises.values():
        assert any("Stop and get help" in n for n in ex.notes), ex.id
        if ex.kind == "stretch":
            assert any("swollen, warm, red or painful" in n for n in ex.notes), ex.id
    assert any("hip replacement" in n for n in BUNDLE.exercises["figure-four-stretch"].notes)
