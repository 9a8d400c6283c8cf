"""Typed questions: thresholds on the tuning set, off-topic rejection, `pinbot eval ask`."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest

from bot.ask import AskResult, answer, indexes_for
from bot.ask.eval_cli import main as eval_main
from bot.ask.score import main as score_main
from bot.ask.score import read_labelled, score
from bot.content.library import load_bundle

DATA = Path(__file__).parent / "data"
TUNING = DATA / "ask_tuning.jsonl"


def test_tuning_set_is_big_and_varied() -> None:
    items = read_labelled(TUNING)
    assert len(items) >= 80
    topics = {i.match for i in items if i.match and not i.emergency}
    assert topics == set(load_bundle().topic_ids)
    assert sum(i.emergency for i in items) >= 20
    assert sum(i.match is None and not i.emergency for i in items) >= 20


def test_tuning_thresholds() -> None:
    s = score(read_labelled(TUNING), load_bundle())
    assert s.top1_accuracy >= 0.90, s.report() + "\n" + "\n".join(s.misses)
    assert s.recall == 1.0, s.misses
    assert s.rejection >= 0.90, s.misses
    assert s.false_alarm_rate <= 0.02, s.misses


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("why does my foot tingle after sitting cross legged?", "nerve-compression"),
        ("my fot gos numb wen i sit crosslegged", "nerve-compression"),
        ("sciatic pain down my leg", "sciatica"),
        ("can a lack of b12 give you pins and needles", "faq-nutrition"),
        ("could it be ms", "multiple-sclerosis"),
        ("does age matter", "faq-age"),
        ("can anxiety cause tingling", "faq-anxiety-stress"),
    ],
)
def test_typical_questions(text: str, topic: str) -> None:
    result = answer(text, load_bundle())
    assert result.match == topic
    assert not result.emergency
    assert topic not in result.alternatives and len(result.alternatives) <= 2


@pytest.mark.parametrize(
    "text",
    [
        "what's the weather",
        "what's the weather like in London tomorrow?",
        "",
        "   ",
        "?!",
        "how do i fix a leg on my table",
        "what age can you get a tattoo",
        "how do I get to the train station",
    ],
)
def test_off_topic_gets_no_medical_answer(text: str) -> None:
    result = answer(text, load_bundle())
    assert result.match is None and not result.emergency


def test_result_shape() -> None:
    r = answer("my leg tingles", load_bundle())
    assert isinstance(r, AskResult)
    assert r.match is not None and r.score > 0.0
    assert r.match in load_bundle().topic_ids
    assert all(a in load_bundle().topic_ids for a in r.alternatives)


def test_index_is_built_once_per_bundle() -> None:
    bundle = load_bundle()
    assert indexes_for(bundle) is indexes_for(bundle)


def test_long_input_is_fine() -> None:
    assert answer("tingling " * 2000, load_bundle()).match is not None


def _run_eval(monkeypatch: pytest.MonkeyPatch, stdin: str) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setattr("sys.stdout", out)
    return eval_main([]), out.getvalue()


def test_eval_ask_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        {"id": "q1", "text": "why does my foot tingle after sitting cross legged?"},
        {"id": "q2", "text": "what's the weather"},
        {"id": 3, "text": "my face is drooping"},
        {
            "id": "q4",
            "text": "I'm diabetic and both my feet have been numb for months, no chest pain",
        },
    ]
    code, out = _run_eval(monkeypatch, "\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows[0] == {
        "id": "q1",
        "match": "nerve-compression",
        "emergency": False,
        "findings": [],  # a general question states no finding
    }
    assert rows[1] == {"id": "q2", "match": None, "emergency": False, "findings": []}
    assert rows[2]["id"] == 3 and rows[2]["emergency"] is True
    assert rows[2]["findings"] == ["stroke_signs"]
    assert rows[3]["emergency"] is False
    assert set(rows[3]["findings"]) == {"persistent", "diabetes", "both_feet_gradual"}
    # the same function as the chat
    for row, line in zip(rows, lines, strict=True):
        r = answer(str(line["text"]), load_bundle())
        assert (row["match"], row["emergency"], row["findings"]) == (
            r.match,
            r.emergency,
            r.findings,
        )


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a"]', "line 2: expected a JSON object"),
        ('{"text": "x"}', "line 2: missing or invalid 'id'"),
        ('{"id": "q", "text": 5}', "line 2: 'text' must be a string"),
    ],
)
def test_eval_ask_malformed_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], bad: str, message: str
) -> None:
    code, out = _run_eval(monkeypatch, '{"id": "q1", "text": "hi"}\n' + bad + "\n")
    assert code == 2
    assert out == ""
    assert message in capsys.readouterr().err


def test_score_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert score_main([str(TUNING)]) == 0
    out = capsys.readouterr().out
    for label in ("top-1 accuracy", "off-topic rejection", "emergency recall", "false-alarm"):
        assert label in out
    assert "ms/question" in out


def test_score_command_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x", "emergency": false}\nnope\n', "utf-8")
    assert score_main([str(bad)]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err


def test_every_finding_below_the_emergencies_names_a_topic() -> None:
    """So a symptom story always has a topic to show (bot/handlers/browse.story_screen)."""
    from bot.content.models import OTHER_FINDINGS

    bundle = load_bundle()
    topics = dict(bundle.emergency.finding_topics)
    assert set(topics) == set(OTHER_FINDINGS)
    assert all(t in bundle.causes or t in bundle.faqs for t in topics.values())


def test_red_flags_spoken_of_but_not_happening_get_the_when_to_worry_topic() -> None:
    """A message that matches no topic but speaks of emergency signs that are not happening
    now (a hypothetical, the past, someone else's past) is answered with when to worry."""
    bundle = load_bundle()
    topic = bundle.emergency.spoken_of_topic
    assert topic == "faq-emergency" and topic in bundle.faqs
    detector = indexes_for(bundle).detector
    assert detector.echoes("my dad had a stroke years ago") == ["stroke_signs"]
    assert detector.echoes("my foot tingles when I sit cross legged") == []
    asked = answer("what if my face droops while my foot is numb", bundle)
    assert not asked.emergency and asked.match == topic
    happening = answer("my face droops and my foot is numb", bundle)
    assert happening.emergency and happening.emergency_findings == ["stroke_signs"]
    # a message with a topic of its own keeps it
    assert answer("why does my foot go numb when I sit cross legged", bundle).match != topic
    # no leg in it, but a red flag spoken of: when to worry; explained away (a dentist, the
    # gym): nothing for us
    dad = answer("My dad had a stroke years ago. What if my face starts drooping one day?", bundle)
    assert not dad.emergency and dad.match == topic
    for other in (
        "the dentist gave me a local anaesthetic and half my face is still numb",
        "I did chest and tris today and now I can barely lift my arms",
    ):
        assert answer(other, bundle).match is None, other


def _declined_and_kept(others: tuple[str, ...], ours: tuple[str, ...]) -> None:
    """An off-topic gate: each of `others` gets no topic, each of `ours` keeps one."""
    bundle = load_bundle()
    assert [t for t in others if answer(t, bundle).match is not None] == []
    assert [t for t in ours if answer(t, bundle).match is None] == []


def test_a_story_far_from_every_topic_is_declined_unless_it_names_a_cause() -> None:
    """A story whose sentence embedding is far from every topic is about something else
    (`EMBED_MIN`), unless it types a word that names a cause (`named_causes`): a DVT, yes; a
    boot disk or a marathon runner's chemotherapy, no."""
    _declined_and_kept(
        (
            "And there it was.. Windows :: Blue Screen of Death! I was sure I was not seeing "
            "this. So I shutdown the machine and smiled at people sitting around.. 30 sec .. "
            "ticked by, I tried again, there was a more scary version of the blue screen this "
            "time! Boot Disk failure!",
            "I ran two marathons on chemotherapy, have completed the marathon des sables (250k "
            "across the Sahara) twice plus a bunch of similar races, and I am planning the next "
            "one in spring",
        ),
        (
            "flying to Sydney next month (22h) and I had a DVT in 2019. what should i do so i "
            "dont get another one",
        ),
    )


def test_who_the_person_is_alone_is_no_topic() -> None:
    """A message of context words only that states nothing but who the person is (diabetes, a
    diet, a medicine) and names no leg or foot is declined (`background` in findings.toml:
    written topic set 144); with a leg or a foot it keeps its topic."""
    _declined_and_kept(
        (
            "headache every morning since they changed my insulin to the long acting one",
            "I've just been moved onto insulin and I drive for work, do I tell the DVLA?",
            "My dentist says my gums are bleeding more, could it be linked to my diabetes?",
        ),
        (
            "im type 2 diabetic and just started running, do i need to worry about my feet",
            "my mum's 80 w type 2 n says her feet feel like theyre wrapped in cling film",
        ),
    )


def test_an_animals_leg_is_not_ours() -> None:
    bundle = load_bundle()
    _declined_and_kept(
        (
            "His back left leg was swollen all the way up, so I called the vet",
            "I noticed my dog is limping on her left leg and the pad looks swollen",
            "My 12-year-old Cocker Spaniel has recently started dragging her right back leg",
        ),
        (
            "My dog sleeps on my legs and my feet go numb",
            "I get a charley horse in my calf at night",
        ),
    )
    # an emergency stays an emergency, whoever is in the story
    fall = answer("my horse stumbled and I fell off onto my back, now my legs tingle", bundle)
    assert fall.emergency and fall.match is not None
    # ... but an animal seen by its vet is the patient: its signs are no one's emergency here
    cat = answer(
        "yesterday he was yowling in pain and couldn't stand on his back legs. We got him seen "
        "by our vet: a feline aortic thromboembolism.",
        bundle,
    )
    assert not cat.emergency and cat.match is None, cat
    dog = answer(
        "they said every time they tried to stand him, his back half would go limp and he was "
        "dragging himself. Reagan is a dachshund. That breed is prone to back problems.",
        bundle,
    )
    assert not dog.emergency, dog
    for ours in (
        "the vet says my dog is fine but since this morning both my legs are numb and weak",
        "the dog knocked him over at the vets and now he can't move his legs",
    ):
        assert answer(ours, bundle).emergency, ours


def test_joint_pain_alone_is_not_our_topic() -> None:
    _declined_and_kept(
        (
            "I have pain in my knee after going for a run. It hurts a lot going down stairs.",
            "sharp pain in my lower back after weeding, on the right side",
        ),
        ("my knee goes numb when I kneel", "my back hurts and my leg tingles"),
    )


def test_another_trouble_of_the_legs_or_feet_is_not_our_topic() -> None:
    """A sprain, a blister, plantar fasciitis or shin splints told with only aches is that
    trouble's; with a nerve symptom, a colour, or diabetes it is ours."""
    _declined_and_kept(
        (
            "I've got anterior shin splints, and they don't seem to want to go away.",
            "I have plantar fasciitis and my heel hurts every morning",
            "I stubbed my little toe on the bed frame last night and it really hurts",
        ),
        (
            "I sprained my ankle last week and now my foot is numb and tingling",
            "I stubbed my toe weeks ago and now it is blue and it hurts",
            "blister on my heel that won't heal, I'm diabetic, what should I do",
        ),
    )


def test_restless_legs_gout_a_heel_or_a_new_knee_is_another_trouble() -> None:
    """Restless legs, gout, a heel's first steps, a replaced knee or a leg ulcer told with only
    aches are that trouble's; with tingling or numbness they are ours."""
    _declined_and_kept(
        (
            "At night my legs won't keep still, there's this crawly urge to move them. Restless "
            "legs? Anything help?",
            "knee replacement 6 weeks ago, still stiff, cant bend past 90. normal?",
            "first steps in the morning my heel feels like a knife, eases after walking a bit",
            "I've had a venous leg ulcer above my ankle since spring, the nurse dresses it",
        ),
        (
            "since my knee replacement the outside of my shin has been numb and tingly",
            "restless legs at night and now my feet tingle and burn all day too",
        ),
    )


def test_feeling_numb_after_a_break_up_is_not_our_topic() -> None:
    _declined_and_kept(
        (
            "Steve and I broke up. I don't know what to think or how to feel. I just feel numb.",
            "I'm not fighting back tears today, I don't feel sad, I just feel numb and empty.",
            "another mind-numbing meeting at work today",
        ),
        (
            "I felt too depressed to work out, and then I triggered a sciatica attack",
            "I'm so sad, my feet have been numb for weeks",
        ),
    )


def test_another_trouble_told_with_its_nerve_symptoms_denied() -> None:
    """Another trouble whose message denies pins and needles ("No numbness or anything, just
    a sore red lump") is that trouble's; a denial of one sign keeps another ("no numbness but
    my feet tingle"). Sore legs after leg day and a dentist's "bottom of my mouth" are not
    ours either."""
    _declined_and_kept(
        (
            "I've got a bunion on my right foot and it rubs in every shoe. No numbness or "
            "anything, just a sore red lump by the end of the day. What's bunion surgery like?",
            "the bottom of my heel is agony for the first few steps every morning, a sharp "
            "stabby pain, not tingling. Is it plantar fasciitis?",
            "my legs are killing me 2 days after leg day, is it normal to be this sore",
            "dentist numbed the bottom of my mouth 3 hrs ago, how long does it last",
            "felt completely numb since they told me i didnt get the job. how do people snap "
            "out of this",
        ),
        (
            "I've got a bunion on my right foot, no numbness but my toes tingle all day",
            "my bottom goes numb on long drives and the tingling runs down my leg",
        ),
    )


def test_dead_tired_and_asleep_on_my_feet_are_tiredness() -> None:
    _declined_and_kept(
        (
            "legs feel dead tired after leg day lol how long does DOMS last",
            "6 hrs of zoom calls today im literally asleep on my feet",
            "Got my redundancy letter on Friday. I've felt completely numb all weekend.",
        ),
        ("my legs feel dead and tingly after sitting all day", "my foot is asleep again"),
    )


def test_our_words_in_an_idiom_a_denied_tingle_and_the_way_back_are_declined() -> None:
    """A figure of speech ("on pins and needles") with no body part is waiting anxiously; a
    knee's pain told with its tingle denied is joint pain; "on the way back" is no one's back.
    A body part, or a tingle not denied, keeps the topic."""
    _declined_and_kept(
        (
            "Please I have been on pins and needles since morning. My younger brother wrote JAMB "
            "and the result is supposed to be out but the portal keeps showing error.",
            "My knee is paining since 2 weeks while climbing stairs, no tingling or numbness. "
            "Which ortho is good in Pune?",
            "my hands started going numb on the way out, and then really numb on the way back. "
            "Now I still get some tingling in my right hand.",
        ),
        (
            "I've had pins and needles in my feet since this morning",
            "my knee hurts and I get tingling down my shin",
            "my back hurts and my leg tingles on the way back from work",
        ),
    )


def test_a_product_or_another_trouble_named_with_our_words_is_declined() -> None:
    """A numbing cream before a tattoo, a TENS machine's pads and flat feet with no tingle are
    not about pins and needles; numbness itself, or PAD named, keeps the topic."""
    _declined_and_kept(
        (
            "does numbing cream for tattoos actually work? getting my first one on my ribs",
            "tens machine for period pain, where do the pads go?",
            "do i need insoles for flat feet if nothing hurts? no pain, no tingling",
        ),
        (
            "my calf goes numb after my tattoo session, is that normal?",
            "I have PAD and my calf cramps when I walk",
            "I have flat feet and my toes tingle when I walk",
        ),
    )


def test_sleep_a_metal_plate_and_a_ball_of_the_foot_are_not_our_topic() -> None:
    """Falling asleep at night, a healed ankle's metal plates at an airport and metatarsalgia
    are declined (topic set 13); a leg that falls asleep, or tingles beside the plates, keeps
    the topic."""
    _declined_and_kept(
        (
            "Just as I'm falling asleep my whole body twitches and it wakes me up. Coffee?",
            "I have metal plates in my ankle from a fracture, healed fine. Will the airport "
            "scanner beep?",
            "metatarsalgia from my new work shoes, any insoles recs",
        ),
        (
            "my leg keeps falling asleep when I sit",
            "I have metal plates in my ankle and my foot tingles since the operation",
            "I fell asleep on the sofa and woke up with my leg numb",
        ),
    )


def test_a_figure_of_speech_names_no_body_part_and_the_neck_or_ribs_are_elsewhere() -> None:
    """The figures "the upper hand" and "on the other hand" name no hand, so they no longer
    hide a leg's story (real part 24); a throat "on fire" and shingles round the ribs are
    elsewhere (topic set 14), a leg named beside the neck keeps the topic."""
    _declined_and_kept(
        (
            "tonsillitis or strep? throat on fire n white spots",
            "I've got a band of tingling, burning skin around the right side of my ribs and now a "
            "few small blisters",
        ),
        (
            "I want to get the upper hand on a case of sciatica that just doesn't seem to get "
            "better",
            "keep an eye on my foot, it tingles",
            "pinched nerve in my neck and my leg tingles",
        ),
    )


def test_feeling_numb_in_grief_is_not_our_topic() -> None:
    """A death or a funeral with "numb" and no body part is grief ("looking back" and "want him
    back" are not the back); a body part, or a word of grief without "numb", keeps the topic."""
    _declined_and_kept(
        (
            "My best friend died suddenly last month and I've been completely numb since. Is "
            "it normal to feel this numb after a loss?",
            "My father passed away two years ago. Looking back, I cried a lot, but lately I feel "
            "numb when I think about him. I want him back so badly.",
        ),
        (
            "since my dad died in spring my feet have been numb all the time",
            "my grandad died of diabetes and now my toes tingle and burn at night",
        ),
    )


@pytest.mark.parametrize(
    ("text", "not_stated"),
    [
        ("my leg went numb and I started to panic", "anxiety_related"),
        ("the stitches were dropping through the rows and I started to panic", "anxiety_related"),
        ("I started taking gabapentin to relieve the nerve pain in my feet", "medication_started"),
    ],
)
def test_a_fright_or_a_treatment_is_not_a_cause(text: str, not_stated: str) -> None:
    """Panic at a symptom is not anxiety bringing it on; a medicine for nerve pain is not a
    medicine that started it."""
    assert not_stated not in answer(text, load_bundle()).findings


def test_anxiety_that_brings_the_symptom_on_is_stated() -> None:
    found = answer("I get pins and needles with my panic attacks", load_bundle()).findings
    assert "anxiety_related" in found


def test_crawling_ants_are_a_tingle_and_crawling_out_of_my_skin_is_not() -> None:
    """Formication ("like ants crawling on my legs") is a kind of pins and needles; "crawling
    out of my skin with anxiety" is a way of saying restless, about no body part."""
    _declined_and_kept(
        ("I'm crawling out of my skin with anxiety waiting to hear about the job",),
        (
            "I feel like ants are crawling on my legs",
            "my legs feel like something is crawling under the skin",
        ),
    )


def test_a_sign_told_in_the_past_beside_an_old_story_is_looked_back_on() -> None:
    """Not an emergency now, but the chat is told, and the emergency FAQ comes first."""
    bundle = load_bundle()
    told = answer("I was diagnosed with diabetes in 2015. Both my legs suddenly went weak.", bundle)
    assert not told.emergency
    assert "both_legs_weak" in told.looked_back
    assert told.alternatives[0] == bundle.emergency.spoken_of_topic != told.match
    for text in (
        "my feet tingle at night",
        "Both my legs suddenly went weak.",  # an emergency: nothing to look back on
        "I had sciatica years ago and my foot goes numb when I sit",
    ):
        assert answer(text, bundle).looked_back == [], text


def test_a_storys_two_sentence_windows_read_as_their_joined_text() -> None:
    """`_story_rank` reads each sentence's words once and joins them for its two windows
    (`Words.then`): on a quarter of the stored texts (by a hash of each text, so a set added
    later does not move them; all of them took about 22 s, the forty-first session, and half of
    them 18 s, the forty-ninth: some 28,000 windows now), the joined words are those of the
    joined text."""
    import zlib

    from bot.ask import _SENTENCES

    topics = indexes_for(load_bundle()).topics
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line and '"text"' in line
    ]
    texts = [t for t in texts if zlib.crc32(t.encode()) % 4 == 0]
    windows = 0
    for text in texts:
        sentences = [s for s in _SENTENCES.split(text) if s.strip()]
        for a, b in itertools.pairwise(sentences):
            joined = topics.words(a).then(topics.words(b))
            assert joined == topics.words(f"{a} {b}"), (a, b)
            assert topics.phrased(joined) == topics.terms_marked(f"{a} {b}")
            windows += 1
    assert windows > 20_000


