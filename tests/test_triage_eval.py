"""`pinbot eval triage` (bot.triage.eval_cli): JSONL in, JSONL out, errors exit 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.triage.engine import simulate
from bot.triage.eval_cli import main, run
from bot.triage.flow import get_flow

ROOT = Path(__file__).resolve().parents[1]


def _eval(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.triage.eval_cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


ALL_QUESTIONS = [
    "ambulance",
    "emergency",
    "emergency_leg",
    "urgent",
    "gp_symptoms",
    "gp_health",
    "self_care",
]


@pytest.mark.slow
def test_eval_cli_writes_one_line_per_input_in_order() -> None:
    lines = [
        {"id": "v1", "findings": ["dvt_signs", "position_related"]},
        {"id": "none", "findings": []},
        {"id": 3, "findings": ["diabetes", "chest_symptoms"]},
        {"id": "gp", "findings": ["heavy_alcohol", "anxiety_related"]},
        {"id": "ae", "findings": ["spine_head_injury", "rest_pain"]},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n\n"
    proc = _eval(stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out == [
        {
            "id": "v1",
            "level": "consultation_24",
            "questions": 4,
            "path": ["ambulance", "emergency", "emergency_leg", "urgent"],
        },
        {
            "id": "none",
            "level": "self_care",
            "questions": 7,
            "path": ALL_QUESTIONS,
        },
        {"id": 3, "level": "emergency_ambulance", "questions": 1, "path": ["ambulance"]},
        {
            "id": "gp",
            "level": "consultation",
            "questions": 6,
            "path": ALL_QUESTIONS[:-1],
        },
        {"id": "ae", "level": "emergency", "questions": 2, "path": ["ambulance", "emergency"]},
    ]


@pytest.mark.slow
def test_eval_cli_names_an_unknown_finding() -> None:
    stdin = '{"id": "a", "findings": []}\n{"id": "b", "findings": ["diabetes", "gout"]}\n'
    proc = _eval(stdin)
    assert proc.returncode == 2
    assert "gout" in proc.stderr and "line 2" in proc.stderr
    assert proc.stdout == ""


@pytest.mark.slow
def test_eval_cli_names_a_malformed_line() -> None:
    proc = _eval('{"id": "a", "findings": []}\n{"id": "b", findings: []}\n')
    assert proc.returncode == 2
    assert "line 2" in proc.stderr and "malformed JSON" in proc.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["a"]', "JSON object"),
        ('{"findings": []}', 'missing "id"'),
        ('{"id": "a"}', '"findings" must be a list'),
        ('{"id": "a", "findings": "dvt_signs"}', '"findings" must be a list'),
        ('{"id": "a", "findings": [1]}', '"findings" must be a list'),
    ],
)
def test_eval_refuses_wrong_shapes(line: str, message: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(get_flow(), io.StringIO(line + "\n"), out, err) == 2
    assert message in err.getvalue() and "line 1" in err.getvalue()
    assert out.getvalue() == ""


def test_eval_uses_the_engine_the_chat_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    findings = ["claudication", "sciatica_pattern"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": 1, "findings": findings})))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main([]) == 0
    result = json.loads(out.getvalue())
    expected = simulate(get_flow(), findings)
    assert result == {
        "id": 1,
        "level": expected.level,
        "questions": expected.questions,
        "path": list(expected.path),
    }


def test_eval_reports_a_broken_flow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--content-dir", str(tmp_path)]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_eval_every_finding_alone() -> None:
    flow = get_flow()
    lines = "".join(json.dumps({"id": f, "findings": [f]}) + "\n" for f in flow.findings)
    out, err = io.StringIO(), io.StringIO()
    assert run(flow, io.StringIO(lines), out, err) == 0, err.getvalue()
    for raw in out.getvalue().splitlines():
        record = json.loads(raw)
        assert record["level"] == flow.findings[record["id"]].level
        assert record["questions"] == len(record["path"]) <= 7


@pytest.mark.slow
def test_eval_cli_routes_every_new_finding_alone_and_mixed() -> None:
    """Clinical safety review: each new or moved finding reaches its level through the CLI."""
    new = {
        "ascending_weakness": "emergency",
        "foot_infection": "emergency",
        "compartment_signs": "emergency",
        "cancer_spine_signs": "emergency",
        "back_pain_red_flags": "consultation_24",
        "foot_wound": "consultation_24",
    }
    lines = []
    for finding in new:
        lines.append({"id": f"{finding}/alone", "findings": [finding]})
        lines.append(
            {"id": f"{finding}/mixed", "findings": ["position_related", finding, "persistent"]}
        )
    proc = _eval("\n".join(json.dumps(x) for x in lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [x["id"] for x in lines]
    for o in out:
        finding = o["id"].split("/")[0]
        assert o["level"] == new[finding], o
        assert o["questions"] <= 7
        if new[finding] == "emergency":
            assert "urgent" not in o["path"]  # an emergency ends before the lower questions
