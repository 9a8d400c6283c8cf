"""An emergency stays one whatever the writer says first: an ending about something else ("my
back pain has resolved", "all fine"), an apology for the long message, the phone it is typed
on. An ending explains only what it follows; a clause that is past only because something
ended dates no story after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ask import indexes_for
from bot.content.library import load_bundle
from bot.content.models import EMERGENCY_FINDINGS

DATA = Path(__file__).parent / "data"

# what people write before the story; none of them says anything of the signs that follow
PREAMBLES = (
    "My back pain has resolved.",
    "Sorry for the long message.",
    "I saw my GP last week about my knee, all fine.",
    "I'm writing this from my phone.",
)


def emergency(text: str) -> set[str]:
    return set(indexes_for(load_bundle()).detector.detect(text)) & set(EMERGENCY_FINDINGS)


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_a_preamble_loses_no_emergency_of_the_written_sets(preamble: str) -> None:
    """Every emergency of the written sets (typed messages and forum posts) that the rules find
    is still found after each preamble (before the fix, 12 to 51 of the 1,868 stored
    emergencies the rules find were lost with one of these)."""
    found = 0
    lost = []
    for path in sorted(DATA.glob("written_probes*.jsonl")):
        if path.name.endswith("_first_run.json"):
            continue
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("emergency") != "yes" or not emergency(row["text"]):
                continue
            found += 1
            if not emergency(f"{preamble} {row['text']}"):
                lost.append(row["id"])
    assert found > 1000
    assert lost == [], lost


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "My back pain has resolved. After the epidural yesterday I couldn't move my left leg.",
            "spine_head_injury",
        ),
        (
            "My back pain has resolved. Weird 5 min episode earlier at my desk. My right arm and"
            " right leg went heavy and useless and my colleague said my speech was slurred."
            " Resolved and I feel fine. Do I need to do anything?",
            "stroke_signs",
        ),
        (
            "Sorry for the long message. The aged FIL was taken to hospital this morning, his"
            " face dropped on one side and he can't lift his arm.",
            "stroke_signs",
        ),
        ("I'm writing this from my phone. My bum is numb and I can't pee.", "cauda_equina_signs"),
        # an old episode that ended, then a new one from the same cause
        (
            "I had an epidural in 2015, all fine. Yesterday I had another epidural and now I"
            " can't move my legs.",
            "spine_head_injury",
        ),
    ],
)
def test_signs_after_an_unrelated_preamble(text: str, finding: str) -> None:
    assert finding in emergency(text), emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ending after the sign still ends it
        "After the epidural yesterday I couldn't move my left leg but it resolved by the evening.",
        "After the epidural I couldn't move my left leg for a few hours. All fine now.",
        # ... and the episode begins at its cause: the accident or the epidural that ended
        "I hurt my neck in a car accident in 1998, long healed. why does my foot tingle when I"
        " wear skinny jeans?",
        "After my son was born in 2022 my legs stayed dead from the epidural for a scary few"
        " hours and they scanned my back, all fine, sorted the same day. Nowadays my feet only"
        " go tingly when I sit with my legs crossed at my desk. Is that bad posture?",
        # a phone screen is not a bottom
        "my phone screen has gone numb, bottom half won't respond",
    ],
)
def test_an_ending_after_the_sign_and_a_screen_still_explain(text: str) -> None:
    assert emergency(text) == set(), emergency(text)
