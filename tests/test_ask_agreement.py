"""The second, independent labelling of the real-world corpus and the tool that compares it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ask.agreement import SECOND, load_labels, main
from bot.content.models import ALL_FINDINGS

DATA = Path(__file__).parent / "data"


def test_every_message_of_the_labelled_parts_has_valid_second_labels() -> None:
    texts, first, second = load_labels(DATA)
    assert len(second) >= 2000
    assert set(texts) == set(first) == set(second)  # every second label names a real message
    for labels in second.values():
        assert labels.emergency in ("yes", "either", "no")
        assert labels.findings <= set(ALL_FINDINGS)


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


def test_the_tool_counts_agreement_and_scores_the_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = "My face is drooping and I can't lift my arm."
    calm = "My foot has tingled on and off for months when I sit cross-legged."
    _write(
        tmp_path / "realworld_x.jsonl",
        [
            {"id": "a", "text": story, "emergency": "yes", "findings": ["stroke_signs"]},
            {"id": "b", "text": calm, "emergency": "no", "findings": ["persistent"]},
            {"id": "c", "text": "Hello there", "emergency": "no", "findings": []},
        ],
    )
    _write(
        tmp_path / SECOND,
        [
            {"id": "a", "emergency": "either", "findings": ["stroke_signs"]},
            {"id": "b", "emergency": "no", "findings": ["persistent", "position_related"]},
            {"id": "c", "emergency": "no", "findings": []},
        ],
    )
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "3 messages labelled twice" in out
    assert "the same level: 66.7% (2/3)" in out
    # the second labeller found both of the first's findings and stated one more
    assert "recall 100.0% (2/2), precision 66.7% (2/3)" in out
    assert (
        "reader, first labels: emergency recall 100.0% (1/1), false emergencies 0.0% (0/2)" in out
    )
    assert "reader, both agree: emergency recall -, false" in out  # none both call "yes"


def test_reader_floors_on_the_messages_both_labellers_agree_on() -> None:
    """The cleanest measure the corpus has: the messages both labellers call "yes" (or both
    "no"). Floors a little below what the reader measured (README, "Two labellers"), not the
    targets."""
    from bot.ask import answer
    from bot.content.library import load_bundle

    bundle = load_bundle()
    texts, first, second = load_labels(DATA)
    agreed = {i: first[i].emergency for i in texts if first[i].emergency == second[i].emergency}
    yes = [i for i, level in agreed.items() if level == "yes"]
    no = [i for i, level in agreed.items() if level == "no"]
    missed = [i for i in yes if not answer(texts[i], bundle).emergency]
    alarmed = [i for i in no if answer(texts[i], bundle).emergency]
    assert len(yes) >= 140 and len(no) >= 1300
    assert len(missed) <= 6, missed  # 5 of 148 when written
    assert len(alarmed) / len(no) <= 0.08, len(alarmed)  # 111 of 1,492 when written
