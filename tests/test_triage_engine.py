"""The triage engine: the level rule for every set of findings, states, typed answers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage.callbacks import make_callback, parse_callback
from bot.triage.engine import answer, current_question, outcome, simulate, start, toggle
from bot.triage.flow import get_flow
from bot.triage.models import Flow, Outcome, State, StateError, UnknownFinding, WrongQuestion
from bot.triage.typed import parse_typed

FLOW = get_flow("en")
ALL = sorted(FLOW.findings)
RANK = {f: FLOW.finding_rank(f) for f in ALL}


def _max_level(findings: frozenset[str]) -> str:
    if not findings:
        return FLOW.levels[0].id
    return FLOW.levels[max(RANK[f] for f in findings)].id


def test_the_contract_facts_are_in_the_data() -> None:
    assert [lv.id for lv in FLOW.levels] == [
        "self_care",
        "consultation",
        "consultation_24",
        "emergency",
        "emergency_ambulance",
    ]
    assert len(FLOW.findings) == 28
    per_level = {
        lv.id: sorted(f for f in ALL if FLOW.findings[f].level == lv.id) for lv in FLOW.levels
    }
    assert per_level["emergency_ambulance"] == ["chest_symptoms", "stroke_signs"]
    assert per_level["emergency"] == [
        "ascending_weakness",
        "both_legs_weak",
        "cancer_spine_signs",
        "cauda_equina_signs",
        "cold_pale_leg",
        "compartment_signs",
        "foot_infection",
        "spine_head_injury",
    ]
    assert per_level["consultation_24"] == [
        "back_pain_red_flags",
        "dvt_signs",
        "foot_wound",
        "rapidly_worsening",
        "rest_pain",
    ]
    assert len(per_level["consultation"]) == 10
    assert per_level["self_care"] == ["anxiety_related", "position_related", "sciatica_pattern"]


@settings(max_examples=400, deadline=None)
@given(st.frozensets(st.sampled_from(ALL)))
def test_outcome_is_the_highest_level_through_the_simulated_person(
    findings: frozenset[str],
) -> None:
    result = simulate(FLOW, findings)
    assert result.level == _max_level(findings)
    assert result.level == outcome(FLOW, findings).level
    assert result.questions == len(result.path) <= 7
    # Every finding of a higher level than the outcome was asked about on the way.
    asked = {f for q in result.path for f in FLOW.questions[q].findings}
    assert {f for f in ALL if RANK[f] > FLOW.rank(result.level)} <= asked
    # The reasons are findings the person has, at the outcome level.
    assert bool(result.reasons) == bool(findings)
    assert all(r in findings and FLOW.findings[r].level == result.level for r in result.reasons)


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(ALL)), st.frozensets(st.sampled_from(ALL)))
def test_nothing_lowers_a_level(a: frozenset[str], b: frozenset[str]) -> None:
    assert FLOW.rank(simulate(FLOW, a | b).level) >= FLOW.rank(simulate(FLOW, a).level)


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(ALL)))
def test_state_survives_json_between_every_answer(findings: frozenset[str]) -> None:
    state: State | Outcome = start(FLOW)
    while isinstance(state, State):
        stored = json.loads(json.dumps(state.to_json()))
        state = State.from_json(FLOW, stored)
        question = current_question(FLOW, state)
        state = answer(FLOW, state, question.id, findings & frozenset(question.findings))
    assert state == simulate(FLOW, findings)


def test_no_findings_is_self_care_after_every_question() -> None:
    result = simulate(FLOW, [])
    assert result.level == "self_care"
    assert result.reasons == []
    assert list(result.path) == list(FLOW.questions)
    assert "faq-home-remedies" in result.related


def test_emergencies_end_at_once() -> None:
    assert simulate(FLOW, ["stroke_signs", "diabetes"]).path == ("ambulance",)
    assert simulate(FLOW, ["cauda_equina_signs"]).path == ("ambulance", "emergency")
    assert simulate(FLOW, ["cold_pale_leg"]).path == ("ambulance", "emergency", "emergency_leg")
    first = FLOW.questions[FLOW.start]
    assert first.end_on_first and first.findings == ("stroke_signs", "chest_symptoms")


def test_outcome_reasons_and_related() -> None:
    result = outcome(FLOW, ["dvt_signs", "rest_pain", "position_related"])
    assert result.level == "consultation_24"
    assert result.reasons == ["dvt_signs", "rest_pain"]
    assert result.related[:2] == ["dvt", "poor-circulation"]
    assert len(result.related) == len(set(result.related))
    with pytest.raises(UnknownFinding, match="nope"):
        outcome(FLOW, ["nope"])
    with pytest.raises(UnknownFinding, match="nope"):
        simulate(FLOW, ["nope"])


def test_answer_rejects_other_questions_and_foreign_findings() -> None:
    state = start(FLOW)
    with pytest.raises(WrongQuestion):
        answer(FLOW, state, "urgent", frozenset())
    with pytest.raises(UnknownFinding):
        answer(FLOW, state, "ambulance", frozenset({"diabetes"}))
    nxt = answer(FLOW, state, "ambulance", frozenset())
    assert isinstance(nxt, State) and nxt.current == "emergency"
    with pytest.raises(WrongQuestion):  # a replayed answer to the first question
        answer(FLOW, nxt, "ambulance", frozenset())


def test_ticks_toggle_and_are_stored() -> None:
    state = start(FLOW)
    state = answer(FLOW, state, "ambulance", frozenset())  # type: ignore[assignment]
    state = answer(FLOW, state, "emergency", frozenset())  # type: ignore[assignment]
    state = answer(FLOW, state, "emergency_leg", frozenset())  # type: ignore[assignment]
    assert isinstance(state, State)
    state = toggle(FLOW, state, "urgent", "dvt_signs")
    state = toggle(FLOW, state, "urgent", "rest_pain")
    state = toggle(FLOW, state, "urgent", "rest_pain")
    assert state.ticks == {"dvt_signs"}
    assert State.from_json(FLOW, state.to_json()) == state
    with pytest.raises(UnknownFinding):
        toggle(FLOW, state, "urgent", "diabetes")
    with pytest.raises(WrongQuestion):
        toggle(FLOW, state, "ambulance", "stroke_signs")
    done = answer(FLOW, state, "urgent", state.ticks)
    assert isinstance(done, Outcome) and done.level == "consultation_24"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"v": 1, "flow": "other", "q": "ambulance", "path": [], "found": []},
        {"v": 1, "flow": FLOW.version, "q": "gone", "path": [], "found": []},
        {"v": 1, "flow": FLOW.version, "q": "urgent", "path": ["x"], "found": []},
        {"v": 1, "flow": FLOW.version, "q": "urgent", "path": [], "found": ["x"]},
        {
            "v": 1,
            "flow": FLOW.version,
            "q": "urgent",
            "path": [],
            "found": [],
            "ticks": ["diabetes"],
        },
        {"v": 1, "flow": FLOW.version, "q": "urgent", "path": 3, "found": []},
    ],
)
def test_bad_stored_states_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(StateError):
        State.from_json(FLOW, data)


def test_callback_data_round_trip() -> None:
    data = make_callback("abcd1234", 4, "3")
    assert data == "v1:t:abcd1234:4:3"
    assert parse_callback(data) == ("abcd1234", 4, "3")
    assert parse_callback("v1:t:abcd1234:4:d") == ("abcd1234", 4, "d")
    for bad in ("v1:c:sciatica", "v1:t:abc", "v1:t:a b:1:2", "v1:t:abc:x:1", "v1:t:abc:1:zz"):
        assert parse_callback(bad) is None


# ---------------------------------------------------------------- typed answers


def _q(qid: str) -> object:
    return FLOW.questions[qid]


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("ambulance", "no", set()),
        ("ambulance", "Nope!", set()),
        ("ambulance", "none of these", set()),
        ("ambulance", "nonee of thse", set()),
        ("ambulance", "noen", set()),
        ("ambulance", "NO.", set()),
        ("ambulance", "nope, none of these", set()),
        ("ambulance", "no, nothing", set()),
        ("ambulance", "chest pain", {"chest_symptoms"}),
        ("ambulance", "chset pain", {"chest_symptoms"}),
        ("ambulance", "yes, my face is drooping", {"stroke_signs"}),
        ("ambulance", "slurred speech and chest pain", {"stroke_signs", "chest_symptoms"}),
        ("ambulance", "2", {"chest_symptoms"}),
        ("ambulance", "1 and 2", {"stroke_signs", "chest_symptoms"}),
        ("ambulance", "one", {"stroke_signs"}),
        ("emergency", "can't control my bladder", {"cauda_equina_signs"}),
        ("emergency_leg", "my foot went cold and blue", {"cold_pale_leg"}),
        ("emergency_leg", "pus in the ulcer on my foot", {"foot_infection"}),
        ("emergency", "it started after my epidural", {"spine_head_injury"}),
        ("emergency", "i had cancer", {"cancer_spine_signs"}),
        ("urgent", "a blister on my foot that won't heal", {"foot_wound"}),
        ("urgent", "my calf is swollen", {"dvt_signs"}),
        ("urgent", "it is spreading", {"rapidly_worsening"}),
        ("gp_symptoms", "it keeps coming back", {"persistent"}),
        ("gp_symptoms", "it doesn't go away", {"persistent"}),
        ("gp_health", "diabetic", {"diabetes"}),
        ("gp_health", "diabetis", {"diabetes"}),
        ("gp_health", "I'm vegan", {"b12_risk"}),
        ("self_care", "after sitting cross legged", {"position_related"}),
        ("self_care", "anxiety", {"anxiety_related"}),
    ],
)
def test_parse_typed_understands(qid: str, text: str, expected: set[str]) -> None:
    assert parse_typed(FLOW, FLOW.questions[qid], text) == frozenset(expected)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("ambulance", "yes"),  # which one?
        ("ambulance", "no chest pain"),  # negated mention: ask again, don't guess
        ("ambulance", "I don't have slurred speech"),
        ("ambulance", "maybe"),
        ("ambulance", "what is the weather"),
        ("ambulance", "7"),
        ("ambulance", ""),
        ("ambulance", "🙂"),
        ("emergency", "my leg fell asleep"),
        ("gp_health", "diabetes and something else entirely"),
    ],
)
def test_parse_typed_says_when_it_cannot_tell(qid: str, text: str) -> None:
    assert parse_typed(FLOW, FLOW.questions[qid], text) is None


def test_typed_done_keeps_the_ticks() -> None:
    q = FLOW.questions["urgent"]
    assert parse_typed(FLOW, q, "done", frozenset({"rest_pain"})) == frozenset({"rest_pain"})
    assert parse_typed(FLOW, q, "done") == frozenset()


def test_yes_no_questions() -> None:
    from bot.triage.models import Question

    flow = Flow(
        FLOW.version,
        "d",
        "en",
        FLOW.levels,
        FLOW.findings,
        {"d": Question("d", "yesno", "Diabetes?", ("diabetes",), "end", "end")},
    )
    q = flow.questions["d"]
    assert parse_typed(flow, q, "yes") == frozenset({"diabetes"})
    assert parse_typed(flow, q, "yeah") == frozenset({"diabetes"})
    assert parse_typed(flow, q, "no") == frozenset()
    assert parse_typed(flow, q, "diabetes") == frozenset({"diabetes"})
    assert parse_typed(flow, q, "1") is None
    assert parse_typed(flow, q, "done") is None
    assert q.item_codes() == ["y", "n"]
    yes = simulate(flow, ["diabetes"])
    assert yes.level == "consultation" and yes.questions == 1


def test_all_of_them() -> None:
    q = FLOW.questions["urgent"]
    assert parse_typed(FLOW, q, "all of them") == frozenset(q.findings)
    assert parse_typed(FLOW, FLOW.questions["ambulance"], "both") == frozenset(
        {"stroke_signs", "chest_symptoms"}
    )
    assert parse_typed(FLOW, q, "both") is None


def test_typed_emergency_is_never_below_an_emergency() -> None:
    from bot.triage.engine import typed_emergency

    assert typed_emergency(FLOW, ["cauda_equina_signs"]).level == "emergency"
    assert typed_emergency(FLOW, ["stroke_signs", "diabetes"]).level == "emergency_ambulance"
    # nothing the flow knows (or only lower findings): still the most urgent level
    assert typed_emergency(FLOW, ["no_such_finding"]).level == "emergency_ambulance"
    assert typed_emergency(FLOW, ["diabetes"]).level == "emergency_ambulance"
