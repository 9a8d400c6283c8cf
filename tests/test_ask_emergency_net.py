"""The emergency net (`bot/ask/emergency_net.py`): a trained second reader of emergencies that
`answer` asks only when the rules read none, on the bot's subject."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot.ask import answer, emergency_net
from bot.ask.train_head import NET_PARTS, train_net
from bot.content.library import load_bundle
from bot.content.models import EMERGENCY_FINDINGS

DATA = Path(__file__).parent / "data"
# Said in words no rule knows; the shipped net reads them (all are in its training).
NET_ONLY = (
    "Can't get up my own stairs tonight, neither leg will lift to the next step. Friday I was"
    " walking the dog fine. Had to go up on my hands and knees"
)


def _rows(name: str) -> list[dict[str, object]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_shipped_net_is_what_its_training_data_gives() -> None:
    shipped = emergency_net.load()
    assert shipped is not None
    fresh = train_net(DATA)
    assert fresh.findings == shipped.findings == (*EMERGENCY_FINDINGS, emergency_net.ANY)
    assert fresh.vocabulary == shipped.vocabulary
    assert np.allclose(fresh.weights, shipped.weights, atol=1e-4)
    assert np.allclose(fresh.bias, shipped.bias, atol=1e-4)


def test_a_net_trained_without_a_set_catches_what_the_rules_missed_there() -> None:
    """Written set 18 left out of training (as it was when the threshold was chosen): of the
    15 emergencies its first run missed, the net catches 8 (10 at 0.85 before the
    finding floor), and it alarms none of the look-alikes the rules let pass."""
    held = "written_probes18.jsonl"
    net = train_net(DATA, [p for p in NET_PARTS if p != held])
    bundle = load_bundle()
    first = json.loads((DATA / "written_probes18_first_run.json").read_text("utf-8"))
    rows = {str(r["id"]): str(r["text"]) for r in _rows(held)}
    caught = [i for i in first["missed"] if answer(rows[i], bundle, net=net).emergency]
    assert len(caught) >= 8, caught
    passed = [i for i in rows if i.startswith("wgn") and i not in first["alarmed_ids"]]
    alarmed = [i for i in passed if answer(rows[i], bundle, net=net).emergency]
    assert alarmed == []


def test_the_net_reads_what_the_rules_miss_and_only_adds() -> None:
    bundle = load_bundle()
    assert not answer(NET_ONLY, bundle, net=None).emergency
    got = answer(NET_ONLY, bundle)
    assert got.emergency and got.emergency_findings == ["both_legs_weak"]
    assert "both_legs_weak" in got.findings
    # a finding the rules read stays, whatever the net says
    plain = "My face is drooping and my speech is slurred."
    assert (
        answer(plain, bundle).emergency_findings
        == answer(plain, bundle, net=None).emergency_findings
    )


def test_the_net_is_not_asked_off_the_subject() -> None:
    """A dog's legs, a knee alone: not the writer's pins and needles, whatever the net says."""
    net = emergency_net.load()
    assert net is not None
    dog = (
        "Tuesday evening he seems very wobbly. He tries to walk but his back legs slip out from"
        " under him, and he can't decide where to put his front paws down. He can't stand up."
    )
    assert net.probabilities(dog)[emergency_net.ANY] >= emergency_net.THRESHOLD
    assert not answer(dog, load_bundle()).emergency


def test_the_net_needs_a_likely_finding() -> None:
    """Sure of "an emergency" but of no finding in particular (a swollen calf: urgent, not an
    emergency), the net reads nothing."""
    net = emergency_net.load()
    assert net is not None
    calf = (
        "on the pill, 31. left leg has been puffier than the right since sunday, calf tight and"
        " sore when I walk, skin a bit red and the foot slightly tingly. probably nothing?"
    )
    probs = net.probabilities(calf)
    assert probs[emergency_net.ANY] >= emergency_net.THRESHOLD
    assert max(p for f, p in probs.items() if f != emergency_net.ANY) < emergency_net.FINDING_FLOOR
    assert net.read(calf) == []


def test_a_missing_net_file_leaves_the_rules_alone(tmp_path: Path) -> None:
    assert emergency_net.load(tmp_path / "none.npz") is None


def test_a_finding_only_a_history_makes_needs_that_history_named() -> None:
    """The net reads a cancer's spinal signs into "started new tablets last week and now my
    legs tingle"; with no cancer (nor a drug for one) named, `answer` does not take it.
    Named, the same signs still alarm."""
    net = emergency_net.load()
    assert net is not None
    tablets = "started new tablets last week and now my legs tingle"
    assert net.read(tablets) == ["cancer_spine_signs"]
    bundle = load_bundle()
    assert not answer(tablets, bundle).emergency
    named = "started tamoxifen last year, new back pain this week and now my legs tingle"
    assert answer(named, bundle).emergency


def test_our_own_plain_questions_stay_plain() -> None:
    """The tidy questions the matcher was tuned and held out on (ours, short): the
    non-emergencies among them are not alarmed, but for a "cold numb toes" the rules read as
    a cold leg and a leg "swollen, red and warm" the net reads as an infection. A net trained
    with real part 21 as well took "my lower back is sore and my left leg has pins and
    needles" (0.848 -> 0.852, over `THRESHOLD`) for a spinal injury; it was not shipped."""
    bundle = load_bundle()
    alarmed = [
        str(r["id"])
        for name in ("ask_tuning.jsonl", "ask_heldout.jsonl", "ask_heldout2.jsonl")
        for r in _rows(name)
        if r["emergency"] is False and answer(str(r["text"]), bundle).emergency
    ]
    assert alarmed == ["t037", "t040"]
