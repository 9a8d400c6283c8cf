"""Typed probes written by helpers who never saw the reader or its rules (README, "Written
probes"): emergencies happening now in many voices, and look-alikes that are not emergencies.

Each set was run once, clean, before any fix it prompted (`written_probes*_first_run.json`);
these floors hold what the reader does since. They are no longer blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ask import answer, indexes_for
from bot.ask.realscore import score_file
from bot.ask.topic_head import TRAINING_PARTS
from bot.ask.train_head import NET_PARTS
from bot.content.library import load_bundle

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    return [json.loads(x) for x in (DATA / name).read_text("utf-8").splitlines() if x]


# Emergencies left missed, by set, each named in the README (none since a rule can need a word
# anywhere in the message: set 5's two cancer histories told far before the new signs)
LEFT: dict[str, list[str]] = {}

# Look-alikes left alarmed, each named in the README. Set 6: a bumped head with no new
# symptom; a son's dead leg from a beanbag, over by the morning; an aunt's cancer told before
# the writer's stiff back (a friend's operation last year for the same emergency, told before
# the writer's own sciatica, no longer alarms since the twenty-eighth session: someone else's
# story dated long ago dates the rest of its sentence)
ALARMED_LEFT = {
    "written_probes6.jsonl": ["wun001", "wun015", "wun060"],
    # set 7: a mother's mini-stroke three years ago ("her arm went weak for ten minutes"); "if
    # someone's legs were still numb after a spinal anaesthetic"; "paralysed with fear ...
    # literally couldn't feel my legs haha" (a dead leg on the loo "tonight" that came back in
    # minutes is silent since "it was back in" minutes reads as over)
    "written_probes7.jsonl": ["wvn009", "wvn026", "wvn065"],
    # set 9: none since the twenty-fourth session ("needed emergency surgery that night" dates a
    # brother's cauda equina in 2020; a colleague's stroke last month is silent since "couldn't
    # get" reads as an infinitive, not a present tense)
    # set 11: none since the twenty-seventh session (a mother's metastatic cancer that "pressed
    # on her spine", told before the writer's own mild sciatica, is set aside by "I've never had
    # cancer myself": `cancer_set_aside`)
}


@pytest.mark.parametrize(
    "name",
    [
        "written_probes.jsonl",
        "written_probes2.jsonl",
        "written_probes3.jsonl",
        "written_probes4.jsonl",
        "written_probes5.jsonl",
        "written_probes6.jsonl",
        "written_probes7.jsonl",
        "written_probes9.jsonl",
        "written_probes11.jsonl",
    ],
)
def test_written_probes(name: str) -> None:
    detector = indexes_for(load_bundle()).detector
    rows = _rows(name)
    missed = [r["id"] for r in rows if r["emergency"] == "yes" and not detector.detect(r["text"])]
    alarmed = [r["id"] for r in rows if r["emergency"] == "no" and detector.detect(r["text"])]
    assert missed == LEFT.get(name, [])
    assert alarmed == ALARMED_LEFT.get(name, [])


@pytest.mark.parametrize(
    ("name", "emergencies", "others"),
    [
        ("written_probes", 90, 60),
        ("written_probes2", 100, 70),
        ("written_probes3", 100, 70),
        ("written_probes4", 100, 70),
        ("written_probes5", 100, 70),
        ("written_probes6", 100, 70),
        ("written_probes7", 60, 100),
        ("written_probes8", 40, 100),
        ("written_probes9", 50, 100),
        ("written_probes10", 70, 50),
        ("written_probes11", 80, 40),
        ("written_probes12", 60, 60),
        ("written_probes13", 60, 60),
        ("written_probes14", 60, 60),
        ("written_probes15", 60, 60),
        ("written_probes16", 60, 60),
        ("written_probes17", 60, 60),
        ("written_probes18", 60, 60),
        ("written_probes19", 60, 60),
        ("written_probes20", 60, 60),
        ("written_probes21", 60, 60),
        ("written_probes28", 25, 32),  # 3 "either" since the relabelling (README)
        ("written_probes29", 30, 30),
        ("written_probes30", 30, 30),
        ("written_probes31", 30, 30),
    ],
)
def test_the_first_runs_are_kept(name: str, emergencies: int, others: int) -> None:
    first = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    rows = _rows(f"{name}.jsonl")
    assert first["emergencies"] == sum(r["emergency"] == "yes" for r in rows) == emergencies
    assert first["non_emergencies"] == sum(r["emergency"] == "no" for r in rows) == others
    assert first["detected"] + len(first["missed"]) == first["emergencies"]
    assert first["alarmed"] == len(first["alarmed_ids"])


@pytest.mark.parametrize(
    ("name", "found", "alarmed"),
    [
        # Set 8 was written and run at the end of a session (first run: 38 of 40 found, 32 of
        # 100 look-alikes alarmed); only some of its kinds were mended: month-dated stories,
        # then (the next session) people asking for their work anywhere in a message, a
        # message that ends by saying it is over, a clause opening with "two years ago", "both
        # are properly numb" and a bandage with grey toes. Left as kinds (README): old
        # treated emergencies told vividly, relatives' and fiction's emergencies, positional
        # numbness already gone, panic recognised as such.
        ("written_probes8.jsonl", 40, 19),
        # Set 10 (70 emergencies in everyday words; first run 57 of 70 found, 18 of 50
        # look-alikes alarmed): every emergency is found; its look-alikes left are the same
        # kinds as set 8's, plus cold feet that have warmed up "now" and a marathon's jelly legs
        ("written_probes10.jsonl", 70, 14),
        # Set 12 (60 emergencies as people type them, 60 look-alikes of six kinds; first run
        # at the session's start 52 of 60 found, 23 of 60 alarmed). Left missed: a racing
        # heart in emoji, two messages in mixed Spanish and Hindi, a foot "pale and icy" told
        # far from the foot. Left alarmed: an epidural's slow numbness years ago and a
        # cancer's spine in 2018 (no closing word after them), a friend with Guillain-Barre in
        # hospital abroad, a nan's foot infection, a neighbour taken by ambulance, a friend's
        # husband after a back operation, "hypothetically ... still numb", "could my legs just
        # stop working one day", panic recognised as such. 56 since 2026-12-03: a colleague's
        # legs "numb and heavy ... holding the wall" had been found only because "mats" was
        # read as a slip of "mets"; common words are no longer slips (the net still finds it).
        # 57 and 7 since the twentieth #9 session: "it went all pale and icy" reads the foot
        # named before (found), and so does "woke up with it dead and cold" after a night with
        # the leg twisted under (alarmed)
        ("written_probes12.jsonl", 57, 7),
        # Set 13 (the same kinds by a new writer, run at the end of the session that mended
        # set 12: 41 of 60 found, 19 of 60 alarmed; the session's starting reader 41 and 22).
        # Left missed: mixed Spanish, German and French messages, a foot "like a snowdrift ...
        # a greyish colour", a numbness counted from the toes to the fingertips without a word
        # for it, a kick to the shin and a pallet on it told at length, a back slab, a
        # mother's bone cancer with new neck pain and dropped things. Left alarmed: an
        # epidural's numb leg "all fine in the end", a neighbour's lad paralysed years ago,
        # coursework, three hypotheticals and fears, a sofa's dead feet that "all came back".
        # Mended the session after: "my worst fear is cauda equina", cold toes at "-8", the
        # mixed-language messages, coursework and the hypotheticals (55 found, 3 alarmed)
        ("written_probes13.jsonl", 57, 1),
        # Set 14 (the same brief, a third writer; first run at c5256b0: 49 of 60 found, 16 of
        # 60 alarmed, the same as the session's start reader). Left missed: a heart "going like
        # 160" with dizziness, "the bit of me that touches a bike seat is numb", numbness
        # "climbing ... now above the knees", a foot "like a snowdrift". Left alarmed: a sister
        # admitted in Leeds, a brother in hospital in Thailand, toes "pink and fine again now",
        # a night cramp's foot that couldn't move, "staggered like a drunk" after sitting
        # cross-legged
        ("written_probes14.jsonl", 57, 5),
        # Set 15 (the same brief, a fourth writer; first run at this session's start reader
        # e44554e: 51 of 60 found, 9 of 60 alarmed). Left alarmed: a flatmate with a clot
        # found yesterday, "being kept in" (no word of contact from afar)
        ("written_probes15.jsonl", 60, 1),
        # Set 16 (the same brief, a fifth writer; first run at 09f0fdb, after set 15's fixes:
        # 42 of 60 found, 15 of 60 alarmed). Left alarmed: a clot in the lung in 2021 told in
        # brackets ("coughing blood"), a neck broken at 16 "and numb legs for weeks", a
        # grandad's toe that "went black" when the writer was little, a leg that buckled after
        # squatting, "few steps later normal" (the squat a sentence before)
        ("written_probes16.jsonl", 60, 4),
        # Set 17 (the same brief, a sixth writer; first run at 5400e8d, after all of that
        # session's fixes: 52 of 60 found, 9 of 60 alarmed; its start reader e44554e: 51 and
        # 11). Left missed: a bath not felt with a foot "blotchy and pale ... throbbing like
        # mad" told over three sentences. Left alarmed: a Facebook group's post about a wife's
        # cauda equina after a back operation ("my" Facebook group reads as the writer's own)
        ("written_probes17.jsonl", 59, 1),
    ],
)
def test_sets_kept_as_floors(name: str, found: int, alarmed: int) -> None:
    detector = indexes_for(load_bundle()).detector
    rows = _rows(name)
    assert sum(1 for r in rows if r["emergency"] == "yes" and detector.detect(r["text"])) >= found
    assert sum(1 for r in rows if r["emergency"] == "no" and detector.detect(r["text"])) <= alarmed


def _kept_topic_set(name: str) -> dict[str, float | int | None]:
    """A topic set is whole, kept out of every training, and scored as the chat answers it."""
    assert f"{name}.jsonl" not in TRAINING_PARTS and f"{name}.jsonl" not in NET_PARTS
    first = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    rows = _rows(f"{name}.jsonl")
    # (from topic set 27 a writer may label up to two messages an emergency)
    assert len(rows) == 100 and first["on_topic"] + first["emergencies"] == 60
    assert sum(r["kind"] == "offtopic" for r in rows) == 40
    return score_file(DATA / f"{name}.jsonl", timed=False).summary()


def _topic_set_holds(
    name: str,
    *,
    first: dict[str, float],
    false_emergencies: float,
    floor: tuple[float, float, float, float],
    off_topic_alarms: int = 0,
) -> None:
    """A kept topic set (`_kept_topic_set`) whose first run is as kept (`first`), that finds
    every emergency, raises at most `false_emergencies` per cent and `off_topic_alarms` alarms
    on off-topic messages (none unless named), and reaches `floor`: right topic, off-topic
    declined, findings recall and precision."""
    kept = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    assert {key: kept[key] for key in first} == first
    summary = _kept_topic_set(name)
    assert summary["emergency_recall"] == 100.0, summary
    assert summary["false_emergencies"] <= false_emergencies, summary
    assert summary["off_topic_alarms"] == off_topic_alarms, summary
    right, declined, recall, precision = floor
    assert summary["right_topic"] >= right, summary
    assert summary["off_topic_declined"] >= declined, summary
    assert summary["findings_recall"] >= recall, summary
    assert summary["findings_precision"] >= precision, summary


# a topic set's first run (right topic, declines), its false emergencies now, and its floors
TopicSetFloors = tuple[tuple[float, float], float, tuple[float, float, float, float]]


def _topic_sets_hold(sets: dict[str, TopicSetFloors]) -> None:
    """`_topic_set_holds` for each of `sets`, read from a table."""
    for name, ((right, declined), false_emergencies, floor) in sets.items():
        first = {"right_topic": right, "off_topic_declined": declined}
        _topic_set_holds(name, first=first, false_emergencies=false_emergencies, floor=floor)


def _no_alarm_since_first_run(
    name: str, *, first: tuple[float, float], posts_declined: float
) -> dict[str, float | int | None]:
    """A kept topic set (`_kept_topic_set`) whose first run is as kept (right topic and false
    emergencies, the posts' declines) and that raises no false emergency now: its summary."""
    kept = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == first
    assert kept["by_style"]["post"]["off_topic_declined"] == posts_declined
    summary = _kept_topic_set(name)
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    return summary


def _answered_after_first_run(
    name: str, *, first: tuple[int, int], rules_alone: tuple[int, int]
) -> tuple[int, int]:
    """`_answered` now, after checking the first run kept for the set: emergencies found and
    look-alikes alarmed, by `answer` and by the rules alone."""
    kept = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    assert (kept["detected"], kept["alarmed"]) == first
    assert kept["rules_alone"] == {"detected": rules_alone[0], "alarmed": rules_alone[1]}
    return _answered(name)


def _kept_out_of_the_net_and_scores(
    name: str,
    *,
    first: tuple[int, int],
    rules_alone: tuple[int, int],
    floor: tuple[int, int],
) -> None:
    """A written set kept out of the emergency net's training, its first run as kept, and now
    at least `floor[0]` emergencies found and at most `floor[1]` look-alikes alarmed."""
    assert f"{name}.jsonl" not in NET_PARTS
    found, alarmed = _answered_after_first_run(name, first=first, rules_alone=rules_alone)
    assert found >= floor[0] and alarmed <= floor[1], (found, alarmed)


def _answered(name: str) -> tuple[int, int]:
    """Emergencies found and look-alikes alarmed by `answer` (the rules and the net)."""
    bundle = load_bundle()
    rows = _rows(f"{name}.jsonl")
    said = [(r["emergency"], answer(r["text"], bundle).emergency) for r in rows]
    return sum(e == "yes" and a for e, a in said), sum(e == "no" and a for e, a in said)


def test_the_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 1 (written, blind to the reader: 60 on-topic stories and questions spread over
    the topics, 40 off-topic look-alikes; first run at 09f0fdb: right topic 76.7%, off-topic
    declined 85.0%, false emergencies 3.0%). Not in the topic head's training."""
    summary = _kept_topic_set("written_topics1")
    assert summary["off_topic_alarms"] == 0 and summary["false_emergencies"] == 0.0, summary
    assert summary["right_topic"] >= 81 and summary["off_topic_declined"] >= 85, summary
    assert summary["findings_recall"] >= 62 and summary["findings_precision"] >= 52, summary


def test_set_18_with_the_emergency_net() -> None:
    """Set 18 (the same brief, a seventh writer; first run at 51336a3, the rules and heads of the
    session before: 45 of 60 found, 6 of 60 alarmed). A net trained without it caught 10 of
    those 15 misses at 0.85, 8 as shipped (`test_ask_emergency_net.py`); it is now in the net's
    training. Left missed with the rules alone: the same 15. A paramedic tutor's "training
    scenario" and a D&D campaign are now work (`for_work`). Left alarmed: a diabetic's "if I
    ever got a cut ... what signs would mean hospital", a morning check for Guillain-Barre, a
    wild swim's blue feet warmed up "all normal", a knee's zap "gone in a minute" (a closing
    rule for "gone in a minute" would also close a stroke sign that passed, which still needs
    999)."""
    found, alarmed = _answered("written_probes18")
    assert found >= 58 and alarmed <= 4, (found, alarmed)


def test_the_second_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 2 (a second writer, the same brief, blind to the reader and to topic set 1;
    first run at 51336a3: right topic 86.7%, off-topic declined 77.5%, false emergencies 0%,
    findings 64.7 / 44.6%). Not in the topic head's nor the emergency net's training. With the
    net: a foot that slaps three weeks after a fall on the knee reads as an injury to the
    spine (1 false emergency)."""
    summary = _kept_topic_set("written_topics2")
    assert summary["off_topic_alarms"] == 0 and summary["false_emergencies"] <= 1.0, summary
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 77.5, summary
    assert summary["findings_recall"] >= 64 and summary["findings_precision"] >= 44, summary


def test_set_19_the_emergency_nets_first_run() -> None:
    """Set 19 (the same brief, an eighth writer): the first set run with the emergency net, at
    20a7a9d: 58 of 60 found (the rules alone 47), 13 of 60 alarmed (the rules alone the same
    13). Missed: a whiplash's leg "wearing a sock that isn't there", a breast cancer "all
    clear since" with a new back ache and clumsy legs. Since: "both legs? no just the one",
    a podiatry assignment and "just watched Casualty" mended (10 alarmed), and the set joined
    the net's training (59 found). Left alarmed: old stories of others and of the writer
    (spinal compression in 2020, a late father's stroke in 1998, a neighbour home after a
    clot, an uncle's and a grandad's spread cancers), a brother in hospital after an
    operation, "what if ... a mini stroke", a foot that tingles "gone in a minute", a night
    cramp, a leg over the sofa's arm "normal within minutes"."""
    found, alarmed = _answered_after_first_run(
        "written_probes19", first=(58, 13), rules_alone=(47, 13)
    )
    assert found >= 59 and alarmed <= 10, (found, alarmed)


def test_set_20_and_what_it_mended() -> None:
    """Set 20 (the same brief, a ninth writer; first run at 80b2e25 with the net: 55 of 60
    found (the rules alone 49), 6 of 60 alarmed). Missed: a whole right side "fizzy", hands
    that can't hold the kettle with feet gone numb this week, "numb feet yday now numb to hips.
    legs rubbery", a knee bandage wrapped tight with white toes, a backslab with screaming pain.
    Alarmed: a friend in hospital abroad, a colleague's clot on a flight, cold toes in the snow
    "now pink and normal", and three left so: "is cauda equina genetic?", a mother's spread
    cancer years ago beside the writer's tingling feet, googling Guillain-Barre. Since: those
    wordings mended and the set joined the net's training."""
    found, alarmed = _answered_after_first_run(
        "written_probes20", first=(55, 6), rules_alone=(49, 6)
    )
    assert found >= 60 and alarmed <= 3, (found, alarmed)


def test_the_third_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 3 (a third writer, the same brief, blind to the reader and the other topic
    sets; first run at 80b2e25: right topic 78.3%, off-topic declined 85.0%, false emergencies
    4.0%, findings 68.6 / 45.5%). Not in the topic head's nor the emergency net's training.
    Since: a foot "shaken out for a minute", legs "jelly-ish" in a panic attack and an
    infection treated with metronidazole no longer alarm; medicines that damage nerves name
    the medicines topic. Left alarmed: cold numb toes with calves that ache uphill."""
    first = json.loads((DATA / "written_topics3_first_run.json").read_text("utf-8"))
    assert (first["right_topic"], first["false_emergencies"]) == (78.3, 4.0)
    summary = _kept_topic_set("written_topics3")
    assert summary["off_topic_alarms"] == 0 and summary["false_emergencies"] <= 1.0, summary
    # 83.3 -> 81.7: the topic head retrained with real part 19 moved two of its topics (one
    # right to wrong, one wrong to right, one right to right); over the five topic sets, none
    # in the head's training, 248 -> 247 of 300 right
    assert summary["right_topic"] >= 81 and summary["off_topic_declined"] >= 85, summary
    assert summary["findings_recall"] >= 68 and summary["findings_precision"] >= 47, summary


def test_set_21_forum_posts() -> None:
    """Set 21 (the same brief, a tenth writer, but every message a forum post, Q&A reply or
    blog paragraph of 94-162 words): first run at e8145b7, 60 of 60 found (the rules alone
    51), 26 of 60 look-alikes alarmed, the most of any set: long stories of others' and old
    emergencies, people asking for their work, fears. Since: work named in more words (an
    essay, a simulation, a CPD reflection, a lesson, staff training), "did the feeling come
    back" (not the back), a head teacher (not a head), a gum infection, a hospice far away
    (16 alarmed). Kept out of the emergency net's training: trained with it, the net newly
    alarmed a plain "lower back sore and left leg pins and needles" and lost a real emergency,
    so the set measures the net on long posts instead."""
    _kept_out_of_the_net_and_scores(
        "written_probes21", first=(60, 26), rules_alone=(51, 26), floor=(60, 16)
    )


def test_set_22_forum_posts() -> None:
    """Set 22 (set 21's brief, an eleventh writer: forum posts, Q&A replies and blog
    paragraphs of 81-173 words): first run at 97e262b, 56 of 60 found (the rules alone 52), 24
    of 60 look-alikes alarmed. Missed then: "I cannot make pee" with a skin "like not my
    skin", a rear-end collision told far from the foot that "slaps down", a neck bent over in
    a ruck, a head "cracked" on a step. Alarmed then: a wedge cushion, a television
    storyline, homework, a podcast, a neuro exam, a Google hole, a brother in care in Perth, a
    harmless cold episode told over several sentences; since then also an epidural still to
    come and "how would I spot it?". Kept out of the emergency net's
    training, as set 21 is."""
    _kept_out_of_the_net_and_scores(
        "written_probes22", first=(56, 24), rules_alone=(52, 24), floor=(60, 12)
    )


def test_the_fourth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 4 (a fourth writer, topic set 3's brief but every message a forum post of
    61-152 words; first run at 97e262b: right topic 75.0%, off-topic declined 65.0%, false
    emergencies 6.0% with 3 off-topic, findings 69.8 / 68.5%). Not in the topic head's nor the
    emergency net's training. Since: "without puffing", blackout blinds, athlete's foot,
    "kicked in the back of the left calf" and sciatica "down past the knee" no longer alarm."""
    first = json.loads((DATA / "written_topics4_first_run.json").read_text("utf-8"))
    assert (first["right_topic"], first["false_emergencies"]) == (75.0, 6.0)
    assert first["off_topic_alarms"] == 3
    summary = _kept_topic_set("written_topics4")
    assert summary["off_topic_alarms"] == 0 and summary["false_emergencies"] <= 1.0, summary
    # 76.7 -> 73.3: the head retrained with real part 19 (see topic set 3)
    assert summary["right_topic"] >= 73 and summary["off_topic_declined"] >= 67, summary
    # precision 71.8 -> 70.1: the findings head retrained with real part 19
    assert summary["findings_recall"] >= 69 and summary["findings_precision"] >= 70, summary


def test_set_23_forum_posts() -> None:
    """Set 23 (set 21's brief, a twelfth writer: forum posts of 80-300 words): first run at
    c829fe2, 54 of 60 found (the rules alone 48), 14 of 60 look-alikes alarmed. Missed then: a
    leg "cold like from the fridge and the colour is white", a leg "more white than the other
    one and cold when I touch" after a tearing back pain, "greenish gunk" in a dug-out verruca
    with a red blotch spreading and the shivers, a nail stood on with the red moving up the leg
    and 39.1; still missed: a leg that "switched off below the knee" at the hob, legs leaden
    after a nerve root block. Kept out of the emergency net's training, as sets 21 and 22
    are."""
    _kept_out_of_the_net_and_scores(
        "written_probes23", first=(54, 14), rules_alone=(48, 14), floor=(58, 14)
    )


def test_set_24_long_medical_backgrounds() -> None:
    """Set 24 (set 23's brief with a theme, a thirteenth writer: forum posts by people with a
    long medical background, often with no word of today for what is new): first run at
    0c90eaa, 57 of 60 found (the rules alone 53), 19 of 60 look-alikes alarmed. Missed then:
    "each leg has lost its strength" by the hour, a leg "froide et blanche" in mixed French,
    numbness that "goes upward" to the hips. Alarmed then and not now: a novelist's farmer, a
    physio student's assignment, a pharmacist's leaflet, a first aid module, a TV programme,
    an aunt in hospital in Cork and a sister in hospital in Birmingham, "the thought of waking
    one night and finding my leg has gone cold". Left alarmed: old emergencies told vividly
    beside today's question, a radio play, fears told as questions. Kept out of the emergency
    net's training, as sets 21 to 23 are."""
    _kept_out_of_the_net_and_scores(
        "written_probes24", first=(57, 19), rules_alone=(53, 19), floor=(60, 9)
    )


def test_the_fifth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 5 (a fifth writer; half of each group typed as chat messages to a bot, half as
    forum posts; first run at c829fe2: right topic 85.0% (chat 93.3%, posts 76.7%), off-topic
    declined 60.0% (chat 75%, posts 45%), false emergencies 3.0% with 2 off-topic, findings
    59.2 / 48.9%). Not in the topic head's nor the emergency net's training. Since: a pill
    organiser's "compartments", a tingle that "crept up on me" and the allotment's "slugs" no
    longer alarm. Left: a steroid injection asked about beside a "frozen water bottle"; long
    posts about other troubles of the feet are still answered with a topic."""
    first = json.loads((DATA / "written_topics5_first_run.json").read_text("utf-8"))
    assert (first["right_topic"], first["false_emergencies"]) == (85.0, 3.0)
    assert first["by_style"]["chat"]["right_topic"] == 93.3
    summary = _kept_topic_set("written_topics5")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] <= 1, summary
    assert summary["right_topic"] >= 88 and summary["off_topic_declined"] >= 62.5, summary
    assert summary["findings_recall"] >= 59 and summary["findings_precision"] >= 51, summary


def test_set_25_present_chatter() -> None:
    """Set 25 (set 23's brief with a theme, a fourteenth writer: forum posts that mix what
    happened with present-tense chatter, the emergency often told in the past tense after an
    old illness of the writer's or someone else's): first run at 9a84124, after this
    session's fixes, 57 of 60 found (the rules alone 52), 22 of 60 look-alikes alarmed.
    Missed then: a squeezing chest "gone up into my jaw" with a cold sweat, a ladder that slid
    and legs "fizzing" since; still missed: a mother whose "left knee folded" and who keeps
    asking what day it is. Alarmed then and not now: a leg numb under a partner's head that
    "was all back in about three minutes", a foot gone "dead as a doornail" at the cinema,
    "fine today". Left alarmed: old and others' emergencies told vividly beside the present,
    fears told as questions. Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes25", first=(57, 22), rules_alone=(52, 22), floor=(59, 19)
    )


def test_the_sixth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 6 (a sixth writer, topic set 5's brief; first run at 9a84124, after this
    session's fixes: right topic 75.0% (chat 86.7%, posts 63.3%), off-topic declined 77.5%
    (chat 95.0%, posts 60.0%), false emergencies 4.0% with none off-topic, findings 74.2 /
    54.4%). Not in the topic head's nor the emergency net's training. Since: "I'm back walking
    normally" after a fracture (read as the back) and "the FAST thing for strokes" no longer
    alarm. Left: a drinker's feet numb "in a slow creeping way" over a year, a thigh numb "back
    in march" with blurry vision last month ("could this be ms")."""
    first = json.loads((DATA / "written_topics6_first_run.json").read_text("utf-8"))
    assert (first["right_topic"], first["false_emergencies"]) == (75.0, 4.0)
    assert first["by_style"]["chat"]["off_topic_declined"] == 95.0
    summary = _kept_topic_set("written_topics6")
    assert summary["false_emergencies"] <= 2.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 78 and summary["off_topic_declined"] >= 77.5, summary
    assert summary["findings_recall"] >= 74 and summary["findings_precision"] >= 55, summary


def test_set_26_updates_and_edits() -> None:
    """Set 26 (set 23's brief with a theme, a fifteenth writer: forum posts with "Update:" and
    "EDIT:" parts that change the story): first run at 444501a, this session's start, 58 of
    60 found (the rules alone 46), 19 of 60 look-alikes alarmed. Missed then: blood-streaked
    "pinkish frothy stuff" coughed up eleven days after a knee replacement, and a husband with
    lung cancer, a new neck pain and "his legs are a bit unsteady". Alarmed then and not now:
    a cauda equina operation in 2019 ("I've got everything back"), a broken neck in 2017 ("the
    free bar may have been involved": an infinitive, not a present tense), a pulmonary
    embolism in 2021 ("couldn't get my breath"), a cancer that came back in the spine in 2022
    ("walked out of hospital two weeks later"), a translator's leaflet, a survivor's leaflet
    of warning signs, toes white in the snow ("Today they're fine"). Left alarmed: old
    emergencies told vividly before an update that says they are over (infection, injury,
    chest and cancer signs are never silenced by an old story's frame), a policy writer's
    list of warning signs. Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes26", first=(58, 19), rules_alone=(46, 19), floor=(60, 12)
    )


def test_the_eighth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 8 (an eighth writer, topic set 6's brief with harder off-topic look-alikes of
    the legs and feet; first run at 935a646, the fifteenth session's start: right topic 83.3%
    (chat 86.7%, posts 80.0%), off-topic declined 62.5% (chat 70.0%, posts 55.0%), false
    emergencies 1.0% with none off-topic, findings 54.2 / 51.6%). Not in the topic head's
    nor the emergency net's training. Since: a dental nurse's feet cold, tingly and mottled
    "by the end of a shift" no longer alarm; restless legs, a heel's first steps, a knee
    replacement and a venous leg ulcer are declined as other troubles of the legs, a friend's
    death that left the writer "completely numb" as grief; "I had a DVT in 2019" before a
    long flight names a cause and gets its page."""
    summary = _no_alarm_since_first_run("written_topics8", first=(83.3, 1.0), posts_declined=55.0)
    assert summary["right_topic"] >= 88 and summary["off_topic_declined"] >= 77.5, summary
    assert summary["findings_recall"] >= 55 and summary["findings_precision"] >= 55, summary


def test_set_27_voice_typed_and_second_language() -> None:
    """Set 27 (set 23's brief with a theme, a sixteenth writer: messages dictated by voice,
    typed in a hurry, or by writers whose first language is not English): first run at
    935a646, the fifteenth session's start, 30 of 30 found (the rules alone 28: an "epic
    dural" two days ago and a leg still numb; a father with prostate cancer who "cannot make
    the pee come"), 5 of 30 look-alikes alarmed. Alarmed then and not now: a half marathon's
    "legs like jelly" with the "tingle gone" today, a husband's foot dead after sleeping with
    his legs crossed, "5 minutes later he was fine", GBS read about "on google", a broken
    ankle's tingle with the "cast off now". Left alarmed: a friend who says "its a stroke
    coming" ("but i think not, no face nothing sudden"). Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes27", first=(30, 5), rules_alone=(28, 5), floor=(30, 1)
    )


def test_the_seventh_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 7 (a seventh writer, topic set 6's brief; first run at 444501a, this session's
    start: right topic 81.7% (chat 93.3%, posts 70.0%), off-topic declined 65.0% (chat 80.0%,
    posts 50.0%), false emergencies 5.0% with none off-topic, findings 56.6 / 55.3%). Not in
    the topic head's nor the emergency net's training. Since: a leg numb on waking from
    sleeping "curled up on my left side" (read as one side of the body), a cyclist "stamping"
    numb feet (read as strapping), a sister who works "on a stroke unit", a pulse not found at
    an annual diabetic review, and a mother's feet numb "for a year or so" that crept up no
    longer alarm; a numb hand is no longer read as "had", a "bottom lip" as the bottom, and
    feet that "got number" are numb."""
    summary = _no_alarm_since_first_run("written_topics7", first=(81.7, 5.0), posts_declined=50.0)
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 70, summary
    # findings precision 62.7 before part 20 joined the heads' training, 61.8 since
    assert summary["findings_recall"] >= 56 and summary["findings_precision"] >= 61, summary


def test_set_28_new_signs_on_old_histories() -> None:
    """Set 28 (set 23's brief with a theme, a seventeenth writer: a long, alarming history - a
    stroke, cauda equina surgery, a DVT, cancer, a fusion, years of sciatica or of diabetic
    feet, MS - and what is happening now). As the writer labelled it, its first run at 185132e,
    the sixteenth session's start, found 27 of 30 emergencies; the three missed (back pain with
    a temperature, back pain worse at night with weight lost, a diabetic's blister not healing)
    and two found (a foot drop after a fall, sciatica worse by the hour) state only findings
    below TRIAGE.md's emergency levels, as the brief had wrongly listed them, so they were
    relabelled (2 no, 3 either) and the set re-scored at the same commit: 25 of 25 found (the
    rules alone 23), 6 of 32 look-alikes alarmed. Alarmed then and not now: a cauda equina
    operation in 2017 told to "everything came back", a foot numb at the cinema "tucked under
    me ... totally normal", a physio's patient, a father's cancer told with his death, legs
    like jelly after a hike ("just stiff and sore" today), an epidural eight months ago ("could
    the epidural have caused this?"). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes28", first=(25, 6), rules_alone=(23, 6), floor=(25, 0)
    )


def test_the_ninth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 9 (a ninth writer, topic set 8's brief, leaning on FAQ questions asked
    indirectly and off-topic messages that share words with ours; first run at 185132e, the
    sixteenth session's start: right topic 76.7% (chat 83.3%, posts 70.0%), off-topic declined
    55.0% (chat and posts 55.0%), false emergencies 3.0% with none off-topic, findings 49.2 /
    45.7%). Not in the topic head's nor the emergency net's training. Since: a coworker's old
    cauda equina beside "no problems with the loo or numbness down below", an HGV driver's legs
    heavy and numb "towards the end of a shift", "I breathe funny and my legs and lips go
    tingly" no longer alarm; a bunion, a heel and a knee told with "no numbness" or "not
    tingling" are declined as other troubles, and so are leg day, a dentist's "bottom of my
    mouth" and numbness after a rejection; "numbish" feet at 70 get the age FAQ and a calf that
    "seizes up" walking gets PAD."""
    summary = _no_alarm_since_first_run("written_topics9", first=(76.7, 3.0), posts_declined=55.0)
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 70, summary
    assert summary["findings_recall"] >= 50 and summary["findings_precision"] >= 51, summary


def test_set_29_carers_and_relatives() -> None:
    """Set 29 (set 23's brief with a theme, an eighteenth writer: carers and relatives writing
    for someone else - a resident with dementia, a partner, a child, a friend at a party -
    with them now, far away, or already in care). First run at 185132e, the sixteenth
    session's start: 29 of 30 found (the rules alone 28), 6 of 30 look-alikes alarmed. Missed
    then: a night carer's resident who "can't lift her right arm" (read "can't lift her", as
    if she could not stand). Alarmed then and not now: a mate's leg "folded under him" on the
    sofa, "fine now"; a GP's "nothing to do with the epidural"; a leaflet's "if he ever gets
    numbness round his bottom"; a colleague who collapsed and "was just dehydrated, he's fine".
    Left alarmed: a child who came off his bike and grazed his knee (a bicycle collision is a
    dangerous mechanism, NICE NG41), a husband's legs "like jelly" after a 30-mile walk. Kept
    out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes29", first=(29, 6), rules_alone=(28, 6), floor=(30, 2)
    )


def test_the_tenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 10 (a tenth writer, topic set 8's brief typed as in a chat app: typos, slang,
    emoji, some broken English; first run at 185132e, the sixteenth session's start: right
    topic 85.0% (chat 86.7%, posts 83.3%), off-topic declined 57.5% (chat 65.0%, posts 50.0%),
    false emergencies 5.0% with one off-topic, findings 58.3 / 42.7%). Not in the topic head's
    nor the emergency net's training. Since: dry needling offered to someone with "a thing
    about needles" no longer alarms; "dead tired", "asleep on my feet", a redundancy's
    numbness and another trouble told with its tingle denied are declined. Left: three false
    emergencies of the emergency net on plain questions (a new antibiotic and tingly toes, a
    sciatica line "from my bum", a calf swollen after an operation with "no chest pain") and a
    bike crash's numb scar."""
    kept = json.loads((DATA / "written_topics10_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (85.0, 5.0)
    summary = _kept_topic_set("written_topics10")
    assert summary["false_emergencies"] <= 4.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 65, summary
    assert summary["findings_recall"] >= 58 and summary["findings_precision"] >= 43, summary


def test_set_30_long_messages_with_the_sentence_that_matters_buried() -> None:
    """Set 30 (a nineteenth writer: 300-1,000 character messages whose one sentence that
    matters sits inside a story mostly about something harmless, or whose scary words are
    negated, past, hypothetical, someone else's, on television or an animal's). First run at
    80c898c, the seventeenth session's start: 29 of 30 found (the rules alone 29), 8 of 30
    look-alikes alarmed. Missed then: a footballer's calf "rock hard ... tight like a drum"
    after a "whack" from studs, "much worse than a normal knock", the foot numb. Alarmed then
    and not now: a wedding's cross-legged "stroke" joke; a father's stroke in 2016 told with
    "He's fine now"; a BBC documentary's black blister; a dachshund's slipped disc with the
    owner's leg dead after the vet's floor; a dead mother's spinal cancer beside "I've never
    had cancer myself"; "my vision is fine right now, no weakness"; "the internet told me about
    cauda equina"; a voice-typed "full stop" story of a child asleep across the legs. Kept out
    of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes30", first=(29, 8), rules_alone=(29, 8), floor=(30, 0)
    )


def test_the_eleventh_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 11 (an eleventh writer: the words of different English speakers and ages - US,
    Indian, Nigerian, Filipino, Australian and Scottish usage, older people, young adults'
    slang; first run at 80c898c, the seventeenth session's start: right topic 86.7% (chat
    86.7%, posts 86.7%), off-topic declined 60.0% (chat 75.0%, posts 45.0%), false emergencies
    5.0% with two off-topic, findings 64.3 / 51.7%). Not in the topic head's nor the emergency
    net's training. Since: "on pins and needles" waiting for results, a knee "paining ... no
    tingling or numbness", a bunion told with "Nae numbness or tinglin", a splinter, a tattoo
    on the ankle, a gout attack that "couldn't even stand the bedsheet", a fungal toenail and
    numbness that "crept up over the last few months" are mended. Left: the
    emergency net's stroke sign for a grandfather's foot "always cold" with rest pain (PAD)."""
    kept = json.loads((DATA / "written_topics11_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (86.7, 5.0)
    assert kept["by_style"]["post"]["off_topic_declined"] == 45.0
    summary = _kept_topic_set("written_topics11")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 77, summary
    assert summary["findings_recall"] >= 64 and summary["findings_precision"] >= 56, summary


def test_the_twelfth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 12 (a twelfth writer: treatments, tests and products - supplements, compression
    and flight socks, foot spas, TENS machines, creams, gabapentin, statins, metformin, nerve
    conduction tests, MRI, Doppler scans, physio, acupuncture, insoles; first run at 80c898c,
    the seventeenth session's start: right topic 83.3% (chat 86.7%, posts 80.0%), off-topic
    declined 77.5% (chat 75.0%, posts 80.0%), false emergencies 5.0% with none off-topic,
    findings 71.2 / 43.3%). Not in the topic head's nor the emergency net's training. Since: a
    foot spa whose water's heat a diabetic "can't really feel" (read as a hot foot beside a
    blister), a tattoo's numbing cream, a TENS machine's pads and flat feet with no tingle are
    mended. Left: the net's chest signs for a swollen calf told with "I'm not short of breath
    and have no chest pain" (a gate on the net for denied signs lost 16 of its true catches), a
    cold tingly foot before an ankle-brachial test, tingling spreading up one leg over three
    days and an antibiotic's tingling feet and lower legs (read as climbing numbness)."""
    kept = json.loads((DATA / "written_topics12_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (83.3, 5.0)
    assert kept["by_style"]["post"]["off_topic_declined"] == 80.0
    summary = _kept_topic_set("written_topics12")
    assert summary["false_emergencies"] <= 4.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 82, summary
    assert summary["findings_recall"] >= 71 and summary["findings_precision"] >= 43, summary


def test_set_31_care_already_given_or_about_to_be() -> None:
    """Set 31 (a twentieth writer: messages around care given or about to be - a GP, 111, A&E,
    a physio, a scan booked, an ambulance crew that left, a waiting room, a discharge). First run
    at 80c898c, the seventeenth session's start: 30 of 30 found (the rules alone 30), 6 of 30
    look-alikes alarmed. Mended since: "an emergency MRI for suspected cauda equina, it came back
    clear"; chest pain that A&E called a pulled muscle, "No chest pain since". Left: a past bowel
    cancer with a new backache worse at night beside diabetic feet tingly "for years"; a brother
    in intensive care in Chennai with Guillain-Barre; an epidural's numbness that "wore off the
    same evening, 3 weeks ago now"; a son in hospital 300 miles away after a motorbike crash.
    Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes31", first=(30, 6), rules_alone=(30, 6), floor=(30, 4)
    )


def test_set_32_understatement_and_hyperbole() -> None:
    """Set 32 (a twenty-first writer: emergencies played down - "probably nothing", "don't want
    to make a fuss" - and harmless tingles told in dramatic figures of speech). First run at
    c288ac7, the eighteenth session's start: 30 of 30 found (the rules alone 28), 2 of 30
    look-alikes alarmed. Mended since: "my face dropped when my boss said ..." and "My back is
    BROKEN. Not literally lol". Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes32", first=(30, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_the_thirteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 13 (a thirteenth writer: living and working with it - driving, shifts, sleep,
    flights, gyms, shoes, cold, pregnancy; first run at c288ac7, the eighteenth session's
    start: right topic 86.7% (chat 90.0%, posts 83.3%), off-topic declined 70.0% (chat 85.0%,
    posts 55.0%), false emergencies 3.0% with one off-topic, findings 51.9 / 39.1%). Not in
    the topic head's nor the emergency net's training. Since: toes white in the cold that go
    red on warming, a yoga pose's leg that can barely stand "for a minute or two", an arm
    slept on under the pillow, "Blackout blinds", falling asleep at night, chilblains and a
    healed ankle's metal plates are mended. Left: night cramps (cramp is one of our words, and
    a cramp walking is claudication), sore feet from new shoes, tired legs after a shift, a
    hand-only Raynaud's with "my feet are fine"."""
    kept = json.loads((DATA / "written_topics13_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (86.7, 3.0)
    assert kept["by_style"]["post"]["off_topic_declined"] == 55.0
    summary = _kept_topic_set("written_topics13")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 77, summary
    # precision 40.3 until the same session's last refit of the findings head (one more
    # persistent read: 39.7)
    assert summary["findings_recall"] >= 51 and summary["findings_precision"] >= 39, summary


def test_the_fourteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 14 (a fourteenth writer: people comparing and guessing which trouble it is -
    sciatica or a trapped nerve, neuropathy or circulation, MS or anxiety, DVT or a pulled
    calf - and the same guessing about troubles that are not ours; first run at c288ac7, the
    eighteenth session's start: right topic 90.0% (chat 93.3%, posts 86.7%), off-topic declined
    80.0% (chat 75.0%, posts 85.0%), no false emergency, findings 69.6 / 48.1%). Not in the topic
    head's nor the emergency net's training. Since: a throat "on fire" and shingles round the
    ribs are declined. Left: restless legs and night cramps ("crawling" and "cramps" are our
    words), gout told as "red hot n swollen", a neck's nerve down the arm with "legs r totally
    fine", omeprazole and a gastric bypass read as neuropathy rather than the medicines' and
    vitamins' FAQs (phrases for them pulled plain stories to those FAQs: not kept)."""
    kept = json.loads((DATA / "written_topics14_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (90.0, 0.0)
    assert kept["by_style"]["post"]["off_topic_declined"] == 85.0
    summary = _kept_topic_set("written_topics14")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 85, summary
    # (precision 48 until the findings head was retrained in the twenty-fourth session: 47.6)
    assert summary["findings_recall"] >= 69 and summary["findings_precision"] >= 47, summary


def test_set_33_signs_told_without_textbook_words() -> None:
    """Set 33 (a twenty-second writer: no textbook words - emergencies told only through images
    and what the person cannot do, "my foot feels like a block of wood", "my words are coming
    out like soup", "the pins are climbing", and harmless tingles told in images). First run at
    c288ac7, the eighteenth session's start: 25 of 30 found (the rules alone 19), 1 of 30
    look-alikes alarmed. Mended since: a limb like a block of wood, a sandbag, wet cement or
    wet noodles; words "coming out like soup"; an elephant sitting on the chest; "can't get to
    the end of a sentence without gasping"; toes like candle wax that feel like ice, a leg the
    colour of skimmed milk; pins "climbing ... today my hips"; fingers and toes "buzzing"; a
    kick's calf with the toes "prickling"; both legs "heavier by the hour". Left: a diabetic's
    slow-healing cut who "can't really feel it down there" (read as the saddle). Kept out of the
    emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes33", first=(25, 1), rules_alone=(19, 1), floor=(30, 1)
    )


def test_set_34_asked_as_a_question() -> None:
    """Set 34 (a twenty-third writer: emergencies stated as true now inside a question, "is it
    normal that I can't feel the toilet paper since my back op?", and questions about emergency
    signs the writer does not have, "if my legs ever gave way should I call 999?"). First run at
    c288ac7, the eighteenth session's start: 28 of 30 found (the rules alone 26), 12 of 30
    look-alikes alarmed. Mended since: generic "you" ("can a bad back make you lose control of
    your bladder?", "tingling that climbs up your legs"), "if my legs ever", "how can you
    tell", "is it a stroke if", "is it possible to have", "ever go into", "would losing ... be
    a reason for", "contagious", "more likely to"; straining to start a wee with "nothing
    comes". Left: "can sciatica make you wet yourself? happened twice today" (the sign is told
    only in the generic question). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes34", first=(28, 12), rules_alone=(26, 12), floor=(29, 0)
    )


def test_the_fifteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 15 (a fifteenth writer: very short messages, 1 to 8 words - "numb toes",
    "b12?", "leg asleep again", "numb lip dentist", "thanks bot"; first run at c288ac7, the
    eighteenth session's start: right topic 93.3% (chat 86.7%, posts 100%), off-topic declined
    90.0% (chat 90.0%, posts 90.0%), false emergencies 1.0% with none off-topic, findings
    86.0 / 75.5%). Not in the topic head's nor the emergency net's training. Since: "tingles
    spreading up my foot since yday" (one foot: spreading numbness, not ascending weakness) and
    "home tips 4 pins n needles leg". Left: "drink alot n feet gone numbish" and "28wks pregnant
    n thigh numb??" (declined: chat shorthand as stopwords mended them and moved five other
    topics the wrong way, not kept), a charley horse and calf cramps (answered as DVT), numb
    inside "since she left", numb fingertips in the cold. Findings precision 77 -> 75.5% in the
    twenty-fifth #9 session: "nite" is now read "night" (phonetic spelling, written set 112),
    and "burning feet at nite" is then read as lasting, which its writer did not label."""
    kept = json.loads((DATA / "written_topics15_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (93.3, 1.0)
    assert kept["by_style"]["post"]["right_topic"] == 100.0
    summary = _kept_topic_set("written_topics15")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 95 and summary["off_topic_declined"] >= 90, summary
    assert summary["findings_recall"] >= 86 and summary["findings_precision"] >= 75, summary


def test_set_35_time_decides() -> None:
    """Set 35 (a twenty-fourth writer: time decides - "again", "still", "since", "came back",
    FAST signs that passed, a past history told beside something new now, past emergencies
    beside a mild present symptom). First run at 8f85cb4, the nineteenth session's start: 30
    of 30 found (the rules alone 28), 2 of 30 look-alikes alarmed. Mended since: a wee not felt
    ("I did not feel that I was peeing"), both legs "heavier and wobblier than at lunchtime",
    chest pain and breathlessness that "have been gone for months". Left: a pregnant woman's
    thigh tingles with "is it from the old epidural?" (an epidural three years ago). Kept out
    of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes35", first=(30, 2), rules_alone=(28, 2), floor=(30, 1)
    )


def test_the_sixteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 16 (a sixteenth writer: asking for someone else - a parent, a partner, a grown
    child, a client, a care-home resident - and off-topic look-alikes about others; first run
    at 8f85cb4, the nineteenth session's start: right topic 70.0% (chat 76.7%, posts 63.3%),
    off-topic declined 62.5% (chat 75.0%, posts 50.0%), false emergencies 4.0% with one
    off-topic, findings 59.7 / 49.4%). Not in the topic head's nor the emergency net's
    training. Since: the topic head answers when to worry only for a story of an emergency
    (`spoken_of_story`); a foot dead from sitting on it ("sits", "gets up"); a sleeper's pauses
    in breathing; growing pains, a rash, gout's swollen toe, a rolled ankle, "the feeling
    back". Left: night and football cramps (answered as PAD and DVT), carpal tunnel with "her
    legs and feet are completely fine", plantar fasciitis read as claudication, a husband's
    sciatica "from his bum" read by the net as the saddle."""
    kept = json.loads((DATA / "written_topics16_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (70.0, 4.0)
    assert kept["by_style"]["post"]["off_topic_declined"] == 50.0
    summary = _kept_topic_set("written_topics16")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 81 and summary["off_topic_declined"] >= 82, summary
    assert summary["findings_recall"] >= 59 and summary["findings_precision"] >= 51, summary


def test_set_36_living_with_a_condition() -> None:
    """Set 36 (a twenty-fifth writer: people who already live with a condition - MS, diabetic
    neuropathy, chronic sciatica, a past stroke, cancer, past back surgery, PAD, a spinal cord
    injury - and something new on top of the usual, or the usual told with frightening words
    in the history or fears). First run at 8f85cb4, the nineteenth session's start: 30 of 30
    found (the rules alone 30), 6 of 30 look-alikes alarmed. Mended since: "face and speech
    fine, left side fine" (the signs named as absent), "I panic that the cancer's back",
    "scared of gangrene", "all the scary stuff (Guillain-Barre, MS)", "my old neck injury".
    Left: sciatica's tingling "come back, same as it was before the injection" months after
    a steroid injection (an exception for it silenced an injection's new numbness told "same
    as before ... but much worse"). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes36", first=(30, 6), rules_alone=(30, 6), floor=(30, 1)
    )


def test_the_seventeenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 17 (a seventeenth writer: messages in a conversation - follow-ups, two
    questions at once, corrections, answers back to the bot, a doctor's letter pasted - and
    off-topic thanks and questions about the bot; first run at 8f85cb4, the nineteenth
    session's start: right topic 90.0% (chat 86.7%, posts 93.3%), off-topic declined 90.0%,
    false emergencies 1.0% with none off-topic, findings 53.7 / 50.7%). Not in the topic
    head's nor the emergency net's training. Since: a seven-year-old's legs that ache at
    night, "no tingling" (growing pains), are declined. Left: an itchy rash on both feet that
    "doesn't tingle or feel numb" (the second anchor is not read as denied), "yes, both feet,
    for months. started in the toes and now its up to my ankles" and "when do i actually need
    to go to a&e with this?" (both declined), a husband's burning feet "crept up over the past
    year" that he "now complains of" (read as ascending weakness: "now" keeps the exception
    from lowering it)."""
    kept = json.loads((DATA / "written_topics17_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (90.0, 1.0)
    summary = _kept_topic_set("written_topics17")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 92, summary
    assert summary["findings_recall"] >= 53 and summary["findings_precision"] >= 50, summary


def test_set_37_everyday_logistics() -> None:
    """Set 37 (a twenty-sixth writer: the sign told in passing inside a practical question -
    finish a shift, board a flight, what A&E costs, a 111 callback, minding the kids - and the
    same framing with a harmless, checked or denied sign). First run at 8f85cb4, the
    nineteenth session's start: 30 of 30 found (the rules alone 28), 6 of 30 look-alikes
    alarmed. Mended since: "the left half of everything I look at is kind of missing", "I
    can't see the left side of the departures screen", sciatica "in the left too", both legs
    "burning down the back"; a faint with the ECG and bloods "all fine" and "sent him home"
    (endings: a faint after them still alarms), numbness round the bottom that "has gone now",
    a friend "panicking it's a stroke", "read that GBS can come after infections", an MRI "last
    week, clear". Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes37", first=(30, 6), rules_alone=(28, 6), floor=(30, 0)
    )


def test_the_eighteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 18 (an eighteenth writer: products, gear and habits - insoles, chairs, bike
    saddles, supplements, tight jeans, gaming chairs - and off-topic questions about the same
    products; first run at 8f85cb4, the nineteenth session's start: right topic 90.0%,
    off-topic declined 85.0%, no false emergency, findings 69.6 / 57.1%). Not in the topic
    head's nor the emergency net's training. Since: "metal pins in his ankle" are declined.
    Left: a TENS machine for period cramps (PAD), heels for a wedding, a watch "buzzing" a
    heart-rate alert, vitamin D for mood, a vegan's B12 dose."""
    kept = json.loads((DATA / "written_topics18_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (90.0, 85.0)
    summary = _kept_topic_set("written_topics18")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 90 and summary["off_topic_declined"] >= 87, summary
    assert summary["findings_recall"] >= 69 and summary["findings_precision"] >= 57, summary


def test_set_38_very_short_messages() -> None:
    """Set 38 (a twenty-seventh writer: very short messages, 2 to 15 words, as frightened or
    hurried people type them, "cant feel my legs help", and look-alikes as short, "leg asleep
    from sitting lol"). First run at 8f85cb4, the nineteenth session's start: 30 of 30 found
    (the rules alone 30), 3 of 30 look-alikes alarmed. Mended since: "chest pain? no. just
    tingly feet" (a sign asked and answered no), "if i bang my back could my legs go numb".
    Left: "does numbness spreading up the legs mean guillain barre?" (a general question
    about the legs). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes38", first=(30, 3), rules_alone=(30, 3), floor=(30, 1)
    )


def test_the_nineteenth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 19 (a nineteenth writer: spelling - "my fut gos numm wen i sit", "kemo",
    "sciatika", "pinsandneedles", "my food is tingly" - and off-topic messages as misspelt;
    first run at 8f85cb4, the nineteenth session's start: right topic 75.0%, off-topic
    declined 70.0%, false emergencies 2.0% with one off-topic, findings 65.6 / 54.8%). Not in
    the topic head's nor the emergency net's training. Since: an anchor resting on a typo's
    correction counts as typed beside a typed body part ("numm feet"), a bruised toenail
    "gone blak after football", growing pains. Left: words run together ("pinsandneedles",
    "crosslegd"), "kemo", "fut", "nee" and "stares" (no slip that near), veins "all bulgy" with
    feet that tingle "by the end of the day" (read as ascending weakness)."""
    kept = json.loads((DATA / "written_topics19_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (75.0, 70.0)
    summary = _kept_topic_set("written_topics19")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 78 and summary["off_topic_declined"] >= 75, summary
    assert summary["findings_recall"] >= 65 and summary["findings_precision"] >= 54, summary


def test_set_39_someone_on_the_spot() -> None:
    """Set 39 (a twenty-eighth writer: someone on the spot - a nurse, a PE teacher, a coach, a
    lifeguard, a pharmacist, a scout leader, a bus driver - about the adult in front of them
    now, or a harmless, past or denied sign, or a course's question). First run at 8f85cb4, the
    nineteenth session's start: 30 of 30 found (the rules alone 30), 4 of 30 look-alikes
    alarmed. Mended since: "Lifeguard course question: ... which leg symptoms would suggest a
    spinal injury", a resident's "whether it could be the cancer back", a customer's feet that
    tingle more "over the past year". Left: "Someone said back pain with 'saddle numbness' is
    serious. What counts as that?" on a first-aid course ("first aid course" as a word of work
    hid "I'm on a first aid course and my leg has gone numb and my face is drooping": not kept).
    Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes39", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_the_twentieth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 20 (a twentieth writer: numbers and measurements - HbA1c, B12 levels, doses,
    walking distances, pain scores - and off-topic messages as numeric; first run at 8f85cb4,
    the nineteenth session's start: right topic 83.3%, off-topic declined 85.0%, false
    emergencies 2.0% with none off-topic, findings 60.6 / 50.0%). Not in the topic head's nor
    the emergency net's training. Since: a foot dead "at my desk, sit 9 hrs a day", a rolled
    ankle's swelling (no clot's sign). Left: sciatica "bout 5/10" that the emergency net reads as
    the saddle, routine B12 and sugar results with no symptoms (answered with the vitamins' FAQ
    or neuropathy). Findings precision 51 -> 50.6% in the twenty-fifth #9 session: "at nite"
    is now read "at night" (written set 112's phonetic spellings), and lasting is then read."""
    kept = json.loads((DATA / "written_topics20_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (83.3, 85.0)
    summary = _kept_topic_set("written_topics20")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 87, summary
    assert summary["findings_recall"] >= 60 and summary["findings_precision"] >= 50, summary


def test_set_40_what_the_person_cannot_do() -> None:
    """Set 40 (a twenty-ninth writer: signs told only through everyday tasks that have become
    hard - "can't get up the stairs since lunch", "I missed the toilet and didn't even know" -
    and look-alikes with harmless, habitual, old, hypothetical or denied reasons). First run at
    8f85cb4, the nineteenth session's start: 29 of 30 found (the rules alone 27), 2 of 30
    look-alikes alarmed. Mended since: a foot that "looks like wax" and a calf that "hurts like
    hell" (the miss), a heart "going like mad". Left: the rules still miss toes like "thick
    socks", shirt buttons and a bus step over three days after a stomach bug (the net reads it);
    "What if one day I couldn't get up the stairs because both my legs gave out?" (its clause
    runs on past "because"); lifelong cold toes "in winter" that go "white then red" (the
    exception reaches only its own part of the sentence). Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes40", first=(29, 2), rules_alone=(27, 2), floor=(30, 2)
    )


def test_the_twenty_first_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 21 (a twenty-first writer: feelings first - fear, anger at doctors,
    embarrassment, dark humour - with the symptom or question buried, and off-topic messages as
    emotional; first run at 8f85cb4, the nineteenth session's start: right topic 90.0%,
    off-topic declined 92.5%, false emergencies 2.0% with none off-topic, findings 71.9 /
    71.1%). Not in the topic head's nor the emergency net's training. Since: "my hands are
    fine but my feet and lower legs go tingly" in a panic attack (hands named as fine), a
    nurse's feet numb "when I stand through long shifts". Left: shingles' tingling above the
    waist, a whole body numb since a breakup, a back sore from lifting boxes."""
    kept = json.loads((DATA / "written_topics21_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["false_emergencies"]) == (90.0, 2.0)
    summary = _kept_topic_set("written_topics21")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 93 and summary["off_topic_declined"] >= 92, summary
    assert summary["findings_recall"] >= 71 and summary["findings_precision"] >= 72, summary


def test_set_41_negation_tangles() -> None:
    """Set 41 (a thirtieth writer: emergencies told beside negated, doubted or corrected signs
    - "not incontinent, but twice today I found my knickers damp and never felt it" - and
    look-alikes whose emergency words are all negated, ruled out or past). First run at
    d3ef821, the twentieth session's start: 28 of 30 found (the rules alone 28), 2 of 30
    look-alikes alarmed. Mended since: a leak not felt, an epidural's leg "still numb ... not
    wearing off" after a long story (both missed), a ladder fall in 2019 "all healed. This is
    different.", a fall that "landed on her hands". Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes41", first=(28, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_42_many_people_many_times() -> None:
    """Set 42 (a thirty-first writer: every message tells of two people or two times - a
    grandmother's old stroke beside the writer's numb face now, a neighbour's foot infection
    last Christmas beside the writer's blister). First run at d3ef821: 30 of 30 found (the
    rules alone 29), 6 of 30 look-alikes alarmed. Mended since: a match that joins someone
    else's past in one sentence to the writer's own words in another is neither's; "ended
    up" tells someone else's past. Left alarmed: an uncle's spinal cancer beside "everyone
    keeps asking me if my back hurts. It doesn't"; a husband's bleed after a spinal injection
    in 2016 beside the writer's meralgia ("get pins and needles" has no subject of its own);
    the writer's own mini stroke 4 years ago; a rugby concussion in 2015 before new tablets'
    tingling; a son in a spinal unit after a diving accident. Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes42", first=(30, 6), rules_alone=(29, 6), floor=(30, 5)
    )


def test_set_43_the_rarer_emergencies_in_plain_words() -> None:
    """Set 43 (a thirty-second writer: compartment syndrome, a cancer's spine, an infected foot,
    a cold pale leg and a spine or head injury, six each, in plain words and dialects, and
    look-alikes of each). First run at d3ef821: 28 of 30 found (the rules alone 25), 2 of 30
    look-alikes alarmed. Mended since: a neck "stiff and sore" beside a lymphoma in remission
    (missed), "a small lump ... separate thing", a whiplash with legs "fine all along". Left:
    the rules miss a Scots kick "solid as a rock", an 81-year-old who "went down flat on my
    back", "those injections in my lower back ... with the xray machine" (the net reads all
    three) and a Jamaican whiplash "Mi get lick from behind inna taxi" (missed). Kept out of
    the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes43", first=(28, 2), rules_alone=(25, 2), floor=(29, 0)
    )


def test_the_twenty_second_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 22 (a twenty-second writer: other leg feelings - pins and needles told as
    fizzing, a current or cotton wool, and off-topic cramps, restless legs, shin splints,
    varicose veins, gout and tingling elsewhere; first run at d3ef821, the twentieth session's
    start: right topic 86.7%, off-topic declined 60.0%, false emergencies 1.0% with none
    off-topic, findings 57.1 / 66.7%). Not in the topic head's nor the emergency net's
    training. Since: a message that denies pins and needles and keeps only aches, cramps or
    heavy legs is declined ("calf cramps every night, no tinglin or anythin"). Left: a sprained
    ankle, a hairdresser's numb hand, varicose veins and a bunion answered."""
    kept = json.loads((DATA / "written_topics22_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (86.7, 60.0)
    summary = _kept_topic_set("written_topics22")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 86 and summary["off_topic_declined"] >= 72, summary
    assert summary["findings_recall"] >= 57 and summary["findings_precision"] >= 68, summary


def test_the_twenty_third_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 23 (a twenty-third writer: what do I do next - which doctor or test, how long
    to wait, supplements, driving and work - and off-topic next steps; first run at d3ef821:
    right topic 68.3%, off-topic declined 87.5%, false emergencies 3.0% with one off-topic,
    findings 62.9 / 54.9%). Not in the topic head's nor the emergency net's training. Since: a
    lower back stiff from digging, "nothing down the legs, no numbness", is declined. Left:
    short chat questions in shorthand ("tingly toes on n off for like 3 wks now. how long do i
    wait b4 botherin the gp?") that the sentence embedding finds far from every topic and so
    declines; Raynaud's toes "going white, then numb", a shoulder that cannot reach behind the
    back and blurry vision "in March" alarmed."""
    kept = json.loads((DATA / "written_topics23_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (68.3, 87.5)
    summary = _kept_topic_set("written_topics23")
    assert summary["false_emergencies"] <= 3.0 and summary["off_topic_alarms"] <= 1, summary
    assert summary["right_topic"] >= 68 and summary["off_topic_declined"] >= 90, summary
    assert summary["findings_recall"] >= 62 and summary["findings_precision"] >= 55, summary


def test_set_44_typed_in_a_panic() -> None:
    """Set 44 (a thirty-third writer: heavy typos, autocorrect swaps, run-together words and
    capitals - "my fave is drooping", "cant feel my bun", "cantstand" - in emergencies and in
    look-alikes such as "stoke on trent"). First run at d3ef821, the twentieth session's start:
    30 of 30 found (the rules alone 29), 3 of 30 look-alikes alarmed. Mended since: a numb bum
    after a coach trip with the feeling "comin back now", hands and feet that tingle "wen i
    panic", a foot still numb with the cast "off in may". Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes44", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_45_explained_away() -> None:
    """Set 45 (a thirty-fourth writer: emergencies the writer explains away with a harmless
    cause that does not fit - "must be the new trainers, but my foot's gone white and cold" -
    and look-alikes whose harmless cause is true). First run at d3ef821: 30 of 30 found (the
    rules alone 28), 2 of 30 look-alikes alarmed. Mended since: legs dead under a sleeping
    child, "A few minutes walking round the drive and they were fine". Left: toes white in the
    cold "same as always", told with "Happened today" after the words that say they warmed up
    (the long-standing frame does not silence a sign told in the present). Kept out of the
    emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes45", first=(30, 2), rules_alone=(28, 2), floor=(30, 1)
    )


def test_the_twenty_fourth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 24 (a twenty-fourth writer: people who know their diagnosis - diabetes, MS,
    B12, chemo, pregnancy, a slipped disc - writing about their legs or about something else;
    first run at d3ef821: right topic 80.0%, off-topic declined 65.0%, false emergencies 5.0%
    with none off-topic, findings 61.1 / 56.7%). Not in the topic head's nor the emergency net's
    training. Since: a toe "numb down one side" (one side of a toe, not of the body), "My back
    is fine" beside a chemo (no back to read), a steroid injection the GP "offered to refer me
    for", toes tingly "when they're at their worst" in pregnancy. Left: a condition named with
    no leg in it ("ms nurse wants me to switch to ocrevus", a B12 jab cancelled) answered with
    its topic - over every stored text, a message naming only B12 or MS is off-topic 14 times
    and on-topic 5."""
    kept = json.loads((DATA / "written_topics24_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (80.0, 65.0)
    summary = _kept_topic_set("written_topics24")
    assert summary["false_emergencies"] <= 1.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 83 and summary["off_topic_declined"] >= 65, summary
    assert summary["findings_recall"] >= 61 and summary["findings_precision"] >= 58, summary


def test_the_twenty_fifth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 25 (a twenty-fifth writer: chat shorthand - b4, wks, yrs, rn, idk, emoji, run
    together; first run at d3ef821: right topic 88.3%, off-topic declined 95.0%, false
    emergencies 6.0% with one off-topic, findings 50.0 / 49.2%). All chat. Not in the topic
    head's nor the emergency net's training. Since: "lost my voice after the gig" (hoarse),
    "is a tingly foot ever a stroke sign", "yrs" and "a yr", feet "purply n cold most days",
    and a story that types the feeling beside a leg ("tingly toes") is on the subject however
    far its sentence embedding. Left: a diabetic mother's soles numb "both sides now" and a
    nan of 90 who "cant feel her toes much anymore", read by the emergency net."""
    kept = json.loads((DATA / "written_topics25_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (88.3, 95.0)
    summary = _kept_topic_set("written_topics25")
    assert summary["false_emergencies"] <= 2.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 93 and summary["off_topic_declined"] >= 97, summary
    assert summary["findings_recall"] >= 50 and summary["findings_precision"] >= 52, summary


def test_set_46_replies_in_a_conversation() -> None:
    """Set 46 (a thirty-fifth writer: replies typed after the bot has said something - "yes
    sudden. ... my right leg just went from under me, no pins and needles first", "Aye baith
    legs. They're that numb an heavy the now ah cannae get aff the cludgie masel"). First run at
    d3ef821, the twentieth session's start: 29 of 30 found (the rules alone 26), no look-alike
    alarmed. A fix made before it was read, the decline of a message that denies pins and
    needles, hid its first message from the emergency net; that decline now comes after the
    net. Mended since: the Scots reply (legs numb and heavy that will not lift the person off
    the toilet). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes46", first=(29, 0), rules_alone=(26, 0), floor=(30, 0)
    )


def test_set_47_asking_the_bot_for_something_else() -> None:
    """Set 47 (a thirty-sixth writer: asking about reminders, stretches, the diary or time zones
    with an emergency told in passing - "Show us a stretch for shins? Took a boot in rugby this
    afternoon and my lower leg's rock hard" - and look-alikes). First run at d3ef821: 29 of 30
    found (the rules alone 27), 2 of 30 look-alikes alarmed. Mended since: the rugby leg "rock
    hard" (missed; "leg's" reads as "legs"), "Is the diary private?" (not the privates). Left:
    "What if I'm on the toilet and can't feel my bottom ... Not happening, just checking" (a
    supposition reaching to its sentence's end hid real emergencies before). Kept out of the
    emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes47", first=(29, 2), rules_alone=(27, 2), floor=(30, 1)
    )


def test_the_twenty_sixth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 26 (a twenty-sixth writer: sport and exercise - runners, cyclists, swimmers,
    climbers, dancers - and off-topic sport troubles with no tingling; first run at d3ef821:
    right topic 81.7%, off-topic declined 67.5%, false emergencies 3.0% with one off-topic,
    findings 53.7 / 37.7%). Not in the topic head's nor the emergency net's training. Since: a
    sea swim's purple toes, toes that "turn red when I warm up indoors" (Raynaud's), a
    cyclist's numb fingers with "My feet were fine the whole ride". Left: cramps, a rolled
    ankle, plantar fasciitis and a black toenail answered."""
    kept = json.loads((DATA / "written_topics26_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (81.7, 67.5)
    summary = _kept_topic_set("written_topics26")
    assert summary["false_emergencies"] == 0.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["right_topic"] >= 85 and summary["off_topic_declined"] >= 75, summary
    # (precision floor 40 -> 39 in the twenty-seventh session: the findings head retrained on
    # that session's rules reads "persistent" in "started statins last month n now my legs
    # tingle on my mornin walks")
    assert summary["findings_recall"] >= 53 and summary["findings_precision"] >= 39, summary


def test_set_48_pregnancy_labour_and_after_a_birth() -> None:
    """Set 48 (a thirty-seventh writer: pregnancy, labour and the weeks after a birth - "22 wks.
    whacked my shin really hard on the corner of the coffee table earlier. now the front of my
    leg is swollen tight and shiny ..."). First run at 2cb85e8, the twenty-first session's
    start: 29 of 30 found (the rules alone 27), 3 of 30 look-alikes alarmed. Mended since: the
    shin (compartment signs: "hurts like nothing else even when i keep it still"), legs numb
    "with the epidural in" that the anaesthetist expects, a father-to-be's feet numb "when I
    kneel". Left: "is it normal to be numb down below after birth? just trying to prep myself,
    nothing happening now". Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes48", first=(29, 3), rules_alone=(27, 3), floor=(30, 1)
    )


def test_set_49_hospitals_operations_and_casts() -> None:
    """Set 49 (a thirty-eighth writer: just home from surgery, in a cast, on a ward, after a
    spinal injection; look-alikes told with the numbness "wearing off nicely", the redness
    "going down now", "separate thing, my feet tingle"). First run at 2cb85e8: 29 of 30 found
    (the rules alone 28), 9 of 30 look-alikes alarmed. Mended since: legs going numb "from the
    feet up a bit higher each day" (missed), a spinal anaesthetic or nerve block wearing off, a
    spinal injection's tingling "loads better", a head bump set apart as a "separate thing",
    leaking expected after a prostate operation, toes "warm and pink" under a dressing, a cast's
    tingling "I had before the cast", an ankle long out of plaster that tingles in the cold, an
    infection under treatment. Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes49", first=(29, 9), rules_alone=(28, 9), floor=(30, 0)
    )


def test_set_50_older_writers() -> None:
    """Set 50 (a thirty-ninth writer: people in their seventies to nineties - "my ticker is going
    like the clappers", "had a funny turn, came round on the path, dont know how long i was
    out", letters that start "Dear Sir", ALL CAPS). First run at 2cb85e8: 28 of 30 found (the
    rules alone 27), 4 of 30 look-alikes alarmed. Mended since: the ticker and the funny turn
    (both missed), a foot white in the sea at Skegness that "came back pink", a spinal
    injection "in 2016", a heart racing at the football that "calmed down straight away", an
    infected cut whose redness "is already going down". Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes50", first=(28, 4), rules_alone=(27, 4), floor=(29, 0)
    )


def test_the_twenty_seventh_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 27 (a twenty-seventh writer: pregnancy and the months after a birth - meralgia
    from the bump, sciatica, swelling, vitamins, an epidural's numb patch; two emergencies;
    first run at 2cb85e8: right topic 62.1%, off-topic declined 87.5%, false emergencies 5.1%,
    findings 64.7 / 41.8%). Not in the topic head's nor the emergency net's training. Since:
    an epidural "4 months ago" and one "5 yrs ago", B6 tingling that "crept up slowly over the
    last month", anxiety's pins and needles in feet and hands that go "once I calm down". Left:
    a foot "completely dead for a minute lol" after feeding cross-legged (a stroke rule)."""
    _topic_set_holds(
        "written_topics27",
        first={"right_topic": 62.1, "off_topic_declined": 87.5},
        false_emergencies=1.0,
        floor=(69, 87, 66, 45),
    )


def test_the_twenty_eighth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 28 (a twenty-eighth writer: night-time and sleep - a dead leg on waking, a
    lorry driver's bunk, sofa naps, burning feet at night; two emergencies; first run at
    2cb85e8: right topic 70.7%, off-topic declined 87.5%, false emergencies 5.1% with one
    off-topic, findings 67.1 / 65.4%). Not in the topic head's nor the emergency net's
    training. Since: "my right leg numb from the hip down" (one leg, not both), a leg hanging
    over the sofa's arm in a nap, "a rock hard mattress", a night cramp's calf "rock hard".
    Left: a foot "floppy" after a night in an armchair with legs crossed (a stroke rule)."""
    _topic_set_holds(
        "written_topics28",
        first={"right_topic": 70.7, "off_topic_declined": 87.5},
        false_emergencies=1.0,
        floor=(74, 87, 68, 70),
    )


def test_the_twenty_ninth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 29 (a twenty-ninth writer: older age - is it my age, my tablets, my sugar, my
    circulation, falls, B12; two emergencies; first run at 2cb85e8: right topic 72.4%,
    off-topic declined 85.0%, false emergencies 1.0% with one off-topic, findings 67.7 /
    56.4%). Not in the topic head's nor the emergency net's training. Since: a shingles rash on
    the chest (not chest pain)."""
    _topic_set_holds(
        "written_topics29",
        first={"right_topic": 72.4, "off_topic_declined": 85.0},
        false_emergencies=0.0,
        floor=(72, 87, 67, 57),
    )


def test_set_51_english_as_written_around_the_world() -> None:
    """Set 51 (a fortieth writer: Indian English, Hinglish, Nigerian and Ghanaian English and
    Pidgin, Filipino English and Taglish, Jamaican Patois, Singlish, South African English,
    learners' English - "meri mummy ka left pair achanak se sunn ho gaya 1 ghante pehle", "Mi
    lef foot tun cole cole an it look blue"). First run at 2cb85e8: 23 of 30 found (the rules
    alone 20), 7 of 30 look-alikes alarmed - the weakest first run of any written set. Mended
    since: the commonest words of a sign in Hinglish, Tagalog and Patois read as their English
    (all seven missed), "Koi back pain nahi hai", "ano po ba signs ng stroke?", "what will
    happen if", "Mi nah have nuh chest pain", a stroke "last year" that left a numb foot. Left:
    a Pidgin "My broda talk say if leg cold and blue na danger". Kept out of the emergency
    net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes51", first=(23, 7), rules_alone=(20, 7), floor=(30, 1)
    )


def test_set_52_drink_drugs_and_the_morning_after() -> None:
    """Set 52 (a forty-first writer: nights out, festivals and the morning after - "fell down
    the stairs coming out the club and smacked the back of my head, now both feet are
    tingly"). First run at 2cb85e8: 29 of 30 found (the rules alone 28), 5 of 30 look-alikes
    alarmed. Mended since: the back of the head (missed), "wet myself when i was blackout
    drunk", a floppy foot "loads better already", legs that gave way after "12 hours dancing",
    "totally normal since". Left: energy drinks' racing heart that "settled within the hour",
    a mate's "droopy stroke face" pulled as a joke. Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes52", first=(29, 5), rules_alone=(28, 5), floor=(30, 2)
    )


def test_set_53_at_work() -> None:
    """Set 53 (a forty-second writer: builders, farmers, warehouse staff, nurses on a shift -
    "pallet truck rolled over my foot this afternoon. kept my steelie on ... toes numb and
    white"). First run at 2cb85e8: 29 of 30 found (the rules alone 29), 3 of 30 look-alikes
    alarmed. Mended since: the pallet truck (missed), a coworker "slurry" just back from the
    dentist, a grandad who "lost toes to an infected foot". Left: a head banged on a barn beam
    "more times than I can count over the years". Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes53", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_the_thirtieth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 30 (a thirtieth writer: diet, alcohol, smoking and weight - vegans, fasting,
    weight-loss surgery, energy drinks; two emergencies; first run at 2cb85e8: right topic
    69.0%, off-topic declined 75.0%, false emergencies 6.1%, findings 69.0 / 53.3%). Not in the
    topic head's nor the emergency net's training. Since: habits told in the present while
    nothing says now - toes that "go numb and white as soon as its cold out", a foot that "goes
    numb n cold" on the walk to the shop, feet and hands that "go fizzy" after strong coffee or
    "go tingly" on a fast, both legs that "go dead" on the loo. Left: a foot drop after passing
    out drunk with a leg over the chair's arm, "only a little bit better" on Monday."""
    _topic_set_holds(
        "written_topics30",
        first={"right_topic": 69.0, "off_topic_declined": 75.0},
        false_emergencies=1.0,
        floor=(77, 75, 69, 56),
    )


def test_the_thirty_first_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 31 (a thirty-first writer: English around the world, on-subject and off;
    two emergencies; first run at 2cb85e8: 1 of 2 emergencies, right topic 74.1%, off-topic
    declined 82.5%, false emergencies 1.0%, findings 46.8 / 53.6%). Not in the topic head's nor
    the emergency net's training. Since: "since I born my baby 3 days ago by CS with injection
    for my back, my two legs dey tingle and feel weak small" (missed: an epidural, both legs),
    a market trader's legs that tingle "after standing long". Right topic 75.9% -> 74.1% in
    the twenty-fifth #9 session (more medicines and their phrases in the medicines FAQ moved
    "Abeg wetin dey cause leg to dey tingle ..." to the home remedies), 72.4% in the
    forty-second (a B12 question in Hinglish that names no leg is declined: `background` in
    findings.toml)."""
    _topic_set_holds(
        "written_topics31",
        first={"emergency_recall": 50.0, "right_topic": 74.1},
        false_emergencies=0.0,
        floor=(72, 82, 48, 55),
    )


def test_the_thirty_second_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 32 (a thirty-second writer: travel and holidays - flights, coaches, skiing,
    hiking, hot countries; two emergencies; first run at 2cb85e8: right topic 72.4%, off-topic
    declined 80.0%, false emergencies 5.1% with one off-topic, findings 66.7 / 50.0%). Not in
    the topic head's nor the emergency net's training. Since: a face that "goes numb in the
    wind on the slopes". Left: a father's calf cramp uphill with a cold tingly foot (told in
    another sentence than the habit), a sleeper bus's foot drop "mostly back now", a nan's
    swollen ankles and numb feet after a coach holiday (the net), a skier's toes "still numb"
    four days after they went white."""
    _topic_set_holds(
        "written_topics32",
        first={"right_topic": 72.4, "off_topic_declined": 80.0},
        false_emergencies=4.1,
        floor=(72, 82, 66, 50),
    )


def test_set_54_very_plain_words() -> None:
    """Set 54 (a forty-third writer: very plain words - people with a learning disability, low
    literacy, or frightened, and carers in Easy Read - "my heart is going bang bang bang very
    fast and it wont stop", "nan went all floppy and fell on the kitchen floor. she was not
    awake for a bit"). First run at 2cb85e8: 28 of 30 found (the rules alone 26), 4 of 30
    look-alikes alarmed. Mended since: both misses, a foot "blue" from sock dye, toes that
    "just tingle when it is cold", a head bump "last christmas". Left: a grandad's stroke "a
    long time ago. his face went wonky." beside the writer's tingly foot now. Kept out of the
    emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes54", first=(28, 4), rules_alone=(26, 4), floor=(30, 1)
    )


def test_set_55_emoji_and_text_speak() -> None:
    """Set 55 (a forty-fourth writer: young adults' emoji and text-speak - "ngl my right leg looks
    kinda blue 💙 from the knee down rn and its freezing to touch, pain is insane"; slang that is
    only slang - "my back is literally broken 💀"). First run at 2cb85e8: 29 of 30 found (the
    rules alone 28), 11 of 30 look-alikes alarmed - the most of any written set. Mended since:
    the blue leg (missed), a face that droops "in that pic", a shy bladder, legs like jelly
    after a 10k, jeans dye, a lumbar puncture at 12 "all good now", a toe "infected lookin ...
    jk", an aunt's cancer "does cancer run in families", contact lenses, the "literally
    broken" back. Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes55", first=(29, 11), rules_alone=(28, 11), floor=(30, 0)
    )


def test_set_56_dialects_of_the_british_isles_and_ireland() -> None:
    """Set 56 (a forty-fifth writer: Geordie, Scouse, Brummie, Yorkshire, West Country, London,
    Welsh and Irish English, Scots and Doric - "came over all faint in the kitchen just now
    ... like a weight on my chest", "Took a proper whack on the head at football Saturday",
    "a sair on his big tae that's turnin black roon the edges an the hale fit's het an
    swallen"). First run at 2cb85e8: 27 of 30 found (the rules alone 26), 10 of 30 look-alikes
    alarmed. Mended since: all three misses, "leg went dead on the bog", "I'm after falling
    asleep ... It's coming back now, all fizzy", an epidural in 2019 with "never had any
    bother after", a GP who "asked if I'd had any trouble weein", a chemist who "said if both
    legs go weak", a leak "when I sneeze", "the dye off me new socks", the lads "bangin on aboot
    compartment syndrome". Left: "me da had a stroke back in 2012, face went aal droopy then".
    Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes56", first=(27, 10), rules_alone=(26, 10), floor=(30, 1)
    )


def test_the_thirty_third_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 33 (a thirty-third writer: very plain words, Easy Read - "my feet feel fizzy when
    I sit a long time. why"; two emergencies; first run at 2cb85e8: right topic 89.7%, off-topic
    declined 77.5%, false emergencies 1.0%, findings 62.3 / 61.3%). Not in the topic head's nor
    the emergency net's training. Findings precision 62.3 -> 61.3% with the findings head
    retrained in the thirty-fifth session (one finding more read)."""
    _topic_set_holds(
        "written_topics33",
        first={"right_topic": 89.7, "off_topic_declined": 77.5},
        false_emergencies=0.0,
        floor=(91, 77, 62, 61),
    )


def test_the_thirty_fourth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 34 (a thirty-fourth writer: emoji and text-speak - "my foot has left the chat
    🦶💀"; two emergencies; first run at 2cb85e8: right topic 87.9%, off-topic declined 80.0%,
    false emergencies 4.1% with one off-topic, findings 63.4 / 66.2%). Not in the topic
    head's nor the emergency net's training. Since: legs "so sore after leg day", lips and feet
    that tingle "when i get panicky", a right leg "fully numb from the butt down" in a lecture
    hall (one leg). Left: balance "off on and off" for months, "like i feel drunk when im
    sober" (multiple sclerosis's signs to its writer). Findings recall 63 -> 62 in the fortieth
    session: "leg went to sleep on the toilet ... NOT waking up lol 🦵😴 been like 5 min" (a
    face between words now ends its clause) no longer reads as `position_related`."""
    _topic_set_holds(
        "written_topics34",
        first={"right_topic": 87.9, "off_topic_declined": 80.0},
        false_emergencies=1.0,
        floor=(91, 82, 62, 69),
    )


def test_set_57_numbers_and_readings() -> None:
    """Set 57 (a forty-sixth writer: what a watch, a meter or a home kit says - "BP 192/108",
    "sats 89%", "BM 21", "8/10" - beside the signs or on their own). First run at 2cb85e8: 30
    of 30 found (the rules alone 29), 5 of 30 look-alikes alarmed. Mended since: a spinal
    injection "in 2021 and it worked great. 3 years on", tingling hands and feet and a pounding
    heart after coffee and an argument that "all settled" with "the 4-7-8 breathing thing",
    feet numb "in a sock pattern" over years, a husband's low sugar treated with Lucozade, legs
    "dead heavy" after a marathon "getting better every day". Kept out of the emergency net's
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes57", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_set_58_outdoors_and_sport() -> None:
    """Set 58 (a forty-seventh writer: hiking, climbing, skiing, cycling, football and rugby,
    riding, diving, the gym - "rolled my ankle on the descent, strapped it really tight and kept
    my boot laced up hard for the 6km walk out. now in the car, toes numb and throbbing and it
    hurts way more than when i did it"). First run at 2cb85e8: 29 of 30 found (the rules alone
    26), 6 of 30 look-alikes alarmed. Mended since: the strapped ankle (missed), a cyclist's
    and a rider's numb seat on "long rides" and "long hacks", a heart racing after sprint
    intervals, legs "completely dead after leg day", a face numb "from the wind on the
    chairlift", burpees' gasping. Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes58", first=(29, 6), rules_alone=(26, 6), floor=(30, 0)
    )


def test_the_thirty_fifth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 35 (a thirty-fifth writer: where exactly it is - the outer thigh, the top or
    ball of the foot, between two toes, one buttock, a coin-sized patch; two emergencies; first
    run at 2cb85e8: right topic 72.4%, off-topic declined 85.0%, false emergencies 2.0%,
    findings 58.2 / 63.9%). Not in the topic head's nor the emergency net's training. Since: a
    heel "numb on the bottom" (the underside, not the bottom), a boy's shin and foot that "go
    numb during matches" with shin pads taped tight. Findings precision 66 -> 65% in the
    twenty-fifth #9 session (the retrained findings head: a pregnant writer's sciatica also
    read as lasting)."""
    _topic_set_holds(
        "written_topics35",
        first={"right_topic": 72.4, "off_topic_declined": 85.0},
        false_emergencies=0.0,
        floor=(74, 85, 58, 65),
    )


def test_the_thirty_sixth_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 36 (a thirty-sixth writer: several troubles in one message - a bad back, a
    tingling foot, poor sleep, a new tablet; two emergencies; first run at 2cb85e8: right topic
    69.0%, off-topic declined 70.0%, false emergencies 6.1% with two off-topic, findings 56.0 /
    47.2%). Not in the topic head's nor the emergency net's training. Since: "hay fever" (not a
    fever beside a heel), a tooth abscess, chemotherapy's mouth ulcers and nails "going funny".
    Left: a calf swollen and warm after a 12-hour flight with the foot tingling, read by the
    emergency net as a cold leg. Findings recall 56 -> 54.7% in the twenty-fifth #9 session:
    "Diabetic for 12 years. My feet are fine, ... the new tablet" is now declined (the legs
    ruled out, `legs_ruled_out`), and a declined message states no finding of the legs."""
    _topic_set_holds(
        "written_topics36",
        first={"right_topic": 69.0, "off_topic_declined": 70.0},
        false_emergencies=1.0,
        floor=(72, 80, 54, 50),
    )


def test_set_59_relayed_and_remote() -> None:
    """Set 59 (a forty-eighth writer: what a relative said on the phone, by text or on a video
    call from far away - "my brother texted 'legs tingling again n now chest feels like
    someone sat on it, sweating buckets'. ... now hes not picking up"). First run at 2cb85e8:
    29 of 30 found (the rules alone 27), 8 of 30 look-alikes alarmed; this session's reader
    before its fixes alarmed 10, two of them ("he says no chest pain", "He says no bladder or
    bowel problems") from its own rewrite of an answer ("I said no"), since read only before a
    new clause. Mended since: the brother's chest (missed), "how would i even tell if she was
    having a stroke over the phone?", a hike's jelly legs, a gran's cast "in the 80s", a crash
    "at 20", a "voice note", a heart racing at a spider, "fine a minute later", legs "giving
    out" that mean slowing down. Left: a mate's "cant feel my legs" beside a jug of sangria.
    Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes59", first=(29, 8), rules_alone=(27, 8), floor=(30, 1)
    )


def test_set_60_medicines() -> None:
    """Set 60 (a forty-ninth writer: blood thinners, steroids, chemotherapy, the pill and HRT,
    statins, insulin beside what is happening - "on the pill (yasmin). left leg has been achy
    and puffy for a few days. just coughed and there was bright red blood in the tissue").
    First run at 2cb85e8: 28 of 30 found (the rules alone 27), 2 of 30 look-alikes alarmed.
    Mended since: the coughed blood and a chemo patient's "crack on my heel ... red and hot
    right up to my ankle and I'm shaking with cold" (both missed). Left: an infected toe on
    flucloxacillin whose redness "has gone right down", "just feels a bit tingly now" (the
    now after the ending). Kept out of the emergency net's training."""
    _kept_out_of_the_net_and_scores(
        "written_probes60", first=(28, 2), rules_alone=(27, 2), floor=(30, 1)
    )


def test_the_thirty_seventh_written_topic_set_is_kept_and_scores_its_floors() -> None:
    """Topic set 37 (a thirty-seventh writer: how it has changed over time - "it started in one
    toe two years ago and now it's both feet"; two emergencies, whose labels its writer had put
    one row apart and which were swapped back, as its notes say, before the first run was
    kept; first run at 2cb85e8: right topic 72.4%, off-topic declined 97.5%, false emergencies
    2.0%, findings 60.2 / 64.1%). Not in the topic head's nor the emergency net's training.
    Nothing mended: its two false emergencies are a diabetic's numbness that spread to the
    ankles over two years (the emergency net) and a run of MS-like episodes "(gone)"."""
    _topic_set_holds(
        "written_topics37",
        first={"right_topic": 72.4, "off_topic_declined": 97.5},
        false_emergencies=2.0,
        floor=(72, 97, 60, 64),
    )


# The twenty-second #9 session's sets: each run once at its start reader (575e07d) before any
# fix, kept out of the emergency net's and the heads' training (README).


def test_set_61_quoted_lists_and_leaflets() -> None:
    """Set 61 (a fiftieth writer: what a leaflet, a web page, NHS 111 or a symptom checker
    lists, then which of it the writer has - "NHS site says go to A&E if: face drooping, arm
    weak ... None of that."). First run at 575e07d: 29 of 30 found (the rules alone 29), 23 of
    30 look-alikes alarmed, the most of any written set: the reader read every quoted list as
    the writer's own. Mended since: lists denied whole, advice quoted in the writer's sentence
    ("sheet said come back if toes go numb in the cast"), a form's fields (`bot/ask/quotes.py`);
    the "NHS page says go to A&E if you can't walk ... Both legs weak and numb ... lol" (missed).
    Left: worries over a quoted term ("what does 'cold pale leg' actually mean"), past or
    explained stories beside a quoted warning, and a fridge list followed by "I've got one too
    now" (an affirmation after a quote keeps it, since set 73)."""
    _kept_out_of_the_net_and_scores(
        "written_probes61", first=(29, 23), rules_alone=(29, 23), floor=(30, 16)
    )


def test_set_62_travel_and_abroad() -> None:
    """Set 62 (a fifty-first writer: planes, coaches, cruises, ski and beach holidays, 112, 911
    and 000). First run at 575e07d: 29 of 30 found, 5 of 30 alarmed. Mended since: "took a boot
    to the shin playing footy ... whole lower leg is rock hard" (missed), "somewhere I can't
    speak the language", "I know weakness in both legs is a red flag so not that". Left:
    aircon-cold feet on a ship, an epidural eight years ago, a sea sting's red line."""
    _kept_out_of_the_net_and_scores(
        "written_probes62", first=(29, 5), rules_alone=(29, 5), floor=(30, 3)
    )


def test_set_63_comparisons_and_figures_of_speech() -> None:
    """Set 63 (a fifty-second writer: signs told only through comparisons - "like a tap someone
    forgot to turn on", "wrapped in bubble wrap", "like somebody else's legs"). First run at
    575e07d: 25 of 30 found (the rules alone 20), 4 of 30 alarmed. Mended since: all five misses
    (a faint "like a telly switching off ... came round a minute later", a bladder that will not
    start, two cancers' backs with legs "like somebody else's", a wee "like a dripping tap, cant
    get it going"), "white as a sheet when i saw the vet bill". Left: a penalty shootout's racing
    heart "last night haha", a dentist's jab, an epidural's old numb patch."""
    _kept_out_of_the_net_and_scores(
        "written_probes63", first=(25, 4), rules_alone=(20, 4), floor=(30, 3)
    )


def test_set_64_structured_messages() -> None:
    """Set 64 (a fifty-third writer: forms, lists and dated lines - "Bladder/bowel problems: N/A",
    "PMH: bowel cancer 2012", "10:45 lip + half my face numb"). First run at 575e07d: 28 of 30
    found, 15 of 30 alarmed. Mended since: fields filled in "none", "no", "N/A" and lines after
    "PMH:" or "Past:" (`bot/ask/quotes.py`), "Colour of foot: bluey grey ... cold as anything"
    and "took a knee to the head in a ruck" (both missed). Left: dated diary lines whose
    emergency has since been treated ("Mon: foot suddenly cold + white, A&E, clot removed")."""
    _kept_out_of_the_net_and_scores(
        "written_probes64", first=(28, 15), rules_alone=(28, 15), floor=(30, 9)
    )


def test_set_65_medical_jargon() -> None:
    """Set 65 (a fifty-fourth writer: nurses, paramedics, physios and students - "FAST +ve",
    "Palps, HR 160ish", "R foot", "#tib/fib in a backslab"). First run at 575e07d: 27 of 30
    found, 8 of 30 alarmed. Mended since: "R"/"L" for a side, "palps", a backslab's pain "off the
    scale despite oramorph", revision questions and "had a pt", and a med student's flatmate
    "suddenly confused ... word finding difficulty" (someone the writer is with, `companions`,
    told as now beside a word of study). Left: "GBS +ve" in pregnancy, a hernia repair's
    retention, leg day's DOMS "since yesterday"."""
    _kept_out_of_the_net_and_scores(
        "written_probes65", first=(27, 8), rules_alone=(27, 8), floor=(30, 4)
    )


def test_set_66_weather_and_seasons() -> None:
    """Set 66 (a fifty-fifth writer: ice, snow, heatwaves, festivals, winter swims). First run
    at 575e07d: 29 of 30 found, 5 of 30 alarmed. Mended since: a sunburn blister "gone yellow and
    gooey" with redness creeping up the shin and a temperature (missed). Left: chilblains
    "purpley red", a faint twenty years ago, a toe white then red after a swim, jelly legs after
    a walk in the heat, ski boots done up too tight."""
    _kept_out_of_the_net_and_scores(
        "written_probes66", first=(29, 5), rules_alone=(28, 5), floor=(30, 5)
    )


def test_set_67_a_disability_as_the_baseline() -> None:
    """Set 67 (a fifty-sixth writer: wheelchair users, amputees, an old stroke's weak side, MS,
    spina bifida - something new on top). First run at 575e07d: 27 of 30 found (the rules alone
    23), 5 of 30 alarmed. Mended since: "cant take a step without both knees going", a calf
    "tight like a drum", an ache "between my shoulder blades" in a bone-cancer survivor (all
    missed), "weak since my stroke in 2015". Left: CP feet purple in the cold, an MS relapse
    last spring, an epidural's numb spot, an AFO strapped too tight."""
    _kept_out_of_the_net_and_scores(
        "written_probes67", first=(27, 5), rules_alone=(23, 5), floor=(30, 4)
    )


def test_set_68_english_as_a_second_language() -> None:
    """Set 68 (a fifty-seventh writer: Polish, Romanian, Portuguese, Arabic, Urdu, Turkish,
    Chinese and Spanish speakers - "I am with a pain in the back between the shoulders"). First
    run at 575e07d: 29 of 30 found, 14 of 30 alarmed. Mended since: that pain "like a knife,
    started 20 minutes ago" (missed), "she fall to one side ... see only half of TV", "arm is
    strong", "how I know is stroke". Left: past stories in plain words (a cousin's cauda equina,
    a grandfather's leg in 2005, a car accident in 2009), a panic attack "now is passed"."""
    _kept_out_of_the_net_and_scores(
        "written_probes68", first=(29, 14), rules_alone=(26, 14), floor=(30, 12)
    )


def test_set_69_young_adults_and_parents_of_teenagers() -> None:
    """Set 69 (a fifty-eighth writer: rugby, nitrous, energy drinks, deadlifts, festivals).
    First run at 575e07d: 29 of 30 found, 8 of 30 alarmed. Mended since: "drank 4 monsters ...
    revising for my a levels ... i just blacked out" (missed: revising is a `for_work` word, and
    "just blacked out" now says now). Left: jokes and past scares told in the same words."""
    _kept_out_of_the_net_and_scores(
        "written_probes69", first=(29, 8), rules_alone=(28, 8), floor=(30, 8)
    )


def test_set_70_diets_fasting_and_supplements() -> None:
    """Set 70 (a fifty-ninth writer: keto, Ramadan, juice cleanses, weight-loss injections).
    First run at 575e07d: 30 of 30 found (the rules alone 28), 3 of 30 alarmed. Nothing mended:
    its three are left (tingling that went after breaking the fast "yesterday", a question
    about a water fast, wine's slurring "by 10pm" and "this morning talking fine")."""
    _kept_out_of_the_net_and_scores(
        "written_probes70", first=(30, 3), rules_alone=(28, 3), floor=(30, 3)
    )


def test_set_71_animals() -> None:
    """Set 71 (a sixtieth writer: dog walkers, riders, farmers, bites, kicks and ticks). First
    run at 575e07d: 29 of 30 found, 5 of 30 alarmed. Mended since: a foot that "started slapping
    the ground ... came on about 20 mins ago out of nowhere" (missed), and "the dog slept on my
    legs all night" (alarmed by this session's own change, which took "lol" out of a rule's
    exceptions). Left: a pet's own illness told in human words, a faint at the vet's."""
    _kept_out_of_the_net_and_scores(
        "written_probes71", first=(29, 5), rules_alone=(26, 5), floor=(30, 5)
    )


def test_set_72_recurrences() -> None:
    """Set 72 (a sixty-first writer: "same as my last sciatica flare", "like my TIA"). First run
    at 575e07d: 28 of 30 found, 9 of 30 alarmed. Mended since: a fall from a ladder "so I'm
    guessing it's nothing new?" and an ingrown toenail "except now the whole top of my foot is
    red and swollen and i've got a temp of 39.2" (both missed). Left: earlier emergencies told
    beside a present question; one more alarm than the first run (a 2019 heart attack beside
    "next time that it's my heart", since "it's" tells the present)."""
    _kept_out_of_the_net_and_scores(
        "written_probes72", first=(28, 9), rules_alone=(25, 9), floor=(30, 10)
    )


def test_set_73_quoting_what_was_said() -> None:
    """Set 73 (a sixty-second writer: leaflets, checkers, letters and posters quoted, then "that's
    me", "I tick 1, 3 and 4" or "none of those"). Written to try this session's quoted lists
    blind: first run at 575e07d 27 of 30 found, 18 of 30 alarmed; at f87abab, the reader with the
    quoted lists, 27 and 16 - the mechanism tuned on set 61 took only two. Mended since: a list
    asked item by item ("chest pain? short of breath? coughing blood? ... No to everything"), a
    verb further from its source ("Leaflet for my new blood pressure tablet says"), "red flags"
    as a list, "a sort of bluey grey", "I loosened it an hour ago and they're still numb and
    pale", "started in my toes Weds and now my hands are clumsy" (the three misses). Left: a
    quoted word asked about, a friend's list "none of those. just the usual sciatica" (read as a
    hedge), answers mixed with yes."""
    _kept_out_of_the_net_and_scores(
        "written_probes73", first=(27, 18), rules_alone=(27, 18), floor=(30, 14)
    )


def test_set_74_forms_and_checklists() -> None:
    """Set 74 (a sixty-third writer: "Saddle numbness - N", ticks and crosses, dated lines).
    Written to try this session's form fields blind: first run at 575e07d 30 of 30 found, 13 of
    30 alarmed; at f87abab 30 and 11. Mended since: "N" as an answer, a cross as "no" and a tick
    as the end of an item (`bot/ask/normalize.py`); the one emergency the crosses first hid,
    "pee - ✓ havent been able to go since lunch even tho I'm bursting", is read (it had been
    found at first only through "numb between legs ✗", an item answered no). Left: items
    answered "normal", "no change" or with a sentence, dated lines that settled."""
    _kept_out_of_the_net_and_scores(
        "written_probes74", first=(30, 13), rules_alone=(30, 13), floor=(30, 8)
    )


def test_set_75_at_work_or_study() -> None:
    """Set 75 (a sixty-fourth writer: nurses, teachers, students, novelists, first-aid
    instructors - the sign now to them or someone with them, or only in their work). Written to
    try this session's companions blind: first run at 575e07d 29 of 30 found, 9 of 30 alarmed;
    at f87abab the same. Left: a first-aid candidate's bandage left on through lunch, "His toes
    are white and tingly" (a course is work, and a candidate is no `companions` word), and
    exam questions and novels told with present-tense signs."""
    _kept_out_of_the_net_and_scores(
        "written_probes75", first=(29, 9), rules_alone=(27, 9), floor=(29, 8)
    )


def test_set_76_admin_around_symptoms() -> None:
    """Set 76 (a sixty-fifth writer: sick notes, DVLA forms, insurance and injury claims, a
    landlord's broken stairs). First run at 575e07d 30 of 30 found (the rules alone 29), 8 of 30
    alarmed; at dff4495, the session's last reader before it, the same. Mended since: a form's
    question answered by a sentence that is only "No." (not a list whose last item alone it
    answers), "no to both", "I haven't", and "form", "screening", "application" and "question"
    as sources. Left: a whiplash claim's past pins and needles, a father's cauda equina on his
    attendance allowance form, panic attacks told for the record."""
    _kept_out_of_the_net_and_scores(
        "written_probes76", first=(30, 8), rules_alone=(29, 8), floor=(30, 5)
    )


def test_set_77_stories_with_times_in_them() -> None:
    """Set 77 (a sixty-sixth writer: earlier today, yesterday arvo, a fortnight ago, back in
    March, mixed with now). First run at 774b32d 29 of 30 found (the rules alone 29), 6 of 30
    alarmed. Mended since: a bed wet "last night without waking up" and inner thighs that "feel
    like they belong to someone else" beside an old disc, a foot that went white in the lido and
    "came back in about ten minutes". Left: a stroke treated on Tuesday, a son's rugby knock
    checked, a cast re-done by the fracture clinic, a panic attack with a normal ECG, "when
    should I actually go to A&E with numb feet?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes77", first=(29, 6), rules_alone=(29, 6), floor=(30, 5)
    )


def test_set_78_text_speak_dictation_and_second_language() -> None:
    """Set 78 (a sixty-seventh writer: no punctuation, "u r rn ngl", "sugar disease"). First run
    at 774b32d 28 of 30 found (the rules alone 27), 7 of 30 alarmed. Mended since: sciatica
    that "go down in two leg, left and right", an "injection in the back for pain (steroid) two
    days ago" with a dragging foot, a dentist who "say normal", a mate "slurrin" after "10
    shots", tingling "slowly creepin up" for months. Left: a hypothetical chest pain, legs weak
    after leg day, a numb leg after a night on the bathroom floor, and "Doctor ask me if problem
    with pee or numb between legs, I say no" (a rewrite that read a question answered no as a
    denial lost set 81's "they asked if the redness ... was spreading and i said no ... its gone
    way past the line now", and was taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes78", first=(28, 7), rules_alone=(27, 7), floor=(30, 4)
    )


def test_set_79_someone_else_now_or_then() -> None:
    """Set 79 (a sixty-eighth writer: carers, partners, neighbours, colleagues, a care home;
    television and novels). First run at 774b32d 29 of 30 found (the rules alone 26), 11 of 30
    alarmed. Mended since: a neighbour who "stood on a nail", his foot "swollen like a balloon"
    and "burning up" (a fever), a husband in ICU with Guillain-Barre on "the immunoglobulin drip", a
    neighbour given "the clot-busting drug", a colleague's faint put down to "low sugar", a
    brother's chest pain that "turned out to be a panic attack", a father's 2018 fall "old
    news". Left: Casualty's cold blue leg, a "general q" about cauda equina, a novel's tight
    cast, a healed ulcer last winter, a mother on the ward after her cauda equina operation, a
    mate's split cast two months ago."""
    _kept_out_of_the_net_and_scores(
        "written_probes79", first=(29, 11), rules_alone=(26, 11), floor=(30, 6)
    )


def test_set_80_long_messages_with_the_sign_buried() -> None:
    """Set 80 (a sixty-ninth writer: 60 to 150 words, the sign among medicines, scans and
    family). First run at 774b32d 27 of 30 found (the rules alone 27), 7 of 30 alarmed. Mended
    since: a faint "next thing I'm on the floor ... Only out a few seconds", both legs numb "a
    lot worse than the usual" with trips, a foot ulcer with "the shakes" and "the thermometer
    said 39.1" (a wound with a temperature, however the wound is told), "an article about
    strokes", "scared myself about cauda equina", a runner's black toenail "on the right foot",
    rugby concussions "last one in 2012" beside tiling on the knees. Left: a mother's bowel
    cancer beside the writer's back ache, a dental jab's droop worn off, a hypothetical stroke
    question."""
    _kept_out_of_the_net_and_scores(
        "written_probes80", first=(27, 7), rules_alone=(27, 7), floor=(30, 3)
    )


def test_set_81_signs_in_lay_words() -> None:
    """Set 81 (a seventieth writer: a fever as "burning up" or a reading, a faint as "next thing
    I was on the floor", a bed wet, 111's questions and the answers; written to try this
    session's first mends blind). First run at 774b32d 29 of 30 found (the rules alone 26), 4
    of 30 alarmed; at b7f2e37, the reader with those mends, 28 (25) and 5: the mends lost "they
    asked if the redness round the ulcer on my foot was spreading and i said no ... its gone way
    past the line now" (the question answered no read as a denial; taken back) and alarmed a
    foot ulcer beside "the thermometer says 36.7". Mended since: the biro line gone past (a
    wound's redness spreading), a normal reading, "woke up and id wet the bed. im 44. back's
    been agony for days". Left: a nerve block's numb leg after a knee operation, toes white
    every winter, a near-faint in a hot shower, constipation on codeine."""
    _kept_out_of_the_net_and_scores(
        "written_probes81", first=(29, 4), rules_alone=(26, 4), floor=(30, 4)
    )


def test_set_82_diaries_told_in_the_past() -> None:
    """Set 82 (a seventy-first writer: blog and diary entries in the past tense; the emergency
    still going on at the end, or over). First run at 774b32d 30 of 30 found (the rules alone
    27), 12 of 30 alarmed, the same at b7f2e37. Mended since: a cold plunge pool's icy pale
    foot, cellulitis whose redness "is totally gone now". Left: ten stories told after the fact
    whose ending the reader does not take as an ending (a panic attack with "ECG and bloods all
    normal", an MRI "clean", GBS "discharged last week walking with a stick", a mother's stroke
    in June)."""
    _kept_out_of_the_net_and_scores(
        "written_probes82", first=(30, 12), rules_alone=(27, 12), floor=(30, 10)
    )


def test_set_83_an_explanation_offered() -> None:
    """Set 83 (a seventy-second writer: every message blames something - drink, the dentist,
    the gym, the cold, a new tablet). First run at 774b32d 30 of 30 found (the rules alone 28),
    5 of 30 alarmed, the same at b7f2e37 and now."""
    _kept_out_of_the_net_and_scores(
        "written_probes83", first=(30, 5), rules_alone=(28, 5), floor=(30, 5)
    )


def test_set_84_emergencies_read_about_or_in_the_family() -> None:
    """Set 84 (a seventy-third writer: an article, a programme, a friend's story, a late
    father's illness beside the writer's own symptoms). First run at 774b32d 30 of 30 found
    (the rules alone 30), 11 of 30 alarmed, the same at b7f2e37. Mended since: "Read about
    compartment syndrome in runners", "my late father had GBS", "an epidural with my son in
    2011". Left: a Facebook post's spinal tumour, a friend's husband's fall, a mate's black
    toe, a brother-in-law's spinal cancer, an oncologist's leaflet, a friend who fainted at the
    gym."""
    _kept_out_of_the_net_and_scores(
        "written_probes84", first=(30, 11), rules_alone=(30, 11), floor=(30, 8)
    )


def test_the_forty_eighth_and_forty_ninth_written_topic_sets_are_kept() -> None:
    """Topic sets 48 and 49 (two writers: older adults and carers; the border of the subject -
    unusual words for the feeling, other body parts, other leg troubles, figures of speech),
    each run once at 774b32d and at b7f2e37 with the same results: 48 right topic 79.3%,
    declined 92.5%, false emergencies 3.1%, findings 70.1 / 56.0%; 49 right topic 60.3%,
    declined 65.0%, false emergencies 2.0% (one off-topic), findings 34.8 / 54.5%. Mended
    since: "numb with shock", "tingling all over when she said yes", pins and needles "for
    quilting", legs "turned to jelly at the top of the rollercoaster", a knee that "is sore" (how
    it feels, not a wound)."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics48": ((79.3, 92.5), 3.1, (79, 92, 70, 56)),
        "written_topics49": ((60.3, 65.0), 0.0, (62, 75, 34, 58)),
    }
    _topic_sets_hold(sets)


def test_set_85_infections_temperatures_and_the_bladder_in_everyday_words() -> None:
    """Set 85 (a seventy-fourth writer, written to try the session's mends blind: wounds and
    lines drawn round redness, readings, an adult's bed wet beside a bad back). First run at
    774b32d 28 of 30 found (the rules alone 26), 6 of 30 alarmed; at d73a656, the reader with
    the session's mends, the same. Mended since: "a good 2 inches past the line towards my
    shin" (the pharmacist's biro line), "the bed was wet. I didn't even feel it happen".
    Left: a pint knocked into a lap ("Just wet myself"), flu with legs like lead, an uncle's
    cauda equina in the 90s, a shy bladder, cellulitis home from hospital, a father in pads."""
    _kept_out_of_the_net_and_scores(
        "written_probes85", first=(28, 6), rules_alone=(26, 6), floor=(30, 6)
    )


def test_set_86_how_an_episode_ends() -> None:
    """Set 86 (a seventy-fifth writer: endings that end it - discharged, scan clear, sorted - and
    endings that do not). First run at 774b32d 27 of 30 found (the rules alone 25), 10 of 30
    alarmed; at d73a656 27 (25), 9. Mended since: a TIA "resolved" and now a right leg that
    "feels like it belongs to someone else" with "veering into the doorframe", a sex life gone
    and numbness "between my legs, like I've been on a bike saddle all day" (a likeness), a GP's
    "vitamin thing" and then tingling "spread up to my hips" overnight, a cast "off Monday".
    Left: eight stories over (a panic attack's numb legs "this morning", a complex migraine
    after CT and MRI, a flu jab's weak legs, a UTI's weeing trouble)."""
    _kept_out_of_the_net_and_scores(
        "written_probes86", first=(27, 10), rules_alone=(25, 10), floor=(30, 8)
    )


def test_set_87_what_the_professionals_asked() -> None:
    """Set 87 (a seventy-sixth writer: 111, a GP, a pharmacist, a physio asked; what was said;
    what changed since). First run at 774b32d 28 of 30 found (the rules alone 27), 9 of 30
    alarmed; at d73a656 the same. Mended since: "like wiping through a rubber glove", an
    osteopath's "normal with a bulging disc" and then both legs "worse every day" with the
    pedals not felt, "they asked about face, arms, speech, all fine" (the checks, denied), "OOH
    doctor asked if I'd hit my head. I hadn't". Left: "chest pain or breathlessness, no and no",
    a 2019 fall with a clear MRI, "any numbness 'down there'. I don't.", IBS for 20 years, a leg
    dead over the edge of the bath, an infected toe cleared in January."""
    _kept_out_of_the_net_and_scores(
        "written_probes87", first=(28, 9), rules_alone=(27, 9), floor=(30, 6)
    )


def test_the_fiftieth_written_topic_set_is_kept() -> None:
    """Topic set 50 (a fiftieth writer: the feeling told without "tingling", "numb" or "pins and
    needles" - fizzy, static, ants, cotton wool, walking on cushions - and the same images for
    other things), run once at 774b32d and at d73a656 with the same results: right topic 72.4%,
    declined 60.0%, false emergencies 4.1% (one off-topic), findings 58.1 / 68.3%. Mended
    since: "walked barefoot on hot sand and burnt the soles of my feet, now got blisters" (the
    sand's heat, not a hot wound). Left: a calf that cramps and a foot that "goes dead and
    waxy" on walking and wears off after "stop for a minute" (claudication, read as a cold leg;
    the words of resting as an exception hid "My foot is ice cold and blue." told after two
    real stories, and were taken back)."""
    _topic_sets_hold({"written_topics50": ((72.4, 60.0), 3.1, (72, 60, 58, 68))})


def test_the_forty_sixth_and_forty_seventh_written_topic_sets_are_kept() -> None:
    """Topic sets 46 and 47 (two writers: medicines, vitamins, age and remedies; work, sport,
    travel, sleep and pregnancy; each two emergencies), each run once at 774b32d: 46 right
    topic 77.6%, declined 77.5%, false emergencies 2.0%, findings 54.3 / 48.7%; 47 right topic
    82.8%, declined 80.0%, false emergencies 2.0%, findings 70.3 / 65.2%; both found their
    emergencies. Mended since: medicines named ("simvastatin", "amlodipine", "pregabalin"),
    "what can i do right now, foot went dead sitting on the loo", an electric feeling down both
    legs when the chin drops to the chest (Lhermitte's, not sciatica). Set 46's findings
    recall 54 -> 52.9% in the twenty-fifth #9 session: "fingers tingling since chemo, feet are
    fine tho" is now declined (`legs_ruled_out`), and a declined message states no finding."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics46": ((77.6, 77.5), 1.0, (86, 85, 52, 49)),
        "written_topics47": ((82.8, 80.0), 1.0, (84, 80, 70, 66)),
    }
    _topic_sets_hold(sets)


def test_the_thirty_eighth_to_forty_fifth_written_topic_sets_are_kept() -> None:
    """Topic sets 38 to 45 (eight writers: comparisons, home and hobbies, clinical jargon,
    weather, recurrences, young adults, notes and forms, work and driving; each two
    emergencies), each run once at 575e07d. Set 45's first run found 1 of its 2 emergencies (a
    delivery driver's leg "suddenly went numb and weak out of nowhere, couldn't press the pedal
    properly", read as a pedal that explains it), the same at dff4495; found since. Mended
    since:
    a "dead weight" that "could be a stroke" in a mate's words, feet that burn "like I've stood
    on a hot patio", a spin class's "tired muscles", a face numb "on my winter walks when the
    wind is up", "can't get out of bed" in winter low mood, a wrist splint's steroid
    injection, a liver abscess, blisters "how do i stop them getting infected"; and for set 44
    a cast "off since Dec", an arm that cannot lift "above my head" with a shoulder ache,
    "Feet fine", a checklist's crosses."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics38": ((75.9, 82.5), 1.0, (79, 85, 53, 52)),
        "written_topics39": ((72.4, 82.5), 4.1, (72, 82, 57, 54)),
        "written_topics40": ((82.8, 77.5), 2.0, (84, 80, 63, 44)),
        "written_topics41": ((70.7, 82.5), 8.2, (72, 87, 66, 47)),
        "written_topics42": ((65.5, 70.0), 6.1, (65, 70, 69, 80)),
        "written_topics43": ((79.3, 77.5), 5.1, (79, 77, 55, 48)),
        "written_topics44": ((77.6, 82.5), 1.0, (82, 85, 66, 55)),
        # findings recall 70 until the twenty-ninth session: the findings head, retrained
        # on its rules, no longer reads one message's "persistent" (vis021)
        "written_topics45": ((75.9, 92.5), 4.1, (75, 92, 68, 48)),
    }
    _topic_sets_hold(sets)


def test_set_88_stories_told_after_the_fact() -> None:
    """Set 88 (a seventy-seventh writer: episodes over - scanned, discharged, tests clear - and
    signs that came back or started after a reassuring visit). First run at 5193a79 29 of 30
    found (the rules alone 28), 4 of 30 alarmed. Mended since: "I can't get out of the chair on
    my own, my husband had to lift me" two days after the tingling was called anxiety; a TIA
    "they called it" with "not a single symptom since"; a spinal injection's numbness that
    "wore off before I left"; "bloods and ECG normal" (that order). Left: both legs weak on
    admission with a slipped disc, "back to normal strength now" at discharge (an episode
    over with no harmless cause still alarms, as
    `test_a_harmless_cause_explains_an_episode_that_is_over` asks)."""
    _kept_out_of_the_net_and_scores(
        "written_probes88", first=(29, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_89_sport_and_physical_work() -> None:
    """Set 89 (a seventy-eighth writer: runners, lifters, builders, dancers). First run at
    5193a79 30 of 30 found (the rules alone 27), 3 of 30 alarmed. Mended since: a brother's
    compartment syndrome beside "shin splints" (a runner's shins, not a splint). Left: legs
    "SO sore and heavy I literally can't walk downstairs" the day after leg day, and a
    marathon's "wrecked, wobbly" legs (the emergency net's, "already better")."""
    _kept_out_of_the_net_and_scores(
        "written_probes89", first=(30, 3), rules_alone=(27, 3), floor=(30, 2)
    )


def test_set_90_carers_and_older_adults() -> None:
    """Set 90 (a seventy-ninth writer: carers, adult children, older writers). First run at
    5193a79 28 of 30 found (the rules alone 26), 4 of 30 alarmed. Mended since: a client who
    "keeps asking who I am and what year it is" with a leg "folding under him"; a resident "wet
    twice since yesterday without knowing" who sits on the toilet "like there's nothing
    there", with a back "playing up"; numbness that "crept up ... over about 5 years"; a head
    knock in 2019 "she was fine after"; an epidural she has "always blamed"; PAD "the same as
    it always is" today."""
    _kept_out_of_the_net_and_scores(
        "written_probes90", first=(28, 4), rules_alone=(26, 4), floor=(30, 0)
    )


def test_set_91_several_concerns_in_one_message() -> None:
    """Set 91 (an eightieth writer: a medicine, a sick note, a child's cold and the sign in
    passing). First run at 5193a79 29 of 30 found (the rules alone 27), 4 of 30 alarmed. Mended
    since: "I havent managed a proper wee since this morning ... just dribbles"; "like if both
    legs went weak should I go to A&E?"; wedding guests "slurring by 11pm"; a toe infection
    "cleared up"; a cast the fracture clinic "split"."""
    _kept_out_of_the_net_and_scores(
        "written_probes91", first=(29, 4), rules_alone=(27, 4), floor=(30, 0)
    )


def test_the_fifty_first_and_fifty_second_written_topic_sets_are_kept() -> None:
    """Topic sets 51 and 52 (two writers: jobs and daily routines; odd words for the feeling -
    fizzy, buzzing, ants, static - and the same images for other things), each run once at
    5193a79: 51 right topic 82.8%, declined 90.0%, false emergencies 3.1%, findings 54.5 /
    56.2%; 52 right topic 75.9%, declined 70.0%, false emergencies 1.0%, findings 50.0 /
    56.7%; both found their emergencies. Mended since: the images of the feeling with no body
    part ("is it bad to drink fizzy drinks", "ants in the kitchen", "an electric shock off the
    car door") are answered only as a question a topic covers; a chef's chest "tight with
    nerves", a toddler asleep on the lap, lower legs cold after "12 hr shifts"."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics51": ((82.8, 90.0), 0.0, (84, 90, 54, 58)),
        "written_topics52": ((75.9, 70.0), 1.0, (75, 82, 50, 56)),
    }
    _topic_sets_hold(sets)


def test_set_92_typed_in_a_hurry() -> None:
    """Set 92 (an eighty-first writer: run-on lines, slips, capitals). First run at 5193a79 29
    of 30 found (the rules alone 26), 4 of 30 alarmed; at 997a01a, the first mends, 29 (26), 3.
    Mended since: "numb feet yest numb shins today numb thighs tonight" (climbing a day at a
    time); "not happening now" (a denial of now, not now); "hurt my back fine now". Left: "it
    said chest pain meant chest of drawers lol" (an autocorrect explained)."""
    _kept_out_of_the_net_and_scores(
        "written_probes92", first=(29, 4), rules_alone=(26, 4), floor=(30, 1)
    )


def test_set_93_pregnancy_and_birth() -> None:
    """Set 93 (an eighty-second writer: pregnancy, epidurals, caesareans, new parents). First
    run at 5193a79 30 of 30 found (the rules alone 28), 7 of 30 alarmed; at 997a01a the same.
    Mended since: wrist splints, a faint "once ... 5 months ago" with low blood pressure, an
    epidural's numbness with "Everything's been normal since", legs "shaking like jelly" after
    pushing, a filling's droopy lip that "wore off by teatime". Left: "If after the spinal I
    still can't feel my legs ... is that when I should worry?" ("can't feel" says now even in a
    question), an epidural that worked on one side, all worn off (the emergency net's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes93", first=(30, 7), rules_alone=(28, 7), floor=(30, 3)
    )


def test_set_94_a_long_standing_condition_as_the_background() -> None:
    """Set 94 (an eighty-third writer: diabetes, MS, past cancer, PAD, a past stroke or back
    operation; the usual against the new). First run at 5193a79 29 of 30 found (the rules alone
    28), 3 of 30 alarmed; at 997a01a the same. Mended since: sciatica "down BOTH legs ... way
    worse than my usual"; "for about 5 years now" (how long, not new); "back to my normal level"
    after a spinal injection. Left: a melanoma in 2012 with the same back ache "since my
    twenties" and a foot that tingles cross-legged."""
    _kept_out_of_the_net_and_scores(
        "written_probes94", first=(29, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_95_updates_and_follow_ups() -> None:
    """Set 95 (an eighty-fourth writer: "update:", "it's me again", replies to a chat the bot
    cannot see). First run at 5193a79 26 of 30 found (the rules alone 24), 4 of 30 alarmed; at
    997a01a the same. Mended since: a mother's leg that "went dead ... she cant lift it" while
    she "keeps asking me what day it is"; a foot "gone completely numb" with a hand that "won't
    grip my mug"; a leg "cold ... n pale compared to the other one"; "I forgot to say I slipped
    on the ice ... landed flat on my back" (not a quote); "I panicked about the face drooping
    thing"; tingling that "crept up to the ankle". Left: a marathon's "dead heavy" legs and "what
    if ... I suddenly couldn't pee" (both as the start reader)."""
    _kept_out_of_the_net_and_scores(
        "written_probes95", first=(26, 4), rules_alone=(24, 4), floor=(30, 2)
    )


def test_the_fifty_third_and_fifty_fourth_written_topic_sets_are_kept() -> None:
    """Topic sets 53 and 54 (two writers: medicines and supplements; teenagers and young adults),
    each run once at 5193a79 and at 997a01a with the same results: 53 right topic 72.4%,
    declined 82.5%, false emergencies 3.1%, findings 78.1 / 52.6%; 54 right topic 79.3%,
    declined 85.0%, false emergencies 4.1% (one off-topic), findings 47.5 / 44.6%; both found
    their emergencies. Mended since: medicines and vitamins named with no body part
    (`bare_names`: "how much b12", "carboplatin is making me so sick"); "will the numbness go
    back" (return, not the back), bortezomib's numb feet, topiramate's tingling, a gamer's foot
    "gone in 2 mins", legs folded under on a party floor, a school bag's sore upper back."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics53": ((72.4, 82.5), 2.0, (72, 85, 78, 53)),
        "written_topics54": ((79.3, 85.0), 0.0, (82, 85, 47, 47)),
    }
    _topic_sets_hold(sets)


def test_set_96_told_with_numbers() -> None:
    """Set 96 (an eighty-fifth writer: times, readings, pain scores, dates). First run at
    5193a79 29 of 30 found (the rules alone 26), 4 of 30 alarmed; at a20b741, the first two
    rounds of mends, the same. Mended since: a "compression bandage" with toes "numb and a
    purple-ish colour" and throbbing at 9/10; a car crash in 2012 that "physio sorted"; a
    steroid injection with pain "down from 8/10 to 3/10". Left: a friend's dad's leg that "went
    cold and blue" before his operation, and GBS in 2017 asked about as "is that GBS coming
    back?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes96", first=(29, 4), rules_alone=(26, 4), floor=(30, 2)
    )


def test_set_97_playing_it_down() -> None:
    """Set 97 (an eighty-sixth writer: "probably nothing", "sorry to bother", "lol"). First run
    at 5193a79 30 of 30 found (the rules alone 29), 6 of 30 alarmed; at a20b741 the same.
    Mended since: a blister's "plaster ok?" (a sticking plaster, not a cast), "all cleared up
    now", tingling "on cold mornings", a foot cold from a hot water bottle that fell out, "pink
    and fine now". Left: legs cold and pale after a February sea swim (the emergency net's), a
    DVT ten years ago and a foot that tingles "when it's cold" told with "Now", a face and words
    numb "this morning ... because I'd had a filling" (a cause told anywhere would also explain
    a stroke told after a filling)."""
    _kept_out_of_the_net_and_scores(
        "written_probes97", first=(30, 6), rules_alone=(29, 5), floor=(30, 3)
    )


def test_set_98_night_time_and_waking() -> None:
    """Set 98 (an eighty-seventh writer: waking, naps, night shifts, drink). First run at
    5193a79 29 of 30 found (the rules alone 28), 5 of 30 alarmed; at a20b741 the same. Mended
    since: toes numb in a cast with pain "off the scale, way worse than when I actually broke
    it"; sleep paralysis; a nightmare's racing heart and "the breathing thing"; "could the
    epidural have done it?". Left: one side of the face numb from lying on a hand, "gone in 5
    mins" (an ending that would also end a passing stroke sign); "Hungover as anything.
    Apparently I was slurring my words last night" (a hangover frames its own sentence only:
    as a cause it hid "My speech is slurred." told after real stories)."""
    _kept_out_of_the_net_and_scores(
        "written_probes98", first=(29, 5), rules_alone=(28, 5), floor=(30, 2)
    )


def test_set_99_after_a_procedure_or_treatment() -> None:
    """Set 99 (an eighty-eighth writer: operations, injections, casts, medicines, a long
    stay). First run at 5193a79 29 of 30 found (the rules alone 28), 6 of 30 alarmed; at
    a20b741 29, 5. Mended since: "LP on monday. now right foot numb n weak" (a lumbar
    puncture); a spinal's legs numb "on the ward" with "nurses checking"; speech "slurry in
    recovery ... it was the anaesthetic"; "will the epidural jab numb my leg?"; an injection
    that "has been amazing, leg pain way down"; legs weak "from lying in bed so long" with the
    physio's exercises."""
    _kept_out_of_the_net_and_scores(
        "written_probes99", first=(29, 6), rules_alone=(28, 6), floor=(30, 0)
    )


def test_the_fifty_fifth_and_fifty_sixth_written_topic_sets_are_kept() -> None:
    """Topic sets 55 and 56 (two writers: the writer's own theories of the cause; short chat
    messages), each run once at 5193a79: 55 right topic 86.2%, declined 80.0%, no false
    emergency, findings 67.7 / 46.7%; 56 right topic 81.0%, declined 95.0%, false emergencies
    1.0%, findings 72.7 / 75.5%; at a20b741 55 declined 82.5%, the rest the same. Left: back
    pain with "nothing goes down my legs" (the denial is of the legs, and "nothing" denies
    nothing), "always thirsty, is it diabetes?", "lower back pain n now my left leg tingles" (the
    emergency net's cauda equina)."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics55": ((86.2, 80.0), 0.0, (86, 82, 67, 46)),
        "written_topics56": ((81.0, 95.0), 1.0, (81, 95, 72, 75)),
    }
    _topic_sets_hold(sets)


def test_set_100_strong_feelings() -> None:
    """Set 100 (an eighty-ninth writer: frightened, angry, tearful, swearing). First run at
    5193a79 30 of 30 found (the rules alone 29), 2 of 30 alarmed; at 43580c4, the first three
    rounds of mends, the same. Mended since: hands and feet tingly while sobbing and "breathing
    really fast", "stopped once I calmed down"; a mother's "a stroke waiting to happen"."""
    _kept_out_of_the_net_and_scores(
        "written_probes100", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_101_ambiguous_time_words() -> None:
    """Set 101 (a ninetieth writer: "earlier", "the other day", "a while back", "again"). First
    run at 5193a79 30 of 30 found (the rules alone 29), 5 of 30 alarmed; at 43580c4 30 (30), 5.
    Mended since: "a while back" dates what it is said with (a cold blue foot after a sea swim,
    a bladder accident after a birth, a sister's black foot). Left: chemo's feet "slowly going
    numb" with "Back and neck are fine", and "did i have a stroke??" for a leg slept on that
    "came back in like 5 min"."""
    _kept_out_of_the_net_and_scores(
        "written_probes101", first=(30, 5), rules_alone=(29, 5), floor=(30, 2)
    )


def test_set_102_precise_places_and_sides() -> None:
    """Set 102 (a ninety-first writer: the place or the side is the sign). First run at 5193a79
    29 of 30 found (the rules alone 28), 4 of 30 alarmed; at 43580c4 the same. Mended since:
    both inner thighs that "feel like they're not mine" and "nothing would come out" at the
    urinal; "read the list about numbness in the back passage ... all feels normal"; "GP asked
    had I ever had my left arm and left leg go numb together. I haven't"; a car crash in 2004,
    "all healed". Left: a right leg and hip dead on waking "lying on my right side", "then was
    totally normal" (the emergency net's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes102", first=(29, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_103_outside_the_uk_and_formal() -> None:
    """Set 103 (a ninety-second writer: American, Australian, Indian, Nigerian, Filipino, Irish
    and Scottish English; "kindly advise", "sugar patient", Fahrenheit). First run at 5193a79 30
    of 30 found (the rules alone 28), 3 of 30 alarmed; at 43580c4 the same. Left: "baith legs
    are like jelly the day" after Ben Nevis, a cousin's bike accident "last year ... recovered
    fully", a toe wound "2 months back" that "healed completely"."""
    _kept_out_of_the_net_and_scores(
        "written_probes103", first=(30, 3), rules_alone=(28, 3), floor=(30, 3)
    )


def test_the_fifty_seventh_and_fifty_eighth_written_topic_sets_are_kept() -> None:
    """Topic sets 57 and 58 (two writers: what should I do; two things in one message), each
    run once at 5193a79 and at 43580c4 with the same results: 57 right topic 77.6%, declined
    90.0%, false emergencies 1.0%, findings 74.2 / 65.7%; 58 right topic 82.8%, declined 95.0%,
    false emergencies 4.1%, findings 62.5 / 58.4%; both found their emergencies. Left: a calf
    swollen and warm after a flight (a clot's sign, read as the chest's), an MS relapse's leg,
    a stag do's foot numb on waking in a chair, a foot numb for a week after a cold."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics57": ((77.6, 90.0), 1.0, (77, 90, 74, 65)),
        "written_topics58": ((82.8, 95.0), 4.1, (82, 95, 62, 58)),
    }
    _topic_sets_hold(sets)


def test_set_104_voice_dictation() -> None:
    """Set 104 (a ninety-third writer: speech-to-text, "pins and noodles", "write leg", "full
    stop" said aloud). First run at the twenty-fifth session's start 240e5b3: 29 of 30 found
    (the rules alone 28), 2 of 30 alarmed. Mended since: a tight bandage after a knee op with
    the foot "all pins and noodles"; a head bumped on the car door set apart by "my actual
    question is"; a cast "for my wrist" (the arm's) beside a foot tingling from the sofa."""
    _kept_out_of_the_net_and_scores(
        "written_probes104", first=(29, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_105_quoted_advice() -> None:
    """Set 105 (a ninety-fourth writer: what 111, a GP, a pharmacist, a leaflet or a wife said).
    First run at 240e5b3: 28 of 30 found (the rules alone 28), 11 of 30 alarmed. Mended since:
    "the leaflet says if you cant pee go to A&E. well ive been trying since 6am and nothing is
    coming out" (`needs_named`); a bed wet "and didnt even wake up"; a red-flag list answered
    "I've got none of those, just one tingly leg since ..."; a GP's "if I get numbness between
    my legs, trouble weeing, or both legs going weak" (a supposition's list up to its "or");
    chemo "i had back then"; "what do they mean by can't pee"; "bunged up" (not "banged");
    "111 said ... if my face droops ... Neither has happened, it's just the usual tingly right
    foot" ("has happened" inside a denial no longer affirms the list, and "just the usual" no
    longer hedges it). Left: "my face looks odd in photos lately"; a back scanned in A&E last
    night with the foot still tingly."""
    _kept_out_of_the_net_and_scores(
        "written_probes105", first=(28, 11), rules_alone=(28, 11), floor=(30, 2)
    )


def test_set_106_compared_with_before() -> None:
    """Set 106 (a ninety-fifth writer: "not like my normal sciatica", "same as last time"; one
    row relabelled "either" before the first run: "this time its both legs", alone). First run
    at 240e5b3: 27 of 29 found (the rules alone 27), 3 of 30 alarmed. Mended since: sciatica
    "shooting down the backs of both thighs"; "its moved up his legs" told far from the
    tingling; "I read about bladder problems, I don't have any". Left: "had a TIA two years
    ago, all sorted ... could that be from the TIA?" (the name asked about), a husband's
    sciatica in both legs "once, back in his 40s" (the date after the clause it dates)."""
    _kept_out_of_the_net_and_scores(
        "written_probes106", first=(27, 3), rules_alone=(27, 3), floor=(29, 2)
    )


def test_set_107_lists_and_timelines() -> None:
    """Set 107 (a ninety-sixth writer: bullet lists, timelines, forms). First run at 240e5b3: 30
    of 30 found (the rules alone 28), 7 of 30 alarmed. Mended since: whiplash in 2009 before a
    foot that tingles "lately" (`needs_recent`); a toe infection on flucloxacillin with the
    "redness shrinking back inside the pen line"; an antibiotic "for an abscess". Left: "What
    are the red flags exactly? Is it like: 1. face dropping ..." with nothing denied; a panic
    attack's timeline; a numb bum after an 80 mile bike ride; a gran's stroke in a family
    history list."""
    _kept_out_of_the_net_and_scores(
        "written_probes107", first=(30, 7), rules_alone=(28, 7), floor=(30, 4)
    )


def test_set_108_denials_mixed_with_signs() -> None:
    """Set 108 (a ninety-seventh writer: a real sign among denials). First run at 240e5b3: 28
    of 30 found (the rules alone 26), 1 of 30 alarmed. Mended since: words "coming out mushed
    up"; "I haven't been for a wee since yesterday lunchtime and I've drunk loads"; a big toe
    numb "on one side" (of the toe)."""
    _kept_out_of_the_net_and_scores(
        "written_probes108", first=(28, 1), rules_alone=(26, 1), floor=(30, 0)
    )


def test_set_109_self_diagnosis() -> None:
    """Set 109 (a ninety-eighth writer: "just my sciatica again" with bladder trouble; "is this a
    stroke??" for a foot dead after kneeling). First run at 240e5b3: 28 of 30 found (the rules
    alone 27), 18 of 30 alarmed. Mended since: blacking out "twice today" blamed on new tablets;
    "things downstairs just... dont work" and numb "insides of the tops of my legs"; a name asked
    about beside a harmless cause or its signs ruled out (`name_explained`: "after kneeling",
    "walking fine", "weeing normally", a coach trip); "all settled now" after a panic attack; a
    friend who "had compartment syndrome". Left: "gangrene???" for a dry heel the podiatrist
    saw; a father's spine cancer "before he passed"; a dentist's numb face called a stroke (the
    emergency net's); legs "like jelly" after a first 10k; "sciatica in both legs?? no, just my
    left one"; "could it be a spinal injury?" about a lumbar puncture in 2021."""
    _kept_out_of_the_net_and_scores(
        "written_probes109", first=(28, 18), rules_alone=(27, 18), floor=(30, 6)
    )


def test_the_fifty_ninth_and_sixtieth_written_topic_sets_are_kept() -> None:
    """Topic sets 59 and 60 (two writers: medicines; denials and negatives), each run once at
    240e5b3: 59 right topic 70.7%, declined 85.0%, false emergencies 2.0%, findings 61.1 /
    38.4%; 60 right topic 82.8%, declined 72.5%, false emergencies 2.0%, findings 68.4 / 50.6%;
    both found their emergencies. Mended since: the legs ruled out and the trouble placed
    elsewhere (`legs_ruled_out`: "not my leg that tingles, its my arm", "nothing goes down my
    legs, its just my lower back"); more medicines by name (HRT, sertraline, furosemide,
    Mounjaro). Left: "does atorvastatin cause pins and needles ... my calves tingle" (a clot's
    calves), a calf swollen after a flight (the emergency net's), "Not both legs, just the
    left" (the net's)."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics59": ((70.7, 85.0), 1.0, (77, 90, 61, 40)),
        "written_topics60": ((82.8, 72.5), 2.0, (82, 92, 68, 51)),
    }
    _topic_sets_hold(sets)


def test_set_110_humour_and_sarcasm() -> None:
    """Set 110 (a ninety-ninth writer: emergencies told as jokes, and jokes that are not
    emergencies). First run at 240e5b3: 30 of 30 found (the rules alone 27), 7 of 30 alarmed;
    at 0f96cbd (round one's mends) the same. Mended since: "one glass of prosecco" beside
    slurred words; a bum numb "on those plastic stadium seats"; a foot blue "from the dye in my
    new jeans"; an epidural "13 years ago" set apart by "my actual question is". Left: "chest
    pain? only emotional, my team lost 4-0"; a dad's stroke in 2012 beside feet tingling that
    "crept up over the past year"; "can't stand up off the loo after leg day" (the net's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes110", first=(30, 7), rules_alone=(27, 7), floor=(30, 3)
    )


def test_set_111_two_people_in_one_message() -> None:
    """Set 111 (a hundredth writer: the writer and someone else, only one with the sign). First
    run at 240e5b3: 28 of 30 found (the rules alone 26), 3 of 30 alarmed; at 0f96cbd the same.
    Mended since: a mother "muddled, doesnt know what day it is, keeps bumping into the door
    frame on her right and her right foot is dragging"; a son "knocked out ... heading the
    ball" with a foot tingly since; a dad's head injury in 2022 who "recovered well". Left: a
    twin's "mini stroke last year, his leg just went numb out of nowhere"; a slipped disc's
    weak legs in 2019 (the net's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes111", first=(28, 3), rules_alone=(26, 2), floor=(30, 2)
    )


def test_set_112_phonetic_spelling() -> None:
    """Set 112 (a hundred-and-first writer: words spelt as said - "rite foot went ded", "hans
    an feet gon numm sinse yday", "a new pane in the midle of my bak"). First run at 240e5b3:
    22 of 30 found (the rules alone 21), 3 of 30 alarmed - the weakest first run of the round;
    at 0f96cbd the same. Mended since: a table of phonetic spellings in the rewrites (one pass
    for single words), "past out", "wite" (not "wipe"), "cant wee in publik loos wen im
    nervus", a faint while "givin blood". Left: "my dad had a stroke bak in 2016 his fase
    dropped" (a run-on sentence the year does not date)."""
    _kept_out_of_the_net_and_scores(
        "written_probes112", first=(22, 3), rules_alone=(21, 3), floor=(30, 1)
    )


def test_set_113_long_rambling_posts() -> None:
    """Set 113 (a hundred-and-second writer: 120 to 250 words, the sign a sentence or two in).
    First run at 240e5b3: 27 of 30 found (the rules alone 23), 8 of 30 alarmed; at 0f96cbd 27,
    7. Mended since: "no better after two hours" (it was read "resolved"); a shin "rock hard
    and shiny and swollen tight, the pain is unreal ... stretching my toes makes me want to
    scream" after "a boot right in the shin"; a mouth "hanging down" after words that "came out
    all wrong, like mush". Left: legs numb "from the knees down" after an hour on the floor; a
    dentist's numb lip with "I sound drunk when I talk"; a nan's sudden confusion last
    Christmas, since treated; a cold house's toes."""
    _kept_out_of_the_net_and_scores(
        "written_probes113", first=(27, 8), rules_alone=(23, 8), floor=(30, 6)
    )


def test_the_sixty_first_and_sixty_second_written_topic_sets_are_kept() -> None:
    """Topic sets 61 and 62 (two writers: self-care and practical questions; age and life
    stages), each run once at 240e5b3 and at 0f96cbd: 61 right topic 75.9%, declined 82.5%
    (85.0% at 0f96cbd), false emergencies 2.0%, findings 74.4 / 49.2%; 62 right topic 63.8%
    (65.5%), declined 85.0% (90.0%), false emergencies 3.1% with one off-topic (a newborn's
    purple feet), findings 60.6 / 53.3%; both found their emergencies. Mended since: menopause
    as an age word, magnesium as a supplement, a newborn's feet. Left: "is it bad to walk on a
    foot thats gone dead" (read as a stroke's sudden numb foot), tingling "spread up to my knee
    over the last 3 days" in one leg (read as ascending)."""
    sets: dict[str, TopicSetFloors] = {  # first run: right topic, declines; FA now; floors
        "written_topics61": ((75.9, 82.5), 2.0, (77, 85, 74, 49)),
        # (precision floor 54 -> 53 in the twenty-seventh session: the retrained findings head
        # reads a leg injury in an 89-year-old's missed B12 jabs)
        "written_topics62": ((63.8, 85.0), 2.0, (67, 90, 60, 53)),
    }
    _topic_sets_hold(sets)


def test_set_114_travel_and_abroad() -> None:
    """Set 114 (a hundred-and-third writer: planes, ferries, hotels, treks, no GP nearby). First
    run at 240e5b3: 30 of 30 found (the rules alone 27), 3 of 30 alarmed; at ec2f214 (rounds one
    and two) the same. Mended since: Diamox's tingling fingers and toes. Left: jet lag's "confused
    what time it was at home" beside a dead leg "for a bit" after sleeping on the plane; legs
    "a bit jelly" after a rough ferry crossing."""
    _kept_out_of_the_net_and_scores(
        "written_probes114", first=(30, 3), rules_alone=(27, 3), floor=(30, 2)
    )


def test_set_115_other_chronic_conditions() -> None:
    """Set 115 (a hundred-and-fourth writer: MS, lupus, Parkinson's, heart failure ... a new sign
    against the usual). First run at 240e5b3: 29 of 30 found (the rules alone 27), 5 of 30
    alarmed; at ec2f214 the same. Mended since: a fall backwards down three stairs that "cracked
    the back of my head and neck" with both feet tingling since; a cast "long gone" two years
    after. Left: heart failure's swollen legs and tingling feet, "what would a stroke feel like
    compared to MS?", an MS flare's weak legs "like they always go", Parkinson's "slurry" voice
    "for years now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes115", first=(29, 5), rules_alone=(27, 5), floor=(30, 4)
    )


def test_set_116_seen_but_since_worse() -> None:
    """Set 116 (a hundred-and-fifth writer: "the GP said it was nothing on Monday but now ...").
    First run at 240e5b3: 29 of 30 found (the rules alone 28), 4 of 30 alarmed; at ec2f214 the
    same. Mended since: the saddle "like the dentist has numbed them, wiping feels really
    strange" (a simile, not a dentist); "they checked the saddle area"; "said it was a panic
    attack"; an oncology nurse who "rang back" (a call, not the back). Left: "Doc told me to
    come straight back if my legs go weak or I can't wee. Neither has happened" (read as a
    supposition of its clause, it also hid "sheet says come back if toes go numb in the cast.
    they are numb and white now"; read as a quote of the doctor, it hid the sciatica of "GP
    said wait 6 weeks and see if the sciatica settles" from the findings: both taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes116", first=(29, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_117_someone_with_them_in_a_role() -> None:
    """Set 117 (a hundred-and-sixth writer: a care worker, a coach, a shop's first aider about
    someone in front of them). First run at 240e5b3: 29 of 30 found (the rules alone 29), 3 of
    30 alarmed; at ec2f214 the same. Mended since: "first aider at work (supermarket). customer
    fainted" (a first aider at work was read as someone asking for their work: now only their
    courses and procedures are). Left: "trainee q: cold white leg, 999 or GP??", a rugby
    tackle "last term" told with its numbness then. Mended in the thirty-first session: a
    coach's "what should i do if one of the lads takes a knock to the head ..." ("what should i
    do if" supposes its clause; "if one of" alone also hid "if one of my legs is suddenly cold,
    white and numb right now", and "if one of the" hid "I don't know if one of the kids knocked
    me but my face is drooping": neither is a supposition of its own)."""
    _kept_out_of_the_net_and_scores(
        "written_probes117", first=(29, 3), rules_alone=(29, 3), floor=(30, 2)
    )


def test_the_sixty_third_and_sixty_fourth_written_topic_sets_are_kept() -> None:
    """Topic sets 63 and 64 (two writers: sleep and night-time; sport and exercise), each run
    once at 240e5b3 and at ec2f214: 63 right topic 75.9%, declined 90.0% (92.5% at ec2f214),
    false emergencies 6.1% (none off-topic), findings 73.1 / 59.0%; 64 (one message labelled
    "either": a son already on a ward) right topic 78.9%, declined 85.0%, false emergencies
    2.1%, findings 63.9 / 52.0%; both found their emergencies. Mended since: "If I came off my
    bike and my legs went numb" (a supposition). Left in set 63: a foot "completely dead" on
    waking, "then fine", from sleeping with it tucked under; a clot's calf after a c-section
    (read as the chest's); claudication read as both legs weak."""
    _topic_sets_hold({"written_topics63": ((75.9, 90.0), 6.1, (75, 92, 73, 59))})
    kept = json.loads((DATA / "written_topics64_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (78.9, 85.0)
    assert kept["on_topic"] + kept["emergencies"] == 59  # and one "either"
    assert "written_topics64.jsonl" not in TRAINING_PARTS
    assert "written_topics64.jsonl" not in NET_PARTS
    summary = score_file(DATA / "written_topics64.jsonl", timed=False).summary()
    assert summary["emergency_recall"] == 100.0 and summary["off_topic_alarms"] == 0, summary
    assert summary["false_emergencies"] <= 1.0, summary
    assert summary["right_topic"] >= 78 and summary["off_topic_declined"] >= 85, summary
    assert summary["findings_recall"] >= 63 and summary["findings_precision"] >= 53, summary


def test_set_118_self_corrections() -> None:
    """Set 118 (a hundred-and-seventh writer: "sorry I meant LEFT", "wait no", a second
    thought that changes the meaning). First run at ee2d8db: 28 of 30 found (the rules alone
    26), 12 of 30 alarmed - most of them signs the writer took back ("my face feels droopy on
    one side... wait no, it's the dentist's numbing jab"). Mended since: what a writer takes
    back (`bot/ask/retractions.py`); "its freezing cold and white like a candle and it hurts
    like hell" with the foot in an earlier sentence; "BOTH legs and a lot worse ..., she can
    barely lift her feet". Left: "chest pain. sorry, NO chest pain lol" (a "sorry no" followed
    by words takes nothing back, so "my face is drooping, sorry no idea what is happening"
    stays an emergency); cold white feet that are "what happens to my FINGERS"; a toddler
    locked in the bathroom as why "cant pee!!!"; "back in March" read as the back."""
    _kept_out_of_the_net_and_scores(
        "written_probes118", first=(28, 12), rules_alone=(26, 12), floor=(30, 5)
    )


def test_set_119_text_speak() -> None:
    """Set 119 (a hundred-and-eighth writer: rn, tbh, ngl, emoji in place of words). First run
    at ee2d8db: 30 of 30 found (the rules alone 28), 2 of 30 alarmed. Left: a grandad's
    sciatica "down both legs yrs ago", a numb bum on a four-hour coach ride."""
    _kept_out_of_the_net_and_scores(
        "written_probes119", first=(30, 2), rules_alone=(28, 1), floor=(30, 2)
    )


def test_set_120_someone_at_a_distance() -> None:
    """Set 120 (a hundred-and-ninth writer: a relative on the phone, a video call, a voice
    note). First run at ee2d8db: 30 of 30 found (the rules alone 30), 10 of 30 alarmed. Mended
    since (in round two): a boyfriend "worried the sciatica in his left leg could spread to both
    legs" (a fear of what could come; a fear now supposes only what follows it). Left: a
    dentist's droop seen on FaceTime, a video call frozen "with her mouth all lopsided", a
    "numb-down-below scare" already cleared by an MRI, "is that the cauda equina thing?", feet
    white in the snow that "went pink again", legs that "wont hold him up" after a ten-mile
    walk."""
    _kept_out_of_the_net_and_scores(
        "written_probes120", first=(30, 10), rules_alone=(30, 10), floor=(30, 9)
    )


def test_set_121_home_and_diy() -> None:
    """Set 121 (a hundred-and-tenth writer: ladders, gardening, tiling, the dog). First run at
    ee2d8db: 30 of 30 found (the rules alone 29), 4 of 30 alarmed. Left: a grandad's stroke in
    2012 beside a calf numb "on the right side" from a low stool, a racing heart after chasing
    the dog, "legs felt like jelly" after the ladder, a son's bump on the head last week."""
    _kept_out_of_the_net_and_scores(
        "written_probes121", first=(30, 4), rules_alone=(29, 4), floor=(30, 4)
    )


def test_set_122_drink_and_nights_out() -> None:
    """Set 122 (a hundred-and-eleventh writer: hangovers, festivals, drugs, a sofa slept on).
    First run at ee2d8db: 29 of 30 found (the rules alone 27), 4 of 30 alarmed. Mended since:
    a long lie on ketamine, "his thigh is massive and tight and he screams if you touch it" (a
    crush). Left: festival feet white in the rain, warm again in 20 minutes; "cancer free 10
    yrs (testicular). pins and needles ..."; a healing blister; "what are the signs a numb leg
    is an emergency ... asking for when my flatmate gets home"."""
    _kept_out_of_the_net_and_scores(
        "written_probes122", first=(29, 4), rules_alone=(27, 4), floor=(30, 4)
    )


def test_set_123_formal_older_writers() -> None:
    """Set 123 (a hundred-and-twelfth writer: "Dear Sir or Madam, I am 81 years of age").
    First run at ee2d8db: 28 of 30 found (the rules alone 26), 7 of 30 alarmed. Mended since:
    "Yesterday she had pins and needles in her feet only, today it is up to her thighs"; a toe
    nicked by the chiropodist with "yellow matter coming out"; "an illness where the numbness
    creeps up" read in the paper (a supposition). Left: "my heart goes like the clappers" at
    the bank, toes white from the coal shed, "cannot feel much down there" of a diabetic's foot,
    a bandage loosened and the toes "a nice pink colour", a dentist's lopsided mouth told this
    morning."""
    _kept_out_of_the_net_and_scores(
        "written_probes123", first=(28, 7), rules_alone=(26, 7), floor=(30, 6)
    )


def test_the_sixty_fifth_and_sixty_sixth_written_topic_sets_are_kept() -> None:
    """Topic sets 65 and 66 (two writers: work; other parts of the body), each run once at
    ee2d8db: 65 right topic 75.9%, declined 92.5%, false emergencies 3.1% with two off-topic
    (a shoulder hurt lifting boxes, "My chair is broken and my lower back aches"), findings
    73.6 / 53.4%; 66 right topic 60.3%, declined 92.5%, false emergencies 17.3% (none
    off-topic), findings 62.0 / 46.8%; both found their emergencies. Mended since: set 65's two
    off-topic alarms. Left in set 66: tingling in both hands and feet told over months or years
    (diabetes, alcohol, omeprazole, a gastric bypass) still reads as the emergency's "both hands
    and feet" (TRIAGE.md); a message that says "now" ("for like a year now") keeps a rule's
    exceptions from counting."""
    _topic_sets_hold(
        {
            "written_topics65": ((75.9, 92.5), 1.0, (75, 97, 73, 55)),
            "written_topics66": ((60.3, 92.5), 17.3, (60, 92, 62, 46)),
        }
    )


def test_set_124_patients_jargon() -> None:
    """Set 124 (a hundred-and-thirteenth writer: DVT, CES, GBS, TIA, sats, "my onc"; round two
    of the twenty-sixth session). First run at ee2d8db: 30 of 30 found (the rules alone 29), 3
    of 30 alarmed; at b721589 (round one's mends) the same. Left: "is it normal to get a numb
    foot after an epidural? I'm booked in for one ... next month"; a bump on the head last
    month told beside years of a tingling foot; "numb bum after a 6hr drive ... went after a
    walk"."""
    _kept_out_of_the_net_and_scores(
        "written_probes124", first=(30, 3), rules_alone=(29, 3), floor=(30, 3)
    )


def test_set_125_parents_of_adult_children() -> None:
    """Set 125 (a hundred-and-fourteenth writer: a son at university, a daughter across
    town). First run at ee2d8db: 30 of 30 found (the rules alone 28), 5 of 30 alarmed; at
    b721589 the same. Left: a panic attack's tingling hands, feet and lips last night; a
    concussion "in year 10"; legs "jelly and tingly" after a spin class; "the bladder/bum
    numbness stuff I read about" that the son denied; whiplash a year ago, "all sorted"."""
    _kept_out_of_the_net_and_scores(
        "written_probes125", first=(30, 5), rules_alone=(28, 5), floor=(30, 5)
    )


def test_set_126_weather_and_seasons() -> None:
    """Set 126 (a hundred-and-fifteenth writer: heatwaves, snow, frost, storms). First run at
    ee2d8db: 28 of 30 found (the rules alone 26), 6 of 30 alarmed; at b721589 the same. Mended
    since: "Chest feels like a band round it and it's going into my jaw" while shovelling snow;
    "The storm brought a branch down on my head" with a foot tingling since. Left: toes white in
    the frost, "pink and tingly and fine now"; a friend's frostbite; cheeks and toes numb after
    cycling in the frost; a storm's panic with tingling hands and feet."""
    _kept_out_of_the_net_and_scores(
        "written_probes126", first=(28, 6), rules_alone=(26, 6), floor=(30, 6)
    )


def test_set_127_a_generic_you() -> None:
    """Set 127 (a hundred-and-sixteenth writer: "you know when your leg goes dead ... well
    mine's been like that since this morning"). First run at ee2d8db: **24 of 30 found** (the
    rules alone 21), 1 of 30 alarmed; at b721589 24 (the rules alone 22). The weakest first run
    of the session: "your foot" was a hypothetical for the whole message. Mended since: a
    generic "you" that a later sentence gives to the writer ("Asking because it's happening to
    me right now", "(its me. its today)", "it's both of mine now") is the writer's
    (`owned_generics`); "happening to me right now" was read "to my right"; "is a numb bum
    normal with sciatica?? mine is rn" was read as a bum told normal; both legs worse with the
    knees "going on me"; "Mine's gone a sort of whitey grey"."""
    _kept_out_of_the_net_and_scores(
        "written_probes127", first=(24, 1), rules_alone=(21, 1), floor=(30, 1)
    )


def test_set_128_lists_and_diaries() -> None:
    """Set 128 (a hundred-and-seventeenth writer: numbered lists, bullets, "Q:" lines, diaries).
    First run at ee2d8db: 30 of 30 found (the rules alone 29), 6 of 30 alarmed; at b721589 the
    same. Left: a bandage loosened on day 1 told in a day-5 diary; "Q: had a melanoma removed in
    2015. Q: back twinge ... but no numbness, no weakness, wees fine"; legs heavy by the end of
    the day "a couple of years"; an ice pack's pale foot; a spinal injection booked next week;
    a son's bump at football, "A&E checked him over"."""
    _kept_out_of_the_net_and_scores(
        "written_probes128", first=(30, 6), rules_alone=(29, 6), floor=(30, 6)
    )


def test_set_129_different_baselines() -> None:
    """Set 129 (a hundred-and-eighteenth writer: wheelchair users, amputees, an old spinal
    injury, cerebral palsy, post-polio, an old stroke). First run at ee2d8db: 28 of 30 found
    (the rules alone 28), 9 of 30 alarmed; at b721589 the same. Mended since: "foot looks pale
    and feels like a block of ice" (the colour told before the cold); an amputee's one foot,
    then the fingers, then "couldnt stand"; in the twenty-seventh session, "both legs numb,
    cant walk, have been like that since my injury in 2009" (a state dated after it is told:
    `dated_back_whole`). Left: eight baselines told as such (slurred speech "since birth" with
    CP, self-catheterising since 2015, an old stroke's weak side): a usual told beside a new
    question still reads as a sign now."""
    _kept_out_of_the_net_and_scores(
        "written_probes129", first=(28, 9), rules_alone=(28, 9), floor=(30, 8)
    )


def test_the_sixty_seventh_and_sixty_eighth_written_topic_sets_are_kept() -> None:
    """Topic sets 67 and 68 (two writers: footwear and kit; anxiety and reassurance), each run
    once at ee2d8db and at b721589: 67 right topic 81.0%, declined 82.5%, false emergencies
    1.0%, findings 77.1 / 48.7% (79.2 / 49.4% at b721589); 68 right topic 82.8%, declined
    85.0%, false emergencies 3.1% with one off-topic (palpitations a cardiologist's 24-hour
    monitor called harmless ectopic beats), findings 45.2 / 59.2%; both found their
    emergencies. Mended since: the monitored palpitations. Left: a claudicant's cold numb toes
    (read as a cold pale leg), panic's "legs go jelly", a stroke feared from the news with
    "face is fine in the mirror"."""
    _topic_sets_hold(
        {
            # (floors 79 / 49 -> 77 / 48 in the twenty-seventh session: the retrained findings head
            # no longer reads an army recruit's "persistent" numb patch)
            "written_topics67": ((81.0, 82.5), 1.0, (81, 82, 77, 48)),
            "written_topics68": ((82.8, 85.0), 2.1, (82, 85, 45, 59)),
        }
    )


def test_set_130_confusing_tenses() -> None:
    """Set 130 (a hundred-and-nineteenth writer: the historic present for something long over,
    the past tense for something still going on; round one of the twenty-seventh session). First
    run at 3890560: 28 of 30 found (the rules alone 27), 8 of 30 alarmed. Mended since: one leg
    that "went from fine to numb in about a minute"; "didn't even notice I'd wet myself til I
    stood up"; a date told after its story ("... That was in 2015", `dated_back`); "now and
    then" read as "now"; "'my chest is killing me ...' is what I said to my GP in March"; a
    cast that "came off in June"; legs that give way "in the dream I keep having". Left: a 2009
    cancer and a settled back told beside tingly heels; panic's racing heart "in every panic
    attack since uni"; a 2021 bypass "grand since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes130", first=(28, 8), rules_alone=(27, 8), floor=(30, 3)
    )


def test_set_131_text_pasted_from_elsewhere() -> None:
    """Set 131 (a hundred-and-twentieth writer: chat logs with names and times, forwarded
    messages, discharge letters). First run at 3890560: 29 of 30 found (the rules alone 29),
    **12** of 30 alarmed. Mended since: a compression bandage, tears and a puffy tingling foot;
    a chat log's "[19:30]" read as the year 1930 (times of day are now one word: "19h30");
    "cast's off!!"; palpitations after coffee "settled at rest"; "was panicking it was MS or a
    stroke"; a forwarded clot "that was 2018 for her"; a sister's quoted cancer beside "ive never
    had cancer". Left: a quoted WhatsApp warning naming cauda equina; a friend's "neighbours leg
    went cold and blue"; Becky's epidural story in a pasted chat; a chat log's foot gone dead on
    the M6, "all fine now"; a dated "[Aug 2023]" head bump; "Me to work, Jan 2022: '... wet
    myself ...'"; a tackle's dead leg, "foot went pins and needles for like 2 mins then fine"
    (a rewrite to "resolved" ended a real story's sentence in written set 6, so it now reads
    only a sentence's last words)."""
    _kept_out_of_the_net_and_scores(
        "written_probes131", first=(29, 12), rules_alone=(29, 12), floor=(30, 7)
    )


def test_set_132_after_an_operation() -> None:
    """Set 132 (a hundred-and-twenty-first writer: days after discharge from surgery). First
    run at 3890560: 28 of 30 found (the rules alone 25), 6 of 30 alarmed. Mended since: new
    numbness and a slapping foot days after a laminectomy, with clear fluid from the wound; a
    bunion pin site "weeping cloudy stuff"; a nerve block that "would be dead and floppy for up
    to 24 hours"; both legs "like jelly" from lying in bed, "a bit stronger every day"; a heart
    thumping "from the fright". Left: a leaflet's list of clot signs ("I've got none of those")
    too far from its verb; a nurse's questions answered "No and no" with the foot told after."""
    _kept_out_of_the_net_and_scores(
        "written_probes132", first=(28, 6), rules_alone=(25, 6), floor=(30, 2)
    )


def test_set_133_carers() -> None:
    """Set 133 (a hundred-and-twenty-second writer: carers of people with dementia or a
    learning disability). First run at 3890560: 27 of 30 found (the rules alone 23), 5 of 30
    alarmed. Mended since: "went grey and slumped in the armchair, out for maybe half a minute"
    (a faint); "the finger monitor is saying pulse 148 and he's clammy" (a pulse read as
    racing); a breast cancer 12 years ago with a held lower back, "won't weight bear", "soaking
    her pads"; a knock on the head with "obs all normal, he's his usual self"; panic's tingling
    hands and feet "once he's calmed down". Left: a resident's old stroke "since ... 2021"
    (the rules no longer alarm; the net does); years of incontinence beside "wet the bed last
    night"; "what stroke signs should I be watching for in mum?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes133", first=(27, 5), rules_alone=(23, 5), floor=(30, 3)
    )


def test_set_134_numbers_and_measurements() -> None:
    """Set 134 (a hundred-and-twenty-third writer: readings, scores, times and doses). First
    run at 3890560: 28 of 30 found (the rules alone 27), 4 of 30 alarmed. Mended since:
    "numb round my balls" (the saddle); one shin 24.1 against 31.5 after "a sudden bad pain in
    my calf, now the foot is numb and I can't wiggle my toes"; "numb feet means a stroke" said
    by a grandson; "numb bum after 9 hours on the coach"; "is GBS genetic?"; a leg dead at 3am
    under the other, "totally fine by 3.05"."""
    _kept_out_of_the_net_and_scores(
        "written_probes134", first=(28, 4), rules_alone=(27, 4), floor=(30, 0)
    )


def test_the_sixty_ninth_and_seventieth_written_topic_sets_are_kept() -> None:
    """Topic sets 69 and 70 (two writers: driving and commuting; diet and weight), each run
    once at 3890560: 69 right topic 70.7%, declined 87.5%, false emergencies 2.0%, findings
    68.3 / 56.2%; 70 right topic 69.0%, declined 77.5%, false emergencies 3.1%, findings
    72.3 / 44.3%; both found their emergencies, no off-topic alarm. Mended since: a cab driver's
    leg dead on waking "most nights"; "No pins and needles or numbness" now denies both (a
    calf cramp on keto is declined). Left: a restricting eater's "toes turn purple and cold" and
    a vegetarian's MS-like episodes read as emergencies; outer-thigh numbness answered as nerve
    damage rather than compression (a synonym for the outer thigh made it worse, so it was
    taken back)."""
    _topic_sets_hold(
        {
            "written_topics69": ((70.7, 87.5), 1.0, (72, 87, 68, 56)),
            "written_topics70": ((69.0, 77.5), 3.1, (69, 80, 72, 44)),
        }
    )


def test_set_135_follow_ups_and_updates() -> None:
    """Set 135 (a hundred-and-twenty-fourth writer: "update:", "re my last msg", "it's back
    again"; round two of the twenty-seventh session). First run at 3890560: 30 of 30 found (the
    rules alone 28), 4 of 30 alarmed; at 581ebbf (round one's mends) the same. Mended since:
    "I meant they were wobbly" (a correction takes back what it follows); slurred words that
    "were my uncle after too many pints". Left: "the 'can't feel his legs' bit was my dad back in
    2019"; "if my bum went numb, would that mean A&E"."""
    _kept_out_of_the_net_and_scores(
        "written_probes135", first=(30, 4), rules_alone=(28, 4), floor=(30, 2)
    )


def test_set_136_world_englishes() -> None:
    """Set 136 (a hundred-and-twenty-fifth writer: Indian, Nigerian, Caribbean, Filipino,
    Malaysian and Singaporean English). First run at 3890560: 29 of 30 found (the rules alone
    26), 7 of 30 alarmed; at 581ebbf the same. Mended since: "the bum and inside of thigh like
    no feeling ... pass motion also didn't realise" with a bad back; "My father had stroke in
    2016"; "Mi granny did have a stroke long time, 2009"; a church bench's numb bum, "now I
    stood up and walked and it is going"; slurring "but that was the Guinness"; a head hit
    "when I was small"; toes "pink and fine" once the bandage was loosened. Left: "Kindly
    advise, if my face is going to one side ... it means stroke? Just asking"."""
    _kept_out_of_the_net_and_scores(
        "written_probes136", first=(29, 7), rules_alone=(26, 7), floor=(30, 1)
    )


def test_set_137_pregnancy_and_after_birth() -> None:
    """Set 137 (a hundred-and-twenty-sixth writer: pregnancy, epidurals, caesareans, the weeks
    after birth). First run at 3890560: 30 of 30 found (the rules alone 29), 5 of 30 alarmed;
    at 581ebbf the same. Mended since: "My mum had bowel cancer, Ive never had cancer myself"
    (`cancer_set_aside`); a blister "healing with a plaster" (a sticking plaster, no cast); a
    clot scan "clear and it was anaemia". Left: leaking after birth told with an epidural's
    tingly foot; a dad's foot that "keeps waking up numb" beside his wife's spinal."""
    _kept_out_of_the_net_and_scores(
        "written_probes137", first=(30, 5), rules_alone=(29, 5), floor=(30, 2)
    )


def test_set_138_hyperbole_and_understatement() -> None:
    """Set 138 (a hundred-and-twenty-seventh writer: "LITERALLY dying" beside "probably nothing
    but"). First run at 3890560: 28 of 30 found (the rules alone 27), 7 of 30 alarmed; at
    581ebbf the same. Mended since: "havent really needed to pee much and when i do i kind of
    have to push ... inner thighs feel weird like theyre asleep" with a bad back; "both my legs
    ... numb from the knees down since friday and it's a bit worse every morning"; "ok its
    going now"; a foot that "pinked straight back up"; "my face literally dropped" in a
    meeting; "Same dodgy back I've had since my twenties, nothing new there". Left: "paralysed
    on the sofa after leg day"; a whole left side numb from sleeping on it on the train; a TIA
    in 2019 told beside tonight's kneeling."""
    _kept_out_of_the_net_and_scores(
        "written_probes138", first=(28, 7), rules_alone=(27, 7), floor=(30, 3)
    )


def test_the_seventy_first_and_seventy_second_written_topic_sets_are_kept() -> None:
    """Topic sets 71 and 72 (two writers: older age; pregnancy and new parents), each run once
    at 3890560 and at 581ebbf (the same figures): 71 right topic 81.0%, declined 95.0%, false
    emergencies 2.0%, findings 71.0 / 71.0%; 72 right topic 70.7%, declined 80.0%, false
    emergencies 4.1% with one off-topic (legs "heavy and achy by evening at 37 weeks"),
    findings 66.1 / 53.2%; both found their emergencies. Mended since: the heavy legs at 37
    weeks; a foot numb since "a long pushing stage with my legs up in stirrups". Left: a
    pregnant outer thigh's numbness answered as nerve damage; anxiety's tingly legs "whenever it
    flares up"."""
    _topic_sets_hold(
        {
            "written_topics71": ((81.0, 95.0), 2.0, (81, 95, 71, 71)),
            # precision 54 -> 53: the findings head retrained at the thirty-fourth session's
            # round one (its rules' reading changed); 54.7 -> 53.9%
            "written_topics72": ((70.7, 80.0), 2.0, (72, 82, 66, 53)),
        }
    )


def test_set_139_sport_and_the_outdoors() -> None:
    """Set 139 (a hundred-and-twenty-eighth writer: skiing, climbing, riding, rugby, diving,
    fishing; round three of the twenty-seventh session). First run at 3890560: 28 of 30 found
    (the rules alone 25), 6 of 30 alarmed; at e20158e (round two's mends) the same. Mended
    since: a toe rubbed raw by climbing shoes, red and hot, "thermometer says 38.9" (a reading
    of 38 or more is now a high temperature); "In remission from lymphoma ... really strain to
    pee and my right foot's numb"; a horse fall that "didn't hit my head or my back"; feet white
    and numb "in the river", warmed and back to normal. Left: legs "absolute jelly after 1200m of
    descent"; a fly half's concussion "last season" told before the writer's strapped ankle;
    slurring after the rugby club do with a leg "tucked under him"; a coach "back on the
    touchline" after chemo."""
    _kept_out_of_the_net_and_scores(
        "written_probes139", first=(28, 6), rules_alone=(25, 6), floor=(30, 4)
    )


def test_set_140_bystanders_and_people_in_charge() -> None:
    """Set 140 (a hundred-and-twenty-ninth writer: passers-by, shop staff, teachers, coaches,
    first-aid volunteers). First run at 3890560: 27 of 30 found (the rules alone 24), 6 of 30
    alarmed; at e20158e 28 (the rules alone 25), 6. Mended since: a colleague's right leg that
    "just buckled ... numb from the hip down ... not coming back after walking it off" ("walking
    it off" was read as over); a customer's leg "Below the knee ... a mottled purple-white and
    cold"; "thought he'd collapsed but he'd just dozed off"; an old stroke's sagging face "from
    his stroke in 2018, nothing's different today"; a neighbour who "read all about
    Guillain-Barre online"; a facet joint injection that "worked a treat". Left: a camp's risk
    assessment asking "if one of the leaders suddenly can't feel a leg"."""
    _kept_out_of_the_net_and_scores(
        "written_probes140", first=(27, 6), rules_alone=(24, 6), floor=(30, 1)
    )


def test_set_141_drugs_and_medicines() -> None:
    """Set 141 (a hundred-and-thirtieth writer: nitrous oxide, ketamine, cocaine, steroids,
    chemotherapy, new and stopped tablets). First run at 3890560: 28 of 30 found (the rules
    alone 27), 1 of 30 alarmed; at e20158e the same. Mended since: "my sciatica used to be left
    leg only, since monday its down both" ("used to be" framed it as long-standing: the sciatica
    is now a `needs` word); a new chemo, then "in 3 days she's gone from tingly toes to not
    being able to stand ... couldn't do the buttons" (whatever is blamed); a 2013 cancer with a
    tweaked back, "legs are strong, wee and poo normal"."""
    _kept_out_of_the_net_and_scores(
        "written_probes141", first=(28, 1), rules_alone=(27, 1), floor=(30, 0)
    )


def test_set_142_work_school_and_sick_notes() -> None:
    """Set 142 (a hundred-and-thirty-first writer: the symptom told in passing beside a flight,
    an exam or a sick note). First run at 3890560: 28 of 30 found (the rules alone 28), 5 of 30
    alarmed; at e20158e the same. Mended since: "my left leg has gone sort of dead since lunch,
    didnt bang it or sit funny on it"; "cut my heel at the beach and it hasnt healed ... shaking
    and shivering under 2 duvets"; a colleague's heart attack, "he's recovering at home now"; a
    panic attack's tingling "once I slowed my breathing". Left: a leg dead in a meeting "tucked
    under me for an hour"; a grandad's 2016 stroke described for coursework; a wife's episode
    last Tuesday, "home and back to normal"."""
    _kept_out_of_the_net_and_scores(
        "written_probes142", first=(28, 5), rules_alone=(28, 5), floor=(30, 3)
    )


def test_the_seventy_third_and_seventy_fourth_written_topic_sets_are_kept() -> None:
    """Topic sets 73 and 74 (two writers: cold weather and the outdoors; students and young
    adults), each run once at 3890560 and at e20158e (the same figures): 73 right topic 70.7%,
    declined 90.0%, false emergencies **7.1%**, findings 64.4 / 62.3%; 74 right topic 77.6%,
    declined 85.0%, false emergencies **8.2%**, findings 61.5 / 47.1%; both found their
    emergencies, no off-topic alarm. Mended since: snowshoe "bindings" read as "blindness". Left:
    most of both sets' false emergencies are the net's (a calf warm and swollen after a flight
    or a gaming marathon read as the chest's clot, ski boots buckled too tight, shovelling
    snow), and a foot "completely dead" from kneeling or sitting cross-legged in a message that
    says now."""
    _topic_sets_hold(
        {
            "written_topics73": ((70.7, 90.0), 6.1, (70, 90, 64, 62)),
            "written_topics74": ((77.6, 85.0), 8.2, (77, 85, 61, 47)),
        }
    )


def test_set_143_night_time_and_waking() -> None:
    """Set 143 (a hundred-and-thirty-second writer: the small hours and waking; round four of
    the twenty-seventh session). First run at 3890560: 28 of 30 found (the rules alone 26), 5 of
    30 alarmed; at ead7673 (round three's mends) the same. Mended since: a foot that "just
    wouldnt work ... now everythings doubled when I look at the telly"; a knee op's bandage
    "really tight now. couldnt sleep for the pain, foot is swollen and tingling"; "Had my ankle
    cast off 3 weeks ago"; chest pain last Tuesday, "ECGs and bloods all fine, it was reflux".
    Left: a grandad's stroke "back in 2009" feared on waking; a partner's open window and feet
    "white-ish" that "go pink again in 5 mins"; a tequila night on the bathroom floor, "took
    about 20 mins to come right" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes143", first=(28, 5), rules_alone=(26, 5), floor=(30, 3)
    )


def test_set_144_questions_about_going_to_hospital() -> None:
    """Set 144 (a hundred-and-thirty-third writer: "do I really need A&E", "111 said wait", "the
    ambulance is 4 hours"). First run at 3890560: 30 of 30 found (the rules alone 30), 3 of 30
    alarmed; at ead7673 the same. Mended since: a cellulitis the hospital "sorted ... all healed
    up now"; "something like a stroke ... asking for the future". Left: a father's confusion last
    month that "turned out to be a water infection" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes144", first=(30, 3), rules_alone=(30, 3), floor=(30, 1)
    )


def test_the_seventy_fifth_written_topic_set_is_kept() -> None:
    """Topic set 75 (a writer: long-term conditions - diabetes, MS, thyroid and kidney disease,
    arthritis, HIV, coeliac disease, long Covid), run once at 3890560 and at ead7673 (the same
    figures): right topic 84.5%, declined **75.0%**, false emergencies 2.0%, findings 70.0 /
    56.2%; both emergencies found, no off-topic alarm. Nothing mended for it yet: its declines
    (medication doses, blood results, joint pain "without tingling") are left."""
    _topic_sets_hold({"written_topics75": ((84.5, 75.0), 2.0, (84, 75, 70, 56))})


def test_set_145_faith_and_prayer() -> None:
    """Set 145 (a hundred-and-thirty-fourth writer: faith and prayer - "please pray", the
    pastor laying hands on her, not breaking the Ramadan fast; round one of the twenty-eighth
    session). First run at fca42ee: 30 of 30 found (the rules alone 28), 2 of 30 alarmed.
    Mended since: a mother "seen at the TIA clinic the same day ... doing great". Left: hands
    and feet that tingle before leading worship, "most sundays for a year", "not happening
    right now" (a habit told in the present keeps `unless` out)."""
    _kept_out_of_the_net_and_scores(
        "written_probes145", first=(30, 2), rules_alone=(28, 2), floor=(30, 1)
    )


def test_set_146_money_and_practical_barriers() -> None:
    """Set 146 (a hundred-and-thirty-fifth writer: the ambulance bill, a zero-hours shift, no
    car, the dog). First run at fca42ee: 30 of 30 found (the rules alone 29), 3 of 30 alarmed.
    Mended since: "did legs at the gym yesterday ... both thighs are jelly ... its just DOMS".
    Left: groin numbness two weeks ago, a clear MRI, "The groin numbness has gone, just some
    tingling down the back of my leg now" (the ending is read, then the tingling after it);
    an ER visit for a foot "cold and pale after I fell asleep on the sofa", all checked."""
    _kept_out_of_the_net_and_scores(
        "written_probes146", first=(30, 3), rules_alone=(29, 3), floor=(30, 2)
    )


def test_set_147_remote_and_rural_life() -> None:
    """Set 147 (a hundred-and-thirty-sixth writer: farms, islands, the last ferry, one bar of
    signal). First run at fca42ee: **29** of 30 found (the rules alone 29), 1 of 30 alarmed.
    Missed at first, and mended: "tractor rolled back onto my calf yesterday. leg is like a
    drum now, pain is unreal, foot all pins and needles" ("rolled back onto" is now a blow).
    Also mended: a father's toe lost to diabetes "years ago, it went black" (someone else's
    story dated long ago now dates the clauses after it in its sentence)."""
    _kept_out_of_the_net_and_scores(
        "written_probes147", first=(29, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_148_very_literal_precise_writers() -> None:
    """Set 148 (a hundred-and-thirty-seventh writer: timed onsets, pen tests, numbered
    observations, "I cannot rule out"). First run at fca42ee: **28** of 30 found (the rules
    alone 26), **7** of 30 alarmed. Missed at first, and mended: "right leg numb from knee
    down, came on in under a minute ... the lower half of what I see, both eyes, is grey";
    "Colour white with blue patches ... Pain 9/10 in the calf and foot. Pen test: no
    sensation". Also mended: a leg that "became numb over about 10 seconds" (found before only
    as both legs, and lost behind a preamble); "if the numbness in my thigh ever came with
    chest pain"; a mother's embolism in 2015, "she was breathless". Left: episodes timed to
    their end after sitting cross-legged or on the toilet ("sensation fully back at 2 min 40
    s"); saddle and bladder questions answered "negative on both"; a head bump that the leg
    tingling "predates"; "Breathless during the run as normal"."""
    _kept_out_of_the_net_and_scores(
        "written_probes148", first=(28, 7), rules_alone=(26, 7), floor=(30, 5)
    )


def test_set_149_gen_z_and_internet_slang() -> None:
    """Set 149 (a hundred-and-thirty-eighth writer: "lowkey", "ngl", "not me ...", keysmash;
    round two of the twenty-eighth session). First run at fca42ee and at round one's reader
    8677299 (the same): 30 of 30 found (the rules alone 28), 1 of 30 alarmed. Mended since:
    "i literally can't feel my legs from laughing"."""
    _kept_out_of_the_net_and_scores(
        "written_probes149", first=(30, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_150_trades_and_machine_metaphors() -> None:
    """Set 150 (a hundred-and-thirty-ninth writer: "lost power", "like someone pulled the
    fuse", "gone offline"). First run at fca42ee and at 8677299 (the same): **25** of 30 found
    (the rules alone 22), 3 of 30 alarmed - the hardest first run of the session. Missed at
    first, and mended: a right leg that "just lost power ... the foot's dragging"; a leg "gone
    offline" with "the left half of my monitor ... missing, both eyes"; "the left side's lost
    power ... the words are coming out scrambled"; "digger parked on my chest right now, into
    left arm"; a nail "straight thru the welly", redness spreading and "burning up, 39.2".
    Also mended: an IT system's "stroke", jelly legs "fine after a brew", a leg "jammed under
    me" on the sofa."""
    _kept_out_of_the_net_and_scores(
        "written_probes150", first=(25, 3), rules_alone=(22, 3), floor=(30, 0)
    )


def test_set_151_after_an_illness_infection_or_jab() -> None:
    """Set 151 (a hundred-and-fortieth writer: a stomach bug, covid, shingles or a booster in
    the past days). First run at fca42ee and at 8677299 (the same): **28** of 30 found (the
    rules alone 27), 4 of 30 alarmed. Missed at first, and mended: covid's ninth day and "my
    right leg went numb from the hip down, just like that"; a mother "not making sense" whose
    "right arm just flops when she tries to lift her cup" ("tries" was read as "tris"). Also
    mended: Guillain-Barre read "on facebook", a scare in March that "never come back", a
    soles' tingle that "hasnt spread ... legs strong". Left: a father's stroke in 2021 with
    weakness "the same as it's been" during a water infection."""
    _kept_out_of_the_net_and_scores(
        "written_probes151", first=(28, 4), rules_alone=(27, 4), floor=(30, 1)
    )


def test_the_seventy_sixth_and_seventy_seventh_written_topic_sets_are_kept() -> None:
    """Topic sets 76 and 77 (two writers: hobbies and crafts; sleep and bed), each run once at
    fca42ee: 76 right topic 84.2%, declined 92.5%, false emergencies 3.1%, findings 64.2 /
    50.7%; 77 right topic **56.1%**, declined 100%, false emergencies **6.2%**, findings 62.2 /
    73.9%; every emergency found, no off-topic alarm. Mended since: "nearly fell over getting
    up" after half lotus; a dead leg on waking with the leg "bent up under me" or "jammed in
    the footwell"; a husband's leg "slung" over the writer's (read as "slurring"); one leg's
    numb patch creeping up "other leg's fine". Left: topic 77's sleeping positions answered
    with home remedies rather than pressure on a nerve (three phrases added to that cause moved
    33 stored messages right and 26 wrong, so they were taken back); a foot drop after a night
    passed out drunk with a leg crossed over the other, "its tuesday now"; a seiza class's
    feet that "go completely numb and I can't stand up straight away"."""
    _topic_sets_hold(
        {
            "written_topics76": ((84.2, 92.5), 2.1, (86, 92, 64, 51)),
            "written_topics77": ((56.1, 100.0), 2.1, (57, 100, 62, 79)),
        }
    )


def test_set_152_events_and_occasions() -> None:
    """Set 152 (a hundred-and-forty-first writer: weddings, funerals, a match in the stand,
    Christmas dinner; round three of the twenty-eighth session). First run at fca42ee and at
    round two's reader 8c9d89c (the same): 30 of 30 found (the rules alone 29), 4 of 30
    alarmed. Mended since: a mother with a past cancer whose foot "came back after a minute
    walking about" ("came back" was read as a back); Boxing Day's white toes "pink and normal
    again ... Happens every winter"; sore muscles after a ceilidh. Left: "my heart stopped and
    my legs went to jelly" when the team equalised."""
    _kept_out_of_the_net_and_scores(
        "written_probes152", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_153_what_other_people_noticed() -> None:
    """Set 153 (a hundred-and-forty-second writer: "my wife says my face looks funny", "the
    barista asked if I was ok"). First run at fca42ee and at 8c9d89c (the same): **28** of 30
    found (the rules alone 28), 3 of 30 alarmed. Missed at first, and mended: "my gf noticed i
    cant feel it when she touches the inside of my thighs, or down there"; a leg "really pale,
    like marble ... The pain in the calf is unreal". Also mended: a foot dead "in a cramped
    seat", "back to normal within 5 mins"; "having a stroke every time i try to work the new
    tv remote"; "Turned out I had a water infection"."""
    _kept_out_of_the_net_and_scores(
        "written_probes153", first=(28, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_154_holidays_weekends_and_closed_services() -> None:
    """Set 154 (a hundred-and-forty-third writer: bank holiday Monday, the GP shut until
    Tuesday, 3am on a Sunday). First run at fca42ee: **29** of 30 found (the rules alone 28),
    3 of 30 alarmed; at 8c9d89c the same but 2 alarmed. Missed at first, and mended: "Had flu
    over new year, now legs weak both sides and climbing, struggling to swallow my tea". Also
    mended: "Last Easter ... they said it was a TIA"; white toes after the fireworks that went
    "back to pink in ten minutes"."""
    _kept_out_of_the_net_and_scores(
        "written_probes154", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_the_seventy_eighth_written_topic_set_is_kept() -> None:
    """Topic set 78 (a writer: money, waiting lists and self-care on a budget - TENS machines,
    a £3 B12 test, private physio, a neurology wait), run once at fca42ee and at 8c9d89c (the
    same figures): right topic 77.2%, declined 95.0%, false emergencies 2.1%, findings 74.7 /
    76.4%; all three emergencies found, no off-topic alarm. Nothing mended for it: one leg's
    numbness that "has spread up to my knee" on the waiting list read as climbing both legs
    (mended in the twenty-ninth session: up to one knee is one leg, topic set 79), and
    claudication priced by a vascular surgeon ("nearly passed out") as a faint."""
    _topic_sets_hold({"written_topics78": ((77.2, 95.0), 1.0, (77, 95, 74, 76))})


def test_set_155_animals_pets_and_farms() -> None:
    """Set 155 (a hundred-and-forty-fourth writer: dog walkers, riders, farmers, a cat bite on
    a diabetic foot; round one of the twenty-ninth session). First run at 1bd185a: 30 of 30
    found (the rules alone 27), 5 of 30 alarmed. Mended since: toes white in the frost, "10
    min later theyre pink and toasty"; both legs "jelly" after chasing pigs, "back to normal
    now"; Guillain-Barre asked about by someone who feels "completely fine"; a ewe's "back
    legs just not working" (an animal's); "bowel cancer" read as a bowel sign."""
    _kept_out_of_the_net_and_scores(
        "written_probes155", first=(30, 5), rules_alone=(27, 5), floor=(30, 0)
    )


def test_set_156_symptom_logs_and_lists() -> None:
    """Set 156 (a hundred-and-forty-fifth writer: bullet points, timestamped diary lines,
    "Symptoms: / Onset:" forms, notes pasted from a phone). First run at 1bd185a: **29** of 30
    found (the rules alone 27), 5 of 30 alarmed. Missed at first, and mended: "coughed into a
    tissue and it was bright red". Also mended: a mother home "and fine" after a fall last
    week; "- back: no pain at all", "bladder/bowels normal"; a leg "folded under me" on the
    sofa, "back to normal" at 06:45; "Not had any chest pain since"; toes that "go pink again
    5 mins after i come in"."""
    _kept_out_of_the_net_and_scores(
        "written_probes156", first=(29, 5), rules_alone=(27, 5), floor=(30, 0)
    )


def test_set_157_health_anxiety() -> None:
    """Set 157 (a hundred-and-forty-sixth writer: people who worry, have googled everything and
    half-dismiss real signs). First run at 1bd185a: 30 of 30 found (the rules alone 30), **7**
    of 30 alarmed. Mended since: "my brain instantly went 'stroke'"; legs "turned to jelly
    when the hospital letter came"; "Since then nothing in my chest at all"; "vision is fine
    today, no numbness" (read as "no ... vision"); "worked myself up into thinking gangrene".
    Left: a saddle numbness last week with an emergency MRI "clear" and gone (an ending does
    not excuse the saddle, on purpose); Raynaud's toes white in the frost "Today", back "pink
    and warm within a few minutes", "No pain now" (an ending alone excuses no cold pale leg,
    and "now" comes after it)."""
    _kept_out_of_the_net_and_scores(
        "written_probes157", first=(30, 7), rules_alone=(30, 7), floor=(30, 2)
    )


def test_set_158_jokes_and_dark_humour() -> None:
    """Set 158 (a hundred-and-forty-seventh writer: "leg.exe has stopped working", gallows
    humour, sarcasm). First run at 1bd185a: **29** of 30 found (the rules alone 27), 4 of 30
    alarmed. Missed at first, and mended: "right leg just switched off about 10 mins ago ... I
    just can't lift it". Also mended: "having a stroke trying to do my tax return"; "I've
    literally broken my back hoovering the stairs lol (I haven't ...)"; a "mini stroke" in
    2021, "on statins ever since"; "remember when I couldn't feel my legs after the
    epidural?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes158", first=(29, 4), rules_alone=(27, 4), floor=(30, 0)
    )


def test_the_seventy_ninth_written_topic_set_is_kept() -> None:
    """Topic set 79 (a writer: gardening, DIY and jobs around the house), run once at 1bd185a:
    right topic 77.2%, declined 97.5%, false emergencies **4.1%**, findings 59.4 / 61.3%; all
    three emergencies found, no off-topic alarm. Mended since: one foot's tingling that "crept
    up to my knee" (one leg, not both climbing); an electric shock "when I bend my head right
    down to weed" into both legs (Lhermitte's, not sciatica); white and purple toes that
    happen "every time im out in the garden in winter". Left: sciatica with a stone lost and
    night pain, which the net reads as the cauda equina."""
    _topic_sets_hold({"written_topics79": ((77.2, 97.5), 1.0, (80, 97, 60, 65))})


def test_set_159_military_veterans_and_uniformed_services() -> None:
    """Set 159 (a hundred-and-forty-eighth writer: soldiers, firefighters, prison officers,
    veterans - "tabbing with a full bergen", "sick parade", "my oppo"; round two of the
    twenty-ninth session). First run at 1bd185a and at round one's reader a8a70cb (the same):
    **29** of 30 found (the rules alone 27), **6** of 30 alarmed. Missed at first, and
    mended: "Part of a ceiling came down on my crewmate's head ... his legs feel numb and his
    neck hurts". Also mended: a leg dead after kneeling on the range, "walking fine now"; a
    briefing on compartment syndrome; a first aid refresher's casualty card; Raynaud's toes
    "pink again in ten mins, no pain now"; "if we ever get numb round our backside or can't
    pee" (a clause was split at "round our"). Left: a grandfather who "lost his leg to gangrene
    from a diabetic foot" (the part after "and" does not name him)."""
    _kept_out_of_the_net_and_scores(
        "written_probes159", first=(29, 6), rules_alone=(27, 6), floor=(30, 1)
    )


def test_set_160_on_the_move() -> None:
    """Set 160 (a hundred-and-forty-ninth writer: trains, planes, coaches, ferries, a layover).
    First run at 1bd185a and at a8a70cb (the same): 30 of 30 found (the rules alone 28), 4 of
    30 alarmed. Mended since: a cancer history with "legs strong, peeing and pooing like
    normal"; toes white on "the freezing ferry deck", "completely back to normal"; a father's
    jumbled words last Tuesday that the hospital "said it was a TIA"; a panic attack on
    takeoff, "heart back to normal"."""
    _kept_out_of_the_net_and_scores(
        "written_probes160", first=(30, 4), rules_alone=(28, 4), floor=(30, 0)
    )


def test_set_161_care_homes_and_visiting() -> None:
    """Set 161 (a hundred-and-fiftieth writer: care workers, night staff, visitors, sheltered
    housing). First run at 1bd185a: **28** of 30 found (the rules alone 27), **8** of 30
    alarmed; at a8a70cb the same but 7 alarmed. Missed at first, and mended: "her mouth's
    slipped down on the right and the soup is dribbling out the corner" and "his smile's gone
    crooked" (the "'s" read as a plural). Also mended: a stroke's old weakness "from his
    stroke in 2019" on a visit (the net still alarms on it); a policy "if a resident's face
    suddenly drops"; a dementia's incontinence "in pads"; the warden's questions answered
    "no, all normal"; legs weak "since polio"; an arm dead "once I shook it out". Left: a
    husband's spinal cord compression from his cancer, years ago, beside the writer's own
    tingling foot."""
    _kept_out_of_the_net_and_scores(
        "written_probes161", first=(28, 8), rules_alone=(27, 8), floor=(30, 2)
    )


def test_the_eightieth_written_topic_set_is_kept() -> None:
    """Topic set 80 (a writer: gaming, streaming and desk work), run once at 1bd185a and at
    a8a70cb (the same figures): right topic 73.7%, declined 82.5%, false emergencies **4.1%**
    (**one off-topic**: a toe stubbed "on the desk leg ... its gone purple"), findings 62.5 /
    50.6%; all three emergencies found. Mended since: the desk's leg; a past saddle numbness
    "around my bottom" last spring (a clause was split at "around my"). Left: sciatica worse
    at night that the net reads as the cauda equina; a foot sat on while editing that took
    "a good five minutes to come back", in a message that says "Tonight"."""
    _topic_sets_hold({"written_topics80": ((73.7, 82.5), 2.1, (75, 82, 62, 52))})


def test_set_162_storms_floods_power_cuts_and_being_cut_off() -> None:
    """Set 162 (a hundred-and-fifty-first writer: snowed in, flooded, a power cut, a ferry
    cancelled; round three of the twenty-ninth session). First run at 1bd185a: **29** of 30
    found (the rules alone 27), **8** of 30 alarmed; at round two's reader 40248d1 the same but
    7 alarmed. Missed at first, and mended: a neighbour who "doesn't know who I am, keeps
    calling me Brian ... her left hand just isn't gripping". Also mended: feet white in a power
    cut, "20 mins later they're pink and warm ... thats gone now"; a fall on the ice that A&E
    "said it's bruising"; puffed clearing snow "like you do, but fine after 2 minutes"; lips
    that "go funny" at every panic; "temperature normal". Left: an uncle's infected foot in
    the 2014 floods beside the writer's healed cut; "If he gets chest pain while we're cut off"
    (a hypothetical the reader does not hear)."""
    _kept_out_of_the_net_and_scores(
        "written_probes162", first=(29, 8), rules_alone=(27, 8), floor=(30, 2)
    )


def test_set_163_music_dance_and_performance() -> None:
    """Set 163 (a hundred-and-fifty-second writer: bandmates, dancers, organists, a choir, a
    festival). First run at 1bd185a and at 40248d1 (the same): **29** of 30 found (the rules
    alone 28), **6** of 30 alarmed. Missed at first, and mended: an alto "gone all confused ...
    keeps saying spoon instead of soprano and her folder slid out of her left hand". Also
    mended: a guitarist's TIA the stroke clinic "signed him off"; an actor "Playing a man who
    has a stroke"; legs "turned to jelly when harry walked out"; a filling's lopsided smile.
    Left: feet white at a festival, "15 mins later theyre pink and warm ... just the cold
    yeah?" (the cold is named only after); a fall backstage with a CT, "no fracture ... just
    bruising" ("just bruising" also hides a fall told as "just bruising prob?")."""
    _kept_out_of_the_net_and_scores(
        "written_probes163", first=(29, 6), rules_alone=(28, 6), floor=(30, 2)
    )


def test_set_164_embarrassment_and_euphemism() -> None:
    """Set 164 (a hundred-and-fifty-third writer: "down there", "my bits", "in the bedroom
    department", "a little accident"). First run at 1bd185a and at 40248d1 (the same): **28**
    of 30 found (the rules alone 27), 1 of 30 alarmed. Missed at first, and mended: "the
    insides of my thighs feel like they've been to the dentist"; one leg numb "from the hip
    down" straining on the toilet with "nothing pressing on it", 15 minutes ago (a seat that the
    writer says pressed on nothing explains nothing). Left: "What if I can't feel my legs or
    down there afterwards" before an epidural (a sign in the writer's own words is read even
    after "what if")."""
    _kept_out_of_the_net_and_scores(
        "written_probes164", first=(28, 1), rules_alone=(27, 1), floor=(30, 1)
    )


def test_the_eighty_first_written_topic_set_is_kept() -> None:
    """Topic set 81 (a writer: shoes, boots and footwear - heels, ski boots, insoles, laces done
    too tight), run once at 1bd185a: right topic 72.4%, declined 87.5%, false emergencies
    2.0%, findings 64.4 / 37.2%; at 40248d1 right 74.1% and false emergencies 1.0%; both
    emergencies found, no off-topic alarm. Mended since: toes "numb, pale and stiff" after
    hours in the snow, "Now they're completely normal"."""
    _topic_sets_hold({"written_topics81": ((72.4, 87.5), 0.0, (75, 87, 64, 37))})


def test_set_165_smartwatches_apps_and_gadgets() -> None:
    """Set 165 (a hundred-and-fifty-fourth writer: watch alerts, glucose sensors, doorbell
    cameras, pendant alarms; round one of the thirtieth session). First run at 6e56285 and at
    2bf9cd8 (the same): 30 of 30 found (the rules alone 30), **5** of 30 alarmed. Mended: a nan's
    fall pendant "if her leg suddenly went cold and blue" (a supposition about her leg). Left:
    known Raynaud's feet white now in a cold house; toes pale under a bandage that "pinked up"
    once it was taken off; an uncle's cancer in the spine beside the writer's desk ache and a
    foot sat on; a neighbour's husband taken away, "they think stroke"."""
    _kept_out_of_the_net_and_scores(
        "written_probes165", first=(30, 5), rules_alone=(30, 5), floor=(30, 4)
    )


def test_set_166_students_and_shared_houses() -> None:
    """Set 166 (a hundred-and-fifty-fifth writer: halls, all-nighters, house parties, exam
    season). First run at 6e56285 and at 2bf9cd8: 30 of 30 found (the rules alone 29), **9** of
    30 alarmed. Mended: a leg "tucked under the chair" in the library, "totally normal now."
    (said as a sentence of its own); "this all nighter has my whole face drooping lol"; feet white
    walking home "barefoot in the rain", pink again; a housemate's Guillain-Barre "in first
    year" (a housemate's past is someone else's). Left: a cracked vertebra in first year signed
    off by the spinal clinic; a bump on the bunk bed beside tingling "since before Christmas"; a
    cast re-done at the fracture clinic, toes pink now (the net); a mother's spinal cancer five
    years ago; a housemate "on the stroke ward now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes166", first=(30, 9), rules_alone=(29, 8), floor=(30, 5)
    )


def test_set_167_grandparents_and_grandchildren() -> None:
    """Set 167 (a hundred-and-fifty-sixth writer: minding the grandchildren, school runs, days
    out). First run at 6e56285 and at 2bf9cd8: 30 of 30 found (the rules alone 30), **4** of 30
    alarmed. Mended: legs like jelly after Legoland "all day ... 21,000 steps", normal again
    after a sit down; Raynaud's feet that "warmed up and feel completely normal now"; a
    grandad's infected ulcer last year (a foot named again in "his feet look fine now" is no new
    sign). Left: an epidural 35 years ago asked about a thigh's numb patch for a year."""
    _kept_out_of_the_net_and_scores(
        "written_probes167", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_168_swimming_water_and_beaches() -> None:
    """Set 168 (a hundred-and-fifty-seventh writer: wild swimming, pools, surfing, stings,
    boats). First run at 6e56285 and at 2bf9cd8: 30 of 30 found (the rules alone 28), **4** of
    30 alarmed. Mended: "face dropped at sunbed prices"; legs "total jelly after my first 5k sea
    swim"; lips that "go funny" when panicking in deep water, "GP said its hyperventilating".
    Left: a diving board's knock last summer with a clear CT beside a foot sat on."""
    _kept_out_of_the_net_and_scores(
        "written_probes168", first=(30, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_169_couples_and_dating() -> None:
    """Set 169 (a hundred-and-fifty-eighth writer: dates, honeymoons, video calls, partners;
    round two). First run at 6e56285 and at 2bf9cd8: 30 of 30 found (the rules alone 29), **4** of
    30 alarmed. Mended: a heart "racing the whole time he was holding my hand" beside a foot sat
    on in the car; legs "like jelly" after Snowdon, "walking like penguins"; a campylobacter
    that "can trigger" Guillain-Barre, "no numbness or weakness anywhere". Left: a new cast
    checked as the nurse said, toes pink and warm (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes169", first=(30, 4), rules_alone=(29, 3), floor=(30, 1)
    )


def test_set_170_neighbours_and_community() -> None:
    """Set 170 (a hundred-and-fifty-ninth writer: over the fence, the allotment, the village
    hall). First run at 6e56285 and at 2bf9cd8: **29** of 30 found (the rules alone 28), 3 of 30
    alarmed. Missed at first, and mended: a neighbour's husband with his leg "trapped under the
    ride on mower ... swelling up tight as a drum ... screaming ... his foots gone all tingly"
    (found before only by the net when told alone; "trapped under" is now an injury). Also
    mended: "the street whatsapp is giving me chest pains"; legs like jelly after carrying 40
    chairs, "just knackered muscles"; a TIA told with "the stroke clinic on Friday"."""
    _kept_out_of_the_net_and_scores(
        "written_probes170", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_171_sports_fans_and_spectators() -> None:
    """Set 171 (a hundred-and-sixtieth writer: the terraces, the pub, the races, the telly).
    First run at 6e56285 and at 2bf9cd8: 30 of 30 found (the rules alone 30), **7** of 30
    alarmed. Mended: "my whole face dropped lol, still cant speak about it"; a heart "racing in
    the shootout" and "couldnt breathe lol"; jelly legs after standing on the terrace "for the
    whole match", fine after a sit down; "that tackle nearly broke my back just watching it"; an
    infected ulcer last year, "foot looks fine now"; bowel cancer eight years ago beside a foot
    numb with the legs crossed. Left: "£10 says my brother faints" (a bet: "£" is not kept, and
    "(24) says" is how a relative's age comes before what they say)."""
    _kept_out_of_the_net_and_scores(
        "written_probes171", first=(30, 7), rules_alone=(30, 7), floor=(30, 1)
    )


def test_the_eighty_second_and_eighty_third_written_topic_sets_are_kept() -> None:
    """Topic set 82 (standing jobs: shop floors, warehouses, wards, salons, kitchens) and 83
    (babies, toddlers and young parents), run once at 6e56285 (and the same at 2bf9cd8): 82 right
    topic **61.4%**, declined 92.5%, false emergencies 2.1%, findings 63.6 / 50.0%; 83 right
    68.4%, declined 90.0%, false emergencies 2.1%, findings 61.9 / 59.1%; every emergency found,
    no off-topic alarm. Mended since: a calf that "cramps up after about 5 mins and i have to
    stop" on patrol (claudication told without "walking"; the topic stays with pressure: the
    ranker and the head read a job on the feet as pressure); a chef's feet numb for months that
    "creeps up a bit more every month"; legs "folded out to one side" on the nursery floor (not
    legs that folded); a caesarean wound's infection. Left: a smoker's calf told as claudication
    answered as pressure, and most of set 82's medicine and vitamin questions answered as
    neuropathy."""
    _topic_sets_hold(
        {
            "written_topics82": ((61.4, 92.5), 1.0, (63, 92, 65, 51)),
            "written_topics83": ((68.4, 90.0), 0.0, (70, 90, 61, 60)),
        }
    )


def test_set_172_waiting_rooms_pharmacies_and_appointments() -> None:
    """Set 172 (a hundred-and-sixty-first writer: typed in the GP's waiting room, the pharmacy
    queue, a clinic; round three of the thirtieth session). First run at 6e56285 and at 377c4ce
    (the same): **29** of 30 found (the rules alone 28), 4 of 30 alarmed. Missed at first, and
    mended: in the chemist's queue "my right foot has just gone totally numb and floppy, like it
    belongs to someone else ... not leaning on anything, nothing tight" (the standing is no
    pressure the writer allows: `pressure_denied`). Also mended: what a mother should do "if she
    gets short of breath"; both legs dead after "2 hours on them hard plastic chairs"; "legs
    turned to jelly when the dentist said root canal"; a GP's "if the tingling ever starts
    climbing up my legs or I can't stand up, ring 999" (a run-on "if" now opens a phrase)."""
    _kept_out_of_the_net_and_scores(
        "written_probes172", first=(29, 4), rules_alone=(28, 4), floor=(30, 0)
    )


def test_set_173_cooking_baking_and_kitchens() -> None:
    """Set 173 (a hundred-and-sixty-second writer: the hob, a dropped pan, knife cuts, the walk-in
    freezer). First run at 6e56285 and at 377c4ce: **29** of 30 found (the rules alone 28), 4 of
    30 alarmed. Missed at first, and mended: "Dropped the Le Creuset full of stew on my foot ...
    painkillers haven't touched it, the whole foot is swollen tight and shiny and my toes have
    gone numb and tingly". Also mended: "my face dropped a mile when the souffle sank"; toes pale
    after the walk-in freezer, pink again in minutes; "If I slipped and hurt my back". Left: a
    leg's numbness two weeks ago with a full stroke work-up and clear scans."""
    _kept_out_of_the_net_and_scores(
        "written_probes173", first=(29, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_174_teenagers_writing_about_a_parent_or_grandparent() -> None:
    """Set 174 (a hundred-and-sixty-third writer: 16 to 20 year olds, for or about mum, dad, nan
    or grandad). First run at 6e56285 and at 377c4ce: 30 of 30 found (the rules alone 29), 1 of
    30 alarmed. Left: a grandad who slipped on the ice and "landed on his bum", legs normal,
    walked to the shop (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes174", first=(30, 1), rules_alone=(29, 0), floor=(30, 1)
    )


def test_set_175_interpreting_for_a_relative() -> None:
    """Set 175 (a hundred-and-sixty-fourth writer: passing on what a parent or spouse says in
    another language). First run at 6e56285 and at 377c4ce: 30 of 30 found (the rules alone 28),
    **6** of 30 alarmed. Mended: a nurse who "thought dad sounded slurred but that's his accent";
    a leg "folded under him" on the sofa, back to normal in 5 minutes; "she 'froze and couldnt
    move her legs' ... she means she was scared stiff"; a granddad's "breathing hard" that "he
    meant the stairs"; a bike ride's numb saddle, "today everything normal down there". Left: a
    father's mini stroke in March, "face dropped for 10 min", told with his positional tingling."""
    _kept_out_of_the_net_and_scores(
        "written_probes175", first=(30, 6), rules_alone=(28, 6), floor=(30, 1)
    )


def test_the_eighty_fourth_written_topic_set_is_kept() -> None:
    """Topic set 84 (cars, driving and commuting), run once at 6e56285: right topic 75.4%,
    declined 92.5%, false emergencies **8.2% (1 off-topic)**, findings 63.6 / 42.7%; at 377c4ce
    the same but findings 65.5 / 43.4%; every emergency found. Mended since: both legs numb
    "squashed in the back between the two kids' car seats", gone in five minutes; both feet that
    "crept up gradually" over a year; a motorbike rider's toes "white then blue and numb, then
    bright red" (Raynaud's colours). The off-topic alarm left: a rear-end shunt's "whiplash"
    with "no pins and needles or numbness anywhere" (the injury rule reads whiplash by name, as
    a mechanism to check; a rewrite to a sore neck when numbness is denied lost "no tingling at
    first but now after the whiplash both my legs are numb", so it was taken back)."""
    name = "written_topics84"
    kept = json.loads((DATA / f"{name}_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"]) == (75.4, 92.5)
    summary = _kept_topic_set(name)
    assert summary["emergency_recall"] == 100.0, summary
    assert summary["false_emergencies"] <= 5.2 and summary["off_topic_alarms"] <= 1, summary
    assert summary["right_topic"] >= 80 and summary["off_topic_declined"] >= 92, summary
    assert summary["findings_recall"] >= 65 and summary["findings_precision"] >= 45, summary


def test_set_176_rough_sleeping_hostels_and_housing_trouble() -> None:
    """Set 176 (a hundred-and-sixty-fifth writer: doorways, hostels, sofa-surfing, outreach
    workers typing for someone; round four of the thirtieth session). First run at 6e56285 and
    at 968ef66 (the same): 30 of 30 found (the rules alone 29), 1 of 30 alarmed. Left: a key
    worker's "if i ever cant feel myself on the toilet ... go straight to A&E" beside "i can
    feel everything fine, peeing normal" (the conditional is not heard as one)."""
    _kept_out_of_the_net_and_scores(
        "written_probes176", first=(30, 1), rules_alone=(29, 1), floor=(30, 1)
    )


def test_set_177_office_work_hybrid_working_and_video_calls() -> None:
    """Set 177 (a hundred-and-sixty-sixth writer: desks, sofas, video calls, the commute). First
    run at 6e56285: 30 of 30 found (the rules alone 30), **4** of 30 alarmed; at 968ef66 3.
    Mended: a colleague's face "all droopy and smeared" as the video pixelated when "his wifi
    dropped"; "'paralysed' by the workload". Left: a mother's bowel cancer beside the writer's
    desk back ache and a foot tingly "when I sit cross-legged" (the posture is told after the
    match ends)."""
    _kept_out_of_the_net_and_scores(
        "written_probes177", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_178_gym_weights_and_supplements() -> None:
    """Set 178 (a hundred-and-sixty-seventh writer: squats, pre-workout, steroids, leg day).
    First run at 6e56285 and at 968ef66: 30 of 30 found (the rules alone 29), 2 of 30 alarmed.
    Mended: "leg day absolutely destroyed me, cant feel my legs lol ... its just DOMS"; in the
    thirty-first session a first aid course's "if a member passed out mid set or said their leg
    suddenly went numb, what should i do?" (a sentence opened by "if" that asks what to do
    after its comma supposes all before it)."""
    _kept_out_of_the_net_and_scores(
        "written_probes178", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_179_smokers_vapers_and_quitting() -> None:
    """Set 179 (a hundred-and-sixty-eighth writer: cigarettes, vapes, patches, cravings). First
    run at 6e56285 and at 968ef66: 30 of 30 found (the rules alone 29), 2 of 30 alarmed.
    Mended: "my chest feels tight with guilt lol"; in the thirty-first session a head banged on
    the smoking shelter last month with a clear CT (a scan that was clear sets an injury aside
    unless the message says it is now)."""
    _kept_out_of_the_net_and_scores(
        "written_probes179", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_180_dog_walking_parks_and_countryside_walks() -> None:
    """Set 180 (a hundred-and-sixty-ninth writer: dog walks, stiles, fells, coast paths; round
    one of the thirty-first session). First run at 7d1f75a: 30 of 30 found (the rules alone
    29), 3 of 30 alarmed. Mended: "laughed so hard ... I wet myself a tiny bit. that's been
    happening since I had the twins"; "Both legs like jelly after the fell walk yesterday";
    hands and lips tingly "while I was gasping, but it all went ... once I'd calmed down"."""
    _kept_out_of_the_net_and_scores(
        "written_probes180", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_181_fasting_skipped_meals_and_religious_observance() -> None:
    """Set 181 (a hundred-and-seventieth writer: Ramadan, Lent, Yom Kippur, long services).
    First run at 7d1f75a: 30 of 30 found (the rules alone 30), 2 of 30 alarmed. Mended: "Last
    Yom Kippur I fainted in shul" (a festival named with "last" is a time past); "legs like
    jelly after standing for the 3 hour Orthodox Easter service ... fine after sitting down"."""
    _kept_out_of_the_net_and_scores(
        "written_probes181", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_182_mechanics_garages_and_car_repairs() -> None:
    """Set 182 (a hundred-and-seventy-first writer: under cars, axle stands, inspection pits).
    First run at 7d1f75a: **29** of 30 found (the rules alone 27), 3 of 30 alarmed. The miss,
    mended: a swollen calf "since the weekend", then "just coughed into a rag and there's
    bright red blood in it and my breathing's gone short". Mended: toes tingly "when i crouch"
    (read as "crotch"); a lad who "went to A&E last week with a numb bum and couldn't pee ...
    He's had his scan and op" ("A&E" is one name, not two parts joined by "and"); "what I'd do
    if I got slurred words or a droopy face alone in the garage"."""
    _kept_out_of_the_net_and_scores(
        "written_probes182", first=(29, 3), rules_alone=(27, 3), floor=(30, 0)
    )


def test_set_183_choirs_clubs_volunteering_and_charity_events() -> None:
    """Set 183 (a hundred-and-seventy-second writer: choirs, bell ringing, food banks, fun
    runs). First run at 7d1f75a: 30 of 30 found (the rules alone 30), **4** of 30 alarmed.
    Mended: "If one of the older members of our walking group suddenly had a numb leg and
    slurred words, what should we do?"; a heart "pounding before my solo ... settled straight
    after i sang"; a fall with "a CT at A&E which was clear"; a choir member with Guillain-Barré
    "in hospital at the moment. We're doing a collection for his family"."""
    _kept_out_of_the_net_and_scores(
        "written_probes183", first=(30, 4), rules_alone=(30, 4), floor=(30, 0)
    )


def test_the_eighty_fifth_written_topic_set_is_kept() -> None:
    """Topic set 85 (winter, cold weather and heating costs), run once at 6e56285 and at 968ef66
    (the same): right topic 64.9%, declined 92.5%, false emergencies **6.2% (1 off-topic)**,
    findings 68.5 / 43.5%; every emergency found. Mended since: "When should a cold, numb foot
    be treated as an emergency"; a foot cold and pale for weeks, "gradual, not sudden"; an
    asthmatic's frosty chest with "my blue inhaler". Left: an MS patient's "Is it common for
    the numbness ... to get worse in cold weather" ("is it normal for" as a supposition hid two
    stored emergencies asked that way); a swollen calf on the sofa read by the net."""
    _topic_sets_hold({"written_topics85": ((64.9, 92.5), 3.1, (66, 95, 68, 44))})


def test_set_184_weddings_funerals_and_family_gatherings() -> None:
    """Set 184 (a hundred-and-seventy-third writer: receptions, wakes, christenings; round two of
    the thirty-first session). First run at 7d1f75a and at 600db11: 30 of 30 found (the rules
    alone 30), 4 of 30 alarmed. Mended: "the speeches ... went on so long my bum went completely
    numb lol. fine as soon as i stood up" (the seat is told before a run-on break, out of reach
    of `unless`); a racing heart at a funeral "exactly like my usual panic attacks". Left:
    Raynaud's toes "white and numb in my sandals ... pink and fine now" (the Raynaud's is told in
    another sentence); a head banged on a marquee pole with every sign denied and old pins and
    needles "when i sit on the floor"."""
    _kept_out_of_the_net_and_scores(
        "written_probes184", first=(30, 4), rules_alone=(30, 4), floor=(30, 2)
    )


def test_set_185_hairdressers_barbers_and_beauty_salons() -> None:
    """Set 185 (a hundred-and-seventy-fourth writer: salons, waxing, pedicures, clippers). First
    run at 7d1f75a and at 600db11: 30 of 30 found (the rules alone 30), 3 of 30 alarmed.
    Mended: an eyelid "a bit droopy since my botox ... the doctor who injected me ... said it's a
    known side effect"; a barber's hands tingly from the clippers, "feet and legs are fine";
    toes tingly "when I kneel to do pedis" (read as "penis")."""
    _kept_out_of_the_net_and_scores(
        "written_probes185", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_186_building_sites_scaffolding_and_roofing() -> None:
    """Set 186 (a hundred-and-seventy-fifth writer: scaffolds, roofs, labourers, gaffers). First
    run at 7d1f75a: 30 of 30 found (the rules alone 29), **7** of 30 alarmed; at 600db11 6.
    Mended: an old foreman's stroke "2 years back"; legs "white as a ghost ... covered in
    plaster dust"; a head "banged on a scaffold tube, hard hat took it"; a gaffer's wife with
    cancer spread to her spine, "in hospital having radiotherapy"; a labourer's TIA, "paramedics
    took him in ... im home now". Left: a first aid course's "if someone falls off the scaffold
    and says they cant feel their legs do we move them" (no comma before the question)."""
    _kept_out_of_the_net_and_scores(
        "written_probes186", first=(30, 7), rules_alone=(29, 7), floor=(30, 1)
    )


def test_set_187_a_partner_or_friend_typing_beside_them() -> None:
    """Set 187 (a hundred-and-seventy-sixth writer: a bystander describing what they see). First
    run at 7d1f75a and at 600db11: **29** of 30 found (the rules alone 29), 2 of 30 alarmed. The
    miss, mended: a wife in a car park who "suddenly said everything was tilting, she couldn't
    walk straight back to the car, and now she keeps asking me what day it is" (new confusion
    with a walk gone wrong, told at length). Mended: a husband's "legs turned to jelly when he
    saw the scan of our baby"; a mother-in-law's cancer spread to her spine, "she's in
    hospital"."""
    _kept_out_of_the_net_and_scores(
        "written_probes187", first=(29, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_the_eighty_sixth_written_topic_set_is_kept() -> None:
    """Topic set 86 (yoga, pilates, stretching and meditation), run once at 7d1f75a: right topic
    80.7%, declined 95.0%, false emergencies 3.1%, findings 68.7 / 59.0%; every emergency found.
    Mended since: a classmate's cauda equina "and it turned out to be something called cauda
    equina"; "numb patches on my legs that come and go". Left: a smoker's foot "paler than the
    other" and numb at rest, "crept up over the last fortnight" (labelled gradual; the cold leg
    rule reads the pallor). The findings head retrained in the thirty-second session: findings
    precision 60.0 -> 59.7%."""
    _topic_sets_hold({"written_topics86": ((80.7, 95.0), 1.0, (82, 95, 68, 59))})


def test_the_eighty_seventh_written_topic_set_is_kept() -> None:
    """Topic set 87 (night shifts, nurses and carers' own legs), run once at 7d1f75a and at
    600db11 (the same): right topic 71.9%, declined 87.5%, false emergencies **4.1% (1
    off-topic)**, findings 65.2 / 48.3%; every emergency found. Mended since: "a proper panic
    attack in the sluice" (read as "slurred"); fingers and lips tingly with "can't get a proper
    breath in" when "really anxious". Left: a nurse's chemotherapy neuropathy "back at work" (the
    cancer rule reads "back"); a porter's claudication with the foot "going cold and tingly"."""
    # findings recall 65 -> 63: the findings head retrained at the thirty-fourth session's round
    # one; 65.2 -> 63.6%
    _topic_sets_hold({"written_topics87": ((71.9, 87.5), 2.1, (73, 87, 63, 48))})


def test_set_188_holidays_away() -> None:
    """Set 188 (a hundred-and-seventy-seventh writer: cruises, campsites, caravans, hotels and
    long flights). First run at 19e343d: 30 of 30 found (the rules alone 29), 4 of 30 alarmed.
    Mended: a foot dead after sleeping on it in a plane seat, "feels completely fine now"; toes
    "cold and a bit blue" in a tent at 2 degrees, warmed "by the stove"; a sister's
    Guillain-Barre last year ("she's recovered now"), the writer with "no tingling or weakness";
    a TIA told to its discharge, "Feel completely normal now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes188", first=(30, 4), rules_alone=(29, 4), floor=(30, 0)
    )


def test_set_189_schools_and_teachers() -> None:
    """Set 189 (a hundred-and-seventy-eighth writer: staff rooms, playground duty, exam halls,
    school trips). First run at 19e343d: 30 of 30 found (the rules alone 30), 2 of 30 alarmed.
    Mended: a bandage "too tight", loosened, toes "pink and normal" within minutes; a cancer
    history with a new back ache, "legs feel completely normal ... bladder and bowels same as
    ever"."""
    _kept_out_of_the_net_and_scores(
        "written_probes189", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_190_cycling_and_motorbikes() -> None:
    """Set 190 (a hundred-and-seventy-ninth writer: commutes, club rides, crashes, saddles).
    First run at 19e343d: 30 of 30 found (the rules alone 30), **6** of 30 alarmed. Mended:
    "what should I do if I come off the bike and can't feel my legs?" ("can't feel" supposed
    after "if" in its clause); "both legs like jelly after a 200k audax"; a heart pounding after a
    near miss, "heart normal" hours later; "if my dad's leg went cold and white while he's out
    riding would that be an emergency?" (`bare_asks`); a foot numb off the bike from a shoe "done
    up really tight"; compression socks that left the toes pale until "they pinked up straight
    away"."""
    _kept_out_of_the_net_and_scores(
        "written_probes190", first=(30, 6), rules_alone=(30, 6), floor=(30, 0)
    )


def test_set_191_shopping() -> None:
    """Set 191 (a hundred-and-eightieth writer: supermarkets, markets, queues, car parks). First
    run at 19e343d: **28** of 30 found (the rules alone 27), 2 of 30 alarmed. The misses, mended:
    "left leg just went numb in the tesco queue, wasnt leaning on anything"; a husband on
    treatment for prostate cancer with a new back pain who "couldn't get his wee going at all".
    Mended: a neighbour's spinal cancer beside the writer's "own back's fine"; a spinal
    injection booked "next thursday"."""
    _kept_out_of_the_net_and_scores(
        "written_probes191", first=(28, 2), rules_alone=(27, 2), floor=(30, 0)
    )


def test_the_eighty_eighth_written_topic_set_is_kept() -> None:
    """Topic set 88 (retirement and older hobbies: bowls, golf, bridge, allotments), run once at
    19e343d: right topic 75.4%, declined 90.0%, false emergencies 1.0% (**1 off-topic**),
    findings 66.7 / 54.8%; every emergency found. Mended since: a shoulder "so stiff after the
    bowls season i cant lift my arm" (off-topic)."""
    _topic_sets_hold({"written_topics88": ((75.4, 90.0), 0.0, (75, 92, 66, 55))})


def test_set_192_gardening_allotments_and_diy() -> None:
    """Set 192 (a hundred-and-eighty-first writer: ladders, lofts, digging, power tools). First
    run at 19e343d: 30 of 30 found (the rules alone 28), 3 of 30 alarmed; at round one's reader
    ea399be 1. Mended: a cast's toes "numb and whitish and the pain is unbearable, painkillers
    doing nothing" (the rules alone); a new pain "in my middle back" after breast cancer, a leg
    numb and giving way (the rules alone); legs "like jelly" after double digging; feet white in
    a pond "warmed up ... in front of the fire"; a mother's spinal cord compression, "sadly
    passed", beside the writer's toes tingly from kneeling."""
    _kept_out_of_the_net_and_scores(
        "written_probes192", first=(30, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_193_written_in_a_rush_or_a_panic() -> None:
    """Set 193 (a hundred-and-eighty-second writer: half sentences, corrections, messages pasted
    together). First run at 19e343d and at ea399be: 30 of 30 found (the rules alone 27), 4 of 30
    alarmed. Mended: "numb down below ... i cant get a wee started"; "numb from the knees down
    since lunch getting worse"; numbness that "started in my toes on tuesday" and is "up past my
    knees" this morning (the rules alone, each); a TIA "they said TIA" told to its tablets; a foot
    "cold to ME but its same colour as the other one"; both legs dead after sitting cross legged,
    "walking home now". Left: "if my dads legs both go weak what do i do?" (no comma before the
    ask; "what do I do" after a run-on may follow a sign told now)."""
    _kept_out_of_the_net_and_scores(
        "written_probes193", first=(30, 4), rules_alone=(27, 4), floor=(30, 1)
    )


def test_set_194_pregnancy_new_babies_and_night_feeds() -> None:
    """Set 194 (a hundred-and-eighty-third writer: mothers, fathers and grandparents). First run
    at 19e343d: 30 of 30 found (the rules alone 30), 5 of 30 alarmed; at ea399be 4. Mended: an
    epidural "booked" with "stories of women left paralysed"; breathless on the stairs at 37
    weeks, "no worse than last week ... the baby squashing everything"; a cellulitis "fully
    cleared"; a mother "in the hospice" with cancer in her spine."""
    _kept_out_of_the_net_and_scores(
        "written_probes194", first=(30, 5), rules_alone=(30, 5), floor=(30, 0)
    )


def test_set_195_long_term_conditions_with_something_new() -> None:
    """Set 195 (a hundred-and-eighty-fourth writer: diabetes, MS, heart failure, a past stroke).
    First run at 19e343d and at ea399be: **29** of 30 found (the rules alone 28), 1 of 30
    alarmed. The miss, mended: a mother with heart failure "suddenly seeing two of everything
    and keeps tipping over to the left"; a shin "banged ... on the car door", "rock hard ... crying
    with the pain" (the rules alone). Mended: a TIA last week "said it was a TIA ... fine
    since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes195", first=(29, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_the_eighty_ninth_written_topic_set_is_kept() -> None:
    """Topic set 89 (young adults and students: gaming, lectures, festivals, nights out), run
    once at 19e343d and at ea399be (the same): right topic 80.7%, declined 90.0%, false
    emergencies 1.0%, findings 65.3 / 50.0%; every emergency found. Left: a month of nitrous
    oxide with both feet numb "creeping up to my ankles" (labelled gradual; the ascending rule
    reads it)."""
    _topic_sets_hold({"written_topics89": ((80.7, 90.0), 1.0, (80, 90, 65, 50))})


def test_set_196_farming_animals_and_rural_work() -> None:
    """Set 196 (a hundred-and-eighty-fifth writer: lambing, milking, tractors, horses). First run
    at 19e343d and at round two's reader 3fcd295: **29** of 30 found (the rules alone 28), 3 of
    30 alarmed. The miss, mended: a son who "came off his pony ... landed on his neck ... his legs
    feel fizzy"; a tractor wheel over a shin, "rock hard ... way worse than when it happened" (the
    rules alone). Mended: Guillain-Barre "fully recovered and back milking"; a collie's stroke
    "the vet reckons". Left: "would it be an emergency if both legs went numb? asking cos my
    uncle's sciatica went both sides once" (the uncle's "once")."""
    _kept_out_of_the_net_and_scores(
        "written_probes196", first=(29, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_197_several_people_in_one_message() -> None:
    """Set 197 (a hundred-and-eighty-sixth writer: family gatherings, carers, group chats).
    First run at 19e343d and at 3fcd295: **29** of 30 found (the rules alone 29), **7** of 30
    alarmed (the rules alone 6). The miss, mended: a husband "grey and sweaty ... his chest feels
    like someone's sat on it". Mended: a sister's chest pain, "all clear ... sent home"; a
    partner's cauda equina operated and "fully recovered"; a first 10k's jelly legs; two
    epidurals whose numbness "came right the same day"; tingly feet "from chemo back in 2018" (a
    time, not the back); a mother's back ache, "wee fine ... wasn't worried". Left: a carer's
    client with every red flag denied (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes197", first=(29, 7), rules_alone=(29, 6), floor=(30, 1)
    )


def test_set_198_after_hospital() -> None:
    """Set 198 (a hundred-and-eighty-seventh writer: discharge, follow-ups, physio, wounds).
    First run at 19e343d and at 3fcd295: 30 of 30 found (the rules alone 30), **6** of 30
    alarmed. Mended: a TIA's "Stroke clinic follow-up is next week"; a nerve block that "wears
    off by tomorrow"; "The discharge leaflet says ring 999 if my face droops"; a racing heart
    checked on the ward, "all normal, then let me home"; Guillain-Barre "improving every day"; an
    oncologist's hotline "if I ever get new back pain", the back and legs "fine right now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes198", first=(30, 6), rules_alone=(30, 6), floor=(30, 0)
    )


def test_set_199_older_people_living_alone() -> None:
    """Set 199 (a hundred-and-eighty-eighth writer: neighbours, adult children, alarms, falls).
    First run at 19e343d: 30 of 30 found (the rules alone 29; 30 at 3fcd295), 3 of 30 alarmed.
    Mended: legs "jelly for a bit lol fine now"; an epidural in 1968 beside a foot numb "when I
    sit cross-legged". Left: a late husband's cancer in his spine beside the writer's sciatica
    (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes199", first=(30, 3), rules_alone=(29, 2), floor=(30, 1)
    )


def test_the_ninetieth_written_topic_set_is_kept() -> None:
    """Topic set 90 (travel and commuting), run once at 19e343d and at 3fcd295 (the same): right
    topic 73.7%, declined 92.5%, false emergencies **4.1%**, findings 61.8 / 51.5%; every
    emergency found. Mended since: a leg "tucked under me" on a flight that "came back ... within
    about five minutes"; a motorcyclist's white toes "every cold morning"; a leg "swollen from the
    ankle up to the knee" after a coach trip. Left: a calf swollen after a flight, "not short of
    breath ... no chest pain" (the net)."""
    _topic_sets_hold({"written_topics90": ((73.7, 92.5), 1.0, (78, 92, 61, 53))})


def test_set_200_autocorrect_slips() -> None:
    """Set 200 (a hundred-and-eighty-ninth writer: a phone's autocorrect - "log" for leg,
    "numbers" for numb, "bank" for back, "pastor" for plaster, "blur" for blue). First run at
    a62dc17 (code of 5e470f2): **28** of 30 found (the rules alone **25**), 2 alarmed. Mended:
    the slips read only where they cannot mean their own word; "cant tell if shes peeing";
    "im not having chess pains ... the heart racing was when ... i legged it after him"; a faint
    "at my bloodtest ... always do with needles"."""
    _kept_out_of_the_net_and_scores(
        "written_probes200", first=(28, 2), rules_alone=(25, 2), floor=(30, 0)
    )


def test_set_201_heat() -> None:
    """Set 201 (a hundred-and-ninetieth writer: heatwaves, saunas, hot tubs, baths). First run
    at a62dc17: 30 of 30 found (the rules alone 30), none alarmed."""
    _kept_out_of_the_net_and_scores(
        "written_probes201", first=(30, 0), rules_alone=(30, 0), floor=(30, 0)
    )


def test_set_202_weight_loss() -> None:
    """Set 202 (a hundred-and-ninety-first writer: slimming jabs, bariatric surgery, weigh-ins).
    First run at a62dc17: 30 of 30 found (the rules alone 30), 2 alarmed. Mended: "ozempic
    face ... both sides the same"; a bruised tailbone "last week" with "no numbness or tingling
    anywhere"."""
    _kept_out_of_the_net_and_scores(
        "written_probes202", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_203_fishing_and_boats() -> None:
    """Set 203 (a hundred-and-ninety-second writer: anglers, ferries, narrowboats, kayaks).
    First run at a62dc17: **27** of 30 found (the rules alone 27), 2 alarmed. Mended: a leg that
    "just went from under me. No warning." (the sudden word in a sentence of its own); a husband
    "talking like he's had ten pints, he's had one coke" with words slurred (a likeness, not a
    drink had); "numb round my bits n cant tell when i need a poo"; "normal puffed out" after
    paddling; a winter swim's tingling hands and feet."""
    _kept_out_of_the_net_and_scores(
        "written_probes203", first=(27, 2), rules_alone=(27, 2), floor=(30, 0)
    )


def test_the_ninety_first_written_topic_set_is_kept() -> None:
    """Topic set 91 (menopause and midlife), run once at a62dc17: right topic 78.9%, declined
    90.0%, false emergencies 2.1%, findings 72.2 / 51.3%; every emergency found. Mended since: a
    hot flush's "fell back asleep" with a leg over the bed's edge (sleep, not a fall onto the
    back); tingling that "keeps happening every few days" when work is stressful."""
    _topic_sets_hold({"written_topics91": ((78.9, 90.0), 0.0, (82, 90, 74, 53))})


def test_set_204_dentists_botox_and_fillers() -> None:
    """Set 204 (a hundred-and-ninety-third writer: dental jabs, botox, fillers, salons). First
    run at a62dc17 and at round one's 419c878: **28** of 30 found (the rules alone 28), **5**
    alarmed. Mended: a mother at the nail bar "saying words that dont make sense"; a pedicure
    "nick" gone yellow with a temperature; look-alikes: "nano stroke" brows, a faint at the sight
    of the needle already checked, lidocaine cream before a wax, a "lipo area" numb (read as
    lips), a dental bill that "nearly gave me a heart attack" with jelly legs."""
    _kept_out_of_the_net_and_scores(
        "written_probes204", first=(28, 5), rules_alone=(28, 5), floor=(30, 0)
    )


def test_set_205_contact_sports() -> None:
    """Set 205 (a hundred-and-ninety-fourth writer: rugby, boxing, martial arts). First run at
    a62dc17 and at 419c878: **27** of 30 found (the rules alone 27), 3 alarmed. Mended: "neck
    crunched in scrum, legs numb"; a head kick in sparring; a thigh "tight as a drum" after a
    knee ("kneed"); look-alikes: jelly legs after "12 rounds of sparring", "your stroke risk" in a
    question, a gym friend's broken neck years ago."""
    _kept_out_of_the_net_and_scores(
        "written_probes205", first=(27, 3), rules_alone=(27, 3), floor=(30, 0)
    )


def test_set_206_camping_and_odd_places_to_sleep() -> None:
    """Set 206 (a hundred-and-ninety-fifth writer: tents, sofas, floors, airbeds). First run at
    a62dc17 and at 419c878: 29 of 30 found (the rules alone 29), 2 alarmed. Mended: a grandad
    whose hand "won't hold his tea" who "keeps asking where he is"; "tent packing = actual
    stroke lol". Left: both feet numb and white-ish in a cold tent, "pink, warm and fine" in ten
    minutes ("warm and pink" names the other foot in stored emergencies)."""
    _kept_out_of_the_net_and_scores(
        "written_probes206", first=(29, 2), rules_alone=(29, 2), floor=(30, 1)
    )


def test_set_207_support_workers() -> None:
    """Set 207 (a hundred-and-ninety-sixth writer: support workers and family of adults who may
    not say what they feel). First run at a62dc17 and at 419c878: **27** of 30 found (the rules
    alone **23**), **5** alarmed. Mended: breathing fast with blue lips beside a swollen calf; a
    bowel or bladder emptied "and he didnt even notice", a flannel not felt; a cast's toes "fat
    and a whitish colour" with painkillers "doing nothing"; words "coming out mushy"; a neck held
    after headbanging with a leg that "just flops"; both hands then the legs within days;
    look-alikes: "cant stand" the new staff, a weekly panic at the fire alarm, jelly legs after
    races and night shifts. Left: a nan's past cancer of the spine beside a man who is fine."""
    _kept_out_of_the_net_and_scores(
        "written_probes207", first=(27, 5), rules_alone=(23, 5), floor=(30, 1)
    )


def test_the_ninety_second_written_topic_set_is_kept() -> None:
    """Topic set 92 (sports injuries, physio and rehab), run once at a62dc17 and at 419c878 (the
    same): right topic 71.9%, declined 90.0%, false emergencies **5.2%**, findings
    66.1 / 50.7%; every emergency found. Mended since: a steroid injection in the hip (not the
    spine); "a dead leg from a tackle" last spring; a cast split in A&E, "completely fine since";
    statins with tingling feet. Left: a calf swollen after a marathon flight, "no breathing
    problems" (the net)."""
    _topic_sets_hold({"written_topics92": ((71.9, 90.0), 2.1, (75, 90, 66, 52))})


def test_set_208_custody_and_security_work() -> None:
    """Set 208 (a hundred-and-ninety-seventh writer: prison officers, custody, door staff). First
    run at a62dc17 and at round two's 714c02d: 30 of 30 found (the rules alone 30), **4**
    alarmed. Mended: a prisoner's stroke in March, "Nothing new today ... the stroke team know";
    a training question ("Nobody has it right now"); a spinal injection's numbness "gone by
    teatime ... nothing since"; a strapping the nurse "redid ... looser"."""
    _kept_out_of_the_net_and_scores(
        "written_probes208", first=(30, 4), rules_alone=(30, 4), floor=(30, 0)
    )


def test_set_209_dictation_and_screen_readers() -> None:
    """Set 209 (a hundred-and-ninety-eighth writer: homophones, spoken punctuation, run-ons).
    First run at a62dc17 and at 714c02d: **29** of 30 found (the rules alone **26**), **6**
    alarmed. Mended: "coffin up blood"; a "big tow" gone black; a calf "as hard as would"; sight
    in "my left I" gone black with the room "tipping"; "full stop", "comma" and "question mark"
    read as punctuation; "shes recovered well now"; "my phone wrote stroke when I said stroll";
    "someone in my VI group said something about not being able to wee"; a racing heart from the
    fire alarm; jelly legs after a first spin class. Left: "I heard on the radio that a leg going
    numb suddenly can be a stroke ... what would I actually do if that happened to me"."""
    _kept_out_of_the_net_and_scores(
        "written_probes209", first=(29, 6), rules_alone=(26, 6), floor=(30, 1)
    )


def test_set_210_grief_and_bereavement() -> None:
    """Set 210 (a hundred-and-ninety-ninth writer: funerals, wakes, clearing a late parent's
    house). First run at a62dc17 and at 714c02d: **29** of 30 found (the rules alone 29), **5**
    alarmed. Mended: a brother-in-law's words "all mangled" and mouth "sitting lower than the
    right" at the wake; "nobody can face starting on mums house"; a mother's cold white leg
    "the week before she died"; jelly legs at the graveside. Left: a leg numb at last Monday's
    funeral, checked in A&E, "completely normal since"; a mother's spinal cancer "two years ago
    today"."""
    _kept_out_of_the_net_and_scores(
        "written_probes210", first=(29, 5), rules_alone=(29, 5), floor=(30, 2)
    )


def test_set_211_tradespeople_on_a_job() -> None:
    """Set 211 (a two-hundredth writer: plumbers, electricians, cleaners, delivery drivers).
    First run at a62dc17: 30 of 30 found (the rules alone 30), **4** alarmed (3 at 714c02d).
    Mended: a care worker's training question; a customer's collapse last week, "home now and
    doing well"; jelly legs after carrying a washing machine up four flights."""
    _kept_out_of_the_net_and_scores(
        "written_probes211", first=(30, 4), rules_alone=(30, 4), floor=(30, 0)
    )


def test_the_ninety_third_written_topic_set_is_kept() -> None:
    """Topic set 93 (getting about in later life: scooters, sticks, wheelchairs, stairlifts), run
    once at a62dc17 and at 714c02d (the same): right topic 73.7%, declined 90.0%, false
    emergencies 2.1%, findings 61.8 / 47.9%; every emergency found. Mended since: a wheelchair
    user's feet "always cold, a bit purplish ... all winter". Left: a back that "went" lifting a
    scooter, with a numb strip down one leg (the net)."""
    _topic_sets_hold({"written_topics93": ((73.7, 90.0), 1.0, (75, 90, 61, 48))})


def test_set_212_replies_in_a_conversation() -> None:
    """Set 212 (a two-hundred-and-first writer: replies to the bot's questions, "yes", "no",
    "actually worse now"). First run at a62dc17 and at round three's a64e930: **27** of 30 found
    (the rules alone **26**), 1 alarmed. Mended: "no i havent been able to wee since last night"
    (a reply's "no" negates nothing after it); "legs just fold under me"; "the text on my phone
    has gone double"; "was just my feet on monday, now its above my knees"; an epidural "when I
    had my son and he's 6 now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes212", first=(27, 1), rules_alone=(26, 1), floor=(30, 0)
    )


def test_set_213_chronic_pain_with_something_new() -> None:
    """Set 213 (a two-hundred-and-second writer: fibromyalgia, hypermobility, long COVID). First
    run at a62dc17 and at a64e930: **29** of 30 found (the rules alone **26**), 3 alarmed.
    Mended: "the left half of everything has just vanished"; a trampoline onto the back; GBS
    "discharged me" and "I read GBS can happen after covid". Left: a mother's spinal cancer
    beside the writer's usual fibromyalgia tingling; found by the net only: legs "heavy and numb
    from the knees down ... getting worse every hour" and a leg "mottled blue and freezing" told
    after "used to cold feet w fibro"."""
    _kept_out_of_the_net_and_scores(
        "written_probes213", first=(29, 3), rules_alone=(26, 3), floor=(30, 1)
    )


def test_the_ninety_fourth_written_topic_set_is_kept() -> None:
    """Topic set 94 (home working: sofas, beds, laptops, standing desks), run once at a62dc17 and
    at a64e930 (the same): right topic 86.0%, declined 92.5%, false emergencies 3.1%, findings
    55.8 / 40.8%; every emergency found. Mended since: a bar stool's tingling that "wears off";
    anxiety's tingling "on the bad days". Left: a calf swollen on the pill, "Breathing is fine
    and no chest pain" (the net)."""
    _topic_sets_hold({"written_topics94": ((86.0, 92.5), 1.0, (87, 92, 55, 42))})


def test_set_214_many_medicines() -> None:
    """Set 214 (a two-hundred-and-third writer: warfarin, apixaban, statins, beta blockers,
    insulin). First run at bd07f2e: 30 of 30 found (the rules alone 30), **6** alarmed. Mended:
    "if i forget my apixaban n have a stroke how would i even know" (a medicine verb's object);
    a racing heart "that settled once I took my tablet"; GBS read about after a flu jab; a heart
    clinic's question answered "- no, none"; GBS "Fully recovered now"; a dentist's "it'll wear
    off in a few hours"."""
    _kept_out_of_the_net_and_scores(
        "written_probes214", first=(30, 6), rules_alone=(30, 6), floor=(30, 0)
    )


def test_set_215_numbers_and_measurements() -> None:
    """Set 215 (a two-hundred-and-fourth writer: times, temperatures, sugars, pressures, scores).
    First run at bd07f2e: **29** of 30 found (the rules alone **28**), 3 alarmed. Mended: "saying
    words that arent words"; a cauda equina op's numbness "exactly the same as it's been since"
    ("that's my baseline"); feet "pink and normal again after 10 mins"; Raynaud's toes "all
    normal colour now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes215", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_216_parents_of_grown_up_children() -> None:
    """Set 216 (a two-hundred-and-fifth writer: parents of sons and daughters from 18 to 40).
    First run at bd07f2e: **29** of 30 found (the rules alone **28**), 2 alarmed. Mended: "mixing
    up her words"; "If my daughter's leg went cold and blue after her operation next month, would
    that be 999"; tingling hands and feet "while she was hyperventilating"."""
    _kept_out_of_the_net_and_scores(
        "written_probes216", first=(29, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_217_performers() -> None:
    """Set 217 (a two-hundred-and-sixth writer: musicians, dancers, actors). First run at
    bd07f2e: 30 of 30 found (the rules alone 29), **4** alarmed. Mended: a bassist's "what turned
    out to be a TIA"; legs like jelly after rehearsal, "that's just muscles"; an epidural "3
    years ago ... Could that be the epidural?"; a filling's numb droopy face, "dentist said
    it'll wear off"."""
    _kept_out_of_the_net_and_scores(
        "written_probes217", first=(30, 4), rules_alone=(29, 4), floor=(30, 0)
    )


def test_the_ninety_fifth_written_topic_set_is_kept() -> None:
    """Topic set 95 (standing and kneeling jobs: nurses, chefs, hairdressers, floor layers,
    mechanics), run once at bd07f2e: right topic 80.7%, declined 95.0%, false emergencies 2.1%,
    findings 60.8 / 44.9%; every emergency found. Mended since: a hairdresser's Raynaud's toes
    that "throb and tingle when they warm up". Left: a floor layer's swollen warm calf after a
    long drive (the net; a DVT, not an emergency)."""
    _topic_sets_hold({"written_topics95": ((80.7, 95.0), 1.0, (82, 95, 60, 45))})


def test_set_218_a_new_sign_on_an_old_disability() -> None:
    """Set 218 (a two-hundred-and-seventh writer: old strokes, MS, amputations, wheelchairs,
    polio). First run at bd07f2e and at round one's 7f7b0e6: **29** of 30 found (the rules alone
    29), **4** alarmed. Mended: "my weak stroke leg" (the limb an old stroke weakened, not a
    stroke named); a fall from a wheelchair whose tingling was "there long before the fall";
    "it was a TIA ... kept me in overnight". Left: the miss, "My stroke foot is always a bit
    cooler ... But this is different. Over the last 2 hours it's gone properly white" (the "it"
    is two sentences from the foot); a grandad's stroke "years ago and his foot went cold and
    useless" beside the writer's tingling."""
    _kept_out_of_the_net_and_scores(
        "written_probes218", first=(29, 4), rules_alone=(29, 4), floor=(29, 1)
    )


def test_set_219_british_and_irish_dialect() -> None:
    """Set 219 (a two-hundred-and-eighth writer: Scots, Geordie, Scouse, Brummie, Yorkshire,
    Welsh, Irish). First run at bd07f2e and at 7f7b0e6: **28** of 30 found (the rules alone
    **27**), **7** alarmed. Mended: "ah cannae feel ma left leg. came on aw of a sudden" and
    "wet mesel twice the day an didnt even notice" (Scots and Geordie forms); "me heart's in me
    mouth"; "pissed meself laughin"; a leg dead "on the drive down from Leeds"; a mate's leg dead
    "on the bus"; a cauda equina op's saddle numbness "exactly the same as it's been since";
    toes "pink and tingly now, feelin's all back". Left: a leg dead "sat on the bog ... it's come
    back now"; an aunt's cancer in her spine beside the writer's positional tingling."""
    _kept_out_of_the_net_and_scores(
        "written_probes219", first=(28, 7), rules_alone=(27, 7), floor=(30, 2)
    )


def test_set_220_holidays_and_occasions() -> None:
    """Set 220 (a two-hundred-and-ninth writer: Christmas, Bonfire Night, Eid, Diwali, weddings).
    First run at bd07f2e and at 7f7b0e6: 30 of 30 found (the rules alone 29), 3 alarmed. Mended:
    a father's arterial clot "in the summer ... vascular team fixed it"; a ladder fall last
    Bonfire Night, "no problems since"; a leg "bent right under me" on a mate's floor."""
    _kept_out_of_the_net_and_scores(
        "written_probes220", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_221_a_symptom_buried_in_a_practical_message() -> None:
    """Set 221 (a two-hundred-and-tenth writer: parking, sick notes, childcare, the vet). First run
    at bd07f2e and at 7f7b0e6: 30 of 30 found (the rules alone 30), 3 alarmed. Mended: jelly legs
    after parkrun, "walking fine"; a dog's oozing paw at the vets; chest pain on Sunday, "ECG and
    bloods were normal ... muscular"."""
    _kept_out_of_the_net_and_scores(
        "written_probes221", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_the_ninety_sixth_written_topic_set_is_kept() -> None:
    """Topic set 96 (driving for a living: lorries, taxis, buses, delivery riders), run once at
    bd07f2e and at 7f7b0e6: right topic 80.7%, declined 90.0%, false emergencies 3.1% (**1
    off-topic**), findings 56.9 / 45.3%; every emergency found. Mended since: a rider knocked off
    his bike whose "legs feel completely normal, no tingling or numbness" (the off-topic alarm);
    an eye's blurred week that "hurt to move the eye" (MS). Left: a trucker's foot "totally dead
    and floppy" on waking in a freezing cab, back after a couple of minutes."""
    _topic_sets_hold({"written_topics96": ((80.7, 90.0), 1.0, (82, 92, 56, 46))})


def test_set_222_typed_in_a_panic() -> None:
    """Set 222 (a two-hundred-and-eleventh writer: all caps, repeated words, shaking hands).
    First run at bd07f2e: 30 of 30 found (the rules alone 30), **4** alarmed (2 at round two's
    b131060). Mended: an arm dead after sleeping on it, "its coming back now, pins and needles
    everywhere"; a pregnant sneeze's leak, "is that the cauda thing?? ... i can feel everything
    fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes222", first=(30, 4), rules_alone=(30, 4), floor=(30, 0)
    )


def test_set_223_pasted_text_beside_the_writers_words() -> None:
    """Set 223 (a two-hundred-and-twelfth writer: 111 results, GP letters, discharge summaries,
    leaflets, a cousin's text). First run at bd07f2e and at b131060: **29** of 30 found (the rules
    alone 29), **6** alarmed. Mended: a prostate cancer patient's "all three since Saturday, can't
    get my water started"; "ECG and troponin normal, likely musculoskeletal"; a leaflet's "A&E if
    sciatica both sides"; an old discharge's "Neurology intact"; GBS named with "nothing going up
    my legs" and "nothing is climbing". Left: a physio's list answered "i have none of them"
    (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes223", first=(29, 6), rules_alone=(29, 6), floor=(30, 1)
    )


def test_set_224_stoic_understatement() -> None:
    """Set 224 (a two-hundred-and-thirteenth writer: "bit of a funny turn", "don't want to make a
    fuss"). First run at bd07f2e: **29** of 30 found (the rules alone **28**), 3 alarmed (1 at
    b131060). Mended: a mother "calling everything 'the thingy'" with her tea tipping out of her
    right hand, told after a question about her foot; stents at Easter, "Been grand since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes224", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_225_students_and_young_adults() -> None:
    """Set 225 (a two-hundred-and-fourteenth writer: gaming, gym, festivals, nights out). First run
    at bd07f2e and at b131060: 30 of 30 found (the rules alone 30), 3 alarmed. Mended: "pissed
    myself laughing, couldnt breathe for like a minute"; "cant feel my feet lol. jk theyre fine";
    a numb bum from a festival chair that "went once i got up"."""
    _kept_out_of_the_net_and_scores(
        "written_probes225", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_the_ninety_seventh_written_topic_set_is_kept() -> None:
    """Topic set 97 (sport in later life: bowls, golf, walking football, aqua aerobics), run once
    at bd07f2e and at b131060 (the same): right topic 75.4%, declined 80.0%, false emergencies
    **4.1%**, findings 58.8 / 41.1%; every emergency found. Mended since: a chemo bowler's
    "gone back to bowls ... My back is fine" (read as a cancer's back pain); toes white at winter
    golf, "red and throbbing when they warmed up"; toes white after aqua aerobics "before they go
    red and tingly"; "cold numb toes ... they come back once im inside". The set holds one exact
    copy of a stored text ("hello is anyone there"), kept so that it is whole."""
    _topic_sets_hold({"written_topics97": ((75.4, 80.0), 0.0, (80, 80, 58, 42))})


def test_set_226_english_as_a_second_language() -> None:
    """Set 226 (a two-hundred-and-fifteenth writer: learners' English - "my leg is not feel",
    "since two hours", "this is stroke?"). First run at 055d7aa: **29** of 30 found (the rules
    alone **28**), 3 alarmed. Mended: a wife who "faint now in the bathroom" with a calf
    "inflamed and hot", "breathing very fast". Left: "if the leg numb suddenly and the face also,
    this is stroke?" asked for well parents (read as asking now); an aunt's spinal metastasis
    beside the writer's back pain in a part with no word of theirs; "accident with car 6 month
    ago, whiplash ... all ok" beside a tingle now."""
    _kept_out_of_the_net_and_scores(
        "written_probes226", first=(29, 3), rules_alone=(28, 3), floor=(30, 3)
    )


def test_set_227_similes_and_metaphors() -> None:
    """Set 227 (a two-hundred-and-sixteenth writer: "my leg belongs to someone else", "an
    elephant sat on my chest"). First run at 055d7aa: **27** of 30 found (the rules alone
    **21**), **5** alarmed. Mended: "breathing through a coffee stirrer", a heart "going like a
    hummingbird", a leg "the colour of skimmed milk", a calf "like a sausage about to split its
    skin", "folded like a deckchair", legs of "wet cardboard" and "overcooked spaghetti", "a tv on
    static", "a ghost leg", a neck "bent back in a rugby scrum" (read as "back in" a time) and
    "coach says walk it off" (read as over); "figuratively!", a head cracked "on the car boot",
    an aunt's spinal cancer, a panic attack the GP "said panic", "wedding speech", "nearly passed
    out from cringe"."""
    _kept_out_of_the_net_and_scores(
        "written_probes227", first=(27, 5), rules_alone=(21, 5), floor=(30, 0)
    )


def test_set_228_health_workers_as_patients() -> None:
    """Set 228 (a two-hundred-and-seventeenth writer: nurses, paramedics, physios - "obs fine",
    "GCS 15 but", "I know the red flags"). First run at 055d7aa: **29** of 30 found (the rules
    alone **28**), 3 alarmed. Mended: a mother's "HR 158" on her watch (a pulse read as "hr");
    "saddle sensation normal"; "hypothetical: could these sleeves ever give you compartment
    syndrome?". Left: a paramedic's head bump, "Separate q:", beside two months' sciatica (a
    break between topics would also hide a fall the writer thinks unrelated)."""
    _kept_out_of_the_net_and_scores(
        "written_probes228", first=(29, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_229_remote_and_offshore_workers() -> None:
    """Set 229 (a two-hundred-and-eighteenth writer: rigs, ships, research stations, mines). First
    run at 055d7aa: 30 of 30 found (the rules alone 30), 3 alarmed. Mended: a rig worker's stroke
    workup, "signed me fit" six weeks ago; "the skipper's gonna have a stroke when he sees this
    week's catch"; toes white on the sea ice that the doctor "said frostnip" (asked "is it
    frostnip?" they still alarm)."""
    _kept_out_of_the_net_and_scores(
        "written_probes229", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_the_ninety_eighth_written_topic_set_is_kept() -> None:
    """Topic set 98 (new parents: feeding positions, carrying, kneeling at bath time, the school
    run), run once at 055d7aa: right topic 71.9%, declined 82.5%, false emergencies **7.2%**,
    findings 61.7 / 49.2%; every emergency found. Mended since: legs "folded over to one side"
    (read as giving way, then as one side of the body); a toddler asleep across both legs,
    "took about 5 mins to get the feeling back"; tingling feet and shins "when I'm stressed".
    Left: an MS story whose past episodes are told beside a new one; feet and legs tingling
    after missed B12 jabs (read as a spread); two the net alarms."""
    _topic_sets_hold({"written_topics98": ((71.9, 82.5), 4.1, (77, 82, 61, 51))})


def test_set_230_neurodivergent_writers() -> None:
    """Set 230 (a two-hundred-and-nineteenth writer: autistic, ADHD and dyslexic writers - exact
    timelines, "Left leg not working. Started 14:02. Is this relevant."). First run at 055d7aa
    and at round one's 2dac89a: **27** of 30 found (the rules alone **26**), **4** alarmed.
    Mended: an onset timed to the minute ("At 09:42 my right foot ... went numb", "Started
    14:02"); "knees buckled twice"; "13:09: fully normal"; "If I got new back pain and leg
    numbness"; "when I bent my neck". Left: an epidural six weeks ago "wore off that same
    evening" beside meralgia (an ending there would also close an epidural's later signs)."""
    _kept_out_of_the_net_and_scores(
        "written_probes230", first=(27, 4), rules_alone=(26, 4), floor=(30, 1)
    )


def test_set_231_people_who_live_alone() -> None:
    """Set 231 (a two-hundred-and-twentieth writer: late at night with no one to ask, the cat,
    a neighbour's spare key). First run at 055d7aa and at 2dac89a: 30 of 30 found (the rules
    alone 30), 2 alarmed. Mended: a leg numb "out of nowhere" two nights ago, "it was a TIA",
    home and back to normal. Left: "chest feels tight?? nah thats just the cat sitting on it"
    (a "nah, it's just ..." would also wave away a real chest pain)."""
    _kept_out_of_the_net_and_scores(
        "written_probes231", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_set_232_kidney_dialysis_and_transplant_patients() -> None:
    """Set 232 (a two-hundred-and-twenty-first writer: dialysis, transplants, diabetes and
    kidney disease). First run at 055d7aa and at 2dac89a: 30 of 30 found (the rules alone
    **29**), none alarmed. Mended for the rules: "bad back" as back trouble, "between his legs",
    and a saddle "numb like when the dentist injects you" (a likeness, no dentist)."""
    _kept_out_of_the_net_and_scores(
        "written_probes232", first=(30, 0), rules_alone=(29, 0), floor=(30, 0)
    )


def test_set_233_sleep_and_waking() -> None:
    """Set 233 (a two-hundred-and-twenty-second writer: restless legs, sleep paralysis, night
    cramps against what is found on waking). First run at 055d7aa and at 2dac89a: 30 of 30
    found (the rules alone **29**), 3 alarmed. Mended: a foot "floppy and numb" after sleeping
    with the legs tucked under; "a horrible dream i was having a stroke and couldnt speak"; "If I
    woke up and couldn't feel my bum"; for the rules, a father who "keeps walking into the door
    frame on his left"."""
    _kept_out_of_the_net_and_scores(
        "written_probes233", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_the_ninety_ninth_written_topic_set_is_kept() -> None:
    """Topic set 99 (cancer treatment and after: chemo neuropathy, hormone therapy, scans,
    survivors), run once at 055d7aa and at 2dac89a (the same): right topic 75.4%, declined
    85.0%, false emergencies 4.1% (**1 off-topic**), findings 63.2 / 49.5%; every emergency
    found. Mended since: an arm "swollen and heavy" with lymphoedema (the off-topic alarm); a
    "spine met" is a metastasis (probing found "had cord compression last year from a spine met
    ... this week new back pain and my legs are going numb" missed at the start). Left: that
    survivor's "feet still a bit tingly ... same as months ago"; a smoker's cold tingly toes
    with claudication; a carer's sciatica beside his wife's chemo ("me not her")."""
    _topic_sets_hold({"written_topics99": ((75.4, 85.0), 3.1, (75, 87, 63, 50))})


def test_set_234_deaf_writers_of_british_sign_language() -> None:
    """Set 234 (a two-hundred-and-twenty-third writer: BSL grammar - "YESTERDAY LEG LEFT NUMB.
    NOW STILL", "back no pain", "finish" for the past; 999 BSL and text relay). First run at
    055d7aa and at round two's 1aa5dd8: **29** of 30 found (the rules alone **26**), **9**
    alarmed. Mended: a son's shin "tight swell shiny, he scream pain"; "if stroke happen to me
    one day" and a talk "about stroke"; "all test fine, they say muscle strain"; a leaflet's "SAY
    IF WEE CHANGE OR BOTTOM NUMB"; "if player hit head"; "back no pain". Left: "when me stress"
    tingling that a GP "before say anxiety"; marathon legs "heavy weak" (the net); a 2020 car
    crash's neck, "hospital scan ok"; an epidural's numb leg eight months ago, "Now totally
    fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes234", first=(29, 9), rules_alone=(26, 9), floor=(30, 4)
    )


def test_set_235_angry_and_sweary_writers() -> None:
    """Set 235 (a two-hundred-and-twenty-fourth writer: waiting lists, "fobbed me off", 111 on
    hold, swearing). First run at 055d7aa and at 1aa5dd8: 30 of 30 found (the rules alone 29),
    2 alarmed. Mended: "breathing's fine, no chest stuff" beside a red hot calf; "The only thing
    numb around my backside is my patience"."""
    _kept_out_of_the_net_and_scores(
        "written_probes235", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_236_children_typing_for_a_relative() -> None:
    """Set 236 (a two-hundred-and-twenty-fifth writer: 11 to 15 year olds for a nan, a dad, a
    mum). First run at 055d7aa and at 1aa5dd8: 30 of 30 found (the rules alone 30), 1 alarmed.
    Mended: an auntie's epidural three years ago, "can the epidural do that years later?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes236", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_set_237_typed_one_handed_mid_event() -> None:
    """Set 237 (a two-hundred-and-twenty-sixth writer: holding someone up, in a moving car, on a
    ladder). First run at 055d7aa and at 1aa5dd8: 30 of 30 found (the rules alone 30), 1
    alarmed. Mended: a foot pale under an ice pack, "its pinking up already" (only "already":
    "it pinked up so i went to bed ... woke at 3 its cold and blotchy again" is written set 86's
    emergency)."""
    _kept_out_of_the_net_and_scores(
        "written_probes237", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_the_hundredth_written_topic_set_is_kept() -> None:
    """Topic set 100 (pets and animals: dog walks, a cat asleep on the legs, riding, grooming),
    run once at 055d7aa and at 1aa5dd8 (the same): right topic 78.9%, declined 75.0%, false
    emergencies 3.1% (**2 off-topic**), findings 63.8 / 51.4%; every emergency found. Both
    off-topic alarms are left: a cat allergy's "chest gets a bit tight at night" (an allergy or a
    runny nose told beside a chest pain would also excuse "crushing chest pain going down my
    arm": tried and taken back), and a fall from a horse last week that "broke my wrist" (a
    horse fall is a dangerous mechanism the injury rule reads)."""
    kept = json.loads((DATA / "written_topics100_first_run.json").read_text("utf-8"))
    assert (kept["right_topic"], kept["off_topic_declined"], kept["off_topic_alarms"]) == (
        78.9,
        75.0,
        2,
    )
    summary = _kept_topic_set("written_topics100")
    assert summary["emergency_recall"] == 100.0, summary
    assert summary["false_emergencies"] <= 3.1 and summary["off_topic_alarms"] <= 2, summary
    assert summary["right_topic"] >= 78 and summary["off_topic_declined"] >= 75, summary
    assert summary["findings_recall"] >= 63 and summary["findings_precision"] >= 51, summary


def test_set_238_gamers_streamers_and_long_sitting() -> None:
    """Set 238 (a two-hundred-and-twenty-seventh writer: ranked games, LAN parties, sim rigs,
    energy drinks, gamer speak). First run at 06d51cc: **29** of 30 found (the rules alone
    **29**), 2 alarmed. Mended: "half my screen just vanished" (the rule named "half the
    screen"); "my team had a collective stroke", "paralysed with rage"; a cousin's
    Guillain-Barre last year that "crept up his legs" joined to the writer's toes that tingle
    after sitting on them (a story dated long ago goes on as theirs over the clauses after it)."""
    _kept_out_of_the_net_and_scores(
        "written_probes238", first=(29, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_239_yoga_pilates_and_meditation() -> None:
    """Set 239 (a two-hundred-and-twenty-eighth writer: lotus, zafu, hot yoga, headstands,
    reformer classes, silent retreats, teachers writing about a student). First run at
    06d51cc: 30 of 30 found (the rules alone 30), 1 alarmed. Mended: "legs = jelly after 90
    min power yoga ... walked home fine tho" (a yoga class is set aside like a spin class)."""
    _kept_out_of_the_net_and_scores(
        "written_probes239", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_set_240_long_covid_and_me_cfs() -> None:
    """Set 240 (a two-hundred-and-twenty-ninth writer: long COVID, post-viral illness, ME/CFS,
    POTS - a new emergency against the usual bad days). First run at 06d51cc: 30 of 30 found
    (the rules alone 30), **3** alarmed. Mended: "speech slow but not slurred" after a partner's
    check of the face and arms; a faint "last Saturday" after which "A&E did a CT, all clear"
    (a scan told clear is an ending of the collapse rule). Left: an aunt's clot in 2020 beside
    the writer's foot, "its warm now, normal colour ... it was just cold from the tiled floor"
    (an ending "normal colour" would also close "left foot is normal colour" told of the other
    foot beside a white, freezing right one: tried and taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes240", first=(30, 3), rules_alone=(30, 3), floor=(30, 1)
    )


def test_set_241_menopause_perimenopause_and_hrt() -> None:
    """Set 241 (a two-hundred-and-thirtieth writer: flushes, palpitations, formication, HRT
    patches and clot worries, partners writing). First run at 06d51cc: 30 of 30 found (the
    rules alone 30), none alarmed."""
    _kept_out_of_the_net_and_scores(
        "written_probes241", first=(30, 0), rules_alone=(30, 0), floor=(30, 0)
    )


def test_the_hundred_and_first_written_topic_set_is_kept() -> None:
    """Topic set 101 (musicians: cellists and organists on hard benches, drummers' pedals,
    buskers, marching bands, DJs), run once at 06d51cc: right topic 77.2%, declined 90.0%,
    false emergencies 2.1%, findings 60.4 / 47.1%; every emergency found. Mended since: an
    organist's feet cold and numb on the pedals in a freezing church that "come back once I'm
    home by the radiator"; a guitarist's feet "so cold and numb" on a metal riser, told with
    "always have freezing feet" (a frame: "i always have cold feet but today my left foot is
    white, ice cold and numb" is still an emergency)."""
    _topic_sets_hold({"written_topics101": ((77.2, 90.0), 0.0, (80, 90, 60, 48))})


def test_set_242_code_switching() -> None:
    """Set 242 (a two-hundred-and-thirty-first writer: English mixed with Spanish, Hindi and
    Urdu, Tagalog, Polish, Welsh, Arabic, Pidgin and Cantonese words). First run at 06d51cc and
    at round one's 4cff2d1: 30 of 30 found (the rules alone **28**), **3** alarmed. Mended:
    "anoche ... hoy" (Spanish time words; a hospital that "sent me home" and "said trapped
    nerve" ends a one-leg numbness it follows); hands and feet tingly "when I get stressed, GP
    says it's anxiety" (an ending: "GP says its anxiety but now the tingling ... is climbing up
    my legs" is still an emergency); a bandage "loosened" and the toes fine in 5 minutes."""
    _kept_out_of_the_net_and_scores(
        "written_probes242", first=(30, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_243_divers_pilots_and_altitude() -> None:
    """Set 243 (a two-hundred-and-thirty-second writer: the bends, dive buddies, skydiving,
    gliders, base camp). First run at 06d51cc and at 4cff2d1: **29** of 30 found (the rules
    alone **29**), 1 alarmed. Mended: a skydiver who "landed a bit hot on a swoop and went down
    hard on my back", now tingling down both legs (a hard landing on the back is a fall on it);
    "walking and finning normally" ("finning" is not "fainting")."""
    _kept_out_of_the_net_and_scores(
        "written_probes243", first=(29, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_244_claims_benefits_and_forms() -> None:
    """Set 244 (a two-hundred-and-thirty-third writer: PIP, sick pay, whiplash claims, travel
    insurance). First run at 06d51cc and at 4cff2d1: 30 of 30 found (the rules alone **28**),
    **3** alarmed. Mended: "my legs literally went to jelly when I saw the car insurance
    renewal"; a colleague's payout "after his GP missed his cauda equina". Left: a blocked leg
    artery last year that "went cold and white suddenly, emergency op", beside "Leg's warm and
    pink ... now" (a frame "emergency op" would also excuse a cold white foot after an
    operation last week)."""
    _kept_out_of_the_net_and_scores(
        "written_probes244", first=(30, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_245_martial_arts_and_kneeling() -> None:
    """Set 245 (a two-hundred-and-thirty-fourth writer: seiza, judo, jiu-jitsu, Muay Thai,
    instructors writing about a student). First run at 06d51cc and at 4cff2d1: **29** of 30
    found (the rules alone **27**), 1 alarmed. Mended: a sensei's student who "grabbed his
    chest ... sweating, grey ... crushing and going into his jaw. Happening right now." (a
    chest clutched beside sweat or a grey colour; a short sentence that only says now tells
    the story before it as now; "one of my students" is someone the writer is with); a judo
    coach's spinal cord compression "a few years back"."""
    _kept_out_of_the_net_and_scores(
        "written_probes245", first=(29, 1), rules_alone=(27, 1), floor=(30, 0)
    )


def test_set_246_apologetic_writers() -> None:
    """Set 246 (a two-hundred-and-thirty-fifth writer: "sorry to bother you", "probably
    nothing", thanks before the symptom). First run at 06d51cc and at 4cff2d1: **28** of 30
    found (the rules alone **28**), 2 alarmed. Mended: "is it normal not to feel the loo roll
    when i wipe??" (and "i dont feel it when i wipe"); an epidural's numbness that "wore off
    fine after the birth, but since this afternoon my legs have gone tingly and numb again" (a
    sign that comes "again" or "came back" after an ending is a new episode); a son's
    trampoline fall "x-rayed, just a sprain"; a neighbour who "lost two toes last year because
    her foot went black"."""
    _kept_out_of_the_net_and_scores(
        "written_probes246", first=(28, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_247_obesity_and_bariatric_surgery() -> None:
    """Set 247 (a two-hundred-and-thirty-sixth writer: sleeves and bypasses, B12 jabs,
    lymphoedema, mobility aids). First run at 06d51cc and at 4cff2d1: 30 of 30 found (the rules
    alone **29**), 1 alarmed. Mended: a discharge leaflet that "says ring if numbness creeps up
    my legs"."""
    _kept_out_of_the_net_and_scores(
        "written_probes247", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_248_blood_thinners_falls_and_bruising() -> None:
    """Set 248 (a two-hundred-and-thirty-seventh writer: warfarin, apixaban, INR clinics, a
    bump to the head while anticoagulated). First run at 06d51cc and at 4cff2d1: 30 of 30 found
    (the rules alone 30), 1 alarmed. Mended: slurred speech and a drooping lip "cos the dentist
    numbed me for a filling an hour ago" (a frame: "I was at the dentist last week. Today my
    speech is slurred." is still a stroke sign)."""
    _kept_out_of_the_net_and_scores(
        "written_probes248", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_the_hundred_and_second_written_topic_set_is_kept() -> None:
    """Topic set 102 (crafts: treadle looms, spinning wheels, sewing-machine pedals, pottery
    wheels, lathes), run once at 06d51cc and at 4cff2d1 (the same): right topic 71.9%, declined
    95.0%, false emergencies 3.1%, findings 65.7 / 56.4%; every emergency found. Mended since: a
    steroid injection "into my right hip joint" (not a spinal one); a foot numb on a pedal that
    "stopped" when the pedal was moved. Left: numbness spreading up the shin after kneeling to
    grout, "today I keep tripping on that foot" (its labeller calls it rapidly worsening, the
    reader ascending)."""
    _topic_sets_hold({"written_topics102": ((71.9, 95.0), 1.0, (75, 95, 65, 57))})


def test_the_hundred_and_third_written_topic_set_is_kept() -> None:
    """Topic set 103 (bathrooms: the loo with a phone, long baths, kneeling to clean the bath,
    toenails), run once at 06d51cc and at 4cff2d1 (the same): right topic 86.0%, declined
    87.5%, false emergencies 2.1%, findings 57.8 / 53.6%; every emergency found. Mended since:
    a squatty-potty stool's tingling feet "after every poo". Left: a calf "swollen and tight and
    hot" ten days after a knee operation (the net reads it as a chest emergency)."""
    _topic_sets_hold({"written_topics103": ((86.0, 87.5), 1.0, (87, 87, 57, 54))})


def test_set_249_amputees_prosthetics_and_wheelchairs() -> None:
    """Set 249 (a two-hundred-and-thirty-eighth writer: stumps and sockets, phantom limbs, the
    remaining leg, a spinal cord injury as the baseline). First run at 5598f7e: **29** of 30
    found (the rules alone **24**), **4** alarmed. Mended: "shooting pain down into my stump AND
    down my good leg" (both legs); a phantom foot "numb and freezing cold ... its the one they
    took off in 2020" (set aside unless the message says now); "exactly as it has been since the
    accident" (a baseline); "since 2012 both my legs are weak, that's just my injury"; a heart
    that raced at the price of a new liner."""
    _kept_out_of_the_net_and_scores(
        "written_probes249", first=(29, 4), rules_alone=(24, 4), floor=(30, 0)
    )


def test_set_250_machine_translated_english() -> None:
    """Set 250 (a two-hundred-and-thirty-ninth writer: English from a machine translator). First
    run at 5598f7e: **25** of 30 found (the rules alone **21**), **7** alarmed. Mended: "the chest
    is pressing me", "I have no air", "fell down without knowledge", "unsupportable", "the
    painkiller does nothing", toes "sleeping and white", "the sciatica in the two legs", "he dont
    feel nothing when the coco comes"; "the right leg did not listen to me" in 2016 (past, not
    "wont obey"); a nursing student's "in the stroke always the face is also falling"; an
    epidural feared again; "if the calf swells"; "if the wound on the foot becomes red"; a
    sister's news "wrote me"; legs "turned to jelly" at a daughter's wedding news."""
    _kept_out_of_the_net_and_scores(
        "written_probes250", first=(25, 7), rules_alone=(21, 7), floor=(30, 0)
    )


def test_set_251_asking_for_a_friend() -> None:
    """Set 251 (a two-hundred-and-fortieth writer: friends, hypotheticals and "asking for a
    friend" that is sometimes the writer). First run at 5598f7e: **29** of 30 found (the rules
    alone 28), **3** alarmed. Mended: "Say someone, purely hypothetically, ... That someone is
    me btw" (`owned_whole`); a crush's text that turned both legs to jelly; feet tingly after a
    spin class, "gone by the evening"; a friend's "bang on the head" (it was his, not the
    writer's: "hit my head" before) in March, "today his foot tingles ... but it goes when he
    stands up"."""
    _kept_out_of_the_net_and_scores(
        "written_probes251", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_252_tattoos_piercings_and_cosmetic_procedures() -> None:
    """Set 252 (a two-hundred-and-forty-first writer: lash extensions, lipo, sclerotherapy,
    pedicures, surgery abroad). First run at 5598f7e: **28** of 30 found (the rules alone **26**),
    2 alarmed. Mended: a foot that "just flops, cant lift it" after lying still for lashes,
    "wasnt lying on it or crossing my legs" (a pressure denied; "sat up" is getting up); calves
    "rock hard" in compression stockings with pain "way beyond what they said"; a sclerotherapy
    booked "next month" ("just want to know what to expect"); a heart racing at a bill."""
    _kept_out_of_the_net_and_scores(
        "written_probes252", first=(28, 2), rules_alone=(26, 2), floor=(30, 0)
    )


def test_set_253_horse_riders() -> None:
    """Set 253 (a two-hundred-and-forty-second writer: hacks, yards, falls, stirrups). First run at
    5598f7e: **27** of 30 found (the rules alone **27**), **8** alarmed (7 at round one's 532bc62).
    Mended: "I've lost the right half of what I can see"; "got double barrelled in the lower back
    by the grey mare"; a nail "straight through my wellie ... red creeping up my ankle, 39.2 this
    morning"; saddle numbness after "a four hour hack" on a treeless saddle; a pony club first aid
    briefing; a leg dead "from gripping on ... fine after I walked him off"; toes that "warmed up
    pink in front of the heater"; "a post ... about someone losing control of their bladder";
    a racing heart that settled."""
    _kept_out_of_the_net_and_scores(
        "written_probes253", first=(27, 8), rules_alone=(27, 8), floor=(30, 0)
    )


def test_set_254_endurance_athletes() -> None:
    """Set 254 (a two-hundred-and-forty-third writer: marathons, Ironman, ultras). First run at
    5598f7e and at 532bc62: 30 of 30 found (the rules alone 30), **5** alarmed. Mended: numb bits
    after 180k on a TT bike; a heart rate of 231 "the wrist sensor does this"; "cant feel a thing
    below the waist after that ironman 😂"; a head scan "all clear" with "no numbness, tingling or
    weakness" (each item of the list denied); lymphoma ten years ago beside "a heavy pack"."""
    _kept_out_of_the_net_and_scores(
        "written_probes254", first=(30, 5), rules_alone=(30, 5), floor=(30, 0)
    )


def test_set_255_hiv_and_prep() -> None:
    """Set 255 (a two-hundred-and-forty-fourth writer: clinics, old and new drugs, chemsex).
    First run at 5598f7e and at 532bc62: 30 of 30 found (the rules alone **29**), 1 alarmed.
    Mended: "would losing feeling down below be an emergency?" (read "would numb ...")."""
    _kept_out_of_the_net_and_scores(
        "written_probes255", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_256_cabin_crew_pilots_and_frequent_flyers() -> None:
    """Set 256 (a two-hundred-and-forty-fifth writer: crew rest bunks, jump seats, passengers
    taken ill). First run at 5598f7e: 30 of 30 found (the rules alone **28**), **4** alarmed (3 at
    532bc62). Mended: SEP training and a first aid recurrent's scenario (work); an arm and a leg
    numb "from lying on them", "normal in a few minutes" (a harmless cause of an episode over)."""
    _kept_out_of_the_net_and_scores(
        "written_probes256", first=(30, 4), rules_alone=(28, 4), floor=(30, 0)
    )


def test_the_thirty_seventh_sessions_topic_sets_are_kept() -> None:
    """Topic sets 104 (prayer and worship: sujood, pews, cross-legged at the mandir, bell
    ringers), 105 (shoes and footwear), 106 (fishing, boating and sailing) and 107 (hospital beds
    and bed rest), each run once at 5598f7e (106 and 107 also at 532bc62, the same): right topic,
    declined 74.1 / 90.0, 69.0 / 85.0, 81.0 / 92.5, 70.7 / 90.0; false emergencies 5.1% (2
    off-topic), 2.0%, 2.0%, 6.1%; every emergency found. Mended since: bell ringers' hands that
    tingle with "feet and legs totally fine"; a khutbah's nervous fizzy feet that "stopped"; a
    leg dead at the mandir, "pins and needles coming back now"; heartburn at suhoor; a bunion's
    toe numb "on one side"; a sailor's white toes "burning as they warm"; a night of terror in a
    bunk; a foot dead after lying on the left side for a drip; an antenatal ward's left side; a
    nerve pressed during an operation; "cant get up yet after my op". Left: a DVT story after a
    Hajj flight "no chest pain" (104) and a brother's calf after a bowel operation (107), both the
    net's chest alarm; a foot numb on Snowdon from boots laced too tight, told with a stroke
    feared (105); a son's bike fall beside a parent's anxious tingling (107)."""
    _topic_sets_hold(
        {
            "written_topics104": ((74.1, 90.0), 1.0, (75, 92, 57, 53)),
            "written_topics105": ((69.0, 85.0), 1.0, (70, 85, 74, 48)),
            "written_topics106": ((81.0, 92.5), 0.0, (82, 92, 51, 67)),
            "written_topics107": ((70.7, 90.0), 2.0, (75, 90, 63, 52)),
        }
    )


def test_set_257_kidney_disease_and_dialysis() -> None:
    """Set 257 (a two-hundred-and-forty-sixth writer: haemodialysis chairs, fistulas, fluid limits,
    transplant lists). First run at a76c4c7: 30 of 30 found (the rules alone 30), **4** alarmed.
    Mended: "both legs strong" beside a sciatica; a wife who fainted "when her blood pressure
    dropped", seen by the renal doctor since. Left: a leg dead after four hours cross-legged in
    the chair, "its totally back now" ("it's back" may be the sign coming back); a renal nurse's
    talk on stroke signs, listed after a dash."""
    _kept_out_of_the_net_and_scores(
        "written_probes257", first=(30, 4), rules_alone=(30, 4), floor=(30, 2)
    )


def test_set_258_autoimmune_conditions() -> None:
    """Set 258 (a two-hundred-and-forty-seventh writer: lupus, rheumatoid arthritis, vasculitis,
    steroids and biologics). First run at a76c4c7: 30 of 30 found (the rules alone **29**), 2
    alarmed. Left: "would it be an emergency if my calf swelled up and then i got short of
    breath?" (the supposition ends at "then"); a panic's tingling hands and feet "while i was
    breathing too fast", told beside a sister who talked the writer down (the cause is the
    writer's, the hands and feet no one's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes258", first=(30, 2), rules_alone=(29, 2), floor=(30, 2)
    )


def test_set_259_military_service_and_veterans() -> None:
    """Set 259 (a two-hundred-and-forty-eighth writer: ruck marches, parades, old service injuries,
    mess humour). First run at a76c4c7: 30 of 30 found (the rules alone **28**), **4** alarmed.
    Mended: panic attacks in crowds, hands and feet tingly ("i get panic attacks"). Left: a
    course question "if a lad says he cant feel his bum and cant piss" (an "if" with a sign in
    the present reads as now, by design); "im paralysed, send a casevac and a bacon roll" after a
    regimental dinner; a grandfather who broke his back at Arnhem."""
    _kept_out_of_the_net_and_scores(
        "written_probes259", first=(30, 4), rules_alone=(28, 4), floor=(30, 3)
    )


def test_set_260_waiting_to_be_seen() -> None:
    """Set 260 (a two-hundred-and-forty-ninth writer: GP waiting rooms, pharmacy queues, A&E, on
    hold to 111). First run at a76c4c7: 30 of 30 found (the rules alone 30), **4** alarmed.
    Mended: numb feet for two years "creeping up really slowly"; legs that turned to jelly "when
    the receptionist called my name"; feet cold and purple in a draughty waiting room that "warm
    up fine when i rub them". Left: a sister whose legs "stopped working" years ago (the rewrite
    reads "cant move", a present; kept so, since the past form lost two emergencies told
    minutes after they began)."""
    _kept_out_of_the_net_and_scores(
        "written_probes260", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_the_thirty_eighth_sessions_topic_sets_are_kept() -> None:
    """Topic sets 108 (cinema, theatre, concerts and festivals) and 109 (hairdressers, barbers,
    nail technicians and beauty therapists), each run once at a76c4c7: right topic, declined
    77.6 / 95.0 and 75.9 / 95.0; false emergencies 4.1% and 5.1%; every emergency found.
    Mended since: DVT stories with nothing of the chest that the net read as the chest's (a calf
    hot after a ten-hour coach; "I'm not short of breath and have no chest pain"); "finally back
    at the theatre after chemo" (not a back); toes that "come back once I get moving"; a mother
    who "gets up" from the dryer; feet that "warm up again"; "for a sec i thought stroke lol";
    "no weakness now" after a foot that came back. Left: a singer's double vision "twice this
    year for a few days" beside a tingling foot (108)."""
    _topic_sets_hold(
        {
            "written_topics108": ((77.6, 95.0), 1.0, (82, 95, 65, 53)),
            "written_topics109": ((75.9, 95.0), 0.0, (84, 95, 62, 70)),
        }
    )


def test_set_261_parkinsons_and_movement_disorders() -> None:
    """Set 261 (a two-hundred-and-fiftieth writer: tremor, freezing, levodopa timings, DBS). First
    run at a76c4c7 and at 02322ef: 30 of 30 found (the rules alone 30), **6** alarmed. Mended: a
    boxing class's racing heart that "calmed right down when we stopped"; a clot on the lung in
    2022 that "they treated ... with blood thinners". Left: a foot cold and purplish for years,
    checked by a vascular surgeon, "exactly the same today"; speech "slurry when my levodopa
    wears off" for years; a support group's talk that "tingling climbing up from the feet is an
    emergency"; "an old back fracture" named in a question."""
    _kept_out_of_the_net_and_scores(
        "written_probes261", first=(30, 6), rules_alone=(30, 6), floor=(30, 4)
    )


def test_set_262_warehouse_factory_and_courier_work() -> None:
    """Set 262 (a two-hundred-and-fifty-first writer: pickers, line workers, couriers). First run
    at a76c4c7 and at 02322ef: 30 of 30 found (the rules alone **28**), 3 alarmed. Left: a team
    leader's fall from racking, "he's back now and fine"; a spinal injection four months ago, "no
    change"; "numb from the waist down after 11 hrs on the line. tired numb not hospital numb
    lol"."""
    _kept_out_of_the_net_and_scores(
        "written_probes262", first=(30, 3), rules_alone=(28, 3), floor=(30, 3)
    )


def test_set_263_australian_and_new_zealand_english() -> None:
    """Set 263 (a two-hundred-and-fifty-second writer: arvo, crook, servo, triple zero). First run
    at a76c4c7 and at 02322ef: 30 of 30 found (the rules alone **29**), **6** alarmed. Mended: an
    epidural's legs numb for a day last year, "it all came back fine"; a chest infection's blood
    "antibiotics cleared it and the doc ... said all good"; a soap's stroke, "the acting was
    shocking". Left: "nearly gave me a heart attack, couldn't feel my legs by the second half
    haha"; a mother's cold white leg in 2017 read on into the writer's tingling toes; a
    concussion in 2022, "got cleared"."""
    _kept_out_of_the_net_and_scores(
        "written_probes263", first=(30, 6), rules_alone=(29, 6), floor=(30, 3)
    )


def test_set_264_easy_read_and_support_workers() -> None:
    """Set 264 (a two-hundred-and-fifty-third writer: a learning disability or low literacy, and
    support workers). First run at a76c4c7 and at 02322ef: 30 of 30 found (the rules alone 30), 3
    alarmed. Mended: "is it bad if ur face go droopy" (a generic "your"); "what a stroke is" for a
    college project. Left: "I told my keyworker I cant feel my legs after walking up the big hill
    lol. they feel like jelly but they work fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes264", first=(30, 3), rules_alone=(30, 3), floor=(30, 1)
    )


def test_the_thirty_eighth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 110 (pilgrims, hikers and long-distance walkers) and 111 (parents at children's
    sport), run once at a76c4c7 and at 02322ef: right topic, declined 81.0 / 90.0 and 77.6 /
    92.5; false emergencies 3.1% (2 off-topic) and 4.1% (3.1% at 02322ef: the net's chest finding
    needs the chest); every emergency found. Mended since: "Dead Woman's Pass" (a place); a
    parent "so wound up" at a penalty shootout (stressed, not a sign going up the legs). Left:
    legs "jelly and tingly" after squatting on the meseta, "lasted a minute" (110); a pack's
    tingling fingers and "arms feel weak and heavy", "rucksack palsy" (110, off-topic: both arms
    read by the stroke rule); an epidural named after a dead leg on a swimming bench (111)."""
    _topic_set_holds(
        "written_topics110",
        first={"right_topic": 81.0, "off_topic_declined": 90.0},
        false_emergencies=2.1,
        floor=(81, 92, 66, 58),
        off_topic_alarms=1,
    )
    _topic_sets_hold({"written_topics111": ((77.6, 92.5), 1.0, (81, 92, 56, 68))})


def test_set_265_skiing_and_winter_sports() -> None:
    """Set 265 (a two-hundred-and-fifty-fourth writer: chalets, chairlifts, ski boots, apres-ski).
    First run at 629f238: 30 of 30 found (the rules alone 30), **8** alarmed. Mended: toes white
    in a minus 25 windchill, "they're pink now"; "hands and feet went tingly from pure panic" at
    the top of a black run; a leg dead on a 15-minute chairlift; "a cold this week" (an illness)
    beside a foot that tingled after sitting on it; "would it be a stroke if my mum's face went
    droopy? it hasnt"; a bum numb "from the frozen chairlift seat, thawed out in 5 min"; legs
    "like jelly" after seven hours on the slopes, "hes fine after a bath and a beer". Left: "so
    good i'm having chest pains and cant feel my legs after the fifth fondue 😂 anyway actual
    question" (the emoji is dropped before the rules read)."""
    _kept_out_of_the_net_and_scores(
        "written_probes265", first=(30, 8), rules_alone=(30, 8), floor=(30, 1)
    )


def test_set_266_blood_thinners_and_heart_conditions() -> None:
    """Set 266 (a two-hundred-and-fifty-fifth writer: warfarin, apixaban, INR clinics, stents,
    pacemakers, cardiac rehab). First run at 629f238: 30 of 30 found (the rules alone **29**), 2
    alarmed. Mended: "my legs went to jelly and I nearly had a heart attack on the spot" at a
    prescription's price; "If one foot goes numb all of a sudden and you've got AF, is that a
    stroke?" (the ask after an "if" clause is the supposition's own)."""
    _kept_out_of_the_net_and_scores(
        "written_probes266", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_267_teachers_and_school_staff() -> None:
    """Set 267 (a two-hundred-and-fifty-sixth writer: classrooms, bus duty, school trips,
    teaching assistants). First run at 629f238: 30 of 30 found (the rules alone 30), 2 alarmed.
    Mended: a foot that tingles on bus duty in the cold, "it always goes once I'm back inside";
    "marking 90 mocks has given me paralysis of the will lol" (an idiom)."""
    _kept_out_of_the_net_and_scores(
        "written_probes267", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_268_alcohol_recovery_and_detox() -> None:
    """Set 268 (a two-hundred-and-fifty-seventh writer: detox units, AA, sober days, thiamine).
    First run at 629f238: 30 of 30 found (the rules alone 30), **4** alarmed. Mended: "day 3
    detox, shaky hands and tingly feet" with every red flag denied; "if my husband starts
    coughing blood during his detox is that a 999 thing"; panic attacks whose breathlessness
    "passes in 10 mins once i do the breathing". Left: a cast split last year, "Now that foot
    gets pins and needles on and off since the break, no cast, no swelling" (the window runs
    across the sentence into the cast)."""
    _kept_out_of_the_net_and_scores(
        "written_probes268", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_the_thirty_ninth_sessions_topic_sets_are_kept() -> None:
    """Topic sets 112 (golf, bowls, tennis, padel and racket sports) and 113 (sewing, tailoring,
    quilting and dressmaking), each run once at 629f238: right topic, declined 81.0 / 95.0 and
    86.2 / 100; false emergencies 4.1% (1 off-topic) and 2.0%; every emergency found. Mended
    since: a calf that cramps walking the course with a foot "a bit numb n cold with it" and one
    that eases after "a breather", "numb n cold till it settles" (claudication, not a cold white
    leg); hay fever's eyes that "stream so badly I can't see" (off-topic); fingers and toes that
    go pale in a freezing church hall and "tingle n sting when they warm up". Left: padel's
    sciatica spreading to the sole "getting worse quickly" that the net reads as both legs weak
    (112); a sewing machine's head dropped on a foot three weeks ago, "numb n tingly on one side"
    of the foot (113)."""
    _topic_sets_hold(
        {
            "written_topics112": ((81.0, 95.0), 1.0, (82, 97, 67, 54)),
            "written_topics113": ((86.2, 100.0), 1.0, (87, 100, 54, 59)),
        }
    )


def test_set_269_chronic_pain_and_fibromyalgia() -> None:
    """Set 269 (a two-hundred-and-fifty-eighth writer: flares, pacing, pain clinics, pregabalin,
    TENS). First run at 629f238 and at 8e808ce: 30 of 30 found (the rules alone **28**), 3
    alarmed. Mended: "thought i was coughing up blood for a sec then remembered i had a tooth
    out ... its just my gum"; a fibro group "keeps going on about guillain barre after the flu
    jab. what are the first signs?"; "if the pain clinic cancels one more time i'll have a
    stroke"."""
    _kept_out_of_the_net_and_scores(
        "written_probes269", first=(30, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_270_chefs_waiters_and_bar_staff() -> None:
    """Set 270 (a two-hundred-and-fifty-ninth writer: kitchens, walk-in freezers, double shifts).
    First run at 629f238 and at 8e808ce: 30 of 30 found (the rules alone 30), 1 alarmed.
    Mended: Guillain-Barre in 2015, "recovered completely", beside new work shoes that pinch."""
    _kept_out_of_the_net_and_scores(
        "written_probes270", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_set_271_sickle_cell_anaemia_and_blood_disorders() -> None:
    """Set 271 (a two-hundred-and-sixtieth writer: crises, transfusions, haematology clinics,
    clotting disorders). First run at 629f238 and at 8e808ce: 30 of 30 found (the rules alone
    **28**), **6** alarmed. Mended: "would it count as an emergency if my daughters face went
    droopy ... shes totally fine right now"; a numb bum after five hours in a day unit chair that
    "went as soon as i walked to the car"; a DVT and PE in 2020, "Fully sorted after 6 months of
    rivaroxaban"; an epidural in 2021 with "no problems at all after it"; a cast to be put on
    tomorrow, "What signs would mean it's too tight?". Left: "if my teenager with sickle cell says
    his chest hurts during a crisis is that always 999" (the supposition's someone is told at
    length)."""
    _kept_out_of_the_net_and_scores(
        "written_probes271", first=(30, 6), rules_alone=(28, 6), floor=(30, 1)
    )


def test_set_272_climbing_bouldering_and_mountaineering() -> None:
    """Set 272 (a two-hundred-and-sixty-first writer: walls, belays, falls onto mats, bivvies).
    First run at 629f238 and at 8e808ce: **29** of 30 found (the rules alone **29**), **4**
    alarmed. Missed, mended: "a rock came down on the scramble and hit my daughter's helmet
    about an hour ago. now she says her left leg is all tingly" (a helmet is a head). Mended
    look-alikes: "legs like jelly, heart in my mouth 😂 fine once i clipped the chains"; "that
    runout gave me a heart attack and a stroke at the same time lmao"; "If my calf swells on the
    flight ... and then I'm short of breath at base camp, how do I tell a clot from just the
    altitude?"; a daughter who "nearly passed out" at her bleeding finger and "was totally
    fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes272", first=(29, 4), rules_alone=(29, 4), floor=(30, 0)
    )


def test_the_thirty_ninth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 114 (commuting by train, bus and tube) and 115 (grandparents looking after
    grandchildren), each run once at 629f238 and at 8e808ce (the same): right topic, declined
    75.9 / 97.5 and 79.3 / 97.5; false emergencies 4.1% (1 off-topic) and 1.0%; every emergency
    found. Mended since: feet that tingle after drinks most nights, "been creeping up for months";
    a commuter who gets "panicky on the tube", legs, feet and hands tingly, "It all settles once
    I'm out"; cheeks and ears numb in the wind on a platform (off-topic); chemotherapy's tingling
    feet that "crept up over the weeks" "since the chemo began". Left: a foot still floppy twenty
    minutes after an hour with crossed legs on a held train (114: a foot drop the writer calls
    pressure)."""
    _topic_sets_hold(
        {
            "written_topics114": ((75.9, 97.5), 1.0, (77, 100, 60, 58)),
            "written_topics115": ((79.3, 97.5), 0.0, (81, 97, 58, 60)),
        }
    )


def test_set_273_recreational_drugs_and_nitrous_oxide() -> None:
    """Set 273 (a two-hundred-and-sixty-second writer: festivals, "nos" balloons, ketamine,
    comedowns, welfare tents). First run at 629f238 and at 16a2a9e: 30 of 30 found (the rules
    alone 30), **4** alarmed. Mended: "that comedown hit me like a stroke honestly" beside a foot
    fizzy with panic; feet "a bit purple" when a sleeping bag slipped off, "colour came straight
    back"; "absolutely legless last night, couldnt feel my legs ha ... today i'm just hungover".
    Left: a leg dead after a set on a cool box, "back within 2 mins, all good now" ("all good now"
    says now, so the seat does not explain it; "resolved" was tried as an ending of the rule and
    taken out: it also ended "it resolved yesterday but its back")."""
    _kept_out_of_the_net_and_scores(
        "written_probes273", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_274_relatives_and_interpreters_typing_for_someone() -> None:
    """Set 274 (a two-hundred-and-sixty-third writer: a son, a niece or an interpreter relaying
    someone's words). First run at 629f238 and at 16a2a9e: 30 of 30 found (the rules alone
    **28**), **4** alarmed. Mended: a village friend's cancer in the spine beside a grandad who
    "has never had cancer" and "only speaks Gujarati" (a language spoken, not speech that
    fails); "the doctor said numbness around the bottom is a bad sign"; an interpreter's "phrase
    card" of warning words; a stroke six years ago and a foot that tingles "when the weather is
    cold"."""
    _kept_out_of_the_net_and_scores(
        "written_probes274", first=(30, 4), rules_alone=(28, 4), floor=(30, 0)
    )


def test_set_275_skateboarding_bmx_scooters_and_roller_skating() -> None:
    """Set 275 (a two-hundred-and-sixty-fourth writer: skateparks, bails, ramps, a mate filming).
    First run at 629f238 and at 16a2a9e: **28** of 30 found (the rules alone **28**), **4**
    alarmed. Missed, mended: the back of a neck "smacked" on the coping twenty minutes ago, an
    arm and a leg now tingling; "took a pedal to the shin" three hours ago, "rock hard and
    swollen shiny". Mended look-alikes: heelflips "so bad they give them a stroke 😂"; legs
    "absolute jelly" yesterday, "walking totally fine" today; "can u have a stroke from hitting
    ur head on a ramp". Left: "my board is dead. wheels cold and pale, bearings coughing up blood
    (rust) 💀"."""
    _kept_out_of_the_net_and_scores(
        "written_probes275", first=(28, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_276_firefighters_police_and_paramedics() -> None:
    """Set 276 (a two-hundred-and-sixty-fifth writer: kit, shifts, fitness tests, their own
    jargon used of themselves). First run at 629f238 and at 16a2a9e: 30 of 30 found (the rules
    alone **29**), **5** alarmed. Mended: a father's spinal cancer ten years ago beside a son who
    "never had cancer"; "I've heard numb legs after an epidural is an emergency" from a husband
    whose wife "wants an epidural"; feet white in a flood job that "pinked up ... all the feeling
    back"; hands and feet tingly after a child's arrest, "I know it was panic". Left: "out of
    breath like everyone else but fine after a minute" at a fitness test ("resolved" after it
    would also end a breathlessness that comes back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes276", first=(30, 5), rules_alone=(29, 5), floor=(30, 1)
    )


def test_the_thirty_ninth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 116 (call centres and open-plan offices) and 117 (camping, caravans and
    campervans), each run once at 629f238 and at 16a2a9e (the same but 116's findings): right
    topic, declined 77.6 / 85.0 and 75.9 / 87.5; false emergencies 3.1% and 2.0%; every
    emergency found. Mended since: a calf that cramps from the far car park, a foot "tingly and
    cold, i stop for a bit n it eases"; a top leg "completely dead" after sleeping "with my legs
    stacked" on a break; feet "a bit purple-ish" in a camp chair, "Putting them up on the cool
    box helps". Left: low back pain tingling down a leg "since we moved desks" that the net reads
    as an injury (116); oxaliplatin's tingling feet that the net reads as rising weakness
    (117)."""
    _topic_sets_hold(
        {
            "written_topics116": ((77.6, 85.0), 1.0, (81, 85, 57, 57)),
            "written_topics117": ((75.9, 87.5), 1.0, (77, 87, 65, 69)),
        }
    )


def test_set_277_cleaners_housekeepers_and_domestic_workers() -> None:
    """Set 277 (a two-hundred-and-sixty-sixth writer: scrubbing on their knees, ladders, room
    attendants, agency work, little English for some). First run at 141d7d4: 30 of 30 found (the
    rules alone **27**), 1 alarmed. Mended: "how do u know if pins and needles is a stroke or
    just normal?" (a question asked in text speak)."""
    _kept_out_of_the_net_and_scores(
        "written_probes277", first=(30, 1), rules_alone=(27, 1), floor=(30, 0)
    )


def test_set_278_saunas_spas_hot_tubs_and_massage() -> None:
    """Set 278 (a two-hundred-and-sixty-seventh writer: heat, cold plunges, massage tables,
    pedicures). First run at 141d7d4: **29** of 30 found (the rules alone **29**), **6**
    alarmed. Missed, mended: a foot "still white and icy even in the warm lounge" forty minutes
    after a cold plunge, the other foot "gone pink again", toes numb and in agony (the plunge
    explains a foot that warms, not one that stays white: a rule of its own). Mended
    look-alikes: "the price of this spa package gave me actual chest pains lol"; legs like jelly
    after a hot stone massage, "so relaxed ... fine after a coffee"; tingling "creeping up my
    shins over about 3 years now"; a bump on the sauna door beside pins and needles the physio
    knows, "no worse than usual"; a sister "wrapped in clingfilm" who "can't move her legs".
    Left: a skin cancer cut off the back five years ago, "all clear", a thigh that tingles in
    tight jeans and "No back pain at all" (three cancer rules read it; an all-clear must not
    excuse new signs)."""
    _kept_out_of_the_net_and_scores(
        "written_probes278", first=(29, 6), rules_alone=(29, 6), floor=(30, 1)
    )


def test_set_279_offshore_rigs_mines_and_remote_sites() -> None:
    """Set 279 (a two-hundred-and-sixty-eighth writer: medics on site, helicopters, two weeks
    on, confined spaces). First run at 141d7d4: 30 of 30 found (the rules alone **27**), 2
    alarmed. Mended: "does a swollen calf with short of breath mean ring someone straight away"
    asked before a rotation. Left: "slurring my words? only on the first night home after 3
    weeks dry on the rig haha" (a joke about drink the slur rule cannot tell)."""
    _kept_out_of_the_net_and_scores(
        "written_probes279", first=(30, 2), rules_alone=(27, 2), floor=(30, 1)
    )


def test_set_280_diets_and_fasting() -> None:
    """Set 280 (a two-hundred-and-sixty-ninth writer: vegan, keto, Ramadan and Lent, juice
    cleanses, weight-loss injections). First run at 141d7d4: 30 of 30 found (the rules alone
    **28**), 2 alarmed. Mended: leggings so tight "my legs feel like theyre in a plaster cast
    lmao"; a mother's spinal cancer and numb legs, "she passed in 2018" (a death told after a
    comma in the same sentence ends her story as one told in the next sentence does)."""
    _kept_out_of_the_net_and_scores(
        "written_probes280", first=(30, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_the_fortieth_sessions_topic_sets_are_kept() -> None:
    """Topic sets 118 (chess, board games and long sitting hobbies), 119 (dance classes) and 120
    (cruises and long sea voyages), each run once at 141d7d4: right topic, declined 72.4 / 97.5,
    79.3 / 92.5 and 81.0 / 95.0; false emergencies 4.1%, 5.1% (1 off-topic) and 5.1% (1
    off-topic); every emergency found. Mended since: feet "cold, slightly purple" in a draughty
    hall that "have always been cold"; a leg folded under at a rapidplay, "sitting with that
    leg"; toes taped for pointe that are "pinking up again"; a leg gone dead watching a class,
    "🙈 fine now" (a face emoji between words ends its clause); faintness with period cramps
    (off-topic); a shoulder and arm numb, "legs fine" (off-topic); a leg "completely dead" on
    waking in a narrow cabin bed, back to normal in minutes. Left: a year of burning feet and
    wine, "The numbness seems to be creeping up from my toes" (118; a year told in another
    sentence may not excuse a climb); the net's reads of a leg that "cant even stand up" after a
    deck chair, a twisted ankle's numb foot and a theatre seat's sciatica (120)."""
    _topic_sets_hold(
        {
            "written_topics118": ((72.4, 97.5), 1.0, (77, 97, 55, 68)),
            "written_topics119": ((79.3, 92.5), 2.0, (82, 92, 58, 51)),
            "written_topics120": ((81.0, 95.0), 3.1, (81, 97, 53, 46)),
        }
    )


def test_set_281_hunting_shooting_and_fieldsports() -> None:
    """Set 281 (a two-hundred-and-seventieth writer: high seats, wet heather, gun dogs, long cold
    waits). First run at 141d7d4 (round one's mends were not yet committed): 30 of 30 found (the
    rules alone **29**), **5** alarmed. Mended: "How would a beater know if a tingly leg was a
    stroke"; a heart "going like the clappers" at a stag, "proper buck fever"; a backside numb
    after a shooting stick, "All back now and peeing fine"; legs like jelly after a drag, "fine
    after a sit down"; a foot colder and paler since a bypass, the vascular team "said it's
    stable"."""
    _kept_out_of_the_net_and_scores(
        "written_probes281", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_set_282_lifeguards_pools_and_open_water_swimmers() -> None:
    """Set 282 (a two-hundred-and-seventy-first writer: cold lakes, wetsuits, triathlon, aqua
    aerobics). First run at 141d7d4: **29** of 30 found (the rules alone **29**), 3 alarmed.
    Missed, mended: "the verruca i picked at after the pool has gone yellow and oozy and the red
    has spread right across my foot. temp 38.9" (a verruca is a wound). Mended look-alikes: toes
    and fingers white in a lake, "totally normal now. is that raynauds?"; a racing heart at a
    lifeguard's whistle, "lol. anyway actual question"; legs like jelly after a brick session,
    "Fine after an hour"."""
    _kept_out_of_the_net_and_scores(
        "written_probes282", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_283_night_shifts_and_shift_work() -> None:
    """Set 283 (a two-hundred-and-seventy-second writer: guards, carers, bakers, messages at
    4 am). First run at 141d7d4: 30 of 30 found (the rules alone 30), 3 alarmed. Mended: "if a
    security guard on his own at 3am suddenly lost the feeling in one leg, should he ring 999"
    (a supposition goes on over "suddenly", which opens a clause of its own); a racing heart at
    an alarm, "just a fox. anyway the reason im messaging"; an arm and leg numb on one side under
    a sleeping partner, "fine within a minute of moving"."""
    _kept_out_of_the_net_and_scores(
        "written_probes283", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_284_carnival_fancy_dress_cosplay_and_mascots() -> None:
    """Set 284 (a two-hundred-and-seventy-third writer: heavy costumes, stilts, parades, mascot
    suits, face paint). First run at 141d7d4: **29** of 30 found (the rules alone **28**), **5**
    alarmed. Missed, mended: a mascot's foam head that "snapped my neck sideways" two hours ago,
    pins and needles now down a leg and into both hands. Mended look-alikes: "special effects
    latex" pus on a foot; a numb bum on a float seat that "went after i walked about"; mummy
    bandages too tight, "unwrapped him and his toes went pink and warm straight away"; a foot
    blue with "avatar body paint"; "cannot feel my legs ... (they feel fine really, just
    knackered)"."""
    _kept_out_of_the_net_and_scores(
        "written_probes284", first=(29, 5), rules_alone=(28, 5), floor=(30, 0)
    )


def test_the_fortieth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 121 (lorry, bus, taxi and delivery drivers), 122 (students revising and
    sitting exams) and 123 (pregnancy and the months after birth), each run once at 141d7d4:
    right topic, declined 77.6 / 92.5, 70.7 / 85.0 and 82.8 / 97.5; false emergencies 2.0%, 5.1%
    and 3.1%; every emergency found. Mended since: a foot fizzy on waking in a short bunk, "fine
    now"; "a proper dead leg" on waking in a cab; a panic attack's breath and tingling that "all
    faded"; toes white at a desk in cold halls that "warm up" under the duvet; a foot dead on a
    bus, "fine after walking to halls"; "No problems going to the toilet or any numbness down
    below"; a calf "hot n sore to touch" (tender, not a sore); "toes tingle by the evening, but
    both legs look the same". Left: the net's reads of a leg dead from the knee down after
    revising cross-legged (122) and of a sling's sciatica as an injury (123)."""
    _topic_sets_hold(
        {
            "written_topics121": ((77.6, 92.5), 0.0, (81, 92, 70, 67)),
            "written_topics122": ((70.7, 85.0), 1.0, (74, 85, 50, 68)),
            "written_topics123": ((82.8, 97.5), 1.0, (86, 97, 66, 59)),
        }
    )


def test_set_285_rowing_kayaking_canoeing_and_paddleboarding() -> None:
    """Set 285 (a two-hundred-and-seventy-fourth writer: kneeling in canoes, capsizes, cold
    rivers, regattas). First run at 141d7d4 and at 41fee25 (the same): **29** of 30 found (the
    rules alone **28**), 2 alarmed. Missed, mended: forty minutes after a capsize, "warmed up
    everywhere except my left foot which is still white and freezing and really really hurts,
    the right foot is pink and fine now" (the other foot's colour back ends nothing of this
    one's). Mended look-alikes: "Would it count as a stroke if both my cheeks went numb from the
    wind"; "paddled 40k today cant feel my arms or legs lol send pizza"."""
    _kept_out_of_the_net_and_scores(
        "written_probes285", first=(29, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_286_market_traders_and_street_food() -> None:
    """Set 286 (a two-hundred-and-seventy-fifth writer: early starts, crates, vans, a stallholder
    next door). First run at 141d7d4 and at 41fee25 (the same): 30 of 30 found (the rules alone
    30), 3 alarmed. Mended: "if a crate of tins fell on my leg and it swelled up tight"; a bum
    numb on a wooden stool, "fine as soon as I stand and walk about"; "If a trader's face drops
    or they can't lift an arm, is it ring 999 straight away" for a first aid notice."""
    _kept_out_of_the_net_and_scores(
        "written_probes286", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_287_postal_workers_window_cleaners_and_rounds_on_foot() -> None:
    """Set 287 (a two-hundred-and-seventy-sixth writer: rounds, wet steps, ladders, heavy bags).
    First run at 141d7d4 and at 41fee25 (the same): 30 of 30 found (the rules alone 30), **5**
    alarmed. Mended: legs "paralysed from the waist down, someone carry me to the pub" after the
    Christmas rush; a mini stroke in March, "nothing since", cleared to drive; bowel cancer in
    2015 and "the usual tingle in my foot sat in the van that goes when I get out"; "if your calf
    swells up on a long walk and then you get short of breath, is that the clot thing?". Left:
    "would it be an emergency if a postie slipped on wet steps, hurt their back and then got numb
    legs?" (the supposition ends at its comma; what follows has no subject of its own)."""
    _kept_out_of_the_net_and_scores(
        "written_probes287", first=(30, 5), rules_alone=(30, 5), floor=(30, 1)
    )


def test_set_288_pubs_darts_pool_and_snooker() -> None:
    """Set 288 (a two-hundred-and-seventy-seventh writer: bar stools, league nights, cellars, a
    team-mate at the table). First run at 141d7d4 and at 41fee25 (the same): 30 of 30 found (the
    rules alone **29**), 1 alarmed. Mended: glassed in 2015, "concussion and stitches, fully
    better years ago", now pins and needles kneeling at the fridges."""
    _kept_out_of_the_net_and_scores(
        "written_probes288", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_the_fortieth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 124 (birdwatching, wildlife photography and angling), 125 (theme parks, zoos
    and days out) and 126 (working from home on the sofa, bed or kitchen table), each run once at
    141d7d4 and at 41fee25 (the same): right topic, declined 77.6 / 97.5, 69.0 / 92.5 and 81.0 /
    87.5; false emergencies 4.1%, 5.1% (1 off-topic) and 4.1%; every emergency found. Mended
    since: "the tackle barrow" (fishing gear); a calf "swollen n warm and sore since the 8hr drive
    up to the reserve" (a journey's "up to"); feet and fingers tingly in a packed hide, "It
    happens most weekends"; a claudicant's foot "a bit numb and cold" by the end of the day; toes
    white on a winter trail that "turned red and throbbed" when warmed; "a blackout cover over
    the buggy" (off-topic); feet and fingers that tingle before a dreaded call, "it fades away";
    a leg "completly numb" on a call, "id been sat on it ... been fine since". Left: the net's
    reads of a shin whacked on a hide bench and a knee on the dodgems (foot infection), thighs
    crushed by a lap bar and legs heavy by evening (both legs weak); double vision twice on calls
    beside months of tingling (126: multiple sclerosis's signs, read as a stroke's)."""
    _topic_sets_hold(
        {
            "written_topics124": ((77.6, 97.5), 1.0, (81, 97, 62, 60)),
            "written_topics125": ((69.0, 92.5), 2.0, (70, 95, 50, 55)),
            "written_topics126": ((81.0, 87.5), 2.0, (81, 87, 49, 50)),
        }
    )


def test_set_289_cabin_crew_pilots_and_airport_ground_staff() -> None:
    """Set 289 (a two-hundred-and-seventy-eighth writer: galleys, jump seats, crew bunks,
    turnarounds). First run at 19ab128: **28** of 30 found (the rules alone **28**), 2 alarmed.
    Missed, mended: both legs "weaker every hour since I got off the 13 hour shift" (worse by the
    hour); a galley cart that rolled over a lower leg three hours ago, the calf "swelling up
    tight like a drum and the paracetamol is doing absolutely nothing", the foot pins and needly.
    Mended look-alikes: a leg dead on a jump seat "with my leg twisted", back "in a couple of
    minutes"; a panic attack on the crew bus, "fine all day since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes289", first=(28, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_290_crane_forklift_digger_and_plant_operators() -> None:
    """Set 290 (a two-hundred-and-seventy-ninth writer: vibrating cabs, ladders, the foreman).
    First run at 19ab128: 30 of 30 found (the rules alone **29**), 0 alarmed."""
    _kept_out_of_the_net_and_scores(
        "written_probes290", first=(30, 0), rules_alone=(29, 0), floor=(30, 0)
    )


def test_set_291_jockeys_stable_staff_and_racegoers() -> None:
    """Set 291 (a two-hundred-and-eightieth writer: wasting, falls, mucking out, the bookies).
    First run at 19ab128: 30 of 30 found (the rules alone **29**), 3 alarmed. Mended: an old
    guv'nor's spinal cancer, "God rest him" (a guv'nor is someone else; a blessing of the dead
    after a comma ends the sentence before it); "legs went weak when the 33-1 shot came in"; legs
    cold and blotchy in the rain, "warming up in the car now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes291", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_292_libraries_archives_and_museums() -> None:
    """Set 292 (a two-hundred-and-eighty-first writer: low shelves, kick stools, reading rooms).
    First run at 19ab128: **29** of 30 found (the rules alone **29**), 3 alarmed. Missed,
    mended: a calf "hot and fat and tingly" after a coach trip, "just coughed into a tissue in
    the staff loo and theres blood in it". Mended look-alikes: "the director's having chest pains
    lol"; a finished bowel cancer's feet, "I'm back in the reading room" (returned, not the
    back); "does it have to be the face too? mine goes numb on the reading room chairs"."""
    _kept_out_of_the_net_and_scores(
        "written_probes292", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_the_forty_first_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 127 (knitting, crochet, quilting and craft circles), 128 (console and PC
    gamers) and 129 (tattoo studios), each run once at 19ab128: right topic, declined 84.5 /
    92.5, 72.4 / 95.0 and 75.9 / 95.0; false emergencies 5.1%, 6.1% (1 off-topic) and 7.1%;
    every emergency found. Mended since: a foot full of pins and needles after hours with the
    feet "tucked under me" or "crosslegged on the floor", "cant stand up lol" (three writers);
    chemotherapy's numbness that spread "a little further each time" of its cycles; a panic
    attack's lips, breath and tingling, "It passed after about twenty minutes"; knee socks'
    tight ribbing; a voice "totally gone from screaming callouts" (off-topic); "now it's back,
    mainly in my feet" (it came again); a son's legs dead sitting on his heels, "It wears off
    after he walks around"; feet cold and purple in a cold basement, "a hot shower sorts it
    out"; toes white when "shop heating broke" (a heating, not a bone); a foot "goes completely
    numb while I'm leaning over the client. It always comes back after I get up"; a tattoo
    stool's edge, "feet go tingly by lunchtime"; "I've been googling infection all night";
    "went after like 5 mins hobbling round the shop". Left: the net's reads of legs wrapped round
    a chair's legs and of feet numb by the end of a convention day; tingling spreading from one
    foot into the calf over two days, "no weakness" (128: kept, Mayo's climbing tingling);
    "I can't feel much down there" of a diabetic's feet beside a blister (129)."""
    _topic_sets_hold(
        {
            "written_topics127": ((84.5, 92.5), 1.0, (89, 92, 57, 70)),
            "written_topics128": ((72.4, 95.0), 1.0, (77, 97, 57, 59)),
            "written_topics129": ((75.9, 95.0), 2.0, (79, 95, 64, 57)),
        }
    )


def test_set_293_estate_agents_surveyors_and_letting_agents() -> None:
    """Set 293 (a two-hundred-and-eighty-second writer: viewings, lofts, damp meters, vendors).
    First run at 19ab128 (round one's mends then uncommitted): 30 of 30 found (the rules alone
    30), **4** alarmed. Mended: a vendor's "three heart attacks", a leg dead on her kitchen
    stool that "came back the second i walked to the car"; a numb patch three months after
    coming "out of a cast"; a league table's racing heart and breath, "GP ... says it's panic
    attacks. Fine now". Left: the office chat "saying ive 'lost control of my bowels' because i
    ate the whole tray of vendor brownies lol. actual reason im here: ..." (a pivot of that kind
    also follows real emergencies played down: "Anyway my real question is ...")."""
    _kept_out_of_the_net_and_scores(
        "written_probes293", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_294_amateur_astronomers_and_night_sky_photographers() -> None:
    """Set 294 (a two-hundred-and-eighty-third writer: frozen fields at 2 am, loungers, dark-sky
    sites). First run at 19ab128: **28** of 30 found (the rules alone **28**), 3 alarmed. Missed,
    mended: "coughed into my hanky just now and theres blood in it", a calf hot and fat since a
    long flight; a deer hit on the lane, "my neck got jerked hard ... now both my feet are
    buzzing". Mended look-alikes: an eyepiece's price that "nearly gave me chest pains"; both legs
    asleep cross-legged, "Couldn't stand for a sec", fine within minutes. Left: "someone said
    sudden vision loss is a stroke sign. does that include when you suddenly cant see anything
    because somebody's headlights wreck your dark adaptation?" (the first sentence is mended;
    the second's generic "you" is not read as general)."""
    _kept_out_of_the_net_and_scores(
        "written_probes294", first=(28, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_295_wedding_and_event_suppliers() -> None:
    """Set 295 (a two-hundred-and-eighty-fourth writer: photographers, DJs, caterers, marquee
    crews). First run at 19ab128: **29** of 30 found (the rules alone **28**), **5** alarmed.
    Missed, mended: a diabetic's big toe "gone black at the tip where his wedding shoes rubbed
    last month" (the date is the rubbing's). Mended look-alikes: a groom's mum who "looked like
    she was having a stroke when he mentioned the ex"; "nearly fainted from boredom"; a venue
    coordinator's "heart attack when the cake collapsed"; "Is a foot going cold and pale an
    emergency? Not happening to anyone". Left: a guest's brother, years ago, who "couldn't pee"
    after lifting (told in the same sentence as the brother, it reads as someone with the
    writer)."""
    _kept_out_of_the_net_and_scores(
        "written_probes295", first=(29, 5), rules_alone=(28, 5), floor=(30, 1)
    )


def test_set_296_bakers_and_food_factory_workers() -> None:
    """Set 296 (a two-hundred-and-eighty-fifth writer: 4 am starts, ovens and cold rooms, the
    line). First run at 19ab128: **29** of 30 found (the rules alone **29**), 3 alarmed. Missed,
    mended: a foot that went white and ice cold in the cold room, "still white" after 15 minutes
    by the ovens, "my left foot's gone back to normal pink" (the other foot). Mended
    look-alikes: "my legs went weak and my heart stopped lol" at a rota of doubles; "cant pee on
    shift cos the supervisor wont let us off the line". Left: "numbness creeping up from my toes
    over about 3 years, both feet now up to the ankles" (a message that says now sets aside the
    years)."""
    _kept_out_of_the_net_and_scores(
        "written_probes296", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_the_forty_first_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 130 (dentists, dental nurses and hygienists), 131 (long-distance walkers and
    pilgrims) and 132 (lawn bowls), each run once at 19ab128 (round one's mends then
    uncommitted): right topic, declined 72.4 / 92.5, 69.0 / 90.0 and 72.4 / 92.5; false
    emergencies 9.2% (2 off-topic), 3.1% (1 off-topic) and 2.0%; every emergency found. Mended
    since: pins and needles round the lips "which is funny given half my patients leave with
    numb lips"; ankles puffy by the evening, "Both legs are exactly the same ... better in the
    morning"; "right leg completely dead, now the pins n needles are coming back"; a foot numb
    "on the saddle stool"; a patient's numb lip after "an IDB" and "the numb feeling in their
    cheek will wear off" (off-topic); a calf that "cramps up" on the climb; toes white in wet
    boots that "came back burning when i warmed up"; a pack's straps and heavy arms (off-topic);
    a foot dead with "one leg tucked up under me", "I'll be sitting properly from now on".
    Left: the net's reads of legs fizzing with nerves, sciatica's pain from the bum down and a
    diabetic's slow numbness; a week of one leg numb and heavy after double vision in the spring
    (130: multiple sclerosis's signs, read as a stroke's)."""
    _topic_sets_hold(
        {
            "written_topics130": ((72.4, 92.5), 3.1, (75, 97, 63, 62)),
            "written_topics131": ((69.0, 90.0), 0.0, (72, 92, 66, 62)),
            "written_topics132": ((72.4, 92.5), 1.0, (74, 92, 53, 50)),
        }
    )


def test_set_297_refuse_collectors_street_sweepers_and_grounds_staff() -> None:
    """Set 297 (a two-hundred-and-eighty-sixth writer: the back of the bin lorry, wheelie bins,
    strimmers, the depot). First run at 19ab128 and at 3fefa5c (the same): 30 of 30 found (the
    rules alone 30), 2 alarmed. Mended: "Would it be an emergency if my calf swelled up and then
    I got out of breath? ... My calf's fine btw" (a supposition goes on over a clause that "then"
    opens, as over one that "suddenly" does: `supposition_goes_on`). Left: "The only epidural in
    our house was the wife's when she had our little one in June" (the wife's past is not read
    as hers)."""
    _kept_out_of_the_net_and_scores(
        "written_probes297", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_set_298_hospital_porters_domestic_staff_and_ward_clerks() -> None:
    """Set 298 (a two-hundred-and-eighty-seventh writer: beds, mops, lifts, night shifts). First
    run at 19ab128 and at 3fefa5c (the same): **27** of 30 found (the rules alone **27**), **5**
    alarmed. Missed, mended: "Coughed into a tissue in the sluice just now and there was bright
    blood in it", a calf hot and fat; "trying to go and nothing comes even though I'm bursting"
    with a back "killing me" and pins and needles down a leg; a breast cancer four years ago, a
    new back pain that wakes her and legs "numbish". Mended look-alikes: "if one of the porters
    foot went cold and blue"; "legs are dead and I'm basically paralysed on the sofa lol" after
    14 miles; "my face droops every time they ring offering another agency shift haha. serious q
    tho". Left: a nan's cauda equina in 2008 ("she lost control of her bladder, that was 2008");
    a patient portered "last night" whose leg had "gone cold and white, they rushed him in"."""
    _kept_out_of_the_net_and_scores(
        "written_probes298", first=(27, 5), rules_alone=(27, 5), floor=(30, 2)
    )


def test_set_299_removal_crews_and_house_movers() -> None:
    """Set 299 (a two-hundred-and-eighty-eighth writer: sofas on stairs, tail lifts, long drives).
    First run at 19ab128 and at 3fefa5c (the same): 30 of 30 found (the rules alone **29**),
    **7** alarmed. Mended: six hours in the cab, a leg "completely dead ... totally back to
    normal"; legs like jelly, "fine after a brew and a sit down"; "strapping stuff" kneeling on
    the van floor; a stented artery, "It's been perfect since"; a head banged last month, "all
    clear, no symptoms since"; "a racing heart whenever the customers daughter brings the tea
    out lol". Left: "mates dad had cancer spread to his spine and couldnt walk in the end" (read
    as someone else's story now, not as over)."""
    _kept_out_of_the_net_and_scores(
        "written_probes299", first=(30, 7), rules_alone=(29, 7), floor=(30, 1)
    )


def test_set_300_trawler_and_fishing_boat_crews() -> None:
    """Set 300 (a two-hundred-and-eighty-ninth writer: nets, icy decks, days from a hospital).
    First run at 19ab128 and at 3fefa5c (the same): **29** of 30 found (the rules alone **28**),
    4 alarmed. Missed, mended: "right foot's gone floppy since breakfast, keep catching the toe on
    the deck ... no knock no bump nothing". Mended look-alikes: feet numb in "the ice slurry" (not
    slurred); "Does chest pain with a swollen leg mean a clot? ... I've got neither"; "Can never
    pee on the boat ... just stage fright"; an arm and leg dead on one side in a bunk, "id been
    lying on them", back "in a minute or so"."""
    _kept_out_of_the_net_and_scores(
        "written_probes300", first=(29, 4), rules_alone=(28, 4), floor=(30, 0)
    )


def test_the_forty_first_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 133 (potters), 134 (beauty therapists and nail technicians) and 135
    (motorcyclists and scooter riders), each run once at 19ab128 and at 3fefa5c: right topic,
    declined 84.5 / 90.0, 79.3 / 90.0 (81.0 at 3fefa5c) and 72.4 / 95.0; false emergencies 0.0%,
    5.1% (4.1% at 3fefa5c) and 4.1%; every emergency found. Mended since: the soles' burning that
    "crept up over the summer"; legs "slowly getting more tingly and numb over the past couple of
    years"; a leg dead on a stool "with my legs tucked round the base"; a leg dead on a low stool
    that "went as soon as I walked around"; "the pissing rain, boots leaked" (not a bladder);
    "before anyone says stroke - face fine". Left: a smoker's calf cramp on a slope with "The foot
    also feels cold and a bit tingly compared to the left" (kept: one foot colder); the net's read
    of six weeks of sciatica as a cold leg (135)."""
    _topic_sets_hold(
        {
            "written_topics133": ((84.5, 90.0), 0.0, (84, 90, 60, 57)),
            "written_topics134": ((79.3, 90.0), 0.0, (87, 90, 64, 71)),
            "written_topics135": ((72.4, 95.0), 2.0, (75, 95, 64, 52)),
        }
    )


def test_set_301_plumbers_electricians_and_heating_engineers() -> None:
    """Set 301 (a two-hundred-and-ninetieth writer: floors, lofts, boilers, call-outs). First run
    at dc200cf: **28** of 30 found (the rules alone **27**), 3 alarmed. Missed, mended: a calf
    swollen after 300 miles in the van and "I can't get up a customer's stairs without gasping"
    (read as a denial); both legs "heavy and numb" after a propane bottle, "hanging onto the
    merchant's counter to stay up". Mended look-alikes: "that illness where the tingling climbs up
    both legs" an apprentice is convinced he has; "is sciatica in both legs an emergency? mine's
    only ever been the left leg"; an old gaffer's bladder "surgery in 2010, he's fine now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes301", first=(28, 3), rules_alone=(27, 3), floor=(30, 0)
    )


def test_set_302_call_centre_and_helpline_workers() -> None:
    """Set 302 (a two-hundred-and-ninety-first writer: headsets, timed breaks, callers). First
    run at dc200cf: **29** of 30 found (the rules alone **28**), 3 alarmed. Missed, mended: a
    foot "suddenly went completely numb and floppy" at the desk, "I wasn't crossing my legs or
    leaning on anything" (two postures denied together). Mended look-alikes: a mini-stroke "in
    2021 ... nothing since"; a chest tight "every time a caller screams at me ... settled like
    always"; "a customer said i sounded slurred lol" while the headset mic was cutting out."""
    _kept_out_of_the_net_and_scores(
        "written_probes302", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_303_surfers_sailors_and_dinghy_racers() -> None:
    """Set 303 (a two-hundred-and-ninety-second writer: wetsuits, cold water, booms). First run
    at dc200cf: **29** of 30 found (the rules alone **27**), **6** alarmed. Missed, mended: a foot
    that "suddenly went numb and floppy" in the van, "wasnt kneeling or sitting on it, nothing
    pressing". Mended look-alikes: "tingly toes after cold surfs" after a clot in 2019 ("surfs"
    was mended to "slurs"); "Is it true you can get compartment syndrome from a wetsuit" (read as
    two sentences); legs "like jelly" after a first surf, "Fine after a night's sleep"; a heart
    racing after a big set, "an hour later totally calm, everything normal"; "Does a stroke ever
    make just one foot go numb?" for a safety briefing; Guillain-Barré as someone "said you can
    get" it."""
    _kept_out_of_the_net_and_scores(
        "written_probes303", first=(29, 6), rules_alone=(27, 6), floor=(30, 0)
    )


def test_set_304_funeral_directors_florists_and_gravediggers() -> None:
    """Set 304 (a two-hundred-and-ninety-third writer: coffins, flower markets, graves). First
    run at dc200cf: 30 of 30 found (the rules alone **29**), **5** alarmed. Mended look-alikes:
    butterflies before a first funeral, "fingers and feet tingly, it settles when i breathe slow";
    "The chap we're burying tomorrow died of a clot ... his calf swelled and then he couldn't
    breathe"; "is numbness round your bum and inner thighs always an emergency?"; legs "DEAD
    after digging two doubles today, couldnt walk another step lol"; "Would it be a 999 if my
    face drooped or my foot suddenly went numb?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes304", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_the_forty_second_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 136 (painters, decorators and plasterers), 137 (musicians practising) and 138
    (new parents), each run once at dc200cf: right topic, declined 87.9 / 95.0, 82.8 / 95.0 and
    72.4 / 87.5; false emergencies 0.0%, 1.0% and **7.1%**; every emergency found. Mended since:
    a leg dead in the school pick-up queue "w my foot on the clutch"; a foot "completely dead" in
    the nursing chair, "usually 40 minutes", with "I've nearly tripped carrying her back" (read
    as a fall); "my whole leg numb from the hip down ... shakes off quick once i walk". Left: the
    net's reads of a diabetic's slowly numb feet on a piano's pedals (137), of a leg numb under a
    sleeping toddler "cant feel my toes" as cold, of sciatica since the birth as the saddle, of a
    vegan's sore red tongue as a foot infection and of a pram-lugger's one-sided sciatica (138).
    (138's findings precision floor is 59 since the forty-sixth session: the findings head,
    retrained after the rules read a real part's bed wet beside a sciatica as cauda equina,
    reads "persistent" in one more of its messages.)"""
    _topic_sets_hold(
        {
            "written_topics136": ((87.9, 95.0), 0.0, (87, 95, 57, 61)),
            "written_topics137": ((82.8, 95.0), 1.0, (82, 95, 60, 63)),
            "written_topics138": ((72.4, 87.5), 4.1, (75, 87, 59, 59)),
        }
    )


def test_set_305_scientists_and_lab_technicians() -> None:
    """Set 305 (a two-hundred-and-ninety-fourth writer: benches, fume cupboards, cold rooms).
    First run at dc200cf: 30 of 30 found (the rules alone **29**), 1 alarmed; at round one's
    reader the same. Mended look-alike: a colleague asleep over a stool with "her leg completely
    numb ... She's up and walking around now, fine after about five minutes"."""
    _kept_out_of_the_net_and_scores(
        "written_probes305", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_306_vets_veterinary_nurses_and_animal_rescue() -> None:
    """Set 306 (a two-hundred-and-ninety-fifth writer: kneeling with animals, kicks, night
    calls). First run at dc200cf: **29** of 30 found (the rules alone **29**), 3 alarmed; at
    round one's reader the same. Missed, mended: "My husband (equine vet, still working) has
    prostate cancer ... since yesterday his right leg is tingly and weak and he's struggling to
    pee" (the "equine" vet took him for an animal). Mended look-alikes: "a dachshund in with her
    back legs completely paralysed, couldn't feel her bottom" and "a springer in with tick
    paralysis, started in his back legs and its creeping up" beside the writer's own brief tingle
    (the emergency readers now read without a sentence that tells an animal's body); "hypothetical
    q from an equine vet: if a horse kicked me in the lower back ..., is that A&E or wait and
    see?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes306", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_307_golfers_caddies_and_greenkeepers() -> None:
    """Set 307 (a two-hundred-and-ninety-sixth writer: buggies, bunkers, mowers). First run at
    dc200cf: 30 of 30 found (the rules alone **29**), **7** alarmed; at round one's reader 6 ("is
    it true you can do yourself a stroke swinging too hard??" mended there). Mended look-alikes:
    legs like jelly and a heart pounding over a bunker shot, "any tips for nerves??"; an old
    caddie's cauda equina "years back ... He's grand now"; putting so bad "it gives him chest
    pains 😂"; a safety poster's "What signs mean leg numbness is serious - like a leg going cold
    and white"; "lipped out a 2 footer ... i nearly fainted lol"; a spinal injection's tingle
    "settled within 48 hrs and nothing since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes307", first=(30, 7), rules_alone=(29, 7), floor=(30, 0)
    )


def test_set_308_supermarket_and_shop_workers() -> None:
    """Set 308 (a two-hundred-and-ninety-seventh writer: tills, night fills, freezer aisles).
    First run at dc200cf: **29** of 30 found (the rules alone **28**), 1 alarmed; at round one's
    reader the same. Missed, mended: "numb down below like ive been sat on a bag of frozen peas
    and i genuinely cant tell if i need a wee" (the seat of a simile read as a posture). Mended
    look-alike: a lung clot in 2018, "coughed blood back then" ("back then" is read "in those
    days", which now dates its clause)."""
    _kept_out_of_the_net_and_scores(
        "written_probes308", first=(29, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_the_forty_second_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 139 (churchgoers and people of faith), 140 (car mechanics and tyre fitters)
    and 141 (swimmers and aqua aerobics), each run once at dc200cf: right topic, declined
    81.0 / 90.0, 77.6 / 95.0 and 82.8 / 90.0; false emergencies 2.0%, 3.1% and **5.1% (2
    off-topic)**; every emergency found. Mended since: a bench's "wobbly leg ... before it
    collapses" and "should I switch strokes" after breaststroke (the off-topic alarms); a
    drinker's and a bypass patient's numbness "creeping up" over months (read "over months");
    "couldnt even stand through the gospel comfortably"; feet tingling after a mechanic's
    creeper ("creep*"); "my mate at the garage said a numb leg can be a stroke"; sea swimmers'
    white toes that happen "every single week now". Left: the net's reads of a vegan's sore red
    tongue as a foot infection (140, as set 138's) and of topiramate's tingling feet and legs as
    ascending weakness (141)."""
    _topic_sets_hold(
        {
            "written_topics139": ((81.0, 90.0), 0.0, (81, 90, 48, 61)),
            "written_topics140": ((77.6, 95.0), 1.0, (79, 95, 59, 65)),
            "written_topics141": ((82.8, 90.0), 1.0, (86, 92, 65, 57)),
        }
    )


def test_set_309_carpet_fitters_floor_layers_and_tilers() -> None:
    """Set 309 (a two-hundred-and-ninety-eighth writer: kneeling all day, knee kickers, vans).
    First run at dc200cf and at round two's reader d582bea (the same): **29** of 30 found (the
    rules alone **27**), 2 alarmed. Missed, mended: "Missed my footing on a customer's stairs
    ... went down about 8 steps on my back. That was 20 minutes ago. Now both feet are
    tingling" (no word of a fall). Mended look-alikes: legs like jelly after six rolls up three
    floors, "sat down had a brew and theyre back to normal"; "my face genuinely dropped" at a
    customer's new order."""
    _kept_out_of_the_net_and_scores(
        "written_probes309", first=(29, 2), rules_alone=(27, 2), floor=(30, 0)
    )


def test_set_310_pe_teachers_sports_coaches_and_referees() -> None:
    """Set 310 (a two-hundred-and-ninety-ninth writer: touchlines, minibuses, cold pitches).
    First run at dc200cf and at d582bea (the same): 30 of 30 found (the rules alone **28**), 1
    alarmed. Mended look-alike: "the ref this afternoon must have been having a stroke, gave a
    pen for THAT??"."""
    _kept_out_of_the_net_and_scores(
        "written_probes310", first=(30, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_311_butchers_abattoir_and_meat_packing_workers() -> None:
    """Set 311 (a three-hundredth writer: cold rooms, knives, hooks). First run at dc200cf and
    at d582bea (the same): 30 of 30 found (the rules alone **28**), 2 alarmed. Mended
    look-alikes: legs like jelly after the Christmas rush, "fine after a sit down and a brew";
    "coughing up blood? nah that's pig blood" (the chest). Left: the same message's "spraying in
    my face lol. real q: numb patch on the outside of my thigh" read as a numb face across two
    sentences."""
    _kept_out_of_the_net_and_scores(
        "written_probes311", first=(30, 2), rules_alone=(28, 2), floor=(30, 1)
    )


def test_set_312_nannies_childminders_and_nursery_staff() -> None:
    """Set 312 (a three-hundred-and-first writer: tiny chairs, toddlers, buggies). First run at
    dc200cf and at d582bea (the same): 30 of 30 found (the rules alone 30), 1 alarmed. Mended
    look-alike: "carried a screaming 2 year old round tesco ..., my back is broken and my arms
    have lost the will to live"."""
    _kept_out_of_the_net_and_scores(
        "written_probes312", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_the_forty_second_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 142 (home cooks and batch cooking), 143 (road cyclists and spin classes) and
    144 (living with diabetes, day to day), each run once at dc200cf and at round two's reader
    d582bea (the same): right topic, declined 86.2 / 87.5, 87.9 / 90.0 and 86.2 / **65.0**;
    false emergencies 1.0% (**1 off-topic**), 0.0% and 3.1%; every emergency found. Mended since:
    a finger cut "gaping a bit" (read "gasping": the off-topic alarm); "Hurt my back lifting the
    big shopping bags" (a strain, not a blow); a toe taken off "in March because of an infection
    ... The wound has healed well"; "numb with boredom in the diabetic clinic waiting room"; a
    diabetic's headache, insulin and the DVLA, gums, cholesterol: messages that state only who
    the person is and name no leg or foot are declined (`background` in findings.toml). Left:
    "gp put me on metronidazole for an infected toe 3 wks ago" (a rewrite of "wks" to weeks
    mended it, and took from other messages a blister's wound they still have "from new boots
    2 wks ago": taken back)."""
    _topic_sets_hold(
        {
            "written_topics142": ((86.2, 87.5), 0.0, (86, 90, 54, 60)),
            "written_topics143": ((87.9, 90.0), 0.0, (87, 90, 63, 66)),
            "written_topics144": ((86.2, 65.0), 1.0, (89, 80, 72, 63)),
        }
    )


def test_set_313_bus_coach_and_tram_depots() -> None:
    """Set 313 (a three-hundred-and-second writer: long shifts at the wheel, passengers, cold
    depots). First run at dc200cf and at round three's reader ab902fe (the same): **29** of 30
    found (the rules alone **29**), 3 alarmed. Missed, mended: "went to stand up and my right
    leg just isnt there. wasnt sat funny, no warning, it went dead in one go about 10 min ago".
    Mended look-alikes: "my legs turned to jelly when the inspector got on lol"; toes blue in a
    bust depot, "warmed up fine in the canteen with a brew". Left: an old gaffer's cauda equina
    told with ", years back," between commas (the date in a clause of its own)."""
    _kept_out_of_the_net_and_scores(
        "written_probes313", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_set_314_allotment_holders_and_beekeepers() -> None:
    """Set 314 (a three-hundred-and-third writer: digging, kneeling at beds, hives). First run
    at dc200cf and at ab902fe (the same): 30 of 30 found (the rules alone **29**), **5**
    alarmed. Mended look-alikes: a fall "in 2021 ... A&E checked me, nothing broken, all fine
    since"; a foot "dead and stone cold ha ha" on a cool box, "all warm, colour normal"; a heart
    thumping when "I get myself in a state" for the bee inspector. Left: a neighbour's cauda
    equina ", years back," (as set 313's); "Is coughing up blood with a clot in the leg an
    emergency? It's in the leaflet"."""
    _kept_out_of_the_net_and_scores(
        "written_probes314", first=(30, 5), rules_alone=(29, 5), floor=(30, 2)
    )


def test_set_315_software_developers_and_data_people() -> None:
    """Set 315 (a three-hundred-and-fourth writer: desks, on-call nights, hackathons). First run
    at dc200cf and at ab902fe (the same): 30 of 30 found (the rules alone **29**), 2 alarmed.
    Mended look-alikes: "reading this regex is making me cough up blood lol"; a pager's panic,
    hands and feet tingly, "settled after box breathing"."""
    _kept_out_of_the_net_and_scores(
        "written_probes315", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_316_grandparents_doing_childcare() -> None:
    """Set 316 (a three-hundred-and-fifth writer: school runs, soft play, late spouses). First
    run at dc200cf and at ab902fe (the same): 30 of 30 found (the rules alone **29**), **4**
    alarmed. Mended look-alikes: "my back is broken, my legs have fallen off" after hide and
    seek; legs like jelly up the school hill, "both fine once ive sat down with a cuppa"; "i talk
    funny - its the new dentures"; "Is numbness in your bum an emergency? A lady at baby group
    said her husband had it"."""
    _kept_out_of_the_net_and_scores(
        "written_probes316", first=(30, 4), rules_alone=(29, 4), floor=(30, 0)
    )


def test_the_forty_second_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 145 (sitting hobbies: jigsaws, model railways, box sets) and 146 (medicines for
    other conditions), each run once at dc200cf: right topic, declined 81.0 / 95.0 and 84.5 /
    82.5; false emergencies 2.0% (**1 off-topic**) and 3.1%; every emergency found; at round
    three's reader ab902fe the declines were 97.5% and 87.5% (`background`). Mended since: a
    leg dead on the sofa "third time this week ... goes once i get up"; pizza's heartburn, "a
    burning feeling behind my breastbone ... Antacids help" (the off-topic alarm). Left: the
    net's reads of paclitaxel's numb soles "bit by bit since cycle 2", of an 81-year-old on nine
    tablets who "cant feel the floor properly" and of tingling after a course of PEP (146)."""
    _topic_sets_hold(
        {
            "written_topics145": ((81.0, 95.0), 0.0, (81, 97, 58, 64)),
            "written_topics146": ((84.5, 82.5), 3.1, (84, 87, 68, 59)),
        }
    )


def test_set_317_taxi_and_ride_share_drivers() -> None:
    """Set 317 (a three-hundred-and-sixth writer: airport queues, drunk passengers, the rank).
    First run at d5dea66 (code of e4c0274): 30 of 30 found (the rules alone **29**), **5**
    alarmed. Mended look-alikes: "had a drunk passenger wet himself all over my back seat" (the
    drink's, not a bladder's); an epidural in 2016 "all fine since ... is the epidural to
    blame?"; "my legs are dead after a 14 hour saturday, can barely stand lol. not literally"
    (a sign taken back beside the body part named); "said i drive like ive had a stroke haha";
    a fright's hands and feet "all tingly and i was shaking. took 20 mins to calm down"."""
    _kept_out_of_the_net_and_scores(
        "written_probes317", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_set_318_theatre_film_and_tv_crews() -> None:
    """Set 318 (a three-hundred-and-seventh writer: rigging, get-outs, the wings, night shoots).
    First run at d5dea66: 30 of 30 found (the rules alone 30), 2 alarmed. Mended: "my legs gone
    blue 😂 scenic art, it's emulsion". Left alarmed: an actor's line quoted, "'I can't feel my
    legs! Someone call an ambulance!' - that's my line in act 3" (a quote two sentences long is
    dated by nothing: `dated_back_whole` needs a date)."""
    _kept_out_of_the_net_and_scores(
        "written_probes318", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_set_319_university_students() -> None:
    """Set 319 (a three-hundred-and-eighth writer: revision, halls, house parties, flatmates).
    First run at d5dea66: **29** of 30 found (the rules alone **28**), 1 alarmed. The miss,
    mended: a swollen calf and "now i cant get up the stairs to my room without gasping" (the
    breathless stairs of set 301, with "to my room" after them). Mended look-alike: "woke up
    with my leg tucked under me and the tingling went once i moved" (read as climbing "up")."""
    _kept_out_of_the_net_and_scores(
        "written_probes319", first=(29, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_320_older_people_on_cruises_and_coach_holidays() -> None:
    """Set 320 (a three-hundred-and-ninth writer: cabins, excursions, the ship's doctor). First
    run at d5dea66: 30 of 30 found (the rules alone **29**), 3 alarmed. Mended look-alikes: "i
    swear ive lost all feeling in my backside, 11 hours on this coach today lol ... joking aside"
    (a pivot after the joke); "Nearly fainted when I saw the bar bill ... Heart racing all the way
    to the purser's desk"; "legs like jelly after the 6 hour walking tour round Rome ... fine
    after a sit and a cuppa"."""
    _kept_out_of_the_net_and_scores(
        "written_probes320", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_321_hairdressers_and_barbers() -> None:
    """Set 321 (a three-hundred-and-tenth writer: the chair, the basins, Saturday rushes). First
    run at d5dea66 and at round one's reader (uncommitted; the same): 30 of 30 found (the rules
    alone **29**), **4** alarmed. Mended look-alikes: "my heart's racing just looking at next
    week's bookings lol"; "i said i cant feel my legs after 11 hours on them and she thought i
    meant something serious"; "the colour i mixed today was so off the clients face dropped lol".
    Left alarmed: breath lost carrying towels up the stairs, "fine after a sit down and a glass
    of water. No chest pain." (an ending for the breathless rule hid "short of breath and my calf
    is swollen, it resolved yesterday but its back"; taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes321", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_322_teachers_and_teaching_assistants() -> None:
    """Set 322 (a three-hundred-and-eleventh writer: playground duty, marking, tiny chairs). First
    run at d5dea66 and at round one's reader (the same): 30 of 30 found (the rules alone 30),
    **5** alarmed. Mended look-alikes: "3 hrs of invigilating has turned my legs to jelly"; "what
    are the warning signs for that nerve thing ... toilet all fine"; "bum is numb from this chair
    ... (bum comes back when i get up to make tea)" (an "again" word inside an ending no longer
    opens a new episode); "my bum goes numb on the hard plastic chairs in the exam hall"; "half
    the staffroom had a face droop lol"."""
    _kept_out_of_the_net_and_scores(
        "written_probes322", first=(30, 5), rules_alone=(30, 5), floor=(30, 0)
    )


def test_set_323_moving_house_and_diy() -> None:
    """Set 323 (a three-hundred-and-twelfth writer: boxes, wardrobes, flat-pack, ceilings). First
    run at d5dea66 and at round one's reader (the same): **29** of 30 found (the rules alone
    **29**), **4** alarmed. The miss, mended: a wardrobe whose top "caught my boyfriend on the
    back of the neck ... his hand and his leg on the same side are buzzing". Mended look-alikes:
    a foot floppy after kneeling, "nearly went head first into the paint tray"; "chest pain? only
    from looking at the ikea instructions haha"; "If my face drooped while I was painting would
    the fumes be to blame". Left alarmed: the net's read of "before you ask, i can feel down below
    fine, wee and poo normal and both legs are strong"."""
    _kept_out_of_the_net_and_scores(
        "written_probes323", first=(29, 4), rules_alone=(29, 3), floor=(30, 1)
    )


def test_set_324_church_and_community_volunteers() -> None:
    """Set 324 (a three-hundred-and-thirteenth writer: food banks, halls, urns, minibus trips).
    First run at d5dea66 and at round one's reader (the same): 30 of 30 found (the rules alone
    30), 2 alarmed. Mended look-alikes: a slip onto the bum in the church kitchen, "No new
    tingling or numbness, legs working same as ever"; "paralysed with boredom and couldn't feel
    my legs lol. They were fine once I'd had a stretch"."""
    _kept_out_of_the_net_and_scores(
        "written_probes324", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_325_nurses_and_healthcare_assistants_off_duty() -> None:
    """Set 325 (a three-hundred-and-fourteenth writer: nights, the ward, clinical words). First
    run at d5dea66 and at round two's reader (uncommitted; the same): 30 of 30 found (the rules
    alone 30), **4** alarmed. Mended look-alikes: "if one of my residents' feet suddenly went cold
    and white would that be 999"; "We had a lad in resus last week whose legs went weak from the
    bottom up"; a ward's broken heating, feet that "warm up and go pink in 10 mins with a brew";
    "how long numbness after a spinal anaesthetic should last before you worry"."""
    _kept_out_of_the_net_and_scores(
        "written_probes325", first=(30, 4), rules_alone=(30, 4), floor=(30, 0)
    )


def test_set_326_hikers_campers_and_wild_swimmers() -> None:
    """Set 326 (a three-hundred-and-fifteenth writer: remote car parks, tents, no signal). First
    run at d5dea66: 30 of 30 found (the rules alone 30), **7** alarmed (6 at round two's reader).
    Mended look-alikes: an arm and leg numb on waking, "id been lying on that side on the hard
    ground"; "How would you tell if a kid's numb leg on a hike was a stroke"; "Would coughing up
    blood be an emergency if you also had a swollen calf?"; legs "a bit weaker on the steep bits
    ... No sudden change". Left alarmed: "legs are absolutely dead after 25 miles today,
    paralysed, cant feel them lol"; "heart pounding and gasping on the last steep bit ... that's
    just me being unfit" (as an excuse it hid written set 1's "Is that just me being unfit?")."""
    _kept_out_of_the_net_and_scores(
        "written_probes326", first=(30, 7), rules_alone=(30, 7), floor=(30, 2)
    )


def test_set_327_office_workers_texting_from_work() -> None:
    """Set 327 (a three-hundred-and-sixteenth writer: meetings, hot desks, the commute). First run
    at d5dea66 and at round two's reader (the same): 30 of 30 found (the rules alone **29**),
    **5** alarmed. Mended look-alikes: "A colleague's husband had that spine thing last year";
    "why is 'can't feel yourself when you wipe' on the back pain leaflet ... i dont have anything
    like that"; "i cant feel my bum or my will to live haha. comes back when i stand up"; a
    concussion last year "fine after a week"; "my heart races and my hands and feet go tingly,
    then it all settles ... It's not doing it right now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes327", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_set_328_writers_whose_first_language_is_not_english() -> None:
    """Set 328 (a three-hundred-and-seventeenth writer: Polish, Urdu, Portuguese, Romanian and
    Tagalog speakers). First run at d5dea66 and at round two's reader (the same): **29** of 30
    found (the rules alone **29**), **5** alarmed. The miss, mended: a workmate's swollen calf,
    "now he fall down, faint for few second ... very white and sweating". Mended look-alikes:
    "GP give me leaflet ... 'saddle numbness', what is this mean? ... i dont have anything strange
    down there"; an epidural in 2015, "Now I am pregnant again"; "my heart is racing everytime i
    see the electric bill hahaha"; a lorry driver's leg "dead and cold ... now is back normal".
    Left alarmed: "paralysed with fear on my driving test today lol, legs like jelly. now home
    all fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes328", first=(29, 5), rules_alone=(29, 5), floor=(30, 1)
    )


def test_the_forty_third_sessions_topic_sets_are_kept() -> None:
    """Topic sets 147-155, each run once at d5dea66 (rounds two and three also at the reader of
    the round before: the same): factory and warehouse shifts (147), hip and knee replacements
    (148), home gardeners (149), lorry and van drivers (150), a first pregnancy (151), gyms and
    new runners (152), older people living alone (153), students (154), back problems and
    sciatica (155). Every emergency found. Mended since: a back hurt "loading a trailer" (147);
    "thrown my back out" on crutches, toes "pale when cold but warm up fine", legs crossed with a
    new hip "but i did", a CPM machine's straps, a knee wound's "clear fluid" (the off-topic
    alarm; 148); a calf that grips mowing "and it passes", a seat "rock hard", a shoulder "seized
    up" (the off-topic alarm; 149); a tachograph's "wound up" (150); blurred sight that "settles
    once I cool down", nerves before a 5k, "a numb leg plus chest pain" told by an instructor
    (152); an old blocked artery, the foot "a normal colour and warm" (153); a leg "over the
    armrest all night" (154); "the tiny chairs hurt my back" (155). Left: the net's reads of a
    vegan's sore red tongue (149) and of sciatica that "still hasnt gone ... cant even push the
    mower" (149), pregnancy sciatica worse (151), a calf swollen after a flight (152), knees
    knelt on "both legs went fuzzy" (153), a chair's bar under the thighs (155); "started
    pregabalin for my sciatica ... now both my feet feel fizzy" (155: the rules). (155's findings
    precision floor is 49 since the forty-sixth session: the retrained findings head reads
    "persistent" in one more of its messages, as in 138.)"""
    _topic_sets_hold(
        {
            "written_topics147": ((86.2, 87.5), 0.0, (87, 87, 65, 53)),
            "written_topics148": ((69.0, 82.5), 0.0, (74, 85, 59, 47)),
            "written_topics149": ((82.8, 90.0), 2.0, (84, 90, 55, 69)),
            "written_topics150": ((75.9, 95.0), 0.0, (75, 95, 66, 63)),
            "written_topics151": ((75.9, 87.5), 1.0, (75, 87, 59, 55)),
            "written_topics152": ((77.6, 95.0), 1.0, (81, 95, 65, 61)),
            "written_topics153": ((72.4, 95.0), 1.0, (74, 95, 64, 62)),
            "written_topics154": ((81.0, 90.0), 0.0, (82, 90, 61, 63)),
            "written_topics155": ((82.8, 70.0), 2.0, (84, 70, 61, 49)),
        }
    )


def test_set_329_police_pcsos_and_security_staff() -> None:
    """Set 329 (a three-hundred-and-eighteenth writer: foot patrol, stab vests, arrests). First run
    at d5dea66 and at round three's reader 53941ad (the same): **28** of 30 found (the rules
    alone **28**), 1 alarmed. The misses, mended: "Got slammed into a wall during an arrest ...
    cracked the back of my neck on it. Since then my right leg's gone pins and needles and feels
    weak" (a blow in other words); a calf a first aider "strapped ... up tight after I came off a
    fence", now "going to burst and my toes are pins and needles" (a bandage or a strapping is a
    cause of the burst-and-numb rule). Mended look-alike: "I had a mini stroke 6 years ago ... no
    more episodes" (`known_tia`)."""
    _kept_out_of_the_net_and_scores(
        "written_probes329", first=(28, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_330_cleaners_and_room_attendants() -> None:
    """Set 330 (a three-hundred-and-nineteenth writer: baths, beds, trolleys, stairs). First run at
    d5dea66: **29** of 30 found (the rules alone **28**), 3 alarmed (2 at 53941ad). The miss,
    mended: "pulled my calf running for the bus ... strapped it up really tight with a bandage
    ... feels like its going to burst and my foot's all pins and needles". Mended look-alikes:
    "if one of my housekeeping team suddenly couldn't feel her legs" (at 53941ad already);
    "honestly paralysed from the waist down lol. just achy"; "if u couldnt feel yourself when u
    wipe would that be serious??"."""
    _kept_out_of_the_net_and_scores(
        "written_probes330", first=(29, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_331_messages_sent_in_the_small_hours() -> None:
    """Set 331 (a three-hundred-and-twentieth writer: can't sleep, a partner asleep, 111 or not).
    First run at d5dea66 and at 53941ad (the same): 30 of 30 found (the rules alone **29**), 2
    alarmed. Mended look-alikes: "In 2021 my leg went cold and blue and I had emergency surgery
    for a clot. Full recovery"; "read online at 2am that tingling that climbs up the legs can be
    an emergency. mine doesn't climb"."""
    _kept_out_of_the_net_and_scores(
        "written_probes331", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_332_pub_bar_and_restaurant_staff() -> None:
    """Set 332 (a three-hundred-and-twenty-first writer: kegs, cellars, late closes). First run at
    d5dea66 and at 53941ad (the same): **29** of 30 found (the rules alone **28**), 3 alarmed. The
    miss, mended: "got cracked round the back of the head with a bottle ... my left leg has gone
    full pins and needles" ("the back of the head" is an exception of the injury rule: the blow
    is read "hit on the head"). Mended look-alikes: a hand and leg that tingle "if I crash on that
    side after a late shift"; "we were all slurring and wobbly after 8 pints". Left alarmed: "My
    old gaffer ended up wetting himself and numb down below ... had an op on his back in 2015"
    (his past reaches only to the "and"; an op named as an excuse would hide a husband's op last
    week)."""
    _kept_out_of_the_net_and_scores(
        "written_probes332", first=(29, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_the_forty_third_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 156 (working from home), 157 (long-term conditions) and 158 (dancers and fitness
    instructors), each run once at d5dea66 and at 53941ad (the same): right topic, declined 81.0 /
    90.0, 82.8 / 90.0 and 79.3 / 90.0; false emergencies 2.0%, 4.1% (**1 off-topic**) and 3.1%;
    every emergency found. Mended since: a leg dead "sat cross legged on the sofa ... now cant
    stand up", tingling crept "nearly at the knee ... the left leg is normal" (156); a burst
    Baker's cyst, "stamped about n theyre back", long COVID's "bad days where I can't get out of
    bed" (the off-topic alarm; 157); stage fright "only when I'm panicking", a diabetic's blister
    that "isn't red, hot or oozing" (a list denied whole; 158). Left: the net's reads of
    leflunomide's slow tingling (157) and of a long flight's swollen calf (158)."""
    _topic_sets_hold(
        {
            "written_topics156": ((81.0, 90.0), 0.0, (82, 90, 56, 54)),
            "written_topics157": ((82.8, 90.0), 1.0, (86, 92, 62, 55)),
            "written_topics158": ((79.3, 90.0), 1.0, (81, 90, 68, 61)),
        }
    )


def test_set_333_postal_workers_and_couriers() -> None:
    """Set 333 (a three-hundred-and-twenty-second writer: bags, doorsteps, dogs, e-bikes). First
    run at d5dea66 and at round four's reader 3803122 (the same): **29** of 30 found (the rules
    alone **27**), 2 alarmed. The miss, mended: a dog that "got the top of my foot ... broke the
    skin. now the red is spreading up towards my shin ... ive got a temperature". Mended
    look-alike: an e-bike's saddle. Left alarmed: "my face droops every time they cancel overtime
    lol. actual question, ..." ("actual question" as a pivot would hide "my face is drooping,
    actual question is should I call 999")."""
    _kept_out_of_the_net_and_scores(
        "written_probes333", first=(29, 2), rules_alone=(27, 2), floor=(30, 1)
    )


def test_set_334_writing_for_an_elderly_parent_far_away() -> None:
    """Set 334 (a three-hundred-and-twenty-third writer: a parent on the phone or a video call).
    First run at d5dea66 and at 3803122 (the same): 30 of 30 found (the rules alone **27**), 3
    alarmed. Mended look-alikes: a neighbour's blocked artery, mum's legs "warm and a normal
    colour"; "he's paralysed from the waist down - by his new recliner, it's so comfy". Left
    alarmed: the net's read of "is sciatica down both legs bad? he hasnt got it, his mate at
    bowls has" (the rules now read it as asked about)."""
    _kept_out_of_the_net_and_scores(
        "written_probes334", first=(30, 3), rules_alone=(27, 3), floor=(30, 1)
    )


def test_set_335_martial_arts_boxing_and_yoga() -> None:
    """Set 335 (a three-hundred-and-twenty-fourth writer: sparring, mats, hot yoga, gradings).
    First run at d5dea66 and at 3803122 (the same): 30 of 30 found (the rules alone **28**), 3
    alarmed. Mended look-alikes: "is it true numbness down below after squats is an emergency? I
    dont have that"; "both legs like jelly and shaky but i can walk fine". Left alarmed: a yoga
    teacher's Guillain-Barre in 2015, "Would tingling in hands and feet be that? I don't have it"
    (a question about the sign with the writer's own denied in the next sentence)."""
    _kept_out_of_the_net_and_scores(
        "written_probes335", first=(30, 3), rules_alone=(28, 3), floor=(30, 1)
    )


def test_set_336_rural_farm_forestry_and_fishing_work() -> None:
    """Set 336 (a three-hundred-and-twenty-fifth writer: Scots, Welsh and Irish speech, quad bikes,
    chainsaws). First run at d5dea66 and at 3803122 (the same): **29** of 30 found (the rules
    alone **29**), 3 alarmed. The miss, mended: "me da's leg below the knee is after going a bluey
    colour and its freezing to touch" (Irish English's perfect, read "is gone"). Mended
    look-alikes: "Chainsaw kicked back"; an uncle's "back thing years ago ... Surgery sorted him";
    feet blue in the sleet that "pinked up ... warm and normal colour"."""
    _kept_out_of_the_net_and_scores(
        "written_probes336", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_the_forty_third_sessions_fifth_round_topic_sets_are_kept() -> None:
    """Topic sets 159 (long journeys and commuters) and 160 (menopause and midlife), each run once
    at d5dea66 and at 3803122 (the same): right topic, declined 75.9 / 92.5 and 74.1 / 90.0;
    false emergencies 3.1% (**2 off-topic**) and 2.0%; every emergency found. Mended since:
    "stuck in traffic 3 hrs on the a1 after a crash", "the blow up ones r useless" and heartburn
    that "settles with antacids" (the off-topic alarms; 159); "a boot camp to tackle menopause
    weight gain" (160). Left: the net's read of night sweats and "fizzy tingling ... every single
    night" (160)."""
    _topic_sets_hold(
        {
            "written_topics159": ((75.9, 92.5), 0.0, (75, 95, 57, 54)),
            "written_topics160": ((74.1, 90.0), 1.0, (75, 90, 65, 63)),
        }
    )


def test_set_337_soldiers_reservists_and_veterans() -> None:
    """Set 337 (a three-hundred-and-twenty-sixth writer: tabs, kit, exercises, old service
    injuries). First run at cccefda: **29** of 30 found (the rules alone **29**), 2 alarmed. The
    miss, mended: a mate's ankle "strapped ... up tight" after he "went over on it", then toes
    going numb and "killing him way more than when he did it" (a strapping is a cause of that
    rule, and pain worse than at the injury its sign). Mended look-alike: an old platoon
    sergeant's stroke "back in 2010". Left alarmed: a PTI's back-care brief that "mentioned numb
    bum and not being able to pee", then "nothing like that" (reported, then denied)."""
    _kept_out_of_the_net_and_scores(
        "written_probes337", first=(29, 2), rules_alone=(29, 2), floor=(30, 1)
    )


def test_set_338_prison_officers_and_custody_staff() -> None:
    """Set 338 (a three-hundred-and-twenty-seventh writer: wings, cells, restraint, night watch).
    First run at cccefda: 30 of 30 found (the rules alone **29**), 2 alarmed. Mended look-alikes:
    a punch to the head "in 2021, scanned, all clear", then a numb bum on the court-cells bench
    that "goes when I walk about"; "can't feel my legs after a 14hr shift lol, in the knackered
    sense not the actual sense" (taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes338", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_339_swimming_teachers_and_lifeguards() -> None:
    """Set 339 (a three-hundred-and-twenty-eighth writer: poolside, cold tiles, aqua classes).
    First run at cccefda: **28** of 30 found (the rules alone **28**), 3 alarmed. The misses,
    mended: "a shallow dive and clipped the bottom with my head, neck's really stiff and now both
    my feet are buzzing" (a clip of the head is a blow); "the split between my toes ... has
    blown up. Whole foot red and swollen up to the ankle ... my temp's 38.9" (a split skin is a
    wound). Mended look-alikes: a foot that tingles on the cold tiles and "goes when I warm up",
    or "went as soon as I put my sliders on"; "I literally can't feel my legs 😂 ... Only actual
    thing is ..." after aqua classes."""
    _kept_out_of_the_net_and_scores(
        "written_probes339", first=(28, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_340_bakers_and_market_traders() -> None:
    """Set 340 (a three-hundred-and-twenty-ninth writer: 3am starts, flour sacks, icy stalls).
    First run at cccefda: 30 of 30 found (the rules alone **29**), 3 alarmed. Mended
    look-alikes: a head cracked on a trestle "last feb ... all healed, scans were clear"; a heart
    that raced at an oven alarm and "settled in a minute"; an old boss's "back thing years ago
    where you can't feel down below and wet yourself" (mended in round two: the condition told by
    its signs with a generic "you" is read as named, not felt)."""
    _kept_out_of_the_net_and_scores(
        "written_probes340", first=(30, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_the_forty_fourth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 161 (armed forces and veterans), 162 (skilled trades who kneel and climb) and
    163 (during and after cancer treatment), each run once at cccefda: right topic, declined
    72.4 / 90.0, 77.6 / 90.0 and 63.8 / 92.5; false emergencies 2.0%, 1.0% and **8.2%** (none
    off-topic); every emergency found. Mended since: feet and fingers that tingle when "stressed
    to bits"; toes white in the Cairngorms, "warmed em up ... now theyre pink" (161); a back hurt
    "carrying bundles of tiles" six weeks ago (162); a hip replaced for a bone secondary, its
    numbness "exactly the same since the day after surgery" (163). Left (163): the net's reads of
    chemotherapy's numb feet and of "2 yrs clear ... could it mean its come back??"; numb feet that
    "crept up over the last 4 cycles"; a leg numb on waking from a seven-hour operation; a
    pelvic-MRI story told of "last time"; a slowly weakening, tingling leg two years after pelvic
    radiotherapy (a cancer history with new weakness is left alarmed)."""
    _topic_sets_hold(
        {
            "written_topics161": ((72.4, 90.0), 0.0, (75, 90, 62, 55)),
            "written_topics162": ((77.6, 90.0), 0.0, (79, 90, 56, 54)),
            "written_topics163": ((63.8, 92.5), 7.1, (65, 92, 69, 53)),
        }
    )


def test_set_341_musicians_on_tour_comedians_and_festival_crews() -> None:
    """Set 341 (a three-hundred-and-thirtieth writer: vans, load-ins, festival fields). First run
    at cccefda and at round one's reader (uncommitted; the same): 30 of 30 found (the rules alone
    **28**), 2 alarmed. Mended look-alikes: "my legs are gonna fall off" after six shows in five
    days; a comic's "face droop impression" of his nan's stroke."""
    _kept_out_of_the_net_and_scores(
        "written_probes341", first=(30, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_set_342_esports_players_streamers_and_gamers() -> None:
    """Set 342 (a three-hundred-and-thirty-first writer: gaming chairs, all-nighters, Discord).
    First run at cccefda and at round one's reader (the same): 30 of 30 found (the rules alone
    **28**), **6** alarmed. Mended look-alikes: "my aim is having a stroke tonight lmao"; an
    uncle's "back nerve thing where you cant feel down below, years ago"; a dentist who "numbed
    half my face ... so im slurring on stream", then "back to normal now"; "someone at our
    bootcamp asked if numbness in your private area is serious. none of us actually have it";
    "'coughing blood' is just what our discord says"; "if i had a cast on and my toes went
    numb would that be bad? i dont have a cast"."""
    _kept_out_of_the_net_and_scores(
        "written_probes342", first=(30, 6), rules_alone=(28, 6), floor=(30, 0)
    )


def test_set_343_parents_of_babies_and_toddlers() -> None:
    """Set 343 (a three-hundred-and-thirty-second writer: night feeds, car seats, one-handed
    typing). First run at cccefda and at round one's reader (the same): 30 of 30 found (the rules
    alone **28**), 3 alarmed. Mended look-alike: a toddler's ride-on "into the back of my knees
    and i landed on my bum ... didnt hit my head". Left alarmed: the net's read of "total baby
    brain ... 😂"; "numbness down there? nope, everything feels normal" (a question answered
    "nope": as an excuse, "nope" would hide a real sign told before it)."""
    _kept_out_of_the_net_and_scores(
        "written_probes343", first=(30, 3), rules_alone=(28, 2), floor=(30, 2)
    )


def test_set_344_foster_kinship_and_adoptive_carers() -> None:
    """Set 344 (a three-hundred-and-thirty-third writer: carers and the children in their care).
    First run at cccefda and at round one's reader (the same): 30 of 30 found (the rules alone
    30), 2 alarmed. Mended look-alike: "the social workers paperwork is the cancer of my life
    lol", then a back ached after "lugging the travel cot up to the loft yesterday". Left
    alarmed: a birth dad who "lost his leg to diabetes, it went gangrenous" (someone else's past
    reaches only to the next clause)."""
    _kept_out_of_the_net_and_scores(
        "written_probes344", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_the_forty_fourth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 164 (musicians and performers), 165 (gaming and long screen hours) and 166
    (retired people keeping active), each run once at cccefda and at round one's reader (the
    same): right topic, declined 77.6 / 97.5, 70.7 / 92.5 and 81.0 / 97.5; false emergencies
    5.1%, 4.1% (**1 off-topic**: nightly heartburn that "goes away if I sit upright and have some
    antacid") and 5.1%; every emergency found. Mended since: toes white at a winter gig, then
    "bright red and tingly ... happens every cold gig"; a samba drummer's "surdo" (read as a
    slip of a sign word); bare feet "on the cold laminate floor ... A warm shower sorts them out"
    (165); the heartburn; "heart going like the clappers ... its just nerves"; a calf that aches
    and a foot that "goes cold" after a mile, then "it all settles"; toes white in a cold pool that
    "took ages to come back"; one leg "numb from my bum down the back to my heel" (166). Left: the
    net's reads (a diabetic drummer's slowly numbing feet, a pianist's sciatica, a stream
    marathon's swollen calf, a diabetic's feet at aqua aerobics); a 66-year-old smoker's cold foot
    with toes that "ache even lying in bed at night" (rest pain: left alarmed); feet and hands
    that tingle when "so anxious" before a ranked match."""
    _topic_sets_hold(
        {
            "written_topics164": ((77.6, 97.5), 3.1, (79, 97, 56, 59)),
            "written_topics165": ((70.7, 92.5), 2.0, (72, 95, 58, 62)),
            "written_topics166": ((81.0, 97.5), 1.0, (84, 97, 56, 52)),
        }
    )


def test_set_345_wedding_and_events_staff() -> None:
    """Set 345 (a three-hundred-and-thirty-fourth writer: caterers, photographers, marquee crews).
    First run at cccefda and at round two's reader (uncommitted; the same): **29** of 30 found
    (the rules alone **27**), 1 alarmed. The miss, mended: a crew lad who "took a tent pole to the
    head ... says his leg's gone all tingly and numb" (a blow "took ... to the head" is read as
    "hit on the head"). Mended look-alike: "my legs r jelly after that ceilidh. not numb just
    knackered" ("no X just" or "no X only" is read with a comma before "just": what follows is
    told, not denied, as in "no pain just my face drooping on one side")."""
    _kept_out_of_the_net_and_scores(
        "written_probes345", first=(29, 1), rules_alone=(27, 1), floor=(30, 0)
    )


def test_set_346_refuse_collectors_and_street_cleaners() -> None:
    """Set 346 (a three-hundred-and-thirty-fifth writer: bin lifts, cab steps, wet rounds). First
    run at cccefda and at round two's reader (the same): 30 of 30 found (the rules alone **29**),
    **4** alarmed. Mended look-alikes: "If I cough up blood from all the dust ... is that an
    emergency? Not happening"; legs like jelly after a double round, then "had a sit down and a
    brew ... just knackered"; a first-aid course's "Is sudden numbness in just one leg one of
    them?". Left alarmed: a head bumped "this morning, tiny lump, no tingling or weakness
    since", then "the pins n needles im asking about is the usual one" from kneeling."""
    _kept_out_of_the_net_and_scores(
        "written_probes346", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_347_people_on_holiday_abroad() -> None:
    """Set 347 (a three-hundred-and-thirty-sixth writer: hire cars, foreign pharmacies, pools).
    First run at cccefda and at round two's reader (the same): 30 of 30 found (the rules alone
    30), 0 alarmed."""
    _kept_out_of_the_net_and_scores(
        "written_probes347", first=(30, 0), rules_alone=(30, 0), floor=(30, 0)
    )


def test_set_348_family_carers_of_someone_with_dementia() -> None:
    """Set 348 (a three-hundred-and-thirty-seventh writer: carers telling what they see). First
    run at cccefda and at round two's reader (the same): **29** of 30 found (the rules alone
    **22**, the fewest of the session: the net found seven), **4** alarmed. The miss, mended: a
    husband found on the bathroom floor with "a big lump on his forehead", whose legs now "feel
    'all pins'" (a lump on the head is a blow; "all pins" is pins and needles). Mended since for
    the rules: a calf "rock hard and shiny ... hes crying with it" after a shin banged on the bed
    frame; "pressed round his bum with the flannel and he didnt feel a thing"; toes "fat ...
    'fizzy'" in a plaster and "Paracetamol's done nothing". Mended look-alike: "he slurs when
    hes tired, always has since the dementia got worse ... tonight same as every night". Left
    alarmed: legs "like jelly after getting dad up the stairs ... im fine just knackered lol"; a
    2019 stroke whose weak side "got nearly everything back" (the sentence is hers, not dated);
    "last tuesday his mouth went droopy ... TIA clinic ... nothing since" (a weekday date is no
    date yet)."""
    _kept_out_of_the_net_and_scores(
        "written_probes348", first=(29, 4), rules_alone=(22, 4), floor=(30, 3)
    )


def test_the_forty_fourth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 167 (hypermobility, fibromyalgia and long-term pain), 168 (people who travel
    for work) and 169 (new to the UK, English as a second language), each run once at cccefda and
    at round two's reader (the same): right topic, declined 86.2 / 92.5, 77.6 / 97.5 and 82.8 /
    92.5; false emergencies 1.0%, 4.1% and 5.1% (none off-topic); every emergency found. Mended
    since: "the leg underneath completely dead" on waking (167); both legs dead in a hotel
    armchair, "fine after walking to the minibar"; one foot's tingling crept to the knee since
    Monday, "other leg fine"; a foot that "hasnt gone suddenly cold or white" ("suddenly" ended
    the denial) (168); a cast "removed last week"; toes purple at the bus stop that warm up
    inside; a habit of sitting "with my legs crossed ... Many times my right foot goes completely
    dead"; feet cold and white in air conditioning, "then when warming they tingle"; feet and
    hands that tingle in panic attacks, "When I am calm it does not happen" (169). Left: the net's
    read of feet gone numb slowly over a year (168)."""
    _topic_sets_hold(
        {
            "written_topics167": ((86.2, 92.5), 0.0, (87, 92, 60, 59)),
            "written_topics168": ((77.6, 97.5), 1.0, (81, 97, 55, 55)),
            "written_topics169": ((82.8, 92.5), 0.0, (91, 92, 57, 54)),
        }
    )


def test_set_349_airport_baggage_handlers_ground_crew_and_security() -> None:
    """Set 349 (a three-hundred-and-thirty-eighth writer: holds, bags, night shifts, radio-short
    messages). First run at cccefda and at round three's reader (uncommitted; the same): 30 of
    30 found (the rules alone 30), 2 alarmed. Left alarmed: "heart racing, legs gone weak,
    pretty sure im having a stroke. send help. (joking, just knackered)" (a joke owned two
    sentences after the signs); an old team leader who "lost the feeling in his backside and
    couldnt pee ... back in 2016" (someone else's past reaches only to the next "and")."""
    _kept_out_of_the_net_and_scores(
        "written_probes349", first=(30, 2), rules_alone=(30, 2), floor=(30, 2)
    )


def test_set_350_pharmacists_and_pharmacy_staff() -> None:
    """Set 350 (a three-hundred-and-thirty-ninth writer: the counter, the dispensary, drug names).
    First run at cccefda and at round three's reader (the same): **29** of 30 found (the rules
    alone **29**), 2 alarmed. The miss, mended: a customer who "stopped making sense, keeps
    saying 'the blue one, the blue one'. Her left hand dropped her purse and she can't pick it
    up" (a new rule: speech that stopped making sense, then a hand or arm that dropped things or
    went weak, over a few sentences). Mended look-alikes: "my bum and both legs were numb and
    wobbly. gone within a minute of walking"; "my brain will have a stroke 😂"."""
    _kept_out_of_the_net_and_scores(
        "written_probes350", first=(29, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_351_volunteer_coaches_of_childrens_teams() -> None:
    """Set 351 (a three-hundred-and-fortieth writer: touchlines, minibuses, tours). First run at
    cccefda and at round three's reader (the same): **29** of 30 found (the rules alone **28**),
    1 alarmed. The miss, mended: after a long flight a leg "puffy & sore behind the knee", then
    "coughed into the sink in the changing room loos and theres bright red blood in it". Mended
    look-alike: "both legs are dead after reffing 3 back to back matches 😂 nothing wrong just
    unfit"."""
    _kept_out_of_the_net_and_scores(
        "written_probes351", first=(29, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_352_amateur_choirs_drama_groups_brass_bands_and_dance_troupes() -> None:
    """Set 352 (a three-hundred-and-forty-first writer: rehearsals, risers, stage fright). First
    run at cccefda and at round three's reader (the same): 30 of 30 found (the rules alone 30),
    **6** alarmed. Mended look-alikes: a nan's "back thing where she lost control of her bladder"
    years ago; "nearly broke my back lugging the tuba"; hands tingling and "heart pounding" before
    every show for ten years, "GP says it's panic". Left alarmed: "my legs turned to jelly. still
    cringing" after dying on stage; "legs went to jelly n numb at my audition lol. fine now
    obvs"; a friend in hospital whose "legs stopped working after a virus ... Is it catching? My
    legs feel completely fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes352", first=(30, 6), rules_alone=(30, 6), floor=(30, 3)
    )


def test_the_forty_fourth_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 170 (new to insulin or a new diabetes medicine), 171 (living after a stroke or
    TIA) and 172 (kneeling or sitting on the floor for prayer, meals or culture), each run once
    at cccefda: right topic, declined 70.7 / 92.5, **53.4 / 47.5** and 77.6 / 97.5; false
    emergencies 4.1%, **19.4% (8 off-topic)** and 4.1%; every emergency found (at round three's
    reader the same, but 172 79.3 / 97.5 and 3.1%). Topic set 171 is the worst first run of the
    session: a stroke named as something looked back on alarmed ("since her second stroke",
    "after my tia", "a stroke club", "stroke fatigue", "an old stroke"). Mended since: a stroke or
    TIA after "since", "after" or "following" and a possessive is read as "since that
    stroke" (a frame beside "since his stroke"; not with "today" or the like after it),
    and a stroke club, ward, nurse or survivors are no sign (171); "the nurse asked whether I'd
    ever had numbness come on suddenly down one side ... I haven't" (170). Left (171, 4 off-topic
    still): long-standing deficits told without a date in their own sentence (a face that "still
    droops ... since his stroke 2 yrs ago", muddled speech "since his stroke in the spring",
    "Mum's arm on her stroke side has gone really stiff"), "does a tia count" on a blue badge
    form; the net's reads (170, 172); seiza's pins and needles "up to my calves" and a foot that
    "wouldnt obey" (172)."""
    _topic_sets_hold(
        {
            "written_topics170": ((70.7, 92.5), 3.1, (72, 92, 60, 53)),
            "written_topics172": ((77.6, 97.5), 3.1, (79, 97, 47, 66)),
        }
    )
    _topic_set_holds(
        "written_topics171",
        first={"right_topic": 53.4, "off_topic_declined": 47.5},
        false_emergencies=11.2,
        floor=(58, 57, 53, 47),
        off_topic_alarms=4,
    )


def test_set_353_living_with_or_after_a_stroke_or_tia() -> None:
    """Set 353 (a three-hundred-and-forty-second writer: a new sign told beside an old stroke's
    weakness). First run at cccefda: **29** of 30 found (the rules alone **26**), **8** alarmed;
    at round four's reader (uncommitted) 29 and 7. The miss, mended: "Left side has been weak
    since my stroke in 2020 ... Since yesterday my right leg is going weak as well and today I
    can barely take my weight on either" (a weight no leg takes is both legs giving way).
    Mended look-alikes: "if my dads leg suddenly goes numb again is that an emergency"; "no new
    weakness. just tingly. stroke side. normal for me"; speech "slurred since his stroke in 2020
    ... no different today"; "paralysed from the neck up when the football's on haha". Left
    alarmed: a foot on the stroke side "cold as ice and a bit purply most days", its pulses
    checked last month; a head banged "back in january, had a CT, all fine, nothing since"; an
    epidural in 1994 asked about beside a slow tingle."""
    _kept_out_of_the_net_and_scores(
        "written_probes353", first=(29, 8), rules_alone=(26, 8), floor=(30, 3)
    )


def test_set_354_scaffolders_roofers_and_window_cleaners() -> None:
    """Set 354 (a three-hundred-and-forty-third writer: ladders, harnesses, frosty roofs). First
    run at cccefda and at round four's reader (the same): 30 of 30 found (the rules alone 30),
    4 alarmed. Mended look-alike: a back broken in a fall in 2016, "fully back at work since 2018
    and no nerve problems since". Left alarmed: a blister with "no redness spreading, not hot, no
    temperature"; legs "jelly ... but fine again by morning"; "knelt on the ridge tiles 20 mins
    leg went dead, shook it off fine now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes354", first=(30, 4), rules_alone=(30, 4), floor=(30, 3)
    )


def test_the_forty_fourth_sessions_fifth_round_topic_sets_are_kept() -> None:
    """Topic sets 173 (a past cancer, stroke or heart attack told beside pins and needles) and 174
    (cyclists, spin classes and indoor trainers), each run once at cccefda: right topic,
    declined 79.3 / **72.5** and 77.6 / 90.0; false emergencies 0.0% and 5.1%; every emergency
    found (at round four's reader: 173 declined 75.0, 174 4.1%). Mended since: a calf that
    cramps and a foot that goes cold on a dog walk, "stop for a min and its ok" (174). Left: a
    leg that "goes dead and powerless ... kinda cold" at threshold and "comes back in a min or
    2"; a foot that goes numb around minute 30 of a spin class; chemotherapy's numb toes told
    with "bowel cancer" (174)."""
    _topic_sets_hold(
        {
            "written_topics173": ((79.3, 72.5), 0.0, (79, 75, 70, 56)),
            "written_topics174": ((77.6, 90.0), 3.1, (77, 90, 57, 52)),
        }
    )


def test_set_355_fishermen_dockers_and_offshore_crews() -> None:
    """Set 355 (a three-hundred-and-forty-fourth writer: quays, nets, rigs and partners ashore).
    First run at 43fe13c (the forty-fifth session's start): **29** of 30 found (the rules alone
    29), 3 alarmed. The miss, mended: "got clipped on the head by a swinging crane hook ... now
    my left leg is tingling and feels weak" (a blow "on the head"). Mended look-alikes: "i panic
    its a stroke cos my dad had one"; "My mate says I'll get compartment syndrome from the tight
    seals". Left alarmed: a brother's leg that "went numb all of a sudden and it turned out to be
    a stroke", told before the writer's own leg numb from a fish box, back in minutes."""
    _kept_out_of_the_net_and_scores(
        "written_probes355", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_set_356_hairdressers_barbers_and_beauty_technicians() -> None:
    """Set 356 (a three-hundred-and-forty-fifth writer: salons, clients, long days standing).
    First run at 43fe13c: **29** of 30 found (the rules alone 29), 2 alarmed. The miss, mended:
    a client under the dryer whose "right foot has gone dead and she doesnt know what day it is"
    (confusion, then a foot gone dead). Mended look-alikes: "could that be a stroke coming?? no
    droopy face"; "On chemo for breast cancer, back at the salon two days a week ... no back
    pain" (back at work, not the back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes356", first=(29, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_set_357_support_workers_and_adults_with_learning_disabilities() -> None:
    """Set 357 (a three-hundred-and-forty-sixth writer: support workers and the people they
    support, some in simple words). First run at 43fe13c: **29** of 30 found (the rules alone
    **27**), **9** alarmed. The miss, mended: "my arm and my leg on this side is no working ...
    staff say my words is funny" ("on this side" read as one side; "my words is funny");
    "my 2 legs is weak" is both legs (the net found it). Mended look-alikes: incontinence "always
    ... that's her normal"; "both legs have always been weak" with cerebral palsy; a face that
    "drops whenever we tell him the bus isn't coming"; speech "always a bit slurred ... that's
    just her"; Zumba, "couldn't breathe by the end lol. All fine now"; a story from training of
    a man whose cancer spread to his spine, then Steven who "has no back pain". Left alarmed: a
    stroke in March with a left side "still a bit weaker"; a friend's operation "because he
    could not do a wee and his bum was numb"; a weakness "always" since a stroke as a baby, "the
    same today"."""
    _kept_out_of_the_net_and_scores(
        "written_probes357", first=(29, 9), rules_alone=(27, 9), floor=(30, 3)
    )


def test_set_358_bar_club_and_door_staff_and_nights_out() -> None:
    """Set 358 (a three-hundred-and-forty-seventh writer: bars, clubs, doors, nights out).
    First run at 43fe13c: 30 of 30 found (the rules alone 30), **8** alarmed. Mended
    look-alikes: "cant feel my legs after 6hrs on the dancefloor"; "i panic its a stroke cos my
    nan had one"; a clot "2 years ago ... coughing blood, the lot. Hospital sorted me"; a bump on
    the head "tonight" beside pins and needles on bar stools "for months"; a foot infection
    "healing well, redness gone". Left alarmed: a regular's stroke "last month, one side of his
    face went"; a mate's brother who "ended up coughing up blood"; legs "like jelly and weak"
    after a shift, "totally back to normal now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes358", first=(30, 8), rules_alone=(30, 8), floor=(30, 3)
    )


def test_the_forty_fifth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 175 (pregnancy and the months after birth), 176 (working from home at desks,
    sofas and kitchen tables) and 177 (people over 80 living alone, and those who check on
    them), each run once at 43fe13c: right topic, declined 74.1 / 92.5, 70.7 / 97.5 and 72.4 /
    95.0; false emergencies 3.1%, 1.0% and **5.1%**; every emergency found. Mended since: a foot
    "completely numb" after sitting cross-legged to feed, that "fizzes back" (175). Left: the
    emergency net's reads of a swollen red hot calf after flu, sciatica "gettin worse, cant even
    walk to the paper shop", back pain at night with weight lost (177), puffy ankles and heavy
    legs by evening (176); a foot tingling "creeping up past his ankle" over two days (177) and
    feet that "crept up over the last couple weeks" (175) read as ascending; "how long r ur legs
    meant to stay numb after an epidural" (175)."""
    _topic_sets_hold(
        {
            "written_topics175": ((74.1, 92.5), 2.0, (75, 92, 75, 53)),
            "written_topics176": ((70.7, 97.5), 1.0, (70, 97, 65, 66)),
            "written_topics177": ((72.4, 95.0), 5.1, (72, 95, 63, 54)),
        }
    )


def test_set_359_farmers_shepherds_and_farm_workers() -> None:
    """Set 359 (a three-hundred-and-forty-eighth writer: lambing, quads, tractors, remote farms).
    First run at 43fe13c and at round one's reader (the same): 30 of 30 found (the rules alone
    30), 3 alarmed. Mended look-alikes: an old sheepdog's face "drooped on one side ... vet
    thinks it's his balance thing"; a spinal injection last month, "the leg tingling's much
    better"; a head banged on the crush bar beside toes that "tingle in the cold milking parlour,
    been like that every winter for years"."""
    _kept_out_of_the_net_and_scores(
        "written_probes359", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_360_teenagers_and_young_adults_in_text_speak() -> None:
    """Set 360 (a three-hundred-and-forty-ninth writer: 16 to 24, memes and emoji). First run at
    43fe13c and at round one's reader (the same): 30 of 30 found (the rules alone **29**), 2
    alarmed. Mended: a lola's swollen leg since a knee op, then blood coughed "just now ... she
    says its nothing and to finish my homework" (a teenager's own homework, not one asked for;
    the net had found it); a grandma who "thinks every little ache is it coming back". Left
    alarmed: "leg went dead on the loo scrolling tiktok 💀 back now. 999 or nah"."""
    _kept_out_of_the_net_and_scores(
        "written_probes360", first=(30, 2), rules_alone=(29, 2), floor=(30, 1)
    )


def test_set_361_dialysis_transplant_and_kidney_patients() -> None:
    """Set 361 (a three-hundred-and-fiftieth writer: dialysis chairs, transplants, the drivers).
    First run at 43fe13c and at round one's reader (the same): **28** of 30 found (the rules
    alone **27**), 1 alarmed. The misses, mended: a nan "not making sense since dialysis, calling
    me mums name, right leg keeps giving way" (confusion, then one leg); "Both my legs went numb
    from the knees down over the last day and they feel weaker every time I stand" ("over the
    last day" is since yesterday); and, found by the net, a wife (a transplant "2019" beside the
    story) whose "left side of her smile looks off". Left alarmed: the man in the next chair who
    "had a stroke during his session last month, his face dropped"."""
    _kept_out_of_the_net_and_scores(
        "written_probes361", first=(28, 1), rules_alone=(27, 1), floor=(30, 1)
    )


def test_set_362_faith_and_community_volunteers() -> None:
    """Set 362 (a three-hundred-and-fifty-first writer: lunch clubs, food banks, temples). First
    run at 43fe13c and at round one's reader (the same): 30 of 30 found (the rules alone 30),
    **6** alarmed. Mended look-alikes: toes that "tingle a bit by the end of the day but they're
    fine by the morning"; "legs like jelly after the 15 mile food bank sponsored walk"; a face
    "numb and lopsided ... dentist injection this morning"; a bumped head beside "the same old
    pins and needles ... I've had for years". Left alarmed: Mavis's husband's face "went droopy
    one side in church back in 1998", told at lunch club "today"; a tight support bandage, then a
    foot "a bit tingly for ten minutes, then totally fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes362", first=(30, 6), rules_alone=(30, 6), floor=(30, 2)
    )


def test_the_forty_fifth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 178 (heavy drinkers, people cutting down or in recovery, and their families),
    179 (runners, walkers and hikers) and 180 (vegans, vegetarians, restrictive diets and
    weight-loss surgery), each run once at 43fe13c and at round one's reader (the same): right
    topic, declined 82.8 / 100.0, 77.6 / 85.0 and 82.8 / 87.5; false emergencies 2.0% each (179
    **1 off-topic**); every emergency found. Mended since: lips and "the inside of my mouth went
    a bit numb" after a caffeine gel (179, off-topic); "both legs went dead ... took a min to walk
    properly again" after the loo (179); a calf that cramps uphill and a foot that "goes tingly
    and cold, then it settles if I stop" (180). Left: a calf swollen and hot after a flight (178,
    the net), a foot's tingling "spread up past my ankle in 2 days" (178) and feet and lower legs
    tingling over days on metronidazole (180), read as ascending."""
    _topic_sets_hold(
        {
            "written_topics178": ((82.8, 100.0), 2.0, (82, 100, 69, 65)),
            "written_topics179": ((77.6, 85.0), 0.0, (77, 85, 72, 54)),
            "written_topics180": ((82.8, 87.5), 1.0, (84, 87, 67, 56)),
        }
    )


def test_set_363_warehouse_pickers_forklift_and_delivery_drivers() -> None:
    """Set 363 (a three-hundred-and-fifty-second writer: racking, vans, scanners). First run at
    43fe13c and at round two's reader (the same): 30 of 30 found (the rules alone 30), 3
    alarmed. Mended look-alikes: "Could that be a stroke starting?" of a foot that "always goes
    when I stop and stretch"; legs "dead after 40k steps ... but they're fine by the morning";
    a head banged on the racking last week beside a foot tingling "from way before that"."""
    _kept_out_of_the_net_and_scores(
        "written_probes363", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_364_indian_pakistani_nigerian_filipino_and_caribbean_englishes() -> None:
    """Set 364 (a three-hundred-and-fifty-third writer: elders, aunties and uncles, calls
    abroad). First run at 43fe13c and at round two's reader (the same): **29** of 30 found (the
    rules alone **27**), **5** alarmed. The miss, mended: "Uncle Desmond just drop down in the
    bathroom, he come round after a minute but he look grey", a calf swollen since a flight (a
    collapse); found by the net, now by the rules too: legs "becoming weaker and weaker since
    morning", and a leg still numb and weak after a caesarean "with spinal and aesthesia".
    Mended look-alikes: a neighbour's stroke told "on phone from Jaipur", now admitted; a bump on
    the head beside feet tingling "way before this bump"; an infected foot wound last month that
    "is closing well". Left alarmed: a leg numb "when I stand" after sitting on the foot at
    taraweeh, "fully normal" in two minutes; "Ang sakit ng dibdib ko, my heart is breaking ...
    Not real chest pain po"."""
    _kept_out_of_the_net_and_scores(
        "written_probes364", first=(29, 5), rules_alone=(27, 5), floor=(30, 2)
    )


def test_set_365_gardeners_allotment_holders_and_landscapers() -> None:
    """Set 365 (a three-hundred-and-fifty-fourth writer: digging, kneeling, ladders in trees).
    First run at 43fe13c and at round two's reader (the same): 30 of 30 found (the rules alone
    30), 4 alarmed. Mended look-alikes: "Could pins and needles after digging be a stroke? ...
    Face fine, arms fine, talking fine"; a husband who "landed on his back. A&E scanned him ...
    no nerve damage"; out of breath barrowing gravel, "Breath came back after a sit down". Left
    alarmed: a neighbour's stroke "two summers ago, face dropped ... he got the clot-buster and
    he's back growing marrows now", told before the writer's own pins and needles."""
    _kept_out_of_the_net_and_scores(
        "written_probes365", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_366_autocorrect_and_voice_to_text_errors() -> None:
    """Set 366 (a three-hundred-and-fifty-fifth writer: "cafe is stolen", "epic dural", "both my
    eggs"). First run at 43fe13c and at round two's reader (the same): 30 of 30 found (the rules
    alone 30), 1 alarmed. Mended look-alike: "dentist numbed me for a filling an hour ago, half
    my face is dropping" (the filling explains it, though "an hour ago" says now)."""
    _kept_out_of_the_net_and_scores(
        "written_probes366", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_the_forty_fifth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 181 (thyroid, anaemia, coeliac and other long-term conditions), 182 (long-haul
    travellers, pilots, cabin crew and long journeys) and 183 (health anxiety), each run once at
    43fe13c and at round two's reader (the same): right topic, declined 86.2 / 85.0, 74.1 / 95.0
    and 79.3 / 92.5; false emergencies 3.1% (**1 off-topic**), 3.1% and 4.1%; every emergency
    found. Mended since: "the needles make me feel faint every time" at a blood test (181,
    off-topic); pins and needles that "come back, then settle a few days after the injection" of
    B12 (181); "when it builds up my legs and feet go tingly" (182, anxiety, nothing climbing);
    "sitting on the bunk with my legs folded" (182, no legs giving way); "Dr Google gave me
    everything from tumours to cauda equina", chemotherapy's tingling with the fear "it means the
    cancer has spread", a leg "hanging off the arm" of the sofa (183). Left: a calf swollen after a
    flight (181, the net), tingling in feet and lower legs four days into ciprofloxacin (182) and
    a foot's tingling "creeping up towards my knee" (183), read as ascending."""
    _topic_sets_hold(
        {
            "written_topics181": ((86.2, 85.0), 1.0, (86, 87, 80, 72)),
            "written_topics182": ((74.1, 95.0), 1.0, (75, 95, 62, 55)),
            "written_topics183": ((79.3, 92.5), 1.0, (84, 92, 72, 63)),
        }
    )


def test_set_367_cleaners_housekeepers_and_domestic_staff() -> None:
    """Set 367 (a three-hundred-and-fifty-sixth writer: kneeling to scrub, mops, early shifts).
    First run at 43fe13c and at round three's reader (the same): 30 of 30 found (the rules alone
    **28**), 5 alarmed. Found by the net, now by the rules too: "my left foot is numb and leg weak
    since 1 hour, it come suddenly" ("since 1 hour" is an hour ago); a mother who "works nights as
    a cleaner at the hospital she just rang me and her speech was all slurred" (she works there;
    no one is in its care). Mended look-alikes: a head banged on the dryer door beside "the leg
    tingling I asked about before"; "someone on the cleaning team got Guillain-Barre"; a TIA last
    night, "They did a scan, said it was a TIA"; legs that gave way "cos I missed the step ...
    legs are both strong now". Left alarmed: out of breath on the stairs with the hoover, "gets
    better in a minute when I stop", told a sentence after."""
    _kept_out_of_the_net_and_scores(
        "written_probes367", first=(30, 5), rules_alone=(28, 5), floor=(30, 1)
    )


def test_set_368_long_rambling_messages_with_the_sign_buried() -> None:
    """Set 368 (a three-hundred-and-fifty-seventh writer: 419 to 598 characters of family news).
    First run at 43fe13c: **29** of 30 found (the rules alone 29), 5 alarmed; at round three's
    reader 29 and 4. The miss, mended: a dad who "suddenly didnt know what day it was kept calling
    my son by my brothers name and his right leg gave way" (a wrong name is confusion). Mended
    look-alikes: a panic attack last Friday, "all normal, discharged"; a cast split last year,
    "Healed well"; a sprain strapped too tight, "they've stayed fine since". Left alarmed (by the
    net): two fillings, a face drooping and words slurred "because I couldn't feel my lip"."""
    _kept_out_of_the_net_and_scores(
        "written_probes368", first=(29, 5), rules_alone=(29, 5), floor=(30, 1)
    )


def test_set_369_martial_artists_boxers_and_rugby_and_football_players() -> None:
    """Set 369 (a three-hundred-and-fifty-eighth writer: weight cuts, tackles, mat time). First
    run at 43fe13c and at round three's reader (the same): 30 of 30 found (the rules alone
    **29**), **6** alarmed. Found by the net, now by the rules too: a fighter's leg "completely
    dead and weak, he didnt sit on it or kneel" out of the sauna (a pressure denied). Mended
    look-alikes: a tackle yesterday beside foot tingling that "is an old thing"; testicular cancer
    "all clear 10 yrs", back ache "same as always"; "pre fight nerves sat: heart pounding + feet
    tingly ... every fight"; the physio's list for cauda equina, "i dont have any of that". Left
    alarmed: "coaches face dropped when i came in 2kg over lmao"; winded by a body shot,
    "couldnt breathe for like 30 sec, totally fine now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes369", first=(30, 6), rules_alone=(29, 6), floor=(30, 2)
    )


def test_set_370_neighbours_passers_by_and_shop_staff_with_someone() -> None:
    """Set 370 (a three-hundred-and-fifty-ninth writer: the street, the bus, the shop, the park).
    First run at 43fe13c: 30 of 30 found (the rules alone 30), **9** alarmed; at round three's
    reader 30 and 8. Mended look-alikes: a client's sister whose numbness "turned out to be cauda
    equina"; "'I'm having a stroke!' ... he was pulling my leg"; a foot "cold and a bit bluish,
    been like that for years"; a foot ulcer infected last month, "Is that the infection?"; legs
    tucked under on the back seat, "feeling's back"; MS for 15 years, "both legs weak same as
    ever, nothing new today". Left alarmed: a neighbour who panics and "feels short of breath ...
    breathing normal again"; a window cleaner's mum's stroke "last week, face drooped", "she's
    home now doing well"."""
    _kept_out_of_the_net_and_scores(
        "written_probes370", first=(30, 9), rules_alone=(30, 9), floor=(30, 2)
    )


def test_the_forty_fifth_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 184 (menopause, perimenopause and HRT), 185 (back problems) and 186 (tight or
    unusual clothing and kit), each run once at 43fe13c and at round three's reader (the same):
    right topic, declined 84.5 / 97.5, 74.1 / **80.0** and 84.5 / 92.5; false emergencies 2.0%,
    4.1% and 0.0%; every emergency found. Mended since: feet numb "for a long while, it crept up
    over years" (184). Left (185): sciatica since Christmas, "cant even walk the dog" (read as
    ascending); a disc hernia and a foot that "feel cold also"; a mother's stenosis; "Is numbness
    around the groin with back pain an emergency?"."""
    _topic_sets_hold(
        {
            "written_topics184": ((84.5, 97.5), 1.0, (86, 97, 72, 69)),
            "written_topics185": ((74.1, 80.0), 4.1, (74, 80, 53, 50)),
            "written_topics186": ((84.5, 92.5), 0.0, (84, 92, 73, 60)),
        }
    )


def test_set_371_firefighters_police_and_paramedics_families_off_duty() -> None:
    """Set 371 (a three-hundred-and-sixtieth writer: people who know first-aid words and still
    understate). First run at 43fe13c: 30 of 30 found (the rules alone **28**), 4 alarmed; at
    round four's reader (76366f3) 30 (28) and 3. Found by the net, now by the rules too: a
    firefighter "numb 'down there' ... wet the bed", told beside "He's done first aid courses for
    20 years" (a trained man's own sign, not a question for a course); "small burn on top of the
    foot ... redness has spread up past my ankle ... 38.9" (a burn is a wound). Mended
    look-alike: a neck broken in 2015 with "the same patch of numbness ever since, hasn't changed
    one bit". Left alarmed: an infected ulcer "last year ... healed now" and legs "jelly" after a
    fitness test, "Totally back to normal" (both read "resolved", which the rules do not take as
    an ending: "they're ok" said of children is read the same)."""
    _kept_out_of_the_net_and_scores(
        "written_probes371", first=(30, 4), rules_alone=(28, 4), floor=(30, 2)
    )


def test_set_372_people_aged_75_and_over_writing_for_themselves() -> None:
    """Set 372 (a three-hundred-and-sixty-first writer: formal phrasing, frames, bungalows).
    First run at 43fe13c: **29** of 30 found (the rules alone 29), 5 alarmed; at round four's
    reader 29 and 4. The miss, mended: "My wife leg is swollen very big and red ... now she fall
    down in kitchen, she faint" ("she faint" at a clause's end is she fainted). Mended
    look-alikes: a neck broken in 1972, tingling "no different now than it has been for fifty
    years"; a spinal anaesthetic, "it all came back that same evening"; "this is it, a stroke -
    turned out the hearing aid battery had died". Left alarmed: a TIA "In January ... All fine
    since" (read "resolved", as above)."""
    _kept_out_of_the_net_and_scores(
        "written_probes372", first=(29, 5), rules_alone=(29, 5), floor=(30, 1)
    )


def test_the_forty_fifth_sessions_fifth_round_topic_set_is_kept() -> None:
    """Topic set 187 (shift and night-shift workers), run once at 43fe13c and at round four's
    reader (the same): right topic, declined 75.9 / 90.0; false emergencies 2.0%; every
    emergency found. Left: numbness that "crept up" one leg from a bad back (read as
    ascending); a security officer's leg pain walking the perimeter, now a foot cold at rest."""
    _topic_sets_hold({"written_topics187": ((75.9, 90.0), 2.0, (75, 90, 71, 57))})


def test_set_373_grandparents_looking_after_grandchildren() -> None:
    """Set 373 (a three-hundred-and-sixty-second writer). First run at b994b87, the forty-sixth
    session's start: **29** of 30 found (the rules alone 29), 5 alarmed. The miss, mended: a
    grandmother "muddled, kept calling Ellie by my sister's name and couldn't find her own front
    door key, and she was dragging her left leg" (the confusion-then-one-leg rule's window, 16
    words, widened to 24). Mended look-alikes: a face "numb and droopy" back from the dentist
    with a filling; legs "turned to jelly" at a nativity, "proud nana tears". Left alarmed: a
    granddaughter's "impression of me asleep on the sofa, face drooping" (the cause is the
    writer's, the face read as someone else's); a lady at the school gate whose husband's leg
    "went numb out of nowhere and it was a stroke"; Mrs Patel's husband's clot, "swollen calf and
    breathless"."""
    _kept_out_of_the_net_and_scores(
        "written_probes373", first=(29, 5), rules_alone=(29, 5), floor=(30, 3)
    )


def test_set_374_university_students_in_halls_and_shared_houses() -> None:
    """Set 374. First run at b994b87: 30 of 30 found, **8** alarmed. Mended: legs "jelly from
    the hill up to campus"; a panic attack the "uni GP said" was one; "came off my bike ... legs
    completely fine, no tingling, no weakness, can feel everything"; pins and needles that
    "crept up" to the knee "while I was kneeling"; cellulitis "at Easter" that cleared; toes
    tingly "after long walks" with "just DOMS"; "housemate says i'm 'having a stroke' cos i put
    the milk in the cupboard". Left: a mother's breast cancer that "spread to her spine a few
    years ago and she lost feeling in her legs, she's doing ok now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes374", first=(30, 8), rules_alone=(30, 8), floor=(30, 1)
    )


def test_set_375_taxi_bus_coach_lorry_and_van_drivers() -> None:
    """Set 375. First run at b994b87: 30 of 30 found, 4 alarmed. Mended: "nearly fainted when a
    passenger tipped me £20"; "is cauda equina a thing lorry drivers get? ... no numbness down
    below and my waterworks are normal"; "crashed out at the back" of the night bus. Left: legs
    "like jelly" on a first day driving a double decker, "calmed right down after my break"."""
    _kept_out_of_the_net_and_scores(
        "written_probes375", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_376_hospital_waiting_rooms_wards_and_just_discharged() -> None:
    """Set 376. First run at b994b87: 30 of 30 found (the rules alone **28**: a second-language
    "my right foot and leg not feel anything" and a mother who fell out of bed on the ward, both
    read by the net), 4 alarmed. Mended: weakness in both legs since a spinal injury in 2015,
    "no different to usual"; "My legs nearly gave way when the consultant said the biopsy was
    clear ... crying happy tears". Left: "The bloke in the next bed coughed up blood"; a head
    injury leaflet's signs, "I have none of that", beside pins and needles since metformin (read
    by the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes376", first=(30, 4), rules_alone=(28, 4), floor=(30, 2)
    )


def test_the_forty_sixth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 188 (people living with diabetes), 189 (cyclists, spin classes, triathletes)
    and 190 (recovery from knee, hip and other leg surgery), each run once at b994b87: right
    topic, declined 82.8 / 95.0, 65.5 / **80.0** and 67.2 / 92.5; false emergencies 4.1%, 3.1%,
    5.1%; every emergency found. Mended: a cancer rule's "wiped out" (tired, not wiping). Left,
    mostly the emergency net's: a husband on metformin and omeprazole whose feet tingle (read as
    a foot infection); a leg numb "from sitting" after a four-hour drive; a race's "came off the
    bike into the run"; a nerve block in the groin; one foot's tingling "spread up past the
    ankle" (read as ascending); cyclists' brake fluid "circulation" and cramp in the swim."""
    _topic_sets_hold(
        {
            "written_topics188": ((82.8, 95.0), 4.1, (82, 95, 84, 59)),
            "written_topics189": ((65.5, 80.0), 3.1, (65, 80, 60, 67)),
            "written_topics190": ((67.2, 92.5), 4.1, (67, 92, 65, 48)),
        }
    )


def test_set_377_chefs_kitchen_porters_cafe_and_takeaway_staff() -> None:
    """Set 377. First run at b994b87 and at round one's reader: 30 of 30 found, 6 alarmed.
    Mended: out of breath by the grill, "calves fine ... goes as soon as I step out into the
    yard"; "cant pee when I want on shift"; an epidural 8 months ago and pins and needles "when
    I sit cross legged". Left, the emergency net's: a foot "completely dead" after an hour on a
    milk crate, "totally back to normal"; an old cauda equina told at length, "legs strong";
    a mother's mini stroke "3 weeks ago", seen at the TIA clinic."""
    _kept_out_of_the_net_and_scores(
        "written_probes377", first=(30, 6), rules_alone=(30, 6), floor=(30, 3)
    )


def test_set_378_dating_and_new_relationships() -> None:
    """Set 378. First run at b994b87 and at round one's reader: 30 of 30 found, 2 alarmed.
    Mended: a mate "slurring last night after 8 tequilas ... today hes fine, just hungover".
    Left: "he left me on read and i swear my heart stopped and i couldnt breathe" (now read only
    by the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes378", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_set_379_rural_scotland_wales_and_ireland() -> None:
    """Set 379. First run at b994b87 and at round one's reader: **29** of 30 found (the rules
    alone 28), 1 alarmed. The miss, mended: "Right leg just went fae under me 20 min ago ...
    numb fae the hip doon" (Scots "fae" and "doon" are rewritten "from" and "down"). Mended
    look-alike: "My speech goes slurred and my face droops by 10pm every night, that's just me
    after a 5am start"."""
    _kept_out_of_the_net_and_scores(
        "written_probes379", first=(29, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_set_380_very_brief_and_terse_writers() -> None:
    """Set 380 (41-120 characters a message). First run at b994b87 and at round one's reader:
    **29** of 30 found, 3 alarmed. The miss, mended: "leg went tingly then half my vision just
    went?? dizzy af. 19m". Mended look-alikes: "both legs dead after 3hr lecture on them benches";
    an epidural's legs "numb few hours after, then okay same day. now all good". Left: "foot
    ulcer was infected, had iv abx, home now. red gone, healing" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes380", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_the_forty_sixth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 191 (yoga, pilates, meditation), 192 (parents of teenagers and young adults)
    and 193 (office and call-centre workers), each run once at b994b87 and at round one's reader
    (the same): right topic, declined 82.8 / 92.5, 75.9 / 90.0 and 86.2 / 92.5; false
    emergencies 2.0%, **6.1% (3 off-topic)**, 2.0%. Mended: tips for "blackout" for day sleep,
    a back sore from a "heavy school bag" and an ingrown toenail that "keeps getting infected"
    (the three off-topic alarms); "sleeps face down with his foot hanging off the bed" (prone,
    not a face); "back at work part time after chemo" (not a back); a leg numb "from the hip
    down in long meditation sits"; "can the heat make numbness worse". Left (the net): feet
    tingly "slowly getting worse" on omeprazole; legs heavy by 5pm at a standing desk."""
    _topic_sets_hold(
        {
            "written_topics191": ((82.8, 92.5), 0.0, (86, 92, 66, 58)),
            "written_topics192": ((75.9, 90.0), 2.0, (77, 95, 47, 60)),
            "written_topics193": ((86.2, 92.5), 1.0, (87, 92, 62, 47)),
        }
    )


def test_set_381_wheelchair_users_amputees_and_their_assistants() -> None:
    """Set 381. First run at b994b87 and at round two's reader: 30 of 30 found, 5 alarmed.
    Mended: a saddle area numb since cauda equina surgery in 2019, "exactly the same for years";
    an old PA's husband who "had Guillain-Barre"; "Both legs look the same as always"; "could
    they give me that compartment syndrome thing?". Left: the man in the next bay on a rehab
    ward "had a stroke while I was there, his face went droopy"."""
    _kept_out_of_the_net_and_scores(
        "written_probes381", first=(30, 5), rules_alone=(30, 5), floor=(30, 1)
    )


def test_set_382_american_canadian_and_australian_english() -> None:
    """Set 382. First run at b994b87 and at round two's reader: 30 of 30 found (the rules alone
    29: a Quebecer's "the inside of my two thigh are numb and i can not control when i go to the
    toilet for number two", read by the net), 1 alarmed. Mended: an infected ulcer in the spring
    in Houston, "healed now and my podiatrist signed me off" (a closing term of the foot rules;
    "in the spring" as a past frame cost three topic sets' findings and was taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes382", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_383_night_time_and_early_morning_messages() -> None:
    """Set 383. First run at b994b87 and at round two's reader: **29** of 30 found, 3 alarmed.
    The miss, mended: "wet the bed tonight, I'm 42, never happened before and I didn't even feel
    it happen. Had a bad back for a week" (the bed-wetting rule's window, 15 words, widened to
    24; a child's "5yo" is a child's). Mended look-alikes: a bump on the head, "leg is no
    different from usual, no new numbness or weakness"; a husband "talking in his sleep, all
    slurred"; a fall on the stairs, "legs work fine ... peed fine after"."""
    _kept_out_of_the_net_and_scores(
        "written_probes383", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_384_builders_electricians_plumbers_and_plasterers() -> None:
    """Set 384. First run at b994b87 and at round two's reader: 30 of 30 found, 4 alarmed.
    Mended: "Is chest pain with leg tingling a 999 thing? Asking for the toolbox talk"; a gaffer
    "slurring his words at the Christmas do"; a panic attack in the portaloo with "hands and feet
    tingling". Left (the net): a leg "completely dead" after an hour on an upturned bucket,
    "it's all come back now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes384", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_the_forty_sixth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 194 (multiple sclerosis, known or feared), 195 (smokers, heart and
    circulation trouble) and 196 (asking for someone else), each run once at b994b87 and at
    round two's reader (the same): right topic, declined 79.3 / **47.5**, 67.2 / 97.5 and 81.0 /
    90.0; false emergencies 1.0%, **9.2%**, 2.0%. 194's 21 off-topic messages answered are
    life with MS named alone ("how do i apply for a blue badge with ms"): "ms" is an anchor
    word. Moving it to the context words declined 17 more of them but lost 18 right topics over
    the stored texts (real parts' MS stories among them) for 10 gained: not kept. Left: swollen
    legs "nearly up to the knees" in heart failure ("up to the knees" as an excuse lost a real
    ascending weakness, so it was taken back); chronic cold feet of arterial disease read as a
    cold pale leg ("still get cold numb toes", a sore
    "been there 6 weeks n wont heal"); a stent through the groin and a thigh's numb patch."""
    _topic_sets_hold(
        {
            "written_topics194": ((79.3, 47.5), 1.0, (79, 47, 71, 67)),
            "written_topics195": ((67.2, 97.5), 8.2, (67, 97, 72, 50)),
            "written_topics196": ((81.0, 90.0), 2.0, (81, 90, 70, 63)),
        }
    )


def test_set_385_teachers_and_school_staff() -> None:
    """Set 385. First run at b994b87 and at round three's reader (1 alarmed there): **28** of 30
    found (the rules alone 28), 2 alarmed. Mended: "got hit on the back of the head by a cricket
    ball ... my left leg has gone numb" (a blow to the back of the head is one to the head); a
    colleague whose face dropped yesterday, "in hospital and doing ok". Left missed: "I had a
    stent put in my leg last year. In the middle of the session my right leg went cold and a
    blotchy blue colour below the knee, the pain is horrendous": the year's frame reaches the
    next sentence, told in the past, though a clause of it is in the present."""
    _kept_out_of_the_net_and_scores(
        "written_probes385", first=(28, 2), rules_alone=(28, 2), floor=(29, 0)
    )


def test_set_386_long_term_pain_on_strong_painkillers() -> None:
    """Set 386. First run at b994b87 and at round three's reader: 30 of 30 found (the rules
    alone 29: an ulcer never felt, "the redness is spreading up towards my ankle ... the
    shivers", read by the net), 3 alarmed. Mended: a woman at a pain group who "had to have
    emergency surgery for cauda equina after her sciatica went down both legs". Left: legs "like
    jelly after hydro ... right as rain this morning"; a wife asleep on the recliner "with her
    leg tucked under her" who "couldnt stand on it" for 10 minutes."""
    _kept_out_of_the_net_and_scores(
        "written_probes386", first=(30, 3), rules_alone=(29, 3), floor=(30, 2)
    )


def test_set_387_european_second_language_english() -> None:
    """Set 387 (Polish, Romanian, Spanish, Portuguese and Italian speakers). First run at
    b994b87 and at round three's reader: 30 of 30 found (the rules alone 29: "Since Tuesday I
    have ants in feet and hands and it go up", now read by the rules too: "ants in" the feet is
    tingling), 4 alarmed. Mended: a fall from a roof in 2019, numb "same for years"; "I broke my
    back today (not really, in Italy we say it when very tired)"; a leg "cold and white" whose
    clot was removed last week. Left: an uncle in Romania whose leg went "cold and blue and they
    cut it"."""
    _kept_out_of_the_net_and_scores(
        "written_probes387", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_388_concert_festival_and_stadium_crowds() -> None:
    """Set 388. First run at b994b87 and at round three's reader: 30 of 30 found, **9**
    alarmed. Mended: legs "literally died ... im paralysed lol. they just ache"; "what if my leg
    goes numb at the gig tomorrow, could that be a stroke?"; steward training's story of a fan
    with a clot. Left: a father's mini stroke "in March" (no year); "Could the old head injury be
    doing it?"; a face "drooping ... in the photo but i was pulling a face" beside a leg slept on
    in the tent; "If she suddenly gets a numb leg or her face drops ... Just planning ahead";
    both legs "jelly after dancing 6 hours at the rave"; a panic attack in a crush, "chest
    tight ... all gone after 15 mins"."""
    _kept_out_of_the_net_and_scores(
        "written_probes388", first=(30, 9), rules_alone=(30, 9), floor=(30, 6)
    )


def test_the_forty_sixth_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 197 (staff who stand or walk all day), 198 (recovery from alcohol or drugs)
    and 199 (swimmers, surfers, divers, cold-water dippers), each run once at b994b87 and at
    round three's reader (the same): right topic, declined 77.6 / 97.5, 65.5 / 92.5 and 74.1 /
    87.5; false emergencies 1.0%, 5.1%, 4.1% (**2 off-topic**). Mended: fingers "numb n white in
    cold water ... just the hands" and a face "totally numb after the ice bath" (the off-topic
    alarms); "I'm now back part time after breast cancer treatment" and "I'm back to sea
    swimming" (not a back); "on my feet 12 hrs ... both ankles puff up". Left (mostly the net):
    a lying-on-one-side leg in a rehab centre; toes that "still go white n numb" three months
    clean; legs "tingly n buzzin" on a diazepam taper."""
    _topic_sets_hold(
        {
            "written_topics197": ((77.6, 97.5), 0.0, (79, 97, 70, 58)),
            "written_topics198": ((65.5, 92.5), 4.1, (65, 92, 57, 50)),
            "written_topics199": ((74.1, 87.5), 1.0, (75, 90, 66, 54)),
        }
    )


def test_set_389_pregnancy_new_mothers_and_partners() -> None:
    """Set 389. First run at b994b87 and at round four's reader: 30 of 30 found (the rules alone
    29: a spinal for a section four days ago, a hot sore back, 38.6 and legs tingling and weak,
    read by the net), 4 alarmed. Mended: blood in the spit "from my nose"; "Is it normal that
    after the spinal you cannot feel the legs at all?" before a planned caesarean; a husband
    "running round the house fine now". Left: a friend's stroke "2 weeks after having her baby,
    her face dropped and everything, she's recovering now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes389", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_390_gym_goers_trainers_and_lifters() -> None:
    """Set 390. First run at b994b87 and at round four's reader: **29** of 30 found, 3 alarmed.
    The miss, mended: "bout an hour ago on my top set of bench i couldnt get my words out for
    maybe 2 mins and my right arm went dead, all fine now" - a FAST sign that passed, which the
    reader took as over (`counts_if_passed` now keeps the face, speech and arm rules' matches
    whose clause is past only by its ending). Mended look-alikes: "20 rep breathing squats,
    collapsed"; a gym bro's clot, "a week in hospital, he's fine now". Left: bowel cancer beaten
    in 2020, "all clear scans since", a usual stiff back ("clear scans since" as a set-aside cost
    a real emergency's cancer finding, so it was taken back)."""
    _kept_out_of_the_net_and_scores(
        "written_probes390", first=(29, 3), rules_alone=(29, 3), floor=(30, 1)
    )


def test_set_391_past_and_present_in_one_breath() -> None:
    """Set 391 (updates, follow-ups, dates written out). First run at b994b87 and at round
    four's reader: **29** of 30 found, **8** alarmed. The miss, mended: "6am today got out the
    van and my right foot just flopped, cant lift the front of it, slapping the ground". Mended
    look-alikes, seven of eight: a stroke in 2017 and "creams ... on stroke numbness";
    "literally felt my legs give out lol"; a clot on the lung, "been on blood thinners since"; a
    heart racing from "the prosecco and the dancing"; a cold white leg "they operated that same
    night and saved it"; an ulcer healed, "podiatrist signed me off"; a cast, "Pain less every
    day, toes pink and warm". Left: bowel cancer surgery in 2018, "clear scans since", a
    backache from digging (as in set 390)."""
    _kept_out_of_the_net_and_scores(
        "written_probes391", first=(29, 8), rules_alone=(29, 8), floor=(30, 1)
    )


def test_set_392_care_home_and_home_care_staff() -> None:
    """Set 392. First run at b994b87 (at round four's reader 4 alarmed): 30 of 30 found (the
    rules alone 29: an unwitnessed fall, "a lump on the back of her head", now both feet tingly
    and legs weak, read by the net), 5 alarmed. Mended: a resident "doubly incontinent, has been
    for well over a year". Left: a resident's bowel cancer 8 years ago and a back achy after a
    minibus trip ("No numbness, no weakness"); Guillain-Barre in 2015, "Nothing new today";
    myeloma's cord compression last year, legs weak "since ... unchanged"."""
    _kept_out_of_the_net_and_scores(
        "written_probes392", first=(30, 5), rules_alone=(29, 5), floor=(30, 3)
    )


def test_the_forty_sixth_sessions_fifth_round_topic_sets_are_kept() -> None:
    """Topic sets 200 (newly diagnosed or on a new medicine), 201 (tall, short, heavy and very
    thin people; fast weight loss) and 202 (very few words, yes/no questions, replies to the
    bot), each run once at b994b87 and at round four's reader (the same): right topic, declined
    82.8 / 85.0, 77.6 / 92.5 and 91.4 / 97.5; false emergencies 1.0%, 3.1%, 0.0%; every
    emergency found. Left: metformin's "runs all week" and feet tingling (the net); double
    vision "for a week last yr" beside a leg that tingles now; a short writer's thighs on long
    flights; a general question on when tingling is an emergency."""
    _topic_sets_hold(
        {
            "written_topics200": ((82.8, 85.0), 1.0, (82, 85, 62, 51)),
            "written_topics201": ((77.6, 92.5), 3.1, (77, 92, 65, 66)),
            "written_topics202": ((91.4, 97.5), 0.0, (91, 97, 70, 75)),
        }
    )


def test_set_393_call_centre_supermarket_and_shop_floor() -> None:
    """Set 393 (tills, headsets, stockrooms). First run at 19aa17a: 30 of 30 found, 1 alarmed.
    Mended: "Cracked my head on the metal shelf edge ... No numbness, no tingling, arms and legs
    fine", then a foot asleep in the break room."""
    _kept_out_of_the_net_and_scores(
        "written_probes393", first=(30, 1), rules_alone=(30, 1), floor=(30, 0)
    )


def test_set_394_veterans_and_service_families() -> None:
    """Set 394. First run at 19aa17a: 30 of 30 found (the rules alone 29: a Gurkha father whose
    "left arm and left leg no power, and he is confuse", now read by the rules too: "no power"
    is weakness), 4 alarmed. Mended: an old sergeant major "numb from the neck up years ago lol";
    both legs "like jelly" after "the 10 mile charity tab"; "My wife say is dangerous, stroke. Is
    true?". Left: a flashback, "felt like I couldnt breathe. Calmed down after 20 mins" (the
    rewrites read "calmed down" as "resolved", which the chest rules do not take as an end)."""
    _kept_out_of_the_net_and_scores(
        "written_probes394", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_set_395_motorbike_riders() -> None:
    """Set 395. First run at 19aa17a: 30 of 30 found (the rules alone 27, all three now read by
    the rules: a foot white and ice cold, "Been sat by the radiator 40 mins and no change"; a
    steroid injection in the spine "(too many years on the hog)", a leg numb and weak today;
    "landed flat on my back in the gravel trap", then a leg giving way), **7** alarmed. Mended:
    a head hit "about 10 years ago, all fine after. Today's question"; Guillain-Barre "read on a
    forum about"; a heart "at the red line"; cauda equina surgery, saddle numbness "same as since
    the op"; a pillion's legs dead, "she walks it off it's gone in a few mins"; "when leg is
    numb it can be stroke". Left: a rally neighbour who "hurt his back badly and couldn't feel
    his legs", airlifted, told at length beside the writer's own old tingly toes."""
    _kept_out_of_the_net_and_scores(
        "written_probes395", first=(30, 7), rules_alone=(27, 7), floor=(30, 1)
    )


def test_set_396_gamers_and_streamers() -> None:
    """Set 396. First run at 19aa17a: 30 of 30 found, 4 alarmed. Mended: a face "numb from
    smiling at chat all night"; "my aim had a stroke tonight fr. whole squad was slurring"; a
    wrist in a cast, "separate thing, my feet tingle". Left: a panic attack after ranked finals,
    "couldnt get a breath in ... after about 10 min it all settled" (as set 394's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes396", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_the_forty_seventh_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 203 (anglers, boaters, canal-boat dwellers), 204 (people who sit on the floor:
    meditation, kneeling prayer, seiza, carpet fitters) and 205 (older people after a fall or a
    hospital stay), each run once at 19aa17a: right topic, declined 74.1 / 95.0, 75.9 / 92.5 and
    69.0 / 90.0; false emergencies 5.1%, 2.0%, 4.1% (now 2.0%, 2.0%, 4.1%); every emergency
    found. Mended: "chest
    waders with the tight belt" (a chest pain); "hook went deep in my hand got infected" (a
    foot's infection); a racing heart at night "and then I convince myself it's MS". Left: seiza
    "and I can barely stand, but it wears off about five minutes after I get up"; one leg numb
    "out of nowhere", "3 or 4 times a wk now"; the net's reads of a grandfather's slow diabetic
    numbness and falls, a mother's puffy ankles, a foot drop after crouching on a bank."""
    _topic_sets_hold(
        {
            "written_topics203": ((74.1, 95.0), 2.0, (77, 95, 60, 60)),
            "written_topics204": ((75.9, 92.5), 2.0, (75, 92, 62, 75)),
            "written_topics205": ((69.0, 90.0), 4.1, (69, 90, 63, 62)),
        }
    )


def test_set_397_tattoo_studios() -> None:
    """Set 397 (tattoo artists, piercers and their clients). First run at 19aa17a and at round
    one's reader 4a13478: **29** of 30 found, 3 alarmed. Left missed: a nan's diabetic heel sore
    "she never told anyone about, I only saw it cos she came to my appointment in sandals. its
    gone black round the edges and smells bad" - "its" is read as the heel only within a few
    words of it (`it_reach`), and the story between is longer. Mended: a tongue piercing,
    "talking like im drunk"; "my face dropped when he quoted me"; "im gonna pass out lol. not
    really" ("not really" before a break takes back what it follows)."""
    _kept_out_of_the_net_and_scores(
        "written_probes397", first=(29, 3), rules_alone=(29, 3), floor=(29, 0)
    )


def test_set_398_postal_workers_and_couriers() -> None:
    """Set 398. First run at 19aa17a and at round one's reader: 30 of 30 found, **6** alarmed.
    Mended: "lads reckon its a stroke lol"; legs like jelly "after 14 miles on the xmas rush ...
    fine after a sleep"; a diabetic ulcer infected in the spring, "podiatrist happy with it"; a
    dog at a gate, "legs went to jelly ... heart was racing". Left: an old supervisor's cauda
    equina surgery told before the writer's stiff back; Guillain-Barre read on Facebook, feet
    that tingle in the van "but it go away when I get out and walk"."""
    _kept_out_of_the_net_and_scores(
        "written_probes398", first=(30, 6), rules_alone=(30, 6), floor=(30, 2)
    )


def test_set_399_parents_of_babies_and_toddlers() -> None:
    """Set 399 (typed one-handed). First run at 19aa17a and at round one's reader: **29** of 30
    found (the rules alone 28), **7** alarmed. The misses, mended: "doing the school run and my
    right foot just went numb and floppy" (a drive, not a run); a leg numb from the knee down
    "half an hour ago ... nothing pressing on it" (a new rule: one leg numb, dead or weak with a
    pressure denied). Mended look-alikes: a heart racing when the baby rolled off the changing
    table, "i was breathing too fast"; legs like jelly after "4 nights no sleep"; "MY LEG HAS GONE
    BLUE ... its the bath crayons"; a headbutt, "separately ..."; an epidural's numbness that
    "came back by teatime"; a fall down the stairs two weeks ago, "xray fine ... no numbness or
    weakness anywhere". Left: a friend's clot told before the writer's own "breathing fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes399", first=(29, 7), rules_alone=(28, 7), floor=(30, 1)
    )


def test_set_400_deaf_bsl_users_writing_english() -> None:
    """Set 400. First run at 19aa17a and at round one's reader: **29** of 30 found (the rules
    alone 28), **9** alarmed. The misses, mended: a father "signing nonsense ... cant find sign
    for cup", a leg dead since lunch (signing is speech); a husband whose face "looks lop sided"
    and whose "left hand wont do it" when he tries to sign. Mended look-alikes: a stroke last year,
    "same as after stroke, no change"; "question for future ... if stroke happen, face drop, arm
    weak"; a face "dropped too from boredom"; a panic attack, "ECG blood all fine, say anxiety";
    a fall, "xray fine. leg no tingle no weak"; "read NHS page cauda equina ... which sign me
    watch for?"; legs like jelly after a rave "all night dancing". Left: an uncle's diabetic foot
    "go black infection, 10 year ago"; chemo now and a backache from carrying boxes ("leg no
    numb, no weak"), fingers tingling since chemo."""
    _kept_out_of_the_net_and_scores(
        "written_probes400", first=(29, 9), rules_alone=(28, 9), floor=(30, 2)
    )


def test_the_forty_seventh_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 206 (long car commuters, taxi and ride-share drivers), 207 (hypermobility,
    EDS, fibromyalgia, chronic fatigue) and 208 (during and after cancer treatment), each run
    once at 19aa17a and at round one's reader (the same): right topic, declined 75.9 / 97.5,
    75.9 / 92.5 and 63.8 / 85.0; false emergencies 2.0%, 0.0%, **11.2% (1 off-topic)**; every
    emergency found. Mended in set 208: "back drivin the cab now" (a return, not a back); a
    cancer's "keep coming back", "will it ever come back" (the first cancer rule's `unless`);
    "convinced its come back" (a fear); lymph nodes taken out of the groin; chemo tingling
    crept up "over the last few cycles"; toes that tingle "whenever theyre cold". Left: a
    question on when a brother's leg numbness on chemo means A&E; "Can cancer that has spread to
    the spine cause tingling in the legs?"; a carer's own sciatica beside a husband's chemo; a
    husband's heavy legs on hormone injections; the net's reads of thalidomide neuropathy and
    a sciatica getting worse."""
    _topic_sets_hold(
        {
            "written_topics206": ((75.9, 97.5), 1.0, (77, 97, 61, 56)),
            "written_topics207": ((75.9, 92.5), 0.0, (75, 92, 61, 70)),
            "written_topics208": ((63.8, 85.0), 5.1, (67, 85, 65, 50)),
        }
    )


def test_set_401_scout_guide_and_youth_camp_leaders() -> None:
    """Set 401. First run at 19aa17a and at round two's reader f77ff2c: 30 of 30 found, **9**
    alarmed. Mended: "What if I have a stroke like my dad did? How would I even know"; a first
    aider who "told us about" a Scouter's clot; a head hit on the minibus door, "no numbness, no
    tingling, legs fine"; a poster on back pain and trouble peeing, "Peeing totally normal"; a
    hammock, "arm and leg on one side numb ... walked it off in 5 mins"; a cub who "couldn't feel
    his legs after sitting on them"; a foot black with soot. Left: an akela's mini stroke on the
    first night of camp, "Home now on blood thinners and doing fine"; a racing heart at a fire
    alarm, "all settled after 10 mins" (as sets 394 and 396)."""
    _kept_out_of_the_net_and_scores(
        "written_probes401", first=(30, 9), rules_alone=(30, 9), floor=(30, 2)
    )


def test_set_402_prison_officers_and_security_guards() -> None:
    """Set 402. First run at 19aa17a and at round two's reader: 30 of 30 found, 3 alarmed, all
    mended: slurred talk "cos of the numbing injection" at the dentist; a grandad's leg that went
    cold and blue, the writer's "Both feet pink and warm"; an epidural 8 months ago, "totally fine
    after"."""
    _kept_out_of_the_net_and_scores(
        "written_probes402", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_403_airport_staff_and_cabin_crew() -> None:
    """Set 403. First run at 19aa17a: **29** of 30 found (at round two's reader 30: a cabin
    attendant whose leg had no feeling on waking, "I was not lying on it", and double vision -
    round two's rule for a pressure denied), 5 alarmed. Mended: feet cold and pale "in the crew
    rest compartment", fine with socks on. Left: "could pins and needles in my foot on landing be
    a mini stroke?" (the name asked about is answered as a stroke on purpose: "could this be a
    mini stroke" is the name rule's own example); a heart racing at the roster, "separately ..."
    (`@set_apart` in the racing
    heart rule lost two written emergencies told before "my real question" and the like, so it
    was taken back); a passenger who collapsed with a clot, "he's ok now"; a long story of a foot
    numb on waking in the bunk, back to normal "by the time the kettle boiled"."""
    _kept_out_of_the_net_and_scores(
        "written_probes403", first=(29, 5), rules_alone=(29, 5), floor=(30, 4)
    )


def test_set_404_dental_patients_and_staff() -> None:
    """Set 404. First run at 19aa17a and at round two's reader: 30 of 30 found (the rules alone
    29: a partner's numbness "from his feet to his hips since last night he can't walk", voice
    typed, read by the net), 5 alarmed. Mended: a lip and chin numb after an "injection for
    tooth", the mouth "little bit down on the side of injection"; "Got the quote for my
    implants ... legs gave way"; a spinal bleed two years ago, "made a full recovery"; a tooth
    abscess with a temperature, "Separate thing, my left foot ...". Left: bowel cancer 8 years
    ago, "all clear since", a back that has ached the same way for 20 years. Found since round
    two: a father whose face drooped on the side opposite the dentist's injection and whose arm
    "keeps dropping" (once read as the injection; "keeps dropping" is now weakness)."""
    _kept_out_of_the_net_and_scores(
        "written_probes404", first=(30, 5), rules_alone=(29, 5), floor=(30, 1)
    )


def test_the_forty_seventh_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 209 (dancers and performers), 210 (very hot weather) and 211 (partners caring
    for someone with dementia), each run once at 19aa17a and at round two's reader (the same):
    right topic, declined 89.7 / 90.0, 77.6 / 95.0 and 70.7 / 90.0; false emergencies 3.1% (**1
    off-topic**), 2.0%, 5.1% (**1 off-topic**); every emergency found. Mended (the off-topic
    alarms): stage makeup, "by the second one my face is sliding off"; a wife whose "legs don't
    work" at bath time who "walks to the kitchen for biscuits without any trouble". Left: one
    foot's tingling "up past my ankle to my knee ... getting worse every day" (read as
    ascending); a smoker's cold, painful foot at rest after a year of claudication (read as a
    cold leg); the net's reads of a bed-bound wife's puffy red calf and of a leg asleep in a
    bedside chair."""
    _topic_sets_hold(
        {
            "written_topics209": ((89.7, 90.0), 2.0, (89, 92, 69, 56)),
            "written_topics210": ((77.6, 95.0), 2.0, (77, 95, 63, 51)),
            "written_topics211": ((70.7, 90.0), 4.1, (70, 90, 58, 52)),
        }
    )


def test_set_405_farm_workers() -> None:
    """Set 405 (the forty-eighth session's round one). First run at 3f7c3d0: 30 of 30 found (the
    rules alone 28: a grandad whose legs "went numb and buckled under him ... He was walking
    fine yesterday", the day before read as an ending; a diabetic's "Blister from the new boots
    ... gone black round the edge", the feet named only where she "doesn't feel" them), 4
    alarmed. Mended: a face "drooping ... after 18 hours of lambing lol"; "Breathless? only from
    chasing a tup"; "Saw on the telly that a swollen calf plus breathlessness can be a clot".
    Left: a neighbour's stroke last week, "face all twisted, they air lifted him" (someone else's
    recent past told over several clauses reads as now: a story dated long ago does not)."""
    _kept_out_of_the_net_and_scores(
        "written_probes405", first=(30, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_406_kitchen_staff() -> None:
    """Set 406. First run at 3f7c3d0: **29** of 30 found (missed: a head chef "totally
    confused ... walking like hes pissed, leaning to one side. he has not had a drink" - a new
    rule: walking as if drunk with drink denied; the rules alone 28, also a sous chef whose
    "vision went half black" while "sat on a milk crate"), 4 alarmed. Mended: an epidural 3
    months ago and feet that tingle standing at the bench, "goes as soon as I sit"; a nan's leg
    that "went cold and blue years ago" ("nans" is someone else); a cast with pink warm toes,
    "fracture clinic happy with it". Left: a kitchen porter who "collapsed on saturday with his
    face all droopy, ambulance took him" (someone else's recent past, as set 405's)."""
    _kept_out_of_the_net_and_scores(
        "written_probes406", first=(29, 4), rules_alone=(28, 4), floor=(30, 1)
    )


def test_set_407_older_people_dictating() -> None:
    """Set 407. First run at 3f7c3d0: **28** of 30 found (missed: a leg "gone num all of a
    sudden" and "a num patch round my back passage ... the pea will not come" - a dictating
    phone's "num" and "pea"), 6 alarmed. Mended: "know numbness down below know trouble with
    the waterworks" and "but know back pain" (dictation's "know" for "no"); "enough to give
    anyone a stroke"; "I had my stroke two years ago, the face dropping and all"; a cast cut off
    in A&E the same night, long healed. Left: a foot that "went dead this morning I panicked but
    Id been kneeling" (the run-on break before "I panicked" parts the kneeling from the sign)."""
    _kept_out_of_the_net_and_scores(
        "written_probes407", first=(28, 6), rules_alone=(28, 6), floor=(30, 1)
    )


def test_set_408_faith_and_choir_communities() -> None:
    """Set 408. First run at 3f7c3d0: 30 of 30 found (the rules alone 28: a brother whose "right
    leg and hand no power and his speaking is mixed words"; a foot "ice cold and white, totally
    sudden" whose husband "says warm it by the radiator"), 1 alarmed, mended: slurred speech at a
    ceilidh, "too much whisky ha. Fine this morning"."""
    _kept_out_of_the_net_and_scores(
        "written_probes408", first=(30, 1), rules_alone=(28, 1), floor=(30, 0)
    )


def test_the_forty_eighth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 212 (musicians), 213 (knitters, sewers and quilters) and 214 (people
    recovering from COVID or living with long COVID), each run once at 3f7c3d0: right topic,
    declined 77.6 / 92.5, 84.5 / 95.0 and 81.0 / 90.0; false emergencies 5.1%, 1.0%, 1.0%, none
    off-topic; every emergency found. Mended: "calf is swollen n sore, bit red n warm to touch.
    breathing fine" (the net read the chest); "before big gigs i get proper panicky n my legs go
    tingly n jelly like"; "every time i overdo it n crash my legs buzz n tingle" (a crash of ME,
    no accident). Left: a guitarist's leg "completely dead" on a footstool, gone "within five
    minutes" of walking (the seat is told a sentence before the sign); a smoker's cold numb
    foot with claudication; a diabetic's feet "creeping up for a while" and chemo feet
    "creeping in slowly", both read as ascending by the net."""
    _topic_sets_hold(
        {
            "written_topics212": ((77.6, 92.5), 3.1, (79, 92, 62, 56)),
            "written_topics213": ((84.5, 95.0), 1.0, (84, 95, 60, 67)),
            "written_topics214": ((81.0, 90.0), 0.0, (82, 90, 75, 58)),
        }
    )


def test_set_409_offshore_and_remote_workers() -> None:
    """Set 409 (the forty-eighth session's round two). First run at 3f7c3d0 and at round one's
    reader 138ba0c: 30 of 30 found (the rules alone 29: "took a swinging block to the back of
    the head ... now both feet pins and needles", read by the net; "to the back of the head" is
    now "to the head"), 7 alarmed. Mended: "Legs were white and freezing ... but warmed up within
    the hour"; "could my numb bum be cauda equina?? ... was fine 10 min after getting off"; a
    wife's epidural, legs numb "for a few hours after like they said they would be". Left: a
    wind farm's emergency response plan asking about face droop and slurred speech; a crewmate's
    Guillain-Barre last year; an infected foot "last trip", all healed; a compression bandage
    loosened, toes pink (the net's read)."""
    _kept_out_of_the_net_and_scores(
        "written_probes409", first=(30, 7), rules_alone=(29, 6), floor=(30, 4)
    )


def test_set_410_university_students() -> None:
    """Set 410. First run at 3f7c3d0 and at 138ba0c: 30 of 30 found, 3 alarmed. Mended: a
    spinal cord injury at 16, "it hasn't changed at all in 4 years"; a housemate who screamed "i
    cant feel my legs" after 40 minutes on the loo, "walked it off". Left: a housemate's
    Guillain-Barre "last term", "shes totally fine now" (someone else's story over several
    clauses)."""
    _kept_out_of_the_net_and_scores(
        "written_probes410", first=(30, 3), rules_alone=(30, 3), floor=(30, 1)
    )


def test_set_411_new_parents_after_birth() -> None:
    """Set 411. First run at 3f7c3d0 and at 138ba0c: **29** of 30 found (missed: "Spinal for my
    section was Tuesday, wore off fine Tuesday night ... Today (Fri) my right leg has gone numb
    ... dragging" - "a spinal" was no cause the rule knew, and the ending before "Today" closed
    the spinal's story: a sentence that opens on a later day is now a new episode, as "again"
    is), 6 alarmed. Mended: an epidural that "wore off by the evening like they said"; "leg went
    dead during the night feed. back to normal now"; "My legs are jelly on the stairs every
    time"; "heart racing and can't breathe... because she latched". Left: a leg folded under
    the writer while feeding, told a sentence before the numb foot; a sister's clot after her
    baby, "swollen calf and couldnt breathe" (someone else's story over clauses)."""
    _kept_out_of_the_net_and_scores(
        "written_probes411", first=(29, 6), rules_alone=(28, 6), floor=(30, 2)
    )


def test_set_412_english_as_a_second_language() -> None:
    """Set 412. First run at 3f7c3d0 and at 138ba0c: **29** of 30 found (the rules alone 27: a
    fall told as "I fall from the scaffolding yesterday ... land on my back", now read as a
    fall), 5 alarmed. Mended: "I read on internet about cauda equina ... I can pee normal". Left:
    "before the pain go only in one leg. Now since 2 days it go in the two legs ... the legs feel
    weak for walk" (missed by the rules and the net: "the two legs" is now "both legs", but the
    weakness is told in a later clause); a father's stroke "udar (stroke)" last year (the name
    asked about, "Is normal after stroke this?"); a son's head injury last week; a father's foot
    infection last month, treated; a spinal injection 3 weeks ago, "no problem, legs normal"."""
    _kept_out_of_the_net_and_scores(
        "written_probes412", first=(29, 5), rules_alone=(27, 5), floor=(29, 4)
    )


def test_the_forty_eighth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 215 (gardeners), 216 (lorry and van drivers) and 217 (people in physiotherapy
    for the back and neck), each run once at 3f7c3d0 and at round one's reader (the same): right
    topic, declined 87.9 / 90.0, 69.0 / 95.0 and 81.0 / 82.5; false emergencies 2.0%, 2.0%, 3.1%
    (**1 off-topic**: "ur useless, just tell me if i can drive after a back injection", the
    bot called useless read as a useless leg); every emergency found. Mended: that one; a mother
    who "staggers for a few minutes until it comes back" after sitting on a bucket; a leg "heavy
    and numb almost every evening after I park up". Left: a smoker's foot that hurts in bed;
    metformin and toes on both feet that "keep going numb" (the net); both feet tingling after
    starting gabapentin for sciatica (read as sciatica gone to both sides); one leg's tingling
    spreading foot to knee over days (read as ascending)."""
    _topic_sets_hold(
        {
            "written_topics215": ((87.9, 90.0), 1.0, (87, 90, 69, 57)),
            "written_topics216": ((69.0, 95.0), 1.0, (69, 95, 62, 65)),
            "written_topics217": ((81.0, 82.5), 2.0, (81, 85, 54, 42)),
        }
    )


def test_set_413_hairdressers_barbers_and_beauty_staff() -> None:
    """Set 413 (the forty-eighth session's round three). First run at 3f7c3d0 and at round two's
    reader 53efd63: **29** of 30 found (missed: "My left foot went numb and floppy about 20 min
    ago while I was stood at my station ... Wasn't leaning on anything" - "floppy" was not among
    the foot rule's words, and "wasnt leaning on anything" not a pressure denied), 5 alarmed.
    Mended: "both legs gone, I'm paralysed on the sofa lol" after a 12-hour Saturday; a filling
    at lunch, "dentist said 3 hrs to wear off". Left: a client's husband whose face went droopy
    (told "today"); a panic attack's racing heart and breath, "calmed down after 10 mins" (chest
    signs that passed still alarm); a colleague's Guillain-Barre a few years ago."""
    _kept_out_of_the_net_and_scores(
        "written_probes413", first=(29, 5), rules_alone=(29, 5), floor=(30, 3)
    )


def test_set_414_sports_matches_gyms_and_leisure_centres() -> None:
    """Set 414. First run at 3f7c3d0 and at 53efd63: 30 of 30 found (the rules alone 29: a lad
    whose legs are numb and weak after squats, "He says it's just DOMS", read by the net), 4
    alarmed. Mended: a cricket captain's stroke last summer, "he's back batting now"; a mum who
    "read about guillain barre" and fears tingly feet "will climb up"; "do you inherit
    strokes". Left: a leg numb on waking after a massage, lying on the side, "totally back now,
    15 mins later"."""
    _kept_out_of_the_net_and_scores(
        "written_probes414", first=(30, 4), rules_alone=(29, 4), floor=(30, 1)
    )


def test_the_forty_eighth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 218 (pregnancy and trying to conceive) and 219 (working from home at a
    laptop), each run once at 3f7c3d0 and at round two's reader (the same): right topic,
    declined 75.9 / 95.0 and 72.4 / 90.0; false emergencies 1.0% and 3.1%, none off-topic; every
    emergency found. Mended: "Most afternoons my left leg goes completely dead". Left: legs
    "heavy n tingly since the heatwave", 30 weeks pregnant (the net); a bottle of wine most
    nights and the soles of both feet (the net); a smoker's pale, colder foot that aches at
    rest."""
    _topic_sets_hold(
        {
            "written_topics218": ((75.9, 95.0), 1.0, (75, 95, 71, 66)),
            "written_topics219": ((72.4, 90.0), 2.0, (72, 90, 68, 58)),
        }
    )


def test_set_415_retail_and_supermarket_staff() -> None:
    """Set 415 (the forty-ninth session's round one). First run at 517e648: 30 of 30 found (the
    rules alone 28: a night-fill colleague who "can not say the words properly" with a leg
    dragging, and a mother whose legs go "more numb by the minute", read by the net), 5
    alarmed. Mended: those two for the rules; a head bumped on a shelf with "no numbness no
    weakness", the feet's pins and needles "same as ever"; a spinal injection's tingling "same
    as before the injection"; a customer who fainted, "paramedics checked him"; a cancer five
    years ago and a back ache after "a heavy delivery day" ("heavy" read as weak). Left: "I've
    literally lost all feeling in my legs, my face dropped, I can't even speak. anyway" (a
    figure of speech about a double shift)."""
    _kept_out_of_the_net_and_scores(
        "written_probes415", first=(30, 5), rules_alone=(28, 5), floor=(30, 1)
    )


def test_set_416_ramadan_and_mosque_communities() -> None:
    """Set 416. First run at 517e648: **29** of 30 found (missed by the rules and the net: "my
    dadu at iftar suddenly cant lift his right hand to eat khejur and his mouth going to one
    side" - a mouth "going to one side" was not a face's droop), 3 alarmed. Mended: that one; a
    sister's leg that went numb and weak "last Ramadan", treated "and fine now" ("last Ramadan"
    dates a story as "last year" does; "and fine now" is an ending); a spinal injection's
    tingling "I had before the injection"; a foot ulcer infected before Ramadan, "now it's
    fully healed"."""
    _kept_out_of_the_net_and_scores(
        "written_probes416", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_set_417_plumbers_electricians_tilers_and_carpet_fitters() -> None:
    """Set 417. First run at 517e648: 30 of 30 found (the rules alone 29: "Trod on a carpet tack
    ... the redness is creeping up my leg ... 39.1", read by the net), 1 alarmed. Mended: that
    one for the rules ("trod on a" is a wound); a fall off the ladder's bottom rung onto the
    backside with "legs feel normal" (read "all fine below")."""
    _kept_out_of_the_net_and_scores(
        "written_probes417", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_418_people_without_stable_housing_and_their_support_workers() -> None:
    """Set 418. First run at 517e648: 30 of 30 found (the rules alone 29: a night-shelter
    volunteer's "his mouth is going down on one side and he cannot hold the tea", read by the
    net), 2 alarmed. Mended: that one for the rules; legs "like jelly after walking the length
    of the city looking for a bed tonight lol"; "the cold creeps up your legs sleeping out ...
    once the sun's up and i get moving its fine again" (the sun "up" and "moving" read as
    numbness moving up)."""
    _kept_out_of_the_net_and_scores(
        "written_probes418", first=(30, 2), rules_alone=(29, 2), floor=(30, 0)
    )


def test_the_forty_ninth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 220 (potters), 221 (skiers and snowboarders) and 222 (strict diets and weight
    loss), each run once at 517e648: right topic, declined 84.5 / 90.0, 79.3 / 97.5 and 70.7 /
    95.0; false emergencies 0.0%, 2.0% and 1.0%, none off-topic; every emergency found.
    Mended: an MS story "blurry vision in my left eye, then my right leg tingled ... it has come
    and gone a few times now"; "three months since I hurt my back deadlifting", the tingling not
    better. Left: a twisted knee "yesterday", the shin and foot numb and the foot slapping, read
    as numbness climbing (a nerve hurt at the knee: urgent, not an emergency)."""
    _topic_sets_hold(
        {
            "written_topics220": ((84.5, 90.0), 0.0, (84, 90, 63, 51)),
            "written_topics221": ((79.3, 97.5), 1.0, (81, 97, 63, 57)),
            "written_topics222": ((70.7, 95.0), 0.0, (72, 95, 64, 58)),
        }
    )


def test_set_419_welders_and_metal_fabricators() -> None:
    """Set 419 (the forty-ninth session's round two). First run at 517e648 and at round one's
    reader d9a4cf9 (the same): 30 of 30 found (the rules alone 28: sciatica "now its down the
    left leg too" with knees buckling, and a fall off a scaffold tower "about 2 metres onto my
    back", twelve words apart, read by the net), 2 alarmed. Mended: the sciatica for the rules;
    a wife's epidural, her legs "totally normal since". Left to the net: the scaffold (the fall
    rule reading 12 words instead of 10 alarmed 7 stored stories). Left alarmed: a mate's
    compartment syndrome named, "now im paranoid", a shin with a small bruise."""
    _kept_out_of_the_net_and_scores(
        "written_probes419", first=(30, 2), rules_alone=(28, 2), floor=(30, 1)
    )


def test_set_420_island_and_ferry_dependent_communities() -> None:
    """Set 420. First run at 517e648 and at d9a4cf9: 30 of 30 found (the rules alone 30), 5
    alarmed. Mended: an epidural's numb legs that "all came back that night"; a ewe's foot rot
    "pus and all"; a cast's toes the nurse said to "watch for". Left: a mini stroke in March, the
    face "went funny", seen by the stroke team, "nothing since"; legs like jelly after carrying
    the shopping up from the harbour, "once I sat down they were fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes420", first=(30, 5), rules_alone=(30, 5), floor=(30, 2)
    )


def test_set_421_wrestlers_judo_and_jiu_jitsu_players() -> None:
    """Set 421. First run at 517e648 and at d9a4cf9: 30 of 30 found (the rules alone 29: "got
    suplexed onto my head at practice. right leg now pins and needles n weak", read by the
    net), 7 alarmed. Mended: "suplexed" as a blow ("slammed" alarmed an old story, and
    "subluxed" was mended into it until it joined the ordinary words); a voice note
    "slurred ... got my gumshield in"; a cheek numb under a cross face, "smile looks the same
    both sides"; a foot numb and floppy after sleeping "with my leg under the sofa". Left: legs
    like jelly after live rounds, "couldnt walk straight ... 20 min ... later totally fine"; a
    drill that "nearly killed me ... couldn't breathe" (chest signs that passed still alarm);
    a spinal injection offered, a cousin "paralysed after an epidural"; "mum says stroke??"
    (a name asked about)."""
    _kept_out_of_the_net_and_scores(
        "written_probes421", first=(30, 7), rules_alone=(29, 7), floor=(30, 4)
    )


def test_set_422_poets_novelists_and_literary_writers() -> None:
    """Set 422. First run at 517e648 and at d9a4cf9: **26** of 30 found (the rules alone 24),
    7 alarmed - the hardest set of the session. Missed by the rules and the net: "my speech
    turned to porridge and my right arm and leg went to sleep together, the whole right flank
    fizzing ... now quite passed"; a friend "muddled ... she reels about like a drunkard though
    she has taken nothing stronger than tea"; "no longer, as the Victorians would say, quite
    master of my bowels"; "legs, both of them, heavy ... the numbness deepening since yesterday
    morning". Mended: all four (speech like porridge or mush; an arm and a leg asleep together,
    a flank; reeling like a drunkard with tea; "master of my bowels" denied is control lost;
    "legs, both of them" is both legs, numbness "deepening"), and "not obey" (a translator's
    leg). Also mended: "neurotic" read as "necrotic"; a head bumped a week ago, the foot's
    tingling "predates that by months". Left
    for the net: a novelist's partner whose numbness "has crept up both her legs" (the rules set
    a novelist's message aside as work). Left alarmed: a cancer "all clear since" and a back
    "perfectly happy"; "The chapter droops, the dialogue slurs, the whole left side of the plot
    is paralysed"; a foot "completely dead" after kneeling at a shelf, "came back in 3
    minutes"; "legs like jelly, tongue in knots, reading tonight"; legs that "simply gave way
    beneath me, as one says; not literally" (the marker takes back only the clause before it,
    and an excuse "not literally" anywhere would take back a sign told after it)."""
    _kept_out_of_the_net_and_scores(
        "written_probes422", first=(26, 7), rules_alone=(24, 7), floor=(30, 5)
    )


def test_the_forty_ninth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 223 (triathletes and open-water swimmers), 224 (bird watchers and wildlife
    photographers) and 225 (learner drivers), each run once at 517e648 and at round one's reader
    (the same): right topic, declined 79.3 / 90.0, 82.8 / 95.0 and 70.7 / 92.5; false
    emergencies 2.0% (**1 off-topic**: "at my last race ... I couldn't get my breathing under
    control" at a mass swim start), 1.0% and 5.1%; every emergency found. Mended: that one; an
    MS story's "two spells where the sight in one eye went blurry for a week or so". Left: a
    foot tingly after a cold swim asking "at what point is it a&e"; a parent's leg in the
    passenger seat; a panic attack's jelly legs before a driving test; toes white then red in a
    cold car; one leg's tingling spreading over days (read as ascending); a question about a
    trapped nerve."""
    _topic_sets_hold(
        {
            "written_topics223": ((79.3, 90.0), 1.0, (79, 90, 74, 52)),
            "written_topics224": ((82.8, 95.0), 0.0, (84, 95, 64, 61)),
            "written_topics225": ((70.7, 92.5), 5.1, (70, 92, 59, 50)),
        }
    )


def test_set_423_deaf_and_hard_of_hearing_people_and_their_families() -> None:
    """Set 423 (the forty-ninth session's round three). First run at 517e648 and at round two's
    reader a3f5749 (the same): **28** of 30 found (the rules alone 28), 6 alarmed. Missed by
    the rules and the net, both in a sign language's English: "3 day feet tingle, now both leg
    numb up to hip, hand tingle, swallow hard" and a diabetic father's "toe under nail go black
    now, smell bad, foot swollen red hot". Mended: both ("both leg" is both legs, "up to hip"
    climbs; a toe that will "go black"); a cast's tightness that "got sorted there and then",
    "physio going well"; an interpreter preparing a health "awareness session" (work). Left:
    Sandra's husband's stroke at the deaf club "last night" (someone else's recent story);
    "leg dead after bingo legs crossed, 2 min cant stand. now fine"; a Guillain-Barre read
    about on a Facebook group; a physio's talk, "numb bum or cant pee = A&E", quoted."""
    _kept_out_of_the_net_and_scores(
        "written_probes423", first=(28, 6), rules_alone=(28, 6), floor=(30, 4)
    )


def test_set_424_people_messaging_in_the_middle_of_the_night() -> None:
    """Set 424. First run at 517e648 and at a3f5749: 30 of 30 found (the rules alone 30), 2
    alarmed. Mended: a leg "completely dead" at 3am under a partner's leg "draped over mine".
    Left: "my brain is numb and my legs are jelly, third night of no sleep ... not literally
    lol" (the marker is a sentence after the jelly legs)."""
    _kept_out_of_the_net_and_scores(
        "written_probes424", first=(30, 2), rules_alone=(30, 2), floor=(30, 1)
    )


def test_the_forty_ninth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 226 (organists, bell ringers and church volunteers) and 227 (amateur
    astronomers), each run once at 517e648 and at round two's reader (the same): right topic,
    declined 81.0 / 82.5 and 84.5 / 92.5; false emergencies 2.0% (**1 off-topic**: a cantor's
    "throat is raw and my voice has nearly gone") and 1.0%; every emergency found. Mended: that
    one; a leg's pins and needles on "rock hard pews" (read as a compartment's hard shin).
    Left: a smoker's foot that "hurts even lying in bed at night now, toes numb n cold"."""
    _topic_sets_hold(
        {
            "written_topics226": ((81.0, 82.5), 0.0, (81, 85, 62, 54)),
            "written_topics227": ((84.5, 92.5), 1.0, (84, 92, 61, 54)),
        }
    )


def test_set_425_zookeepers_and_aquarium_staff() -> None:
    """Set 425 (the fiftieth session's round one). First run at 990ea0a: 30 of 30 found (the
    rules alone 28), 3 alarmed. Missed by the rules (the net found them): a reptile keeper
    "asking me the same question over and over ... his right leg is numb and he keeps catching
    his toe on the rug"; a night keeper's legs "going numb and weak" since 2am who "can barely
    get up the steps". Mended: both (a new stroke rule: one leg numb or catching with the same
    question asked over and over; legs "been going" weak; steps barely climbed are stairs);
    "talking gibberish by 5pm lol" with a brain "gone to mush"; out of breath after chasing an
    escaped wallaby, "settled after a sit down"; legs that nearly gave way at a tiger, pins and
    needles "now settled"."""
    _kept_out_of_the_net_and_scores(
        "written_probes425", first=(30, 3), rules_alone=(28, 3), floor=(30, 0)
    )


def test_set_426_archaeologists_and_field_diggers() -> None:
    """Set 426. First run at 990ea0a: 30 of 30 found (the rules alone 30), 2 alarmed. Mended:
    a volunteer out of breath up the spoil heap, "after 2 minutes normal again"; a supervisor's
    old story, "told us how she once got so dehydrated ... her legs went numb and she
    collapsed"."""
    _kept_out_of_the_net_and_scores(
        "written_probes426", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_427_offshore_rig_and_wind_farm_workers() -> None:
    """Set 427. First run at 990ea0a: 30 of 30 found (the rules alone 29), none alarmed. Missed by
    the rules (the net found it): a Polish welder's colleague whose "face is not same on both
    sides and he cannot hold the cup". Mended: "not same" on both sides is not the same."""
    _kept_out_of_the_net_and_scores(
        "written_probes427", first=(30, 0), rules_alone=(29, 0), floor=(30, 0)
    )


def test_set_428_circus_aerial_and_stunt_performers() -> None:
    """Set 428. First run at 990ea0a: 30 of 30 found (the rules alone 29), **5** alarmed. Missed
    by the rules (the net found it): a trapeze artist who "whipped my head and neck into the bar.
    now both my legs are tingling". Mended: that ("whipped" is a blow); a face "falling off from
    smiling"; a tailbone story that "can feel everything down below"; toes numb and pale in a
    cast that A&E split, "colour back straight away"; a head bumped a week ago, "scan clear. No
    numbness or weakness then or since"; slurred speech the dentist "had numbed ... wore off by
    teatime"."""
    _kept_out_of_the_net_and_scores(
        "written_probes428", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_the_fiftieth_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 228 (scuba divers and freedivers), 229 (PhD students and researchers) and 230
    (rail workers), each run once at 990ea0a: right topic, declined 87.9 / 90.0, 81.0 / 92.5 and
    87.9 / 92.5; false emergencies 2.0% (**1 off-topic**: "lips and jaw numb after biting the reg
    mouthpiece"), 4.1% (**1 off-topic**: "voice gone after lecturing 3 hrs straight") and 2.0%;
    every emergency found. Mended: both off-topic alarms; a leg dead from sleeping "curled up like
    a prawn", shaken off; a heart "pounding with worry"; feet that tingle "by evening" and swell
    down overnight; a smoker's foot that "hurts even lying in bed", toes cold. Left: an MS story
    read as cauda equina by the net; a sciatica "getting worse" over two months read by the net
    as an injury."""
    _topic_sets_hold(
        {
            "written_topics228": ((87.9, 90.0), 0.0, (87, 92, 64, 59)),
            "written_topics229": ((81.0, 92.5), 1.0, (84, 95, 63, 62)),
            "written_topics230": ((87.9, 92.5), 1.0, (89, 92, 57, 56)),
        }
    )


def test_set_429_farriers_blacksmiths_and_stable_hands() -> None:
    """Set 429 (the fiftieth session's round two). First run at 990ea0a and at round one's reader
    f140870 (the same): **28** of 30 found (the rules alone 27), **6** alarmed. Missed by the
    rules and the net: a Polish stable man's colleague who "suddenly not understand what I say and
    his right foot is dead, he drag it behind"; a farrier's wife after "c-section with a spinal 2
    days ago. Today her left leg has gone numb again and weak". Missed by the rules (the net found
    it): "Got double barrelled ... caught me square in the lower back and I went down hard".
    Mended: all three; a burn "not red or spreading"; a vet's word "stroke" about a horse; an
    epidural that "helped loads"; arm and leg dead "when I sleep on my side"; a wife who "keeps
    going on about cauda equina because her sister had it"; blood from a tooth socket."""
    _kept_out_of_the_net_and_scores(
        "written_probes429", first=(28, 6), rules_alone=(27, 6), floor=(30, 0)
    )


def test_set_430_cavers_and_cave_rescue() -> None:
    """Set 430. First run at 990ea0a and at f140870: 30 of 30 found (the rules alone 30), 4
    alarmed. Mended: legs "dead" from the cold of a shaft, "all fine after a hot shower"; a helmet
    "banged ... on the roof in a crawl" (a ceiling, not a fall from a roof); legs tingly after
    hanging in an SRT harness, "is this suspension trauma". Left: a wife waiting on the surface
    for her husband whose own fingers and toes "went numb from the cold" (her own cause explains
    only her own signs, and the reader takes them for his)."""
    _kept_out_of_the_net_and_scores(
        "written_probes430", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_431_fishmongers_and_fish_market_workers() -> None:
    """Set 431. First run at 990ea0a and at f140870: 30 of 30 found (the rules alone 30), **6**
    alarmed. Mended: an old porter's stroke "years back, face all droopy" and "Right now its just
    my feet"; speech "slurry cos my lips were frozen" in the blast freezer; "legs like jelly after
    the Saturday rush ... right as rain after a sit"; a lad's dad "had that thing where the
    numbness goes up both legs"; a father's toes that "tingle when his feet get cold"; "Talking
    all slurred ... dentist gave me 2 injections for a filling"."""
    _kept_out_of_the_net_and_scores(
        "written_probes431", first=(30, 6), rules_alone=(30, 6), floor=(30, 0)
    )


def test_set_432_tree_surgeons_foresters_and_gamekeepers() -> None:
    """Set 432. First run at 990ea0a and at f140870: 30 of 30 found (the rules alone 29), **7**
    alarmed. Missed by the rules (the net found it): a ranger treated for breast cancer with "a
    new pain in the middle of my back that wakes me up at night ... my left leg has gone numb and
    weak". Mended: that (a new cancer rule, each part in a sentence of its own); a leg dead from a
    harness's leg loop; breathless hauling a winch cable, "got my breath back in a minute"; a numb
    bum after 9 hours on the quad; vertebrae broken two years ago, "walked out fine with no
    numbness since"; "tingling that climbs up both legs fast is a 999 job ... Mine isnt that"; a
    bandage loosened. Left: "my mum had cancer that went to her spine and it made her legs numb
    ... never had cancer myself" (the cancer rules read the past, and the writer's own words
    excuse only the writer's signs)."""
    _kept_out_of_the_net_and_scores(
        "written_probes432", first=(30, 7), rules_alone=(29, 7), floor=(30, 1)
    )


def test_the_fiftieth_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 231 (locksmiths, opticians and small-shop owners), 232 (brewers, distillers and
    cellar workers) and 233 (tailors and home sewers), each run once at 990ea0a and at round one's
    reader (the same): right topic, declined 86.2 / 97.5, 82.8 / 90.0 and 84.5 / 87.5; false
    emergencies 0.0%, 3.1% and 2.0%; none off-topic; every emergency found. Mended: a foot
    "completely dead" after kneeling in a mash tun, "gone after i walked"; a smoker's cellar foot
    that hurts in bed at night; a foot dead at the treadle, "shook it out". Left: a hip bruised in a
    fall ten days ago with a tingly thigh (the net reads an injury); one leg's tingling creeping up
    to the knee over three days (read as ascending)."""
    _topic_sets_hold(
        {
            "written_topics231": ((86.2, 97.5), 0.0, (86, 97, 67, 59)),
            "written_topics232": ((82.8, 90.0), 1.0, (84, 90, 66, 58)),
            "written_topics233": ((84.5, 87.5), 1.0, (84, 87, 71, 67)),
        }
    )


def test_set_433_roller_derby_and_skaters() -> None:
    """Set 433 (the fiftieth session's round three). First run at 990ea0a and at round two's
    reader 6fed872 (the same): **29** of 30 found (the rules alone 27), 2 alarmed. Missed by the
    rules and the net: "my right foot just went floppy at the top of the bowl, slaps when i walk
    and the top is numb ... came out of nowhere half hour ago". Missed by the rules (the net found
    them): "my bits feel numb ... have to really strain to pee"; a skater who "went down flat on
    my back ... now my right leg is tingling and kind of weak". Mended: all three; a face that
    "went so funny when the ref called me"; a cancer "10 yrs clear" with a back "totally
    fine"."""
    _kept_out_of_the_net_and_scores(
        "written_probes433", first=(29, 2), rules_alone=(27, 2), floor=(30, 0)
    )


def test_set_434_bridge_chess_and_card_club_members() -> None:
    """Set 434. First run at 990ea0a and at 6fed872: 30 of 30 found (the rules alone 30), 2
    alarmed. Mended: an oncology nurse's advice "to report any new back pain with numbness"; a
    team "'paralysed down one side' since Mr Hughes retired" (a team is stuck, not paralysed)."""
    _kept_out_of_the_net_and_scores(
        "written_probes434", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_435_wedding_workers_and_guests() -> None:
    """Set 435. First run at 990ea0a and at 6fed872: **29** of 30 found (the rules alone 29),
    **7** alarmed. Missed by the rules and the net: a groom's "numb around my backside, have to
    strain like mad to pee ... wedding night ruined lol but seriously is that a back thing" (the
    pivot "but seriously" ended what came before it, as a joke). Mended: that ("but seriously"
    asking about "that" or "this" asks about what was told, and straining "like mad" to pee is
    read); a face that "dropped when DJ played Macarena"; a father's stroke at a wedding two years
    ago, "made a full recovery"; a guest's sister who "collapsed ... from a clot"; "how would we
    know if she was having a stroke?"; feet numb and pale in a cold room, "theyve gone pink"; a
    best man's "speech was a car crash, slurring every word" (hammered). Left: a heart that raced
    when "he got down on one knee" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes435", first=(29, 7), rules_alone=(29, 7), floor=(30, 1)
    )


def test_set_436_antique_dealers_and_removals_crews() -> None:
    """Set 436. First run at 990ea0a and at 6fed872: **29** of 30 found (the rules alone 29), 3
    alarmed. Missed by the rules and the net: a car-boot seller who "just dropped a tray of
    cutlery, his left arm wont lift properly and his left leg is dragging". Mended: that (an arm
    that "wont lift"); an old guvnor "in a wheelchair from cauda equina ... losing control of his
    bladder"; a mother's slurred speech that "turned out to be a mini stroke ... Home and doing
    fine"; a back that aches "like everyone's, gone by Monday" after a cancer six years ago."""
    _kept_out_of_the_net_and_scores(
        "written_probes436", first=(29, 3), rules_alone=(29, 3), floor=(30, 0)
    )


def test_the_fiftieth_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 234 (magicians and party entertainers), 235 (upholsterers, glaziers, piano tuners
    and organ builders) and 236 (ice-cream van, milk-round and greengrocery workers), each run once
    at 990ea0a and at round two's reader (the same): right topic, declined 91.4 / 92.5, 81.0 / 95.0
    and 86.2 / 92.5; false emergencies 1.0%, 3.1% and 3.1%; none off-topic; every emergency found.
    Mended: calves that cramp carrying a prop case, "toes cold n tingly too"; an organ builder's
    legs numb climbing out of the case, back to normal; toes purple in a "cold snap"; "can the
    cold cause numb toes". Left (the net): a chemotherapy's numb toes read as a cancer in the spine
    (twice); legs heavy and tingly at the end of every day standing."""
    _topic_sets_hold(
        {
            "written_topics234": ((91.4, 92.5), 0.0, (93, 92, 61, 59)),
            "written_topics235": ((81.0, 95.0), 2.0, (82, 95, 70, 65)),
            "written_topics236": ((86.2, 92.5), 1.0, (89, 92, 67, 56)),
        }
    )


def test_set_437_carpenters_and_joiners() -> None:
    """Set 437 (the fifty-first session's round one). First run at 8047f40: 30 of 30 found (the
    rules alone 30), 2 alarmed. Mended: a foot that "feels cold but its normal colour, pink"; a
    carpenter's brother asking "if leg become cold and blue after fall from roof" for his safety
    training."""
    _kept_out_of_the_net_and_scores(
        "written_probes437", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_set_438_quarry_workers_and_stonemasons() -> None:
    """Set 438. First run at 8047f40: **29** of 30 found (the rules alone 28), **7** alarmed.
    Missed by the rules and the net: a quarryman "coughing up little bits of blood since last
    night, he says it's the dust like always but it never had blood before. his right calf is
    puffed up" ("always" excused the cough as his usual). Mended: that; a face that "went proper
    funny when the gaffer said we're working saturday"; an uncle's cauda equina "in the 90s ...
    had an emergency op"; an epidural "3 years back" and pins and needles "when she sits on her
    foot"; legs "jelly" from barrowing stone, "fine after a sit down"; an infected ulcer last year,
    "All healed now"; a dentist's numbed jaw "this morning", the face droopy. Left: a father's
    stroke last March, his leg "still a bit numb ... no change at all" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes438", first=(29, 7), rules_alone=(28, 6), floor=(30, 1)
    )


def test_set_439_baristas_bartenders_and_pub_staff() -> None:
    """Set 439. First run at 8047f40: 30 of 30 found (the rules alone 29), 5 alarmed. Mended:
    "numb from the waist down lol ... any stretches for tired barista calves"; breathless "after
    running up and down the cellar stairs", settled; a fall from a step ladder with "the x-ray
    was clear"; a foot that "went black ... turned out it was dye"; an infected cut, "All healed
    now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes439", first=(30, 5), rules_alone=(29, 5), floor=(30, 0)
    )


def test_set_440_shepherds_and_sheep_farmers() -> None:
    """Set 440. First run at 8047f40: **28** of 30 found (the rules alone 28), 2 alarmed. Missed
    by the rules and the net: a grandson's "he's all confused, doesnt know what day it is, keeps
    asking where Meg is when the dog's lying on his feet. And his left leg is kind of dragging"
    (the dog lying on his feet read as a leg lain on); a shepherd "flattened by a big Texel tup
    ... slammed me back first into the hurdles ... now numb down the back of both legs". Mended:
    both (asking after someone who is right there is confusion; "slammed", "flattened by" as a
    blow); a farmer's Guillain-Barre down the valley, "my legs feel fine, no tingling at all";
    cheeks numb and speech thick "for the cold", "thawed out now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes440", first=(28, 2), rules_alone=(28, 2), floor=(30, 0)
    )


def test_the_fifty_first_sessions_first_round_topic_sets_are_kept() -> None:
    """Topic sets 237 (nannies, childminders and au pairs), 238 (bell-ringers, morris dancers and
    folk musicians) and 239 (cobblers, jewellers and watchmakers), each run once at 8047f40: right
    topic, declined 82.8 / 92.5, 77.6 / 90.0 and 86.2 / 87.5; false emergencies 3.1%, 3.1% and
    2.0%; none off-topic; every emergency found. Mended: "I'm back childminding after chemo" (a
    return, not a back: read as a cancer in the spine); legs heavy walking far, "better if i sit
    down or lean on the trolley"; calves fizzy on a bench stool, "It all clears within a few
    minutes"; "when i get back up my shins and feet are full of pins and needles" (no tingling
    climbing up the shins). Left: the net's reads of a lifting strain as cauda equina, a swollen
    calf after a drive and a two-month sciatica as injuries; a calf that cramps walking and now
    aches in bed, toes cold (rest pain, labelled urgent; the cold-leg rule reads it)."""
    _topic_sets_hold(
        {
            "written_topics237": ((82.8, 92.5), 2.0, (84, 92, 59, 48)),
            "written_topics238": ((77.6, 90.0), 2.0, (77, 90, 66, 51)),
            "written_topics239": ((86.2, 87.5), 0.0, (87, 87, 69, 66)),
        }
    )


def test_set_441_midwives_and_maternity_staff() -> None:
    """Set 441 (the fifty-first session's round two). First run at 8047f40 and at round one's
    reader a169e47 (the same): 30 of 30 found (the rules alone 30), **8** alarmed. Mended: a PE
    "4 years ago ... couldn't breathe"; a racing heart at a shoulder dystocia, "anyway separate
    question" (a pivot, now an ending); legs "like jelly after a 3 day labour (not mine lol) ...
    just need bed?"; an epidural in 2019, "Now 5 years later"; a head bumped on a cupboard, the
    foot tingly "before the bump"; a patient's legs numb, "which is the epidural working"; "is
    tingling that climbs up the leg bad?"; a mother's spinal cord compression, "she passed
    since"."""
    _kept_out_of_the_net_and_scores(
        "written_probes441", first=(30, 8), rules_alone=(30, 8), floor=(30, 0)
    )


def test_set_442_blind_and_partially_sighted_people() -> None:
    """Set 442. First run at 8047f40 and at a169e47: 30 of 30 found (the rules alone 30), **6**
    alarmed. Mended: a stroke in March, "Eight months on the leg is still a bit tingly ...
    exactly the same as the day I came home"; a guide dog trainer who "told us about a client
    whose face dropped"; "that cauda equina thing ... No bladder problems"; "What should I do if
    the person I'm guiding suddenly tells me" (a question of what to do tells nothing now); a
    foot lain on "funny" (not a face gone funny); Guillain-Barre "5 years ago ... fully
    recovered"."""
    _kept_out_of_the_net_and_scores(
        "written_probes442", first=(30, 6), rules_alone=(30, 6), floor=(30, 0)
    )


def test_set_443_lifeboat_crews_and_coastguards() -> None:
    """Set 443. First run at 8047f40 and at a169e47: **29** of 30 found (the rules alone 27), 4
    alarmed. Missed by the rules and the net: "did the sea swim test at 6. rest of me warmed up in
    the shower ages ago but my left foot is still icy and blue, proper throbbing pain" (the swim
    explained the cold foot). Mended: that (a foot still icy when the rest has warmed is no
    swim's cold); a husband's TIA last month, "on clopidogrel now"; "every time the pager goes
    my heart races"; "does tingling that climbs up both legs mean guillain barre?"; a leg dead on
    the sofa, "lying with my right leg on top of it. shook it out"."""
    _kept_out_of_the_net_and_scores(
        "written_probes443", first=(29, 4), rules_alone=(27, 4), floor=(30, 0)
    )


def test_set_444_undertakers_and_funeral_staff() -> None:
    """Set 444. First run at 8047f40 and at a169e47: 30 of 30 found (the rules alone 29), **7**
    alarmed. Mended: a funeral "for a man who died of a stroke, his wife told me his face
    dropped" (a frame now); "how would I even tell the difference between that and a stroke";
    a chest "heavy with it all - not actual pain, just sadness"; "make both legs weak
    eventually? ... legs are strong"; MS for 12 years, "no change lately"; an embalmer's legs
    "normal colour and warm"; compartment syndrome in the spring, "they cut it open to release
    the pressure. all healed up"."""
    _kept_out_of_the_net_and_scores(
        "written_probes444", first=(30, 7), rules_alone=(29, 7), floor=(30, 0)
    )


def test_the_fifty_first_sessions_second_round_topic_sets_are_kept() -> None:
    """Topic sets 240 (roadies, sound engineers, stage hands and film crews), 241 (dog groomers,
    kennel staff and dog walkers) and 242 (chimney sweeps, window cleaners and pest
    controllers), each run once at 8047f40 and at a169e47 (the same): right topic, declined 82.8
    / 97.5, 81.0 / 97.5 and 74.1 / 97.5; false emergencies 2.0%, 2.0% and 3.1%; none off-topic;
    every emergency found. Mended: a calf "swollen hot n sore" after a broken ankle (painful,
    not a sore, so no foot infection); "back walkin dogs now" after chemo (no back). Left (the
    net): two sciatica stories read as an injury or a cold leg, a sciatica that stops a ladder
    climb as both legs weak, a vegan's sore red tongue as a foot infection; one leg's numbness
    spreading up the shin over two days (labelled urgent; read as ascending)."""
    _topic_sets_hold(
        {
            "written_topics240": ((82.8, 97.5), 2.0, (82, 97, 71, 63)),
            "written_topics241": ((81.0, 97.5), 0.0, (84, 97, 72, 59)),
            "written_topics242": ((74.1, 97.5), 3.1, (74, 97, 64, 55)),
        }
    )


def test_set_445_traffic_wardens_and_crossing_patrols() -> None:
    """Set 445 (the fifty-first session's round three). First run at 8047f40 and at round two's
    reader c34f4d2 (the same): 30 of 30 found (the rules alone 30), 3 alarmed. Mended: a
    lollipop man who "collapsed at the crossing last year, face all droopy, turned out to be a
    stroke" (a frame now); a heel blister, "plaster and carry on?" (a sticking plaster, not a
    cast); a father's foot infection in the spring, "All healed now"."""
    _kept_out_of_the_net_and_scores(
        "written_probes445", first=(30, 3), rules_alone=(30, 3), floor=(30, 0)
    )


def test_set_446_vicars_chaplains_and_faith_communities() -> None:
    """Set 446. First run at 8047f40 and at c34f4d2: 30 of 30 found (the rules alone **27**), 4
    alarmed. Mended: "Could that old epidural be to blame?"; "My late father had a stroke in the
    pulpit in 1998" (a frame now); a cast "still on ... pain is fine ... goes when I put my foot
    up". Left: a mother-in-law who "keeps saying the tingling in my feet will 'climb up'" (a
    cause there also hid a climbing weakness told beside it; only an exception is kept, which a
    message told now turns off)."""
    _kept_out_of_the_net_and_scores(
        "written_probes446", first=(30, 4), rules_alone=(27, 4), floor=(30, 1)
    )


def test_set_447_bin_crews_and_street_cleaners() -> None:
    """Set 447. First run at 8047f40 and at c34f4d2: 30 of 30 found (the rules alone 30), **6**
    alarmed. Mended: a father's mini stroke in March, "on clopidogrel now and back on light
    duties"; "feel like im having a stroke doing this job lol"; "out of breath chasing the wagon
    up the hill as usual"; an uncle's blocked artery, "they had to operate" (a frame now). Left:
    a clot that went to the lungs "last winter, coughed blood" (as a frame, "last winter" also hid
    a real "chest infection last winter ... but I coughed up some blood just now": taken back); a
    brother-in-law's cancer in the spine beside "I've never had cancer" and the writer's "slight
    tingle down one leg" (a cause the writer tells of themselves excuses only a part that names
    the writer; as set 432)."""
    _kept_out_of_the_net_and_scores(
        "written_probes447", first=(30, 6), rules_alone=(30, 6), floor=(30, 2)
    )


def test_set_448_gym_instructors_and_swimming_teachers() -> None:
    """Set 448. First run at 8047f40 and at c34f4d2: 30 of 30 found (the rules alone 30), 2
    alarmed. Mended: "I look like I'm having a stroke when I do Bulgarian split squats 😂 my face
    goes all twisted"; "Does the epidural mean I should avoid heavy lifting?"."""
    _kept_out_of_the_net_and_scores(
        "written_probes448", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_the_fifty_first_sessions_third_round_topic_sets_are_kept() -> None:
    """Topic sets 243 (archivists, librarians and museum conservators), 244 (translators,
    interpreters and court staff) and 245 (falconers, taxidermists and countryside rangers), each
    run once at 8047f40 (and at c34f4d2: the same but one fewer false emergency in 245): right
    topic, declined 75.9 / 82.5, 79.3 / 87.5 and 72.4 / 95.0; false emergencies 5.1% (**one
    off-topic**: a filling's face and lip "still numb five hours later" before a talk to "the
    Friends of the Library", read as someone else's), 3.1% and 5.1%; every emergency found.
    Mended: that (a society is no one); "back at the library part time after chemo"; a dock
    interpreter's foot dead on standing that "wears off after a few minutes of walking"; feet
    tingling "creeping up over a couple years", "over the yr". Left: a foot still cold and pale
    at rest after walking pain, and frost-nipped toes "waxy n white" two days on (both labelled
    urgent, read as a cold leg); one leg's tingling "crept up to my shin in 2 days" (read as
    ascending); an MS story's blurred eye read as a stroke sign; a foot drop after sleeping
    curled on a train "2 days" ago; the net's reads of a clot after a flight as an injury and of
    a gastric bypass's numb feet as ascending."""
    _topic_sets_hold(
        {
            "written_topics243": ((75.9, 82.5), 3.1, (77, 85, 65, 60)),
            "written_topics244": ((79.3, 87.5), 1.0, (82, 87, 63, 50)),
            "written_topics245": ((72.4, 95.0), 3.1, (75, 95, 65, 61)),
        }
    )


def test_set_449_data_entry_clerks_and_home_office_workers() -> None:
    """Set 449 (the fifty-first session's round four). First run at 8047f40 and at round three's
    reader b067d0d (the same): 30 of 30 found (the rules alone 30), 4 alarmed. Mended: a
    grandad who "lost his leg because it went cold and white" (a frame now); an epidural "8
    months ago, leg was numb the rest of that day then all came back"; a son's toe infection, "on
    antibiotics now, redness going down, no temperature since". Left: "is swollen calf + chest
    pain a 999 thing? asking because my sister ..." (a question asked so is no excuse the reader
    can trust: "... is this a 999 thing?" also ends real emergencies)."""
    _kept_out_of_the_net_and_scores(
        "written_probes449", first=(30, 4), rules_alone=(30, 4), floor=(30, 1)
    )


def test_set_450_locum_doctors_optometrists_and_health_workers() -> None:
    """Set 450. First run at 8047f40 and at b067d0d: 30 of 30 found (the rules alone 29), 1
    alarmed. Mended: "my feet are black after walking barefoot round the allotment lol"."""
    _kept_out_of_the_net_and_scores(
        "written_probes450", first=(30, 1), rules_alone=(29, 1), floor=(30, 0)
    )


def test_set_451_laundry_dry_cleaning_and_car_wash_workers() -> None:
    """Set 451. First run at 8047f40 and at b067d0d: **29** of 30 found (the rules alone 29), 1
    alarmed. Missed by the rules and the net: a wife's "he talk very slow and not clear, he say
    his right leg and right arm no have force" (second-language English). Mended: that ("no have
    force" is no power; speech "slow and not clear"). Left: a father's stroke two years ago, "a
    bit weak right hand, same since then, nothing new" (the net)."""
    _kept_out_of_the_net_and_scores(
        "written_probes451", first=(29, 1), rules_alone=(29, 0), floor=(30, 1)
    )


def test_set_452_poker_darts_and_bowling_league_players() -> None:
    """Set 452. First run at 8047f40 and at b067d0d: 30 of 30 found (the rules alone 30), 2
    alarmed. Mended: "lost the final on the black, my face dropped" (a snooker ball; "anyway real
    question" is now an ending as the other pivots are); a heart that raced "when I hit a 180
    ... calmed down now haha. separate q" (a pivot and an ending)."""
    _kept_out_of_the_net_and_scores(
        "written_probes452", first=(30, 2), rules_alone=(30, 2), floor=(30, 0)
    )


def test_the_fifty_first_sessions_fourth_round_topic_sets_are_kept() -> None:
    """Topic sets 246 (crossword, jigsaw and model-railway enthusiasts), 247 (embroiderers, sign
    writers and mural painters) and 248 (beauticians, nail technicians and spa staff), each run
    once at 8047f40 and at b067d0d (the same): right topic, declined 84.5 / 90.0, 77.6 / 95.0
    and 84.5 / 92.5; false emergencies 1.0%, 0.0% and 0.0%; none off-topic; every emergency
    found. Left: a foot numb after kneeling in a loft that "never wore off and today the numb bit
    has spread" (labelled urgent; read as ascending)."""
    _topic_sets_hold(
        {
            "written_topics246": ((84.5, 90.0), 1.0, (84, 90, 67, 64)),
            "written_topics247": ((77.6, 95.0), 0.0, (77, 95, 61, 74)),
            "written_topics248": ((84.5, 92.5), 0.0, (84, 92, 75, 59)),
        }
    )
