"""An emergency stays one whatever the writer says first: an ending about something else ("my
back pain has resolved", "all fine"), an apology for the long message, the phone it is typed
on. An ending explains only what it follows; a clause that is past only because something
ended dates no story after it."""

from __future__ import annotations

import json
import zlib
from functools import cache
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
    # an old story that ends in its own sentence dates nothing after it (23 lost of each before)
    "Last year I had a bad flu but I recovered fully.",
    "My sciatica got better after physio last year.",
)
# ... and preambles that frame an old story, someone else's or a lasting condition: a frame
# ("years ago", "physio") explains only a sign in its own sentence (or its cause's), or one
# told in the past tense in a sentence that does not say now; a long-standing frame of the
# message ("for years", "years ago") reaches a past-tense sign in another sentence only when
# it dates the writer's own story, or when nothing else in the message is told in the present
# tense (a past-tense sign it reaches is looked back on: the chat then says what to do if it
# is happening now)
# (the counts in the comments are of all the emergencies the rules find; since the thirty-third
# session each frame reads a quarter of them, every emergency after one frame, and its bound is
# its quarter's: the four frames lose none; zwe003, wqe077 and oke025; none; yue020 - of the losses
# over all of them, zwe003 and wse002, zwe003, lue025 and wqe077, wse002 and yue020, wse002 and
# yue020); since the forty-ninth session each frame reads a tenth (`_share`): the first loses
# written set 24's wme001 (a mother's foot sliding off the footstool and "the window is the
# wrong colour", told at length after her old stroke: lost behind that frame at the session's
# start reader 517e648 too, where the net finds it; left), the others none
FRAMES = {
    "My mum had a stroke years ago.": 1,  # 80 before frames were read so; 24 before the
    # long-standing frame was read by sentence
    # 29 before: a story read about is a frame too (set 26's wne020, both feet "going floppy"
    # since last night, was lost behind it until "both feet ... floppy" was read as now)
    # 4 since written set 101 (the twenty-fourth session): "It's happening again - same as the
    # TIA I had in March, right side of my face gone tingly and my right leg dragging ... it's
    # still there" is lost behind it, as it was at that session's start reader (left); in the
    # twenty-seventh session the four are zwe003, wee003, wqe077 and written set 142's lde023 (a
    # cut heel that "hasnt healed" with shivering, found since by a rule that `@asking_about`
    # excuses; left); in the twenty-eighth, wee003 is found (a leg numb "out of nowhere") and
    # written set 153's lue025 is lost (a father's black toe: `@asking_about` again, left); in
    # the thirty-second, written set 191's nse024 was lost at first (a nan's foot cut "last
    # week", swollen, red and hot, "and tonight she's got a temp"): "tonight" ended a run-on
    # sentence, so the fever's sentence was not read as now; found since (`said_now_in`)
    # (and in the thirty-third, written set 204's oke025, a diabetic father's toe "he had done at a
    # cheap nail place last week has gone black": the frame dates the past-tense sentence the
    # match starts in; lost at that session's start reader too, left)
    "I've been reading about this.": 0,
    "I've had anxiety for years.": 0,  # 21 before the long-standing frame was read by sentence
    "I'm 45 and I've been diabetic for years.": 0,  # 21 before; written set 233's pve017
    # ("woke up foot ice cold n grey. agony": a sign told in the past tense after a long-standing
    # frame, as the frame is read) since the thirty-fifth session, lost at its start reader too
}


def emergency(text: str) -> set[str]:
    return set(indexes_for(load_bundle()).detector.detect(text)) & set(EMERGENCY_FINDINGS)