def test_the_ranker_scores_as_the_plain_sums_over_every_topic_and_example() -> None:
    """`TopicIndex.rank` looks each query term up in postings (topics and examples that use
    it); its scores are those of summing over every topic and every example phrase."""
    import math

    from bot.ask.matcher import BM25_WEIGHT, K1, B

    topics = indexes_for(load_bundle()).topics

    def plain(terms: list[str]) -> dict[str, float]:
        q = list(dict.fromkeys(terms))
        idf = [topics.idf.get(t, topics.unknown_idf) for t in q]
        q_norm = sum(w * (K1 + 1) for w in idf)
        q_weight = sum(idf)
        out = {}
        for d, topic_id in enumerate(topics.ids):
            norm = K1 * (1 - B + B * topics.length[d] / topics.avg_length)
            bm25 = sum(
                w * f * (K1 + 1) / (f + norm)
                for t, w in zip(q, idf, strict=True)
                if (f := topics.tf[d].get(t))
            )
            best = max(
                (
                    sum(topics.idf.get(t, topics.unknown_idf) for t in set(q) & ex)
                    / math.sqrt(q_weight * sum(topics.idf.get(t, topics.unknown_idf) for t in ex))
                    for ex in topics.examples[d]
                    if not set(q).isdisjoint(ex)
                ),
                default=0.0,
            )
            out[topic_id] = BM25_WEIGHT * bm25 / q_norm + (1 - BM25_WEIGHT) * best
        return out

    queries = [q for row in read_labelled(TUNING) if (q := topics.terms(row.text))]
    assert len(queries) > 100
    for terms in queries:
        got = {r.topic_id: r.score for r in topics.rank(terms)}
        assert got == pytest.approx(plain(terms), abs=1e-12), terms


