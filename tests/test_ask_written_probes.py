"""Typed probes written by helpers who never saw the reader or its rules (README, "Written
probes"): emergencies happening now in many voices, and look-alikes that are not emergencies.

Each set was run once, clean, before any fix it prompted (`written_probes*_first_run.json`);
these floors hold what the reader does since. They are no longer blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ask import indexes_for
from bot.content.library import load_bundle

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    return [json.loads(x) for x in (DATA / name).read_text("utf-8").splitlines() if x]


@pytest.mark.parametrize("name", ["written_probes.jsonl", "written_probes2.jsonl"])
def test_written_probes(name: str) -> None:
    detector = indexes_for(load_bundle()).detector
    rows = _rows(name)
    missed = [r["id"] for r in rows if r["emergency"] == "yes" and not detector.detect(r["text"])]
    alarmed = [r["id"] for r in rows if r["emergency"] == "no" and detector.detect(r["text"])]
    assert missed == []
    assert alarmed == []


def test_the_first_runs_are_kept() -> None:
    first = json.loads((DATA / "written_probes_first_run.json").read_text("utf-8"))
    rows = _rows("written_probes.jsonl")
    assert first["emergencies"] == sum(r["emergency"] == "yes" for r in rows) == 90
    assert first["non_emergencies"] == sum(r["emergency"] == "no" for r in rows) == 60
    assert first["detected"] + len(first["missed"]) == first["emergencies"]
