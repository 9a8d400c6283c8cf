"""The trained findings head: it decides three findings of stories, never an emergency one,
ships in step with its data, and helps on a part it was not trained on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.ask import SHIPPED, FindingsHeadChoice, answer, findings_head, topic_head
from bot.ask.train_head import findings_rows, train_findings
from bot.content.library import load_bundle
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS

DATA = Path(__file__).parent / "data"


def _toy() -> tuple[np.ndarray, list[list[str]], list[list[str]]]:
    """Stories whose embedding alone tells whether they are `persistent`; the rules read it
    in half of them."""
    rng = np.random.default_rng(0)
    lasting, once = rng.normal(size=16), rng.normal(size=16)
    vectors = np.vstack([c + 0.05 * rng.normal(size=(20, 16)) for c in (lasting, once)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = [["persistent"]] * 20 + [[]] * 20
    stated = [["persistent"] if i % 2 else [] for i in range(40)]
    return vectors, stated, labels


def test_fit_learns_what_the_rules_miss_and_drops_what_they_add_wrongly() -> None:
    vectors, stated, labels = _toy()
    head = findings_head.fit(vectors, stated, labels, ("persistent",))
    decided = [head.decide(v, s) for v, s in zip(vectors, stated, strict=True)]
    assert decided == labels


def test_decide_keeps_every_other_finding_in_triage_order() -> None:
    vectors, stated, labels = _toy()
    head = findings_head.fit(vectors, stated, labels, ("persistent",))
    rules = ["diabetes", "stroke_signs", "persistent"]
    kept = head.decide(vectors[-1], rules)  # a story told once: not persistent
    assert kept == [f for f in ALL_FINDINGS if f in ("stroke_signs", "diabetes")]


def test_an_emergency_finding_is_never_the_heads_to_decide(tmp_path: Path) -> None:
    vectors, stated, labels = _toy()
    with pytest.raises(ValueError, match="rules"):
        findings_head.fit(vectors, stated, labels, ("stroke_signs",))
    head = findings_head.fit(vectors, stated, labels, ("persistent",))
    forged = findings_head.FindingsHead(("stroke_signs",), head.rules, head.weights, head.bias)
    out = tmp_path / "forged.npz"
    findings_head.save(forged, out)
    with pytest.raises(ValueError, match="rules"):
        findings_head.load(out)
    shipped = findings_head.load()
    assert shipped is not None, "bot/ask/data/findings_head.npz is missing"
    assert not set(shipped.ids) & set(EMERGENCY_FINDINGS)
    assert shipped.rules == ALL_FINDINGS, "findings changed: retrain the heads"


def test_the_shipped_head_is_what_its_training_data_gives(tmp_path: Path) -> None:
    fresh = train_findings(load_bundle(), DATA, topic_head.TRAINING_PARTS)
    out = tmp_path / "findings.npz"
    findings_head.save(fresh, out)
    shipped, again = findings_head.load(), findings_head.load(out)
    assert shipped is not None and again is not None
    assert shipped.ids == again.ids == findings_head.DECIDES
    retrain = "rules or data changed: python -m bot.ask.train_head"
    assert np.allclose(shipped.weights, again.weights, atol=1e-4), retrain
    assert np.allclose(shipped.bias, again.bias, atol=1e-4), retrain


def _f1(rows: list[dict[str, object]], head: FindingsHeadChoice) -> float:
    bundle = load_bundle()
    found = stated = labelled = 0
    for r in rows:
        got = set(answer(str(r["text"]), bundle, findings_head=head).findings)
        want = set(r["findings"])  # type: ignore[call-overload]
        found += len(got & want)
        stated += len(got)
        labelled += len(want)
    return 2 * found / (stated + labelled)


def test_a_head_trained_without_a_part_reads_that_part_better_than_the_rules_alone() -> None:
    """On text it has not seen: trained on every other part, it must read the findings of
    the part left out better (F1 over all findings) than the rules alone."""
    held = "realworld_blind11.jsonl"
    parts = [p for p in topic_head.TRAINING_PARTS if p != held]
    head = train_findings(load_bundle(), DATA, parts)
    rows = [json.loads(x) for x in (DATA / held).read_text(encoding="utf-8").splitlines() if x]
    with_head, without = _f1(rows, head), _f1(rows, None)
    assert with_head > without + 0.03, (with_head, without)


def test_short_messages_and_emergencies_stay_with_the_rules() -> None:
    bundle = load_bundle()
    short = "my foot keeps going numb"
    assert answer(short, bundle).findings == answer(short, bundle, findings_head=None).findings
    story = (
        "I was diagnosed with diabetes years ago and my feet have tingled on and off since. "
        "This morning my face started drooping on the left and my speech is slurred."
    )
    for head in (SHIPPED, None):
        assert "stroke_signs" in answer(story, bundle, findings_head=head).findings


def test_findings_rows_are_the_real_world_messages_only() -> None:
    texts, labels = findings_rows(DATA, topic_head.TRAINING_PARTS)
    assert len(texts) == len(labels) > 2000
    assert all(set(x) <= set(ALL_FINDINGS) for x in labels)
