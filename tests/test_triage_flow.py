"""The flow validator catches every kind of broken flow; the real flow is short and valid."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.triage.checks import check_flow
from bot.triage.engine import simulate
from bot.triage.flow import CONTENT_DIR, flow_path, get_flow, load_flow, parse_flow, validate_flow
from bot.triage.models import FlowError
from bot.triage.paths import path_lengths, path_stats, question_sequences

REAL = tomllib.loads(flow_path().read_text(encoding="utf-8"))

Data = dict[str, Any]


def _q(data: Data, qid: str) -> Data:
    return next(q for q in data["questions"] if q["id"] == qid)


def _f(data: Data, fid: str) -> Data:
    return next(f for f in data["findings"] if f["id"] == fid)


def _problems(mutate: Callable[[Data], None]) -> list[str]:
    data = copy.deepcopy(REAL)
    mutate(data)
    return check_flow(parse_flow(data))


def test_the_real_flow_is_valid() -> None:
    assert validate_flow() == []
    assert validate_flow(CONTENT_DIR, "en") == []


def test_path_stats_meet_the_targets() -> None:
    max_answers, median_answers = path_stats(get_flow())
    assert max_answers <= 7
    assert median_answers <= 4
    # The same figures over distinct question sequences (ignoring which boxes are ticked).
    lengths = sorted(len(p) for p in question_sequences(get_flow()))
    assert lengths[-1] <= 7
    assert lengths[len(lengths) // 2 - (len(lengths) % 2 == 0)] <= 4


def test_path_lengths_count_every_subset_of_ticks() -> None:
    lengths = path_lengths(get_flow())
    # Every subset of the 28 findings maps to some path, but checklists ending the check
    # cut the tree: the total is the number of distinct answer sequences.
    assert lengths[1] == 3  # ambulance: either or both ticked
    assert sum(lengths.values()) == 3 + 31 + 7 + 31 + 31 + 31 + 8


def test_eval_path_and_stats_agree_for_no_findings() -> None:
    flow = get_flow()
    assert simulate(flow, []).questions == path_stats(flow)[0]


def test_validate_flow_reports_unreadable_files(tmp_path: Path) -> None:
    assert any("cannot read" in p for p in validate_flow(tmp_path, "en"))
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "triage.toml").write_text("version = [", encoding="utf-8")
    assert any("not valid TOML" in p for p in validate_flow(tmp_path, "en"))
    (tmp_path / "en" / "triage.toml").write_text('version = "1"\n', encoding="utf-8")
    problems = validate_flow(tmp_path, "en")
    assert any("[[levels]]" in p for p in problems)
    assert all(p.startswith("triage: ") for p in problems)


def test_validate_flow_reads_the_given_root(tmp_path: Path) -> None:
    text = flow_path().read_text(encoding="utf-8")
    (tmp_path / "en").mkdir()
    broken = text.replace('on_none = "gp_health"', 'on_none = "self_care"')
    (tmp_path / "en" / "triage.toml").write_text(broken, encoding="utf-8")
    problems = validate_flow(tmp_path, "en")
    assert any("without asking about diabetes" in p for p in problems)
    assert any("questions no path reaches: gp_health" in p for p in problems)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        # a lower level can be reached before every higher finding is asked about
        (
            lambda d: _q(d, "emergency_leg").update(on_none="gp_symptoms"),
            "can end at 'consultation' without asking about dvt_signs",
        ),
        # an emergency question that does not end the check still cannot skip higher ones
        (
            lambda d: d.update(start="emergency"),
            "without asking about stroke_signs, chest_symptoms",
        ),
        # a path that never ends
        (lambda d: _q(d, "self_care").update(on_none="urgent"), "loop and never ends"),
        # unreachable question (and so its findings)
        (
            lambda d: _q(d, "gp_symptoms").update(on_none="self_care"),
            "questions no path reaches: gp_health",
        ),
        # a finding no question asks about
        (
            lambda d: _q(d, "gp_health").update(findings=["diabetes", "b12_risk"]),
            "findings no question asks about: medication_started, leg_injury, heavy_alcohol",
        ),
        # unknown ids
        (
            lambda d: _q(d, "urgent")["findings"].append("gout"),
            "question 'urgent': unknown finding 'gout'",
        ),
        (
            lambda d: _q(d, "urgent").update(on_any="gp_later"),
            "`on_any` goes to unknown question 'gp_later'",
        ),
        (lambda d: d.update(start="intro"), "start: unknown question 'intro'"),
        (lambda d: _f(d, "diabetes").update(level="urgent"), "unknown level 'urgent'"),
        (
            lambda d: _f(d, "diabetes").update(related=["diabetes-page"]),
            "unknown related content id 'diabetes-page'",
        ),
        # a finding asked twice
        (
            lambda d: _q(d, "self_care")["findings"].append("diabetes"),
            "finding 'diabetes' is already asked in 'gp_health'",
        ),
        # text: HTML and sizes
        (lambda d: _q(d, "urgent").update(text="Pain & swelling?"), "Can't parse entities"),
        (lambda d: _q(d, "urgent").update(text="<b>Swelling?"), "urgent' text"),
        (
            lambda d: _q(d, "urgent").update(text='<a href="x">Swelling</a>?'),
            "only <b> and <i>",
        ),
        (lambda d: _q(d, "urgent").update(text="x" * 4000), "too long for one message"),
        (lambda d: _q(d, "urgent").update(text="   "), "urgent' text: empty"),
        (
            lambda d: d["levels"][4].update(action="<u>Call</u>"),
            "level 'emergency_ambulance' action",
        ),
        (
            lambda d: _f(d, "diabetes").update(
                label="I have diabetes, type one or type two, or not sure"
            ),
            "finding 'diabetes' label: 50 characters, over 40",
        ),
        # kinds and routing rules
        (lambda d: _q(d, "urgent").update(kind="radio"), "kind must be one of"),
        (lambda d: _q(d, "urgent").update(kind="yesno"), "asks about exactly one finding"),
        (
            lambda d: _q(d, "urgent").update(end_on_first=True, on_any="gp_symptoms"),
            "`end_on_first` needs",
        ),
        (
            lambda d: (
                _q(d, "urgent").update(findings=[])
                or _q(d, "self_care")["findings"].extend(
                    ["dvt_signs", "rest_pain", "rapidly_worsening"]
                )
            ),
            "a checklist has 1 to 8 findings",
        ),
        (lambda d: d["levels"].reverse(), "levels must be self_care"),
    ],
)
def test_check_flow_catches(mutate: Callable[[Data], None], expected: str) -> None:
    problems = _problems(mutate)
    assert any(expected in p for p in problems), problems


def test_mixed_level_end_on_first_is_refused() -> None:
    def mutate(d: Data) -> None:
        _q(d, "ambulance")["findings"].append("cold_pale_leg")
        _q(d, "emergency_leg")["findings"].remove("cold_pale_leg")

    assert any("`end_on_first` needs" in p for p in _problems(mutate))


def test_callback_data_size_is_checked() -> None:
    problems = check_flow(get_flow(), session_len=60)
    assert any("over 64 bytes" in p for p in problems)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["findings"].append(copy.deepcopy(d["findings"][0])), "duplicate finding id"),
        (lambda d: d["questions"].append(copy.deepcopy(d["questions"][0])), "duplicate question"),
        (lambda d: _q(d, "urgent").update(findings="dvt_signs"), "must be a list of strings"),
        (lambda d: _q(d, "urgent").update(end_on_first="yes"), "must be true or false"),
        (lambda d: _q(d, "urgent").update(id="end"), "reserved"),
        (lambda d: d.pop("questions"), "[[questions]]"),
        (lambda d: d.pop("version"), "`version`"),
        (lambda d: _f(d, "diabetes").pop("label"), "`label` must be a string"),
    ],
)
def test_parse_flow_refuses_malformed_data(mutate: Callable[[Data], None], expected: str) -> None:
    data = copy.deepcopy(REAL)
    mutate(data)
    with pytest.raises(FlowError) as info:
        parse_flow(data)
    assert any(expected in p for p in info.value.problems), info.value.problems


def test_load_flow_errors_are_flow_errors(tmp_path: Path) -> None:
    with pytest.raises(FlowError):
        load_flow(tmp_path, "xx")