@cache
def _emergencies() -> tuple[tuple[str, str], ...]:
    """The emergencies of the written sets (typed messages and forum posts)."""
    rows = (
        json.loads(line)
        for path in sorted(DATA.glob("written_probes*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    )
    return tuple((row["id"], row["text"]) for row in rows if row.get("emergency") == "yes")


def _lost(preamble: str, share: list[tuple[str, str]]) -> list[str]:
    """The emergencies of `share` the rules find alone but not after `preamble`. An emergency
    is read alone only when nothing is found after the preamble (a few of thousands): reading
    every one alone first, to keep those the rules find, took each of the suite's workers
    about 35 s."""
    return [key for key, text in share if not emergency(f"{preamble} {text}") and emergency(text)]


def _share(place: int) -> list[tuple[str, str]]:
    """The emergencies told after the opener at `place` (the six preambles, then the four
    frames): each emergency after one of the ten, chosen by a hash of its id, so a set added
    later does not move the others. Until the forty-ninth session each emergency was told after
    one preamble and after one frame; since CI took 620 s, after one opener (about 85 s of the
    suite's CPU less)."""
    openers = len(PREAMBLES) + len(FRAMES)
    return [(k, t) for k, t in _emergencies() if zlib.crc32(k.encode()) % openers == place]


@pytest.mark.parametrize(("index", "preamble"), list(enumerate(PREAMBLES)))
def test_a_preamble_loses_no_emergency_of_the_written_sets(index: int, preamble: str) -> None:
    """Every emergency of the written sets that the rules find is still found after each
    preamble (before the fix, 12 to 51 of the 1,868 stored emergencies the rules find were
    lost with one of the first four). Each emergency is told after one opener (`_share`), to
    keep the suite under its 10 minutes: every preamble with every emergency took about 200 s
    more of its CPU."""
    share = _share(index)
    assert len(share) > 500
    lost = _lost(preamble, share)
    assert lost == [], lost


@pytest.mark.parametrize(
    ("index", "preamble", "most"), [(n, *kv) for n, kv in enumerate(FRAMES.items())]
)
def test_a_preamble_dating_its_own_story_loses_few(index: int, preamble: str, most: int) -> None:
    """Each frame is read before a tenth of the emergencies (`_share`; a quarter until the
    forty-ninth session); `most` counts that tenth's losses."""
    share = _share(len(PREAMBLES) + index)
    assert len(share) > 500
    lost = _lost(preamble, share)
    assert len(lost) <= most, lost


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
        # an old episode dated in its own sentence frames only itself
        (
            "My mum had a stroke years ago. I have lumbar puncture yesterday in hospital. Today"
            " my legs are tingling and the right leg is weak, I walk strange.",
            "spine_head_injury",
        ),
        (
            "My sciatica got better after physio last year. Played five a side last night, took a"
            " kick to the shin. Now the whole front of the shin is rock hard and shiny and feels"
            " like it's going to split, the pain is way worse than a normal knock.",
            "compartment_signs",
        ),
        # a lasting condition dates no story told in another sentence, when the message tells
        # anything else in the present tense
        (
            "I've had anxiety for years. My left foot went numb out of nowhere at the bus stop"
            " and I keep bumping into the door frame on that side.",
            "stroke_signs",
        ),
        # ... nor one that ends "back to normal now" (a passing stroke is still one)
        (
            "I've had anxiety for years. probably nothing lol but my whole left side went fuzzy"
            " like tv static for about 10 min at the checkout and the cashier said I was"
            " slurring. back to normal now. 54F. any tips for tingly legs?",
            "stroke_signs",
        ),
        # someone else's old story dates none of the writer's told on to a later ending
        (
            "My mum had a stroke years ago. Weird 5 min episode earlier at my desk: my right arm"
            " and right leg went heavy and useless and my colleague said my speech was slurred."
            " All back to normal now and I feel fine.",
            "stroke_signs",
        ),
        # the writer's own cause explains none of another person's signs
        (
            "I was at the dentist on Monday. My husband is sat next to me and one side of his"
            " face has dropped and his right leg has gone dead.",
            "stroke_signs",
        ),
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
        # a frame in the sign's own sentence, or in its cause's, still dates it
        "had an epidural with my first baby 12 years ago, never had any problems. today my leg"
        " went tingly sitting on the floor playing lego with the kids, fine after I stood up",
        "my aunt had cauda equina surgery ten years ago and she's doing great now",
        "Today is the one year anniversary of my stroke. My speech is pretty much back to normal.",
        "Everything has now been ruled out (stroke, MS, tumours). He's in rehab.",
        # a lasting condition whose story is told wholly in the past is still looked back on
        "I have been struggling with neuropathy for over seven years. It first began while"
        " traveling abroad and did not come on gradually, but suddenly. Parts of my arms, legs,"
        " hands, and feet became numb and filled with a tingling sensation.",
        # someone else's old story is told on while it speaks of them
        "My dad had a blocked artery in his leg in January. His foot went cold and white as a"
        " candle and he couldn't move his toes. He had an emergency bypass that night and made"
        " a full recovery. My left foot has been tingling when I cross my legs.",
        # ... but still the writer's own
        "I was at the dentist this morning for a filling and my lip and chin are still numb.",
        # a phone screen is not a bottom
        "my phone screen has gone numb, bottom half won't respond",
    ],
)
def test_an_ending_after_the_sign_and_a_screen_still_explain(text: str) -> None:
    assert emergency(text) == set(), emergency(text)


def test_each_rules_explaining_terms_are_split_by_reach() -> None:
    """`Excuses.of`: every `not_with` term is exactly one of a cause, an ending or a frame."""
    from bot.ask.excuses import Excuses

    cfg = load_bundle().emergency
    endings = {t.words for t in cfg.endings}
    frames = {t.words for t in cfg.frames} - endings
    kinds: dict[str, set[str]] = {"causes": set(), "endings": set(), "frames": set()}
    for rule in cfg.rules:
        split = Excuses.of(rule, endings, frames)
        assert sorted(map(id, (*split.causes, *split.endings, *split.frames))) == sorted(
            map(id, rule.not_with)
        )
        for kind in kinds:
            kinds[kind] |= {" ".join(w for w, _ in t.words) for t in getattr(split, kind)}
    assert {"resolved", "all fine"} <= kinds["endings"]
    assert {"years ago", "physio", "been reading about"} <= kinds["frames"]
    assert {"dentist", "gym"} <= kinds["causes"]
    assert not (kinds["causes"] & (kinds["endings"] | kinds["frames"]))
