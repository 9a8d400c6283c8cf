"""The real-world corpus (issue 9): its shape, and regression floors for the reader on it.

The floors are what the reader measured when this test was written (README, "Real people's
messages"), a little below so that noise in the labels does not make it flaky; they are not
the targets, which the reader does not reach yet. The blind part was scored once, clean, before
any fix it prompted (tests/data/realworld_blind_first_run.json); it is no longer blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ask.realscore import score_file
from bot.content.library import load_bundle
from bot.content.models import ALL_FINDINGS

DATA = Path(__file__).parent / "data"
PARTS = (
    "realworld_dev.jsonl",
    "realworld_blind.jsonl",
    "realworld_blind2.jsonl",
    "realworld_blind3.jsonl",
    "realworld_blind4.jsonl",
    "realworld_blind5.jsonl",
    "realworld_blind6.jsonl",
    "realworld_blind7.jsonl",
    "realworld_blind8.jsonl",
    "realworld_blind9.jsonl",
    "realworld_blind10.jsonl",
    "realworld_blind11.jsonl",
    "realworld_blind12.jsonl",
    "realworld_blind13.jsonl",
    "realworld_blind14.jsonl",
    "realworld_blind15.jsonl",
    "realworld_blind16.jsonl",
    "realworld_blind17.jsonl",
    "realworld_blind18.jsonl",
    "realworld_blind19.jsonl",
    "realworld_blind20.jsonl",
    "realworld_blind21.jsonl",
    "realworld_blind22.jsonl",
    "realworld_blind23.jsonl",
    "realworld_blind24.jsonl",
    "realworld_blind25.jsonl",
    "realworld_blind26.jsonl",
    "realworld_blind27.jsonl",
    "realworld_blind28.jsonl",
    "realworld_blind29.jsonl",
    "realworld_blind30.jsonl",
    "realworld_blind31.jsonl",
    "realworld_blind32.jsonl",
    "realworld_blind33.jsonl",
    "realworld_blind34.jsonl",
    "realworld_blind35.jsonl",
    "realworld_blind36.jsonl",
    "realworld_blind37.jsonl",
    "realworld_blind38.jsonl",
    "realworld_blind39.jsonl",
    "realworld_blind40.jsonl",
    "realworld_blind41.jsonl",
    "realworld_blind42.jsonl",
    "realworld_blind43.jsonl",
    "realworld_blind44.jsonl",
    "realworld_blind45.jsonl",
    "realworld_blind46.jsonl",
    "realworld_blind47.jsonl",
    "realworld_blind48.jsonl",
    "realworld_blind49.jsonl",
    "realworld_blind50.jsonl",
    "realworld_blind51.jsonl",
    "realworld_blind52.jsonl",
    "realworld_blind53.jsonl",
    "realworld_blind54.jsonl",
    "realworld_blind55.jsonl",
    "realworld_blind56.jsonl",
    "realworld_blind57.jsonl",
    "realworld_blind58.jsonl",
    "realworld_blind59.jsonl",
    "realworld_blind60.jsonl",
    "realworld_blind61.jsonl",
    "realworld_blind62.jsonl",
    "realworld_blind63.jsonl",
    "realworld_blind64.jsonl",
    "realworld_blind65.jsonl",
    "realworld_blind66.jsonl",
    "realworld_blind67.jsonl",
    "realworld_blind68.jsonl",
    "realworld_blind69.jsonl",
    "realworld_blind70.jsonl",
    "realworld_blind71.jsonl",
    "realworld_blind72.jsonl",
    "realworld_blind73.jsonl",
    "realworld_blind74.jsonl",
    "realworld_blind75.jsonl",
    "realworld_blind76.jsonl",
    "realworld_blind77.jsonl",
    "realworld_blind78.jsonl",
    "realworld_blind79.jsonl",
    "realworld_blind80.jsonl",
)


def _rows() -> list[dict[str, object]]:
    return [json.loads(x) for p in PARTS for x in (DATA / p).read_text("utf-8").splitlines() if x]


def test_the_corpus_has_what_the_issue_asks_for() -> None:
    rows = _rows()
    bundle = load_bundle()
    topics = set(bundle.topic_ids)
    assert len(rows) >= 400
    assert len({r["text"] for r in rows}) == len(rows)  # no duplicates
    for r in rows:
        assert str(r["source"]).startswith(("http://", "https://")), r["id"]
        assert r["emergency"] in ("yes", "no", "either")
        assert set(r["findings"]) <= set(ALL_FINDINGS), r["id"]  # type: ignore[arg-type]
        assert set(r["accept"]) <= topics, r["id"]  # type: ignore[arg-type]
        assert (r["kind"] == "offtopic") == (r["accept"] == [])
    kinds = [r["kind"] for r in rows]
    assert kinds.count("offtopic") >= 60
    assert sum(r["emergency"] == "yes" for r in rows) >= 60
    assert kinds.count("tricky") >= 40
    assert sum(r["emergency"] != "no" for r in rows) >= 60
    ids = [str(r["id"]) for r in rows]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("part", "floors"),
    [
        (
            # 18 of 19: a mother in hospital for tests, her son writing from afar ("my youngest
            # brother emailed ... mom was now having weakness in her legs"), is already in care
            # (`[context] elsewhere_*`; the second labeller calls it "either")
            "realworld_dev.jsonl",
            {"emergency_recall": 94, "right_topic": 80, "off_topic_declined": 95,
             "findings_recall": 52, "findings_precision": 62},
        ),
        (
            "realworld_blind.jsonl",
            {"emergency_recall": 82, "right_topic": 84, "off_topic_declined": 95,
             "findings_recall": 44, "findings_precision": 58},
        ),
        ("realworld_blind2.jsonl", {"emergency_recall": 86}),
        (
            # right topic 79 -> 78 (2026-12-04, nineteenth #9 session): a big toe "in bad shape"
            # in February 2023 (a toe joint's trouble, declined) and a story the topic head may
            # no longer answer with when to worry (README)
            "realworld_blind3.jsonl",
            {"emergency_recall": 88, "right_topic": 78, "off_topic_declined": 80,
             "findings_recall": 45, "findings_precision": 46},
        ),
        (
            "realworld_blind4.jsonl",
            {"emergency_recall": 85, "right_topic": 75, "off_topic_declined": 75,
             "findings_recall": 43, "findings_precision": 47},
        ),
        (
            # declined 11 -> 10 of 15 (2026-12-02): the findings head, retrained on the rules'
            # new hits, reads `persistent` into a ski story's black toenail
            "realworld_blind5.jsonl",
            {"emergency_recall": 90, "right_topic": 70, "off_topic_declined": 66,
             "findings_recall": 53, "findings_precision": 46},
        ),
        (
            "realworld_blind6.jsonl",
            {"emergency_recall": 92, "right_topic": 73, "off_topic_declined": 85,
             "findings_recall": 44, "findings_precision": 40},
        ),
        (
            "realworld_blind7.jsonl",
            {"emergency_recall": 95, "right_topic": 72, "off_topic_declined": 70,
             "findings_recall": 25, "findings_precision": 30},
        ),
        (
            "realworld_blind8.jsonl",
            {"emergency_recall": 60, "right_topic": 62, "off_topic_declined": 65,
             "findings_recall": 27, "findings_precision": 32},
        ),
        (
            "realworld_blind10.jsonl",
            {"emergency_recall": 90, "right_topic": 66, "off_topic_declined": 70,
             "findings_recall": 45, "findings_precision": 52},
        ),
        # recall 85 -> 83: rw9a020 ("Back in 2019 I suffered extreme back pain ... A&E when I
        # realised I could not feel myself pass urine"), "yes" to the first labeller and "no" to
        # the second, is now read as dated by its opening "Back in 2019" (README)
        (
            "realworld_blind9.jsonl",
            {"emergency_recall": 83, "right_topic": 65, "off_topic_declined": 73,
             "findings_recall": 47, "findings_precision": 45},
        ),
        (
            "realworld_blind11.jsonl",
            {"emergency_recall": 85, "right_topic": 50, "off_topic_declined": 65,
             "findings_recall": 42, "findings_precision": 29},
        ),
        (
            "realworld_blind12.jsonl",
            {"emergency_recall": 55, "right_topic": 50, "off_topic_declined": 60,
             "findings_recall": 47, "findings_precision": 44},
        ),
        (
            "realworld_blind13.jsonl",
            {"emergency_recall": 100, "right_topic": 70, "off_topic_declined": 50,
             "findings_recall": 52, "findings_precision": 25},
        ),
        (
            # one of its two emergencies is missed and left (README): a body "slowly" going
            # numb over a month, "now unable to walk and feel my body from the chest down"
            "realworld_blind14.jsonl",
            {"emergency_recall": 50, "right_topic": 70, "off_topic_declined": 55,
             "findings_recall": 42, "findings_precision": 38},
        ),
        (
            # its off-topic messages are mostly other troubles of the feet (a blister, a sprain,
            # a bunion's scar, a heel ulcer): the reader answers most of them with a topic
            "realworld_blind15.jsonl",
            {"emergency_recall": 100, "right_topic": 66, "off_topic_declined": 30,
             "findings_recall": 52, "findings_precision": 33},
        ),
        (
            # mostly blogs of injuries and treated illness: off-topic troubles of the feet and
            # legs (a sprain, a hamstring, crutches after foot surgery) get a topic
            "realworld_blind16.jsonl",
            {"emergency_recall": 100, "right_topic": 65, "off_topic_declined": 44,
             "findings_recall": 57, "findings_precision": 35},
        ),
        (
            # no emergency told as it happens (the stored pages have run out of them); most of
            # its off-topic messages are other troubles of the feet and legs (shin splints, heel
            # spurs, a stubbed toe, smelly feet): first run 25.8% declined (README)
            "realworld_blind17.jsonl",
            {"right_topic": 55, "off_topic_declined": 38,
             "findings_recall": 55, "findings_precision": 24},
        ),
        (
            # the same kinds again (a heel, a black toenail, blisters on the Camino, a yoga
            # class's sleep, numbness in the hands or the belly only): first run 37.5% declined
            "realworld_blind18.jsonl",
            {"right_topic": 60, "off_topic_declined": 37,
             "findings_recall": 52, "findings_precision": 36},
        ),
        (
            # two helpers, 100 new pages, mostly blogs (first run at 0c90eaa: recall 0 of 1,
            # false emergencies 17.0%, right topic 57.4%, declined 36.4%, findings 55.7 /
            # 34.7%); its one emergency is legs numb for days that have "extended to my
            # fingers", found since
            "realworld_blind19.jsonl",
            {"emergency_recall": 100, "right_topic": 73, "off_topic_declined": 36,
             "findings_recall": 57, "findings_precision": 36},
        ),
        (
            # two helpers, 100 new pages (first run at 444501a: recall 1 of 1, false
            # emergencies 18.0%, 4 off-topic alarms, right topic 55.6%, declined 45.7%, findings
            # 59.2 / 34.1%, with five "tricky" messages of no topic relabelled off-topic after
            # it); right topic 55.6 -> 53.7 when common words stopped being mended into content
            # words (a fall-prone MS writer who "can't pick up my right foot enough" got
            # peripheral neuropathy, not nerve damage); 74.1 in-sample since it joined the heads'
            # and the net's training
            "realworld_blind20.jsonl",
            # findings 61 / 36 until the eighteenth #9 session's refit of the findings head
            # (one position_related lost: 59.2 / 35.8%)
            {"emergency_recall": 100, "right_topic": 74, "off_topic_declined": 51,
             "findings_recall": 59, "findings_precision": 35},
        ),
        (
            # two helpers, 81 new pages (the first helper's theme, people's own numbness and
            # emergencies told as they happen, was nearly used up in the stored pages): first
            # run at 935a646 no emergency, false emergencies 17.9% (14 of 78), 6 off-topic
            # alarms, right topic 52.8%, declined 42.9%, findings 45.8 / 20.0%; not yet in any
            # training
            "realworld_blind21.jsonl",
            {"right_topic": 58, "off_topic_declined": 42,
             "findings_recall": 45, "findings_precision": 22},
        ),
        (
            # two helpers, 57 new pages (the first helper's theme, questions about causes,
            # was nearly used up in the stored pages: 7 messages): first run at 185132e no
            # emergency, false emergencies 8.8% (5 of 57), 4 off-topic alarms, right topic
            # 53.8%, declined 63.6%, findings 33.3 / 5.9%; not in any training
            "realworld_blind22.jsonl",
            # precision 7 until the eighteenth #9 session's refit of the findings head (one more
            # persistent read: 6.7%); declined 68 -> 65 when a story that types the feeling
            # beside a leg became on the subject (a hadith's "if his foot became numb")
            {"right_topic": 53, "off_topic_declined": 65,
             "findings_recall": 33, "findings_precision": 6},
        ),
        (
            # two helpers, 98 new pages (activities and daily life; living with a
            # condition): first run at 80c898c 1 of 1 emergency, false emergencies 10.6% (10 of
            # 94), no off-topic alarm, right topic 57.4%, declined 65.4%, findings 51.7 / 36.6%;
            # not in any training
            "realworld_blind23.jsonl",
            {"emergency_recall": 100, "right_topic": 60, "off_topic_declined": 69,
             "findings_recall": 51, "findings_precision": 37},
        ),
        (
            # two helpers, 91 new pages (ask-a-doctor, legal and patient-safety pages, whose
            # stored ask-a-doctor pages are used up: 41; writers less often heard and their
            # look-alikes: 50): first run at c288ac7 no emergency, false emergencies 16.7% (14
            # of 84), 4 off-topic alarms, right topic 50.0%, declined 56.2%, findings 54.5 /
            # 28.1%; not in any training
            "realworld_blind24.jsonl",
            {"right_topic": 51, "off_topic_declined": 62,
             "findings_recall": 54, "findings_precision": 29},
        ),
        (
            # one helper, 50 new pages (places not looked at before: gaming, knitting, cats,
            # RVs, sim-racing, cricket, kitchens): first run at c288ac7 1 of 1 emergency, false
            # emergencies 17.4% (8 of 46), 3 off-topic alarms, right topic 51.5%, declined
            # 53.8%, findings 51.9 / 38.9%; not in any training
            "realworld_blind25.jsonl",
            {"emergency_recall": 100, "right_topic": 57, "off_topic_declined": 61,
             "findings_recall": 55, "findings_precision": 46},
        ),
        (
            # two helpers, 100 new pages (blogs about rarer conditions - CMT, CIDP, Chiari, NMO,
            # Tarlov cysts - hobbies and parenting; look-alikes from hobby, craft, music and
            # news pages): first run at 8f85cb4 0 of 1 emergency, false emergencies 21.1% (19 of
            # 90), 2 off-topic alarms, right topic 35.2%, declined 63.2%, findings 45.6 / 46.3%;
            # not in any training. The emergency missed: a father's whole leg numb and "burning
            # hot" yet "really cold to the touch", the cold told far from the numbness
            "realworld_blind26.jsonl",
            {"right_topic": 33, "off_topic_declined": 68,
             "findings_recall": 47, "findings_precision": 50},
        ),
        (
            # one helper asked for questions, 42 new pages (the stored Q&A pages are used up:
            # 2 true questions): first run at 8f85cb4 no emergency, false emergencies 9.8% (4 of
            # 41), 1 off-topic alarm, right topic 64.0%, declined 43.8%, findings 54.8 / 58.6%;
            # not in any training. The findings head retrained in the twenty-third session
            # (its rules' hits changed) no longer reads a diabetic friend's numb feet as
            # `persistent` (54.8 -> 51.6% recall; 68.0 -> 69.6% precision)
            "realworld_blind27.jsonl",
            {"right_topic": 64, "off_topic_declined": 56,
             "findings_recall": 51, "findings_precision": 69},
        ),
        (
            # one helper, 38 new pages (product and gear reviews, letters to the editor, travel
            # write-ups): first run at 8f85cb4 no emergency, false emergencies 2.8% (1 of 36: "snow
            # slush" read as slurred), right topic 81.0%, declined 75.0%, findings 36.4 / 53.3%;
            # not in any training
            "realworld_blind28.jsonl",
            {"right_topic": 85, "off_topic_declined": 81,
             "findings_recall": 36, "findings_precision": 57},
        ),
        (
            # one helper, 46 new pages (Usenet, mailing lists, old newspaper columns, church and
            # club pages, old online diaries): first run at 8f85cb4 1 of 1 emergency, false
            # emergencies 5.3% (2 of 38, both off-topic: "photos of gangrene" in a book, a ride's
            # numb hands), right topic 45.8%, declined 53.3%, findings 46.9 / 51.7%; not in any
            # training
            "realworld_blind29.jsonl",
            {"emergency_recall": 100, "right_topic": 50, "off_topic_declined": 53,
             "findings_recall": 46, "findings_precision": 55},
        ),
        (
            # one helper, 50 new pages where people describe their numbness for a purpose (PIP
            # and Blue Badge forums, workers' compensation, employment questions, occupations):
            # first run at 8f85cb4 no emergency, false emergencies 14.3% (6 of 42, 3 off-topic),
            # right topic 51.9%, declined 50.0%, findings 43.8 / 35.9%; not in any training
            # (declined 50 -> 45: a blogger's eye she "could not blink or close" this morning,
            # Bell's palsy to the labeller, is a face gone weak to the reader since part 32)
            "realworld_blind30.jsonl",
            {"right_topic": 55, "off_topic_declined": 45,
             "findings_recall": 43, "findings_precision": 36},
        ),
        (
            # one helper asked for short social posts, 30 new pages (the stored pages hold few:
            # mostly short cuts of personal blogs): first run at 8f85cb4 no emergency, false
            # emergencies 16.0% (4 of 25, 3 off-topic), right topic 58.8%, declined 50.0%,
            # findings 42.9 / 40.9%; not in any training; nothing mended for it yet
            "realworld_blind31.jsonl",
            {"right_topic": 58, "off_topic_declined": 50,
             "findings_recall": 42, "findings_precision": 40},
        ),
        (
            # one helper asked for emergencies told as they happen (about 75% of the pages it
            # met were used, 95% of the most targeted): 52 new pages, 3 "yes", 20 "either";
            # first run at d3ef821 2 of 3 emergencies (a face gone numb on one side with an
            # eye that "stopped blinking", put down to "some dental work" still needed: found
            # now), false emergencies 20.7% (6 of 29, 2 off-topic), right topic 17.6%, declined
            # 43.8%, findings 20.0 / 42.3%; not in any training. The face's emergency, off
            # the subject, now counts as an off-topic message answered (declined 37.5%)
            "realworld_blind32.jsonl",
            {"emergency_recall": 100, "right_topic": 17, "off_topic_declined": 37,
             "findings_recall": 21, "findings_precision": 42},
        ),
        (
            # one helper asked for look-alikes elsewhere (dentists, Bell's palsy, figures of
            # speech, sport and hobby pages; about 105 used pages met): 50 new pages; first run
            # at d3ef821 1 of 2 emergencies, false emergencies 30.4% (14 of 46, 12 off-topic),
            # right topic 66.7%, declined 34.4%, findings 52.4 / 29.7%; not in any training
            "realworld_blind33.jsonl",
            {"emergency_recall": 50, "right_topic": 73, "off_topic_declined": 43,
             "findings_recall": 52, "findings_precision": 35},
        ),
        (
            # one helper asked for condition forums (cancer, MS, diabetes, pregnancy, GBS; about
            # 100 used pages met): 53 new pages, 1 "yes", 9 "either"; first run at d3ef821 1 of
            # 1 emergency, false emergencies 9.3% (4 of 43, 2 off-topic), right topic 46.4%,
            # declined 44.4%, findings 30.8 / 51.6%; not in any training; nothing mended for it
            "realworld_blind34.jsonl",
            {"emergency_recall": 100, "right_topic": 46, "off_topic_declined": 44,
             "findings_recall": 30, "findings_precision": 51},
        ),
        (
            # one helper asked for forums earlier collectors barely used (diving, climbing,
            # cycling crash threads, a guitar forum, a Reddit copy; about 110 used pages met):
            # 54 new pages, 1 "yes", 12 "either"; first run at d3ef821 0 of 1 emergency (a whole
            # right leg that lost the cold of the floor tiles overnight: still missed), false
            # emergencies 24.4% (10 of 41, 5 off-topic), right topic 63.6%, declined 42.9%,
            # findings 25.7 / 27.3%; not in any training. Mended: a golf "putting stroke", a
            # sprain's toes "a nasty shade of purple" (bruising)
            "realworld_blind35.jsonl",
            {"right_topic": 68, "off_topic_declined": 47,
             "findings_recall": 28, "findings_precision": 30},
        ),
        (
            # one helper asked for pregnancy and birth, older people and long journeys (about
            # 78 used pages met): 46 new pages, 1 "yes", 2 "either"; first run at 2cb85e8 0 of
            # 1 emergency (a mother three weeks after a birth, a numb buttock and "issues
            # holding in #2"), false emergencies 8.3% (4 of 48, 2 off-topic), right topic
            # 58.3%, declined 70.8%, findings 35.3 / 48.0%; not in any training. Mended: the
            # bowels, a fear of "not being able to breathe", an arch that "collapsed", an
            # epidural's side effects as a doctor lists them
            "realworld_blind36.jsonl",
            # (findings floors 38 / 56 -> 35 / 54 in the twenty-seventh session: the findings
            # head, retrained on that session's rules, no longer reads one row's "persistent")
            {"emergency_recall": 100, "right_topic": 58, "off_topic_declined": 75,
             "findings_recall": 35, "findings_precision": 54},
        ),
        (
            # one helper asked for what must be declined (hands, faces, other leg troubles,
            # figures of speech; about 63 used pages met): 50 new rows, 44 off-topic; first run
            # at 2cb85e8 no emergency, false emergencies 6.2% (3 of 48, all off-topic), right
            # topic 83.3% (5 of 6), declined 56.8%, findings 35.3 / 33.3%; not in any training.
            # Mended: trigeminal neuralgia, a face numbed by a bitter wind, numb "by the
            # tragedy"
            "realworld_blind37.jsonl",
            {"right_topic": 83, "off_topic_declined": 63,
             "findings_recall": 35, "findings_precision": 37},
        ),
        (
            # one helper asked for English written outside the UK and US (blogs, reader letters,
            # local news from Singapore, Malaysia, the Philippines, India, Nigeria, Kenya, South
            # Africa, Jamaica; 12 used pages met): 49 rows, no "yes", 6 "either"; first run at
            # 2cb85e8 no emergency, false emergencies 16.3% (7 of 43, 3 off-topic), right topic
            # 33.3%, declined 47.4%, findings 41.9 / 56.5%; not in any training. Mended: a lip
            # numb "from all the wiped-off snot", an eye "not blinking as fast" before a neuro
            # consult, a sister-in-law's wound "hospitalized for tetanus"; findings precision 63
            # -> 60 in the fortieth session (the findings head retrained after rule changes
            # reads a brother's never-healing foot wound as `persistent` too: one finding of 20)
            "realworld_blind38.jsonl",
            {"right_topic": 33, "off_topic_declined": 52,
             "findings_recall": 38, "findings_precision": 60},
        ),
        (
            # one helper asked for questions real people asked (about 105 used pages met, two of
            # every three): 37 rows, 1 plain question, no "yes", 4 "either"; first run at
            # 2cb85e8 no emergency, false emergencies 27.3% (9 of 33, 5 off-topic), right topic
            # 57.1%, declined 60.0%, findings 50.0 / 45.2%; not in any training. Mended: heat
            # syncope "a few months ago", POTS "symptoms which include" breathlessness,
            # palpitations and numbness "over the weeks that followed" and "at times", Topamax's
            # "strange sensations in my face"
            "realworld_blind39.jsonl",
            {"right_topic": 57, "off_topic_declined": 65,
             "findings_recall": 50, "findings_precision": 50},
        ),
        (
            # one helper asked for named nerve and foot conditions (Morton's neuroma, tarsal
            # tunnel, foot drop, meralgia, chemotherapy's feet; about 80 used pages met): 50
            # rows from 46 pages, 1 "yes", 4 "either"; first run at 575e07d 0 of 1 emergency (a
            # blogger on chemotherapy whose "hips and knees started wobbling" on the stairs
            # tonight), false emergencies 4.4% (2 of 45, 1 off-topic), right topic 38.2%,
            # declined 83.3%, findings 31.4 / 50.0%; not in any training. Mended: the knees
            # "wobbling" with a hand on the rail. Its collector labels entrapments (Morton's
            # neuroma, tarsal tunnel) "nerve-compression"; the content puts a trapped nerve under
            # "nerve-damage" (README), which holds its right topic low
            "realworld_blind40.jsonl",
            {"emergency_recall": 100, "right_topic": 38, "off_topic_declined": 83,
             "findings_recall": 33, "findings_precision": 51},
        ),
        (
            # one helper asked for the long tail (other words for the feeling, non-UK sites,
            # reader letters; about 150 used pages met): 50 rows, no "yes", 10 "either"; first
            # run at 575e07d no emergency, false emergencies 15.0% (6 of 40, 3 off-topic), right
            # topic 34.6%, declined 50.0%, findings 31.7 / 40.6%; not in any training. Mended:
            # a report "about the little girl paralysed" read in a paper, "How about pain in
            # your left foot ... as you try to focus on breathing", a foot "black and blue and
            # very tender" after a sting
            "realworld_blind41.jsonl",
            # (findings floors 31 / 44 -> 29 / 42 in the twenty-seventh session: the findings
            # head, retrained on that session's rules, no longer reads a horse kick's
            # "leg_injury")
            {"right_topic": 34, "off_topic_declined": 50,
             "findings_recall": 29, "findings_precision": 42},
        ),
        (
            # one helper asked for passing mentions on hobby forums (cycling, meditation,
            # knitting, drumming, trucking; about 110 used pages met): 50 rows, no "yes", 2
            # "either"; first run at 575e07d no emergency, false emergencies 16.7% (8 of 48, 1
            # off-topic), right topic 53.1%, declined 56.2%, findings 45.2 / 50.0%; not in any
            # training. Mended: a leg asleep in meditation and "the pins and needles that would
            # accompany its waking up"
            "realworld_blind42.jsonl",
            {"right_topic": 56, "off_topic_declined": 56,
             "findings_recall": 47, "findings_precision": 51},
        ),
        (
            # one helper asked for emergencies and tricky stories (fundraisers, cancer blogs,
            # carers; about 125 used pages met): 50 rows, 4 "yes", 11 "either"; first run at
            # 774b32d 2 of 4 emergencies, false emergencies 28.6% (10 of 35, 2 off-topic),
            # right topic 40.6%, declined 40.0%, findings 19.3 / 48.5%; not in any training.
            # Mended: a left hand newly without feeling beside "bad balance" (found; the hand is
            # off-topic, so the declines fall to 20.0%), "God kept me from being incontinent".
            # Left: a myeloma blogger's "right leg is feeble" whose cancer the excerpt does not
            # name; survivors' stories told after the fact
            "realworld_blind43.jsonl",
            {"emergency_recall": 75, "right_topic": 40, "off_topic_declined": 20,
             "findings_recall": 20, "findings_precision": 48},
        ),
        (
            # one helper asked for ordinary stories, questions and off-topic texts (acupuncture
            # Q&A, wedding heels, ice baths; about 125 used pages met): 50 rows, 1 "yes", 2
            # "either"; first run at 774b32d 1 of 1 emergency, false emergencies 8.5% (4 of 47,
            # 2 off-topic), right topic 76.0%, declined 68.2%, findings 52.2 / 36.4%; not in any
            # training. Mended: "deep indentations criss-crossing my feet and parts of the
            # bottom seemed to be numb" (the soles)
            "realworld_blind44.jsonl",
            {"emergency_recall": 100, "right_topic": 76, "off_topic_declined": 68,
             "findings_recall": 52, "findings_precision": 37},
        ),
        (
            # one helper asked for unusual angles (reader letters, trekking and hunting trip
            # reports, recovery diaries, non-UK English; about 115 used pages met): 50 rows, no
            # "yes", 3 "either"; first run at 774b32d no emergency, false emergencies 6.4% (3 of
            # 47, 1 off-topic), right topic 53.8%, declined 25.0%, findings 37.8 / 63.0%, the
            # same at b7f2e37 (the session's first mends); not in any training. Mended: a fall
            # "knocking the air from my lungs ... struggling to get my breath back" (winded)
            "realworld_blind45.jsonl",
            {"right_topic": 53, "off_topic_declined": 25,
             "findings_recall": 37, "findings_precision": 65},
        ),
        (
            # one helper asked for asides on hobby blogs and product reviews (quilting, sewing,
            # gardening, golf; about 106 used pages met): 49 rows, 1 "yes", 1 "either"; first run
            # at 774b32d 0 of 1 emergency (a quilter's pain from the right hip and thigh to the
            # left hip, knee and shin, "decided I had sciatica": sciatica in both legs, told
            # without the words), false emergencies 8.5% (4 of 47), right topic 55.9%, declined
            # 69.2%, findings 48.0 / 37.5%, the same at d73a656; not in any training. Left as
            # it was: a rule for pain that moves from one leg to the other would also read
            # sciatica that switched sides
            "realworld_blind46.jsonl",
            {"right_topic": 55, "off_topic_declined": 69,
             "findings_recall": 48, "findings_precision": 37},
        ),
        (
            # one helper asked for unusual corners (chemotherapy blogs, MS relapses, carers,
            # bodybuilding, cycling and trucker forums; about 150 used pages met): 64 rows, 2
            # "yes", 5 "either", 34 off-topic; first run at 5193a79 0 of 2 emergencies (numbness
            # "on the right arm, below the knee, and from the chin to the neck" with Covid; "my
            # mouth went limp" a day ago), false emergencies 19.3% (11 of 57, 6 off-topic),
            # right topic 52.0%, declined 61.8%, findings 38.2 / 53.8%; not in any training.
            # Mended: both emergencies; a "contusion" and "grasping" read as slips of
            # "concussion" and "gasping", a step dad who "doesn't do blood", a groin and leg
            # numb "at night time" with squats, "That night I passed out"
            "realworld_blind47.jsonl",
            {"emergency_recall": 100, "right_topic": 56, "off_topic_declined": 61,
             "findings_recall": 40, "findings_precision": 59},
        ),
        (
            # one helper asked for pages unlike the obvious (fundraisers, agony aunts, hobby
            # forums, product reviews; about 165 used pages met): 87 rows, no "yes" (no page
            # found told an emergency happening now), 13 "either", 44 off-topic; first run at
            # 5193a79 false emergencies 10.8% (8 of 74, 4 off-topic), right topic 42.4%, declined
            # 65.9%, findings 23.7 / 40.0%, the same at 997a01a; not in any training. Mended: a
            # cyclist's "perineal numbness" ("bicycle", "riding"), a scooter rider's arm "numb and
            # useless for a couple of days"
            "realworld_blind48.jsonl",
            {"right_topic": 45, "off_topic_declined": 68,
             "findings_recall": 23, "findings_precision": 41},
        ),
        (
            # a helper searched hobby, travel, volunteer and family blogs (about 230 used pages
            # met): 100 rows, one "yes" (a bite on a volunteer's foot spreading past the pen
            # line), 19 "either", 39 off-topic; one row, a copy of part 48's, was dropped after
            # the first run; first run at 3890560 over the 99 kept: emergency recall 1 of 1,
            # false emergencies 12.7% (10 of 79, 2 off-topic), right topic 52.5%, declined
            # 61.5%, findings 31.7 / 48.1%; not in any training. Mended: "I thought I broke my
            # foot!" (a belief), a bus's "luggage compartment"
            "realworld_blind49.jsonl",
            {"emergency_recall": 100, "right_topic": 53, "off_topic_declined": 61,
             "findings_recall": 31, "findings_precision": 49},
        ),
        (
            # a second helper searched prayer-request, caregiver, retirement and hobby blogs
            # (about 60 used pages met): 100 rows, two dropped before the run (a copy of an
            # earlier part's text, a page an earlier part used), 98 kept: 5 "yes", 21 "either",
            # 67 off-topic; first run at 3890560 emergency recall 80.0% (4 of 5: a head "smashed
            # into the sand", "I'm still a bit fuzzy"), false emergencies 11.1% (8 of 72, 8
            # off-topic), right topic 58.8%, declined 53.7%, findings 43.1 / 58.1%; not in any
            # training. Mended: the head injury with a memory lost; a fisherman's "tackle box";
            # "believing to be paralyzed"; a walker's toes that drag "with shoes on"
            "realworld_blind50.jsonl",
            {"emergency_recall": 100, "right_topic": 58, "off_topic_declined": 53,
             "findings_recall": 44, "findings_precision": 63},
        ),
        (
            # the twenty-eighth session's helper searched crafts, farming, prayer-request and
            # travel blogs (most obvious pages used): 78 rows, none "yes", 6 "either", 39
            # off-topic; first run at fca42ee: false emergencies 6.9% (5 of 72, 2 off-topic),
            # right topic 60.6%, declined 82.1%, findings 50.0 / 17.9%; not in any training.
            # Mended: "bang, it hit me" (a back pain's start), "blinked my eyes"; one label
            # mended after the run (a past stroke, "tricky" with no accepted topic: now the
            # emergency FAQ, as the corpus contract asks)
            "realworld_blind51.jsonl",
            {"right_topic": 69, "off_topic_declined": 82,
             "findings_recall": 50, "findings_precision": 18},
        ),
        (
            # a second helper searched diaries, newsletters, product reviews and caregivers'
            # blogs: 73 rows, none "yes", 8 "either", 38 off-topic; first run at fca42ee and at
            # 8677299 (the same): false emergencies 10.8% (7 of 65, 1 off-topic), right topic
            # 51.9%, declined 81.6%, findings 39.3 / 30.6%; not in any training. Mended: "in
            # two words. Sweet MUSH" (a soup), a chemo's neuropathy after "infusion days"
            "realworld_blind52.jsonl",
            {"right_topic": 55, "off_topic_declined": 84,
             "findings_recall": 39, "findings_precision": 32},
        ),
        (
            # a third helper searched race reports, lifting logs, DIY and church blogs (health
            # columns and reader letters all used): 63 rows, none "yes", 1 "either", 34
            # off-topic; first run at fca42ee and at 8c9d89c (the same): false emergencies
            # 8.1% (5 of 62, none off-topic), right topic 60.7%, declined 79.4%, findings 53.3
            # / 22.9%; not in any training. Mended: a triathlete's fingers and toes "colder and
            # colder until they were numb"
            "realworld_blind53.jsonl",
            {"right_topic": 64, "off_topic_declined": 79,
             "findings_recall": 53, "findings_precision": 23},
        ),
        (
            # the twenty-ninth session's helper searched MS relapse diaries, hobby blogs that
            # mention sciatica in passing, local news and memorials, CIDP and CMT blogs: 95
            # rows, 1 "yes", 8 "either", 43 off-topic (four labels set by the corpus contract
            # before the run), one dropped after the run (a copy of part 3's rw3g118), 94 kept;
            # first run at 1bd185a over the 94: the one emergency found (a face and neck numb
            # on one side now), false emergencies 11.8% (10 of 85, 2 off-topic), right topic
            # 43.6%, declined 56.5%, findings 48.8 / 33.3%; not in any training.
            # Mended: a canoe's "ten strokes"; "legs and feet, are not working as they should"
            # (a neuropathy's nerves); "heavy diaper bags ... on my left side"
            "realworld_blind54.jsonl",
            {"emergency_recall": 100, "right_topic": 48, "off_topic_declined": 56,
             "findings_recall": 48, "findings_precision": 34},
        ),
        (
            # a second helper of the session searched transverse myelitis, MS relapse and
            # surgery diaries, Lyme, dialysis, long COVID, rowing, sailing, bell-ringing, choir,
            # amateur dramatics and lambing blogs (no page with an emergency at the time of
            # writing was left): 91 rows, none "yes", 6 "either", 42 off-topic; first run at
            # 1bd185a and at a8a70cb (the same): false emergencies 8.2% (7 of 85, 2
            # off-topic), right topic 55.8%, declined 54.8%, findings 46.3 / 31.7%; not in any
            # training. Mended: a panto actor's cut "oozing blood" (bleeding, not pus); a
            # tiler "so sore" he "could barely walk when I woke up". Declined 57.1% since the
            # thirty-ninth session: the findings head, retrained once its rules no longer read a
            # recovered GBS story's numb cheeks (part 18) as a stroke, reads a sailor's stiff
            # arms "on my first run out" as lasting and answers it as "happens often"
            "realworld_blind55.jsonl",
            {"right_topic": 55, "off_topic_declined": 57,
             "findings_recall": 46, "findings_precision": 32},
        ),
        (
            # the thirtieth session's helpers (MS heat diaries, CIDP and chemotherapy blogs,
            # wheelchair and dancer blogs, trail journals, local news): 99 rows, 1 "yes", 5
            # "either", 40 off-topic; first run at 6e56285 and at 2bf9cd8 (the same): **its one
            # emergency missed** (a farm woman the day after a lift, "sharp pain and numbness
            # shooting down my lower back and both legs"), false emergencies 11.8% (1
            # off-topic), right topic 54.7%, declined 55.0%, findings 53.1 / 24.6%; not in any
            # training. Mended: the both legs told after "my lower back and"; a basketball
            # ankle's "collapsed"; a labour epidural's "huge bolus"; "Weakness on my right side"
            # in a pregnancy's sciatica. Findings precision 27 -> 26 in the fiftieth session
            # (26.9: the findings head retrained after two too-wide rewrites were narrowed reads
            # "persistent" in a woman checking her toes move on waking, rw56a014)
            "realworld_blind56.jsonl",
            {"emergency_recall": 100, "right_topic": 56, "off_topic_declined": 55,
             "findings_recall": 56, "findings_precision": 26},
        ),
        (
            # a second helper (ambulance and EMT shift blogs, church testimonies, homeschool and
            # chronic-illness blogs): 99 rows, none "yes", 3 "either", 37 off-topic; first run at
            # 6e56285 and at 2bf9cd8 (the same): false emergencies **17.7% (3 off-topic)**, right
            # topic 54.2%, declined 67.6%, findings 44.4 / 30.8%; not in any training. Mended: a
            # trigeminal procedure's numb face; "buckled to my knees"; one side of the butt; an
            # MS mother's "frequent transient" numbness; a strained chest muscle gone three
            # weeks later
            "realworld_blind57.jsonl",
            {"right_topic": 55, "off_topic_declined": 75,
             "findings_recall": 48, "findings_precision": 35},
        ),
        (
            # a third helper (heart-bypass and transplant diaries, diving's decompression
            # stories, sports news quotes, pilgrimage and long-COVID blogs): 91 rows, none
            # "yes", 9 "either", 42 off-topic; first run at 6e56285 and at 377c4ce (the same):
            # false emergencies 9.8% (3 off-topic), right topic 45.0%, declined 64.3%, findings
            # 24.4 / 30.3%; not in any training. Mended: a dinner "which leaves me breathless";
            # a footballer's "last three toes on my left side"; a tennis player's "complete
            # spasm" and an arm he "can't really move"
            "realworld_blind58.jsonl",
            {"right_topic": 47, "off_topic_declined": 66,
             "findings_recall": 24, "findings_precision": 33},
        ),
        (
            # a fourth helper (motorsport and baseball news, famous people's MS and sciatica,
            # gout, caravan, farm and rowing blogs, a letters page): 105 rows, none "yes", 4
            # "either", 41 off-topic; first run at 6e56285 and at 968ef66 (the same): false
            # emergencies 9.9% (1 off-topic), right topic 56.7%, declined 68.3%, findings 32.6 /
            # 30.4%; not in any training. Mended: a GP's advice "if Mum becomes breathless"
            "realworld_blind59.jsonl",
            {"right_topic": 58, "off_topic_declined": 68,
             "findings_recall": 32, "findings_precision": 31},
        ),
        (
            # the thirty-first session's helper (spinal cord injury and myelitis diaries, CIDP
            # and Charcot-Marie-Tooth blogs, farm and hiking blogs, stroke and tick news): 99
            # rows, none "yes", 6 "either", 39 off-topic; first run at 7d1f75a: false
            # emergencies **16.1% (5 off-topic)**, right topic **35.2%**, declined 53.8%,
            # findings 38.3 / 29.5%; not in any training. Mended: blisters infected "but I am on
            # antibiotics and the infection should be clearing up"; a podiatrist's case ("This
            # patient presented with"); "felt like I'd been hit by a truck"; a catheter in
            # place since 2023
            "realworld_blind60.jsonl",
            {"right_topic": 35, "off_topic_declined": 56,
             "findings_recall": 38, "findings_precision": 31},
        ),
        (
            # round two's helper (MS diaries, riding, skating and footwear blogs, a politician's
            # long COVID, older health columns): 104 rows, 3 "yes", 8 "either", 40 off-topic;
            # first run at 7d1f75a and at 600db11 (the same): emergency recall **66.7% (2 of 3)**,
            # false emergencies 9.7% (1 off-topic), right topic 52.8%, declined 72.5%, findings
            # 31.6 / 23.5%; not in any training. Mended: the miss, an MS writer's "a change in my
            # speech" today after "the inability to raise my left arm" yesterday; jelly legs after
            # a riding lesson
            "realworld_blind61.jsonl",
            {"emergency_recall": 100, "right_topic": 54, "off_topic_declined": 72,
             "findings_recall": 34, "findings_precision": 25},
        ),
        (
            # the thirty-second session's helper (sailing and cruising blogs, trek and expedition
            # diaries, Topamax migraine blogs, trail blisters, RV clots): 100 rows, 2 "yes", 10
            # "either", 41 off-topic; first run at 19e343d: emergency recall **50% (1 of 2)**,
            # false emergencies 9.1% (none off-topic), right topic 55.3%, declined 68.3%,
            # findings 41.0 / 32.7%; not in any training. Mended: the miss, a guide at altitude
            # who "recognizes nobody ... cannot walk on his own"; "People were complaining about
            # tingling in hands and feet ... difficulty with speech"; "my potential risk for
            # stroke"; an infected cut "that took months to get rid of"; "could easily have broken
            # a bone in my spine"; "said she thought grandpa was having a stroke". The findings
            # head, retrained, moved right topic from 61.7% to 59.6%, and at the thirty-fourth
            # session's round one findings found from 46.2% to 43.6%; at the thirty-sixth
            # session's round one findings precision from 38.2% to 37.8% (one more "persistent")
            "realworld_blind62.jsonl",
            {"emergency_recall": 100, "right_topic": 59, "off_topic_declined": 68,
             "findings_recall": 43, "findings_precision": 37},
        ),
        (
            # round two's helper (narrowboat, allotment, parkrun, fishing, riding, knitting and
            # beekeeping blogs, missionary and prayer blogs, mothers with MS, choir and hiking
            # incident stories): 109 rows, 2 "yes", 12 "either", 45 off-topic; first run at
            # 19e343d and at ea399be (the same): emergency recall **50% (1 of 2)**, false
            # emergencies 7.4% (**3 off-topic**), right topic **40.0%**, declined 71.1%, findings
            # 30.0 / 36.7%; not in any training. Mended: the miss, one side's numbness "now
            # constant" for 48 hours and new "episodes" on the left side; "almost caused a car
            # accident"; small cuts "on the hands" that fester at sea
            "realworld_blind63.jsonl",
            {"emergency_recall": 100, "right_topic": 40, "off_topic_declined": 73,
             "findings_recall": 30, "findings_precision": 38},
        ),
        (
            # round three's helper (prayer, caregiver and farm diaries, MS relapse blogs, cast and
            # splint diaries, letters to doctors, hunting forums): 100 rows, 1 "yes", 11
            # "either", 41 off-topic; first run at 19e343d and at 3fcd295 (the same): its one
            # emergency found, false emergencies **11.4%** (none off-topic), right topic 48.9%,
            # declined 70.7%, findings 30.3 / 40.0%; not in any training. Mended: "Years ago, I
            # woke up in a hospital unable to move or feel my legs ... feeling and movement
            # returned"; "Go back 1 month. I woke up with numb left arm ... Admitted for tests";
            # "around Christmas ... it traveled up my legs"; a news item ("the latest comes
            # from"). The findings head, retrained, moved right topic to 57.4%; 55.3% in the
            # forty-second #9 session (a diabetic's story that names no leg gets no topic by
            # its diabetes: `background` in findings.toml)
            "realworld_blind64.jsonl",
            {"emergency_recall": 100, "right_topic": 55, "off_topic_declined": 70,
             "findings_recall": 30, "findings_precision": 43},
        ),
        (
            # the thirty-third session's round one (news and human-interest stories, famous
            # people's health accounts, newspaper columns on getting older, waiting-list stories,
            # trench foot and Raynaud's, ER and prayer-update family blogs, quilting, police,
            # golf and tractor blogs): 82 rows, 1 "yes", 3 "either", 42 off-topic; first run at
            # a62dc17: its one emergency found, false emergencies **12.8% (4 off-topic)**, right
            # topic **44.4%**, declined 64.3%, findings 53.6 / 36.6%; not in any training.
            # Mended: "His paralysis on the right side is gone"; a case vignette ("presents to
            # the ER"); "to this day, a year later"; "resting my foot sideways"; "there's no
            # cure"; a news quote ("said Mr"); "all-too-familiar feeling like I was going to
            # faint"; "Some days I would be ok ... Other days I would be crawling"
            "realworld_blind65.jsonl",
            {"emergency_recall": 100, "right_topic": 52, "off_topic_declined": 66,
             "findings_recall": 53, "findings_precision": 41},
        ),
        (
            # round two's helper (news of public figures' sciatica, neuropathy and clots,
            # polar-bear plunges, lambing diaries, the Camino, musicians, a GBS survivors'
            # forum): 90 rows, no "yes", 2 "either", 44 off-topic; first run at a62dc17 and at
            # 419c878 (the same): false emergencies **11.4% (2 off-topic)**, right topic 54.5%,
            # declined 70.5%, findings 32.4 / 22.2%; not in any training. Mended: a past panic
            # attack's breathlessness; colds that "mean you can't breath"; "admitted me right
            # away" after a possible stroke; a case history ("he stated that"); a black toenail
            # under polish. Left: a friend's groin numbness after a deadlift, told from "I'll
            # never forget the phone call"
            "realworld_blind66.jsonl",
            {"right_topic": 56, "off_topic_declined": 72,
             "findings_recall": 32, "findings_precision": 24},
        ),
        (
            # round three's helper (sports news of nerve injuries, famous people's MS and clots,
            # news of diabetic amputations, farm papers, welding, canoeing, hunting, drumming and
            # trucking blogs, birth and knee-surgery diaries): 97 rows, no "yes", 7 "either", 38
            # off-topic; first run at a62dc17 and at 714c02d (the same): false emergencies
            # **16.7% (2 off-topic)**, right topic **44.2%**, declined 71.1%, findings 42.1 /
            # 27.1%; not in any training. Mended: a knee nerve block "wears off"; "Six weeks
            # later, I can finally walk"; a marathon collapse at the finish line; a politician's
            # faint "aides said"; a diabetic's infected blister "he told Diabetes UK"
            "realworld_blind67.jsonl",
            {"right_topic": 46, "off_topic_declined": 71,
             "findings_recall": 42, "findings_precision": 29},
        ),
        (
            # the thirty-fourth session's helper (farm and homestead blogs, rural papers,
            # prayer-request and caregiver updates, chemo and heart-surgery diaries, woodworking
            # and drumming): 100 rows, no "yes", 6 "either", 41 off-topic; first run at bd07f2e
            # and at 7f9d64d (the same): false emergencies **9.6%** (none off-topic), right topic
            # **58.5%**, declined 65.9%, findings 54.5 / 29.0%; not in any training. Mended: "I
            # caught my breath as it hurt"; an MS sister's numbness "at different times"; a
            # friend's "best case prognosis is recovery with lifelong incontinence"
            "realworld_blind68.jsonl",
            {"right_topic": 62, "off_topic_declined": 65,
             "findings_recall": 54, "findings_precision": 31},
        ),
        (
            # round two's helper (medical-negligence case studies, news of senators' and
            # sportsmen's health, clinic and sports pages, the last personal blogs): 106 rows,
            # no "yes" or "either", 39 off-topic; first run at bd07f2e and at 7f7b0e6 (the same):
            # false emergencies **11.3% (2 off-topic)**, right topic **58.2%**, declined 66.7%,
            # findings 50.0 / 35.5%; not in any training. Mended: "I was so shocked I couldn't
            # even speak"; news ("several sources", "was heard complaining", "told Spanish
            # sports daily"); a senator's facial numbness from "swelling of a facial nerve"; an
            # MS writer's numbness that "climbed up" through a year she "dealt with"
            "realworld_blind69.jsonl",
            {"right_topic": 62, "off_topic_declined": 71,
             "findings_recall": 50, "findings_precision": 39},
        ),
        (
            # the thirty-fifth session's helper (writers', artists' and musicians' blogs,
            # pastors, golf, cricket, darts and pickleball diaries, programmers' standing desks,
            # pottery and sewing, a hospice newsletter): 101 rows, no "yes", 5 "either", 42
            # off-topic; first run at 055d7aa: false emergencies **10.4% (3 off-topic)**, right
            # topic **57.4%**, declined **64.3%**, findings 46.9 / 25.9%; not in any training.
            # Mended: laryngitis's "I just couldn't talk"; a golf partner who "collapsed and
            # died"; "I fell back into bed"; a vertebra pinched "whilst shoveling snow"
            "realworld_blind70.jsonl",
            {"right_topic": 59, "off_topic_declined": 66,
             "findings_recall": 46, "findings_precision": 27},
        ),
        (
            # round two's helper (quilting, knitting and crochet blogs, cruise diaries, Disney
            # and mobility-scooter boards, MS and neuropathy pages on the weather, family updates
            # on a grandparent's stroke or fall): 100 rows, no "yes", 8 "either", 44 off-topic;
            # first run at 055d7aa and at 2dac89a (the same): false emergencies **17.4% (3
            # off-topic)**, right topic **60.4%**, declined 68.2%, findings 44.4 / 27.6%; not in
            # any training. Mended: GBS named in "the literature on GBS" and "during my
            # hospitalization"; CIDP by name (a chronic illness); an arm weak from "a prolapsed
            # disc in my neck" and one the chiropractor put down to "a problem in my neck"
            "realworld_blind71.jsonl",
            {"right_topic": 64, "off_topic_declined": 72,
             "findings_recall": 44, "findings_precision": 30},
        ),
        (
            # round three's helper (meditation-retreat diaries, seiza, floor-sitting in Japan,
            # bleachers, jury duty; stroke and clot stories in holiday, cooking and family
            # blogs; PhD, paddleboard and lifting logs): 100 rows, no "yes", 2 "either", 40
            # off-topic; first run at 055d7aa and at 1aa5dd8 (the same): false emergencies
            # **10.2% (1 off-topic)**, right topic 62.1%, declined 75.0%, findings 37.9 / 26.8%;
            # not in any training. Mended: legs "icy-cold" under an air-conditioning vent
            "realworld_blind72.jsonl",
            {"right_topic": 62, "off_topic_declined": 75,
             "findings_recall": 37, "findings_precision": 27},
        ),
        (
            # the thirty-sixth session's round one (weaving and cross-stitch blogs, temple stays,
            # ryokan and Vipassana, seiza in aikido and kendo, syndicated newspaper health
            # columns, metal detecting): 101 rows, no "yes", 4 "either", 40 off-topic; first run
            # at 06d51cc: false emergencies **7.2% (1 off-topic)**, right topic **56.1%**,
            # declined **55.0%**, findings 43.5 / 37.0%; not in any training. Mended: "couldn't
            # be further from my breath"; "wound up with a staff infection"; numbness "in the
            # lateral compartment"; feet numb on waking "like they've fallen asleep ... for a
            # few seconds"
            "realworld_blind73.jsonl",
            {"right_topic": 59, "off_topic_declined": 55,
             "findings_recall": 43, "findings_precision": 39},
        ),
        (
            # round two's helper (acupuncture diaries, pilates and yoga teachers' own stories,
            # tai chi, wheelchair foot care, rarer conditions, IVF and tummy-tuck diaries): 101
            # rows, 1 "yes", 1 "either", 45 off-topic; first run at 06d51cc and at 4cff2d1 (the
            # same): emergency recall **0%** (the one: pins and needles in one leg for days,
            # "Now the other leg joined in the fun. I couldn't get up"), false emergencies
            # **8.1% (1 off-topic)**, right topic **48.1%**, declined **55.6%**, findings 44.2 /
            # 45.1%; not in any training. Mended: the other leg "joined in"
            "realworld_blind74.jsonl",
            {"emergency_recall": 100, "right_topic": 48, "off_topic_declined": 55,
             "findings_recall": 46, "findings_precision": 46},
        ),
        (
            # round three's helper (cake decorating, dental hygiene, nail techs, chefs, dog
            # groomers, photographers, woodturners; bowling, curling, bell-ringing; floxed
            # blogs): 66 rows, none "yes", 1 "either", 50 off-topic; first run at 06d51cc and at
            # 4cff2d1 (the same): false emergencies **7.7% (2 off-topic)**, right topic 60.0%,
            # declined 82.0%, findings 22.2 / 11.1%; not in any training. Mended: "the straw
            # that broke the camel's back"; "one half of my body tingling regardless of which
            # side I sleep on". Findings precision 11.8% since the thirty-ninth session's
            # retrained findings head (part 55's note): a twelve-hour shift on the feet read
            # as lasting
            "realworld_blind75.jsonl",
            {"right_topic": 66, "off_topic_declined": 84,
             "findings_recall": 22, "findings_precision": 11},
        ),
        (
            # the thirty-seventh session's round one (trade pages, running, triathlon and
            # cycling logs): 100 rows, 1 "yes", 3 "either", 42 off-topic; first run at 5598f7e:
            # emergency recall **0%** (the one: "Today, it's getting worse again ... the tops of
            # my feet and the back of my thighs have severely lost feeling"), false emergencies
            # 3.1% (none off-topic), right topic **66.7%**, declined **66.7%**, findings 58.1 /
            # 32.1%; not in any training. Mended: the feet and thighs severely numb; the sciatic
            # nerve "which runs ... down the side of both legs" (anatomy); a runner's toe that
            # "turned blue", "something that a lot of long distance runners suffer from";
            # right topic 66.7% in the forty-second #9 session (an insulin pump user's story
            # that names no leg gets no topic by its diabetes: `background` in findings.toml)
            "realworld_blind76.jsonl",
            {"emergency_recall": 100, "right_topic": 66, "off_topic_declined": 66,
             "findings_recall": 61, "findings_precision": 34},
        ),
        (
            # round two's helper (long-distance walks, cycle touring, ocean rowing, cold-water
            # swims, altitude): 102 rows, none "yes", 2 "either", 45 off-topic; first run at
            # 5598f7e and at 532bc62 (the same): false emergencies **14.0% (5 off-topic)**, right
            # topic **50.9%**, declined **75.6%**, findings 51.9 / 25.9%; not in any training.
            # Mended: "a gibbering wreck", "going cross eyed with fatigue", "hit the road
            # again", "slunk off" (not "slurred")
            "realworld_blind77.jsonl",
            {"right_topic": 50, "off_topic_declined": 80,
             "findings_recall": 51, "findings_precision": 26},
        ),
        (
            # the thirty-eighth session's helper (dance, climbing, walking, cycling and health
            # diaries; the store nearly exhausted: 9 in 10 relevant results already used): 94
            # rows, none "yes", 2 "either", 46 off-topic; first run at a76c4c7: false emergencies
            # **5.4% (1 off-topic)**, right topic **60.9%**, declined **71.7%**, findings 46.2 /
            # 30.0%; not in any training. Mended: a doctor who "tested ... my hands and feet for
            # numbness"
            "realworld_blind78.jsonl",
            {"right_topic": 63, "off_topic_declined": 71,
             "findings_recall": 46, "findings_precision": 30},
        ),
        (
            # round two's helper (writers', quilters', beekeepers' and garden blogs; the store
            # worn out: 87 rows after some 120 searches): 2 "yes", 6 "either", 45 off-topic;
            # first run at a76c4c7 and at 02322ef (the same): emergency recall **50% (1 of 2**;
            # missed: a novelist's "pain and weakness that washed through my glutes and down my
            # thighs almost brought me down", told a month on), false emergencies **8.9% (5
            # off-topic)**, right topic **73.5%**, declined **71.1%**, findings **17.2 /
            # 13.9%**; not in any training. Mended: "drops of water" on a fizzy mouth (not a
            # face that drops)
            "realworld_blind79.jsonl",
            {"emergency_recall": 50, "right_topic": 73, "off_topic_declined": 73,
             "findings_recall": 17, "findings_precision": 14},
        ),
        (
            # the thirty-ninth session's helper (product reviews, reader letters, diabetes and
            # trip diaries; the store worn out: 69 rows, only 11 symptoms): none "yes" or
            # "either", 40 off-topic; first run at 629f238: false emergencies **4.3% (1
            # off-topic)**, right topic **62.1%**, declined **77.5%**, findings 53.8 / **26.9%**;
            # not in any training. Mended: an upper back that "feels broken" in a gaming chair
            # (off-topic); a warden's "numb bum" two hours in a bird hide
            "realworld_blind80.jsonl",
            {"right_topic": 62, "off_topic_declined": 80,
             "findings_recall": 53, "findings_precision": 28},
        ),
    ],
)  # fmt: skip
def test_reader_floors_on_real_messages(part: str, floors: dict[str, float]) -> None:
    summary = score_file(DATA / part, timed=False).summary()  # no second, timed pass
    for key, floor in floors.items():
        value = summary[key]
        assert value is not None and value >= floor, (key, summary)
    false_emergencies = summary["false_emergencies"]
    # the later parts' labellers read survivors' stories as "no" more often (README)
    ceilings = {
        "blind3": 8.0,  # "extreme pain shooting down both legs" (the second labeller: either)
        "blind4": 8.0,
        "blind5": 12.5,  # a dad "slumped over on one side" whose Bell's palsy no longer excuses it
        # "I hurt my back ... and I never fully recovered": a denied ending no longer ends the
        # injury (the thirty-fourth session), 8.3%
        "blind6": 8.5,
        "blind7": 7.0,
        # "altered sensation from my waist down" in an MS relapse (either); "my legs seemed so
        # heavy, and ... I was unable to move them" after an operation (either)
        "blind8": 10.5,
        "blind9": 15.0,
        "blind10": 13.0,
        "blind11": 25.0,
        "blind12": 17.0,
        "blind13": 17.0,
        "blind14": 12.0,
        "blind15": 16.0,  # survivors' blogs told in the past tense (README)
        "blind16": 17.0,  # the same, and stories told from a hospital bed (README)
        # numb feet in soaked socks, "fine" within the hour; a cast's tight leg the day it came
        # off; a foot numb after surgery in a boot, "I had been told" (README)
        "blind17": 8.0,
        # survivors' blogs again: a numb right arm, leg and face told "years later"; an MS
        # fall the night before ("once I was standing I was fine"); a panic attack told in
        # the present, "Am I having a stroke? ... No, I'm ok"; a caesarean's legs that would
        # not move for a while; numb cheeks "when I get tired", three years after GBS (README)
        "blind18": 11.0,
        # the same again, and the anaesthetic working as meant: a spinal for a hernia, an
        # epidural in labour ("totally numb waist down, legs were dead weight"); a stroke
        # that turned out to be a migraine, told after a week in hospital (README)
        "blind19": 15.0,
        # survivors' and carers' blogs once more (a Lyme disease story told by a relative, a
        # stroke told as it began, "I had become paralyzed overnight" after a spinal
        # operation); a doctor's "do you want to have a stroke?" and a numb patch of the skull
        # are mended (README)
        "blind20": 16.0,
        # survivors' blogs again (a leg "turning completely blue" six days after surgery, GBS
        # told from its first evening, "couldn't move the lower half of my body" on the ward,
        # a broken back's year of "nerve spaz outs", a pelvis pain with "trouble walking and
        # going to the toilet"); two dachshunds; a stroke's name after
        # a father's and an uncle's deaths, a TIA "at the end of May", a leg that "semi
        # collapsed" and toes that "go numb very easily" are mended (README)
        "blind21": 10.5,
        # an MS relapse told with one side of the face numb, "as it happens (I saw my
        # neurologist yesterday)"; a news story's "I think he's having a stroke" (README)
        "blind22": 3.6,
        # a broken back's paralysis "at the time", regained; a driver's "I think I'm
        # paralysed" after 14 hours at the wheel; a long-COVID quote; a widow's story of
        # spinal metastases; a caller's neuropathy "spreading to just past her knees" over
        # years; small-fibre neuropathy's heavy legs "often"; chemo's numb hands and feet that
        # "went away" (README)
        "blind23": 7.5,
        # stories told after the fact on legal and patient-safety pages: legs that "wouldn't
        # move" on a day out, told from the road home;
        # an infected cut "went straight to the hospital"; a labour epidural's back pain; a
        # father's gangrene; a one-sided weakness "Last Friday"; a brother's night on the
        # floor; a hospital bed "unable to feel my feet"; a mother's chest after a knee
        # operation; a friend visited in hospital whose "face droops"; "I was sure he was
        # having a stroke" (README)
        "blind24": 12.0,
        # pins and needles from the neck down since a brain tumour in 2016; a leg amputated "a
        # few months ago" after an infection; a chest pain and legs that "couldn't lift" told
        # as a magazine story; a sneeze that threw a back out and "collapsed" (README)
        "blind25": 9.0,
        # survivors' blogs of rarer conditions told after the fact (Chiari, cervical
        # myelopathy, NMO, a birth's epidural, Guillain-Barre in the news), frostbite's black
        # toe, a runner's foot "turning a pale white" when walking; "concurred" (read as
        # concussed), "migraines that mimic strokes", "cast a shadow", "cannot walk as fast as
        # I used to" and "I end up pacing" are mended (README)
        "blind26": 17.0,
        # a husband's Zocor story "In 2006 ... His feet became numb and he had trouble
        # writing", read by the emergency net (README)
        "blind27": 2.5,
        # claimants' long-standing signs told in the present for a claim: MS's "numbness in the
        # right side of my body", an arm's "disorder" with weakness, a miner's infected knee
        # blisters, a fused toe since an accident "unable to stand" properly; an eye that could
        # "not blink or close" this morning, Bell's palsy to its labeller (README)
        "blind30": 10.5,
        # an anxiety attack told in the second person ("suddenly, you can't feel your feet"),
        # a knitter's "Is your bum numb?", an arm slept on "a useless dead weight", a father's
        # cold left side since his stroke asked about as "Can stroke cause ..." (README)
        "blind31": 16.0,
        # a story after the fact of a flight's numb crotch in 2006, a husband "gasping for
        # breath" half an hour ago who is "back asleep", a mother-in-law's chest on the stairs
        # told by a son, an MS collapse at work, a back that "seized" with pain down the legs
        "blind32": 21.0,
        # survivors' blogs again (a brain bleed "and I collapsed", a stroke's left side, a
        # "911-type fall"), a hiker's legs that "gave out" at 17,000 feet, dental numbness,
        # Bell's palsy "exactly like a stroke", a scalded foot that blistered; a bill's
        # "nearly fainted", a team that "collapsed", "as if I had a stroke", a confessional
        # read as confusion and "No, maybe that was my vision" are mended (README)
        "blind33": 18.0,
        # a spinal story's "loss of control of my legs", a heart thumping with chest pain told
        # after the fact, an infected toenail with an appointment made, a hemiplegic migraine's
        # attacks that "mimic a stroke" told in the present (README)
        "blind34": 9.5,
        # climbers' and a fighter's broken necks told after, a diver's bends on the boat, a
        # cold swim's legs, a cyclist's left foot and hand numb "after an hour on the bike"
        # (told in the present: the exception does not reach it), a collapse in the bushes
        "blind35": 20.0,
        # a birth's leg with "no use" told after the fact (README)
        "blind36": 2.5,
        # anxiety's facial numbness, "something new and scary" (README)
        "blind37": 2.5,
        # stories told after the fact: a vertigo morning "everything was slanting", a body
        # "benumbed" on the right, legs that could not stand after a fall outside a cafe, a
        # morning that "could not get up from the bed" before a hospital stay (README)
        "blind38": 9.5,
        # stories told after the fact again: nerve pain that left "hands and feet ... useless",
        # a right side "going numb" (MS), a drug reaction's weakness "By January 2", a
        # husband's jumbled speech "a few weeks ago" (111 called), a face that "had dropped on
        # one side" yesterday, told in a blog (README)
        "blind39": 15.5,
        # a lifelong breathlessness looked back on, a vegan's palpitations told months later
        # (README)
        "blind40": 4.5,
        # a 2018 spinal injury "still using a wheelchair", a blister "actually infected", an
        # Imodium reaction's red face and tingling (README)
        "blind41": 7.5,
        # survivors' and patients' stories told on hobby forums: a stroke "the previous day",
        # a right hand that "can hardly move", a pinched nerve, GBS in 2010, drop foot (README)
        "blind42": 15.0,
        # after-the-fact stories again: a father's face "last Saturday", a GBS story "mid-July
        # of this year", a right side "dead numb" after a dental jab, a sister's slurred
        # speech, a vertigo attack, legs that "couldn't move" one Monday morning (README)
        "blind43": 26.0,
        # menopause's "night sweats and heart palpitations", a leg "very cold and tingling"
        # after acupuncture, a bike fall "back in the summer" (README)
        "blind44": 6.5,
        # a fall from a horse told after, a lingering infection beside foot drop (README)
        "blind45": 4.5,
        # sciatica told after, a leg that could not lift "Back on June 9th", an infected
        # blister the doctor saw, a circulation scare (README)
        "blind46": 9.0,
        # after-the-fact stories: a mother's left side numb since her strokes, a foot drop
        # "one night" in 2008, a doctor's blog of a grey cold foot, a ward's "I just could not
        # pee" after back surgery, an angiogram's "tightening in the upper chest" (README)
        "blind47": 12.5,
        # stories told after: legs that "gave out from under me" a few Saturdays ago, a horse
        # fall "today" told with irony, a broken neck told by a fundraiser, a rugby concussion
        # described, a motorcycle rag's tale (README)
        "blind48": 8.5,
        # stories told after: a faint "some years back", a quilter's feet and fingers numb
        # since chemo, numbness climbing a leg in July, foot infections a week old or treated,
        # last Thursday's chest pain, a doctor's "come back if you notice red streaks" (README)
        "blind49": 10.5,
        # relatives' strokes told after, by blog (a husband "headed to the emergency ward", a
        # father who "could not talk" sixteen days ago, "Marsha ... minor stroke", a carer's
        # husband "still ... paralyzed"), a back that made a husband crawl, a rider who "landed
        # on my head" (README)
        "blind50": 8.5,
        # a wife's fall told after ("probable paralysis if surgery didn't happen"), a bike
        # accident's concussion months ago, a friend's mother's incontinence (README)
        "blind51": 4.5,
        # a faint at a doctor's abroad, an ER doctor's and a podiatrist's past patients, a news
        # story's Guillain-Barre, episodes of nerve pain "the entire right half of my body"
        # (README)
        "blind52": 8.0,
        # a mother's legs that collapsed after an epidural five years before, quoted; a
        # friend's paralysis on one side, "heading home soon"; a triathlete's tight chest in
        # cold water; a doctor's toe lost to gangrene, told to a reporter (README)
        "blind53": 6.5,
        # a Raynaud's walk to work "couple weeks ago"; an upholsterer "ambulanced from the
        # shop" with numbness from the hips down; a volunteer's roadside collapse, "Was he
        # having a stroke?"; a lightning survivor's "couldn't feel my legs", quoted; two
        # clots' breathlessness told after a death (README)
        "blind54": 8.5,
        # transverse myelitis's lasting numbness "from my lower body"; an MS relapse on its
        # last day of steroids, "my left leg is weak, my left arm is recovering"; a leg numb
        # "Prior to the surgery"; a cast cut open in 2012; a nan's fatal stroke in 2013 (README)
        "blind55": 6.0,
        # prayer requests for a friend's father in ICU and a husband who "lived for a day";
        # a wife's memory of "do you think you might be having a stroke?"; a toddler paralysed,
        # in the news; Lyme told in an article; a spinal tumour's half a numb body; a concussion
        # told from hospital; a disc injury's "A few weeks ago, I could not walk" (README)
        "blind56": 9.0,
        # paramedics' and EMTs' calls told after (words of their work, "First call was for",
        # as a whole-message excuse hid a writer's own sign told after them: the suite's story
        # test caught it, taken back); a stranger's stroke in a breakfast place, paramedics
        # there; an old testimony's numb right side; necrotic toes and a podiatry case report;
        # a diabetic pastor's "they can get cuts, infections"; toes "so cold the neuropathy is
        # more severe" (README)
        "blind57": 13.0,
        # a musician's angina told after his bypass; a diving case report; a jockey's
        # concussion in rehab; an autoimmune runner's numb face "in the typical places"; a
        # golfer's "I can't really walk", quoted (README)
        "blind58": 6.5,
        # sports news of clots and collapses told after; a fall that "lost all sensation below
        # the chin"; a broken neck "numb on one side"; toes "purple and then blackish" seen by a
        # doctor; an MS model's "suddenly lost feeling in my left leg" on a runway (README)
        "blind59": 9.0,
        # news of strokes, a tick paralysis and laughing gas told after; a farmer's fall that
        # left him "unable to use my legs", X-rayed the next day; "I ended up in the ER last
        # week ... sharp chest pains"; a rancher's concussion; a heart "hammering" at altitude
        # (README)
        "blind60": 12.0,
        # a cataplexy attack told after, home since; feet "gone grey" barefoot in winter; a
        # clinic's infected foot; an arm cast split in A&E; a stroke survivor's "no movement in
        # my left ankle" since; "I had a mild stroke Sunday" (README)
        "blind61": 9.0,
        # a Topamax story told to the ER after; a writer's speech "jumbled" for weeks after
        # Covid; an injury's "excruciating pain" from Sunday to Tuesday, "It's ok now" (README)
        "blind62": 3.5,
        # two singers who passed out on stage with ambulances already outside; a near faint at
        # last night's concert; an MS story told from its start; a parkrunner's foot "cold/numb"
        # on and off (README)
        "blind63": 5.5,
        # past stories told after: a husband's paralysis after neck surgery, a chemotherapy
        # patient's spinal scare, an infected dog bite under treatment; an MS flare "in the last
        # few weeks"; a long illness's breathlessness on effort; CIDP's tingling "at times"
        # (README)
        "blind64": 7.0,
        # a news quote of a spin class's collapse ("I just collapsed ... told Inside Edition"); a
        # father's paralysis a week ago, operated and recovering; a stroke's "paralysis on the
        # right side is gone" (the net) (README)
        "blind65": 4.0,
        # a faint at the writer's wedding told after; a friend's diabetic numbness "from the hips
        # down"; an MS writer's slow left-sided worsening; a footballer's "burner"; a friend's
        # cauda equina told from "I'll never forget the phone call" (README)
        "blind66": 6.0,
        # past stories told after, mostly: a faint in a temple and one at a wedding, a labour
        # epidural's numb leg, a disc's collapse six weeks ago, a neurosurgeon's column on a
        # missed cauda equina, a hunter's neuroma, an actor's Parkinson's (README)
        "blind67": 13.5,
        # past stories told after: a farm wife's husband "dragging his left leg" by June, a
        # paramedic's blog, a grandmother in a nursing home after her stroke, a childhood
        # memory of "I CAN'T FEEL MY LEGS", a husband's faint last week, a father's gangrene
        # years ago (README)
        "blind68": 6.5,
        # a colleague's fall with her head checked; a cancer writer's chest tightness in August;
        # a mother's death from MS; two GBS stories told after; "thousands of panic attacks"
        # (README)
        "blind69": 6.0,
        # past stories told after: a stroke in a hospice newsletter, an amputation for a foot
        # infection, an MS writer's numb mornings in 2012, a deadlift years ago, swollen numb
        # hands and feet "in early May"; a rider's leg after black ice (the net) (README)
        "blind70": 7.5,
        # past stories told after, mostly: a grandmother stented today, a drooling fly-fisher,
        # a quilter's back surgery, clots in both legs weeks ago, a grandfather's deficits after
        # a late stroke; an MND writer's right side; MS legs that "stop working" in the heat
        # (README)
        "blind71": 12.5,
        # stroke and clot stories told after (a mother admitted on Christmas Eve, a father in
        # hospital since Friday, a wife's leg six weeks into marriage, a friend in Italy); a
        # meditator's foot numb "before the half hour is out" (README)
        "blind72": 9.5,
        # a class's "I'm winded, at times with my heart racing" (off-topic); a progression "from
        # sore feet to stiff hands to painful knees to feverish feeling"; a memoir's numb
        # genitals told in the present after an operation (README)
        "blind73": 3.5,
        # past stories told after: a GBS-like illness on New Year's Day, a disc's surgery at 25,
        # a spine that "collapsed" in the gym, a neck disc found last May, celiac neuropathy
        # that cleared, a faint in a choir, cellulitis; a box jump's near faint (off-topic)
        # (README)
        "blind74": 8.5,
        # an old back fracture named; a bowler's leg that "popped ... collapsed"; a face "puffy
        # and abnormal" in a rash (off-topic) (README)
        "blind75": 5.0,
        # cold water and rain that numb faces, hands and feet; a booster seat tripped over; an
        # athlete who "couldn't even feel my legs" told as a quote; an infected foot already
        # diagnosed; strokes found after a run; an altitude drug's tingling (README)
        "blind77": 11.5,
        # an ataxia's legs that "would give way at any moment" told of someone else; a diver's
        # case report (short of breath, tingling up both legs, told in the past); numbness
        # "creeping up the outside of my thigh" that injections have eased; a trekker "out of
        # breath" with "mild altitude sickness" (off-topic: a cause that excuses the chest rule
        # anywhere would hide "I'm short of breath and my calf is swollen." told after it)
        # (README)
        "blind78": 4.5,
        # a walker who collapses "and realise I can't actually lift my legs" from pulled
        # muscles; vertebrae found broken on a scan (two); a foot that "went completely numb"
        # last night in a cinema; a Parkinson's husband's numb jaw after Bell's palsy; an
        # infected toe told the morning after (README)
        "blind79": 8.0,
    }
    name = part.removeprefix("realworld_").removesuffix(".jsonl")
    ceiling = ceilings.get(name, 3.0)
    assert false_emergencies is None or false_emergencies <= ceiling, summary
    # part 13's two, left (README): a husband who "couldn't breathe" with flu and "has gotten
    # better"; "I can't stand up. I can't move." in a sudden back spasm
    # part 16's three, left (README): one side of the face numb for three days; a husband who
    # "blacked out, dropping to the floor like a stone"; a sprained ankle "turning purple"
    # part 19's three, left: a cyclist's "legs feel almost numb" when the body "doesn't have
    # it"; a sleep-deprived mother's "arms and legs as heavy as lead"; an infected toenail
    # drained at home, "completely normal now" (cycling's jelly legs over a railway bridge, "right
    # as rain" in minutes, is mended)
    # part 20's three, left: the temporary "paralyzis" of an arm slept on; a chin's numbness
    # "coming and going" on steroids; a foot's searing pain at night, "I could hardly walk"
    # part 21's two, left: "I can't feel my legs" told in the present as a memoir, with the
    # paramedics there; a dachshund's back legs with no animal named (the other dachshund,
    # "Reagan is a dachshund. That breed ...", is mended)
    # part 22's one, left: a news story's "Someone please call 911. I think he's having a
    # stroke"
    # part 24's two, left: a brother's fall with a head injury, slurred, told in a complaint; a
    # mother's chest pressure two days after a knee replacement, told after her death (a
    # labour epidural's back pain "so bad sometimes I can't move", "10 months ago", is mended)
    alarms = {
        "blind13": 2,
        "blind16": 2,  # a twisted ankle "turning purple" a week ago, mended (34th session)
        "blind19": 3,
        "blind20": 3,
        "blind21": 2,
        "blind22": 1,
        "blind24": 2,
        # part 25's two, left: a drummer's leg amputated after an infection "a few months
        # ago"; a relative's back spasm after a sneeze, "collapsed on the floor"
        "blind25": 2,
        # part 26's one, left: a father's stroke on New Year's Eve told from the ward ("either"
        # to its labeller, so it counts in no figure) - the one counted: a knitter's birth
        # epidural in hospital beside a numb hand
        "blind26": 1,
        # part 30's three, left: an office worker's arm "disorder" with weakness; a coal
        # miner's knee-pad blisters that "get infected"; an eye that could "not blink or close"
        # this morning (a face gone weak since part 32; Bell's palsy to its labeller)
        "blind30": 3,
        # part 31's three, left: a knitter's "Is your bum numb?" ("is your" as a supposition
        # hid "is your dad's face drooping? yes, since 10 minutes ago": not kept), an arm slept
        # on, a father's cold left side since his stroke
        "blind31": 3,
        # part 32's two: a flight's numb crotch in 2006; a mother-in-law's chest on the stairs
        "blind32": 2,
        # part 33's seven: survivors' and hikers' stories, dental numbness, a scalded foot
        "blind33": 6,  # 7 until the twenty-fourth session: "One night this past year, ..."
        # part 34's two: a heart thumping with chest pain told after; an infected toenail
        "blind34": 2,
        # part 35's three: a climber's broken neck, a fighter's fractured neck, a bike crash in
        # April with a numb hand - all told after the fact
        "blind35": 3,
        # part 37's one: anxiety's "tingles, facial numbness and little twitches"
        "blind37": 1,
        # part 38's one: a morning that "could not get up from the bed", before a hospital stay
        "blind38": 1,
        # part 39's two: a husband's jumbled speech "a few weeks ago"; a face that "had dropped
        # on one side" yesterday (off-topic and "no" to its labeller; a face drooping yesterday
        # is one the bot should and does raise)
        "blind39": 2,
        # part 40's one: a lifelong breathlessness "looking back"; part 41's one: a 2018 spinal
        # injury, paralysed since; part 42's one: a right hand and arm that hardly move
        "blind40": 1,
        "blind41": 1,
        "blind42": 1,
        # part 43's two: a father who "could not move the right side of his face" last
        # Saturday; a vertigo attack that "couldn't see anything"; part 44's two: menopause's
        # palpitations; a bike fall "back in the summer"
        "blind43": 2,
        "blind44": 2,
        # part 47's three: an angiogram's chest told after; a 2010 stroke's "trouble with
        # speaking"; a hydrocodone reaction, "passed out and came to 6 times in a row"
        "blind47": 3,
        # part 48's three: a horse fall "today" told with irony, a father "struck down by a
        # stroke" in September, a rugby concussion described
        "blind48": 3,
        # part 49's one: a blogger's chest pain "on Thursday" told after (A&E found nothing)
        "blind49": 1,
        # part 50's six: the same six stories (all labelled off-topic: none speaks of the legs)
        "blind50": 6,
        # part 51's two: a bike accident's concussion before a launch; a friend's mother who
        # "often can't feel herself" and wets herself
        "blind51": 2,
        # part 54's one, left: a quilter's hands "dating back to a motorcycle accident I had
        # several years ago" (a "years ago" frame would also have hidden a fall told today)
        "blind54": 1,
        # part 58's one, left: a jockey's concussion, in rehab (the injury rule reads concussion
        # by name)
        "blind58": 1,
        # part 59's one, left: a father's L4 compression fracture found on X-rays after falls
        "blind59": 1,
        # part 60's four, left: a rancher knocked unconscious by a cow (the injury rule reads a
        # knock-out by name); a backpacker's "hammering heart action" at altitude; "the left
        # side of my body was now in the gutter" (a fall off a heifer); a father-in-law "too
        # weak to get up from the floor" beside the writer's weak knees
        "blind60": 4,
        # part 61's one, left: "nearly keeled over sideways" after dozing in a service (a near
        # faint is a sign: "I nearly keeled over when I stood up ... everything went grey" is
        # written set 25's emergency)
        "blind61": 1,
        # part 63's two, left: two choir singers who "PASS OUT ON STAGE" with "AMBULANCES
        # OUTSIDE"; a teacher's near faint at last night's concert ("I really was going to faint")
        "blind63": 2,
        # part 67's one, left: an actor's Parkinson's, "his speech slurs, his leg vibrates" (a
        # profile)
        "blind67": 1,
        # part 70's one, left: a rider's bruised leg that "won't take your weight" the morning
        # after black ice (the net)
        "blind70": 1,
        # part 71's one, left: a grandfather who "fell and hit his head" and broke his hip
        # today, in hospital
        "blind71": 1,
        # part 73's one, left: an exercise class's "I'm winded, at times with my heart racing"
        # (the chest rule's `unless` words are kept few: see the README)
        "blind73": 1,
        # part 74's one, left: a box jump's crashed shin, "got real dizzy ... almost passed out"
        "blind74": 1,
        # part 75's one, left: a rash's face "puffy and abnormal" (a face "abnormal" is a sign)
        "blind75": 1,
        # part 77's two, left: "our faces are cold and fairly numb" after a cold-water swim; a
        # fall over a car booster seat, "went down like a ton of bricks"
        "blind77": 2,
        # part 78's one, left: a trekker "out of breath" with "mild altitude sickness"
        "blind78": 1,
        # part 79's four, left: the walker's legs, the two scans' broken vertebrae, the numb jaw
        "blind79": 4,
    }
    assert summary["off_topic_alarms"] == alarms.get(name, 0), summary


# a plain emergency told after a story; one test each, so that the suite's workers share them
TOLD_AFTER = (
    ("stroke_signs", "My face is drooping and I can't lift my arm."),
    ("cauda_equina_signs", "I can't control my bladder and my legs are numb."),
    ("cold_pale_leg", "My foot is ice cold and blue."),
    ("chest_symptoms", "I'm short of breath and my calf is swollen."),
    ("both_legs_weak", "Now both my legs have gone weak."),
    ("stroke_signs", "My speech is slurred."),
    # past tense after a dated story: the question says it is happening now
    ("both_legs_weak", "Both my legs suddenly went weak. What should I do?"),
    ("stroke_signs", "Suddenly I couldn't move my leg. Should I go to A&E?"),
)


@pytest.mark.parametrize(("index", "finding", "plain"), [(i, *t) for i, t in enumerate(TOLD_AFTER)])
def test_no_real_story_hides_an_emergency_told_after_it(
    index: int, finding: str, plain: str
) -> None:
    """Every non-emergency message of the corpus, with a plain emergency added at its end (and
    no full stop before it when the story has none): a long story told before must not hide
    it - not its years, its hypotheticals, its dentist or its negations. Each story is told
    with one of the plain emergencies, in turn, and each plain after an eighth of the stories,
    to keep the suite under its 10 minutes (all pairs took about a quarter of its CPU; until the
    forty-first session each story was told with two of them, four apart, about 40 s of CPU
    more)."""
    from bot.ask import indexes_for

    detector = indexes_for(load_bundle()).detector
    stories = [r for r in _rows() if r["emergency"] == "no"]
    hidden = [
        r["id"]
        for n, r in enumerate(stories)
        if (n + index) % len(TOLD_AFTER) == 0
        and finding not in detector.detect(f"{str(r['text']).rstrip()} {plain}")
    ]
    assert hidden == []


def test_a_topic_offered_below_an_alarm_is_counted_apart(tmp_path: Path) -> None:
    """An alarmed story is never a right topic; when its topic is the right one (the chat
    offers it below the advice), the scorer counts it as a topic below an alarm."""
    from bot.ask import answer

    text = (
        "My sister had a stroke 3 years ago and now her left arm and leg are paralysed. Her "
        "left foot tingles and burns all the time, her GP says it is nerve damage. What can help "
        "the burning?"
    )
    result = answer(text, load_bundle())
    assert result.emergency and result.match is not None
    rows = [
        {"id": "a", "text": text, "kind": "symptom", "accept": [result.match], "emergency": "no"},
        {"id": "b", "text": text, "kind": "symptom", "accept": ["dvt"], "emergency": "no"},
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    summary = score_file(path, timed=False).summary()
    assert summary["right_topic"] == 0.0 and summary["false_emergencies"] == 100.0
    assert summary["topic_below_alarm"] == 1