def test_numbish_feet_at_my_age_and_a_calf_that_seizes_up_walking() -> None:
    bundle = load_bundle()
    age = answer("turned 70 and now my feet go numbish most evenings. is that just my age", bundle)
    assert age.match == "faq-age", age
    walk = answer(
        "calf seizes up after about 200m walking to the shop, i stop, it goes off, walk on and "
        "it comes back. smoked 40 yrs if that matters",
        bundle,
    )
    assert walk.match == "pad" and "claudication" in walk.findings, walk


def test_the_head_answers_when_to_worry_only_for_a_story_of_an_emergency() -> None:
    """The topic head learned the emergency FAQ from relatives' and survivors' emergencies and
    took it for any story told of someone else (topic set 16); it may still choose it for a
    story with a word of an emergency (`spoken_of_story`: an ambulance, a fall, "couldn't")."""
    bundle = load_bundle()
    remedies = answer(
        "anything my dad can do at home for his tingly feet? he refuses to see a doctor lol", bundle
    )
    assert remedies.match == "faq-home-remedies", remedies
    drinker = answer(
        "My brother is 52 and has drunk heavily for most of his adult life. Over the past year he "
        "has mentioned that both his feet feel numb and burn at night, and he has become "
        "unsteady walking to the bathroom in the dark.",
        bundle,
    )
    assert drinker.match == "peripheral-neuropathy", drinker
    story = answer(
        "I awoke that night with the worst pain I had ever felt. It was like a toothache in my "
        "spine and I could not stand on my left leg. Ruth called the ambulance",
        bundle,
    )
    assert story.match == "faq-emergency" and not story.emergency, story


@pytest.mark.parametrize(
    "text",
    [
        "my 7yo keeps waking up crying w growing pains in his legs, what helps",
        "baby has a red blotchy rash on her legs n tummy, no temp, shes happy n feeding. eczema?",
        "My husband was diagnosed with gout after a very painful, swollen big toe last year. His "
        "doctor has now suggested allopurinol.",
        "My 12-year-old rolled his ankle on the trampoline this afternoon. It is swollen on the "
        "outside and a bit bruised, but he can walk on it",
        "But I'm back. Not 100% - I've got a numb thumb on my left hand which is irritating",
        "my mums hands go numb at night n wake her up, she shakes them to get the feeling back. "
        "carpal tunnel?",
    ],
)
def test_other_troubles_told_of_others_are_declined(text: str) -> None:
    """Topic set 16 and part 26: a child's growing pains, a rash, gout's swollen toe, a rolled
    ankle's swelling, "I'm back" and "the feeling back" (no one's back)."""
    got = answer(text, load_bundle())
    assert got.match is None and not got.emergency, got


def test_a_swelling_with_numbness_after_a_rolled_ankle_is_still_ours() -> None:
    got = answer("my left foot is swollen and numb after I rolled my ankle", load_bundle())
    assert got.match == "nerve-damage", got
