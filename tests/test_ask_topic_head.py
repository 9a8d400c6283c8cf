"""The trained topic head: shipped, in step with the content, reproducible from its data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.ask import SHIPPED, HeadChoice, answer, embed, topic_head
from bot.ask.train_head import training_rows
from bot.content.library import load_bundle

DATA = Path(__file__).parent / "data"


def test_fit_learns_a_separable_toy_problem() -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 16))
    vectors = np.vstack([c + 0.05 * rng.normal(size=(20, 16)) for c in centres])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    accepts = [[t] for t in ("a", "b", "c") for _ in range(20)]
    head = topic_head.fit(vectors, accepts, ("a", "b", "c"))
    picks = [max(p := head.probabilities(v), key=p.__getitem__) for v in vectors]
    assert picks == [a[0] for a in accepts]


def test_a_message_with_two_acceptable_topics_shares_its_weight() -> None:
    vectors = np.eye(4)[:2]
    head = topic_head.fit(vectors, [["a", "b"], ["c"]], ("a", "b", "c"))
    p = head.probabilities(vectors[0])
    assert p["a"] == pytest.approx(p["b"], rel=1e-6)
    assert p["a"] > p["c"]


def test_the_words_part_learns_which_words_mark_a_topic() -> None:
    vectors = np.zeros((4, 8))
    vectors[:, 0] = 1.0  # the embeddings tell nothing apart
    texts = [
        "spin class numb toes",
        "numb toes after spin class",
        "metformin and numb feet",
        "my metformin",
    ]
    accepts = [["bike"], ["bike"], ["meds"], ["meds"]]
    head = topic_head.fit(vectors, accepts, ("bike", "meds"), texts)
    assert "metformin" in head.vocabulary and "my" not in head.vocabulary  # in one message only
    bike = head.probabilities(vectors[0], "numb toes after my spin class")
    meds = head.probabilities(vectors[0], "is it the metformin")
    assert bike["bike"] > 0.5 > meds["bike"]
    assert head.probabilities(vectors[0])["bike"] == pytest.approx(0.5, abs=1e-6)


def test_the_shipped_head_knows_every_topic_of_the_content() -> None:
    head = topic_head.load()
    assert head is not None, "bot/ask/data/topic_head.npz is missing"
    assert head.ids == load_bundle().topic_ids, "content ids changed: retrain the head"


def test_the_shipped_head_is_what_its_training_data_gives(tmp_path: Path) -> None:
    bundle = load_bundle()
    texts, accepts = training_rows(DATA, topic_head.TRAINING_PARTS)
    fresh = topic_head.fit(embed.get(bundle).embed(texts), accepts, bundle.topic_ids, texts)
    out = tmp_path / "head.npz"
    topic_head.save(fresh, out)
    shipped, again = topic_head.load(), topic_head.load(out)
    assert shipped is not None and again is not None
    assert np.allclose(shipped.weights, again.weights, atol=1e-4)
    assert np.allclose(shipped.bias, again.bias, atol=1e-4)
    assert shipped.vocabulary == again.vocabulary
    assert shipped.word_log_probs is not None and again.word_log_probs is not None
    assert np.allclose(shipped.word_log_probs, again.word_log_probs, atol=1e-4)


def test_the_head_answers_more_stories_rightly_than_the_ranker_alone() -> None:
    bundle = load_bundle()
    rows = [
        json.loads(line)
        for line in (DATA / "realworld_dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    stories = [r for r in rows if r["kind"] in ("symptom", "question") and r["emergency"] == "no"]

    def right(head: HeadChoice) -> int:
        return sum(answer(r["text"], bundle, head).match in r["accept"] for r in stories)

    with_head = right(SHIPPED)
    without = right(None)
    assert with_head > without + len(stories) // 10, (with_head, without, len(stories))


def test_a_head_trained_without_a_part_answers_that_part_better_than_the_ranker_alone() -> None:
    """What matters is text the head has not seen: trained on every other part, it must help
    on the part left out (an over-fitted head once did worse there than no head at all)."""
    bundle = load_bundle()
    held = "realworld_blind9.jsonl"
    parts = [p for p in topic_head.TRAINING_PARTS if p != held]
    texts, accepts = training_rows(DATA, parts)
    head = topic_head.fit(embed.get(bundle).embed(texts), accepts, bundle.topic_ids, texts)
    rows = [json.loads(x) for x in (DATA / held).read_text(encoding="utf-8").splitlines() if x]
    stories = [r for r in rows if r["kind"] != "offtopic" and r["emergency"] == "no"]

    def right(head: HeadChoice) -> int:
        return sum(answer(r["text"], bundle, head).match in r["accept"] for r in stories)

    with_head = right(head)
    without = right(None)
    assert with_head >= without + len(stories) // 20, (with_head, without, len(stories))
