"""Emergency detection in typed text: recall on realistic phrasings, negation, typos."""

from __future__ import annotations

import pytest

from bot.ask import answer, indexes_for
from bot.ask.normalize import tokenize
from bot.content.library import load_bundle
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS


def findings(text: str) -> list[str]:
    return indexes_for(load_bundle()).detector.detect(text)


def _rule_examples() -> list[tuple[str, str]]:
    return [(r.finding, ex) for r in load_bundle().emergency.rules for ex in r.examples]


@pytest.mark.parametrize(("finding", "text"), _rule_examples())
def test_every_example_in_emergency_toml_fires(finding: str, text: str) -> None:
    assert finding in indexes_for(load_bundle()).detector.read(text), text


@pytest.mark.parametrize("text", load_bundle().emergency.not_emergency)
def test_checks_in_emergency_toml_do_not_fire(text: str) -> None:
    hits = indexes_for(load_bundle()).detector.hits(text)
    alarms = [h for h in hits if h.finding in EMERGENCY_FINDINGS]
    assert alarms == [], alarms


def test_every_emergency_finding_has_examples() -> None:
    covered = {f for f, _ in _rule_examples()}
    assert covered == set(ALL_FINDINGS)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my face is drooping", "stroke_signs"),
        ("cant control my bladder", "cauda_equina_signs"),
        ("can't control my bladder", "cauda_equina_signs"),
        ("chest pain and my calf is swollen", "chest_symptoms"),
        ("numb down there", "cauda_equina_signs"),
        ("saddle numbness", "cauda_equina_signs"),
        ("both my legs went weak", "both_legs_weak"),
        ("my foot is ice cold and blue", "cold_pale_leg"),
        ("fell off a ladder and hurt my back now my leg tingles", "spine_head_injury"),
        ("slurred speech", "stroke_signs"),
        ("MY FACE IS DROOPING!!!", "stroke_signs"),
        ("My face… it’s drooping", "stroke_signs"),
    ],
)
def test_brief_phrasings(text: str, finding: str) -> None:
    assert finding in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain",
        "I don't have any chest pain",
        "there's no pain in my chest",
        "my chest doesn't hurt",
        "my face isn't drooping",
        "no slurred speech or face drooping",
        "I have no problems with my bladder",
        "i can control my bladder fine",
        "not short of breath",
        "no numbness down there",
        # a list of what is denied goes on past "or", beyond the five words of a negation
        "no problems with the loo or numbness down below",
        "no trouble with my waterworks or any numbness in my groin",
    ],
)
def test_negation_suppresses(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("no chest pain but my face is drooping", "stroke_signs"),
        ("I don't have diabetes, and I have chest pain", "chest_symptoms"),
        ("not sure but I think my speech is slurred", "stroke_signs"),
        ("I don't know why but my face is drooping", "stroke_signs"),
        ("I have no control over my bladder", "cauda_equina_signs"),
        ("I have no feeling down there", "cauda_equina_signs"),
        ("I'm not able to control my bowels", "cauda_equina_signs"),
        ("I haven't peed since yesterday and my back is killing me", "cauda_equina_signs"),
        ("my face doesn't look right", "stroke_signs"),
        # ... but a list's "or" does not reach past a sentence's end or a "but"
        ("no problems with the loo but numbness down below since today", "cauda_equina_signs"),
    ],
)
def test_negation_does_not_hide_real_signs(text: str, finding: str) -> None:
    assert finding in findings(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my fase is droopy", "stroke_signs"),
        ("slured speach", "stroke_signs"),
        ("chest pian and swolen calf", "chest_symptoms"),
        ("cant controll my bladdr", "cauda_equina_signs"),
        ("sadle numbness", "cauda_equina_signs"),
        ("both my legs went weeak", "both_legs_weak"),
        ("my foot is ice cold and bleu", "cold_pale_leg"),
        ("i fell of a ladder and hurt my bakc", "spine_head_injury"),
        ("brethless and my leg is swollen", "chest_symptoms"),
    ],
)
def test_typos(text: str, finding: str) -> None:
    assert finding in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "can anxiety cause tingling",
        "is it serious",
        "my leg is cold after sitting",
        "could my tingling be caused by my back",
        "I was told it could be sciatica",
        "my foot goes cold when I sit for long",
    ],
)
def test_ordinary_questions_are_not_emergencies(text: str) -> None:
    assert findings(text) == []


def test_sudden_cold_pale_painful_leg_is_an_emergency() -> None:
    assert findings("my leg suddenly went cold and pale and it's agony") == ["cold_pale_leg"]


def test_emergency_is_independent_of_topic_matching() -> None:
    result = answer(
        "my face is drooping and my foot tingles after sitting cross legged", load_bundle()
    )
    assert result.emergency and result.emergency_findings == ["stroke_signs"]
    assert result.match == "nerve-compression"  # the topic is still found
    weather = answer("what's the weather? also my face is drooping", load_bundle())
    assert weather.emergency and weather.match is None


def test_findings_are_in_triage_order_without_duplicates() -> None:
    text = "I fell down the stairs on my back, now chest pain, my face is drooping and lopsided"
    assert findings(text) == ["stroke_signs", "chest_symptoms", "spine_head_injury"]


@pytest.mark.parametrize(
    "text",
    [
        "what's my bank card pin number",  # "bank" is not a slip for "back" or "bang"
        "my legs were numb for a week last month",  # "week"/"month" are not "weak"/"mouth"
        "the painting of my face by my daughter",
        "I saw a saga about a sage",
    ],
)
def test_ordinary_words_are_not_typos(text: str) -> None:
    assert findings(text) == []


def test_one_word_cannot_stand_for_two_groups() -> None:
    detector = indexes_for(load_bundle()).detector
    assert detector.hits("bank") == []


@pytest.mark.parametrize(
    "text",
    ["numbness in my private area", "numb down below since my back went", "my privates are numb"],
)
def test_saddle_area_wordings(text: str) -> None:
    assert "cauda_equina_signs" in findings(text)


# Emergencies told plainly, one per emergency finding, and the everyday words people wrap them
# in. No framing may hide one: a question before it ("what is happening to me, ..."), a year
# that dates something else ("diagnosed with diabetes in 2015."), fear, politeness, history.
_PLAIN_EMERGENCIES = {
    "stroke_signs": "my face is drooping and I can't lift my arm",
    "stroke_signs ": "my speech is slurred",  # a word that ends in -ed and is not past
    "chest_symptoms": "I'm short of breath and my calf is swollen",
    "cauda_equina_signs": "I can't control my bladder and my legs are numb",
    "both_legs_weak": "both my legs have suddenly gone weak",
    "cold_pale_leg": "my foot is ice cold and blue",
    "spine_head_injury": "I fell down the stairs onto my back and now my legs tingle",
    "ascending_weakness": "the numbness has crept up from my feet to my knees since yesterday",
    "foot_infection": "my diabetic foot ulcer is red, hot and oozing pus",
    "compartment_signs": "my cast is too tight and my toes are numb and pale",
    "cancer_spine_signs": "I have cancer and now my back hurts and my legs are weak",
}
_FRAMES = (
    "what is happening to me, {}",
    "I'm scared, {}",
    "is this normal? {}",
    "not sure if this is serious, {}",
    "I read about the signs of a stroke, and now {}",
    "my dad had a stroke years ago and now {}",
    "I've had sciatica for years but today {}",
    "I was diagnosed with diabetes in 2015. {}",
    "Two weeks ago I started a new job. {}",
    "{}, what should I do?",
    "{}. I don't know what to do",
    "I thought it was nothing, but {}",
    "my doctor told me if it got worse to call. {}",
    "I have had pins and needles on and off for months. Now {}",
    "{} and I'm worried it could be a stroke",
    "I was fine yesterday, {}",
    "my wife says {}",
    "it feels like {}",
    "I don't have a headache but {}",
    "{}, it comes and goes",
    "{}, on and off since lunch",
    "I have never had this before, {}",
    "no pain but {}",
    "I'm not having a stroke am I? {}",
    "I had a stroke in 2019 and now {}",
    "when I woke up {}",
    "I have MS and {}",
    "I don't know if you can help, but {}",
    "if you can help, {}",
    "sorry if this is silly, {}",
    "even if it's nothing, {}",
    "just in case, {}",
    "I'm at risk of diabetes, {}",
    # an old story beside a present sign: the story may be long-standing, the sign is now
    "Last year I had a DVT. {}",
    "I had sciatica years ago but it went away. {}",
    "Years ago my mum had cauda equina. {}",
    "I've been diabetic for 20 years. {}",
    "He had a heart attack three years ago. {}",
    "She passed away last year and I've been stressed since. {}",
)


@pytest.mark.parametrize("key", sorted(_PLAIN_EMERGENCIES))
def test_no_framing_hides_an_emergency(key: str) -> None:
    plain, finding = _PLAIN_EMERGENCIES[key], key.strip()
    assert finding in findings(plain), plain
    hidden = [f.format(plain) for f in _FRAMES if finding not in findings(f.format(plain))]
    assert hidden == []


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my wife had a fall and her face is drooping", "stroke_signs"),
        ("my dad suffered a headache and his speech is slurred", "stroke_signs"),
        ("he had a fall and can't feel his legs", "both_legs_weak"),
        ("my son had an accident on his bike and his leg is cold and white", "cold_pale_leg"),
    ],
)
def test_someone_elses_past_reaches_only_to_the_next_and(text: str, finding: str) -> None:
    assert finding in findings(text)
    # the past itself stays past
    assert findings(text.split(" and ")[0]) == []


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my wife has had MS for years and her speech is slurred", "stroke_signs"),
        ("my father, 80, who had a heart attack in 2010, his face is drooping", "stroke_signs"),
        ("My dad had a stroke years ago. Her face has dropped on one side", "stroke_signs"),
        ("his foot is ice cold and blue, she had the same thing years ago", "cold_pale_leg"),
    ],
)
def test_an_old_story_beside_a_present_sign_does_not_hide_it(text: str, finding: str) -> None:
    assert finding in findings(text)


_RUN_ON = (
    "last year i had a dvt {}",
    "i had sciatica years ago {}",
    "years ago my mum had cauda equina {}",
    "ive been diabetic for 20 years {}",
    "my husband had a stroke in 2016 {}",
    "i used to get pins and needles {}",
    "i had a tia a few years back {}",
    "i have had back pain for months {}",
    "if you can help {}",
    "no chest pain {}",
    "no history of anything like this {}",
    "i have never had this before {}",
    "what is happening to me {}",
    "{} if you know what i mean",
    "{} if anything it is getting worse",
)


@pytest.mark.parametrize("key", sorted(_PLAIN_EMERGENCIES))
def test_a_message_typed_without_full_stops_does_not_hide_an_emergency(key: str) -> None:
    """On a phone people type on without full stops: "i had sciatica years ago my face is
    drooping" is two sentences, and the years are the sciatica's."""
    plain, finding = _PLAIN_EMERGENCIES[key], key.strip()
    typed = plain.lower().replace("'", "").replace(",", "")
    hidden = [f.format(typed) for f in _RUN_ON if finding not in findings(f.format(typed))]
    assert hidden == []


def test_a_time_phrase_opening_a_sentence_stays_with_it() -> None:
    """ "for 6 months i have had numb feet" is one sentence: the months are the feet's."""
    detector = indexes_for(load_bundle()).detector
    tokens = detector.tokens("for approximately 6 months i have been tingling in my feet")
    from bot.ask.runon import run_on_breaks

    assert run_on_breaks(load_bundle().emergency, tokens) == frozenset()
    tokens = detector.tokens("i had sciatica years ago my face is drooping")
    assert run_on_breaks(load_bundle().emergency, tokens) == frozenset({tokens.index("my")})


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Two weeks ago, my dad told my mom that his toe smelled. He figured out the source,"
            " which was a big pus ball.",
            "foot_infection",
        ),
        ("Last year I had a bunion. It has festered and is oozing pus.", "foot_infection"),
    ],
)
def test_a_dated_clause_does_not_silence_what_a_later_sentence_adds(
    text: str, finding: str
) -> None:
    """The past silences a sign only when every part of it is told of then: the toe was
    dated two weeks ago, the pus is not."""
    assert finding in findings(text)
    assert findings(text.split(". ")[0]) == []


@pytest.mark.parametrize(
    "text",
    [
        "The nurse said if the toes start to go blue, come in. My cast is on my leg.",
        "There is a risk of paralysis of the lower body, the scan showed tumours in my spine.",
    ],
)
def test_a_hypothetical_silences_a_sign_it_touches_at_all(text: str) -> None:
    assert findings(text) == []


def test_couldnt_keeps_its_past_tense() -> None:
    """ "couldn't" is read as "was" + "can't": an old story stays told of then, now fires."""
    detector = indexes_for(load_bundle()).detector
    assert detector.tokens("I couldn't move my legs") == ["i", "was", "cant", "move", "my", "legs"]
    assert "both_legs_weak" in findings("I couldn't move my legs this morning")
    assert findings("In 2009 I was in hospital for weeks. I couldn't move my legs.") == []


def test_a_slip_in_a_word_the_rewrites_look_for_is_mended_first() -> None:
    """ "could barly walk" is "could barely walk" before the rewrites read it; a real word a
    slip away ("unstable", "stepped", "meditation") is left as it is."""
    detector = indexes_for(load_bundle()).detector
    assert detector.tokens("I could barly walk") == ["i", "cant", "walk"]
    assert detector.tokens("she can neitherr see nor speak") == [
        "she",
        "cant",
        "see",
        "cant",
        "speak",
    ]
    assert "both_legs_weak" in findings("suddenly i cannnot move my legs")
    for word in ("unstable", "stepped", "meditation", "pressing", "worn"):
        assert detector.tokens(f"i felt {word}") == ["i", "felt", word]


def test_a_number_with_a_point_or_colon_is_one_word() -> None:
    """ "4.5 years" and "5:20" are numbers, not sentence breaks: the years stay with what
    they tell of. A time of day is one word that is no year ("[19:30] Becky:" is not 1930)."""
    assert tokenize("for the past 4.5 years, at 5:20. 1,000 steps. I am 5. 6 days") == [
        *("for", "the", "past", "45", "years", ",", "at", "5h20", "."),
        *("1000", "steps", ".", "i", "am", "5", ".", "6", "days"),
    ]
    assert tokenize("[19:30] Becky: at 20:10") == ["19h30", "becky", ".", "at", "20h10"]
    assert findings("My left side has tingled on and off for the past 4.5 years.") == []
    assert tokenize("at 19.45, fine by 3.05. temp 38.9") == [
        *("at", "19h45", ",", "fine", "by", "3h05", ".", "temp", "389"),
    ]
    assert "stroke_signs" in findings("[19:45] my face has dropped on one side and I cant smile")
    assert "stroke_signs" in findings("at 19.45 her face dropped on one side")


def test_a_minus_sign_before_a_number_is_the_word_minus() -> None:
    """ "-8" and "−8" are temperatures below zero (a cold that explains white toes), not a
    dash to drop; a range ("2-3 days") or a word ("x-ray") keeps its hyphen as a break."""
    assert tokenize("at -8 and −5C, 2-3 days, x-ray") == [
        *("at", "minus", "8", "and", "minus", "5c", ","),
        *("2", "3", "days", ",", "x", "ray"),
    ]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("my toes went white and numb at -8 on the ski lift, fine after warming up", False),
        ("my toes went white in the snow, normal again within ten minutes", False),
        # "fine after" something else, then a sign now
        ("I was fine after a few days but now my foot is ice cold and blue", True),
        # the cold, and not over
        ("my toes went white and numb at -8 on the ski lift and they still are", True),
    ],
)
def test_cold_toes_that_warmed_up_again(text: str, fires: bool) -> None:
    """ "fine after warming up" says the episode is over, and the cold explains it."""
    assert ("cold_pale_leg" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("My worst fear is cauda equina, I read that you can lose control of your bladder.", False),
        # a fear, then the sign now
        ("My biggest fear is a stroke like dad. My face is drooping now and my arm is weak.", True),
        (
            "I read that you can lose control of your bladder with a slipped disc. Right now I"
            " can't control my bladder and my legs are numb.",
            True,
        ),
    ],
)
def test_a_fear_or_something_read_is_not_a_sign(text: str, fires: bool) -> None:
    """ "my worst fear is", "I read that you can": what they tell is not happening."""
    assert bool(set(findings(text)) & {"cauda_equina_signs", "stroke_signs"}) is fires, findings(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "my left arm and leg have been numb on and off for years",
        "the left side of my body tingles on and off for 4 years",
        "one side of my body goes numb off and on for years",
    ],
)
def test_and_inside_a_fixed_pair_joins_no_two_parts(text: str) -> None:
    """ "on and off" is one phrase: the years after it are the numbness's, not a new part."""
    assert findings(text) == []


_FAR = (
    "{cancer} I also have type 2 diabetes and mild asthma which are both fine, and we went"
    " to Spain in the summer. Over the last week I have had a new ache in my back that is"
    " different from my usual stiffness and keeps me up at night, and since yesterday my left"
    " leg is numb and feels weak on the stairs."
)


@pytest.mark.parametrize(
    ("cancer", "fires"),
    [
        ("I had bowel cancer surgery last year and the scans have been clear.", True),
        ("I finished chemo in March.", True),
        ("I have no history of cancer.", False),
        ("Could this be cancer?", False),
        ("I had my gallbladder out last year.", False),
    ],
)
def test_a_rule_can_need_a_word_anywhere_in_the_message(cancer: str, fires: bool) -> None:
    """`needs`: the cancer is told far before the new back pain and numb leg (more than any
    window), and counts only when it is not denied or feared."""
    text = _FAR.format(cancer=cancer)
    assert ("cancer_spine_signs" in findings(text)) is fires, text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the pronoun stands for the legs named before it
        (
            "I've got spinal stenosis from years ago. Both legs are numb all the time now,"
            " even sitting, and they've gone so weak I need help to stand",
            True,
        ),
        ("I've got spinal stenosis from years ago. My legs are numb today.", False),
        # too far back: twenty words between the legs and "they"
        (
            "I've got spinal stenosis from years ago. My legs hurt a bit after the long walk"
            " we took on the coast path with the dogs and the kids on Sunday afternoon in the"
            " sun, and they've gone so weak",
            False,
        ),
    ],
)
def test_they_stands_for_the_legs_named_just_before(text: str, fires: bool) -> None:
    assert ("both_legs_weak" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a clause that opens with its date dates the rest of its sentence
        (
            "Last March I had what they called a TIA, my right arm and leg went weak for about"
            " ten minutes, I called 999 and had scans. My foot tingles when I sit on the bench.",
            False,
        ),
        # ... but not a clause that says now
        ("Last March I had a TIA, now my right arm and leg are weak.", True),
        # "couldn't feel" is told of then; "Back to normal now." says it is over
        (
            "Fell asleep on the sofa with my leg hanging over the arm and woke up with a dead"
            " leg, couldn't feel it for a couple of minutes. Back to normal now.",
            False,
        ),
        # a question for help says now: the sitting no longer excuses it
        (
            "I was sitting at my desk. Suddenly I couldn't move my leg. Should I go to A&E?",
            True,
        ),
        # someone asking for their work
        (
            "Screenwriter here - episode where a rugby player injures his neck in a scrum. What"
            " would he say he feels in his legs?",
            False,
        ),
        ("I injured my neck in a scrum and now my legs are numb", True),
        # [context] `over`: "it's (totally) fine now" lets a sign's exception explain it even
        # beside "this morning", when nothing after it says now
        # the message's last word on now is that it is over: the sitting explains it
        (
            "I sat on the toilet for ages this morning and my leg went completely dead,"
            " couldn't move it. It's fine now.",
            False,
        ),
        (
            "sat cross legged this morning and my right leg was completely dead, it's totally"
            " fine now",
            False,
        ),
        # ... not when something said after it is now
        (
            "I was sitting on my foot this morning and it went dead. it's fine now but now my"
            " face is drooping",
            True,
        ),
        # ... nor when what is over is something else
        (
            "Last week I had a fever, it is better now. Since yesterday both my feet tingle and"
            " today it has come up to my knees and my hands.",
            True,
        ),
        # a sign that passed without anything to explain it is still a stroke sign
        (
            "My left leg went suddenly numb and weak this morning for ten minutes. It's fine now.",
            True,
        ),
        # [context] `never_with`: the `for_work` words explain away every rule
        # someone asking for their work, anywhere in the message, is not telling of themselves
        (
            "Revising for my paramedic exam tomorrow. Red flags for cauda equina: saddle"
            " anaesthesia, retention, incontinence, what am I missing?",
            False,
        ),
        (
            "I'm writing a novel. My character wakes up and one leg won't move, and she answers"
            " with the wrong words.",
            False,
        ),
        # ... but not a word that only looks like one ("my stents" is not "my students")
        ("on clopidogrel after my stents, right leg suddenly cold and waxy white", True),
        # ... nor a story that names a first aid course in passing
        (
            "FE has done an advanced first aid course, and he had the symptoms of a stroke:"
            " slurred speech, one side of the face dropped",
            True,
        ),
        # a sentence opening with its date
        # a year that opens a sentence dates it, after a full stop too
        (
            "Long story: in 2020 I had a foot infection that turned into sepsis, temperature 40,"
            " shaking so hard the bed rattled. My feet are a bit numb now.",
            False,
        ),
        (
            "2019 i had cauda equina, couldnt pee, numb saddle, emergency decompression at 2am."
            " all good since. these days my right heel tingles a bit after a long drive",
            False,
        ),
        # ... so does a month opening a clause after a full stop
        (
            "Bit of background. In March my left leg went suddenly numb and my face dropped on"
            " one side. My husband called 999.",
            False,
        ),
        # ... but not what a later sentence says is now
        (
            "In 2020 I had a foot infection. Now my foot is red, hot and oozing pus with a fever",
            True,
        ),
        # counted times, "both are", bandages
        # a clause that opens with a counted time ("two years ago") dates its sentence
        (
            "Two years ago I ended up in resus with a pulmonary embolism, I'd had a swollen calf"
            " and ignored it, then collapsed at work and couldn't breathe. I'm on blood thinners"
            " now and fine. My foot tingles when I drive.",
            False,
        ),
        # ... but not a sentence after it
        ("Two years ago I had a clot. I collapsed at work an hour ago and can't breathe.", True),
        # "both are" after the legs stands for them
        (
            "numbness in both legs from the hips down, started as a faint tingle yesterday but now"
            " both are properly numb and weak and going downhill fast",
            True,
        ),
        ("we both went for a run and now my legs are tired", False),
        # toes that go grey and numb under a bandage
        ("bandage on my sprained ankle from A&E this morning, toes now numb and greyish", True),
    ],
)
def test_context_of_long_stories(text: str, fires: bool) -> None:
    assert bool(findings(text)) is fires, findings(text)


def test_a_rule_can_need_two_words_anywhere_in_the_message() -> None:
    """`needs_also`: a cancer and a back pain, each far from the other and from the leg."""
    story = (
        "I was diagnosed with prostate cancer three years ago and I'm on hormone injections. I"
        " keep active, bowls on Tuesdays, the allotment. For a month or so I've had an ache in"
        " my lower back which I put down to digging, but it's worse at night and keeps me up,"
        " lying down doesn't help. And this week my right leg has started to feel weak and"
        " tingly."
    )
    assert "cancer_spine_signs" in findings(story)
    assert "cancer_spine_signs" not in findings(story.replace("my lower back", "my garden"))


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the sign is someone else's past; only the body part is the writer's, now
        (
            "My brother lost his leg to a diabetic foot infection, so I'm careful. My foot"
            " tingles after I've been sat cross legged for a while.",
            False,
        ),
        # a sign told now beside a body part named in the past still fires
        ("Two weeks ago he said his toe smelled. Now there is a big pus ball on it.", True),
    ],
)
def test_a_past_sign_does_not_pair_with_a_body_part_named_now(text: str, fires: bool) -> None:
    """A match is silenced when every group but the body part's is told in the past."""
    assert ("foot_infection" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # the sentences between a dated opening and a closure are the old story's
        (
            "Three years ago I had a stroke. Woke up and couldn't lift my right arm, speech gone,"
            " face drooping, the lot. Clot-busting drugs, rehab, and I've been back at work for"
            " two years. My left foot goes tingly when I sit cross-legged.",
            "stroke_signs",
            False,
        ),
        (
            "Had a heart attack in March: crushing chest, sweating, blue lights, stent. Cardiac"
            " rehab finished and I'm feeling great.",
            "chest_symptoms",
            False,
        ),
        # with no closure after it, the same story may be telling of today
        (
            "Three years ago I had a stroke. Woke up and couldn't lift my right arm, speech gone,"
            " face drooping.",
            "stroke_signs",
            True,
        ),
        # a sentence in the present tense ends the old story, closure or not
        (
            "Three years ago I had a stroke. Now my face is drooping and my speech is slurred."
            " I had rehab back then.",
            "stroke_signs",
            True,
        ),
        # what comes after the closure is not the old story's
        (
            "In 2019 I had a stroke and recovered well. I woke up and couldn't lift my arm, my"
            " face is drooping.",
            "stroke_signs",
            True,
        ),
        # "Ten years ago I fell" is one sentence: the years are the fall's
        (
            "Ten years ago I fell from scaffolding and fractured a vertebra, had numb legs for a"
            " week in hospital, all resolved after surgery. Is ibuprofen gel okay?",
            "spine_head_injury",
            False,
        ),
        # the dated sentence's own later clauses are the story's too, when a closure follows
        (
            "My foot ulcer got infected last summer, red streaks, IV antibiotics for a week in"
            " hospital. Healed completely, podiatrist happy.",
            "foot_infection",
            False,
        ),
        # ... not without one
        (
            "My foot ulcer got infected last summer, red streaks, IV antibiotics for a week in"
            " hospital.",
            "foot_infection",
            True,
        ),
        # ... nor when one of them says now
        (
            "My foot ulcer got infected last summer, red streaks again now and a fever. It had"
            " healed completely.",
            "foot_infection",
            True,
        ),
        # "woke up unable to feel" after its date is then, not now
        (
            "Two years ago I woke up unable to feel my face or my left leg, ambulance, the lot."
            " Fully recovered. My toe tingles after long runs.",
            "stroke_signs",
            False,
        ),
        (
            "I woke up unable to feel my face or my left leg.",
            "stroke_signs",
            True,
        ),
    ],
)
def test_an_old_story_told_on_after_its_date(text: str, finding: str, fires: bool) -> None:
    """[context] `closure`: an old story is silenced from its dated opening to the word
    that says it ended, and only as far as it tells nothing in the present tense."""
    assert (finding in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I fell and hurt my back yesterday, it's really sore.", False),
        ("Slipped on the stairs and banged my back, bruised and stiff this morning.", True),
        ("Fell off a ladder this morning and landed on my back, it hurts a lot.", True),
        ("I fell and hurt my back yesterday and now my left leg is numb.", True),
        ("Thrown from my horse this afternoon, landed on my neck.", True),
        ("I fell and hurt my back, I did not break anything, just sore.", False),
    ],
)
def test_an_injury_needs_a_symptom_or_a_dangerous_mechanism(text: str, fires: bool) -> None:
    """`spine_head_injury` is a symptom that started after an injury (TRIAGE.md), or an
    injury whose mechanism NICE NG41 calls dangerous (a fall from height or down stairs, a
    horse, a vehicle, a broken bone): a plain strain is neither."""
    assert ("spine_head_injury" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a harmless cause with an episode that has ended
        (
            "Been on my knees in the garden weeding for two hours, stood up and both legs went"
            " to jelly, had to grab the fence. Sat on the bench for a few minutes and it all"
            " passed.",
            False,
        ),
        # the same cause, not over: still an emergency
        (
            "Been on my knees in the garden weeding for two hours, stood up and both legs went"
            " to jelly, had to grab the fence. Now I can't stand up.",
            True,
        ),
        # over, but no harmless cause told with the sign
        (
            "Both legs went to jelly in the kitchen and I had to grab the fence. It all passed.",
            True,
        ),
    ],
)
def test_a_harmless_cause_explains_an_episode_that_is_over(text: str, fires: bool) -> None:
    """`unless_over`: kneeling, sitting or the cold explain a leg gone weak or white in their
    sentence only when the message says the episode is over."""
    assert ("both_legs_weak" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # someone else, already in care, far from the writer
        (
            "My brother just rang from a hospital in Leeds, he's been admitted with a cold white"
            " leg and they're operating tonight. What surgery is it likely to be?",
            False,
        ),
        # ... but a sign of the writer's own is still the writer's
        (
            "My brother just rang from a hospital in Leeds, he's been admitted. Now my foot has"
            " gone cold and white.",
            True,
        ),
        # someone not yet in care: the advice is to call for them
        ("My dad rang me, his foot has gone cold and white and it really hurts.", True),
        # "from hospital", "on blood thinners": care already given
        (
            "My friend in Australia messaged from hospital, her foot went cold and white and"
            " they operated.",
            False,
        ),
        (
            "A colleague rang from home, his foot went cold and white on a flight and he's now on"
            " blood thinners.",
            False,
        ),
        ("My mum is with me, her foot has gone cold and white and it really hurts.", True),
    ],
)
def test_someone_already_in_care_elsewhere(text: str, fires: bool) -> None:
    """[context] `elsewhere_*`: another person, news from afar and care already given
    silence every match that does not speak of the writer."""
    assert ("cold_pale_leg" in findings(text)) is fires, findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was listening to a podcast when suddenly my face drooped and my arm went weak",
        "we were doing a quiz at the pub and my dad's face dropped on one side",
        "I was looking at a poster in the waiting room when my leg suddenly went numb and weak",
        "I was doing my coursework when both my legs suddenly went weak",
        "I'm translating for my mum, she says her face is drooping and her speech is slurred",
        # work named as such, but the writer's own sign told "suddenly" (`work_now`)
        "I was revising for my finals and suddenly both my legs went weak",
        "working on my dissertation and all of a sudden my face drooped and my arm went weak",
    ],
)
def test_a_word_of_work_in_passing_does_not_hide_an_emergency(text: str) -> None:
    """A podcast, a quiz, a poster or coursework named in passing is not someone asking for
    their work: only the phrases that say so ("for my podcast", "translating a leaflet")
    silence a rule, and not the writer's own sign told as happening now."""
    assert set(findings(text)) & {"stroke_signs", "both_legs_weak"}, findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "I host a small health podcast and want an episode on diabetic foot infections.",
        "Paramedic student here. In a scenario the patient has sudden numbness in one leg and"
        " slurred speech, what's the first action?",
        "Translating a leaflet into Polish about spinal cord compression in cancer patients.",
        "For my A-level biology coursework: why does Guillain-Barre start in the feet and move"
        " upwards?",
        "For my novel: the heroine is revising for exams and suddenly both her legs go weak."
        " What happens next?",
    ],
)
def test_asking_for_work_or_study_is_not_an_emergency(text: str) -> None:
    assert not set(findings(text)) & set(EMERGENCY_FINDINGS), findings(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "My right leg went numb about 20 min ago, I was only standing at the counter making"
            " tea, and now the mug keeps slipping out of my right hand",
            "stroke_signs",
        ),
        (
            "can't finish a sentence without puffing since lunch. the swollen leg from my knee op"
            " is still numb round the ankle",
            "chest_symptoms",
        ),
        (
            "My wife has had a bad back for a few days. She's just told me she soiled herself on"
            " the sofa and didn't realise. Her legs are tingly as well.",
            "cauda_equina_signs",
        ),
        (
            "Sciatica for a week. Had a bath earlier and couldn't feel the water on my backside.",
            "cauda_equina_signs",
        ),
        (
            "since wednesday his legs both feel dead and weak and it's worse every day",
            "both_legs_weak",
        ),
        (
            "Crushed my leg under a pallet this afternoon, now the calf feels like it's going to"
            " burst and the top of my foot has no feeling",
            "compartment_signs",
        ),
        # Spanish, German and French words of a sign mixed with English are read as English
        (
            "Hola, mi madre 65 años, desde ayer both legs muy débiles, she can't get out of the"
            " chair sin ayuda y hoy peor.",
            "both_legs_weak",
        ),
        (
            "Hallo, meine Beine sind seit heute morgen beide so schwach, I cannot stand on my"
            " tiptoes anymore and the numb feeling is going higher up. Ich bin 45, Frau.",
            "ascending_weakness",
        ),
        (
            "j'ai une plaie sous le pied depuis 10 jours, now it is very red up to the ankle,"
            " hot, and there is pus, I have fever and I am shaking.",
            "foot_infection",
        ),
    ],
)
def test_signs_told_in_lay_words(text: str, finding: str) -> None:
    """A hand that lets the mug slip, a sentence that can't be finished, soiling without
    noticing, bath water not felt on the backside, "legs both", a calf "going to burst", and
    the words of a sign in another language mixed with English."""
    assert finding in findings(text), findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "If a stroke only hit my leg, would I even recognise it? I live alone and it worries me.",
        "If my diabetic dad's foot ever got infected, what signs should I look out for?",
        "my biggest dread with a bad back is losing control of my bladder. what's the tell-tale"
        " sign it's actually happening?",
        "Off skiing soon and scared of breaking a leg and getting that compartment thing.",
        "Suppose both my legs went weak overnight, would that be A&E or GP?",
        "A colleague got compartment syndrome after football last season and was off for months.",
    ],
)
def test_more_hypotheticals_fears_and_others_pasts(text: str) -> None:
    assert not set(findings(text)) & set(EMERGENCY_FINDINGS), findings(text)


def test_an_english_word_is_never_mended_into_a_foreign_one() -> None:
    """ "paler" is a slip away from French "parler", "James" from "jambes": the foreign
    rewrites take no slips (`mend = false`), so the English stays English ("paler" is read
    "pale", as "whiter" is "white")."""
    detector = indexes_for(load_bundle()).detector
    assert "legs" not in detector.tokens("James can't move his arm")
    text = "since lunch my right foot has been icy and a lot paler than the other one"
    tokens = detector.tokens(text)
    assert "pale" in tokens and "parler" not in tokens, tokens
    assert "cold_pale_leg" in findings(text)


def test_a_student_telling_of_a_relative_now_is_not_asking_for_study() -> None:
    """ "Me, a nursing student" says who is writing, not that the story is a study case."""
    text = (
        "Me, a nursing student, I think my dad is having an attack: he can't stand, we can't"
        " understand what he says and his left side is paralysed."
    )
    assert "stroke_signs" in findings(text), findings(text)


def test_no_word_of_work_hides_the_writers_own_emergency_now() -> None:
    """Each `never_with` phrase (someone asking for their work) said in passing before the
    writer's own emergency now: the emergency still counts. The same phrase with a
    character's or a patient's sign does not."""
    bundle = load_bundle()
    detector = indexes_for(bundle).detector
    plain = (
        ("stroke_signs", "my face is drooping and my speech is slurred."),
        ("both_legs_weak", "both my legs have suddenly gone weak and I can't stand."),
        ("cauda_equina_signs", "I can't control my bladder and my bum is numb."),
        ("cold_pale_leg", "my foot is ice cold and white and it really hurts."),
    )
    work = sorted({str(t) for t in bundle.emergency.never_with if "*" not in str(t)})
    assert len(work) > 50
    hidden = [
        (phrase, finding)
        for phrase in work
        for finding, sign in plain
        if finding not in detector.detect(f"I was busy with {phrase} earlier, and now {sign}")
    ]
    assert hidden == []
    assert not detector.detect(
        "Watched Casualty last night, a biker's leg went cold and blue after a crash. Is that"
        " realistic or just TV drama?"
    )


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I'm scared that my face is drooping and my speech is slurred.", True),
        ("I'm afraid that my foot is ice cold and white and it really hurts.", True),
        ("I fear that I can't control my bladder and my bum is numb.", True),
        ("I'm scared that I'm having a stroke, my face is drooping", True),
        ("I'm scared that I'll have a stroke like my dad one day", False),
        ("I'm afraid that my back pain could turn into cauda equina", False),
        ("I'm worried that my foot might go cold and white on the flight", False),
    ],
)
def test_a_fear_of_what_is_happening_now_is_not_a_hypothetical(text: str, fires: bool) -> None:
    """ "scared that", "afraid that": a fear is a hypothetical only when a word of the future
    follows it in its clause (`fears`, `future`); a fear of what is happening is now."""
    assert bool(set(findings(text)) & set(EMERGENCY_FINDINGS)) is fires, findings(text)


ANXIOUS_OPENERS = (
    "I'm scared that",
    "I'm afraid that",
    "I think",
    "probably nothing but",
    "I googled it and",
    "I'm paranoid but",
    "what is happening to me,",
    "sorry to bother you but",
    "the GP said it's sciatica but",
    "I've had sciatica for years and",
    "I had a stroke years ago and",
    "I have MS and",
    "I have health anxiety and",
    "I'm probably overreacting but",
    "last time it was just a trapped nerve but",
    "the doctor said it was nothing last week but",
    "I'm a medical student and",
    "I'm 23 so it can't be serious but",
)


@pytest.mark.parametrize("opener", ANXIOUS_OPENERS)
def test_an_anxious_or_storied_opener_does_not_hide_a_sign_now(opener: str) -> None:
    """What a worried person types before the sign (a fear, a hedge, an old diagnosis, an old
    stroke) leaves the sign that follows it now."""
    plain = (
        ("stroke_signs", "my face is drooping and my speech is slurred."),
        ("both_legs_weak", "both my legs have suddenly gone weak and I can't stand."),
        ("cauda_equina_signs", "I can't control my bladder and my bum is numb."),
        ("cold_pale_leg", "my foot is ice cold and white and it really hurts."),
    )
    hidden = [f for f, sign in plain if f not in findings(f"{opener} {sign}")]
    assert hidden == []


@pytest.mark.parametrize(
    "text",
    [
        "I had a stroke 3 years ago and my left leg is still weak",
        "I had a stroke years ago and my arm is weak since then",
        "Had a stroke in 2019 and my left leg has been weak ever since, is that normal?",
    ],
)
def test_a_lasting_deficit_after_an_old_stroke_is_not_a_new_one(text: str) -> None:
    assert "stroke_signs" not in findings(text), findings(text)


@pytest.mark.parametrize("part", range(4))
def test_rewrites_merged_into_one_pass_read_as_applied_one_by_one(part: int) -> None:
    """A run of single-word rewrites is one expression with a table (`vocabulary._compiled`),
    and a rewrite is tried only on a text containing a string of each set it needs (`needs_of`)
    where its probe finds a match (`vocabulary._probe`): the tokens are exactly those of
    applying every rewrite in order, on a quarter of the stored texts. The texts are read in
    four parts (by a hash of each text, so a set added later does not move them), one test
    each, so that the suite's workers share them: one test of all of them took 108 s at the
    end of the suite while the other worker waited; since the suite came within a minute of its
    budget, the parts hold half the texts (about 55 s of CPU less), and since it came within
    seconds (the thirty-seventh session), a quarter (those whose hash is 0 modulo 4: some 9,000
    texts, about 40 s of CPU less again); since CI took 620 s (the forty-eighth session's end),
    an eighth (0 modulo 8: some 7,000 of 57,000 texts, about 38 s of CPU less)."""
    import json
    import re
    import zlib
    from pathlib import Path

    from bot.ask.normalize import tokenize

    bundle = load_bundle()
    vocabulary = indexes_for(bundle).detector.vocabulary
    one_by_one = [
        (re.compile(rf"(?<![a-z0-9])(?:{rw.pattern})(?![a-z0-9])"), rw.to)
        for rw in bundle.emergency.rewrites
    ]

    def mended(text: str) -> str:
        return " ".join(vocabulary.mend(t) for t in tokenize(text))

    def applied(joined: str) -> list[str]:
        for rx, to in one_by_one:
            joined = rx.sub(to, joined)
        return joined.split()

    data = Path(__file__).parent / "data"
    texts = [
        text
        for path in sorted(data.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line and '"text"' in line
        for text in [json.loads(line)["text"]]
        if zlib.crc32(text.encode()) % 32 == 8 * part
    ]
    assert len(texts) > 1500
    if part == 0:
        texts += ["mi madre, piernas debiles hoy peor", "beide beine schwach", "jambes faibles yrs"]
    # every rewrite in order over all the texts at once, one per line (a rewrite's words are
    # joined by spaces, so few reach across a line): a text whose tokens differ from that is
    # read again alone, and only a difference from its own one-by-one reading fails (about 30
    # texts, where a look-ahead reads on into the next line; reading every text alone took a
    # hundred seconds of the suite, this eighty)
    lines = [mended(t) for t in texts]
    assert not any("\n" in line for line in lines)
    together = " \n ".join(lines)
    for rx, to in one_by_one:
        together = rx.sub(to, together)
    at_once = [line.split() for line in together.split("\n")]
    assert len(at_once) == len(texts)
    differ = [t for t, toks in zip(texts, at_once, strict=True) if vocabulary.tokens(t) != toks]
    assert [t for t in differ if vocabulary.tokens(t) != applied(mended(t))] == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a hypothetical opened by "if one day" reaches to the end of its clause
        (
            "I've had breast cancer. If one day my back started hurting and my legs got weak,"
            " who should I call first?",
            False,
        ),
        ("I've had breast cancer. My back started hurting and my legs got weak.", True),
        # a function told normal after it is named is denied
        ("Sciatica down my left leg, can walk, saddle area feels normal, peeing fine.", False),
        ("Sciatica down my left leg, saddle area numb, peeing fine.", True),
        # "6 weeks back" is ago, not the back
        (
            "Fell off a stepladder onto my knee 6 weeks back. Bruise has gone but my shin still"
            " feels numb.",
            False,
        ),
        # another organ's infection is not the foot's
        ("On metronidazole for a tummy infection and since then my feet are tingling.", False),
        ("My toe is infected, red and hot, spreading up my foot, and I have a fever.", True),
        # asked and denied: one leg, not both
        ("Sciatica left leg 10 days. Both legs? No just the one. Can pee fine, no fever", False),
        ("Sciatica left leg 10 days. Both legs? Yes both now, getting weaker", True),
        # study and television named as such
        (
            "Podiatry assignment: describe the signs that a diabetic foot ulcer has become"
            " infected and needs same-day referral",
            False,
        ),
        (
            "Just watched Casualty, a builder fell off scaffolding, lost feeling below the waist."
            " Why do paramedics do that?",
            False,
        ),
        (
            "Just watched Casualty and now both my legs have gone weak and I can't stand up",
            True,
        ),
        # a dread of what may come is not now
        ("I had bowel cancer 4 years ago. My biggest dread is it reaching my spine.", False),
        ("I had bowel cancer 4 years ago and now my back hurts and my legs are weak.", True),
        # a foot "shaken out for a minute" is no faint; a person "out for a minute" is
        ("My foot goes dead when I kneel. I shake it out for a minute and it's fine.", False),
        ("He was out for a minute on the floor and now he can't move his leg.", True),
        # an infection treated elsewhere is not the foot's; one in the toe is
        ("Started metronidazole last week for an infection and now my feet feel prickly.", False),
        ("On antibiotics for an infection in my toe and now there is pus and a fever.", True),
        # a panic attack explains legs like jelly; legs rubbery after feet numb to the hips do not
        ("Whenever I get a panic attack my legs go tingly and jelly-ish.", False),
        ("numb feet yday now numb to hips. legs rubbery. pls help", True),
        # heat makes MS legs "like rubber": a word, not a slip for "rubbery"
        ("A hot shower makes my legs like rubber, it's my MS.", False),
        # one whole side fizzy is a stroke sign, told however
        ("tried to text and my thumbs wouldn't work. whole right side fizzy, leg included", True),
        # a bandage wrapped tight, toes white; feet that feel "wrapped in ice" are no bandage
        (
            "The nurse wrapped my knee really tight after my op today. Now my foot tingles and my"
            " toes look white.",
            True,
        ),
        ("Nine of my ten toes are numb, like they've been wrapped in ice, for weeks.", False),
        ("My boy is in a backslab for a broken leg and has been screaming with pain.", True),
        # cold toes in the snow, pink again now
        (
            "Walked the dog in the snow, toes went white and numb and stung warming up. Now pink"
            " and normal.",
            False,
        ),
    ],
)
def test_kinds_of_wording_that_deny_date_or_suppose(text: str, fires: bool) -> None:
    """Rewrites that read a sign as denied, dated or supposed only in these forms."""
    assert bool(set(findings(text)) & set(EMERGENCY_FINDINGS)) is fires, findings(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the feeling "coming back" is no back; a head teacher is no head
        ("Had a numb patch after a fracture. Did the feeling come back for anyone?", False),
        (
            "Sat cross-legged for the assembly, my foot flopped when I stood and I nearly fell"
            " into the head teacher.",
            False,
        ),
        ("Fell off a ladder onto my back and now both feet tingle.", True),
        # work named as such; "the situation" is no slip for "the simulation"
        (
            "Student paramedic here. Our last simulation was a man who fell off a ladder onto his"
            " back and now had tingling in both feet.",
            False,
        ),
        (
            "I'm writing an essay on cauda equina: the red flags are saddle numbness and"
            " incontinence.",
            False,
        ),
        (
            "I ran back inside to assess the situation. Her speech was slurred and her mouth"
            " drooped on one side.",
            True,
        ),
        # an infection of the gums treated is not the foot's
        ("On metronidazole for a gum infection and now the tips of my toes tingle.", False),
        # numbness "past the kneecaps" has climbed
        ("the tingling was in my feet monday now its past the kneecaps", True),
        # someone in a hospice far away is in care
        (
            "My mum lives in Cornwall, 400 miles away. Her legs went weak and she's now in a"
            " hospice, comfortable. I can only visit at weekends.",
            False,
        ),
    ],
)
def test_more_words_that_look_like_signs(text: str, fires: bool) -> None:
    assert bool(set(findings(text)) & set(EMERGENCY_FINDINGS)) is fires, findings(text)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("(the )?(pain is )?out of proportion( to (the|my))?", {"out of proportion"}),
        ("colou?r of (candle )?wax|waxy|white as (a sheet|chalk)", {"r of ", "waxy", "white as "}),
        ("for an? infection(?! (in|on) )", {" infection"}),
        ("(?<!we )\\bboth (are|were)(?! like)", {"both "}),
        ("(\\d+|a few) (days|weeks) back", {" back"}),
        ("\\d+", None),  # nothing literal: tried on every text
    ],
)
def test_what_a_rewrite_needs_in_a_text(pattern: str, needs: set[str] | None) -> None:
    from bot.ask.vocabulary import needs_of

    rarest = next(iter(needs_of(pattern)), None)  # the set a rewrite is checked for first
    assert rarest == (None if needs is None else frozenset(needs))


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a cancer's history counts however old; its new signs count when told in the past ...
        (
            "In 2019 I had bowel cancer. Last month I got a new pain in my back and my left leg "
            "went weak and tingly.",
            True,
        ),
        ("I had breast cancer in 2015. My back aches and my legs went numb.", True),
        # ... but not when they belong to an old story the message says has ended
        (
            "My story for anyone newly diagnosed: in 2022 my breast cancer came back in my "
            "spine, and I found out when my legs went numb. Steroids, radiotherapy, and I walked "
            "out of hospital two weeks later. Can I get a Blue Badge?",
            False,
        ),
    ],
)
def test_a_cancer_history_with_signs_of_then_or_of_now(text: str, fires: bool) -> None:
    assert ("cancer_spine_signs" in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # an infinitive after a modal is not a present tense: the old story is told on
        (
            "Summer 2021 my calf swelled up after a long drive. A week later I couldn't get my "
            "breath walking up a hill and coughed up blood. Pulmonary embolism. Update: all "
            "follow up scans clear, running again. Do I need flight socks?",
            False,
        ),
        ("I can't get my breath and my calf is swollen.", True),
    ],
)
def test_a_modal_tells_its_own_tense(text: str, fires: bool) -> None:
    assert ("chest_symptoms" in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a later line that says the episode passed ("5 minutes later he was fine", "walking ok
        # tingle gone") lets its cause explain it, the gym's and a race's included
        (
            "my husband fell asleep on the sofa with his legs crossed, woke up said his foot is "
            "dead cant feel it, 5 minutes later he was fine walking around laughing at himself",
            False,
        ),
        (
            "ran my first half marathon yesterday!! both legs like jelly after and feet tingly "
            "at the finish, today only sore muscles walking ok tingle gone",
            False,
        ),
        # ... but numbness that "has gone up" is spreading, and nothing here says it passed
        (
            "both legs like jelly after the half marathon yesterday, today still cant walk and "
            "the numbness has gone up to my waist",
            True,
        ),
        ("woke up and i cant feel my legs at all, its been an hour", True),
        # a cause told after its sign in the pluperfect explains it, when the message says
        # the episode passed ...
        (
            "my foot went completely numb at the cinema last night. I'd been sitting with it "
            "tucked under me for the whole film. I stood up, it fizzed for a minute and then it "
            "was totally normal. Fine this morning too.",
            False,
        ),
        # ... and not when it says the sign goes on
        (
            "my foot went completely numb at the cinema last night. I'd been sitting with it "
            "tucked under me for the whole film. It's still completely numb and I can't lift it.",
            True,
        ),
        # a question about a cause ("could the epidural have caused this?") is not the cause
        # told beside a new sign ...
        (
            "Had an epidural when my son was born eight months ago, my legs were numb for a few "
            "hours and then fine. Now when I sit cross-legged my feet go pins and needles, and it "
            "goes once I move. Could the epidural have caused this?",
            False,
        ),
        # ... but the question does not hide an epidural told as the story's start
        (
            "had an epidural yesterday and my legs are still numb and I can't lift them, could "
            "the epidural have caused this?",
            True,
        ),
    ],
)
def test_an_episode_said_to_have_passed(text: str, fires: bool) -> None:
    assert bool(findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # a cast that is off ("cast off now") is not tight on the leg
        (
            "broke my ankle 3 months back cast off now, sometimes tingles around the scar and "
            "top of the foot, physio says nerve healing, no swelling not much pain",
            "compartment_signs",
            False,
        ),
        ("my cast is on and my toes are numb and white and cold", "compartment_signs", True),
        # a name read about "on google" is not a sign; the signs themselves still are
        (
            "im panicking reading about GBS on google because my toes tingle, but its the same "
            "for 2 months not spreading not weak",
            "ascending_weakness",
            False,
        ),
        (
            "my legs are getting weaker from the feet up since yesterday, is this GBS",
            "ascending_weakness",
            True,
        ),
        # voice typing: "epic dural"; "cannot make the pee come"
        (
            "had the epic dural for the baby 2 days ago and my right leg still numb and weak "
            "cant lift it properly",
            "spine_head_injury",
            True,
        ),
        (
            "he has prostate cancer, new back pain and today he cannot make the pee come",
            "cauda_equina_signs",
            True,
        ),
    ],
)
def test_set_27_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # an old operation told to its end ("everything came back ... bladder normal")
        (
            "I had emergency surgery for cauda equina in 2017. I couldn't pee and couldn't feel "
            "anything down below. Everything came back within a year, bladder normal, legs "
            "strong. These days my foot tingles on long drives.",
            "cauda_equina_signs",
            False,
        ),
        (
            "I had surgery for cauda equina in 2017 and everything came back. Since this morning "
            "I can't feel anything down below and I can't pee.",
            "cauda_equina_signs",
            True,
        ),
        # a professional's patient
        (
            "I'm a physio. Had a patient last week who turned out to have cauda equina, saddle "
            "numbness and urinary retention. How do I explain the warning signs?",
            "cauda_equina_signs",
            False,
        ),
        # someone else's cancer told with their death is no one's history now ...
        (
            "My dad died of prostate cancer that spread to his spine, he ended up unable to walk. "
            "When I sit with my legs crossed my left leg goes tingly.",
            "cancer_spine_signs",
            False,
        ),
        # ... but a living relative's is theirs
        (
            "My mum had breast cancer in 2019 and now her back hurts and her legs are weak.",
            "cancer_spine_signs",
            True,
        ),
        # legs like jelly after a long hike, "just stiff and sore" today
        (
            "Both legs went completely to jelly at the end of a 30 km hike yesterday. Today "
            "they're just stiff and sore, walking fine.",
            "both_legs_weak",
            False,
        ),
        (
            "Both legs went to jelly on a hike yesterday and today I still can't stand",
            "both_legs_weak",
            True,
        ),
        # a habit, not a change; breathing that is odd, not the lips
        (
            "Towards the end of a shift my legs feel heavy and my lower legs and feet go numb "
            "and tingly, worse on hot days.",
            "both_legs_weak",
            False,
        ),
        ("when im anxious i breathe funny and my legs and lips go tingly", "stroke_signs", False),
        ("my lips feel funny and my left leg went numb an hour ago", "stroke_signs", True),
    ],
)
def test_set_28_histories(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # lips numbed by a dish; an essay about the signs
        ("After you eat the numbing peppers your lips feel like they are numb", False),
        ("my lips went numb and my face is drooping on one side, i ate nothing", True),
        (
            "I could write pages about the symptoms that occur in strokes. If you ever have or "
            "witness the symptoms, call 9-1-1!",
            False,
        ),
    ],
)
def test_part_22_wordings(text: str, fires: bool) -> None:
    assert ("stroke_signs" in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # urgent signs told as a story, over two sentences
        (
            "I had a lumbar fusion in 2019. For about five days my low back has been really "
            "painful, worse than after the operation, and since Monday I've had a temperature "
            "and shivers.",
            "back_pain_red_flags",
            True,
        ),
        (
            "my lower back has been sore all week from the flu, and I've had a temperature",
            "back_pain_red_flags",
            False,
        ),
        (
            "New work shoes rubbed a blister on the side of my right foot. It still hasn't "
            "healed, it's a raw patch and it's weeping a bit.",
            "foot_wound",
            True,
        ),
    ],
)
def test_urgent_signs_told_as_a_story(text: str, finding: str, fires: bool) -> None:
    assert (finding in indexes_for(load_bundle()).detector.read(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # jelly legs after a hard climb on a bike are tired muscles ...
        (
            "I tried to cycle over a railway bridge and made it, barely, but afterwards I had "
            "jelly legs and had to get off and push",
            False,
        ),
        # ... but not when the message says they are weak now
        ("after a bike ride yesterday both legs went to jelly and today I still can't stand", True),
    ],
)
def test_jelly_legs_after_a_bike_ride(text: str, fires: bool) -> None:
    assert ("both_legs_weak" in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # "she can't lift her right arm" is her arm, not "can't lift her" (can't stand)
        (
            "One of our residents woke much more confused than usual, she can't lift her right "
            "arm and says her right leg is all pins and needles. I'm in the room with her",
            "stroke_signs",
            True,
        ),
        ("his legs wouldn't lift him from the couch", "both_legs_weak", True),
        # a leg folded under a sleeper, "fine now"
        (
            "my mate crashed on the sofa with his leg folded under him and woke up with it "
            "completely dead, couldnt stand on it for a minute. its fine now just a bit tingly",
            "both_legs_weak",
            False,
        ),
        # a GP's word that the epidural is not the cause
        (
            "My wife had an epidural when our son was born in 2019. Now and then her thigh goes "
            "numb when she's stood a long time. Her GP said it's nothing to do with the epidural.",
            "spine_head_injury",
            False,
        ),
        # "if he ever gets ..." is a leaflet's warning, not a sign
        (
            "my dad has sciatica. The leaflet says if he ever gets numbness round his bottom or "
            "trouble peeing, go to A&E. He doesn't have either.",
            "cauda_equina_signs",
            False,
        ),
        # a collapse told to its end ("turned out he was just dehydrated, he's fine") ...
        (
            "At work today one of the lads collapsed - turned out he was just dehydrated, he's "
            "fine. My own legs tingle when I sit cross-legged.",
            "chest_symptoms",
            False,
        ),
        # ... but not one a person only says is fine
        (
            "my dad collapsed in the kitchen, he says he's fine but he's grey",
            "chest_symptoms",
            True,
        ),
    ],
)
def test_set_29_carers(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # the onset told in a sentence of its own
        ("My right foot has gone numb. It happened all of a sudden.", "stroke_signs", True),
        (
            "my feet went numb after sitting for hours. It happened all of a sudden.",
            "stroke_signs",
            False,
        ),
        # a cyclist's or a swimmer's stroke, a habit ("would go numb") and a hyperbole's sheet
        ("I cycle only on the up stroke to ease my burning feet", "stroke_signs", False),
        (
            'I play games like "cycle only on the up stroke" to minimize the pressure. Today, my '
            "feet were soaking wet.",
            "stroke_signs",
            False,
        ),
        ("am I having a stroke? my left leg is numb", "stroke_signs", True),
        (
            "at about 15 minutes into the walk my little toe on my right foot would go numb, "
            "completely numb.",
            "stroke_signs",
            False,
        ),
        ("my right foot suddenly went completely numb", "stroke_signs", True),
        (
            "Woke up at 3am with my big toe on fire, red and swollen, couldn't even stand the "
            "bedsheet touching it.",
            "both_legs_weak",
            False,
        ),
        ("woke up this morning and I can't stand, both my legs are weak", "both_legs_weak", True),
        # months are not hours or days; a fungal nail is not a wound
        (
            "feet feel numb and pins-and-needly, both of em, crept up over the last few months",
            "ascending_weakness",
            False,
        ),
        ("the numbness crept up my legs over the last few days", "ascending_weakness", True),
        (
            "thick yellow toenail on me big toe for about a year. GP reckons it's a fungal "
            "infection.",
            "foot_infection",
            False,
        ),
        ("my toe is infected with pus and I have a fever", "foot_infection", True),
    ],
)
def test_topic_set_11_and_set_30_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # punctuation spoken to voice typing, a child asleep across the legs, "totally normal now"
        (
            "my three year old slept across my legs all night and I woke up with my left leg "
            "totally dead full stop once I moved her it came back in two minutes full stop my "
            "leg is totally normal now question mark",
            "stroke_signs",
            False,
        ),
        ("my face is drooping full stop my left arm is weak comma help", "stroke_signs", True),
        # a kick, "much worse than a normal knock", a calf as tight as a drum and a numb foot
        (
            "Second half some lad went through the back of my right calf with his studs, proper "
            "whack. Tonight the calf is rock hard and swollen and tight like a drum, the pain is "
            "much worse than a normal knock, I can't put any weight through it and my foot's "
            "gone tingly and numb on top.",
            "compartment_signs",
            True,
        ),
        # a joke, the internet, sight that is fine, someone else's story that has ended
        (
            "My uncle was joking that I am having a stroke, but my face is fine, speech is fine",
            "stroke_signs",
            False,
        ),
        (
            "The internet told me about cauda equina, so just to say: no numbness around my "
            "bottom, I can feel everything when I wipe",
            "cauda_equina_signs",
            False,
        ),
        ("I think I have cauda equina, I can't feel my bottom", "cauda_equina_signs", True),
        # set 31: named, then ruled out
        (
            "Had an emergency MRI on Tuesday for suspected cauda equina, it came back clear. Now "
            "I'm just left with sciatica down my right leg.",
            "cauda_equina_signs",
            False,
        ),
        (
            "my MRI came back clear but now I can't feel my bottom when I wipe and I can't pee",
            "cauda_equina_signs",
            True,
        ),
        # an ending told after a chest pain; a sign told after the ending is not ended
        (
            "Went to A&E Friday with chest pain, ECG and bloods all fine, they said it was a "
            "pulled muscle. No chest pain since. But I keep getting pins and needles in my foot.",
            "chest_symptoms",
            False,
        ),
        (
            "I had chest pain yesterday, no chest pain since, but now I'm really short of breath "
            "and my calf is swollen",
            "chest_symptoms",
            True,
        ),
        (
            "Today everything's normal, my vision is fine right now, no weakness",
            "stroke_signs",
            False,
        ),
        (
            "My dad had a stroke in 2016. It started with his leg going numb and then his face. "
            "He's fine now, walks with a stick.",
            "stroke_signs",
            False,
        ),
        (
            "My husband's face drooped and his speech went slurred an hour ago. He's fine now.",
            "stroke_signs",
            True,
        ),
        # a mother's cancer told with her death in the next sentence; the writer's own denied
        (
            "My mum had breast cancer that spread to her spine back in 2012. She passed away the "
            "year after. I've never had cancer myself. I have an achy lower back and pins and "
            "needles down my left leg.",
            "cancer_spine_signs",
            False,
        ),
        (
            "I had breast cancer that spread to my spine back in 2012. I have new back pain and "
            "pins and needles down my left leg.",
            "cancer_spine_signs",
            True,
        ),
        # a documentary's black blister
        (
            "Last night I watched a documentary on BBC about diabetic foot amputations, a man "
            "had a blister that turned black and they had to take his leg off, and honestly I "
            "didn't sleep. I've just checked both feet with a mirror: no cuts, no blisters.",
            "cold_pale_leg",
            False,
        ),
    ],
)
def test_set_30_long_messages(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # "a while back", memories brought back and relived, a foot check imagined
        (
            "A while back I broke a pint glass and stepped on a shard without feeling it",
            "spine_head_injury",
            False,
        ),
        ("I fell off a ladder and hurt my back, now my legs are numb", "spine_head_injury", True),
        (
            "I've had lymphoma. Last night my calves cramped up, and it brought back a flood of "
            "memories of when chemo made my legs not work. For a few minutes I was back in the "
            "middle of that moment. I took a hot bath and it all went away.",
            "cancer_spine_signs",
            False,
        ),
        (
            "what should a diabetic look for? I can imagine the extreme which would be toes "
            "turning black, but I am not going there just yet",
            "cold_pale_leg",
            False,
        ),
        ("my toes are turning black and they're cold", "cold_pale_leg", True),
        # topic set 12: the heat of a foot spa's water, not of the foot
        (
            "I'm worried because he can't really feel how hot the water is. He also has a small "
            "blister on his heel that isn't healing, though it isn't red or weeping.",
            "foot_infection",
            False,
        ),
        ("the blister on his heel is hot, red and oozing pus", "foot_infection", True),
    ],
)
def test_part_23_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 32: figures of speech, and said so
        (
            "my face dropped when my boss said the meeting would be 3 hours. and then my leg went "
            "numb from sitting on it",
            "stroke_signs",
            False,
        ),
        ("my face dropped on one side when I was talking to my sister", "stroke_signs", True),
        (
            "Her face dropped when she tried to smile and her speech is slurred",
            "stroke_signs",
            True,
        ),
        (
            "My back is BROKEN. Not literally lol, I spent Sunday bent over weeding and now "
            "there's a tingle down my leg",
            "spine_head_injury",
            False,
        ),
        ("My back is broken, I fell off a ladder and my legs are numb", "spine_head_injury", True),
        # topic set 13: an arm slept on, a yoga pose, toes white in the cold, blackout blinds
        (
            "Every night I sleep with my arm under my pillow, and I wake up with the whole arm "
            "dead and floppy until I shake it out.",
            "stroke_signs",
            False,
        ),
        ("My arm went dead and floppy this morning and I cant lift it", "stroke_signs", True),
        (
            "after long holds in hero pose my lower leg goes numb and I can barely stand on it for "
            "a minute or two. It always comes back once I shake it out and walk.",
            "ascending_weakness",
            False,
        ),
        (
            "I did yoga this morning and now I cant stand, my legs are numb",
            "ascending_weakness",
            True,
        ),
        (
            "Every winter, as soon as it gets cold, my toes go white then numb and tingly, and "
            "then red and throbbing when I warm up.",
            "cold_pale_leg",
            False,
        ),
        (
            "when I put my foot down it turns purple and gets cold, my foot doesn't feel like "
            "my own",
            "cold_pale_leg",
            True,
        ),
        (
            "I'm struggling to sleep in the day. Blackout blinds help a bit.",
            "chest_symptoms",
            False,
        ),
        ("I blacked out in the kitchen and hit my head", "chest_symptoms", True),
        # part 24: a side of the leg, a dog's front paw, a story dated by the writer's age
        (
            "I just had a dead spot on my knee and one side of my leg where there was no feeling.",
            "stroke_signs",
            False,
        ),
        ("one side of my body is numb", "stroke_signs", True),
        # sciatica or numbness that has reached the other leg (sciatica in both legs)
        ("my sciatica has spread to my other leg", "both_legs_weak", True),
        ("my left leg is numb, my other leg is fine too", "both_legs_weak", False),
        ("my sciatica used to spread to my other leg years ago", "both_legs_weak", False),
        # topic set 12: numbness climbing one leg, the other said to be free
        (
            "over the last three days it's spread from my foot up to just below my knee and the "
            "foot feels more numb than before. Nothing in the right leg, no back pain",
            "ascending_weakness",
            False,
        ),
        (
            "over the last three days the numbness has spread up both legs to my knees",
            "ascending_weakness",
            True,
        ),
        # found writing the dog's test: "have given way", "have given out"
        ("both my legs have given way", "both_legs_weak", True),
        ("my legs have given out twice today", "both_legs_weak", True),
        (
            "At the age of 23 they could not find a pulse below my groin and my foot was cold to "
            "the touch.",
            "cold_pale_leg",
            False,
        ),
        (
            "At the age of 23 I'm too young for this, my foot is cold and white and really hurts",
            "cold_pale_leg",
            True,
        ),
        # part 11: "had mild stroke" without its article, last week
        ("Last week, my mom had mild stroke.", "stroke_signs", False),
        ("My husband had a massive stroke this morning, he can't speak", "stroke_signs", True),
    ],
)
def test_set_32_and_topic_set_13_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 33: signs told in images, read by the rules
        ("my words are coming out like soup and my hand wont hold the mug", "stroke_signs", True),
        (
            "Woke up an hour ago and my left foot feels like a block of wood, it keeps slapping "
            "the floor",
            "stroke_signs",
            True,
        ),
        (
            "I woke up and my foot felt like a block of wood, I had slept on it, fine after a "
            "minute",
            "stroke_signs",
            False,
        ),
        ("it feels like an elephant is sitting on my chest", "chest_symptoms", True),
        (
            "i cant get to the end of a sentence without gasping",
            "chest_symptoms",
            True,
        ),
        (
            "my toes look like candle wax and feel like ice, the whole foot went that way an hour "
            "ago and I can't wiggle the toes",
            "cold_pale_leg",
            True,
        ),
        (
            "the pins are climbing. yesterday ankles, today my hips, both sides",
            "ascending_weakness",
            True,
        ),
        ("fingers and toes have been buzzing since the weekend", "ascending_weakness", True),
        (
            "both my legs feel like they're filled with wet cement and they're getting heavier by "
            "the hour",
            "both_legs_weak",
            True,
        ),
        (
            "Knelt grouting the tiles for an hour and both feet went like blocks of wood, couldn't "
            "stand for a sec. All fine after shaking them out.",
            "ascending_weakness",
            False,
        ),
        # a story told wholly in the past with its year; "Earlier" says now after an old story
        (
            "In January 2007, I went to the ER due to severe pain in my calf along with chest pain "
            "and shortness of breath.",
            "chest_symptoms",
            False,
        ),
        (
            "I had a heart attack in 2015. Earlier I had crushing chest pain and I was sweating",
            "chest_symptoms",
            True,
        ),
        (
            "I had a stroke in 2015. Earlier my face drooped and my arm went weak",
            "stroke_signs",
            True,
        ),
        ("I've had asthma for years. Earlier I had crushing chest pain", "chest_symptoms", True),
        (
            "In 2015 I was diagnosed with diabetes. Last night my foot got infected and started "
            "oozing pus",
            "foot_infection",
            True,
        ),
        (
            "Earlier this week, my dad had a mini stroke, his speech suddenly became garbled",
            "stroke_signs",
            True,
        ),
        # part 25: a way of sitting, a figure of speech, a spurt of nausea
        (
            "the whole erect posture with legs folded at a 90 degree angle, my leg goes numb",
            "both_legs_weak",
            False,
        ),
        ("my legs folded and I fell", "both_legs_weak", True),
        (
            "don't let numbness hold you back, I broke my back about 10 years ago",
            "spine_head_injury",
            False,
        ),
        ("I will have little spurts of nausea and headaches", "stroke_signs", False),
    ],
)
def test_set_33_and_part_25_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 34: questions about emergency signs the writer does not have
        ("if both my legs ever gave way would that be a 999 thing?", "both_legs_weak", False),
        ("both my legs gave way an hour ago, would that be a 999 thing?", "both_legs_weak", True),
        ("can a bad back make you lose control of your bladder?", "cauda_equina_signs", False),
        (
            "I can't control my bladder since my back went, is that normal?",
            "cauda_equina_signs",
            True,
        ),
        ("how can you tell if a foot ulcer is infected?", "foot_infection", False),
        ("is it a stroke if the numbness is only in one leg??", "stroke_signs", False),
        ("is it possible to have a stroke in just your leg?", "stroke_signs", False),
        (
            "could sciatica ever go into both legs? mine is only in the left",
            "both_legs_weak",
            False,
        ),
        ("Is Guillain-Barre contagious? My colleague's off with it", "ascending_weakness", False),
        (
            "Would losing feeling down below be a reason for A&E with a slipped disc? I haven't",
            "cauda_equina_signs",
            False,
        ),
        (
            "my mate reckons tingling that climbs up your legs is guillain barre, is that true?",
            "ascending_weakness",
            False,
        ),
        # ... and a sign told as true inside a question
        (
            "Since Tuesday I've had to really strain to get started and sometimes nothing comes at "
            "all",
            "cauda_equina_signs",
            True,
        ),
        (
            "i have to strain to get going, constipated, and nothing comes",
            "cauda_equina_signs",
            False,
        ),
        # topic set 15: tingles climbing one foot are spreading numbness, not ascending weakness
        ("tingles spreading up my foot since yday", "ascending_weakness", False),
        ("tingling spreading up my legs since yesterday", "ascending_weakness", True),
    ],
)
def test_set_34_questions(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


def test_a_dogs_front_paw_is_the_dogs() -> None:
    """An animal's anatomy (a paw, a hind leg, a hoof) names the patient as a species does."""
    bundle = load_bundle()
    dog = answer(
        "I have an 11-year-old dog. Sometimes when he walks one of his front legs will give out, "
        "dragging one front paw.",
        bundle,
    )
    assert not dog.emergency
    assert answer("I walked the dog and now both my legs have given way", bundle).emergency


@pytest.mark.parametrize(
    ("text", "finding", "told"),
    [
        # a part joined by "and" with no verb of its own takes the tense of the part before it
        (
            "I had never experienced that type of chest pain and shortness of breath before.",
            "chest_symptoms",
            "past",
        ),
        ("he was drifting in and out and slurred in speech", "stroke_signs", "past"),
        ("I went to the shop and my face is drooping", "stroke_signs", ""),
        ("I have chest pain and shortness of breath", "chest_symptoms", ""),
        # "developed" is a verb of the past
        ("Last Friday, I developed weakness on the right side of my body.", "stroke_signs", "past"),
    ],
)
def test_the_tense_a_sign_is_told_in(text: str, finding: str, told: str) -> None:
    hits = [h for h in indexes_for(load_bundle()).detector.hits(text) if h.finding == finding]
    assert hits and {h.tense for h in hits} == {told}, hits


def test_punctuation_spoken_to_voice_typing_is_read_as_the_mark() -> None:
    assert tokenize("dead full stop ok question mark yes exclamation point new line comma x") == [
        "dead", ".", "ok", ".", "yes", ".", ".", ",", "x",
    ]  # fmt: skip
    # not a word that only holds one: "commas", "a new lineup", "full stops" in the plural
    assert tokenize("commas and a new lineup") == ["commas", "and", "a", "new", "lineup"]


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 35: an emergency over long since, and one back today
        (
            "The chest pain and breathlessness have been gone for months, but my left calf "
            "still tingles now and then.",
            "chest_symptoms",
            False,
        ),
        (
            "The chest pain has been gone for weeks. Today I have crushing chest pain again.",
            "chest_symptoms",
            True,
        ),
        # ... a wee not felt, and both legs worse than a few hours before
        (
            "Since 3 days my back is hurting and both legs tingle. Yesterday night I wet the bed "
            "and I did not feel that I was peeing.",
            "cauda_equina_signs",
            True,
        ),
        (
            "This morning both legs went numb from the knees down and they're still numb now at "
            "4pm, heavier and wobblier than at lunchtime.",
            "both_legs_weak",
            True,
        ),
        ("both legs numb, weaker than this morning", "both_legs_weak", True),
        ("resident both legs noticeably weaker than at breakfast", "both_legs_weak", True),
        ("my left leg feels heavier than this morning after the gym", "both_legs_weak", False),
        # topic set 16: a foot dead from sitting on it, told of someone else
        (
            "my bf's foot goes completely dead when he sits on it playing ps5 lol, comes back "
            "after he stomps around a bit",
            "stroke_signs",
            False,
        ),
        (
            "Several times a week he gets up and his left foot is completely numb, then fizzes "
            "with pins and needles",
            "stroke_signs",
            False,
        ),
        ("my dad's left foot went completely dead an hour ago", "stroke_signs", True),
        # ... a sleeper's pauses in breathing (sleep apnoea), not breathlessness
        (
            "My husband snores very loudly, and some nights I notice he stops breathing for a "
            "few seconds before gasping.",
            "chest_symptoms",
            False,
        ),
        ("my dad stopped breathing and is gasping, his lips are blue", "chest_symptoms", True),
        # part 26: "concurred" is no concussion; a likeness of a stroke; a shadow cast; slower
        # walking; pacing one ends up doing
        (
            "the doctor felt he should go to the hospital for treatment. I concurred. His leg "
            "is numb",
            "spine_head_injury",
            False,
        ),
        (
            "I also have migraines that mimic strokes, and they affect my left leg",
            "stroke_signs",
            False,
        ),
        (
            "my face looks like a stroke, drooping on the left since 10 minutes ago",
            "stroke_signs",
            True,
        ),
        (
            "The burning, tingling sensations in my hands and feet seemed to cast a shadow over "
            "my every move.",
            "compartment_signs",
            False,
        ),
        (
            "the slight limp from the numbness in my left leg and foot. I cannot walk as fast as "
            "I used to",
            "ascending_weakness",
            False,
        ),
        ("both legs are numb and i cant walk since this morning", "ascending_weakness", True),
        (
            "Inevitably I end up pacing around the house, since walking around eases the "
            "creepy crawly tingly symptoms",
            "ascending_weakness",
            False,
        ),
        (
            "If I end up in a plaster cast after my bunion op next week, how tight is too tight?",
            "compartment_signs",
            False,
        ),
    ],
)
def test_set_35_topic_set_16_and_part_26_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 36: the signs named to say they are absent, a fear of a relapse, a fear of a sign,
        # an old injury
        (
            "My stroke was in 2018, my right leg has been weak ever since. No new symptoms, face "
            "and speech fine, left side fine.",
            "stroke_signs",
            False,
        ),
        ("face fine but my left arm and leg went weak an hour ago", "stroke_signs", True),
        (
            "My left arm (unaffected side) was really heavy and numb this morning",
            "stroke_signs",
            True,
        ),
        (
            "Had breast cancer in 2014. Every time I read about numbness I panic that the "
            "cancer's back. Is long-lasting chemo neuropathy normal?",
            "cancer_spine_signs",
            False,
        ),
        ("diabetic neuropathy, scared of gangrene. feet look fine", "foot_infection", False),
        ("I'm scared, my foot has turned black and smells", "foot_infection", True),
        (
            "I know all the scary stuff (Guillain-Barre, MS) because of my job",
            "ascending_weakness",
            False,
        ),
        (
            "I had whiplash 10 yrs ago. My legs tingle when I sit. Could my old neck injury be "
            "causing this?",
            "spine_head_injury",
            False,
        ),
        # part 27: restless legs, meditation getting better, a ward
        (
            "I would have those same \"I'm going to die if I don't move my legs\" feelings when I "
            "would fly",
            "both_legs_weak",
            False,
        ),
        (
            "Is it normal to have numb legs? Is numbness a sign that I am getting better at "
            "meditation?",
            "both_legs_weak",
            False,
        ),
        ("both my legs are numb and getting worse", "both_legs_weak", True),
        (
            "my feet were on fire from all the standing and walking all day on a med/surg floor",
            "stroke_signs",
            False,
        ),
    ],
)
def test_set_36_and_part_27_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 37: a sign told in passing inside a practical question
        (
            "boarding in 40 minutes and my right leg's gone dead from the knee down and the left "
            "half of everything I look at is kind of missing",
            "stroke_signs",
            True,
        ),
        ("i cant see the left side of the road suddenly", "stroke_signs", True),
        (
            "Had sciatica in my right leg for a month and since yesterday it's in the left too",
            "both_legs_weak",
            True,
        ),
        ("both legs burning down the back since this morning", "both_legs_weak", True),
        # ... and a sign over and checked, or feared by someone else
        (
            "My dad fainted in the heat at lunch yesterday, we took him to the hospital, ECG and "
            "bloods all fine and they sent him home.",
            "chest_symptoms",
            False,
        ),
        ("my dad fainted, they sent him home, and he just fainted again", "chest_symptoms", True),
        (
            "I fainted an hour ago, ecg normal at the pharmacy, and now my chest is tight",
            "chest_symptoms",
            True,
        ),
        (
            "Went to A&E on Sunday with a weird numb bum, they did an MRI, no cauda equina. "
            "Numbness round my bum has gone now.",
            "cauda_equina_signs",
            False,
        ),
        (
            "the numbness round my bum has gone now but today I can't pee",
            "cauda_equina_signs",
            True,
        ),
        (
            "My friend's panicking it's a stroke but my face is fine, arms fine, talking fine, "
            "it's just the toes squashed in the shoe",
            "stroke_signs",
            False,
        ),
        ("My husband thinks it's a stroke, his face is drooping", "stroke_signs", True),
        (
            "read that GBS can come after infections, my feet tingled last night",
            "ascending_weakness",
            False,
        ),
        (
            "Breast cancer 2019. New back pain last month so my oncologist did an urgent MRI last "
            "week, clear, muscular. I still get a tingle in my left foot.",
            "cancer_spine_signs",
            False,
        ),
        (
            "breast cancer 2019, new back pain this week and my legs are weak and numb, the MRI "
            "last year was clear",
            "cancer_spine_signs",
            True,
        ),
        # part 28: snow slush is no slurred speech
        ("I wore them out in the icy snow slush and my toes were numb", "stroke_signs", False),
    ],
)
def test_set_37_and_part_28_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 38: very short messages - a sign asked and answered no, a supposed knock
        ("chest pain? no. just tingly feet", "chest_symptoms", False),
        ("face droopy? no just tired", "stroke_signs", False),
        ("face droopy? no idea why, started 10 min ago", "stroke_signs", True),
        ("chest pain? yes, and my leg is swollen", "chest_symptoms", True),
        ("if i bang my back could my legs go numb", "spine_head_injury", False),
        ("I banged my back and now my legs are numb", "spine_head_injury", True),
        # topic set 19: a bruised toenail is no black toe
        ("toe nail gone blak after football will it fall off", "cold_pale_leg", False),
        ("my big toe has gone black and the nail is coming off, diabetic", "cold_pale_leg", True),
        # part 29: photos of gangrene in a book; numb hands after a ride's cleats
        (
            "reading through a book for school on diabetes I came across some truely painful "
            "photos of gangrene and infection.",
            "foot_infection",
            False,
        ),
        ("the doctor says it is gangrene", "foot_infection", True),
        ("my toe has gone black, I sent my GP photos of it", "foot_infection", True),
        (
            "On my last ride, my feet were uncomfortable with the cleats and I also had numbness "
            "in my hands",
            "ascending_weakness",
            False,
        ),
        (
            "my hands and feet went numb this morning and now I can barely walk",
            "ascending_weakness",
            True,
        ),
    ],
)
def test_set_38_topic_set_19_and_part_29_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


def test_a_typos_anchor_beside_a_typed_body_part_is_on_topic() -> None:
    """Topic set 19: "numm feet", "tingeling feet" - an anchor that rests on a typo's
    correction counts as typed when a body part is typed beside it."""
    bundle = load_bundle()
    assert answer("im 78 is numm feet just old age", bundle).match == "faq-age"
    assert answer("wat can i do at home 4 tingeling feet", bundle).match == "faq-home-remedies"


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 39: a course's question, a resident's fear of a relapse, a customer's feet over a
        # year
        (
            "Lifeguard course question: after a diving accident, which leg symptoms would suggest "
            "a spinal injury rather than just cold water pins and needles?",
            "spine_head_injury",
            False,
        ),
        (
            "course question: my leg has gone numb and my face is drooping right now",
            "stroke_signs",
            True,
        ),
        (
            "I'm on a first aid course and my leg has gone numb and my face is drooping",
            "stroke_signs",
            True,
        ),
        (
            "Resident had bowel cancer 10 years ago. Her feet tingle at night, no back pain. She's "
            "asked whether it could be the cancer back.",
            "cancer_spine_signs",
            False,
        ),
        (
            "my cancer is back and now both legs are weak and I can't pee",
            "cancer_spine_signs",
            True,
        ),
        (
            "Customer with diabetes asking about burning and tingling in both feet that has crept "
            "up over the past year.",
            "ascending_weakness",
            False,
        ),
        ("numbness crept up both legs over the past day", "ascending_weakness", True),
        # topic set 20: a foot dead from sitting at a desk
        (
            "3rd time this wk my right foot went dead at my desk, sit 9 hrs a day. goes when i "
            "walk about",
            "stroke_signs",
            False,
        ),
        ("my right foot went dead suddenly while I was walking to my desk", "stroke_signs", True),
    ],
)
def test_set_39_and_topic_set_20_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # part 30: what lasts after a brain tumour, the lower half of "your" body, a claimant's
        # neuropathy worse at night
        (
            "After a brain tumour and subsequent surgeries I've been left with stroke like "
            "symptoms and poor balance.",
            "stroke_signs",
            False,
        ),
        ("I'm having stroke like symptoms right now, my face is drooping", "stroke_signs", True),
        (
            "When you can't trust the lower half of your body to follow through due to pain or "
            "numbness",
            "stroke_signs",
            False,
        ),
        (
            "I have numbness in my hands,feet, and legs, this comes with tingling and burning "
            "sensations, worse when mobile, and at night times when going to bed.",
            "ascending_weakness",
            False,
        ),
        ("my hands and feet went numb tonight and now I can't walk", "ascending_weakness", True),
    ],
)
def test_part_30_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 40: a heart "going like mad", a foot like wax that "hurts like hell"
        (
            "tried to stand at the sink and my heart started going like mad, everything went "
            "grey and i ended up on the kitchen floor. just now.",
            "chest_symptoms",
            True,
        ),
        (
            "Cannot feel the floor under my right foot and it looks like wax. Sudden since about "
            "4pm and the calf hurts like hell even lying down.",
            "cold_pale_leg",
            True,
        ),
        ("my heart goes like mad before presentations, for years", "chest_symptoms", False),
    ],
)
def test_set_40_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # topic set 21: hands named as fine, feet numb standing through long shifts
        (
            "When I have one, my hands are fine but my feet and lower legs go tingly",
            "ascending_weakness",
            False,
        ),
        (
            "My feet get numb and tingly when I stand through long shifts, my ankles swell by "
            "the evening",
            "ascending_weakness",
            False,
        ),
        (
            "my hands and feet went numb this morning and now my legs are weak",
            "ascending_weakness",
            True,
        ),
    ],
)
def test_topic_set_21_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 41: a leak not felt; an epidural's leg still numb after a long story; an injury
        # the writer sets apart; a fall that "landed on her hands"
        (
            "I am not incontinent. But twice today I found my knickers damp and never felt it "
            "happen. I have a disc problem at L5",
            "cauda_equina_signs",
            True,
        ),
        (
            "Epidural for labour 3 days ago, we're home now. No headache, no fever, no problems "
            "with the stitches, baby is doing great and feeding well. But my left leg is still "
            "numb from the thigh down and it's not wearing off",
            "spine_head_injury",
            True,
        ),
        (
            "Epidural for labour 3 days ago, we're home now. No headache, no fever, baby is "
            "feeding well. My legs were numb for a day and it all wore off, back to normal",
            "spine_head_injury",
            False,
        ),
        (
            "Did fall off a ladder in 2019, back was checked, MRI fine, all healed. This is "
            "different. Right foot tingles after I sit cross legged",
            "spine_head_injury",
            False,
        ),
        (
            "I fell off a ladder an hour ago and landed on my back, now my leg tingles",
            "spine_head_injury",
            True,
        ),
        (
            "Mum had a fall on Tuesday, landed on her hands and she's fine. It's her feet "
            "tingling I'm asking about, both feet, about a year",
            "ascending_weakness",
            False,
        ),
        # set 42: someone else's past in one sentence is not joined to the writer's sign in
        # another
        (
            "My neighbour ended up on IV antibiotics with a foot infection last Christmas. I've "
            "had a small blister on my heel since Saturday",
            "foot_infection",
            False,
        ),
        (
            "My neighbour had a foot infection. I have a small blister on my heel.",
            "foot_infection",
            False,
        ),
        (
            "My dad has a blister on his heel. Now the foot is hot and red and he has a fever",
            "foot_infection",
            True,
        ),
        # set 43: a neck that is stiff and sore beside a cancer, far from the leg
        (
            "In remission from lymphoma since last spring. For about ten days my neck has been "
            "stiff and sore, not like a normal crick, and now my right leg has gone tingly and "
            "weak",
            "cancer_spine_signs",
            True,
        ),
        # part 32: an eye that stopped blinking; "some dental work" still needed explains nothing
        ("my left eye wont close properly since this morning", "stroke_signs", True),
        ("I cant close my right eye since lunch", "stroke_signs", True),
        (
            "I'm also in need of some dental work. Then my lips went numb on the right side of "
            "my mouth.",
            "stroke_signs",
            True,
        ),
        ("my left hand wouldnt close around the weight", "stroke_signs", False),
        # part 33: figures of speech and asides
        (
            "When I looked and saw the three figure amount I nearly fainted.",
            "chest_symptoms",
            False,
        ),
        (
            "foot numb + heart going like 180 + nearly passed out in the shower",
            "chest_symptoms",
            True,
        ),
        ("the manner in which we collapsed in the second half", "chest_symptoms", False),
        (
            "I put the leaflets by the confessional. Suddenly I heard a loud crack",
            "stroke_signs",
            False,
        ),
        (
            "It got darker in the church. No, maybe that was my vision. My feet really hurt.",
            "stroke_signs",
            False,
        ),
        (
            "I looked on the internet and they said it could be one of five things, a "
            "prerequisite to a stroke. My forefoot goes numb on my runs",
            "stroke_signs",
            False,
        ),
        (
            "It is as if I had a stroke, a brain injury, or like I am concussed.",
            "stroke_signs",
            False,
        ),
    ],
)
def test_set_41_to_43_and_parts_32_33_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # topic set 22: pins and needles denied, only cramps, aches or heavy legs left
        ("32 wks pregnant n gettin calf cramps every night, no tinglin or anythin", None),
        (
            "veins behind my knees r all bulgy n my legs ache by teatime. no numbness, just heavy",
            None,
        ),
        ("legs wont stay still when i lie down. not pins n needles, not numb, just twitchy", None),
        # ... but "no feeling" is numbness, and a denied cramp denies no pins and needles
        ("he had no feeling or movement in his legs after the operation", "nerve-damage"),
        ("Why can't I walk very far without my calves cramping?", "pad"),
    ],
)
def test_a_message_that_denies_pins_and_needles_is_about_its_aches(
    text: str, topic: str | None
) -> None:
    match = answer(text, load_bundle()).match
    assert (match is None) if topic is None else (match is not None), match


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 44: a coach trip's numb bum coming back; hands and feet that tingle in a panic;
        # a cast long off
        (
            "cant feel my bum after the 6 hr coach trip haha numb bum club, feelings comin back "
            "now",
            "cauda_equina_signs",
            False,
        ),
        ("cant feel my bum or my privates since this morning", "cauda_equina_signs", True),
        (
            "anxiety thru the roof 2nite, hands n feet go tingly wen i panic, calms down",
            "ascending_weakness",
            False,
        ),
        (
            "broke my ankle in march cast off in may, top of my foot still bit numb",
            "compartment_signs",
            False,
        ),
        # set 45: legs dead under a sleeping child that a few minutes' walk put right
        (
            "my 4 year old asleep across my lap for two hours. Both my legs were completely dead "
            "when we got there. A few minutes walking round the drive and they were fine.",
            "both_legs_weak",
            False,
        ),
        # topic sets 24 and 25
        ("lost my voice after the gig last nite honey n lemon or wat", "stroke_signs", False),
        ("toe still numb down one side n tingles when i put shoes on", "stroke_signs", False),
        ("my left side went numb, face arm and leg, one side of my body", "stroke_signs", True),
        ("is a tingly foot ever a stroke sign mines been like it a month", "stroke_signs", False),
        (
            "both feet burnin n tingly at nite crept up over like a yr no diabetes",
            "ascending_weakness",
            False,
        ),
        ("smoked 30 yrs n my feet r purply n cold most days", "cold_pale_leg", False),
        (
            "I'm halfway through chemotherapy for bowel cancer. Since Tuesday my calf has been "
            "swollen and the top of that foot tingles. My back is fine.",
            "cancer_spine_signs",
            False,
        ),
        (
            "I have bowel cancer. My back has been aching all week and my legs have gone numb "
            "and weak since Tuesday",
            "cancer_spine_signs",
            True,
        ),
        (
            "slipped disc pressing on a nerve root, tingling in the sole of that foot. The GP "
            "has offered to refer me for a steroid injection. Is that worth doing?",
            "spine_head_injury",
            False,
        ),
    ],
)
def test_sets_44_45_and_topic_sets_24_25_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


def test_a_story_that_types_the_feeling_beside_a_leg_is_on_the_subject() -> None:
    """Topic set 23: a chat question in shorthand whose sentence embedding is far from every
    topic is still on the subject when it types the feeling beside a leg's body part."""
    bundle = load_bundle()
    assert (
        answer(
            "tingly toes on n off for like 3 wks now. how long do i wait b4 botherin the gp?",
            bundle,
        ).match
        is not None
    )
    # ... but not the feeling in the hands
    assert (
        answer(
            "my fingertips go numb and white when i get stuff out the freezer at work, then they "
            "come back red. raynauds?",
            bundle,
        ).match
        is None
    )


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 46: legs that will not lift the person off the toilet; not after sitting there
        (
            "Aye baith legs. They're that numb an heavy the now ah cannae get aff the cludgie "
            "masel, the wife's had tae help us",
            "both_legs_weak",
            True,
        ),
        (
            "sat on the loo scrolling for ages and my legs are numb and heavy, cant get off the "
            "toilet for a sec",
            "both_legs_weak",
            False,
        ),
        # set 47: a rugby leg "rock hard"; a private diary
        (
            "Took a boot in rugby this afternoon and my lower leg's rock hard and swollen, pain's "
            "unreal and my foot's gone numb",
            "compartment_signs",
            True,
        ),
        ("Is the diary private? I log my tingles most days.", "cauda_equina_signs", False),
        ("numb around my privates since this morning", "cauda_equina_signs", True),
        # topic set 26: a sea swim, Raynaud's warming, a cyclist's feet "fine the whole ride"
        (
            "sea swim this mornin 9 degrees n my toes went numb n kinda purple, took ages to come "
            "back once i warmed up in the car",
            "cold_pale_leg",
            False,
        ),
        (
            "on cold mornings my toes go numb and white, then throb and turn red when I warm up "
            "indoors. It's been like this for years",
            "cold_pale_leg",
            False,
        ),
        (
            "since the sportive the fingers of my left hand have been numb and I'm clumsy with "
            "buttons. My feet were fine the whole ride.",
            "ascending_weakness",
            False,
        ),
        # a singular "it" stands for the foot only before a colour or a cold
        (
            "Can't tell if my left foot is on the floor or not, have to look down to check, it "
            "went all pale and icy about 40 min ago out of nowhere and aches like mad",
            "cold_pale_leg",
            True,
        ),
        ("my foot was numb after sitting, it went away", "cold_pale_leg", False),
    ],
)
def test_sets_46_47_and_topic_set_26_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


def test_the_emergency_net_reads_a_message_that_denies_pins_and_needles() -> None:
    """Set 46: "no pins and needles first" declined the message before the net could read the
    leg that "went from under me" and the room that "keeps tilting"; the decline of a message
    that denies pins and needles now comes after the net."""
    text = (
        "yes sudden. I was walking to the printer and my right leg just went from under me, no "
        "pins and needles first, and now the room keeps tilting and I can't walk in a straight "
        "line"
    )
    assert answer(text, load_bundle()).emergency


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # part 35: a golf stroke; a sprain's bruising; "off and on"
        (
            "On my 2nd practice putting stroke of my eagle putt I felt like a lightning bolt hit "
            "me in the lower back.",
            "stroke_signs",
            False,
        ),
        (
            "Well my ankle is surprisingly better. It's turned a nasty shade of purple, and my "
            "toes are almost black. But I can walk",
            "cold_pale_leg",
            False,
        ),
        ("my foot went cold and purple an hour ago and it's agony", "cold_pale_leg", True),
    ],
)
def test_part_35_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 50: older words for the heart and a faint
        (
            "my ticker is going like the clappers and has been for over an hour now, feel proper "
            "wobbly and my feet are tingling, 79 on my own",
            "chest_symptoms",
            True,
        ),
        (
            "went down the garden to the coal shed and had a funny turn, came round on the path, "
            "dont know how long i was out. legs tingling now. 91 in march",
            "chest_symptoms",
            True,
        ),
        # ... but a daughter who "came round" is a visit
        (
            "my daughter came round and took my sock off and my feet have been numb for years",
            "chest_symptoms",
            False,
        ),
        (
            "Heart was racing a bit while I watched the football last night, England let one in "
            "at the death! Calmed down straight away. My question is about my numb toes",
            "chest_symptoms",
            False,
        ),
        # set 49: spreading a little higher each day
        (
            "got discharged after a tummy bug admission last week. legs going numb from the feet "
            "up a bit higher each day and today i couldnt stand at the sink to brush my teeth",
            "ascending_weakness",
            True,
        ),
        # set 48: a shin swollen tight after a blow, pain at rest, the foot pins and needles
        (
            "22 wks. whacked my shin really hard on the corner of the coffee table earlier. now "
            "the front of my leg is swollen tight and shiny, hurts like nothing else even when i "
            "keep it still, and my foot has gone all pins and needles",
            "compartment_signs",
            True,
        ),
        # an anaesthetic wearing off as told, or still running
        (
            "post op day 1 after spinal anaesthetic for my hip. legs still a bit numb but its "
            "wearing off, anaesthetist said up to 6 hrs and its been 4",
            "spine_head_injury",
            False,
        ),
        (
            "in labour now with the epidural in, partner typing. her legs are heavy and numb but "
            "the anaesthetist said that's expected",
            "spine_head_injury",
            False,
        ),
        (
            "had an epidural yesterday and my leg is still numb and it's not wearing off",
            "spine_head_injury",
            True,
        ),
        (
            "Dear Sir, I had a spinal injection in 2016 which did me a power of good. The tingling "
            "has come back in my right foot gradually over this year.",
            "spine_head_injury",
            False,
        ),
        # an infection already treated, its redness going down
        (
            "in hospital having my leg ulcer treated with IV antibiotics, redness going down now "
            "and the temperature's gone. foot still numb-ish like it always is",
            "foot_infection",
            False,
        ),
        (
            "the ulcer on my foot is oozing pus and the redness is spreading",
            "foot_infection",
            True,
        ),
        (
            "My foot went cold and white in the sea at Skegness on Sunday but it came back pink "
            "as soon as I got dried off and had a cuppa.",
            "cold_pale_leg",
            False,
        ),
        (
            "Wee problems yes, but I had a prostate op last month and the urologist said leaking "
            "is expected for a few weeks.",
            "cauda_equina_signs",
            False,
        ),
        # part 36: the bowels; a fallen arch; a fear of not breathing
        (
            "Now 3 weeks PP and my right butt cheek, high up, still feels numb. Like tingly. I "
            "also have some issues holding in#2.",
            "cauda_equina_signs",
            True,
        ),
        (
            "I am 72 years old and blessed with flat feet. Currently I am having serious problems "
            "with my left foot because the arch has completely collapsed",
            "chest_symptoms",
            False,
        ),
        (
            "I am concerned about meningitis, not being able to breathe, the lower portion of my "
            "back is very sensative",
            "chest_symptoms",
            False,
        ),
        ("I suddenly collapsed in the kitchen and my leg is numb", "chest_symptoms", True),
        # part 37: trigeminal neuralgia, a bitter wind
        (
            "One day I was brushing my teeth and felt a burning electric shock up that radiated "
            "from my jaw into my cheek on the left side of my face. She said I had Trigeminal "
            "Neuralgia.",
            "stroke_signs",
            False,
        ),
        (
            "The air was colder than I think I've ever experienced. My head and face went almost "
            "numb.",
            "stroke_signs",
            False,
        ),
        ("half my face went numb an hour ago", "stroke_signs", True),
        # topic sets 27 to 29
        (
            "wake up with my right leg numb from the hip down nearly every morning, takes 10 min "
            "to come right. it's always the leg I'm lying on",
            "both_legs_weak",
            False,
        ),
        ("both my legs went numb from the hips down this morning", "both_legs_weak", True),
        (
            "I sleep on a rock hard mattress and always wake up with a numb hip and thigh",
            "compartment_signs",
            False,
        ),
        (
            "calf cramp woke me at 4am, absolute agony, muscle rock hard. anything to stop night "
            "cramps?",
            "compartment_signs",
            False,
        ),
        (
            "Shingles rash on my chest, very painful, I'm 70. How long does it last?",
            "chest_symptoms",
            False,
        ),
        (
            "PP anxiety is awful. when it peaks I get pins and needles in my feet and hands. "
            "Goes once I calm down.",
            "ascending_weakness",
            False,
        ),
    ],
)
def test_sets_48_to_50_parts_36_37_and_topic_sets_27_to_29_wordings(
    text: str, finding: str, fires: bool
) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 51: the commonest words of a sign in Hinglish, Tagalog and Jamaican Patois
        (
            "meri mummy ka left pair achanak se sunn ho gaya 1 ghante pehle, koi dabaav nahi "
            "tha. ab wo khadi nahi ho pa rahi",
            "stroke_signs",
            True,
        ),
        (
            "bhai kal raat bike se gir gaya tha, sar pe lagi thi thodi. aaj subah se right pair "
            "me jhunjhuni aur sunnpan hai",
            "spine_head_injury",
            True,
        ),
        (
            "Doc yung paa ng lolo ko biglang namutla tsaka sobrang lamig pag hinawakan, tapos "
            "sabi nya sobrang sakit, di na nya maigalaw",
            "cold_pale_leg",
            True,
        ),
        (
            "Hi po, yung tita ko nahimatay kanina lang sa kusina, nagising naman pero ang bilis "
            "bilis ng tibok ng puso nya hanggang ngayon",
            "chest_symptoms",
            True,
        ),
        (
            "Mi lef foot tun cole cole an it look blue from dis evening, di pain a kill mi, an "
            "mi cyaa feel mi toe dem at all",
            "cold_pale_leg",
            True,
        ),
        (
            "Mi get lick inna mi shin wid a cricket ball dis mawnin, now di whole lower foot "
            "tight tight an swell up, pain wussa dan when it lick mi, an mi toe dem a tingle",
            "compartment_signs",
            True,
        ),
        # ... and their look-alikes
        (
            "Mere papa ko 2015 me cancer tha, ab bilkul theek hain. Koi back pain nahi hai. Bas "
            "kabhi kabhi unke pair me jhunjhuni hoti hai jab woh zameen pe baithte hain",
            "cancer_spine_signs",
            False,
        ),
        (
            "Doc, ano po ba signs ng stroke? baka kasi mangyari sa akin, lagi namamanhid paa ko "
            "pag matagal ako nakaupo sa office",
            "stroke_signs",
            False,
        ),
        (
            "Wah mek mi foot dem tingle an cramp when mi a walk long distance, den it ease off "
            "when mi siddung likkle bit? Mi nah have nuh chest pain or nuttin",
            "chest_symptoms",
            False,
        ),
        # "pair" is English without the other language's grammar beside it
        ("I bought a new pair of shoes and my feet are fine", "stroke_signs", False),
        # set 52: the back of the head; blackout drunk
        (
            "fell down the stairs coming out the club and smacked the back of my head, now both "
            "feet are tingly",
            "spine_head_injury",
            True,
        ),
        (
            "wet myself when i was blackout drunk on saturday, mortifying. no back pain, no "
            "numbness down there, peeing totally normal since",
            "cauda_equina_signs",
            False,
        ),
        # set 53: a pallet truck over a foot in a steel-toed boot
        (
            "pallet truck rolled over my foot this afternoon. kept my steelie on to finish the "
            "shift and now its swelled up so much the boot is biting in, toes numb and white",
            "compartment_signs",
            True,
        ),
        # topic sets 30 to 32: a habit told in the present while nothing says now
        (
            "my toes go numb and white as soon as its cold out. i smoke. circulation thing?",
            "cold_pale_leg",
            False,
        ),
        ("my toes have gone numb and white and cold in the last hour", "cold_pale_leg", True),
        (
            "strong coffee on an empty stomach and my feet and hands go fizzy and i get all "
            "panicky. happens every time",
            "ascending_weakness",
            False,
        ),
        (
            "my feet and hands go fizzy and now I can't walk",
            "ascending_weakness",
            True,
        ),
        (
            "since I born my baby 3 days ago by CS with injection for my back, my two legs dey "
            "tingle and feel weak small. Nurse say e go clear but I never see doctor",
            "spine_head_injury",
            True,
        ),
    ],
)
def test_sets_51_to_53_part_38_and_topic_sets_30_to_32_wordings(
    text: str, finding: str, fires: bool
) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 54: plain words
        (
            "my heart is going bang bang bang very fast and it wont stop. my feet are tingly",
            "chest_symptoms",
            True,
        ),
        (
            "nan went all floppy and fell on the kitchen floor. she was not awake for a bit. now "
            "she is awake but grey",
            "chest_symptoms",
            True,
        ),
        (
            "my foot went blue!! oh no its the dye from my new socks lol. foot is fine and warm",
            "cold_pale_leg",
            False,
        ),
        # set 55: text-speak
        (
            "ngl my right leg looks kinda blue from the knee down rn and its freezing to touch, "
            "pain is insane and i can barely feel my foot",
            "cold_pale_leg",
            True,
        ),
        (
            "cant pee with ppl in the next stall lmaooo shy bladder gang since forever",
            "cauda_equina_signs",
            False,
        ),
        (
            "bro my back is literally broken moved my sisters couch up 4 flights yesterday. "
            "achey af but nothing numb or tingly, legs fine",
            "spine_head_injury",
            False,
        ),
        ("I broke my back falling off a ladder and my legs are numb", "spine_head_injury", True),
        (
            "my vision went blurry but i'd literally just taken my contacts out lol",
            "stroke_signs",
            False,
        ),
        # set 56: dialects
        (
            "Duw duw, came over all faint in the kitchen just now, had to sit on the floor. "
            "There's like a weight on my chest and it's going through into my back",
            "chest_symptoms",
            True,
        ),
        (
            "Took a proper whack on the head at football Saturday, geezer's elbow, saw stars. "
            "Since Sunday me right leg's been all tingly and numb",
            "spine_head_injury",
            True,
        ),
        (
            "Ma faither's got a sair on his big tae that's turnin black roon the edges an the "
            "hale fit's het an swallen. He's diabetic",
            "foot_infection",
            True,
        ),
        ("leg went dead on the bog lol", "stroke_signs", False),
        (
            "GP asked if I'd had any trouble weein or numbness round me bum and I've had nowt "
            "like that, waterworks fine.",
            "cauda_equina_signs",
            False,
        ),
        (
            "Yer man at the chemist said if both legs go weak I'm to go straight to A&E. They "
            "haven't",
            "both_legs_weak",
            False,
        ),
        ("both my legs have gone weak since this morning", "both_legs_weak", True),
        # "call me back" stays a call, not the back
        (
            "the GP will call me back tomorrow about my feet tingling",
            "spine_head_injury",
            False,
        ),
    ],
)
def test_sets_54_to_56_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    "text",
    [
        # what a nurse, a GP or a chemist said or asked supposes only its own clause: the
        # person's answer and what they tell after it are now
        "the nurse said if my legs go weak to call 999 and now both my legs have gone weak",
        "GP said if I get any numbness down there to go to A&E, well now I cant feel the toilet "
        "paper when I wipe",
        "the doctor asked if I had any trouble peeing and I said yes, I cant pee since this "
        "morning and my back is killing me",
        "my mum asked if I was ok and I said no, my face is drooping and my arm is weak",
        "she asked if I was ok and I said no my face is drooping",
        "he asked if my legs were weak and I said no but my face is drooping",
        "GP asked if I had any numbness around my bottom. I do now, since yesterday, and my legs "
        "are weak",
        # ... and a "yes" affirms what was asked
        "she asked if I had chest pain and I said yes crushing",
        "the gp asked if I had any numbness down there and I said yes since yesterday",
        "GP asked if I had trouble peeing. yes, since this morning I cant go at all",
    ],
)
def test_a_question_or_a_warning_told_by_someone_hides_no_emergency_after_it(text: str) -> None:
    assert answer(text, load_bundle()).emergency, text


@pytest.mark.parametrize(
    "text",
    [
        # an exception made for a look-alike this session explains away no emergency told as now
        "I was blackout drunk last night and now I cant feel my legs and I wet myself",
        "I have a shy bladder but today I cant feel when I wipe and I cant pee at all",
        "I had a prostate op 2 years ago, now my legs are weak and I cant pee",
        "no pus but the redness on my foot wound is spreading up my leg and I have a fever",
        "I was walking normally yesterday, woke up today and cant lift my left leg",
        "I had shingles last year, now I have crushing chest pain",
        "my dad passed out from the heat and isnt waking up",
        "legs gave way yesterday, been normal since, but today they gave way again and I cant "
        "feel them",
        "my epidural was yesterday, back is loads better but now my legs are numb and I cant move "
        "them",
        "the toes were warm and pink this morning but now in the cast they're white and numb",
        "my heart was racing after a fright but its still racing an hour later and my calf is "
        "swollen",
        "how can i tell if its cauda equina? i cant feel the toilet paper when i wipe since this "
        "morning",
        "mum left me a voice note, her words are all slurred and she says her face feels numb",
        "my dad broke his hip in the 80s, today he fell and now he cant feel his legs",
        "he says no chest pain but his face has dropped on one side in the last hour",
    ],
)
def test_this_sessions_exceptions_hide_no_emergency_told_as_now(text: str) -> None:
    assert answer(text, load_bundle()).emergency, text


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 58: strapped tight and laced up, pain worse than at the time
        (
            "rolled my ankle on the descent, strapped it really tight and kept my boot laced up "
            "hard for the 6km walk out. now in the car, toes numb and throbbing and it hurts way "
            "more than when i did it",
            "compartment_signs",
            True,
        ),
        ("plantar fasciitis in my heel, sore shoulder, hay fever", "foot_infection", False),
        (
            "hay fever is bad, and my foot cut is oozing pus and I have a fever",
            "foot_infection",
            True,
        ),
        ("My heel has gone numb on the bottom, just the left one", "cauda_equina_signs", False),
        ("my bottom has gone numb since this morning and I cant pee", "cauda_equina_signs", True),
        # set 57: a low sugar treated, and one that was not the cause
        (
            "My husband's sugar was 3.1 last night and he went all confused and couldn't get his "
            "words out properly. Gave him lucozade and two biscuits and he was back to himself",
            "stroke_signs",
            False,
        ),
        (
            "he went confused and couldnt get his words out, his sugar was fine, no hypo, its "
            "been an hour",
            "stroke_signs",
            True,
        ),
        # GBS told with the textbook's "glove and stocking" is still read
        (
            "it started as glove and stocking tingling 3 days ago after food poisoning and now "
            "it's up to my knees and I can't climb the stairs",
            "ascending_weakness",
            True,
        ),
    ],
)
def test_sets_57_58_and_topic_sets_35_36_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "finding", "fires"),
    [
        # set 59: relayed
        (
            "my brother texted 'legs tingling again n now chest feels like someone sat on it, "
            "sweating buckets'. hes 52 and smokes. now hes not picking up",
            "chest_symptoms",
            True,
        ),
        (
            "Texted dad to check - he says no chest pain, not breathless, face is fine, speech "
            "fine. Just the usual numb patch on the outside of his thigh",
            "chest_symptoms",
            False,
        ),
        (
            "Gran told me on the phone that when she broke her ankle in the 80s her toes went "
            "white in the plaster and they had to cut it off",
            "compartment_signs",
            False,
        ),
        (
            "GP asked if I'd had any trouble weein or numbness round me bum and I've had nowt like "
            "that, waterworks fine",
            "cauda_equina_signs",
            False,
        ),
        # set 60: medicines
        (
            "on the pill (yasmin). left leg has been achy and puffy for a few days. just coughed "
            "and there was bright red blood in the tissue",
            "chest_symptoms",
            True,
        ),
        (
            "day 10 of my chemo cycle. crack on my heel is now red and hot right up to my ankle "
            "and I'm shaking with cold, temp 38.3",
            "foot_infection",
            True,
        ),
        ("foot spa for cracked heels any good or waste of money", "foot_infection", False),
        # found while probing: the foot named only in a question, "its oozing pus" after it
        (
            "how would i know if my foot is infected? its oozing pus and the redness is spreading "
            "and i have a fever",
            "foot_infection",
            True,
        ),
        ("is it normal for a new tattoo to be oozing a bit", "foot_infection", False),
    ],
)
def test_sets_59_60_wordings(text: str, finding: str, fires: bool) -> None:
    assert (finding in findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # someone the writer is with, told as now beside study or work (set 65)
        (
            "med student, flatmate (24F) suddenly confused about 1hr ago, word finding "
            "difficulty, R sided paraesthesia leg + arm. GCS prob 14",
            True,
        ),
        ("revising for my exam and my mum suddenly collapsed, her face is drooping", True),
        # ... not a patient's, a character's, or one asked about in a quiz
        (
            "med student here, in my exam question the patient's husband suddenly has a "
            "drooping face, what is the diagnosis",
            False,
        ),
        ("writing a novel where my character's husband suddenly can't move his legs", False),
        (
            "revising for my osce, my flatmate is quizzing me: sudden numbness of one side, face "
            "drooping, what is it",
            False,
        ),
        ("I had a patient last week who suddenly lost the use of both legs, revising", False),
    ],
)
def test_a_companions_sign_told_as_now_counts_beside_study_or_work(text: str, fires: bool) -> None:
    assert bool(answer(text, load_bundle()).emergency) is fires, text


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-second session's blind sets: emergencies the start reader missed
        (
            "Delivery driver - about an hour ago my right leg and foot suddenly went numb and weak "
            "out of nowhere, couldn't press the pedal properly so I pulled over. Not been sat "
            "funny or anything. Do I ring the depot or a doctor first?",
            "stroke_signs",
        ),
        (
            "RN here, just off nights. Woke at 3am with R foot totally numb, not been lying on "
            "it, can't dorsiflex at all",
            "stroke_signs",
        ),
        (
            "Physio here. Palps, HR 160ish on my watch for 40 mins, lightheaded, nearly "
            "syncopised going up the stairs just now",
            "chest_symptoms",
        ),
        (
            "#tib/fib in a backslab since this morning, sent home. Pain is off the scale despite "
            "oramorph, screaming when I try to move my toes",
            "compartment_signs",
        ),
        (
            "my mum had a stroke 6 years ago so her left leg drags. this week her right leg has "
            "gone weak as well, today she cant take a step without both knees going",
            "both_legs_weak",
        ),
        (
            "same ingrown toenail drama as last yr lol except now the whole top of my foot is red "
            "and swollen and i've got a temp of 39.2",
            "foot_infection",
        ),
        (
            "Good night, I am with a pain in the back between the shoulders, very strong like a "
            "knife, started 20 minutes ago, and my left foot is formigando, tingling.",
            "chest_symptoms",
        ),
        (
            "out with the dog and my left foot started slapping the ground, cant lift it "
            "properly. came on about 20 mins ago out of nowhere, no pain",
            "stroke_signs",
        ),
    ],
)
def test_this_sessions_blind_sets_emergencies_told_plainly(text: str, finding: str) -> None:
    assert finding in answer(text, load_bundle()).emergency_findings, text


def _wording_holds(text: str, finding: str | None) -> None:
    """`finding` is among the emergency findings `answer` reads in `text`, or (None) `answer`
    reads no emergency there."""
    said = answer(text, load_bundle())
    if finding is None:
        assert not said.emergency, (text, said.emergency_findings)
    else:
        assert finding in said.emergency_findings, text


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-third session's blind sets: emergencies the start reader missed, and the
        # look-alikes written beside each mend (None: no emergency)
        (
            "back went again on monday and I wet the bed last night without waking up",
            "cauda_equina_signs",
        ),
        (
            "today the insides of both my thighs feel like they belong to someone else, back is "
            "killing me",
            "cauda_equina_signs",
        ),
        (
            "my 4 year old wet the bed last night without waking up, normal at his age? my feet "
            "tingle when i sit cross legged",
            None,
        ),
        (
            "I have sciatica before only right side. Now from 3 day the pain and electric go down "
            "in two leg, left and right, and is more bad every day. I cannot walk good.",
            "both_legs_weak",
        ),
        (
            "I had injection in the back for pain (steroid) two days ago. Now my leg is more numb "
            "then before and weak, I am dragging the foot when I walk.",
            "spine_head_injury",
        ),
        (
            "I had injection in the back for pain (steroid) two years ago and it helped. Now my "
            "foot tingle when I sit long.",
            None,
        ),
        (
            "My neighbour stood on a nail in his garden a few days back and wouldn't let me look "
            "at it. Just went round and his foot's swollen like a balloon and red right up the "
            "shin, he's burning up and not making much sense.",
            "foot_infection",
        ),
        ("my feet are burning up at night, hot and tingly, I have diabetes", None),
        (
            "This morning I went down in the bathroom, one minute brushing my teeth, next thing "
            "I'm on the floor and my husband is shouting at me. Only out a few seconds he says.",
            "chest_symptoms",
        ),
        (
            "sold out a few seconds after release lol. my foot goes numb when I sit on it gaming",
            None,
        ),
        (
            "The past week its different, both legs are numb from about mid-shin down, a lot worse "
            "than the usual, and I've tripped twice because I cant feel where my feet are.",
            "both_legs_weak",
        ),
        (
            "Foot: ulcer under my big toe that the podiatrist has been dressing for about a month. "
            "Doesn't smell, no pus that I can see, redness hasn't changed, not swollen. Sugars ok. "
            "But last night I had the shakes really bad, teeth chattering under two duvets, and "
            "the thermometer said 39.1 this morning.",
            "foot_infection",
        ),
        (
            "I have a diabetic foot ulcer the podiatrist dresses weekly, no fever, no shivering, "
            "no redness. can I still walk on it?",
            None,
        ),
        (
            "I seem to be weaker than usual with bad balance. Nothing was wrong with my hands all "
            "the way up through Friday night. Now, I can't feel anything in my left hand.",
            "stroke_signs",
        ),
        ("I slept on my arm and now I cant feel my left hand lol, balance is fine", None),
        (
            "doctor asked me if I had numbness between my legs, I said no, but now tonight my bum "
            "is numb and I cant pee",
            "cauda_equina_signs",
        ),
        # the second round: a question answered no is no denial of what came after
        (
            "rang 111 earlier, they asked if the redness round the ulcer on my foot was spreading "
            "and i said no. they told me to draw round it with a biro. its gone way past the line "
            "now, up onto the ankle, and the ankle's puffy and hot to touch.",
            "foot_infection",
        ),
        (
            "the redness on my shin has spread past the pen line since this morning and i feel "
            "shivery",
            "foot_infection",
        ),
        (
            "woke up and id wet the bed. im 44. back's been agony for days and my right foot "
            "tingly. embarrassed to even type this",
            "cauda_equina_signs",
        ),
        (
            "my 6 year old wet the bed again last night, his back was sore from football. is that "
            "normal",
            None,
        ),
        (
            "I used to wet the bed as a kid. now my back aches after gardening and my foot tingles",
            None,
        ),
        (
            "keep convincing myself ive got a temp because my foot ulcer still hasnt healed, but "
            "the thermometer says 36.7 every single time. no redness round it, doesnt smell",
            None,
        ),
        ("foot ulcer the nurse dresses, my temp is 36.8 so no fever, is it healing ok", None),
        ("ingrown toenail, toe is a bit red and my temp is 36.8, can i soak it", None),
        ("foot ulcer is red and hot and my temp is 38.9", "foot_infection"),
        (
            "I started to feel pins and needles in my little toe on my left foot today. I did some "
            "research on the internet, and it might possibly be something called Compartment "
            "Syndrome.",
            "compartment_signs",
        ),
        (
            "fell off the ladder onto my back, it knocked the wind out of me and now I cant feel "
            "my legs",
            "spine_head_injury",
        ),
        (
            "I fell hard on my lower back, knocking the air from my lungs. I laid on the ground "
            "struggling to get my breath back, then moving my toes to make sure nothing was broken",
            None,
        ),
        # the third round
        (
            "Pharmacist drew round the red patch on the top of my foot yesterday with a biro and "
            "said come back if it goes over. Well it's gone over. A good 2 inches past the line "
            "towards my shin this morning.",
            "foot_infection",
        ),
        (
            "Discharged from A&E on Tuesday, they said it was a TIA and everything had resolved. "
            "Since about 9 tonight my right leg feels like it belongs to someone else and I keep "
            "veering into the doorframe.",
            "stroke_signs",
        ),
        (
            "GP said yesterday the tingling in my feet was probably a vitamin thing and booked "
            "bloods for next week. Overnight it's spread up to my hips",
            "ascending_weakness",
        ),
        (
            "111 asked if I could feel the toilet paper when I wipe. I said yes at the time but "
            "now I'm honestly not sure, it's like wiping through a rubber glove.",
            "cauda_equina_signs",
        ),
        (
            "osteopath reckons numbness in both legs is normal with a bulging disc. its got worse "
            "every day this week and today I couldnt feel the pedals properly driving home",
            "both_legs_weak",
        ),
        (
            "they asked about face, arms, speech, all fine then. now an hour later my face is "
            "drooping and my arm is weak",
            "stroke_signs",
        ),
        (
            "rang 111 last night cos my foot went numb. they asked about face, arms, speech, all "
            "fine and still fine this morning. turned out I'd fallen asleep with it tucked "
            "under me",
            None,
        ),
        (
            "I had a blister on my heel, it got infected and I went to my doctor on monday. now "
            "the redness is spreading up my leg and I have a fever",
            "foot_infection",
        ),
        (
            "both my legs ache after the gym and its got worse every day this week, DOMS is brutal",
            None,
        ),
        ("walked barefoot on hot sand and burnt the soles of my feet, now got blisters", None),
    ],
)
def test_the_twenty_third_sessions_blind_sets_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-fourth session's blind sets: emergencies the start reader missed, the
        # look-alikes it alarmed on, and the wordings written beside each mend (None: no
        # emergency)
        (
            "Doc on Wednesday said the tingling in my feet was probably anxiety. It's Friday and "
            "I can't get out of the chair on my own, my husband had to lift me",
            "ascending_weakness",
        ),
        (
            "my feet have been tingling for a week and tonight I cant get out of the chair, my "
            "wife had to lift me",
            "ascending_weakness",
        ),
        (
            "I've had numb feet for years from diabetes and I cant get out of the chair without "
            "help, always been like that with my knees",
            None,
        ),
        (
            "Today he keeps asking who I am and what year it is, and his left leg keeps folding "
            "under him on the frame. Was fine at the morning call.",
            "stroke_signs",
        ),
        (
            "She has been wet twice since yesterday without knowing. Back's been playing up all "
            "week.",
            "cauda_equina_signs",
        ),
        (
            "my right leg tingles down the back from my buttock since my back went on Tuesday, "
            "and I havent managed a proper wee since this morning even though I feel full, just "
            "dribbles",
            "cauda_equina_signs",
        ),
        ("I have not had a wee dram since new year, just the tingly foot", None),
        (
            "Cast felt too tight on tuesday and my toes were tingling, went back to fracture "
            "clinic and they split it, all fine now, toes pink and warm.",
            None,
        ),
        ("Cast was split yesterday but now my toes are white and numb again", "compartment_signs"),
        (
            "My brother had compartment syndrome last year, he's fine now. I get shin splints "
            "and my feet tingle a bit after runs.",
            None,
        ),
        (
            "My shin splints were bad last month. Now after a kick in football my shin is "
            "swollen tight, pain unbearable and my foot is numb",
            "compartment_signs",
        ),
        ("like if both legs went weak should I go to A&E? mine is just one tingly foot", None),
        ("At my cousin's wedding everyone was slurring by 11pm haha. My toes tingle.", None),
        (
            "Toe infection cleared up after the antibiotics, redness gone. Just the usual "
            "numbness in both feet.",
            None,
        ),
        (
            "toe infection cleared up last month but now the foot is red hot and swollen with "
            "pus and I'm shivering",
            "foot_infection",
        ),
        (
            "three weeks ago I had slurred words for 40 minutes, they called it a TIA and I was "
            "discharged after 2 days. Not a single symptom since.",
            None,
        ),
        (
            "My dad had a TIA last year, they called it a TIA. Now his face is drooping and his "
            "speech is slurred",
            "stroke_signs",
        ),
        (
            "Dad's numbness has crept up from his toes to his ankles over about 5 years, both "
            "sides.",
            None,
        ),
        (
            "The numbness crept up from my feet to my knees over about 2 days and now my hands "
            "are tingling",
            "ascending_weakness",
        ),
        (
            "mum fell and hit her head in 2019 she was fine after. shes had tingly feet for years",
            None,
        ),
        (
            "she was fine after the fall yesterday but now her left leg is numb and she's being "
            "sick and confused",
            "spine_head_injury",
        ),
        (
            "Client's left leg is always a bit colder and purplish, she's had PAD for years. "
            "Today it's the same as it always is, no new pain.",
            None,
        ),
        (
            "Client's left leg is always a bit colder than the right, she's had PAD for years. "
            "Today it's suddenly white and freezing and she's in agony.",
            "cold_pale_leg",
        ),
        (
            "I had a proper scare last week: racing heart, felt faint. Went to A&E, bloods and "
            "ECG normal, said probably too much coffee.",
            None,
        ),
        ("One day ago, my mouth went limp, and my eyes were watering.", "stroke_signs"),
        (
            "I experienced mild numbness on the right arm, below the knee, and from the chin to "
            "the neck. Could this be a sign of a stroke?",
            "stroke_signs",
        ),
        (
            "I fell while roller blading, all my weight on my left calf. No more damage than a "
            "bad contusion and some swelling.",
            None,
        ),
        (
            "She could hobble to the car - grasping anything that came to hand like bicycles, "
            "the fence, the wall",
            None,
        ),
        (
            "My step dad doesn't do blood. So, after dropping a kitchen cabinet on his toe, he "
            "collapsed.",
            None,
        ),
        (
            "Saw the GP on Monday about my back. That night both my legs went weak and I still "
            "can't walk properly",
            "both_legs_weak",
        ),
        (
            "toddler naps on my lap on the train home and by the time we get in my right leg is "
            "completely dead",
            None,
        ),
        (
            "head chef. before a big service my legs go all tingly and my chest feels tight with "
            "nerves, settles once we're going",
            None,
        ),
        (
            "12 hr shifts on the ward. by the end my lower legs and feet are cold, purplish and "
            "tingly. takes ages to warm up",
            None,
        ),
        # the second and third rounds
        ("numb feet yest numb shins today numb thighs tonight wtf", "ascending_weakness"),
        (
            "I forgot to say I slipped on the ice Tuesday and landed flat on my back. the tingling "
            "in both feet started the next morning and it's creeping more every day",
            "spine_head_injury",
        ),
        (
            "Fell on my back skiing in 2012, all fine since. Last few weeks pins and needles in my "
            "right foot when I'm on the hard chairs at work",
            None,
        ),
        ("I fell on my back yesterday and now both feet are tingling", "spine_head_injury"),
        (
            "mum's left leg went dead about 20 min ago while she was just sat watching telly. she "
            "cant lift it at all and she keeps asking me what day it is",
            "stroke_signs",
        ),
        (
            "In the last half hour my foot has gone completely numb, like it isn't there, and my "
            "right hand won't grip my mug properly",
            "stroke_signs",
        ),
        (
            "still numb but now its cold. like proper cold to touch n pale compared to the other "
            "one and it hurts like hell",
            "cold_pale_leg",
        ),
        (
            "ive had sciatica on the left on and off. last 3 days its down BOTH legs, back of the "
            "thighs into both feet, way worse than my usual",
            "both_legs_weak",
        ),
        (
            "heart races when i panic then my feet n hands tingle, calms down in 10 min. not "
            "happening now just want tips",
            None,
        ),
        (
            "both legs have been weakish and numb from the knees down for about 5 years now, "
            "hasnt changed in ages",
            None,
        ),
        (
            "both legs have been numb for about 5 years now but since this morning I cant stand "
            "up at all",
            "both_legs_weak",
        ),
        (
            "had an epidural yesterday, the numbness wore off, but now both my legs are numb "
            "again and weak",
            "spine_head_injury",
        ),
        (
            "steroid injection in my back last week, leg pain way down, but since this morning "
            "both legs are numb and I can't pee",
            "cauda_equina_signs",
        ),
        ("LP on monday. now right foot numb n weak, low back achy", "spine_head_injury"),
        (
            "A&E put a compression bandage on my calf 3 hrs ago. Now my toes are numb and a "
            "purple-ish colour and the throbbing is 9/10",
            "compartment_signs",
        ),
        (
            "In a cast since Thursday. Woke up at 2 with my toes numb and pins and needles and the "
            "pain is off the scale, way worse than when I actually broke it.",
            "compartment_signs",
        ),
        (
            "got a tiny blister on my little toe from new hiking boots. the toe's a bit tingly. "
            "plaster ok?",
            None,
        ),
        ("my leg is in plaster and my toes are numb and white", "compartment_signs"),
        (
            "Had a chest infection a few weeks back, all cleared up now. But I still get a bit of "
            "tingling in my left foot on cold mornings.",
            None,
        ),
        (
            "I was in a car crash in 2012, whiplash, physio sorted it. Now I get tingling in my "
            "right foot after long drives",
            None,
        ),
        ("will the numbness go back if they lower the dose of bortezomib?", None),
        ("my dad's old LP is on the shelf, the music makes my foot tap", None),
    ],
)
def test_the_twenty_fourth_sessions_blind_sets_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-fifth session's blind sets (written sets 104 to 109): emergencies the
        # start reader missed, look-alikes it alarmed on, and the wordings written beside each
        # mend (None: no emergency)
        (
            "they put a really tight bandage on my knee after the op yesterday and my foot is "
            "all pins and noodles and the pain is unbearable not normal sore",
            "compartment_signs",
        ),
        (
            "the leaflet says if you cant pee go to A&E. well ive been trying since 6am and "
            "nothing is coming out, back is killing me",
            "cauda_equina_signs",
        ),
        ("ive been trying since 6am to pee and nothing is coming out", "cauda_equina_signs"),
        (
            "wife says i wet the bed last night and didnt even wake up. never happened in my "
            "life. been off work with a disc for months",
            "cauda_equina_signs",
        ),
        (
            "sciatica used to be just the left. Since Tuesday the right ones doing it too, "
            "shooting down the backs of both thighs",
            "both_legs_weak",
        ),
        (
            "dad couldnt stand up this morning. he had a stomach bug two weeks ago then started "
            "saying his feet were tingly, but it never went off and its moved up his legs",
            "ascending_weakness",
        ),
        ("Dad's words are coming out mushed up and he's dropped his tea twice", "stroke_signs"),
        (
            "Nothing wrong with my waterworks... well actually I haven't been for a wee since "
            "yesterday lunchtime and I've drunk loads. Back's agony",
            "cauda_equina_signs",
        ),
        (
            "keep blacking out when i stand up, went down twice today. its just low blood "
            "pressure from the new tablets",
            "chest_symptoms",
        ),
        (
            "back playing up for a week, and the last 2 days things downstairs just... dont "
            "work. also numb on the insides of the tops of my legs",
            "cauda_equina_signs",
        ),
        # a condition named beside a harmless cause or its signs ruled out ...
        ("is this a stroke?? foot dead after kneeling", None),
        ("GBS?? legs feel normal, walking fine, feet maybe a bit tingly", None),
        ("cauda equina?? bum went numb on a 3 hour coach trip, came back when i walked", None),
        ("convinced I've got cauda equina. Weeing normally, bowels fine", None),
        # ... but not beside a sign
        ("is this a stroke? my face is drooping on one side, I was at my desk", "stroke_signs"),
        ("is this a stroke? speech slurred since lunch, walking fine", "stroke_signs"),
        (
            "could this be cauda equina? sciatica for a week and now i cant feel it when i "
            "wipe, walking fine though",
            "cauda_equina_signs",
        ),
        (
            "dad cant get his words out and his face has dropped. stroke?? he was sat in his chair",
            "stroke_signs",
        ),
        # a red-flag list denied whole, "I've got none of those" ...
        (
            "My physio gave me a list of red flags - numb bum, can't control bladder, both legs "
            "going weak. I've got none of those, just one tingly leg since my hip replacement",
            None,
        ),
        # ... and a supposition's list of items up to its "or" ...
        (
            "She said go to A&E if I get numbness between my legs, trouble weeing, or both legs "
            "going weak. None of that so far.",
            None,
        ),
        # ... but not a list after a supposition of no one, nor one ending in a question
        ("not sure if you can help, face drooping, arm weak, or just tired", "stroke_signs"),
        ("not sure if you can help, face drooping, arm weak, or is it nothing", "stroke_signs"),
        ("tingly toes from the chemo i had back then. no back pain whatsoever", None),
        ("I'm in a cast for my wrist and now my foot is tingling from lying on the sofa", None),
        ("my leg is in a cast and the toes are numb and white", "compartment_signs"),
        ("Just my big toe on one side has been numb since I got the new hiking boots", None),
        (
            "Whiplash in 2009, neck fine now. Lately right foot tingles when I run more than 5k",
            None,
        ),
        ("whiplash yesterday and now my right foot tingles", "spine_head_injury"),
        ("pharmacist asked about my back. bit bunged up from the co-codamol itself", None),
    ],
)
def test_the_twenty_fifth_sessions_blind_sets_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round two of the twenty-fifth session's blind sets (written sets 110 to 113)
        ("rite foot went ded about 20 min ago out of nowere, cant get my balans", "stroke_signs"),
        ("hans an feet gon numm sinse yday", "ascending_weakness"),
        (
            "my husbund just past out in the kichen, his hart is goin like the clappers",
            "chest_symptoms",
        ),
        (
            "i had brest cancer 4 yers ago, this last 2 weeks a new pane in my bak and now my "
            "legs are tingly an weke",
            "cancer_spine_signs",
        ),
        ("my foot goes wite an numm in the cold then goes red wen it warms up", None),
        ("i cant wee in publik loos wen im nervus, always bin like it", None),
        (
            "this morning shes muddled, doesnt know what day it is, keeps bumping into the door "
            "frame on her right and her right foot is dragging",
            "stroke_signs",
        ),
        (
            "my lad got knocked out heading the ball on saturday. since yesterday his right foot "
            "is tingly and numb. I get pins and needles too but mine's from sitting",
            "spine_head_injury",
        ),
        ("fell over heading home and my leg is numb", None),
        (
            "the right foot suddenly went white as a sheet and icy to touch, and it's agony. "
            "I've had it up with a hot water bottle on it but it's no better after two hours.",
            "cold_pale_leg",
        ),
        (
            "she went to say something and it came out all wrong, like mush, and now the left "
            "side of her mouth is hanging down",
            "stroke_signs",
        ),
        (
            "Last night got a boot right in the shin. This morning my lower leg is rock hard and "
            "shiny and swollen tight, the pain is unreal",
            "compartment_signs",
        ),
        ("husband says I slur my words after one glass of prosecco. my feet burn at night", None),
        ("Lost all feeling in my bum after 4 hrs on those plastic stadium seats", None),
        (
            "my husband passed out giving blood last week, he was fine after a biscuit, now his "
            "foot tingles after sitting in the van",
            None,
        ),
        ("Dad fell and hit his head in 2022, had a bleed, recovered well. My feet tingle.", None),
    ],
)
def test_the_twenty_fifth_sessions_second_round_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round three of the twenty-fifth session's blind sets (written sets 114 to 117)
        (
            "fell backwards down three stairs this morning and cracked the back of my head and "
            "neck on the banister. now both feet are tingling",
            "spine_head_injury",
        ),
        ("one of the rods in my back is cracked, the screws have eroded the bone", None),
        (
            "Since yesterday my bum and the tops of my inner thighs feel like the dentist has "
            "numbed them, wiping feels really strange",
            "cauda_equina_signs",
        ),
        (
            "first aider at work (supermarket). customer fainted by the tills, came round after "
            "a few secs, her heart was going like the clappers",
            "chest_symptoms",
        ),
        ("For a first aid course: what if someone faints at work?", None),
        (
            "Doc told me to come straight back if my legs go weak, and this morning both legs "
            "have gone weak",
            "both_legs_weak",
        ),
        ("Oncology nurse rang back about my tingly feet since chemo. No back pain.", None),
        # a denial with "has happened" inside it, and "just the usual" after it
        (
            "111 said to go straight to A&E if my face droops or my speech goes funny. Neither "
            "has happened, it's just the usual tingly right foot",
            None,
        ),
        (
            "Doc told me to come straight back if my legs go weak. Neither has happened until "
            "this morning, now both legs weak",
            "both_legs_weak",
        ),
        (
            "111 said to go to A&E if my face droops. It has happened now, my face is drooping",
            "stroke_signs",
        ),
        # ("if one of" is no supposition: "if one of my legs is suddenly cold, white and numb
        # right now what do i do" is an emergency)
        (
            "if one of my legs is suddenly cold, white and numb right now what do i do",
            "cold_pale_leg",
        ),
        ("started Diamox for the altitude and my fingers and toes tingle on and off", None),
    ],
)
def test_the_twenty_fifth_sessions_third_round_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-sixth session's blind sets: emergencies the start reader missed, the
        # look-alikes a writer took back, and the corrections that must stay emergencies
        (
            "Mum's legs are numb, she said it's just her circulation. Actually I've just asked "
            "her again and she says it's BOTH legs and a lot worse than last week, she can "
            "barely lift her feet to get into bed.",
            "both_legs_weak",
        ),
        (
            "foot went to sleep i think? sorry no not asleep. its freezing cold and white like a "
            "candle and it hurts like hell. came on about an hour ago",
            "cold_pale_leg",
        ),
        (
            "To the doctor bot. My mother is 87. Yesterday she had pins and needles in her feet "
            "only, today it is up to her thighs and she cannot stand up from her chair at all.",
            "ascending_weakness",
        ),
        (
            "The chiropodist nicked my big toe a week ago and it has gone angry red right up "
            "onto the top of the foot, hot and puffy with yellow matter coming out. Last night "
            "I was shivering in bed. I am a diabetic of long standing.",
            "foot_infection",
        ),
        (
            "flatmate was out of it on ket and lay on the kitchen floor with his leg twisted "
            "under him for like 10 hours. now his thigh is massive and tight and he screams if "
            "you touch it",
            "compartment_signs",
        ),
        # taken back
        (
            "my face feels droopy on one side... wait no, it's the dentist's numbing jab from my "
            "filling at 2, forgot. separate q, my foot tingles after sitting cross-legged, why?",
            None,
        ),
        (
            "coughed up blood - sorry, let me rephrase, nosebleed this morning and some went "
            "down the back of my throat. Anyway the leg thing: tingling in my calf after runs",
            None,
        ),
        (
            "wait scratch my last msg about chest pain, it was the seatbelt bruise from last "
            "month, all healed. the foot numbness is from my tight work boots",
            None,
        ),
        (
            "Hi. Grandad is having a stroke. Apologies, autocorrect - Grandad HAD a stroke, in "
            "2019. He's fine. Could the numbness in my own left foot be B12?",
            None,
        ),
        # ... but a correction that moves a sign, or a "sorry no" with words after it, takes
        # nothing back
        ("my face is drooping, sorry no idea what is happening", "stroke_signs"),
        ("my right leg is weak and numb, no wait, its both legs, i cant stand", "both_legs_weak"),
        (
            "my face dropped on one side. sorry no, its still dropped, my speech is slurred too",
            "stroke_signs",
        ),
        ("feet numb. scratch that, hips now. cant stand", "ascending_weakness"),
        (
            "I read in the paper about an illness where the numbness creeps up from the feet "
            "and people cannot walk. My own feet tingle only when I lie in bed.",
            None,
        ),
        (
            "Hurt my shoulder lifting boxes above my head at work, can't raise my arm past "
            "shoulder height without it catching",
            None,
        ),
        (
            "my arm is weak and I can't lift it past shoulder height since this morning and my "
            "face drooped",
            "stroke_signs",
        ),
    ],
)
def test_the_twenty_sixth_sessions_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-sixth session's second round: a generic "you" the writer then owns, and
        # the look-alikes beside each mend
        (
            "Is it normal for your foot to just suddenly go numb and floppy for no reason? Asking "
            "because it's happening to me right now at my desk, haven't moved, can't lift my toes",
            "stroke_signs",
        ),
        (
            "you bang your head on the cupboard door, think nothing of it, then a couple of hours "
            "later your foot starts tingling and your leg feels a bit useless. thats normal "
            "right?? (its me. its today)",
            "spine_head_injury",
        ),
        ("is a numb bum normal with sciatica?? mine is rn", "cauda_equina_signs"),
        (
            "What colour is your foot meant to be? Genuinely asking. Mine's gone a sort of whitey "
            "grey in the last hour, it's freezing to touch and it hurts like mad",
            "cold_pale_leg",
        ),
        ("Is it normal for your foot to go numb when you sit cross-legged?", None),
        ("If your legs go weak with sciatica, should you go to A&E? Mine are fine.", None),
        ("my bum is normal, no numbness, just sciatica down my left leg", None),
        (
            "Been shovelling the drive for an hour. Chest feels like a band round it and it's "
            "going into my jaw, feet are tingling too",
            "chest_symptoms",
        ),
        (
            "The storm brought a branch down on my head in the garden yesterday. Since then my "
            "right foot keeps tingling and going numb",
            "spine_head_injury",
        ),
        (
            "stroke in 2019 so my right side is the weak side. but my LEFT calf pain came on out "
            "of nowhere about 40 mins ago, foot looks pale and feels like a block of ice",
            "cold_pale_leg",
        ),
        (
            "bk amputee on the left. since sunday my right foot has been tingling, then my "
            "fingers started too, and this morning i couldnt stand on my leg",
            "ascending_weakness",
        ),
        # a fear supposes only what comes after it: the sign told before it, in the same
        # clause, is now (before, "worried that" supposed its whole clause)
        ("my face is drooping and I'm worried that it could get worse", "stroke_signs"),
        (
            "my foot is cold and white and I'm scared that the leg might have to come off",
            "cold_pale_leg",
        ),
        ("my face is drooping and I'm worried the stroke could get worse", "stroke_signs"),
        ("I'm scared that my face will droop one day like my mum's did", None),
        (
            "My boyfriend is worried the sciatica in his left leg could spread to both legs "
            "while he's away travelling. Right now it's just the one leg and its a bit better "
            "than last week. What should he look out for?",
            None,
        ),
        (
            "I'm worried my legs could be giving way, they both just buckled and I cant stand",
            "both_legs_weak",
        ),
        ("hands and feet both tingly for like a year now, type 2 diabetic", None),
        ("my legs have been numb and weak for 2 days now and spreading up", "ascending_weakness"),
        (
            "Palpitations at night when I lie on my left side. Cardiologist did a 24 hour monitor "
            "and said ectopic beats, harmless",
            None,
        ),
    ],
)
def test_the_twenty_sixth_sessions_second_round_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a supposition a later sentence says came true, naming its sign again (`fulfilled`):
        # before, the conditional hid the toes and the cast, and "they" named neither
        (
            "the doctor said to come back if my toes went numb in the cast. they are numb and "
            "white now",
            "compartment_signs",
        ),
        (
            "if my face droops call 999 they said. well its gone droopy on one side now",
            "stroke_signs",
        ),
        # ... but not one it denies, or one it does not name again
        ("told to come back if my toes went numb in the cast. they are fine now", None),
        (
            "told to come back if my toes went numb in the cast. they are not numb, just itchy",
            None,
        ),
        # a date told after its story dates it (`dated_back`) ...
        ("my face drooped and I couldnt speak. that was in 2015. now my foot tingles", None),
        (
            "'after my flight I got a clot in my lung, coughing blood' - that was 2018 for her. "
            "my calves tingle on flights",
            None,
        ),
        # ... but not what is told in the present tense, nor a date that is today
        (
            "my face is drooping and my speech is slurred. that was in 2015 too, it is "
            "happening again now",
            "stroke_signs",
        ),
        (
            "my face drooped and I couldnt speak. that was at lunch and its still droopy",
            "stroke_signs",
        ),
        # ... while a state lasting since then is dated even in the present tense
        (
            "both legs numb, cant walk, have been like that since my injury in 2009 so dont "
            "panic lol. why do my feet buzz more when its cold out",
            None,
        ),
        # round one's misses
        (
            "Its just the one leg, the left, but it went from fine to numb in about a minute "
            "while I was stood making a brew. that was at lunch and it's still numb",
            "stroke_signs",
        ),
        (
            "An hour ago I didn't even notice I'd wet myself til I stood up. I've had sciatica "
            "down the left leg 6 weeks",
            "cauda_equina_signs",
        ),
        ("since sunday i cant get it up at all and its numb round my balls", "cauda_equina_signs"),
        ("the balls of my feet are numb after my run", None),
        (
            "our guy keeps jabbing at his upper back, the finger monitor is saying pulse 148 "
            "and hes clammy",
            "chest_symptoms",
        ),
        ("heart rate of 171 straight after my 5k run, back to 80 now", None),
        (
            "just now he went grey and slumped in the armchair, out for maybe half a minute, "
            "came round all sweaty",
            "chest_symptoms",
        ),
        (
            "Laminectomy last Wednesday. Today there's new numbness down my right leg that "
            "wasn't there before, and the foot keeps slapping down when I walk",
            "spine_head_injury",
        ),
        (
            "the cut on my foot, GP said come back if it spreads. it has spread up to my knee "
            "now and im shivering",
            "foot_infection",
        ),
        # look-alikes
        ("I meant they were wobbly after spin class, my legs giving way was a joke", None),
        ("dads a worrier about strokes. is this normal", None),
        (
            "My mum had bowel cancer, Ive never had cancer myself. I have lower back ache and my "
            "left leg tingles",
            None,
        ),
        ("my bag from the bus's luggage compartment was heavy and my legs are tired", None),
    ],
)
def test_the_twenty_seventh_sessions_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # someone else's dated past never dates the writer's own sign in another sentence or
        # part (`Frame.others`): both were missed before
        ("My dad had a stroke years ago. I woke up and my face drooped", "stroke_signs"),
        ("My dad had a stroke years ago, I woke up and my face drooped", "stroke_signs"),
        # ... while it still dates theirs, and the writer's own frame still dates the writer's
        ("My mum had a stroke in 2019. Her face drooped and she couldnt speak.", None),
        ("I have been living with foot drop since 2020. I woke up and couldn't move my foot", None),
        # the twenty-eighth session's blind sets: numbness that "came on in under a minute" is
        # sudden; a tractor rolled onto a calf "like a drum"; a colour, a pain of 9/10 and no
        # feeling told as measurements
        (
            "right leg numb from knee down, came on in under a minute while brushing teeth",
            "stroke_signs",
        ),
        ("my foot went numb, it comes on within minutes of sitting on the toilet", None),
        # ... and one that "became numb over about 10 seconds" (a preamble's frame had hidden
        # it: it was read only as "from the hip down", both legs)
        (
            "I've been reading about this. Left leg from the hip down became numb over about 10 "
            "seconds while I stood at my standing desk",
            "stroke_signs",
        ),
        (
            "tractor rolled back onto my calf yesterday. leg is like a drum now, pain is unreal, "
            "foot all pins and needles",
            "compartment_signs",
        ),
        (
            "Right foot colour white with blue patches since 11:40. Pain 9/10 in the calf and "
            "foot. Pen test: no sensation on the top of the foot.",
            "cold_pale_leg",
        ),
        # ... and the look-alikes mended beside them: "slung" is not "slurring"; a leg bent up
        # under the sleeper or jammed in a car's footwell; leg day at the gym; one leg's numb
        # patch creeping up with "other leg's fine"; a mother seen at the TIA clinic; a
        # hypothetical "if ... ever came with chest pain"
        (
            "my husband sleeps with his leg slung over mine and i wake up with pins and needles",
            None,
        ),
        (
            "woke up at 3am and my left foot was totally dead. id been lying on my front with "
            "that leg bent up under me",
            None,
        ),
        (
            "slept in the car, legs jammed in the footwell. woke with my right leg numb from the "
            "knee down. walked round the car park and it was fine",
            None,
        ),
        (
            "did legs at the gym yesterday, both thighs are jelly and sore today. its just doms",
            None,
        ),
        (
            "a numb bit on the side of my right foot, now its crept up the side of my calf. other "
            "leg's fine",
            None,
        ),
        (
            "My mum had a mini stroke in January. She was seen at the TIA clinic the same day "
            "and is doing great.",
            None,
        ),
        (
            "if the numbness in my thigh ever came with chest pain, would that change anything?",
            None,
        ),
        # ... but the same words with the sign now still alarm
        ("woke up and my left foot is totally dead, i wasnt lying on it", "stroke_signs"),
        ("my thigh is numb and now I have chest pain", "chest_symptoms"),
    ],
)
def test_the_twenty_eighth_sessions_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 51 and topic set 76: "bang, it hit me" is a pain's sudden start, "blinked
        # my eyes" no blindness, "nearly fell over" no fall
        (
            "getting out of my car after work and bang, it hit me. A soaring pain in my back "
            "which spread down my right leg",
            None,
        ),
        ("I looked around the hospital room and blinked my eyes several times", None),
        (
            "45 min sit in half lotus and both feet were dead at the end, nearly fell over "
            "getting up. back to normal after 5 min",
            None,
        ),
        # ... but a blow that hit the head, and a real fall, still count
        (
            "he threw the bottle and bang, it hit me on the head, now my legs are tingling",
            "spine_head_injury",
        ),
        (
            "I fell down the stairs last night and now both my feet are numb and my back hurts",
            "spine_head_injury",
        ),
    ],
)
def test_the_twenty_eighth_sessions_real_wordings(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round two of the twenty-eighth session: a leg that "just lost power, like someone
        # pulled the fuse"; half of what one sees "missing, both eyes"; "the words are coming
        # out scrambled"; a digger "parked on my chest"; a nail through a welly and redness
        # spreading with a fever; one leg numb "just like that"; an arm that "just flops when
        # she tries to lift her cup" ("tries" was read as "tris", triceps)
        (
            "20 min ago my right leg just lost power, like someone pulled the fuse on it. "
            "Wasn't kneeling, nothing pressing on it",
            "stroke_signs",
        ),
        ("the left half of my monitor is just missing, both eyes", "stroke_signs"),
        (
            "can't grip the kettle with his left hand and the words are coming out scrambled",
            "stroke_signs",
        ),
        ("digger parked on my chest right now, into left arm", "chest_symptoms"),
        (
            "stood on a nail in the yard sunday, went straight thru the welly. redness spreading "
            "up my shin like rust now and im burning up, 39.2",
            "foot_infection",
        ),
        (
            "standing at the counter making toast and my right leg went numb from the hip down, "
            "just like that",
            "stroke_signs",
        ),
        (
            "today shes not making sense and her right arm just flops when she tries to lift "
            "her cup",
            "stroke_signs",
        ),
        # ... and the look-alikes mended: "can't feel my legs from laughing", an IT system's
        # "stroke", jelly legs "fine after a brew", a leg "jammed under me" on the sofa, GBS
        # read on Facebook or a scare that "never came back", a soles' tingle that "hasnt
        # spread", "in two words. Sweet MUSH", a chemo neuropathy after "infusion days"
        (
            "bestie sent me a video of her cat falling off the sofa and i literally can't feel "
            "my legs from laughing",
            None,
        ),
        ("Whole company IT system's had a stroke today", None),
        ("legs like jelly after 12 hours up and down ladders, fine after a brew", None),
        (
            "Woke up with my right leg completely dead - I'd nodded off on the sofa with it "
            "jammed under me. Three minutes of stamping and it came back",
            None,
        ),
        (
            "Saw a thing on facebook saying the booster gives people guillain barre. I dont "
            "have any symptoms",
            None,
        ),
        (
            "mild tingling in the soles of both feet for a few days. Hasn't spread, legs "
            "strong, hands fine",
            None,
        ),
        ("I can perfectly describe it in two words. Sweet MUSH", None),
        (
            "neuropathy in my hands and feet, flare-ups after my infusion days; the oncology "
            "team has prescribed gabapentin",
            None,
        ),
        # ... while the same signs told as now still alarm
        ("my legs are jelly and i cant feel them, cant stand up", "both_legs_weak"),
        ("i cant feel my legs and i cant pee", "cauda_equina_signs"),
    ],
)
def test_the_twenty_eighth_sessions_second_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # someone else's story dated long ago dates the clauses after it in its sentence that
        # say nothing of the writer (`read_context`): three of the ten stored look-alikes it
        # mended, and a father's toe from written set 147
        (
            "my twin brother had a mini stroke last year, his leg just went numb out of nowhere. "
            "mine goes tingly when i cross my legs for ages but shakes off straight away",
            None,
        ),
        (
            "me da had a stroke back in 2012, face went aal droopy then, but he's canny now",
            None,
        ),
        (
            "Background only: my mother had a pulmonary embolism in 2015, she was breathless "
            "and coughing blood, treated, fine now.",
            None,
        ),
        ("Dad lost a toe to diabetes years ago, it went black. My feet are fine.", None),
        # ... but not a story dated days or weeks ago, nor the writer's own clause after it,
        # nor what is told as now
        (
            "dad couldnt stand up this morning. he had a stomach bug two weeks ago then started "
            "saying his feet were tingly, and its moved up his legs",
            "ascending_weakness",
        ),
        ("My mum had a stroke years ago, I woke up and my face drooped", "stroke_signs"),
        ("my mum had a stroke 3 years ago, her face is drooping again", "stroke_signs"),
    ],
)
def test_someone_elses_old_story_dates_its_own_sentence(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round three of the twenty-eighth session: the touch not felt "when she touches the
        # inside of my thighs"; a leg "pale, like marble" with a calf pain "unreal"; legs weak
        # "both sides and climbing, struggling to swallow"
        (
            "my gf noticed i cant feel it when she touches the inside of my thighs, or down "
            "there at all",
            "cauda_equina_signs",
        ),
        (
            "Teammate pointed out my leg looks really pale, like marble. The pain in the calf is "
            "unreal",
            "cold_pale_leg",
        ),
        (
            "Had flu over new year, now legs weak both sides and climbing, struggling to swallow "
            "my tea",
            "ascending_weakness",
        ),
        ("i cant feel it when i wipe", "cauda_equina_signs"),
        # ... and the look-alikes mended: a foot that "came back after a minute" (not a back);
        # white toes warmed "back to pink"; a foot dead "in a cramped seat", "back to normal
        # within 5 mins"; a husband's joke; "Turned out I had a water infection"; "Last
        # Easter", "they said it was a TIA"; sore muscles after dancing
        (
            "Mum had bowel cancer 8 yrs ago. At the party she sat on a low pouffe and her foot "
            "went to sleep, came back after a minute walking about. She's fine",
            None,
        ),
        (
            "my toes went white and numb in the stand. Warmed them up and they were pink and "
            "normal again, no pain now. Happens every winter",
            None,
        ),
        (
            "my right foot had gone dead after 9 hours in a cramped seat. Stamped it a few times "
            "and it was back to normal within 5 mins",
            None,
        ),
        ("husband says im 'having a stroke' every time i try to work the new tv remote", None),
        (
            "My daughter noticed I was talking nonsense last week. Turned out I had a water "
            "infection and I'm back to myself now",
            None,
        ),
        (
            "Last Easter my leg went numb and my speech went funny, I was in hospital for three "
            "days, they said it was a TIA and I'm on the tablets now. Nothing's happening today",
            None,
        ),
        (
            "legs feel like jelly going down stairs. no numbness, I can feel and move "
            "everything, just very stiff and sore muscles",
            None,
        ),
        # a heart "going like a two-stroke, 140 on the watch" beside a swollen calf (found before
        # only by "stroke" in "two-stroke", and lost behind a preamble), not a two-stroke engine,
        # a bill of 150 pounds, nor a run's heart rate
        (
            "I've been reading about this. heart going like a two-stroke, 140 on the watch sat "
            "on the sofa for half an hour now. right calf been swollen since the drive monday",
            "chest_symptoms",
        ),
        ("my old two-stroke moped finally died, my legs are fine", None),
        ("my heart sank when i saw the bill of 150 pounds", None),
        (
            "heart rate hit 171 on my watch but I'd just finished a 5k, it was 64 ten mins later",
            None,
        ),
        # ... while the same words told as now still alarm
        ("my foot came back to life but now my face is drooping", "stroke_signs"),
        ("my toes are white and numb and the pain is unbearable", "cold_pale_leg"),
    ],
)
def test_the_twenty_eighth_sessions_third_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-ninth #9 session's first round (written sets 155 to 158, topic set 79, real
        # part 54): the two first-run misses ...
        (
            "copied from my notes app:\n'tingly foot - 3rd week\ncough since sat\nthis morning "
            "coughed into a tissue and it was bright red, did it again twice since'",
            "chest_symptoms",
        ),
        (
            "sat at my desk, right leg just switched off about 10 mins ago. not asleep, wasn't "
            "sitting on it funny, I just can't lift it",
            "stroke_signs",
        ),
        # ... a cancer whose back pain is new, beside chemotherapy's tingling (found before only
        # through "bowel" in "bowel cancer")
        (
            "on chemo now for my bowel cancer. a new ache in my back this week, different from "
            "anything before, and both legs have gone tingly and a bit weak on the stairs",
            "cancer_spine_signs",
        ),
        # ... the look-alikes mended
        (
            "feeding sheep at 6am in the frost, toes a bit white. warmed them by the Aga and 10 "
            "min later theyre pink and toasty, no pain at all",
            None,
        ),
        (
            "chasing pigs round the field, both legs were jelly after. Sat down with a cuppa and "
            "they're back to normal now",
            None,
        ),
        (
            "a friend said you can get Guillain-Barre from chickens?? I feel completely fine, no "
            "tingling. What are the signs so I know?",
            None,
        ),
        (
            "one of the ewes is down and cant get up, back legs just not working. vets on the way",
            None,
        ),
        (
            "Had bowel cancer 8 years ago, all clear since. Lower back sore for 2 days after "
            "lifting a lamb. No numbness, no weakness, wees and poos normal",
            None,
        ),
        (
            "- bowel cancer 2012, all clear\n- back: no pain at all\n- bladder/bowels normal\n- "
            "left foot goes numb on the loo, back to normal within a minute of getting up",
            None,
        ),
        (
            "Mum fell down the stairs last week and hurt her back - A&E did scans, nothing broken, "
            "she's home and fine. My foot tingles when I kneel",
            None,
        ),
        (
            "Last Tuesday chest pain at work, A&E did an ECG and bloods, all normal. Not had any "
            "chest pain since. My heel tingles",
            None,
        ),
        (
            "A&E on Saturday with chest pain, they said panic attack. Since then nothing in my "
            "chest at all. My thigh tingles",
            None,
        ),
        (
            "sat on my foot on the sofa for the whole film and it went dead. my brain instantly "
            "went 'stroke'. it was just the sitting wasn't it",
            None,
        ),
        ("my legs turned to jelly when the hospital letter came lol. bloods all normal", None),
        ("vision is fine today, no numbness, no weakness, walking fine", None),
        (
            "small blister on my heel, no pus, no redness. i've worked myself up into thinking "
            "gangrene",
            None,
        ),
        (
            "having a stroke trying to do my tax return. my foot tingles when I sit cross legged",
            None,
        ),
        (
            "I've literally broken my back hoovering the stairs lol (I haven't, it's just achy). "
            "legs work fine",
            None,
        ),
        (
            "had a 'mini stroke' in 2021. face went weird for 10 mins, got scanned, on statins "
            "ever since. nothing like that today, my foot fell asleep while I sat on it",
            None,
        ),
        (
            "remember when I couldn't feel my legs after the epidural? baby is 3 now. legs are "
            "totally fine, my lower back aches when I carry her",
            None,
        ),
        (
            "06:40 fell asleep with my left leg folded under me\n06:41 leg completely dead, "
            "couldn't stand on it\n06:45 pins and needles, then back to normal",
            None,
        ),
        (
            "tingling in my left foot started tuesday after laying turf and its crept up to my "
            "knee now, worse every day",
            None,
        ),
        (
            "when I bend my head right down to weed I get an electric-shock feeling shooting down "
            "my back and into both legs",
            None,
        ),
        (
            "pressure washed the patio in the cold and my toes went white then purple and numb. "
            "this happens every time im out in the garden in winter",
            None,
        ),
        ("I could get about ten strokes on my dominant side in the canoe before switching", None),
        ("nerve endings in our legs and feet are not working as they should, so cold feet", None),
        ("carrying heavy diaper bags on my left side has caused my sciatica", None),
        # ... while the same words told as now still alarm
        ("my right leg just switched off and I cant lift it", "stroke_signs"),
        ("both legs have gone to jelly and I can't stand up", "both_legs_weak"),
        ("I had bowel cancer and now new back pain and my legs are weak", "cancer_spine_signs"),
        (
            "mum fell down the stairs an hour ago, hurt her back, now she can't feel her legs",
            "spine_head_injury",
        ),
        ("I've got no vision in my left eye since this morning", "stroke_signs"),
        ("my big toe has gone black and smells, I think it's gangrene", "foot_infection"),
        ("the tingling crept up from my feet to my knees in two days", "ascending_weakness"),
        ("my toes are white and numb and the pain is unbearable", "cold_pale_leg"),
    ],
)
def test_the_twenty_ninth_sessions_first_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-ninth #9 session's second round (written sets 159 to 161, topic set 80,
        # real part 55): the three first-run misses ...
        (
            "Part of a ceiling came down on my crewmate's head about 40 mins ago, helmet took most "
            "of it. Now he's saying his legs feel numb and his neck hurts",
            "spine_head_injury",
        ),
        (
            "Doris at tea just now - her mouth's slipped down on the right and the soup is "
            "dribbling out the corner",
            "stroke_signs",
        ),
        ("Mr P can't grip my hand with his left, and his smile's gone crooked", "stroke_signs"),
        # ... the look-alikes mended
        (
            "kneeling in a fire position on the range, right leg went completely dead. stood up, "
            "pins and needles for a couple of mins then normal. walking fine now",
            None,
        ),
        (
            "Staff briefed us on compartment syndrome after leg injuries. What are the signs? "
            "Haven't got anything wrong with me",
            None,
        ),
        (
            "first aid refresher tomorrow and my casualty card says 'face drooping on left side, "
            "slurred speech'. nobody is actually ill lol",
            None,
        ),
        (
            "Raynauds since basic training. On stag last night in the snow my toes went white. "
            "Thawed out in the van, pink again in ten mins, no pain now.",
            None,
        ),
        (
            "Staff said on the brief if we ever get numb round our backside or can't pee after a "
            "heavy carry, go straight to the med centre. Just asking, I'm fine",
            None,
        ),
        (
            "bowel cancer 6 years ago, all clear. lower back ached for 2 days after a layover. No "
            "numbness, legs strong, peeing and pooing like normal",
            None,
        ),
        (
            "toes went white and numb standing on the freezing ferry deck. came into the cafe and "
            "now theyre completely back to normal, no pain",
            None,
        ),
        (
            "Last Tuesday my dad's words came out jumbled for a few minutes. They scanned him, "
            "said it was a TIA. We're going home today",
            None,
        ),
        (
            "i get panic attacks on planes. heart thumping on takeoff, crew sat with me, settled "
            "after 10 mins. calm now, heart back to normal",
            None,
        ),
        (
            "his left arm is weak and his mouth droops a bit on that side, but that's from his "
            "stroke in 2019, the same as every visit",
            None,
        ),
        (
            "What should night staff do if a resident's face suddenly drops? I'm writing our new "
            "falls and emergencies policy",
            None,
        ),
        (
            "Dad's been incontinent for two years with his Alzheimer's, he's in pads and nothing "
            "has changed. His feet tingle at night",
            None,
        ),
        (
            "warden asked if ive got any trouble with my waterworks or numbness down below. no, "
            "all normal. just sciatica down my right leg",
            None,
        ),
        (
            "Both my legs have been weak since polio as a child, no change at all. My right foot "
            "tingled after I sat on the bath edge, gone now",
            None,
        ),
        (
            "woke up on the sofa with my arm completely dead, couldn't lift it for a sec. back to "
            "normal in 5 mins once I shook it out",
            None,
        ),
        ("stubbed my toe on the desk leg at 3am, its gone purple. broken?", None),
        ("a cut above his left eye which was oozing blood into the carpet", None),
        ("But man am I sore. I could barely walk when I woke up on Monday after the tiling", None),
        (
            "Last spring I had numbness around my bottom that went after a few hours. This week "
            "the sciatica is back, nothing around my bottom or bladder this time",
            None,
        ),
        # ... while the same words told as now still alarm
        (
            "I don't get panic attacks. my heart's going like the clappers and I nearly passed out",
            "chest_symptoms",
        ),
        (
            "my arm has gone completely dead and I can't lift it, it came on an hour ago",
            "stroke_signs",
        ),
        (
            "the GP asked if I have any numbness down below and I said yes since this morning",
            "cauda_equina_signs",
        ),
        (
            "I have numbness around my bottom and I can't pee since this morning",
            "cauda_equina_signs",
        ),
        ("my toe is white and cold and the pain is terrible", "cold_pale_leg"),
        ("both my legs have suddenly gone weak and I can't stand", "both_legs_weak"),
        ("her face has dropped on one side just now and she can't lift her arm", "stroke_signs"),
    ],
)
def test_the_twenty_ninth_sessions_second_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the twenty-ninth #9 session's third round (written sets 162 to 164, topic set 81):
        # the four first-run misses ...
        (
            "Mrs Hollis doesn't know who I am, keeps calling me Brian, and she dropped her mug "
            "twice - her left hand just isn't gripping. I'm still with her",
            "stroke_signs",
        ),
        (
            "one of our altos has gone all confused at rehearsal. keeps saying spoon instead of "
            "soprano and her folder slid out of her left hand",
            "stroke_signs",
        ),
        (
            "Since my back flared up on Tuesday the insides of my thighs feel like they've been to "
            "the dentist",
            "cauda_equina_signs",
        ),
        (
            "straining on the toilet and suddenly my left leg went numb from the hip down and I "
            "can't lift it. only sat there a minute, nothing pressing on it. 15 mins ago",
            "stroke_signs",
        ),
        # ... the look-alikes mended
        (
            "Power's off. My feet were freezing and a bit white so I got under the duvet with a "
            "hot water bottle. 20 mins later they're pink and warm. Had pins and needles while "
            "they warmed up but thats gone now",
            None,
        ),
        (
            "I slipped on the ice on Monday and landed on my back. A&E x-rayed it, said it's "
            "bruising. No numbness or weakness anywhere",
            None,
        ),
        (
            "Cleared the drive of snow this morning and got puffed like you do, but fine after 2 "
            "minutes sitting down. No chest pain",
            None,
        ),
        (
            "When I panic my hands and feet tingle and my lips go funny. Happens every time I "
            "panic, the GP said its from over breathing",
            None,
        ),
        ("Cut my foot a week ago. Still open, but no redness, no pus, temperature normal", None),
        (
            "our guitarist had a TIA last month, his face went droopy for 10 mins. the stroke "
            "clinic have signed him off. is it mad to go on tour?",
            None,
        ),
        (
            "Playing a man who has a stroke in act 2. Director wants the face droop to look real. "
            "(I'm fine, it's acting!)",
            None,
        ),
        ("my legs turned to jelly when harry walked out, screamed the whole set", None),
        (
            "I've just had a filling. The dentist's injection has made my lip numb, I look "
            "lopsided when I smile",
            None,
        ),
        (
            "kneeling on the patio for an hour, stood up and my right foot was completely dead, "
            "couldnt feel it hit the floor. back to normal after 5 mins",
            None,
        ),
        (
            "After a couple of hours in the snow my toes went numb, pale and stiff. Warmed them "
            "in the car. Now they're completely normal",
            None,
        ),
        # ... while the same words told as now still alarm
        (
            "mum's mouth has dropped on one side, like she's had a dental injection, and she keeps "
            "asking what day it is",
            "stroke_signs",
        ),
        (
            "fell off ladder yesterday onto my back. today feet tingle n right leg numb. just "
            "bruising prob?",
            "spine_head_injury",
        ),
        ("I'm short of breath sitting still and my calf is swollen", "chest_symptoms"),
        ("my lips have gone numb and my face is drooping on one side", "stroke_signs"),
        ("my left leg suddenly went numb and I can't lift it", "stroke_signs"),
    ],
)
def test_the_twenty_ninth_sessions_third_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a seat or a posture the writer says pressed on nothing explains nothing, for every rule
        # that a pressure would excuse (`pressure_denied` in emergency.toml; each of these is
        # read as harmless when that list is empty)
        (
            "on the toilet and my right leg suddenly went dead and weak, nothing pressing on it",
            "stroke_signs",
        ),
        (
            "kneeling to weed and my right foot suddenly went numb and I cant lift it. nothing "
            "pressing on it at all",
            "stroke_signs",
        ),
        (
            "sat cross legged and my leg suddenly went numb and weak, nothing pressing on it",
            "stroke_signs",
        ),
        # ... but the same seat still explains a sign when nothing denies the pressure, and a
        # denial inside a question denies nothing
        (
            "sat cross legged for an hour and my left leg suddenly went numb, it came back after "
            "a minute",
            None,
        ),
        ("If my leg went numb on the loo with nothing pressing on it, is that a stroke?", None),
    ],
)
def test_a_pressure_denied_excuses_nothing(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirtieth session's blind sets: the two emergencies the start reader missed
        # (written set 170's mower, real part 56's sciatica down both legs), then the
        # look-alikes mended (None: no emergency), then controls told as now that must still alarm
        (
            (
                "neighbours husband got his lower leg trapped under the ride on mower "
                "about an hour ago. the legs swelling up tight as a drum and hes "
                "screaming with it even after paracetamol, says his foots gone all "
                "tingly. were with him in their garden"
            ),
            "compartment_signs",
        ),
        (
            (
                "As I lifted one big forkful something kinda let go in my lower back. "
                "Today, it is sharp pain and numbness shooting down my lower back and "
                "both legs. I've had this exact pain before. 2 years ago exactly."
            ),
            "both_legs_weak",
        ),
        (
            (
                "Would my nan's fall pendant pick it up if her leg suddenly went cold and"
                " blue? Her friend had that happen. Nan's fine, her legs are warm and "
                "normal colour, just planning ahead."
            ),
            None,
        ),
        (
            (
                "fell asleep at my desk in the library with my leg tucked under the "
                "chair, woke up and couldnt feel my left foot at all. kind of panicked "
                "but stomped about and it all came back in like 3 minutes. totally normal"
                " now. just weird?"
            ),
            None,
        ),
        (
            (
                "this all nighter has my whole face drooping lol i look like a melted "
                "candle. anyway my right foot has been tingling on and off for a few "
                "weeks when im at my desk, worth seeing the uni GP?"
            ),
            None,
        ),
        (
            (
                "walked home from the club barefoot in the rain carrying my heels, my "
                "feet were white and numb and freezing. put them in a warm (not hot) bath"
                " and after 20 mins theyre pink and feel completely normal again. lesson "
                "learned"
            ),
            None,
        ),
        (
            (
                "my housemate had guillain barre in first year, it started in her feet "
                "and went right up to her chest and she was in ICU for weeks. she's "
                "totally fine now and back playing netball. is it catching? i live with "
                "her and my toes sometimes tingle in my tight climbing shoes"
            ),
            None,
        ),
        (
            (
                "both legs like jelly after walking the grandkids round the whole of "
                "Legoland all day 🤣 21,000 steps on my fitbit. totally normal again after"
                " a sit down and a cuppa"
            ),
            None,
        ),
        (
            (
                "My feet go white then red in the cold, always have done, GP said "
                "Raynaud's years ago. Got them chilly at the bonfire with the grandkids "
                "last night, they've warmed up and feel completely normal now."
            ),
            None,
        ),
        (
            (
                "Grandad had an infected ulcer on his foot last year, the hospital sorted"
                " it with IV antibiotics and it healed up. He's diabetic. His feet look "
                "fine now, we check them every Sunday when we visit."
            ),
            None,
        ),
        (
            "face dropped at sunbed prices 😂",
            None,
        ),
        (
            (
                "legs were total jelly after my first 5k sea swim yesterday. today just "
                "achy thighs like after a run. normal?"
            ),
            None,
        ),
        (
            (
                "when i panic in deep water my hands and feet tingle and my lips go "
                "funny. stops when i calm down. GP said its hyperventilating"
            ),
            None,
        ),
        (
            (
                "Date went amazing, my heart was racing the whole time he was holding my "
                "hand 😍 only downside my left foot went dead from sitting on it in his "
                "car for the drive home, back to normal now"
            ),
            None,
        ),
        (
            (
                "Me and my new husband did Snowdon on our honeymoon and both our legs are"
                " like jelly today lol, so stiff we're walking like penguins. bit of "
                "tingling in my toes from the boots but it went when i took them off"
            ),
            None,
        ),
        (
            (
                "Had campylobacter a fortnight ago (so did my wife, dodgy chicken on date"
                " night). I read it can trigger Guillain-Barré. I've got no numbness or "
                "weakness anywhere, did 10k steps today, just still a bit tired. Anything"
                " to watch for?"
            ),
            None,
        ),
        (
            (
                "honestly the street whatsapp is giving me chest pains, 47 messages about"
                " the bin lorry 🙄 anyway my foot went fizzy sat on the kerb watching the "
                "parade, went as soon as i got up"
            ),
            None,
        ),
        (
            (
                "legs like jelly after carrying 40 chairs up onto the village hall stage "
                "lol. not weak or numb, just knackered muscles, fine after a cuppa and a "
                "sit"
            ),
            None,
        ),
        (
            (
                "Last Tuesday my left foot went numb for about an hour while I was at the"
                " allotment. My neighbour drove me straight to A&E and they did a brain "
                "scan and bloods and said it was a TIA. I'm on clopidogrel and a statin "
                "now and I've got the stroke clinic on Friday. Nothing at all since, "
                "foot's been completely normal, speech fine, no headaches. The doctor "
                "said to ring 999 if anything comes back, which I will. My question is "
                "just can I still do the heavy digging or should I leave it to my plot "
                "neighbour until after Friday?"
            ),
            None,
        ),
        (
            (
                "when they missed that penalty my whole face dropped lol, still cant "
                "speak about it. anyway my left foot gets pins and needles when im sat on"
                " the train to away games, goes as soon as i walk about"
            ),
            None,
        ),
        (
            (
                "my heart was racing in the shootout and i couldnt breathe lol WE WON. "
                "only thing is my right leg went to sleep from sitting on it on the sofa,"
                " back to normal after a wiggle"
            ),
            None,
        ),
        (
            (
                "Stood on the terrace for the whole match plus extra time and both legs "
                "felt like jelly walking back to the car. Fine after a sit down and a "
                "brew. Normal?"
            ),
            None,
        ),
        (
            (
                "that tackle nearly broke my back just watching it. anyway ive had "
                "tingling in both feet for about a year, slowly got worse, im 63 and "
                "diabetic"
            ),
            None,
        ),
        (
            (
                "had an infected ulcer on my foot last year, was admitted for IV "
                "antibiotics and it healed up. im diabetic. foot looks fine now, just the"
                " usual numbness in both feet ive had for years"
            ),
            None,
        ),
        (
            (
                "Had bowel cancer 8 years ago, discharged and all clear. No back pain at "
                "all. Only thing is my right foot goes numb when I sit with my legs "
                "crossed through the whole snooker final, back to normal a minute after I"
                " stand up."
            ),
            None,
        ),
        (
            (
                "I jumped for a rebound in the game and came down on my foot and it "
                "inverted, but my foot was still a little plantarflexed as it inverted. "
                "So it was a slightly plantarflexed ankle inversion. I collapsed "
                "immediately and could not stand. The pain was pretty severe and my ankle"
                " swelled up immediately."
            ),
            None,
        ),
        (
            (
                "The anesthesiologist gave me a huge bolus that left me completely numb "
                "from my chest down and unable to move my lower body at all. I got "
                "extremely nauseated and started to panic a little bit."
            ),
            None,
        ),
        (
            (
                "Second, my girlfriend was diagnosed with trigeminal neuralgia, a painful"
                " nerve condition that causes pain and itching on one's face. Last week "
                "she underwent a procedure to treat the nerve which is supposed to "
                "relieve the pain. Her face is now numb and she is experiencing burning "
                "pain on the left side of her face."
            ),
            None,
        ),
        (
            (
                "One Sunday in November 2007, I woke up feeling just fine. However, when "
                "I bent over to seal a bag of cat food, I felt a popping in my back and "
                "buckled to my knees."
            ),
            None,
        ),
        (
            (
                "[The pain is an intense pressure on the bones, but I also feel pain, "
                "tingling and numbness down the left side of my butt, my left thigh "
                "radiating all the way down to my left foot which had been numb for "
                "several days prior to the neck CRACK incident. From my own description, "
                "I know that the psyiatic nerve is involved and perhaps a slipped disk or"
                " something not right with the vertebrae.]"
            ),
            None,
        ),
        (
            (
                "I experience frequent transient symptoms including numbness and "
                "tingling, mostly in my hands and feet. And every once in awhile, I have "
                "strange symptoms – like when my face went numb while riding in the back "
                "of a convertible – or when I lost feeling in my tongue while eating "
                "water ice."
            ),
            None,
        ),
        (
            (
                "chef, i drink a bottle of wine most nights after service and more on "
                "days off. for a few months both my feet have been numb and tingly and it"
                " creeps up a bit more every month"
            ),
            None,
        ),
        (
            (
                "We're doing gradual retreat sleep training, so I sit on the nursery "
                "floor next to the cot with my legs folded out to one side until he falls"
                " asleep. Last night it took 45 minutes. When I got up my right leg and "
                "foot were completely asleep and I had to hold the door frame until the "
                "pins and needles went, about a minute. Otherwise my legs are fine all "
                "day. Is this just from the way I'm sitting?"
            ),
            None,
        ),
        (
            (
                "got put on metronidazole for an infection in my c section wound, been on"
                " it 2 wks and now my feet are tingling and numb. is that the antibiotic"
            ),
            None,
        ),
        ("my housemate's face has dropped on one side and she can't lift her arm", "stroke_signs"),
        ("her leg suddenly went cold and blue an hour ago", "cold_pale_leg"),
        (
            (
                "walked home barefoot in the rain and now my foot is white and ice cold "
                "and I can't feel it"
            ),
            "cold_pale_leg",
        ),
        ("both legs went to jelly in the kitchen and I can't stand", "both_legs_weak"),
        ("his face dropped on one side at dinner", "stroke_signs"),
        ("her whole face is drooping and her speech is slurred", "stroke_signs"),
        ("she suddenly can't speak properly and her arm is weak", "stroke_signs"),
        ("my heart is racing and I have chest pain", "chest_symptoms"),
        ("I've had chest pains for an hour and feel sick", "chest_symptoms"),
        ("took a tackle at rugby, now both legs tingling and weak", "spine_head_injury"),
        (
            (
                "had an infected ulcer last year. now my foot is red, hot, oozing pus and"
                " I have a fever"
            ),
            "foot_infection",
        ),
        ("had bowel cancer, now both legs numb and weak", "cancer_spine_signs"),
        ("my legs buckled and I can't stand", "both_legs_weak"),
        ("numb around my bum and I can't pee", "cauda_equina_signs"),
        ("I'm an EMT student. My face is drooping and my arm is weak right now", "stroke_signs"),
        ("my foot wound is infected and oozing pus and I have a fever", "foot_infection"),
        (
            ("my son says his hands and feet have gone numb since yesterday and its getting worse"),
            "ascending_weakness",
        ),
        ("numbness on my right side, arm and leg, came on an hour ago", "stroke_signs"),
        (
            (
                "the tingling started in my feet on monday and creeps up every day, now "
                "its at my hips"
            ),
            "ascending_weakness",
        ),
        ("woke up and couldn't feel my left foot at all, still numb an hour later", "stroke_signs"),
        (
            ("my mum's feet went white and numb in the cold and they've stayed white for an hour"),
            "cold_pale_leg",
        ),
        ("my legs folded under me and I fell", "both_legs_weak"),
        ("I collapsed at work and can't stand up", "chest_symptoms"),
        (
            ("read about guillain barre, my legs are weak and numb and it's moving up to my hips"),
            "ascending_weakness",
        ),
    ],
)
def test_the_thirtieth_sessions_rounds_one_and_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 57's one off-topic alarm left after round two: a strained chest muscle told
        # as a story, gone three weeks later; the same muscle told as now still alarms
        (
            "I got out of the shower one morning and felt intense pain in my chest muscle that "
            "moved to my left shoulder blade. I read that I had an injury or strain of the "
            "rhomboid muscle that was causing the problem. ... Sure enough, three weeks later, "
            "the pain was gone.",
            None,
        ),
        (
            "I have a crushing pain in my chest muscle right now and my left arm aches",
            "chest_symptoms",
        ),
    ],
)
def test_a_strained_chest_muscle_told_after(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round three of the thirtieth session: the two first-run misses (a foot gone "numb and
        # floppy" in the chemist's queue, "not leaning on anything, nothing tight"; a casserole
        # dropped on a foot, swollen tight and shiny, toes numb), the look-alikes mended, and
        # controls told as now that must still alarm
        (
            (
                "stood in the queue at the chemist for my prescription and my right foot "
                "has just gone totally numb and floppy, like it belongs to someone else. "
                "I've been standing normal not leaning on anything, nothing tight. Its "
                "been 15 mins and no sign of it coming back"
            ),
            "stroke_signs",
        ),
        (
            (
                "Dropped the Le Creuset full of stew on my foot about two hours ago. "
                "Expected a bruise, but the pain is way beyond that, painkillers haven't "
                "touched it, the whole foot is swollen tight and shiny and my toes have "
                "gone numb and tingly. Can barely think straight it hurts so much."
            ),
            "compartment_signs",
        ),
        (
            (
                "There are introductions and pleasant small talk over dinner, a four "
                "course affair which leaves me breathless. I skipped evening service. It "
                "was a long day and I was tired."
            ),
            None,
        ),
        (
            (
                "\"He basically couldn't tell what was new damage and what was old "
                'damage," Smith explained, "and that\'s when I lost all the nerve damage '
                "in my foot, because I can't feel the last three toes on my left side, I "
                "can't feel them.\""
            ),
            None,
        ),
        (
            (
                '"I felt a little something last night in my back when I was getting '
                'treatment. Then, one wrong movement and I had a complete spasm," Roddick'
                " said. \"I can't really move my left arm right now. You can't really play"
                ' around that."'
            ),
            None,
        ),
        (
            (
                "My mum keeps asking what she should do if she gets short of breath while"
                " she's waiting for her leg scan next week. She's fine breathing-wise, "
                "her left calf is just a bit swollen and sore."
            ),
            None,
        ),
        (
            (
                "2 hours on them hard plastic chairs at the blood clinic and BOTH my legs"
                " went dead!! went for a walk up the corridor and they were fine in a "
                "couple of mins"
            ),
            None,
        ),
        (
            "my legs turned to jelly when the dentist said root canal haha",
            None,
        ),
        (
            (
                "my GP said if the tingling ever starts climbing up my legs or I can't "
                "stand up, ring 999. It hasn't, its still just my left big toe, same as a"
                " month ago. next appt is on the 20th"
            ),
            None,
        ),
        (
            (
                "my face dropped a mile when the souffle sank lol. anyway my toes go all "
                "fizzy when i sit cross legged on the floor watching it through the oven "
                "door, goes as soon as i get up"
            ),
            None,
        ),
        (
            (
                "I work in a restaurant kitchen and after I've been in the walk-in "
                "freezer a while my toes go pale and cold. They warm up and go pink again"
                " in a few minutes once I'm back by the stoves, no pain, can move and "
                "feel them fine."
            ),
            None,
        ),
        (
            (
                "Kitchen floors at work are always greasy. If I slipped and hurt my back "
                "and then got tingling in my legs, would that be an A&E thing? Not "
                "happened, just wondering."
            ),
            None,
        ),
        (
            (
                "The nurse thought dad sounded slurred but that's his accent and he took "
                "his dentures out. Talking to me in Hindi he's exactly like always, face "
                "normal, both arms fine. His question is his legs tingling when he sits "
                "on the toilet too long, goes once he stands"
            ),
            None,
        ),
        (
            (
                "dad fell asleep on the sofa with his left leg folded under him and woke "
                "up with it totally dead and tingling. 5 min after he got up and stamped "
                "about it was back to normal. he's laughing at himself now"
            ),
            None,
        ),
        (
            (
                "mum says she 'froze and couldnt move her legs' when the neighbours dog "
                "ran at her this morning - she means she was scared stiff. she walked "
                "home fine and her legs are normal. what she asked me to ask about is her"
                " toes tingling when she gets anxious"
            ),
            None,
        ),
        (
            (
                "granddad said 'breathing hard' but i asked again and he meant the stairs"
                " up to our flat are hard because his calves cramp and he has to stop "
                "halfway, then it passes. no chest pain, not out of breath sitting down, "
                "breathing normal now"
            ),
            None,
        ),
        (
            (
                "my husband did his first 80km bike ride yesterday. his bum and privates "
                "went numb on the saddle but it went about 20 minutes after he got off. "
                "today everything normal down there, peeing normal, no back pain"
            ),
            None,
        ),
        (
            (
                "We drove to Cornwall on Saturday and I was squashed in the back between "
                "the two kids' car seats for nearly five hours with my knees up against "
                "the front seat. When we stopped both my legs from the knee down were "
                "completely numb and tingling, I could barely stand for a minute. It all "
                "went within about five minutes of walking around the car park. Is there "
                "any harm from that or is it just being folded up?"
            ),
            None,
        ),
        (
            (
                "My husband is 74 and still drives. Over the last year or so he's said "
                "both his feet feel numb and tingly, it crept up gradually, and now he "
                "sometimes can't tell if his foot is on the brake or the accelerator "
                "without looking. He's not diabetic as far as we know. I've told him he "
                "should stop driving until he's checked out. What could it be?"
            ),
            None,
        ),
        (
            (
                "ride my motorbike to work in winter and when i get there my toes have "
                "gone white then blue and numb, then bright red and throbbing when they "
                "warm up. fingers do it too"
            ),
            None,
        ),
        ("I don't know if it matters but my face is drooping and my arm is weak", "stroke_signs"),
        (
            (
                "my GP said if my legs go numb ring 999. Both my legs went numb an hour "
                "ago and they're getting weaker"
            ),
            "both_legs_weak",
        ),
        ("what do I do, she gets short of breath and her calf is swollen", "chest_symptoms"),
        (
            (
                "standing in the queue and my left foot suddenly went numb and floppy, "
                "nothing tight, still numb 20 mins later"
            ),
            "stroke_signs",
        ),
        (
            (
                "I'm sat on a chair and both my legs have gone weak and numb, getting "
                "worse by the hour"
            ),
            "both_legs_weak",
        ),
        (
            (
                "came out of the freezer at work and my foot is still white and cold an "
                "hour later and numb"
            ),
            "cold_pale_leg",
        ),
        ("I'm breathless and my calf is swollen", "chest_symptoms"),
        ("dad's speech is slurred and his face has dropped", "stroke_signs"),
        ("my arm suddenly went weak and I can't lift it, and my face feels droopy", "stroke_signs"),
        ("mum can't move her legs at all since this morning and her back hurts", "both_legs_weak"),
        ("dad is breathing hard and has chest pain", "chest_symptoms"),
        ("today I can't feel down there and can't pee", "cauda_equina_signs"),
        ("my foot went white and cold an hour ago and it's still white and numb", "cold_pale_leg"),
        ("my arm and leg on my left side are weak since this morning", "stroke_signs"),
        ("the numbness crept up from my feet to my hips since yesterday", "ascending_weakness"),
        ("her face dropped on one side and she can't smile properly", "stroke_signs"),
        ("my legs turned to jelly and gave way and I can't stand", "both_legs_weak"),
        (
            (
                "dropped the weights plate on my shin, its swollen tight and shiny and my"
                " toes are numb"
            ),
            "compartment_signs",
        ),
    ],
)
def test_the_thirtieth_sessions_round_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # round four of the thirtieth session (no first-run miss): the look-alikes mended, then
        # controls told as now that must still alarm ("is it normal for" as a supposition hid
        # two stored emergencies asked that way, so it was taken back; the last control)
        (
            (
                "Because of Mum's great age, she was reluctant to prescribe diuretics, "
                "but if Mum becomes breathless, to phone the surgery, and she will "
                "prescribe a low dose for Mum."
            ),
            None,
        ),
        (
            (
                "My colleague froze on camera mid sentence and his face went all droopy "
                "and smeared - turned out his wifi dropped and it was the video "
                "pixelating. He came back a minute later talking totally normally and we "
                "all laughed. Anyway, my question: my right leg tingles after long calls "
                "sat cross-legged on the sofa, gone in a couple of minutes."
            ),
            None,
        ),
        (
            (
                "I told my boss I was 'paralysed' by the workload this week, obviously "
                "not literally haha. My feet tingle in my tight office shoes though, fine"
                " a few mins after I kick them off under the desk."
            ),
            None,
        ),
        (
            (
                "leg day absolutely destroyed me, cant feel my legs lol. walking down "
                "stairs like a newborn deer. its just DOMS from yesterdays squats, they "
                "work fine just sore af"
            ),
            None,
        ),
        (
            (
                "my chest feels tight with guilt lol, had 3 cigs after 2 weeks off. "
                "physically fine, breathing fine, no pain anywhere"
            ),
            None,
        ),
        (
            (
                "For a few weeks now my left foot has been cold and a bit pale compared "
                "to the right, and at night in bed it aches and tingles so much that I've"
                " been sleeping with it hanging over the side of the bed, which helps. I "
                "smoked until five years ago. It's been gradual, not sudden, and I can "
                "move it fine. Is this just the cold bedroom?"
            ),
            None,
        ),
        (
            (
                "When should a cold, numb foot be treated as an emergency rather than "
                "just the weather? My mum has poor circulation and I want to know what "
                "signs mean we should call an ambulance rather than wait for the GP."
            ),
            None,
        ),
        (
            (
                "I've got mild asthma and I'm training for a spring half marathon. On the"
                " really frosty mornings my chest goes tight within the first mile and I "
                "end up coughing. I take my blue inhaler before I go out. Would a snood "
                "over my mouth help, or should I just move my runs onto the treadmill "
                "until it warms up?"
            ),
            None,
        ),
        ("when should I go to A&E? my foot is cold and white and numb right now", "cold_pale_leg"),
        ("mum is breathless and her calf is swollen", "chest_symptoms"),
        (
            ("his face is drooping on one side on the video call and he's slurring his words"),
            "stroke_signs",
        ),
        ("I can't feel my legs and can't stand, it started an hour ago", "both_legs_weak"),
        ("my foot suddenly went cold and white an hour ago and it's agony", "cold_pale_leg"),
        ("crushing chest pain spreading to my arm and I'm sweating", "chest_symptoms"),
        ("my chest feels tight and heavy and my left arm hurts", "chest_symptoms"),
        (
            ("back in the autumn I had sciatica, but today my face is drooping and my arm is weak"),
            "stroke_signs",
        ),
        (
            (
                "is it normal for a foot to go cold and pale and really painful all of a "
                "sudden? I've got PAD"
            ),
            "cold_pale_leg",
        ),
    ],
)
def test_the_thirtieth_sessions_round_four(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-first session's round one: the first-run miss and its look-alikes
        (
            "had a swollen painful right calf since the weekend, figured I'd pulled something "
            "under the van. just coughed into a rag and there's bright red blood in it and my "
            "breathing's gone short",
            "chest_symptoms",
        ),
        ("my breathing's gone short and my calf is swollen", "chest_symptoms"),
        ("coughed into the sink and there was bright red blood", "chest_symptoms"),
        ("coughed into a rag, just oil and dust from under the car, no blood", None),
        # a vehicle of any size, and a figure of speech for feeling awful
        ("i was hit by a truck this morning and my legs are numb", "spine_head_injury"),
        (
            "got knocked off my bike by a van an hour ago, now my left leg is numb",
            "spine_head_injury",
        ),
        ("woke up feeling like I'd been hit by a truck, my head is pounding, flu I think", None),
        # "A&E" is one name: someone else's visit last week, treated since; the writer's own now
        (
            "One of the lads at work went to A&E last week with a numb bum and couldn't pee "
            "after lifting an engine. He's had his scan and op and is recovering. Me, I'm fine",
            None,
        ),
        (
            "went to A&E last week with sciatica and now my bum is numb and I can't pee",
            "cauda_equina_signs",
        ),
        ("my husband went to A&E with chest pain and now my face is drooping", "stroke_signs"),
        # a sentence opened by "if" that asks what to do supposes all before its comma; an "if"
        # that does not open the sentence does not
        (
            "If one of the older members of our walking group suddenly had a numb leg and "
            "slurred words, what should we do?",
            None,
        ),
        ("If my face is drooping right now, what should I do?", "stroke_signs"),
        (
            "I don't know if one of the kids knocked me but my face is drooping and my arm is weak",
            "stroke_signs",
        ),
        (
            "not sure if one of the tablets did it, my left leg suddenly went numb and heavy",
            "stroke_signs",
        ),
        (
            "no idea what id do if it happened, my face has dropped on one side and my speech is "
            "slurred",
            "stroke_signs",
        ),
        # a catheter already in place; one taken out since
        ("I have had a catheter in place since March. I am totally unable to pee on my own.", None),
        (
            "I had a catheter in place after my op last month. Now I can't pee and my bum is numb.",
            "cauda_equina_signs",
        ),
        # an infection on the mend, and one that is not
        (
            "a few of the blisters are infected, but I am on antibiotics and it should be "
            "clearing up",
            None,
        ),
        (
            "the blister on my toe is infected and the redness is spreading up my foot, "
            "I'm shivery",
            "foot_infection",
        ),
    ],
)
def test_the_thirty_first_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-first session's round two: the first-run misses and their look-alikes
        (
            "Sitting with my wife in the Tesco car park. She suddenly said everything was "
            "tilting, she couldn't walk straight back to the car, and now she keeps asking me "
            "what day it is even though I've told her 3 times.",
            "stroke_signs",
        ),
        ("she keeps asking me what day it is and cant walk straight", "stroke_signs"),
        ("mum has dementia and keeps asking me what day it is, walks fine", None),
        (
            "Yesterday I experienced the inability to raise my left arm, today I felt a shift in "
            "my brain and a change in my speech.",
            "stroke_signs",
        ),
        ("my speech therapist says there's been a good change in my stammer this year", None),
        # a seat told before a run-on break; the same numbness with the bladder now
        (
            "the speeches went on so long my bum went completely numb lol. fine as soon as i "
            "stood up",
            None,
        ),
        ("sat through the speeches and now my bum is numb and I can't pee", "cauda_equina_signs"),
        # someone else's cancer already in hospital; the writer's own
        (
            "my gaffers wife has breast cancer thats spread to her spine, she got numb legs and "
            "shes in hospital",
            None,
        ),
        (
            "I've got breast cancer that's spread to my spine and now my legs are numb",
            "cancer_spine_signs",
        ),
        # words of work told before the writer's own sign, now: the sign still counts when told
        # right after a word of the writer's in a sentence of its own (real part 61 with the
        # suite's story test); a character's or a patient's does not
        (
            "We had a patient come in recently with pain in the right foot for one week. My face "
            "is drooping and I can't lift my arm.",
            "stroke_signs",
        ),
        (
            "Z and I have spent 6 hours in A and E at our local Hospital over the last 24 hours. "
            "I'm short of breath and my calf is swollen.",
            "chest_symptoms",
        ),
        (
            "I'm writing a novel. My character's face is drooping and she can't lift her arm, how "
            "would she describe it?",
            None,
        ),
        (
            "I'm a medical student writing an OSCE station. I want the actor to describe a sudden "
            "cold, pale, painful leg that they can't move.",
            None,
        ),
    ],
)
def test_the_thirty_first_sessions_round_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-second session's round one: the first-run misses and their look-alikes
        (
            "left leg just went numb in the tesco queue, wasnt leaning on anything, still numb "
            "10 mins later",
            "stroke_signs",
        ),
        ("my left leg just went numb while i was sat on the loo, fine now", None),
        (
            "my husband is having treatment for prostate cancer. he's got a new pain in his back "
            "the last few days and this morning he couldn't get his wee going at all.",
            "cancer_spine_signs",
        ),
        (
            "Milan's brain is shutting down due to severe altitude sickness. He recognizes "
            "nobody, his eyes are glazed over, he cannot walk on his own.",
            "stroke_signs",
        ),
        # a supposition asked with no comma, and "can't feel" supposed after "if" in its clause
        (
            "if my dad's leg went cold and white while he's out riding would that be an emergency?",
            None,
        ),
        (
            "my dad's leg went cold and white while he's out riding, is that an emergency?",
            "cold_pale_leg",
        ),
        ("what should I do if I come off the bike and can't feel my legs?", None),
        ("what should I do if I fall and can't feel my legs?", None),
        ("not sure if this is serious but I cant feel my legs", "both_legs_weak"),
        ("i dont know if i fell off or what but i cant feel my legs", "both_legs_weak"),
        # told over: feeling fine, pinked up, a story to its discharge, a heart normal again
        (
            "fell asleep in my plane seat with my leg tucked up under me and woke up with the "
            "whole foot dead. stamped it in the aisle and it was back to normal in about 2 "
            "minutes, feels completely fine now",
            None,
        ),
        (
            "passed out in the shower this morning, came round on the tiles. feel ok now just "
            "embarrassed tbh",
            "chest_symptoms",
        ),
        (
            "wore compression socks on the long ride, toes went a bit tingly and pale. took them "
            "off and they pinked up straight away",
            None,
        ),
        (
            "wore compression socks on the long ride and now my toes are numb and white",
            "compartment_signs",
        ),
        (
            "bandaged it myself too tight and my toes went tingly that evening. Loosened it and "
            "within a few minutes they were pink and normal, no tingling since (2 days now)",
            None,
        ),
        (
            "Two nights ago in the hotel my left arm and leg went numb. They said it was a TIA, "
            "I've been discharged. Feel completely normal now.",
            None,
        ),
        (
            "I had a TIA last week and was discharged on Friday. This morning my left arm and leg "
            "went numb again",
            "stroke_signs",
        ),
        (
            "my heart was absolutely pounding after the near miss. it all settled within a few "
            "minutes. been at my desk 3 hours now, heart normal, legs normal",
            None,
        ),
        # others' past, a future procedure, a stiff shoulder, a cancer with nothing new
        (
            "My sister got Guillain-Barre last year (she's recovered now). I've got no tingling "
            "or weakness at all, should I be worried?",
            None,
        ),
        (
            "booked in for a spinal injection next thursday. is it normal to have numb legs after?",
            None,
        ),
        ("had a spinal injection yesterday and now both my legs are numb", "spine_head_injury"),
        ("shoulder so stiff after the bowls season i cant lift my arm to put my coat on", None),
        ("i suddenly cant lift my arm and my face feels droopy", "stroke_signs"),
        (
            "had bowel cancer 4 years ago. new ache low in my back for a week. legs feel "
            "completely normal, no numbness, no weakness, bladder and bowels same as ever",
            None,
        ),
        (
            "had bowel cancer 4 years ago. new ache low in my back for a week and now my legs are "
            "numb and weak",
            "cancer_spine_signs",
        ),
        (
            "both legs like jelly after a 200k audax yesterday. walked the dog fine this "
            "morning, just knackered",
            None,
        ),
        # real part 62: others' complaints, a risk asked about, an infection long gone
        (
            "many seemed negative. People were complaining about tingling in hands and feet, "
            "hair loss, difficulty with speech",
            None,
        ),
        (
            "I asked my doctor about my potential risk for stroke and heart attack. All was clear.",
            None,
        ),
        (
            "A cut that got a serious infection that took months to get rid of. The foot was "
            "almost twice the size of the left foot",
            None,
        ),
    ],
)
def test_the_thirty_second_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a word of now that ends a run-on sentence tells of the next one: the fever is tonight,
        # whatever was read about before it (the preamble test with written set 191)
        (
            "I've been reading about this. Nan cut her foot on something at the car boot sale "
            "last week. It's swollen and red all round and hot, and tonight she's got a temp of "
            "38.9 and can't stop shaking.",
            "foot_infection",
        ),
        (
            "I've been reading about this. Nan cut her foot on something at the car boot sale "
            "last week and it got infected, she had a temp of 38.9 but the antibiotics cleared "
            "it up",
            None,
        ),
    ],
)
def test_a_word_of_now_ending_a_run_on_sentence_tells_of_the_next(
    text: str, finding: str | None
) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-second session's round two: what the rules alone missed at first, and the
        # look-alikes written beside each mend
        (
            "In a plaster cast since Thursday after I broke my ankle coming off the stepladder. "
            "Tonight my toes have gone numb and whitish and the pain is unbearable, painkillers "
            "doing nothing",
            "compartment_signs",
        ),
        (
            "mum has heart failure and bruises easy. she banged her shin on the car door "
            "yesterday and now her lower leg is rock hard, swollen tight and shiny and shes "
            "crying with the pain, paracetamol not touching it",
            "compartment_signs",
        ),
        (
            "I banged my shin on the table last month, it went rock hard and I was crying with "
            "the pain for a day, fine now",
            None,
        ),
        (
            "had breast cancer 4 yrs ago. started with new pain in my middle back this week, but "
            "now my right leg has gone numb and keeps giving way",
            "cancer_spine_signs",
        ),
        (
            "back bad for a week and now im numb down below, cant feel the paper when i wipe. and "
            "i cant get a wee started",
            "cauda_equina_signs",
        ),
        (
            "numb from the knees down since lunch getting worse, wobbly. both worse than at lunch",
            "both_legs_weak",
        ),
        ("my legs go numb from the knees down when I sit cross legged, every time", None),
        (
            "so it started in my toes on tuesday, just tingly. wednesday it was my whole feet. "
            "yesterday up to my shins and i kept tripping. this morning its up past my knees both "
            "legs",
            "ascending_weakness",
        ),
        (
            "mum has heart failure, im sat with her. shes suddenly seeing two of everything and "
            "keeps tipping over to the left when she tries to stand",
            "stroke_signs",
        ),
        # an "if" clause must run into its ask to suppose it: a request for help before a sign
        # supposes only the help
        ("If you can help, my face is drooping, what should I do?", "stroke_signs"),
        ("If anyone can help, my dad's legs have both gone weak, what do I do?", "both_legs_weak"),
        (
            "If one of the older members of our walking group suddenly had a numb leg and slurred "
            "words, what should we do?",
            None,
        ),
        # look-alikes: a TIA told to its diagnosis, another's death, a foot cold only to the
        # writer, a cellulitis fully cleared, a pregnancy's breathlessness, a near accident
        (
            "last tues my leg went suddenly numb and my speech went funny, ambulance came, scans "
            "done, they said TIA. on the tablets now. just asking how long till i can drive again",
            None,
        ),
        (
            "Last Tuesday my left leg suddenly went numb for about 20 minutes. They scanned me and "
            "said it was a TIA. I'm on clopidogrel now and have been fine since.",
            None,
        ),
        (
            "My mum had spinal cord compression from her cancer last year and sadly passed. I'm "
            "getting tingly toes after long days kneeling in the veg beds, they're fine after a "
            "few minutes walking about",
            None,
        ),
        (
            "foot feels cold to ME but its same colour as the other one, pink, and warm when my "
            "husband feels it. can move it fine, no pain",
            None,
        ),
        (
            "had cellulitis in my foot at 30 weeks, IV antibiotics in hospital, fully cleared. the "
            "foot's not red or swollen any more and no temp",
            None,
        ),
        (
            "37 weeks and I get puffed out going up the stairs, have to stop at the top for a "
            "minute then I'm fine. No chest pain, no worse than last week. Midwife said it's the "
            "baby squashing everything",
            None,
        ),
        (
            "sat cross legged in a 2 hr meditation class and BOTH legs went totally dead, couldnt "
            "stand up for a sec!!! fine after a minute of shaking them out, walking home now",
            None,
        ),
        (
            "Having major nerve problems in my right leg which almost caused a car accident when I "
            "couldn't put enough pressure on the brake",
            None,
        ),
        ("I was in a car accident an hour ago and now both my legs are numb", "spine_head_injury"),
        (
            "38 weeks and booked for an epidural but keep reading stories of women left "
            "paralysed. what if that happens to me??",
            None,
        ),
        # real part 63's miss: new short episodes of one side, several a day; pain, sleep and a
        # migraine's are not it
        (
            'Its now constant. Has been for over 48 hours now. AND? now, I\'m having "episodes" on '
            "my left side. Just 3 or 4 times a day so far, and maybe only a few minutes long",
            "stroke_signs",
        ),
        ("I have sciatica episodes down my right side", None),
        ("I get migraine episodes on my left side every month", None),
        (
            "I tend to sleep on my right side. I sometimes shift to the left side, but something "
            "turns me back on my right side.",
            None,
        ),
    ],
)
def test_the_thirty_second_sessions_round_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-second session's round three: the first-run misses and their look-alikes
        (
            "my son (19) came off his pony over a jump and landed on his neck. hes up and talking "
            "but says his legs feel fizzy and weird",
            "spine_head_injury",
        ),
        ("came off my pony last summer, landed on my neck, all fine now", None),
        (
            "Me and my husband both have tingly feet. But he's just gone grey and sweaty on the "
            "sofa saying his chest feels like someone's sat on it, started about 15 mins ago",
            "chest_symptoms",
        ),
        ("the dog sat on my chest this morning lol, my feet tingle when I sit on them", None),
        # look-alikes: a vet's stroke, a race's jelly legs, care already given, a leaflet's
        # conditional, a time "back in 2018", a story told from "go back 1 month"
        (
            "the vet reckons our old collie has had a stroke, his face has dropped on one side and "
            "he's staggering about. is there anything that helps?",
            None,
        ),
        (
            "the vet reckons our collie has had a stroke. and now my face is drooping and I can't "
            "lift my arm",
            "stroke_signs",
        ),
        (
            "Me and my wife ran our first ever 10k this morning and now both our legs are like "
            "jelly lol. No numbness or tingling.",
            None,
        ),
        (
            "Sister and I were in A&E last night - she had chest pain, they did bloods and an ECG, "
            "all clear, pulled muscle, sent home. My feet tingle when I get anxious",
            None,
        ),
        (
            "had breast cancer 3 yrs ago, all clear. right calf swollen and sore since tuesday "
            "and since this morning im puffed out just walking to the loo",
            "chest_symptoms",
        ),
        (
            "The discharge leaflet says ring 999 if my face droops or an arm goes weak. What would "
            "that actually feel like? Nothing like that has happened.",
            None,
        ),
        (
            "Both me and my husband have had tingly feet for years - mine from chemo back in 2018, "
            "his from diabetes. Nothing's changed, not spreading.",
            None,
        ),
        (
            "home from knee op this afternoon, foot still a bit numb where they did the nerve "
            "block, nurse said it wears off by tomorrow. face fine, speech fine",
            None,
        ),
        (
            "Go back 1 month. I woke up with numb left arm. Then my left face. I was a stroke "
            "alert. Possible TIA. Admitted for tests.",
            None,
        ),
        (
            "Go back 1 month. I woke up with numb left arm. Admitted for tests. Now this morning "
            "my left arm and leg are numb again",
            "stroke_signs",
        ),
        (
            "dozed off with my left leg tucked under me. When I woke up my leg from the knee down "
            "was completely numb. It came back with pins and needles within about five minutes of "
            "walking up the aisle.",
            None,
        ),
        (
            "did a 14 hour coach trip on saturday and now my left leg is swollen from the ankle up "
            "to the knee, the calf throbs. foot feels a bit numb.",
            None,
        ),
    ],
)
def test_the_thirty_second_sessions_round_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a verb's "to" glues on no owner: the story ends before the sign (real part 64 with the
        # suite's story test); a preposition's "to" still does
        (
            "My lungs, blackened from years of smoking aren't clearing up like their supposed to "
            "My foot is ice cold and blue.",
            "cold_pale_leg",
        ),
        ("I went back to my GP and my foot is ice cold and blue", "cold_pale_leg"),
        ("we went to my mums for years and my foot goes cold and blue in her house", None),
    ],
)
def test_a_verbs_to_ends_its_clause(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-third session's round one: a phone's autocorrect, read only where the slip
        # cannot mean its own word (written set 200), and its controls
        (
            "my left log just went completely numbers out of nowhere about 15 min ago. I was "
            "standing at the sink washing up, not sitting on it",
            "stroke_signs",
        ),
        (
            "fell off the ladder onto my bank yesterday clearing the gutters and since this "
            "morning my left leg is tingling and numbers all the way down to the foot",
            "spine_head_injury",
        ),
        (
            "Mum's leg's gone blur and freezing from the knee down, she's screaming with the pain",
            "cold_pale_leg",
        ),
        (
            "my daughter's leg is in a pastor after her op on thursday, she's crying, the pain is "
            "much worse than yesterday and her toes are tingly and puffy",
            "compartment_signs",
        ),
        ("my diary log shows my blood sugar numbers are fine, feet tingly for years", None),
        ("fell on the river bank fishing yesterday and bruised my knee, foot tingles", None),
        # the bladder or bowel no longer felt, in the writer's words (written sets 200, 203)
        (
            "my wife has sudden lost feeling down below, says its like sitting on a numb saddle "
            "and she cant tell if shes peeing or nit",
            "cauda_equina_signs",
        ),
        (
            "bad back frm kayaking 2wks, now numb round my bits n cant tell when i need a poo",
            "cauda_equina_signs",
        ),
        ("my toddler cant tell when she needs a poo yet, we are potty training", None),
        # one leg gone "with no warning" told in a sentence of its own; slurred words told by a
        # likeness to drink (written set 203)
        (
            "stood up to net a fish and my left leg just went from under me. No warning. Numb from "
            "the knee down and still floppy 15 mins later, I can't lift the foot.",
            "stroke_signs",
        ),
        (
            "my husband's just come back from the bar talking like he's had ten pints, he's had "
            "one coke. words all slurred and his left arm keeps sliding off the table",
            "stroke_signs",
        ),
        ("he's had ten pints and he's slurring his words, my legs are tingly from the wall", None),
        # look-alikes: a heart that raced chasing the dog, a faint at a blood test, a face thinner
        # on both sides, a bruised tailbone with nothing else, puffed out after paddling, a winter
        # swim's tingles, "fell back asleep", tingles that come with stress every few days
        (
            "Im not having chess pains and im not breathless, the heart racing was when the dog "
            "got out on the road and i legged it after him, settled in 5 mins",
            None,
        ),
        ("my heart was racing when i chased the dog and now my chest is tight", "chest_symptoms"),
        (
            "fainted at my bloodtest last week, always do with needles, nurse was fine about it. "
            "my right thigh has a numb patch on the outside, been there months",
            None,
        ),
        (
            "everyone keeps saying I've got 'ozempic face' - my cheeks have gone saggy and hollow "
            "since I lost 4 stone this year. both sides the same, my smile's fine",
            None,
        ),
        (
            "Wobbly scales tipped me off last week and I landed on my bum. Tailbone bruised and "
            "sore to sit on but no numbness or tingling anywhere, weeing normally, legs fine.",
            None,
        ),
        ("I fell back onto the stairs an hour ago and now both my legs are numb", "both_legs_weak"),
        (
            "out of breath after paddling against the tide for an hour - normal puffed out, got "
            "my wind back after 5 minutes sat on the bank, no pain anywhere",
            None,
        ),
        (
            "did a winter swim off the boat this morning and my hands and feet were all tingly "
            "after, went within 10 mins of a warm shower. feel fine now",
            None,
        ),
        (
            "3am hot flush so i flung the duvet off and fell back asleep with my leg hanging over "
            "the edge of the bed. woke up and it was completely dead from the knee down, fine "
            "after about 5 mins",
            None,
        ),
        (
            "Now when work gets stressful I get tingling in both feet and sometimes up my calves, "
            "and it keeps happening every few days. It always settles when the stress passes.",
            None,
        ),
    ],
)
def test_the_thirty_third_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-third session's real part 65: stories told after, and their controls
        ("His paralysis on the right side is gone and he even stood up.", None),
        (
            "22 y/o, bad chest infection 10 days ago. since 6pm yesterday the numbness has gone "
            "from my feet up to my thighs and now both hands feel like gloves",
            "ascending_weakness",
        ),
        (
            "An 18-year-old woman presents to the ER in tears. By the time she was seen she was "
            "tachycardic and had the sensation of tingling in her feet.",
            None,
        ),
        (
            "I landed with a great thud on concrete. I hit my head. And to this day, a year "
            "later, I've still got a lot of pain with the back and my leg tingles.",
            None,
        ),
        (
            "I was resting my foot sideways as I wrote. When I planted my right foot I suddenly "
            "realized it had gone numb. It gave way onto its side.",
            None,
        ),
        (
            "nerve damage on the right side of my body ... there's no cure except God I guess",
            None,
        ),
        # round two (written sets 204 to 207): the misses, each with a control
        (
            "mum's in the chair next to me at the nail bar and she cant hold the pen, her right "
            "arm just keeps flopping down and shes saying words that dont make sense",
            "stroke_signs",
        ),
        ("the words in this leaflet dont make sense to me, my feet tingle at night", None),
        (
            "pedicure nick on heel gone yellow + mushy, redness spreading by the hour, temp 39.1",
            "foot_infection",
        ),
        ("neck crunched in scrum, legs numb", "spine_head_injury"),
        (
            "got dropped with a head kick in sparring about an hour ago. feel foggy, keep asking "
            "my coach what round it was, and now my right leg feels numb and clumsy",
            "spine_head_injury",
        ),
        (
            "my boyfriend got kneed in the thigh at rugby, thigh has blown up massive and is "
            "tight as a drum, hes crying with pain and just said his foot is going tingly",
            "compartment_signs",
        ),
        (
            "grandad woke up 20 mins ago and his right hand won't hold his tea, it just slid "
            "out, and he keeps asking where he is even though this is his own house",
            "stroke_signs",
        ),
        (
            "nan has had dementia for years, she keeps asking where she is and can't hold her "
            "cup. her feet tingle at night",
            None,
        ),
        (
            "Resident has had a swollen left calf since yesterday. In the last 10 mins he's "
            "started breathing really fast and shallow and his lips look a bit blue",
            "chest_symptoms",
        ),
        ("after the sea swim my lips were blue and i was breathing fast, feet tingly", None),
        (
            "Fully continent service user, today there was poo in his pants and he didnt even "
            "notice. Bad back for days.",
            "cauda_equina_signs",
        ),
        (
            "Today she's been wet twice and didn't seem to notice either time. When I washed her "
            "she didn't react at all to the flannel round her bottom.",
            "cauda_equina_signs",
        ),
        (
            "Broke his ankle on Monday, full cast below the knee. The paracetamol and the "
            "stronger stuff are doing nothing. The toes sticking out of the cast are fat and a "
            "whitish colour.",
            "compartment_signs",
        ),
        (
            "had a meltdown an hour ago, headbanging the wall really hard. now hes holding his "
            "neck and his left leg just flops when he tries to walk",
            "spine_head_injury",
        ),
        (
            "the words she does have are coming out mushy like shes drunk and her right leg "
            "looks floppy",
            "stroke_signs",
        ),
        (
            "Two days ago he kept rubbing his feet. Today he can't hold his cup properly in "
            "either hand and this afternoon he couldn't get up off the sofa at all.",
            "ascending_weakness",
        ),
        # round two's look-alikes
        (
            "is 'nano stroke' brows the same as microblading? my forehead is numb from the cream",
            None,
        ),
        ("tent packing = actual stroke lol", None),
        ("he keeps saying he 'cant stand' the new staff lol. his legs tingle on the sofa", None),
        (
            "cant stand the pain in my back and both legs have gone weak since this morning",
            "both_legs_weak",
        ),
        (
            "4 days after lipo on my outer thighs. the skin over the lipo area is a bit numb, "
            "toes warm and pink",
            None,
        ),
        (
            "went for a hollywood wax today with lidocaine numbing cream first. the skin down "
            "there still feels a bit numb, wee normal",
            None,
        ),
        (
            "When the fire alarm test goes off he panics, breathes fast and says his hands and "
            "feet are tingly. It's the same every week, he has diagnosed anxiety.",
            None,
        ),
        (
            "My dad had a stroke five years ago. I get pins and needles in my right foot when I "
            "sit cross-legged. Does contact sport raise your stroke risk?",
            None,
        ),
        (
            "a guy at my gym broke his neck in a judo throw years ago and he's in a wheelchair "
            "now. scared it'll happen to me, how do i breakfall safely?",
            None,
        ),
        (
            "my legs were absolute jelly after 12 rounds of sparring lol, completely dead. fine "
            "again after a shower",
            None,
        ),
        (
            "had a steroid injection in my hip for bursitis last week and since then the outside "
            "of my thigh has been numb",
            None,
        ),
        (
            "had a steroid injection in my back on tuesday and since then my legs have gone numb "
            "and weak",
            "spine_head_injury",
        ),
    ],
)
def test_the_thirty_third_sessions_round_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-third session's real part 66: stories told after, and their controls
        (
            "Until, one day, while at home with my girlfriend, I experience a sudden panic "
            "attack. I was very short of breath yet, afraid to stand still.",
            None,
        ),
        (
            "we all came down with stonking coughing snotty colds of the type that mean you "
            "can't breath",
            None,
        ),
        ("my calf is swollen and hot and since this morning i can't breathe", "chest_symptoms"),
        (
            "While in the ER the symptoms I described they took it as a possible stroke and "
            "admitted me right away. My balance was off.",
            None,
        ),
        (
            "HISTORY: A lineman was observed to be stumbling toward the sideline and he stated "
            "that his right leg would not support him and the leg felt numb.",
            None,
        ),
        (
            "Only recently have I taken off the toenail polish to discover that my toe is black.",
            None,
        ),
        ("my big toe has gone black and it smells and my foot is hot", "foot_infection"),
    ],
)
def test_the_thirty_third_sessions_real_part_66(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-third session's round three (written sets 208 to 211): dictation's
        # homophones and spoken punctuation, and their controls
        ("coffin up blood leg swollen", "chest_symptoms"),
        ("we chose the coffin for dad today, my legs tingle when I kneel", None),
        (
            "dads big tow has gone black at the end and the skin round it is hot and swollen full "
            "stop hes diabetic",
            "foot_infection",
        ),
        (
            "my lad took a kick to the shin at football this afternoon comma now his calf is as "
            "hard as would and stretched tight and shiny and hes in agony",
            "compartment_signs",
        ),
        (
            "my mum had a stroke in 2019 her face dropped on one side and shes recovered well now "
            "full stop Im asking for me not her comma both my feet have been tingling at night",
            None,
        ),
        (
            "my mum had a stroke in 2019 full stop this morning her face dropped on one side and "
            "she cant lift her arm",
            "stroke_signs",
        ),
        (
            "sorry my phone wrote stroke when I said stroll full stop my feet tingled after I sat "
            "on a bench comma gone now",
            None,
        ),
        (
            "only a bit of sight left in my left I but twenty minutes ago that bit went completely "
            "black all at once and the whole room is tipping I cant stand up",
            "stroke_signs",
        ),
        # a wake: words "mangled", a mouth "sitting lower than the right" (written set 210)
        (
            "His brother's words went all mangled, then his cup slid straight out of his left "
            "hand. the left side of his mouth is sitting lower than the right",
            "stroke_signs",
        ),
        ("the whole family's paralysed, nobody can face starting on mums house", None),
        # training questions and plans (written sets 208, 209, 211)
        (
            "If a detainee told us their leg had suddenly gone numb out of nowhere, what should "
            "we be doing? Nobody has it right now, just want to get it right.",
            None,
        ),
        (
            "new care worker here, what would I actually do if a client suddenly couldnt speak "
            "properly or one arm went floppy? nobody is ill, its for my own training",
            None,
        ),
        (
            "new care worker here, my client suddenly cant speak properly and one arm has gone "
            "floppy",
            "stroke_signs",
        ),
        # told over: a spinal injection's numbness "gone by teatime"; a strapping loosened; a
        # fright's racing heart; jelly legs after four flights of stairs
        (
            "Had a spinal injection for my back 3 weeks ago. My leg was numb for a few hours "
            "afterwards, it had gone by teatime and I've had nothing since.",
            None,
        ),
        (
            "healthcare strapped his ankle too tight and his toes went a bit tingly. Nurse redid "
            "it looser straight away: toes pink and warm, he can feel them",
            None,
        ),
        (
            "my heart was racing earlier because the fire alarm went off lol, it calmed down in a "
            "minute",
            None,
        ),
        (
            "carried a washing machine up four flights, both legs like jelly at the top. sat down "
            "for 10 mins and they're completely back to normal, walked back down fine",
            None,
        ),
        (
            "both legs have gone like jelly since this morning and I can't stand up",
            "both_legs_weak",
        ),
    ],
)
def test_the_thirty_third_sessions_round_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-third session's round four: replies in a conversation (written set 212) and
        # something new among chronic symptoms (written set 213), with controls
        (
            "no i havent been able to wee since last night. keep going and trying and nothing "
            "comes, and my back is agony",
            "cauda_equina_signs",
        ),
        (
            "I have not been able to pee without straining since my prostate op, it's slowly "
            "improving",
            None,
        ),
        (
            "I wasn't able to pee for a day after the op last year, fine since. my feet tingle "
            "when I sit cross legged",
            None,
        ),
        ("no i cant stand up. tried twice, legs just fold under me", "both_legs_weak"),
        (
            "actually worse now. keep bumping into the door frame on my right side and the text "
            "on my phone has gone double",
            "stroke_signs",
        ),
        (
            "i cant read the subtitles on the telly, the left half of everything has just "
            "vanished?? started like 15 min ago",
            "stroke_signs",
        ),
        (
            "yes it's moving up. was just my feet on monday, now its above my knees on both legs",
            "ascending_weakness",
        ),
        (
            "my son came off the trampoline onto his back half an hour ago. says his legs feel "
            "fizzy and weird",
            "spine_head_injury",
        ),
        (
            "Yes I had an epidural, but that was when I had my son and he's 6 now! The pins and "
            "needles is just the last month or so, on and off in my right foot",
            None,
        ),
        (
            "had Guillain-Barre in 2021 after covid, the neurologist discharged me last year. I "
            "still get tingly toes on both feet most days, no change in ages",
            None,
        ),
        (
            "My feet dangle on the bar stool and by lunchtime both legs are tingly down to my "
            "feet. As soon as I get off and walk around it wears off.",
            None,
        ),
    ],
)
def test_the_thirty_third_sessions_round_four(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # An ending that is denied ends nothing (found at the start of the thirty-fourth
        # session: "it hasn't resolved" and "it's not back to normal" silenced the sign
        # before them, a live emergency missed) ...
        (
            "my leg went cold and white an hour ago and it's not back to normal",
            "cold_pale_leg",
        ),
        ("my face drooped 20 mins ago and it hasn't resolved", "stroke_signs"),
        ("my face drooped 20 mins ago and it's not resolved yet", "stroke_signs"),
        (
            "my dads face drooped and his speech went funny, its not gone back to normal",
            "stroke_signs",
        ),
        ("my legs both went weak this morning and they havent recovered", "both_legs_weak"),
        # ... and one told as so still ends the sign before it
        # ... but a face that drooped 20 minutes ago is a stroke sign though it resolved (FAST:
        # "also if it passed", `counts_if_passed`); one dated years back is a story
        ("my face drooped 20 mins ago and it resolved", "stroke_signs"),
        ("my face drooped in 2019 and it resolved", None),
        ("both my legs went weak after the 10k this morning, back to normal now", None),
        ("my toes went white in the cold at the bus stop, all back to normal now", None),
    ],
)
def test_a_denied_ending_ends_nothing(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fourth session's round one: the emergencies the start reader missed, the
        # misses found probing beside them, and the look-alikes mended (None: no emergency)
        (
            "Dad (78) was reading the paper at 9.15 fine. at 9.40 he started saying words that "
            "arent words and his right arm just slid off the table, he cant lift it back up",
            "stroke_signs",
        ),
        (
            "About twenty minutes ago at dinner she started mixing up her words, saying 'the "
            "blue thing' for the salt, and her right hand keeps dropping the fork",
            "stroke_signs",
        ),
        # a question run on after a sign asks about it, it does not suppose it (missed at the
        # start: "how would i know" made the whole unpunctuated sentence a supposition)
        ("my face is drooping how would i know if its a stroke", "stroke_signs"),
        (
            "my legs are suddenly numb and weak would that be an emergency",
            "both_legs_weak",
        ),
        # ... but one an "if" runs into supposes it
        ("if my face droops how would i know", None),
        (
            "if i forget my apixaban n have a stroke how would i even know? what are the signs",
            None,
        ),
        # a cause or a frame that is denied explains nothing
        (
            "his speech is slurred and it's not from the anaesthetic, he had no op",
            "stroke_signs",
        ),
        ("his speech is slurred and it's not the anaesthetic", "stroke_signs"),
        # a reported question answered "no, none"
        (
            "Nurse at the heart clinic asked if I'd had any fainting or chest pain on the new "
            "dose of metoprolol - no, none. What I do get is pins and needles in my left foot "
            "when I kneel",
            None,
        ),
        ("the nurse asked if i had chest pain and yes i do", "chest_symptoms"),
        (
            "had a filling this morning and half my face is numb and droopy from the injection. "
            "dentist said it'll wear off in a few hours. nothing else going on",
            None,
        ),
        (
            "our bassist had what turned out to be a TIA - his face went funny for about ten "
            "minutes backstage in Bristol, he had the CT and the MRI. Today he's absolutely fine",
            None,
        ),
        (
            "I had an epidural when my son was born 3 years ago. Now whenever I sit at the organ "
            "my left leg goes tingly, and it settles when I stand. Could that be the epidural?",
            None,
        ),
        (
            "I had Guillain-Barre in 2018, was in hospital 3 weeks, couldn't walk. Fully "
            "recovered now apart from a bit of tingling in my toes",
            None,
        ),
        ("my legs went weak yesterday and I'm not fully recovered now", "both_legs_weak"),
        (
            "raynauds diagnosed 2017. toes went white then blue at the bus stop this morning, "
            "all normal colour now 20 mins later",
            None,
        ),
    ],
)
def test_the_thirty_fourth_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 68's look-alikes mended, beside controls (None: no emergency)
        (
            "A pain like someone had stabbed my foot. I caught my breath as it hurt and burned "
            "and felt numb at the same time.",
            None,
        ),
        ("I couldnt catch my breath and my chest hurts", "chest_symptoms"),
        (
            "In 1994, my sister was diagnosed with Multiple Sclerosis. At different times she "
            "has experienced mild numbness in her arms, hands, legs, and feet.",
            None,
        ),
        (
            "They removed as much of the tumor as they could. Best case prognosis is recovery "
            "with lifelong incontinence and possible paralysis.",
            None,
        ),
        (
            "i have sudden incontinence and a numb bum, worst case i guess its a slipped disc",
            "cauda_equina_signs",
        ),
    ],
)
def test_the_thirty_fourth_sessions_real_part_68(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fourth session's round two, and what probing beside it found (None: no
        # emergency)
        (
            "ah cannae feel ma left leg. came on aw of a sudden ten minutes ago when ah wis "
            "staunin at the sink, wisnae sittin on it or nothin",
            "stroke_signs",
        ),
        (
            "wet mesel twice the day an didnt even notice man, never happened before in me "
            "life. back's killin an me legs are aal pins an needles",
            "cauda_equina_signs",
        ),
        # the onset told after the sign (missed at the start)
        ("i cant feel my left leg. it came on suddenly ten minutes ago", "stroke_signs"),
        ("i cant feel my left leg, it came on suddenly", "stroke_signs"),
        ("cant feel my left leg all of a sudden", "stroke_signs"),
        ("my ma's face has dropped", "stroke_signs"),
        ("me heart's in me mouth every time me foot goes numb, only when I kneel", None),
        (
            "pissed meself laughin at me mate whose leg went dead on the bus, he went flyin "
            "gettin off haha. he's fine now, walkin about",
            None,
        ),
        (
            "my weak stroke leg gives way a bit when im tired at the end of the day, been like "
            "that 4 yrs, physio knows. tonight same as any other night",
            None,
        ),
        ("my stroke leg has gone cold and white in the last hour", "cold_pale_leg"),
        (
            "Last Thursday my stroke arm went extra weak for about 10 mins, I rang 999, they "
            "kept me in overnight, it was a TIA. Today I'm back to just my usual numb left foot.",
            None,
        ),
        (
            "Last Bonfire Night I fell off a ladder, hurt my back and my legs were tingly. A&E "
            "did an MRI, tingling gone within a week. Touch wood no problems since.",
            None,
        ),
        (
            "dog's paw is red, swollen and oozing and he's limping, I'm at the out of hours vets "
            "now. my own foot's fine btw",
            None,
        ),
        (
            "Delivery rider, got knocked off my bike yesterday. Bruised hip. My legs feel "
            "completely normal, no tingling or numbness, and I can walk fine.",
            None,
        ),
        (
            "got knocked off my bike an hour ago and now my legs are tingling and weak",
            "spine_head_injury",
        ),
    ],
)
def test_the_thirty_fourth_sessions_round_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 69's look-alikes mended, beside controls (None: no emergency)
        (
            "Forgetting there was a hook in my shoelace, I embedded the hook deep in my calf. I "
            "was so shocked I couldn't even speak to tell Steve what was going on.",
            None,
        ),
        ("my dad suddenly cant speak and his face has dropped", "stroke_signs"),
        (
            "Sen. Watson, 63, was reportedly experiencing slurred speech and some "
            "numbness/weakness last week and checked into the hospital on Friday. His condition "
            "is being characterized by several sources as a very minor stroke.",
            None,
        ),
        (
            "The rookie was heard complaining that he could not move his left arm over team "
            "radio after finishing the race last weekend.",
            None,
        ),
        (
            "It was one year ago today. I'll never forget it. From February through November I "
            "dealt with numbness and pain in my feet that climbed up to my legs and then my hips",
            None,
        ),
        (
            "I'm 45 and I've been diabetic for years. leg's went white n baltic jist noo, agony",
            "cold_pale_leg",
        ),
    ],
)
def test_the_thirty_fourth_sessions_real_part_69(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fourth session's round three (None: no emergency)
        (
            "I'm a prostate cancer patient and I've had all three since Saturday, can't get my "
            "water started. Is it still that line at 11pm or do I go to A&E?",
            "cauda_equina_signs",
        ),
        (
            "I'm at hers now and since lunch she's been talking a bit odd, calling everything "
            "'the thingy' and once she called the cat by my name",
            "stroke_signs",
        ),
        (
            "my arm is DEAD cant lift it!!! ...slept on it all night. its coming back now, pins "
            "and needles everywhere, 5 mins later i can move my fingers",
            None,
        ),
        ("my arm suddenly went weak and I cant lift it", "stroke_signs"),
        ("i actually pissed myself laughing, couldnt breathe for like a minute", None),
        (
            "i cant breathe and my chest hurts, couldnt breathe for laughing earlier but this is "
            "different",
            "chest_symptoms",
        ),
        (
            "i peed a little when i sneezed. im 6 months pregnant. is that the cauda thing?? no "
            "numbness anywhere, no back pain, i can feel everything fine",
            None,
        ),
        (
            "did my first 10k today!! legs are jelly and i genuinely cant feel my feet lol. jk "
            "theyre fine, just wrecked",
            None,
        ),
        (
            'GP letter: "Chest pain - ECG and troponin normal, likely musculoskeletal." that '
            "was the weekend before last and its completely gone",
            None,
        ),
        (
            "I had chest pains at Easter, went in, they did an angiogram and put two stents in. "
            "Been grand since, no pain at all.",
            None,
        ),
        ("leaflet: 'A&E if sciatica both sides'. mine's just the right", None),
        (
            "winter golf this morning. by the 5th my toes had gone white and numb, then bright "
            "red and throbbing when they warmed up in the clubhouse",
            None,
        ),
        (
            "my foot went cold and white an hour ago and hasnt come back even once im inside",
            "cold_pale_leg",
        ),
    ],
)
def test_the_thirty_fourth_sessions_round_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fifth session's round one: written sets 226 to 229 and topic set 98, told
        # in learners' English, in images, by health workers and far from a hospital (None: no
        # emergency)
        (
            "my wife she faint now in the bathroom!! before she complain the calf is inflamed "
            "and hot. she is awake now but breathing very fast",
            "chest_symptoms",
        ),
        (
            "Since I woke up it's like breathing through a coffee stirrer and my heart is going "
            "like a hummingbird. My left calf has been a hot swollen balloon for 3 days",
            "chest_symptoms",
        ),
        (
            "left leg's gone the colour of skimmed milk from the knee down and icy. came on "
            "suddenly watching telly, hurts like hell",
            "cold_pale_leg",
        ),
        (
            "plaster on since friday for a broken ankle and my calf feels like a sausage about "
            "to split its skin. my toes feel like little icicles",
            "compartment_signs",
        ),
        ("she's gone grey and clammy, her apple watch says HR 158", "chest_symptoms"),
        ("screenshot from my watch says hr 165 but that was mid spin class lmao", None),
        ("my wife just folded like a deckchair in the kitchen, she's come round", "chest_symptoms"),
        (
            "both my legs feel like theyre made of wet cardboard and its getting worse by the hour",
            "both_legs_weak",
        ),
        (
            "my son got his neck bent back in a rugby scrum and now his arms and legs feel like "
            "a tv on static, coach says walk it off",
            "spine_head_injury",
        ),
        ("quick question, I fell off the ladder and now my leg is numb", "spine_head_injury"),
        (
            "Yesterday, I fell off a ladder. I felt really foolish, but it was a short fall and "
            "I wasn't injured in the slightest way.",
            None,
        ),
        # look-alikes mended, beside controls
        (
            "An elephant sat on my chest this morning - figuratively! The mortgage letter came. "
            "Chest is actually fine, no pain, breathing fine.",
            None,
        ),
        ("an elephant is sitting on my chest and I can't breathe", "chest_symptoms"),
        (
            "cracked my head on the car boot yesterday, saw stars for a second lol. no headache "
            "now, no tingling, no numbness, legs totally fine",
            None,
        ),
        (
            "My aunt had breast cancer that spread to her spine. I'm 29, never had cancer, and "
            "my left leg tingles when I've been kneeling in the garden",
            None,
        ),
        (
            "My aunt had breast cancer that spread to her spine, and now her legs have gone weak "
            "and she can't wee",
            "cancer_spine_signs",
        ),
        (
            "Last week I had a panic attack - hands and feet tingly like champagne bubbles. GP "
            "did an ECG, normal, said panic. Right now I'm calm, no chest pain",
            None,
        ),
        (
            "my sister's wedding speech was so bad i nearly passed out from cringe. the outside "
            "of my left thigh feels numb",
            None,
        ),
        ("my speech is slurred and i nearly passed out", "stroke_signs"),
        (
            "I know the red flags, I don't have any: saddle sensation normal, peeing normally, "
            "tingling down my right calf for a week",
            None,
        ),
        (
            "paramedic. hypothetical: could these calf compression sleeves ever give you "
            "compartment syndrome? no pain, no numbness",
            None,
        ),
        ("my toes are white and numb in the cast - sorry, hypothetical!", None),
        (
            "Last rotation my left leg went numb out of nowhere and I got flown off. Had the full "
            "stroke workup, all clear, and the neurologist signed me fit to go back out. That was "
            "6 weeks ago and I've been completely fine since, no numbness. Back on the rig now.",
            None,
        ),
        (
            "the doctor signed me fit for work last week, and this morning I woke up and my left "
            "leg is like a block of wood",
            "stroke_signs",
        ),
        ("the skipper's gonna have a stroke when he sees this week's catch lol", None),
        (
            "my toes went white and numb on the sea ice. warmed them slowly, they went pink and "
            "tingly. Doc checked them, said frostnip.",
            None,
        ),
        (
            "my toes went white and numb out on the ice an hour ago and they are still white and "
            "cold, is it frostnip?",
            "cold_pale_leg",
        ),
        (
            "toddler fell asleep across my legs on the sofa. both legs dead as anything when she "
            "woke up, took about 5 mins to get the feeling back",
            None,
        ),
        (
            "Feeding twins I'm wedged into the sofa with my legs folded over to one side. When I "
            "stand up my left leg is numb and floppy. It's back to normal within a few minutes.",
            None,
        ),
        ("her legs folded and she went down", "both_legs_weak"),
    ],
)
def test_the_thirty_fifth_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 70's look-alikes mended, beside controls (None: no emergency)
        (
            "it left me with laryngitis for about a month. I didn't have a sore throat. I just "
            "couldn't talk.",
            None,
        ),
        ("lost my voice last month, but now my face is drooping and I can't talk", "stroke_signs"),
        (
            "One of my golfing partners has died. The day he collapsed and died he had gone out "
            "by himself.",
            None,
        ),
        ("he collapsed in the kitchen just now", "chest_symptoms"),
        (
            "A sharp pain down my left leg. I fell back into bed and took some ibuprofen. My leg "
            "was mostly numb.",
            None,
        ),
    ],
)
def test_the_thirty_fifth_sessions_real_part_70(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fifth session's round two (written sets 230 to 233, topic set 99) and what
        # probing beside round one found (None: no emergency)
        ("my husband is fall from stair and now he not feel the legs", "both_legs_weak"),
        (
            "I have pain in the waist very strong and I not can make pee since morning",
            "cauda_equina_signs",
        ),
        ("feels like my face is melting on the left", "stroke_signs"),
        ("like a curtain came down over half my world", "stroke_signs"),
        ("my chest feels like it's in a vice", "chest_symptoms"),
        ("calf like a rock inside the plaster, screaming pain", "compartment_signs"),
        ("my toe looks like a rotten plum and stinks", "foot_infection"),
        ("my big toe is black from the bruise after the marathon, no pain", None),
        ("I stubbed my toe last week and now its oozing pus and I have a fever", "foot_infection"),
        ("quick question, fell off the roof this morning and my leg is numb", "spine_head_injury"),
        # a timed onset, to the minute
        ("At 09:42 my right foot and lower leg went numb.", "stroke_signs"),
        ("Left leg not working. Started 14:02. Was standing. Is this relevant.", "stroke_signs"),
        (
            "10:15 both legs felt heavy. 11:30 needed the bannister to get up the stairs. 12:50 "
            "knees buckled twice walking to the kitchen. 13:20 (now) I am sitting down.",
            "both_legs_weak",
        ),
        ("my knees buckled twice when I stood up after kneeling to weed for an hour", None),
        (
            "At 13:05 I stood up after sitting cross-legged on the floor for 50 minutes. Left foot "
            "completely numb. 13:06: pins and needles. 13:09: fully normal.",
            None,
        ),
        (
            "the scan was fully normal, but my left leg went numb suddenly an hour ago",
            "stroke_signs",
        ),
        (
            "I have myeloma. If I got new back pain and leg numbness, would I go to A&E? "
            "Currently: no back pain, legs fine.",
            None,
        ),
        (
            "2. March: electric shock down my back when I bent my neck. 3. Now: tingling in my "
            "left leg",
            None,
        ),
        (
            "Night before last at 3am my right leg went numb and weak out of nowhere. I rang 999, "
            "they took me in, scanned me and kept me overnight - it was a TIA. Home now on "
            "clopidogrel and the leg's back to normal. Just shaken being on my own again.",
            None,
        ),
        (
            "it was a TIA last year. now my left leg went numb out of nowhere an hour ago",
            "stroke_signs",
        ),
        (
            "Fell asleep on the sofa with my legs tucked under me. Woke up and my left foot was "
            "floppy and numb, and now it's completely back to normal.",
            None,
        ),
        (
            "had a horrible dream i was having a stroke and couldnt speak. woke up and checked "
            "everything in the mirror, smile even, both arms up",
            None,
        ),
        (
            "I woke up from a dream and now I cant speak properly and my face is drooping",
            "stroke_signs",
        ),
        ("If I woke up and couldn't feel my bum or couldn't pee, is that an A&E thing?", None),
        (
            "had cord compression last year from a spine met, walking again now, but this week "
            "new back pain and my legs are going numb",
            "cancer_spine_signs",
        ),
        (
            "I had lymph nodes removed during breast surgery and now my right arm is swollen and "
            "heavy by the end of the day. The physio mentioned lymphoedema.",
            None,
        ),
        (
            "bad back all week, now he says his bum and between his legs feel numb like when the "
            "dentist injects you. he's scared",
            "cauda_equina_signs",
        ),
        ("my lip feels numb like when the dentist injects you, i had a filling an hour ago", None),
        (
            "I found him in the hall confused, he couldn't tell me where the bathroom was and he "
            "keeps walking into the door frame on his left",
            "stroke_signs",
        ),
    ],
)
def test_the_thirty_fifth_sessions_round_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # real part 71's look-alikes mended, beside controls (None: no emergency)
        ("The literature on GBS tells us most patients see changes after three weeks", None),
        (
            "I think I have GBS, my feet then hands went numb and now my legs are weak",
            "ascending_weakness",
        ),
        ("Any excessive heat and my hands and feet go numb, those of us with CIDP know", None),
        (
            "By Monday I could hardly move my arm. He thinks I have a prolapsed disc in my neck.",
            None,
        ),
        ("my arm is weak and I cant lift it and my face is drooping", "stroke_signs"),
    ],
)
def test_the_thirty_fifth_sessions_real_part_71(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-fifth session's round three (written sets 234 to 237, topic set 100, real
        # part 72) (None: no emergency)
        (
            "son fall off bike, hit shin hard 3 hour ago. leg now tight swell shiny, he scream "
            "pain much more than injury look. foot tingle.",
            "compartment_signs",
        ),
        (
            "Deaf club have talk last week about stroke. Me worry: if stroke happen to me one day, "
            "how call 999? Nothing wrong now, face fine, arm fine.",
            None,
        ),
        ("im worried about stroke, my face is drooping and my arm is weak", "stroke_signs"),
        (
            "last week chest pain, ambulance take me, hospital check heart, all test fine, they "
            "say muscle strain. now chest fine. my feet both tingle slowly over 6 month",
            None,
        ),
        (
            "PHYSIO GIVE ME LEAFLET CAUDA EQUINA. SAY IF WEE CHANGE OR BOTTOM NUMB GO A&E. ME "
            "CHECK: WEE FINE, BOTTOM FEEL FINE. ONLY SCIATICA RIGHT LEG 3 WEEK.",
            None,
        ),
        (
            "coach ask: if player hit head and leg go numb on pitch, how we call ambulance? nobody "
            "hurt now",
            None,
        ),
        (
            "chemo start 2 month ago. fingers toes tingle slowly come since then. oncology nurse "
            "know, say chemo side effect. walk fine, back no pain",
            None,
        ),
        (
            "right calf red, hot and swollen, hurts to walk. breathing's fine, no chest stuff. "
            "111 kept me on hold for an hour",
            None,
        ),
        (
            "can't finish a sentence without puffing since lunch, my leg is swollen",
            "chest_symptoms",
        ),
        (
            "The only thing numb around my backside is my patience with this surgery. I need my "
            "repeat pregabalin for my sciatica, right leg.",
            None,
        ),
        (
            "my auntie had an epidural 3 yrs ago. she gets tingly legs sometimes now, can the "
            "epidural do that years later?",
            None,
        ),
        (
            "had an ice pack on my sprained ankle for 20 min, foot went pale n cold, took it off "
            "and its pinking up already, wiggling fine",
            None,
        ),
        (
            "foot went blue n numb when i got out the bath, rubbed it and it pinked up so i went "
            "to bed. woke at 3 its cold and blotchy again, pain is unreal",
            "cold_pale_leg",
        ),
        (
            "Suddenly, my legs turned icy-cold. Luckily, I could close the A/C vent over my head, "
            "but not the icy blast on my legs.",
            None,
        ),
        ("I have a runny nose and crushing chest pain going down my arm", "chest_symptoms"),
        ("I have hay fever and crushing chest pain", "chest_symptoms"),
    ],
)
def test_the_thirty_fifth_sessions_round_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # probing at the end of the thirty-fifth session: misses of its start reader (None: no
        # emergency)
        ("today I can't feel either leg and can't stand", "both_legs_weak"),
        (
            "my scan was normal last month but today I can't feel either leg and can't stand",
            "both_legs_weak",
        ),
        ("neither of my legs will work properly since this afternoon", "both_legs_weak"),
        ("my calf is swollen and hot and I'm breathing fast", "chest_symptoms"),
        ("my calf is swollen after my run and I'm breathing fast", None),
        ("her face looks like its melting on one side", "stroke_signs"),
        ("my husband is slumped and wont wake up properly", "chest_symptoms"),
    ],
)
def test_the_thirty_fifth_sessions_last_probes(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-sixth session's round one (written sets 238 to 241, topic set 101, real
        # part 73) and probes beside it (None: no emergency)
        (
            "mid ranked game and half my screen just vanished, like the whole right side is gone "
            "whichever eye i close, and when i stood up the room tilted and i nearly fell over. "
            "been like 20 min",
            "stroke_signs",
        ),
        ("half of my screen has gone black since lunch", "stroke_signs"),
        (
            "my team had a collective stroke last round, threw a 12-0 lead, im paralysed with rage",
            None,
        ),
        ("im paralysed with fear about the scan, my legs are fine", None),
        ("I had a stroke this morning, my face is drooping", "stroke_signs"),
        (
            "my cousin had guillain-barre last year, it crept up his legs over a few days, hes "
            "recovered and gaming again now. my toes just tingle after i sit on them and it goes "
            "in a minute",
            None,
        ),
        (
            "my cousin had guillain-barre last year, it crept up his legs over a few days. now my "
            "feet are tingling and it is creeping up my legs since yesterday",
            "ascending_weakness",
        ),
        (
            "my mum had a stroke last year, her face drooped. now my face is drooping",
            "stroke_signs",
        ),
        ("legs = jelly after 90 min power yoga 💀 walked home fine tho", None),
        ("at yoga just now both my legs suddenly went weak and I can't stand up", "both_legs_weak"),
        (
            "Brain fog is horrendous today, keep losing words mid-sentence like every crash day. "
            "Partner checked me over - smile even, both arms up fine, speech slow but not slurred.",
            None,
        ),
        ("his speech is slow and slurred", "stroke_signs"),
        ("my foot is not its normal colour and its ice cold", "cold_pale_leg"),
        ("his toes are not the right colour and they are freezing", "cold_pale_leg"),
        (
            "My right foot went ghost white and freezing an hour ago and it hurts SO bad. left "
            "foot is normal colour and warm. i can barely wiggle my toes",
            "cold_pale_leg",
        ),
        (
            "Fainted last Saturday and banged my head on the door frame. A&E did a CT, all clear, "
            "no neck injury.",
            None,
        ),
        ("my ct was clear last month but today i fainted and cant feel my legs", "both_legs_weak"),
        (
            "my attention couldn't be further from my breath, my legs fill with pins and needles",
            None,
        ),
        ("I wound up with a staph infection in my knee last year, two surgeries", None),
        ("the wound on my foot is red and hot and pus is coming out", "foot_infection"),
        (
            "the numbness in the lateral compartment is less, I can't wait to see the neurosurgeon",
            None,
        ),
        (
            "shin rock hard in the cast, pain in the anterior compartment, painkillers do nothing",
            "compartment_signs",
        ),
        (
            "Today, I woke up feeling like I had been hit by a truck. Stiff, groggy, feet are numb "
            "like they've fallen asleep - and when I stand up it's like walking on pins and "
            "needles for a few seconds.",
            None,
        ),
        ("woke up and can't feel my legs, I can't stand up", "both_legs_weak"),
        (
            "Our church is freezing and I play the organ every Sunday. My feet get so cold on the "
            "pedals that they go numb. They come back once I'm home by the radiator.",
            None,
        ),
        (
            "stood on the metal riser the whole set and my feet got so cold and numb i couldnt "
            "feel my pedals. always have freezing feet tbh",
            None,
        ),
        (
            "i always have cold feet but today my left foot is white, ice cold and numb",
            "cold_pale_leg",
        ),
    ],
)
def test_the_thirty_sixth_sessions_round_one(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-sixth session's rounds two and three (written sets 242 to 248, topic sets
        # 102 and 103, real parts 74 and 75) and probes beside them (None: no emergency)
        (
            "landed a bit hot on a swoop and went down hard on my back. now tingling down both "
            "legs and my lower back hurts a lot",
            "spine_head_injury",
        ),
        (
            "anoche my leg went numb out of nowhere, went to A&E, they did scans and bloods, said "
            "trapped nerve not a stroke, sent me home. feeling normal hoy",
            None,
        ),
        (
            "they sent me home yesterday, today my left leg suddenly went numb and weak",
            "stroke_signs",
        ),
        (
            "When I get stressed my hands and feet go tingly, GP says it's anxiety. I'm chill "
            "right now, no chest pain",
            None,
        ),
        (
            "GP says its anxiety but now the tingling in my hands and feet is climbing up my legs "
            "since this morning",
            "ascending_weakness",
        ),
        (
            "sprained my knee, wrapped it way too tight and my toes went tingly. loosened it and "
            "after 5 mins all back to normal",
            None,
        ),
        ("my legs literally went to jelly when I saw the car insurance renewal", None),
        ("walking and finning normally, bladder normal, numb tips of my toes since chemo", None),
        (
            "a guy at work got a big payout after his GP missed his cauda equina. me: sciatica in "
            "my right leg 6 weeks, no bladder or bowel issues, no numb saddle area",
            None,
        ),
        (
            "my judo coach had spinal cord compression from his cancer a few years back, he's "
            "fine now and still teaching. i get tingly toes in seiza, goes in a minute",
            None,
        ),
        (
            "Sensei writing. One of my students stood after the closing bow, said his leg was "
            "fizzing, but then he grabbed his chest. He's sweating, grey, says it's crushing and "
            "going into his jaw. Happening right now.",
            "chest_symptoms",
        ),
        ("he grabbed his chest and now hes grey and sweating", "chest_symptoms"),
        ("my dad clutched his chest laughing at the joke, hes fine", None),
        (
            "Last Thursday a lady I deliver to collapsed on her doorstep clutching her chest. "
            "She's home now and doing well, it was angina.",
            None,
        ),
        (
            "sry weird q but is it normal not to feel the loo roll when i wipe?? backs been "
            "killing me since sat",
            "cauda_equina_signs",
        ),
        ("i dont feel it when i wipe", "cauda_equina_signs"),
        ("i dont feel any pain when i wipe", None),
        (
            "I had my baby 3 days ago with an epidural. The numbness wore off fine after the "
            "birth, but since this afternoon my legs have gone tingly and numb again",
            "spine_head_injury",
        ),
        (
            "I had a spinal injection six weeks ago, all fine. On the train today I sat with my "
            "legs crossed and my right foot went tingly, gone in a couple of minutes.",
            None,
        ),
        (
            "My son fell off the trampoline yesterday and hurt his wrist - it's been x-rayed, "
            "just a sprain, he's fine. Sitting on the bleachers my left leg went numb, gone "
            "within a few minutes of walking about.",
            None,
        ),
        (
            "my son fell off the trampoline yesterday, xray says just a sprain but now he cant "
            "feel his legs",
            "both_legs_weak",
        ),
        (
            "My neighbour lost two toes last year because her foot went black with her diabetes "
            "and it's frightened me. My feet are fine, no cuts, no redness.",
            None,
        ),
        (
            "my neighbour had a fall last year and now her foot is black and smells",
            "foot_infection",
        ),
        ("my dad had a stroke last year and his face is drooping", "stroke_signs"),
        (
            "the discharge leaflet says ring if numbness creeps up my legs or I can't walk. that "
            "hasn't happened, I'm doing laps of the ward fine",
            None,
        ),
        (
            "my speech is a bit slurred and my bottom lip is drooping but thats cos the dentist "
            "numbed me for a filling an hour ago",
            None,
        ),
        ("I was at the dentist last week. Today my speech is slurred.", "stroke_signs"),
        ("it was the straw that broke the camel's back, I bent down and twisted my back", None),
        (
            "Wednesday I had pins and needles in my leg. This morning it had become worse. Now "
            "the other leg joined in the fun. I couldn't get up without my hands on the floor.",
            "both_legs_weak",
        ),
        ("had a steroid injection into my right hip joint, my thigh has been tingly since", None),
        (
            "had a steroid injection in my back last week and now my legs are numb",
            "spine_head_injury",
        ),
        (
            "sewing machine pedal too far forward so my ankle is bent right up for hours, foot "
            "goes numb and tingly along the top. moved the pedal and it stopped",
            None,
        ),
        (
            "squatty potty stool so my knees are right up, and now my feet tingle after every poo "
            "lol. goes after a min",
            None,
        ),
        (
            "I sleep with one half of my body tingling regardless of which side I sleep on",
            None,
        ),
    ],
)
def test_the_thirty_sixth_sessions_rounds_two_and_three(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-seventh session's rounds one and two (written sets 249 to 256, topic sets
        # 104 to 107, real parts 76 and 77) and probes beside them (None: no emergency)
        (
            "Respectfully I am writing. Since Tuesday my calf is swollen and hot. Today when "
            "I climb the stairs I have no air and the chest is pressing me.",
            "chest_symptoms",
        ),
        (
            "the tyres have no air and the chest freezer is pressing on my shin in the boot, "
            "leg fine",
            None,
        ),
        (
            "My brother is with me, he fell down without knowledge in the bathroom some "
            "minutes ago and now he is very pale",
            "chest_symptoms",
        ),
        (
            "I broke the tibia on Saturday and they put the plaster. Since this night the "
            "pain in the plaster is unsupportable and the fingers of the foot are sleeping "
            "and white.",
            "compartment_signs",
        ),
        (
            "I have the sciatica in the two legs together, it started four days ago and today "
            "it is more strong",
            "both_legs_weak",
        ),
        ("my leg is sleeping after the cinema, it passes when I walk", None),
        (
            "he have sciatica five weeks, from this afternoon he dont feel nothing when the "
            "coco comes, he cannot control it",
            "cauda_equina_signs",
        ),
        (
            "In 2016 I had a small stroke, the right leg did not listen to me. I recovered "
            "100 percent. Now only pins and needles after the computer.",
            None,
        ),
        ("suddenly my right leg did not listen to me, 10 minutes ago", "stroke_signs"),
        (
            "Say someone, purely hypothetically, had sciatica for a fortnight and now cant "
            "get a wee started. That someone is me btw",
            "cauda_equina_signs",
        ),
        ("hypothetically, what if both my legs went weak? just curious, nothing happening", None),
        (
            "back went yesterday lifting, now shooting pain down into my stump and down my "
            "good leg, good knee buckling",
            "both_legs_weak",
        ),
        (
            "my left foot is numb and freezing cold and i cant move it. its the one they took "
            "off in 2020, the phantom stuff",
            None,
        ),
        (
            "I get phantom pains in the stump but right now my other foot is ice cold and "
            "white and I cant feel it",
            "cold_pale_leg",
        ),
        (
            "lying still for my lashes, sat up and my left foot just flops, cant lift it, "
            "nothing pressing on it",
            "stroke_signs",
        ),
        (
            "sat cross legged for an hour and my left foot just flops, cant lift it, pins and "
            "needles, went after 5 mins",
            None,
        ),
        (
            "incomplete SCI since 2012, both my legs are weak, that's just my injury, no "
            "different to last year",
            None,
        ),
        ("MS since 2015, today both my legs suddenly went weak", "both_legs_weak"),
        ("my heart was racing when they told me the price of a new liner", None),
        ("my legs turned to jelly when my daughter told me she is getting married", None),
        (
            "my sister wrote me that yesterday her leg was cold and blue and they took her "
            "for operation, she is good now",
            None,
        ),
        (
            "my husband texted me to say his face is drooping and he cant lift his arm, hes "
            "at work",
            "stroke_signs",
        ),
        ("her feet were a bit tingly after the spin class on Monday, gone by the evening", None),
        (
            "the nurses said itd be gone by the next morning but my left leg is still numb "
            "and heavier today, epidural 3 days ago",
            "spine_head_injury",
        ),
        (
            "Mid-lesson I've lost the right half of what I can see and my left leg is heavy",
            "stroke_signs",
        ),
        (
            "got double barrelled in the lower back by the mare a couple of hours ago, now my "
            "foot is tingling and dragging",
            "spine_head_injury",
        ),
        (
            "a nail went straight through my wellie on Monday, sole swollen, red creeping up "
            "my ankle, 39.2 this morning",
            "foot_infection",
        ),
        (
            "four hour hack on my new treeless saddle and my bum was numb, walked round the "
            "yard and it all came back",
            None,
        ),
        ("my saddle area is numb since this morning and my back is agony", "cauda_equina_signs"),
        (
            "pony club first aid briefing: if a kid came off and couldnt feel their legs, do "
            "we ring 999?",
            None,
        ),
        (
            "came off my bike 3 weeks ago and hit my head, scan all clear, no numbness, "
            "tingling or weakness since",
            None,
        ),
        (
            "hit my head yesterday, no headache, tingling in both legs since this morning",
            "spine_head_injury",
        ),
        ("woke up with my left arm and leg numb from lying on them, normal in a few minutes", None),
        ("woke up with my left arm and leg numb, went after 10 minutes", "stroke_signs"),
        ("my hands tingle after ringing the bells for an hour, feet and legs totally fine", None),
        ("had my bunion op 4 months ago and my big toe is still numb on one side", None),
        ("my whole left side went numb about 20 minutes ago", "stroke_signs"),
        (
            "sciatic nerve which runs from the spinal cord down the side of both legs, physio "
            "says its irritated",
            None,
        ),
        (
            "the tops of my feet and the back of my thighs have severely lost feeling, worse today",
            "both_legs_weak",
        ),
        ("I was a gibbering wreck by the second route and slunk off to belay", None),
        # a list after "no" that ends with "or" is denied whole; "no X, Y" may tell Y
        ("hit my head last week, scan clear, no numbness, tingling, or weakness since", None),
        (
            "no pain, numbness down both legs since this morning and i can barely walk",
            "both_legs_weak",
        ),
    ],
)
def test_the_thirty_seventh_sessions_rounds_one_and_two(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # an unrelated preamble's frame dates no story that a later sentence says goes on now
        (
            "My sciatica got better after physio last year. My girlfriend slipped on the wet deck "
            "and smacked the back of her head and neck. About 20 mins later her left leg started "
            "going numb and tingly. She's sitting on the bench next to me now.",
            "spine_head_injury",
        ),
        (
            "our guitarist had a TIA at a gig last month, his face went droopy for about 10 mins. "
            "he had scans and the stroke clinic signed him off. hes totally fine now",
            None,
        ),
        # the net's chest finding needs the chest, the breath, the heart or a faint
        (
            "my left calf has been swollen and hot n red since the 10hr coach back from the "
            "festival on sunday, throbs, and the foot on that side tingles. other leg is fine",
            None,
        ),
        (
            "my calf is swollen and hot since the flight and now i cant catch my breath",
            "chest_symptoms",
        ),
        # causes, endings and denials
        (
            "got my results today and panicked, hands and feet went all tingly while i was "
            "breathing too fast. gone in 10 mins, feel ok now",
            None,
        ),
        (
            "my hands and feet went tingly and weak this morning and its creeping up",
            "ascending_weakness",
        ),
        (
            "My wife fainted at the end of her session last Tuesday when her blood pressure "
            "dropped. The renal doctor has seen her since. Today it's just her usual tingles.",
            None,
        ),
        ("My wife fainted an hour ago and her calf is swollen", "chest_symptoms"),
        ("legs turned to jelly when the receptionist called my name, i hate doctors", None),
        ("my legs turned to jelly an hour ago and i cant stand up", "both_legs_weak"),
        (
            "the waiting room is freezing and my feet have gone cold and a bit purple. they warm "
            "up fine when i rub them and they dont hurt",
            None,
        ),
        ("my foot has gone cold and purple and it wont warm up", "cold_pale_leg"),
        (
            "sciatica down my right leg since last week. weeing normally, no numbness down below, "
            "both legs strong, just that shooting pain",
            None,
        ),
        ("sciatica in both legs and both legs weak since this morning", "both_legs_weak"),
        (
            "finally back at the theatre after chemo finished but my feet are still numb and "
            "tingly in the stalls, both of them",
            None,
        ),
        ("my cancer has spread to my back and now my legs are numb and weak", "cancer_spine_signs"),
        (
            "My mum sits under the dryer for forty minutes and when she gets up her legs tingle "
            "for a minute. Is that just sitting still at her age?",
            None,
        ),
        (
            "the tingling started in my feet and is going up my legs since yesterday",
            "ascending_weakness",
        ),
        (
            "After standing for a couple of hours my toes go purple-ish and tingle and feel numb. "
            "They come back once I get moving or warm up in the car.",
            None,
        ),
        ("both my legs just stopped working an hour ago", "both_legs_weak"),
        (
            "numb in both feet about 2 years now, creeping up really slowly, now round the "
            "ankles. no sudden change",
            None,
        ),
        (
            "She tested different spots on my hands and feet for numbness and tingling. "
            "Thankfully, I haven't been experiencing any numbness.",
            None,
        ),
        (
            "they checked my feet for numbness and now my foot is numb, cold and white",
            "cold_pale_leg",
        ),
        (
            "my foot went dead after sitting on the pedi stool, came back after a few mins, no "
            "weakness now n no face stuff, just wanted to check",
            None,
        ),
        ("my leg went dead for no reason, no weakness now", "stroke_signs"),
        (
            "sat in the pedi chair for an hour, when i got up both feet were pins n needles, for "
            "a sec i thought stroke lol but gone in 5 mins",
            None,
        ),
    ],
)
def test_the_thirty_eighth_sessions_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "this boxing class is killing me, heart was racing during the pad work but thats the "
            "point isnt it? calmed right down when we stopped",
            None,
        ),
        ("my heart is racing and my calf is swollen", "chest_symptoms"),
        (
            "After my hip op in 2022 I got a clot on the lung, I was really breathless, they "
            "treated it with blood thinners and it's all sorted. Is the exercise bike safe?",
            None,
        ),
        (
            "I'm breathless and my calf is swollen, it's all sorted with the GP tomorrow",
            "chest_symptoms",
        ),
        (
            "was real crook with a chest infection last month, coughed up blood for a couple of "
            "days, antibiotics cleared it and the doc said all good",
            None,
        ),
        ("coughed up blood this morning and my calf is swollen", "chest_symptoms"),
        (
            "Last year after my epidural my legs were numb for a day, the anaesthetist checked me "
            "and it all came back fine. Now just pins and needles when I sit cross legged.",
            None,
        ),
        ("had an epidural yesterday and my legs are still numb and weak", "spine_head_injury"),
        (
            "Watching Home and Away and one of them just collapsed with a stroke lol, the acting "
            "was shocking",
            None,
        ),
        ("is it bad if ur face go droopy", None),
        ("my face is drooping and ur arm is weak", "stroke_signs"),
        ("can u tell me in easy words what a stroke is", None),
        ("i get so wound up at his games my legs n fingers go all tingly, calms down after", None),
        (
            "the tingling is creeping up my legs since yesterday and my fingers are numb",
            "ascending_weakness",
        ),
        ("the fizz burns my mouth like drops of water on a hot pan", None),
        ("my face drops on one side and my mouth is crooked", "stroke_signs"),
        ("day two of the trek, up and over Dead Woman's Pass, headache at the top", None),
    ],
)
def test_the_thirty_eighth_sessions_second_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-ninth session's round: look-alikes of the blind sets mended, each beside
        # an emergency in nearly the same words, and emergencies told after a supposition
        # ("If ..., what should I do? it's happening now") that the start reader missed
        ("toes went white and numb on the lift, warmed them up and they're pink now", None),
        ("my toes are white and numb and cold and they wont warm up", "cold_pale_leg"),
        (
            "top of the black run my hands and feet went tingly from pure panic, sat down for "
            "10 min and it all settled",
            None,
        ),
        (
            "my hands and feet are tingling and i can barely walk since yesterday",
            "ascending_weakness",
        ),
        (
            "my leg went dead on the 15 min chairlift, couldnt feel it at the top and fell over "
            "getting off lol",
            None,
        ),
        ("my leg went dead an hour ago for no reason and i still cant feel it", "stroke_signs"),
        (
            "I've got a cold this week and one foot tingled after I sat on it, went when I "
            "stood up",
            None,
        ),
        ("my foot is cold and numb and i cant move it", "cold_pale_leg"),
        ("lol whole bum numb from the frozen chairlift seat, thawed out in 5 min in the hut", None),
        ("my bum is numb and i cant feel the toilet paper", "cauda_equina_signs"),
        (
            "my husband says his legs are like jelly and he can barely stand after 7 hours on the "
            "slopes lol. hes fine after a bath and a beer, just knackered. does thigh burn count "
            "as pins and needles??",
            None,
        ),
        ("his legs are numb and he can barely stand since this morning", "ascending_weakness"),
        (
            "when the pharmacist told me the price my legs went to jelly and I nearly had a heart "
            "attack on the spot",
            None,
        ),
        ("my legs gave way and went to jelly an hour ago and i cant get up", "both_legs_weak"),
        (
            "If one foot goes numb all of a sudden and you've got AF, is that a stroke? Me and my "
            "feet are fine, thankfully.",
            None,
        ),
        ("my foot went numb all of a sudden an hour ago, is that a stroke?", "stroke_signs"),
        ("marking 90 mocks has given me paralysis of the will lol", None),
        ("woke up and my leg is paralysed, i cant move my foot", "stroke_signs"),
        ("if my husband starts coughing blood during his detox is that a 999 thing", None),
        ("my husband started coughing blood an hour ago and his calf is swollen", "chest_symptoms"),
        (
            "getting panic attacks, i feel like i cant breathe but it passes in 10 mins once i "
            "do the breathing",
            None,
        ),
        ("i cant breathe and my calf is swollen", "chest_symptoms"),
        ("Hay fever is awful, my eyes stream so badly I can't see where the ball goes", None),
        ("I suddenly can't see out of one eye and my leg is numb", "stroke_signs"),
        ("by lunch time my upper back feels broken in this chair", None),
        ("fell off the ladder and my back feels broken, my legs are numb", "spine_head_injury"),
        (
            "If her face is drooping and she cant lift her arm, what should i do? its happening "
            "now",
            "stroke_signs",
        ),
        (
            "If my legs go weak and i cant feel my bum, what do i do? because thats happening now",
            "cauda_equina_signs",
        ),
        (
            "would it be an emergency if my face went droopy? it is drooping right now",
            "stroke_signs",
        ),
        ("would it be a stroke if my mum's face went droopy? it hasnt, shes fine", None),
        ("what if my face drooped? none of that is happening now, just curious", None),
    ],
)
def test_the_thirty_ninth_sessions_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-ninth session's second round: the blind sets' one miss, and look-alikes
        # mended beside an emergency in nearly the same words
        (
            "a rock came down on the scramble and hit my daughter's helmet about an hour ago. now "
            "she says her left leg is all tingly and she's been sick twice",
            "spine_head_injury",
        ),
        (
            "fell at the climbing wall and hit my helmet on the hold, no tingling or weakness, "
            "just a headache",
            None,
        ),
        (
            "thought i was coughing up blood for a sec then remembered i had a tooth out this "
            "morning and its just my gum",
            None,
        ),
        ("i am coughing up blood and my calf is swollen", "chest_symptoms"),
        ("swear if the pain clinic cancels one more time i'll have a stroke", None),
        ("i think im having a stroke, my face is drooping", "stroke_signs"),
        ("that runout gave me a heart attack and a stroke at the same time lmao", None),
        (
            "both my legs went weak after flu in 2015, it was guillain barre, was in hospital a "
            "month but recovered completely. right now just a tingle in my toe",
            None,
        ),
        (
            "the tingling is spreading up both legs since yesterday, is this guillain barre",
            "ascending_weakness",
        ),
        (
            "would it count as an emergency if my daughters face went droopy? shes totally fine "
            "right now, just asking",
            None,
        ),
        (
            "numb bum after 5 hrs in the day unit chair lol, went as soon as i walked to the car",
            None,
        ),
        ("my bum has gone numb and i cant feel when i wipe", "cauda_equina_signs"),
        (
            "Had a DVT and PE in 2020, calf swelled right up and I coughed blood. Fully sorted "
            "after 6 months of rivaroxaban.",
            None,
        ),
        (
            "had an epidural for my c-section in 2021, no problems at all after it. now i get "
            "pins and needles down my leg when i sit on the floor",
            None,
        ),
        ("had an epidural yesterday and both my legs are still numb", "spine_head_injury"),
        (
            "My daughter's having her broken foot put in a cast tomorrow. What signs would mean "
            "it's too tight?",
            None,
        ),
        ("legs like jelly and heart in my mouth on the crux, fine once i clipped the chains", None),
        (
            "If my calf swells on the flight and then I'm short of breath at base camp, how do I "
            "tell a clot from just the altitude?",
            None,
        ),
        ("my calf swelled on the flight and now I'm short of breath", "chest_symptoms"),
        (
            "my daughter nearly passed out when she saw the blood haha. sat with her head down "
            "for 5 mins and was totally fine",
            None,
        ),
        ("she passed out on the wall ten minutes ago and her calf is swollen", "chest_symptoms"),
        (
            "drinks most nights n now both my feet tingle n feel like cotton wool, been creeping "
            "up for months",
            None,
        ),
        ("the numbness is creeping up my legs since this morning", "ascending_weakness"),
        ("wind on the platform is brutal, my cheeks n ears go numb waiting for the bus", None),
        ("one side of my face went numb ten minutes ago and my arm is weak", "stroke_signs"),
    ],
)
def test_the_thirty_ninth_sessions_second_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the thirty-ninth session's third round: the blind sets' two misses, and look-alikes
        # mended beside an emergency in nearly the same words
        (
            "smacked the back of my neck on the coping landing a drop in, like 20 min ago. now "
            "tingling down my right arm and right leg, feels electric",
            "spine_head_injury",
        ),
        (
            "took a pedal to the shin at the trails about 3 hrs ago. shin is rock hard and "
            "swollen shiny, pain is way worse than any bruise",
            "compartment_signs",
        ),
        ("that comedown hit me like a stroke honestly, brain is mush", None),
        ("i think im having a stroke, my face has dropped on one side", "stroke_signs"),
        (
            "feet freezing and a bit purple cos my sleeping bag slipped off, got them back in "
            "and the colour came straight back",
            None,
        ),
        ("my foot is purple and freezing and the colour wont come back", "cold_pale_leg"),
        (
            "was absolutely legless last night, couldnt feel my legs ha. today im just hungover",
            None,
        ),
        ("i cant feel my legs and i cant stand up, started an hour ago", "both_legs_weak"),
        (
            "Grandad only speaks Gujarati and has never had cancer, he just has pins and needles "
            "in his heel on and off",
            None,
        ),
        ("my dad cant speak english and his face is drooping", "stroke_signs"),
        ("his speech is slurred and he cant speak properly since this morning", "stroke_signs"),
        (
            "in Bangladesh the doctor said numbness around the bottom is a bad sign, is this "
            "true? she doesnt have that",
            None,
        ),
        (
            "my mum says her bottom has gone numb and she cant feel the toilet paper",
            "cauda_equina_signs",
        ),
        (
            "making a phrase card for elders: what words mean a leg problem is an emergency, "
            "for example if someone says their leg went cold",
            None,
        ),
        ("my heelflips are so bad they give people a stroke 😂", None),
        (
            "legs were absolute jelly after 4 hours at the skatepark yesterday, couldnt feel them. "
            "woke up today just sore, walking totally fine",
            None,
        ),
        ("both my legs went to jelly an hour ago and now i cant walk", "both_legs_weak"),
        ("can u have a stroke from hitting ur head on a ramp", None),
        ("hit my head on the ramp and now my face is drooping", "stroke_signs"),
        (
            "my dad had cancer that spread to his spine, his legs went numb - that was 10 years "
            "ago, he passed. im 34, never had cancer, just tingly toes after kneeling",
            None,
        ),
        ("my cancer has spread to my spine and my legs have gone numb", "cancer_spine_signs"),
        (
            "My wife wants an epidural - I've heard numb legs after an epidural is an emergency, "
            "is that true?",
            None,
        ),
        (
            "feet went white and numb in the wellies, warmed up and pinked up within 20 mins, all "
            "the feeling back",
            None,
        ),
        (
            "hands and feet went tingly after a bad job, settled after 20 mins of breathing, I "
            "know it was panic",
            None,
        ),
        (
            "walking from the car park my calf cramps up and my foot goes tingly and cold, i stop "
            "for a bit n it eases",
            None,
        ),
        (
            "fell asleep on my side with my legs stacked and my top leg was completely dead, "
            "nearly fell over",
            None,
        ),
        ("my leg went completely dead, it resolved yesterday but its back", "stroke_signs"),
        (
            "short of breath and my calf is swollen, it resolved yesterday but its back",
            "chest_symptoms",
        ),
    ],
)
def test_the_thirty_ninth_sessions_third_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the fortieth session's first two rounds: the blind sets' four misses, their
        # look-alikes, and the emergencies written beside each mend in nearly the same words
        (
            "Did the cold plunge 40 mins ago. My right foot went white like the other one but the "
            "other one's gone pink again and this one hasn't. It's still white and icy even in the "
            "warm lounge, I can't feel my toes and it's agony",
            "cold_pale_leg",
        ),
        (
            "an hour after the ice bath my toes are still blue and they wont warm up, cant feel "
            "them and its agony",
            "cold_pale_leg",
        ),
        (
            "after the ice bath my toes were still white even in the warm but they're pinking up "
            "now",
            None,
        ),
        (
            "cold plunge this morning, toes still white n icy for a bit even indoors but back to "
            "pink after 20 mins",
            None,
        ),
        (
            "my toes are still white and not pinking up even by the fire, cant feel them",
            "cold_pale_leg",
        ),
        (
            "the verruca i picked at after the pool has gone yellow and oozy and the red has "
            "spread right across my foot. temp 38.9 and i feel rough",
            "foot_infection",
        ),
        (
            "Im a team mascot, a kid ran full speed into me and my big foam head snapped my neck "
            "sideways. Its been 2 hours, neck is sore and now pins and needles down my leg",
            "spine_head_injury",
        ),
        (
            "my mum had cancer in her spine and went numb in her legs, she passed in 2018. my foot "
            "tingles a bit after sitting on the floor to meditate",
            None,
        ),
        (
            "my mum has cancer in her spine and went numb in her legs this morning, she is scared",
            "cancer_spine_signs",
        ),
        (
            "question: if a security guard on his own at 3am suddenly lost the feeling in one "
            "leg, should he ring 999?",
            None,
        ),
        (
            "if i sit long my leg goes numb but today suddenly my leg went numb and i cant move it",
            "stroke_signs",
        ),
        (
            "sat cross legged on the tiny bench for an hour, my leg went completely dead n i "
            "nearly fell over when they came out 🙈 fine now",
            None,
        ),
        (
            "Honestly thought I was having a heart attack during the penalties 😅 heart pounding "
            "out of my chest. Calm now.",
            None,
        ),
        ("my heart is pounding and my calf is swollen, trying to stay calm now", "chest_symptoms"),
        (
            "the price of this spa package gave me actual chest pains lol. my foot tingled after "
            "reflexology, fine by lunch",
            None,
        ),
        (
            "these leggings are so tight my legs feel like theyre in a plaster cast lmao",
            None,
        ),
        ("my leg is in a plaster cast and my toes are numb and white", "compartment_signs"),
        (
            "The tingling in my feet has been creeping up my shins over about 3 years now. My GP "
            "has checked my sugars and B12",
            None,
        ),
        (
            "writing for my wife shes 34 wks. her left calf is swollen, hot n sore to touch and "
            "her left foot keeps tingling",
            None,
        ),
        (
            "No problems going to the toilet or any numbness down below, just the sciatica down "
            "my leg",
            None,
        ),
        (
            "heart was racing when the alarm went off on site at 3am but it was just a fox. anyway "
            "the reason im messaging, my left foot tingles in the patrol car",
            None,
        ),
        (
            "Sat on a frozen shooting stick three hours and couldn't feel my backside for ten "
            "minutes after. All back now and peeing fine",
            None,
        ),
        ("i cant feel my backside and i cant pee since this morning", "cauda_equina_signs"),
        (
            "woke up at 2pm after nights with my arm and leg on one side totally numb because my "
            "other half was lying on me lol. fine within a minute of moving",
            None,
        ),
        (
            "slept in the bunk with my knees bent up and woke with my foot gone all fizzy, "
            "couldnt feel the floor for a min. fine now",
            None,
        ),
    ],
)
def test_the_fortieth_sessions_first_rounds(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the fortieth session's third round: the blind sets' miss and look-alikes mended beside
        # an emergency in nearly the same words
        (
            "got out of the river after a capsize about 40 min ago. warmed up everywhere except "
            "my left foot which is still white and freezing and really really hurts, the right "
            "foot is pink and fine now. cant wiggle my left toes",
            "cold_pale_leg",
        ),
        (
            "warmed up everywhere except my feet which are still white, they always take "
            "longest, pink now",
            None,
        ),
        (
            "Would it count as a stroke if both my cheeks went numb from the wind on the lake?",
            None,
        ),
        ("both my cheeks went numb and my face is drooping on one side", "stroke_signs"),
        (
            "If a trader's face drops or they can't lift an arm, is it ring 999 straight away?",
            None,
        ),
        (
            "if your calf swells up on a long walk and then you get short of breath, is that the "
            "clot thing?",
            None,
        ),
        (
            "my calf swelled up on a long walk and now im short of breath, is that the clot thing?",
            "chest_symptoms",
        ),
        (
            "got glassed in a pub fight back in 2015, concussion and stitches, fully better years "
            "ago. now just pins and needles in my shin when i kneel",
            None,
        ),
        (
            "got concussion last week, fully better now but today both my legs went numb after i "
            "fell again",
            "spine_head_injury",
        ),
        (
            "I had a mini stroke in March, arm went weak for 10 minutes, seen at the stroke clinic "
            "that week, nothing since",
            None,
        ),
        ("my arm went weak ten minutes ago and my speech is slurred", "stroke_signs"),
        (
            "left calf swollen n warm and sore since the 8hr drive up to the reserve, and the foot "
            "is tingly. no breathlessness or chest pain tho",
            None,
        ),
        (
            "We've tried a blackout cover over the buggy. Any tips for getting toddlers to sleep?",
            None,
        ),
        ("I had a blackout this morning and my calf is swollen", "chest_symptoms"),
        # a death told after a comma ends the story before it, but "passed out" is a faint: at
        # the review, "she passed" had read it as a death (in the next sentence too, before)
        (
            "my mum had cancer in her spine, she passed out this morning and now her legs are "
            "numb and weak",
            "cancer_spine_signs",
        ),
        (
            "My mum had breast cancer that spread to her spine. She passed out this morning and "
            "her legs are numb and weak.",
            "cancer_spine_signs",
        ),
    ],
)
def test_the_fortieth_sessions_third_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the forty-first session's first two rounds of blind sets: emergencies the start reader
        # missed, and look-alikes written beside each mend (None: no emergency); the start reader
        # gets 25 of these 44 wrong
        (
            "both my legs are tingling and they feel weaker every hour since my shift ended",
            "both_legs_weak",
        ),
        (
            "a trolley rolled over my shin 2 hours ago, the calf is swelling up tight and the "
            "ibuprofen is doing absolutely nothing, my foot is pins and needles",
            "compartment_signs",
        ),
        (
            "my calf has been hot and swollen since the flight and i just coughed into a tissue "
            "in the bathroom and theres blood in it",
            "chest_symptoms",
        ),
        (
            "coughed into my hanky just now and theres blood in it, my calf is fat and sore after"
            " the long drive",
            "chest_symptoms",
        ),
        (
            "my grandad had cancer in his spine and ended up in a wheelchair, god rest him. my "
            "foot tingles when i sit on the tractor",
            None,
        ),
        (
            "he had cancer in his spine and went numb in his legs, god rest him. my leg tingles "
            "when i sit in the van",
            None,
        ),
        (
            "my dad had cancer in his spine and went numb in both legs, god rest him. now my face"
            " is drooping and i cant lift my arm",
            "stroke_signs",
        ),
        (
            "legs went weak when my horse came in at 20-1, could not stop grinning. my foot "
            "tingles on the bar stools",
            None,
        ),
        (
            "sales are so bad the manager is having chest pains lol. my foot goes numb in the car",
            None,
        ),
        (
            "sat cross legged on the floor for 3 hours and now my right foot is full of pins and "
            "needles, cant stand up on it lol",
            None,
        ),
        (
            "i cant stand up and both my legs are numb and tingling, it started in my feet "
            "yesterday",
            "ascending_weakness",
        ),
        (
            "had a panic attack last night: heart racing, couldnt breathe, lips tingly and hands "
            "and feet tingling. it passed after 15 minutes of slow breathing",
            None,
        ),
        ("my knee socks are so tight that by the afternoon my shins and feet tingle", None),
        ("my voice has completely gone from shouting at the match, any remedies?", None),
        ("my speech has gone funny and my face is drooping", "stroke_signs"),
        (
            "my toes went white and numb when the heating broke at work, fine once i got home and"
            " warmed up by the radiator",
            None,
        ),
        (
            "several times a week my foot goes completely numb while im leaning over the bench, "
            "it always comes back after i get up",
            None,
        ),
        (
            "my right leg has suddenly gone completely dead and i havent been sitting on it",
            "stroke_signs",
        ),
        (
            "ive been googling cellulitis all night because the top of my foot tingles after my "
            "tattoo",
            None,
        ),
        ("my foot is red and hot and oozing pus and ive got a fever", "foot_infection"),
        (
            "my foot went dead sat on the floor at the gig, went after a few mins walking around",
            None,
        ),
        (
            "what if your face suddenly droops and you cant lift your arm? it is happening to me "
            "right now",
            "stroke_signs",
        ),
        (
            "would it be an emergency if his face drooped and he couldnt lift his arm? its "
            "happening to him right now",
            "stroke_signs",
        ),
        (
            "his big toe has gone black where his new boots rubbed last week, he is diabetic and "
            "cant feel his feet",
            "foot_infection",
        ),
        (
            "hit a deer on the way home, my neck got jerked hard and now both my feet are buzzing",
            "spine_head_injury",
        ),
        (
            "my right foot suddenly went white and ice cold in the freezer and its agony, ive "
            "been in the warm 15 mins and its still white, my left foot has gone back to normal "
            "pink",
            "cold_pale_leg",
        ),
        (
            "this client has given me three heart attacks today. my leg went dead sat on her "
            "kitchen stool, came back the second i walked to the car",
            None,
        ),
        ("i cant control my bowels and my bum is numb since this morning", "cauda_equina_signs"),
        (
            "the price of that lens nearly gave me chest pains lol. my legs tingle after sitting "
            "on the cold ground",
            None,
        ),
        (
            "both my legs went to sleep sitting cross legged on the floor, couldnt stand for a "
            "sec, then they were fine within a few minutes",
            None,
        ),
        ("the brides dad looked like he was having a stroke when the bill came", None),
        (
            "my first dance nearly made me faint from boredom. real question: why do my toes "
            "tingle in dress shoes?",
            None,
        ),
        (
            "the manager basically had a heart attack when the cake collapsed. my foot tingles "
            "driving the van",
            None,
        ),
        ("he collapsed at the reception and his legs are weak and numb", "both_legs_weak"),
        (
            "is a foot going cold and pale an emergency? not happening to anyone, my mum had a "
            "bypass years ago",
            None,
        ),
        (
            "boss says were doing doubles all week, my legs went weak and my heart stopped lol. "
            "feet tingly from the boots",
            None,
        ),
        (
            "cant pee on shift cos the supervisor wont let us off the line lol, legs tingle from "
            "standing",
            None,
        ),
        ("i cant pee since this morning and my bum is numb", "cauda_equina_signs"),
        (
            "my breathing goes fast and i get pins and needles round my lips when i panic, which "
            "is funny given my patients leave with numb lips",
            None,
        ),
        (
            "kneeling under the desk fixing cables, right leg completely dead, now the pins n "
            "needles are coming back",
            None,
        ),
        ("is it bad that my foot goes numb on my saddle stool at work?", None),
        (
            "after a few hours carrying my pack my fingers tingle and my arms feel heavy, "
            "loosening the straps fixes it",
            None,
        ),
        (
            "toes went white and numb on the hill in the rain, came back burning when i warmed up"
            " in the pub. happens whenever my feet get cold",
            None,
        ),
        (
            "i sit with one leg tucked up under me at the club. last night my foot had gone "
            "completely dead and i nearly fell. it tingled for a minute and then it was fine",
            None,
        ),
    ],
)
def test_the_forty_first_sessions_first_rounds(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the forty-first session's third round: the start reader gets 21 of these 30 wrong
        (
            "coughed into a tissue in the sluice just now and there was bright blood in it, my "
            "calf is hot and swollen",
            "chest_symptoms",
        ),
        (
            "been in the toilet 10 minutes trying to go and nothing comes even though im "
            "bursting, and my back is killing me with pins and needles down my leg",
            "cauda_equina_signs",
        ),
        (
            "had breast cancer 5 years ago, now a new pain in the middle of my back that wakes me"
            " and both legs feel numbish",
            "cancer_spine_signs",
        ),
        (
            "my right foot has gone floppy since breakfast, i keep catching the toe, no knock or "
            "bump",
            "stroke_signs",
        ),
        (
            "would it be an emergency if my calf swelled up and then i got out of breath? my calf"
            " is fine, not swollen, i can breathe fine",
            None,
        ),
        (
            "would it be an emergency if my calf swelled up and then i got out of breath? because"
            " its happening now",
            "chest_symptoms",
        ),
        (
            "if one of the lads foot went cold and blue while he was lifting, is that a 999 job?",
            None,
        ),
        ("walked 14 miles today, legs are dead and im basically paralysed on the sofa lol", None),
        (
            "my face droops every time they offer me another shift haha. serious q tho, my toes "
            "tingle after kneeling",
            None,
        ),
        (
            "6 hours in the cab, got out and my right leg was completely dead, couldnt feel a "
            "thing. stamped about for 2 mins and its totally back to normal",
            None,
        ),
        (
            "customer nearly had a heart attack at the bill. my foot gets pins and needles when i"
            " kneel on the van floor strapping stuff",
            None,
        ),
        (
            "had a blocked artery in my leg in 2021, foot went white and they stented it. its "
            "been perfect since",
            None,
        ),
        (
            "banged my head on the door frame last month, checked at a and e, all clear, no "
            "symptoms since. tingly foot today from kneeling",
            None,
        ),
        ("the lads say i get a racing heart whenever she brings the tea out lol", None),
        (
            "my feet were white and numb after standing in the ice slurry all shift, now theyre "
            "pink and normal again",
            None,
        ),
        ("does chest pain with a swollen leg mean a clot? ive got neither, just asking", None),
        (
            "can never pee on the boat with people waiting, been like that since i was a kid, "
            "just stage fright",
            None,
        ),
        (
            "woke with my arm and leg on the same side completely dead, id been lying on them. "
            "they came back in a minute or so, fine now",
            None,
        ),
        (
            "drinking most nights, and now the soles of both feet burn and tingle, crept up over "
            "the summer",
            None,
        ),
        (
            "my feet and lower legs have been slowly getting more tingly and numb over the past "
            "couple of years, both sides",
            None,
        ),
        (
            "i sit on a stool with my legs tucked round the base and my left leg goes completely "
            "dead, fine when i stand",
            None,
        ),
        (
            "yesterday on the low stool my right leg went dead, it went as soon as i walked around",
            None,
        ),
        (
            "rode home in the pissing rain, boots leaked, toes went numb, warmed up by the fire "
            "and back to normal",
            None,
        ),
        (
            "before anyone says stroke - face fine, arms fine, talking fine. my foot goes dead on"
            " the bike",
            None,
        ),
        ("my face has dropped on one side and my arm is weak, is it a stroke?", "stroke_signs"),
        # an "if" told in the present tense with "right now" says it is so (the start reader
        # missed these two; "if my face is drooping right now" it read)
        ("if my foot is cold, white and numb right now what do i do", "cold_pale_leg"),
        ("if my leg is suddenly numb and weak right now what do i do", "stroke_signs"),
        ("what would i do if my leg went numb right now, would i ring 999?", None),
        # blood coughed into a tissue with anything told between (the start reader missed both)
        (
            "coughed into a tissue at my desk an hour ago and there was some blood in it, my calf "
            "is swollen",
            "chest_symptoms",
        ),
        ("coughed into my hanky on the bus this morning and it came away bloody", "chest_symptoms"),
    ],
)
def test_the_forty_first_sessions_third_round(text: str, finding: str | None) -> None:
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "on a call at my desk and my right foot suddenly went numb and floppy, i "
            "wasnt crossing my legs or leaning on anything",
            "stroke_signs",
        ),
        (
            "in the van after work and my left foot just suddenly went numb, wasnt "
            "kneeling or sitting on it",
            "stroke_signs",
        ),
        (
            "my foot went dead after an hour at my desk, i was sitting on it, fine after a minute",
            None,
        ),
        (
            "calf swollen and hot since the drive, and now i cant get up my own stairs "
            "without gasping",
            "chest_symptoms",
        ),
        (
            "my leg has been puffy and sore since the flight and i couldnt climb the "
            "stairs without puffing this morning",
            "chest_symptoms",
        ),
        (
            "hurt my back lifting a boiler and now both legs have gone numb and im "
            "holding onto the van to stay upright",
            "both_legs_weak",
        ),
        (
            "both my legs went heavy and numb and she is clinging to the worktop to stay up",
            "both_legs_weak",
        ),
        (
            "my mate keeps reading about that illness where the tingling climbs up both "
            "legs, he hasnt got it, his legs are fine",
            None,
        ),
        (
            "is it true you can get a clot in your leg from a long drive? asking for the "
            "lads, nobody has one",
            None,
        ),
        (
            "someone at work said you can get paralysed from a slipped disc, is that "
            "right? my back is fine",
            None,
        ),
        (
            "does a stroke ever just make your leg go numb? writing a first aid poster for work",
            None,
        ),
        ("would it be a 999 if my face drooped or my speech went? just asking, im fine", None),
        ("would it be a 999 if my face drooped? it is drooping right now", "stroke_signs"),
        ("would it be an emergency if my face drooped? it is drooping right now", "stroke_signs"),
        ("is sciatica in both legs an emergency? mine has only ever been down the left", None),
        (
            "had a mini stroke in 2020, face went droopy for ten minutes, had the scans, "
            "nothing since. just pins and needles from sitting today",
            None,
        ),
        (
            "my old gaffer lost control of his bladder from a bad disc years back, hes "
            "fine now. my calf tingles after kneeling",
            None,
        ),
        (
            "my heart was racing after the big wave, an hour later totally calm, everything normal",
            None,
        ),
        ("both legs were like jelly after the hill, fine after a nights sleep", None),
        (
            "my heart is racing and my chest hurts and my calf is swollen, everything "
            "normal yesterday",
            "chest_symptoms",
        ),
        (
            "every time a customer shouts at me my chest goes tight and my fingers "
            "tingle, gp says panic, always settles",
            None,
        ),
        (
            "a caller said i sounded slurred but my headset mic was cutting out, swapped "
            "headsets and its fine",
            None,
        ),
        ("my speech is slurred and my face feels droopy, im on the phone at work", "stroke_signs"),
        ("legs are dead after the double shift, couldnt walk another step, just need a bath", None),
        (
            "chest went tight during the argument and settled like always after ten "
            "minutes of breathing",
            None,
        ),
        (
            "the man we buried today died of a clot, his leg swelled and then he couldnt "
            "breathe. my foot just tingles after driving",
            None,
        ),
        (
            "my uncle died of a clot last year. now my calf is swollen and i cant breathe",
            "chest_symptoms",
        ),
        ("i get tingly toes after cold surfs, is that normal?", None),
        (
            "just out of the sea and my foot is white and ice cold and numb, an hour "
            "later still white",
            "cold_pale_leg",
        ),
        (
            "big interview tomorrow and ive got butterflies, fingers and toes tingly, "
            "settles when i breathe slow",
            None,
        ),
        (
            "my foot goes completely dead in the nursing chair, usually 20 minutes, i "
            "nearly tripped on the stairs once",
            None,
        ),
        ("leg went dead sitting in traffic with my foot on the clutch", None),
        (
            "woke up with my whole leg numb from the hip down after dozing in the chair, "
            "shakes off quick once i walk",
            None,
        ),
        ("i fell down the stairs and hurt my back and now both legs are numb", "both_legs_weak"),
        (
            "my wife (farm vet) has breast cancer, new back pain this week and today her "
            "legs are weak and tingly",
            "cancer_spine_signs",
        ),
        (
            "saw a collie with his back legs paralysed today, couldnt feel his tail. my "
            "own foot tingled after kneeling with him, gone now",
            None,
        ),
        (
            "our lurcher has tick paralysis creeping up from his hind legs. my own legs are fine",
            None,
        ),
        (
            "the dog pulled me over on the ice, i hit my back and now both my legs are numb",
            "spine_head_injury",
        ),
        (
            "numb round my bum like ive been sat on ice and i cant feel when i wipe",
            "cauda_equina_signs",
        ),
        (
            "had a pe in 2017, coughed up blood back then, all fine now, just pins and "
            "needles after sitting",
            None,
        ),
        ("my boss gives me chest pains lol, anyway my foot goes dead in the van", None),
        (
            "what signs mean a numb leg is serious, like a foot going cold and white? its"
            " for a first aid poster",
            None,
        ),
        (
            "missed the bus by a second and i nearly fainted lol, leg fine, just tingly "
            "from sitting",
            None,
        ),
        (
            "if i fell off a ladder and hurt my back and my legs went numb, is that a and"
            " e? im fine right now",
            None,
        ),
        ("my leg went dead sitting on the floor, fine after about five minutes", None),
        (
            "my mate said a numb leg can be a stroke, is that true? mine only goes dead "
            "when i kneel",
            None,
        ),
        ("my knee aches after breaststroke, should i switch strokes?", None),
        ("the table in the staff room has a wobbly leg, fix it before it collapses", None),
        ("i collapsed in the shower and my calf is swollen", "chest_symptoms"),
        ("couldnt stand through the whole service without my feet tingling, theyre fine now", None),
        ("lying on the creeper all morning and my feet tingled when i got up", None),
        (
            "tingling in my feet started at the toes and crept up to my knees over "
            "months, drinking a lot",
            None,
        ),
        (
            "tingling started in my toes yesterday and today its creeping up to my knees "
            "and my legs are weak",
            "ascending_weakness",
        ),
        ("my toes go white and numb after cold swims, it happens every week in winter", None),
        (
            "my uncle had cauda equina years back, couldnt pee, rushed in for surgery. "
            "hes grand now. my toes tingle after walking",
            None,
        ),
        (
            "lost my footing on the ladder and went down about six steps on my back, now "
            "both legs are numb",
            "spine_head_injury",
        ),
        (
            "i tumbled down the stairs an hour ago and landed on my back, now my feet are tingling",
            "spine_head_injury",
        ),
        ("i went down the stairs this morning and my foot tingled a bit, fine now", None),
        (
            "legs like jelly after the half marathon, sat down had a brew and theyre back"
            " to normal",
            None,
        ),
        ("my legs are like jelly and i cant stand, it started an hour ago", "both_legs_weak"),
        (
            "the customer changed her mind again and my face literally dropped. my foot "
            "is dead from kneeling, coming back now",
            None,
        ),
        ("my face dropped on one side and my speech is slurred", "stroke_signs"),
        ("my face literally dropped on one side ten minutes ago", "stroke_signs"),
        ("that linesman must have been having a stroke lol. my toes tingle in tight boots", None),
        ("i think i must be having a stroke, my face is drooping", "stroke_signs"),
        ("coughing up blood? no thats beetroot juice lol", None),
        ("been coughing up blood since this morning and my calf is swollen", "chest_symptoms"),
        ("carried the twins all day, my back is broken lol, legs a bit tingly from sitting", None),
        ("fell off the roof, my back is broken and i cant feel my legs", "spine_head_injury"),
        (
            "hurt my back lifting boxes at work yesterday, sore but walking fine, toes a "
            "bit tingly",
            None,
        ),
        ("i fell and hurt my back an hour ago and now my legs are numb", "spine_head_injury"),
        (
            "my toe has been infected for 3 days, its red hot and swollen and i have a "
            "fever, im diabetic",
            "foot_infection",
        ),
        (
            "my toe was taken off last year for an infection, the wound has healed well, "
            "just tingly now",
            None,
        ),
        (
            "stood up off the bench and my left leg just isnt there, wasnt sat funny, "
            "went dead in one go ten minutes ago and i cant lift it",
            "stroke_signs",
        ),
        ("my foot went dead, i was sat funny on the stool, came back in a minute", None),
        ("my legs went to jelly when the boss walked in lol, foot tingles after driving", None),
        ("my legs went to jelly and gave way an hour ago and i cant stand", "both_legs_weak"),
        ("toes blue and cant feel them in the freezing shed, warmed up fine by the fire", None),
        ("my foot is cold and white and numb and it hasnt warmed up in an hour", "cold_pale_leg"),
        (
            "foot went dead and cold sat cross legged on the grass, stamped about, all "
            "warm now, colour normal",
            None,
        ),
        ("the grandkids have worn me out, my legs have fallen off lol", None),
        (
            "this spreadsheet is making me have a stroke lol, anyway my foot goes numb at my desk",
            None,
        ),
        ("i had a stroke an hour ago, my face is drooping", "stroke_signs"),
        ("panicky during the call, hands and feet tingly, settled after box breathing", None),
        ("is numbness in your bum an emergency? asking for the leaflet, i dont have it", None),
        (
            "my bum is numb and i cant pee since this morning, is numbness in your bum an"
            " emergency?",
            "cauda_equina_signs",
        ),
        (
            "i talk funny since the new dentures went in last month, foot tingles after sitting",
            None,
        ),
        ("my speech is slurred and my face droops since an hour ago", "stroke_signs"),
        ("leg goes dead on the sofa watching telly, goes once i get up", None),
        ("burning behind my breastbone after a curry, antacids help", None),
        ("heart thumping whenever i get myself in a state, fine once i calm down", None),
    ],
)
def test_the_forty_second_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-second session's sets (written sets 301-316, topic sets
    136-146), by round: beside round one 34 (13 wrong at dc200cf, among them "would it be an
    emergency if my face drooped? it is drooping right now", missed: the speller reads "drooped"
    "dropped", whose first letters are not those of "drooping"; `fulfilled_kin`), beside round two
    21 (6 wrong; left wrong: "our spaniel has paralysed back legs. my face is drooping and my speech
    is slurred", a vet's word anywhere makes the whole message an animal's, as at dc200cf), beside
    round three 18 (3 wrong), beside round four 18 (7 wrong)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "calf swollen and sore since sunday and i cant get up the stairs to my flat "
            "without gasping",
            "chest_symptoms",
        ),
        (
            "calf swollen since the flight and i cant walk up the steps at work without panting",
            "chest_symptoms",
        ),
        (
            "a drunk lad wet himself in the back of my cab last night, anyway my foot "
            "tingles at the rank",
            None,
        ),
        (
            "my husband wet himself on the sofa today and his back is killing him, legs numb",
            "cauda_equina_signs",
        ),
        (
            "had an epidural in 2019, fine since. is the epidural to blame for my foot "
            "tingling on long drives?",
            None,
        ),
        (
            "had an epidural this morning and my legs are still numb and weak, is the "
            "epidural to blame?",
            "spine_head_injury",
        ),
        (
            "my legs are dead after the double shift, cant stand lol. not literally, just tired",
            None,
        ),
        ("both my legs went weak an hour ago and i cant stand up", "both_legs_weak"),
        (
            "my nan says i drive like ive had a stroke, anyway my right foot tingles on "
            "the motorway",
            None,
        ),
        ("i think ive had a stroke, my face dropped and my arm is weak", "stroke_signs"),
        (
            "my hands and feet went tingly after the fight at the bar, i was shaking, all gone now",
            None,
        ),
        (
            "my hands and feet went tingly this morning and now my legs are weak and it "
            "is climbing",
            "ascending_weakness",
        ),
        (
            "legs gone white lol its chalk paint from the set, pins and needles after "
            "kneeling though",
            None,
        ),
        ("woke up with my foot tucked under me and the tingling went once i moved, normal?", None),
        ("the numbness is moving up both legs since this morning", "ascending_weakness"),
        (
            "honestly lost all feeling in my bum on this coach lol. joking aside, my foot tingles",
            None,
        ),
        (
            "my bum is numb and i cant pee since yesterday, joking aside this is scary",
            "cauda_equina_signs",
        ),
        ("legs like jelly after the walking tour, fine after a sit", None),
        ("heart racing just thinking about the exam, foot tingles when i sit", None),
        ("my heart is racing and my calf is swollen and hot", "chest_symptoms"),
        ("his face has dropped on one side and he cant talk properly", "stroke_signs"),
        ("bum went numb on the plastic chairs, comes back when i stand up", None),
        (
            "my bum is numb down there and it hasnt come back since this morning",
            "cauda_equina_signs",
        ),
        (
            "the shelf came down and caught him on the back of the head, now his leg is numb",
            "spine_head_injury",
        ),
        ("chest pain? only from reading the gas bill haha. foot tingles at my desk", None),
        ("if my face drooped at work would someone notice? my foot tingles", None),
        ("my face is drooping right now and my speech is slurred", "stroke_signs"),
        ("thrown my back out hoovering, bit of tingling down the back of my leg", None),
        ("i crossed my legs on the bus and my leg went dead, fine after a minute", None),
        (
            "my left leg suddenly went numb and dead an hour ago, i wasnt sitting on it",
            "stroke_signs",
        ),
        ("the sock left a red line round my calf, foot tingly after the long walk", None),
        (
            "there is a red line going up my leg from the cut on my foot and i feel feverish",
            "foot_infection",
        ),
        ("my knee wound is oozing clear fluid, no smell, no temperature", None),
        ("my foot wound is oozing pus and smells", "foot_infection"),
        (
            "seat on the ride on mower is rock hard, bum and leg numb after 2 hours, fine"
            " after a walk",
            None,
        ),
        ("my shoulder has seized up, cant lift my arm above shoulder level after painting", None),
        ("my arm suddenly went weak and i cant lift it and my face feels odd", "stroke_signs"),
        (
            "we had a patient in resus last night whose legs went weak, now i worry about"
            " my tingly foot",
            None,
        ),
        ("if one of our residents suddenly couldnt feel her legs would we ring 999?", None),
        ("would chest pain be an emergency if someone had a swollen calf? just reading up", None),
        ("i have chest pain and my calf is swollen, would that be an emergency?", "chest_symptoms"),
        ("concussion last year, fine after a week. leg tingles at the hot desk", None),
        ("the chairs kill my back and my leg goes dead in meetings", None),
        (
            "he fainted for few seconds, calf swollen since monday, now pale and sweating",
            "chest_symptoms",
        ),
        ("leg dead and cold after the long drive, walked around and now is back normal", None),
        (
            "got smacked round the back of the head in the scrum, now my left leg is tingling",
            "spine_head_injury",
        ),
        (
            "cracked the back of my head on the cupboard door, an hour later my legs are numb",
            "spine_head_injury",
        ),
        (
            "whacked round the head by a falling branch years ago, fine since, foot "
            "tingles at my desk",
            None,
        ),
        (
            "strapped my ankle up tight after i went over on it, now my calf feels like "
            "its going to burst and my toes are numb",
            "compartment_signs",
        ),
        (
            "bandaged my shin after the fall, it feels like its about to burst and my "
            "foot is pins and needles",
            "compartment_signs",
        ),
        ("bursting for a wee and my foot is pins and needles from sitting", None),
        ("if u had numbness down below would that be an emergency? just curious, im fine", None),
        ("i have numbness down below and cant pee, if u can help", "cauda_equina_signs"),
        ("my foot ulcer isnt red, hot or oozing, just slow to heal", None),
        ("no fever, chills or sweats but my foot ulcer is oozing pus and stinks", "foot_infection"),
        (
            "her leg went cold and blue in 2020, vascular op, full recovery. just tingly "
            "toes tonight",
            None,
        ),
        ("my leg has gone cold and blue in the last hour and it really hurts", "cold_pale_leg"),
        (
            "mini stroke 4 years ago, no more episodes since, today just a dead leg from the car",
            None,
        ),
        ("i had a mini stroke last year and now my face is drooping again", "stroke_signs"),
        ("we were all slurring after the works do, foot went dead on the sofa", None),
        ("my dad is slurring his words and he hasnt been drinking", "stroke_signs"),
        ("my left hand and left leg tingle if i crash on that side, gone by breakfast", None),
        ("my left hand and left leg went numb an hour ago out of nowhere", "stroke_signs"),
        ("legs are dead after the stocktake, paralysed from the waist down lol. just achy", None),
        ("tingling crept up past my ankle since tuesday, the left leg is normal", None),
        ("tingling is climbing up both legs since tuesday and now im wobbly", "ascending_weakness"),
        ("sat cross legged on the floor for the whole film, foot dead and cant stand lol", None),
        ("legs went dead on the loo, stamped about and theyre back", None),
        ("bad days where i cant get out of bed with the fatigue, good days i walk the dog", None),
        ("heart pounding and cant catch my breath, only when im panicking before a show", None),
        (
            "my heart is pounding and i cant catch my breath and my calf is swollen",
            "chest_symptoms",
        ),
        ("think my bakers cyst burst, calf hot and sore, foot a bit tingly", None),
        (
            "the neighbours dog bit my ankle yesterday, broke the skin, now the red is "
            "spreading up my leg and im shivery",
            "foot_infection",
        ),
        ("dog bit my ankle years ago, healed fine, ankle tingles in the cold", None),
        (
            "her foot is after going white and freezing and she says it hurts like hell",
            "cold_pale_leg",
        ),
        ("the swelling is after going down and his foot is warm and pink again", None),
        ("tingles when ive been on the ebike saddle too long, goes when i get off", None),
        (
            "numb down below and cant pee since this morning after riding my ebike",
            "cauda_equina_signs",
        ),
        (
            "is it true numbness between the legs is serious? i dont have that, just a tingly shin",
            None,
        ),
        (
            "her feet went blue in the snow but pinked up by the fire, warm and normal colour now",
            None,
        ),
        ("the chainsaw kicked back and hit my shin, no cut, bit tingly", None),
        ("i fell and hurt my back and now both my legs are weak and numb", "spine_head_injury"),
        ("joined a gym to tackle my weight, feet go numb on the cross trainer", None),
        (
            "got tackled hard at rugby and landed on my neck, now my arms and legs are tingling",
            "spine_head_injury",
        ),
        (
            "stuck in a jam for an hour because of an accident, left leg went dead on the clutch",
            None,
        ),
        ("we were in a car crash an hour ago and now my legs are tingling", "spine_head_injury"),
        ("heartburn up my chest after a curry, settles with antacids", None),
        ("crushing chest pain and my left arm is heavy, antacids did nothing", "chest_symptoms"),
        ("nan says shes paralysed by her new sofa its so comfy, just a tingly foot", None),
        ("both legs shaky after the class but i can walk fine, no numbness", None),
        ("my uncle had that back thing where you wet yourself, surgery sorted him years ago", None),
        ("grandad is after going very confused and his face is drooping", "stroke_signs"),
    ],
)
def test_the_forty_third_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-third session's sets (written sets 317-336, topic sets
    147-160), by round: beside rounds one to three 45 (19 wrong at d5dea66), beside round four 27
    (7 wrong), beside round five 20 (2 wrong)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "showed the kids a racing dive and clipped the bottom with my head, now my hands "
            "and feet are tingling",
            "spine_head_injury",
        ),
        (
            "clipped my head on the bottom of the pool diving in, neck sore, now both legs "
            "feel weak",
            "spine_head_injury",
        ),
        ("clipped my toenails and my back aches a bit, foot tingles when i sit", None),
        (
            "strapped her ankle up tight after she went over on it, now her toes are numb and "
            "the pain is way worse than when she did it",
            "compartment_signs",
        ),
        (
            "bandaged his ankle after he went over on it, toes numb now and its worse than "
            "when it happened",
            "compartment_signs",
        ),
        (
            "the split between my toes is red and swollen up to my ankle and ive got a "
            "temperature of 38.6",
            "foot_infection",
        ),
        (
            "split between his toes from the pool floor, whole foot hot and swollen, fever tonight",
            "foot_infection",
        ),
        ("split between my toes from athletes foot, itchy, no redness", None),
        ("cant feel my legs after that shift lol, in the tired sense, they work fine", None),
        ("cant feel my legs after a double shift, in the knackered sense, just achy", None),
        ("cant feel my legs and they wont hold me up, this is not a joke", "both_legs_weak"),
        (
            "my old sergeant had a stroke back in 2012, face dropped, he's alright now. my "
            "foot tingles kneeling",
            None,
        ),
        ("the sarge's face has dropped on one side and he cant get his words out", "stroke_signs"),
        ("my foot tingles after standing on the cold tiles and goes when i warm up", None),
        ("foot tingles after the cold floor, went as soon as i put my slippers on", None),
        ("my foot is white and ice cold and wont warm up and i cant feel it", "cold_pale_leg"),
        (
            "slipped on ice last winter and cracked my head, all healed, scans were clear. "
            "foot tingles kneeling today",
            None,
        ),
        (
            "cracked my head on the shelf this morning and now my leg is tingling",
            "spine_head_injury",
        ),
        ("numb bum on the bench for hours, goes when i walk about", None),
        (
            "numb bum and cant pee since this morning, it doesnt go when i walk about",
            "cauda_equina_signs",
        ),
        (
            "heart was racing when the smoke alarm went off, settled in a minute. foot "
            "tingles sitting",
            None,
        ),
        ("heart racing for an hour now and chest tight, calf swollen", "chest_symptoms"),
        ("toes went white on the hill, warmed em up in the car, now pink and tingly", None),
        ("hurt my back carrying a sofa six weeks ago, pins and needles down my leg since", None),
        ("stressed to bits about my exams, feet and fingers tingle when im worked up", None),
        (
            "tingling started in my feet and fingers two days ago and now my legs are getting weak",
            "ascending_weakness",
        ),
        (
            "3 aqua classes back to back and i cant feel my legs 😂 only actual thing is a "
            "tingle in my knee from kneeling",
            None,
        ),
        (
            "my feet are gonna fall off after this tour, tingle when i stand at the merch table",
            None,
        ),
        (
            "my arms are about to fall off from carrying the amps, foot went dead sat in the "
            "van, fine once i got out",
            None,
        ),
        ("my wifi is having a stroke again lol, foot went to sleep waiting", None),
        ("my game keeps having a heart attack, leg numb from sitting", None),
        ("my dad is having a stroke, his face is drooping and he cant talk", "stroke_signs"),
        (
            "my mums had that back thing where you lose control of your bladder, years ago, "
            "sorted by surgery",
            None,
        ),
        (
            "i think its that thing where you cant feel down below, my bum is numb and i cant "
            "wee since this morning",
            "cauda_equina_signs",
        ),
        (
            "the comedian did a face droop impression of his dad, anyway my foot tingles on "
            "the stool",
            None,
        ),
        (
            "his face has dropped on one side and hes slurring, not doing an impression, hes "
            "scared",
            "stroke_signs",
        ),
        (
            "dentist numbed half my face this afternoon so im slurring, should wear off in a "
            "few hours",
            None,
        ),
        (
            "im slurring my words and my face feels numb and no ive not been to the dentist",
            "stroke_signs",
        ),
        ("my cousin asked if numbness down below is serious, none of us have it", None),
        (
            "'heart attack' is just what we call the boss walking in lol, my calf tingles "
            "after sitting",
            None,
        ),
        (
            "if i had a cast on and my foot went white would i call 999? no cast, just wondering",
            None,
        ),
        (
            "my son ran his scooter into the back of my knees and i landed on my bum, didnt "
            "hit my head, foot tingles when i sit",
            None,
        ),
        (
            "fell backwards off the step onto my back and now my legs are numb and tingling",
            "spine_head_injury",
        ),
        ("hauled the boxes up to the loft yesterday, lower back aches, tingly down one leg", None),
        (
            "the numbness has crept up from my feet to my knees since friday and my legs are weak",
            "ascending_weakness",
        ),
        (
            "toes went white in the cold then bright red and tingly in the car, happens every "
            "cold morning walk",
            None,
        ),
        ("pool was freezing, toes went white and numb, took ages to come back in the shower", None),
        (
            "feet on the cold laminate floor all evening, cold and a bit bluish, warm shower "
            "sorts them out",
            None,
        ),
        (
            "my foot suddenly went cold, white and numb an hour ago and it hurts like mad",
            "cold_pale_leg",
        ),
        (
            "heartburn every night, burning behind my breastbone after pizza, goes away if i "
            "sit upright and have some antacid",
            None,
        ),
        (
            "crushing pain behind my breastbone spreading to my jaw and i feel sweaty and sick",
            "chest_symptoms",
        ),
        ("heart going like the clappers before the show, its just nerves, feet tingly", None),
        (
            "after half a mile my calf aches and my foot goes cold and numb, if i stop it all "
            "settles and i carry on",
            None,
        ),
        (
            "left leg went numb from my bum down the back to my heel after the school run, "
            "twinge in my back",
            None,
        ),
        ("numb from the waist down and i cant move my legs", "both_legs_weak"),
        ("carrying a surdo in the parade, feet tingly after from the strap", None),
        (
            "my brother took a cricket ball to the head, hes talking but his legs have gone "
            "numb and tingly",
            "spine_head_injury",
        ),
        ("took a football to the face at training, nose fine, foot tingles when i kneel", None),
        (
            "found mum on the kitchen floor this morning with a lump on her head and now her "
            "legs feel all pins",
            "spine_head_injury",
        ),
        ("my feet feel all pins and needles after sitting cross legged, gone once i stood", None),
        (
            "he banged his shin on the coffee table and now the calf is rock hard and hes "
            "crying with it, foot tingly",
            "compartment_signs",
        ),
        (
            "plaster on since friday, toes are fat and fizzy, paracetamols done nothing",
            "compartment_signs",
        ),
        (
            "washing him tonight and he didnt feel a thing round his bum, and hes wet the "
            "bed, never does",
            "cauda_equina_signs",
        ),
        (
            "no pain just numbness down below and i cant pee since this morning",
            "cauda_equina_signs",
        ),
        ("no pain just my face drooping on one side since an hour ago", "stroke_signs"),
        ("not numb just knackered, legs like jelly after the dance", None),
        (
            "if i cough up blood after clearing the loft is that an emergency? not happening, "
            "just wondering",
            None,
        ),
        ("is sudden numbness in one leg one of them? doing a first aid quiz", None),
        (
            "my right leg went suddenly numb and heavy an hour ago and i cant lift it",
            "stroke_signs",
        ),
        (
            "he slurs when hes tired, always has since his stroke years ago, same as every "
            "night tonight",
            None,
        ),
        ("he is slurring his words tonight and his face looks droopy, that is new", "stroke_signs"),
        ("i wake with the leg underneath completely dead most nights, shake it and its back", None),
        ("woke up with both legs completely dead lol, fine after walking to the kitchen", None),
        (
            "tingling started in my left foot on monday and by today its up to my knee, other "
            "leg fine, can walk normally",
            None,
        ),
        (
            "tingling started in both feet on monday and by today its up to my knees and my "
            "legs are weak",
            "ascending_weakness",
        ),
        (
            "cast was removed last week and the side of my foot is a bit numb, fracture "
            "clinic said wait",
            None,
        ),
        ("my cast is so tight and my toes are white and numb", "compartment_signs"),
        ("toes go purple in the cold at the bus stop, when i go inside and warm up it goes", None),
        ("my foot hasnt gone suddenly cold or white, just aches when i walk far", None),
        ("my foot has gone suddenly cold and white and its agony", "cold_pale_leg"),
        ("feet and hands tingle in my panic attacks, when im calm it does not happen", None),
        ("my stroke arm has gone weak and heavy today and my speech is slurred", "stroke_signs"),
        (
            "after mums stroke in 2019 she was fine, but this morning her face dropped and "
            "her arm went weak",
            "stroke_signs",
        ),
        (
            "since my tia in march ive been fine but an hour ago my face went numb and my "
            "words came out wrong",
            "stroke_signs",
        ),
        (
            "after my tia this morning my arm felt heavy for ten minutes, its fine now",
            "stroke_signs",
        ),
        (
            "since her second stroke mum goes to a day centre, my own foot tingles when i kneel",
            None,
        ),
        ("after his stroke the physio gave him exercises, my calf cramps at night", None),
        ("looking for a stroke club near us for dad, he gets lonely", None),
        ("hes 80 with an old stroke and his feet tingle a bit more each year", None),
        ("i put my tiredness down to stroke fatigue but now my feet tingle slowly", None),
        (
            "halfway through talking she stopped making sense and now her right hand is weak "
            "and she cant grip",
            "stroke_signs",
        ),
        ("he isnt making sense this morning and his left arm is heavy and floppy", "stroke_signs"),
        (
            "long flight home, calf puffy and sore, just coughed into the sink in the work "
            "loos and theres bright red blood",
            "chest_symptoms",
        ),
        (
            "my old supervisor lost the feeling down below and couldnt pee years ago, had "
            "surgery, fine now",
            None,
        ),
        ("both legs are dead after the match, nothing wrong just unfit", None),
        ("both legs went numb on the toilet, gone within a minute of walking", None),
        ("both legs numb and weak since this morning and they keep giving way", "both_legs_weak"),
        (
            "my brain will have a stroke if i read one more form lol, foot tingles from sitting",
            None,
        ),
        (
            "nearly broke my back carrying the drum kit, legs a bit tingly going up the hill, "
            "fine once i sat",
            None,
        ),
        (
            "the nurse asked if i had ever had numbness down one side, i havent, just a tingly toe",
            None,
        ),
        (
            "my nan had that back thing where she lost control of her bladder years ago, she "
            "passed away in her 90s",
            None,
        ),
        ("heart pounding before every show for years, gp says its panic, tingly hands", None),
        (
            "my left side has been weak since my stroke, since yesterday my right leg is "
            "going weak too and today i can barely take my weight on either",
            "both_legs_weak",
        ),
        (
            "she cant bear her weight on either leg since this morning and her back hurts",
            "both_legs_weak",
        ),
        ("i can barely take my weight on either leg after leg day, quads are killing me", None),
        (
            "if my mums leg goes numb again suddenly is that an emergency? asking for next time",
            None,
        ),
        ("my mums leg has suddenly gone numb again and she cant lift it", "stroke_signs"),
        ("no new weakness, just tingly on my stroke side, normal for me", None),
        (
            "his speech has been slurred since his stroke in 2018, no different today, foot "
            "tingles",
            None,
        ),
        (
            "his speech has been slurred since his stroke in 2018 but today its much worse "
            "and his face has dropped",
            "stroke_signs",
        ),
        (
            "my mate says im paralysed from the neck up when the darts is on, foot tingles though",
            None,
        ),
        (
            "broke my back falling off a roof in 2012, back at work since and no nerve "
            "problems since, foot tingles kneeling",
            None,
        ),
        (
            "calf cramps after ten minutes walking and the foot goes cold, stop for a min and "
            "its ok",
            None,
        ),
    ],
)
def test_the_forty_fourth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-fourth session's sets (written sets 337 on, topic sets
    161 on), by round: beside round one 27 (11 wrong at cccefda), beside round two 29 (9 wrong),
    beside round three 25 (8 wrong), beside round four 21 (8 wrong; its four stroke signs told
    today after an old stroke were right at both and stay as guards of the "since the stroke"
    rewrite), beside round five 11 (5 wrong)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "got whacked on the head by a falling pallet an hour ago, now both my feet are "
            "tingling",
            "spine_head_injury",
        ),
        (
            "clipped round the head by the boom this morning and now my right leg feels weak and "
            "numb",
            "spine_head_injury",
        ),
        (
            "my son got hit on the head by a cricket ball at practice, now says his leg is tingly",
            "spine_head_injury",
        ),
        (
            "got clipped on the head by a door years ago, nothing since. now just tingly feet "
            "when i kneel",
            None,
        ),
        (
            "mum stood up from the table and nearly fell, her left foot has gone dead and she's "
            "confused about where she is, she was fine at lunch",
            "stroke_signs",
        ),
        (
            "grandad doesnt know what day it is and his right leg went numb half an hour ago",
            "stroke_signs",
        ),
        (
            "my arm and my leg on this side have stopped working, started at breakfast",
            "stroke_signs",
        ),
        ("his hand and his leg on this side went weak ten minutes ago", "stroke_signs"),
        ("slept on this side all night and my arm was dead when i woke, fine after a shake", None),
        ("my words is funny and my face feel strange since tea", "stroke_signs"),
        ("dad says his words sound funny and his mouth has dropped on one side", "stroke_signs"),
        (
            "my 2 legs is weak and getting worse since yesterday, i fell over twice",
            "both_legs_weak",
        ),
        (
            "his two legs are weak and wobbly today, he cant stand up from the chair",
            "both_legs_weak",
        ),
        (
            "every time my toes tingle i panic its a stroke, face fine, arms fine, talking fine, "
            "gone when i move",
            None,
        ),
        (
            "i panic that its a stroke whenever my foot goes numb on the sofa, it always comes "
            "back in a minute",
            None,
        ),
        ("could this be a stroke coming? numb foot after sitting cross legged, back now", None),
        (
            "i think im having a stroke, my left leg went numb suddenly and my face feels funny",
            "stroke_signs",
        ),
        (
            "Kelly has always been incontinent, pads day and night. Since Friday she's had "
            "tingling in one foot, bladder same as always",
            None,
        ),
        (
            "her speech is always a bit slurred, thats just her, she's her usual self today. foot"
            " tingles in tight shoes",
            None,
        ),
        (
            "his speech is slurred and he cant lift his arm, he was his usual self an hour ago",
            "stroke_signs",
        ),
        (
            "my right leg and my arm is weak always since a stroke as a baby. tingling in the pool",
            None,
        ),
        (
            "cut my foot at the beach, it got infected, red streaks and a fever last week, "
            "antibiotics now and its healing well",
            None,
        ),
        (
            "my toe ulcer was healing well but tonight the redness has gone up my foot and im "
            "shivering",
            "foot_infection",
        ),
        (
            "foot infection last month, in hospital on a drip, redness all gone now, bit numb "
            "round the scar",
            None,
        ),
        (
            "my mate says ill get compartment syndrome from my tight wetsuit, is that even a real"
            " thing",
            None,
        ),
        (
            "leg in a cast since yesterday and now the pain is way worse and my toes are numb and"
            " white, could it be compartment syndrome",
            "compartment_signs",
        ),
        (
            "on chemo for bowel cancer, back at work three days a week, feet tingly since this "
            "cycle, no back pain",
            None,
        ),
        (
            "had breast cancer, now new back pain for a week and my legs are going numb",
            "cancer_spine_signs",
        ),
        (
            "sat cross legged feeding the baby and my foot went completely numb, fizzes back "
            "after a minute",
            None,
        ),
        (
            "my foot went completely numb an hour ago out of nowhere, not sitting on it, still "
            "numb",
            "stroke_signs",
        ),
        (
            "had a clot in my lung 3 years ago, coughing blood, the lot. hospital sorted me. now "
            "just tingly toes after work",
            None,
        ),
        ("coughing up blood since this morning and my calf is swollen and hot", "chest_symptoms"),
        (
            "did zumba with the group and couldnt breathe by the end, all fine now after a cuppa,"
            " bit of tingly foot",
            None,
        ),
        (
            "cant breathe properly since an hour ago and my left calf is swollen, i was at zumba",
            "chest_symptoms",
        ),
        (
            "bumped my head on a shelf today, tiny bump, feel fine. my legs been going pins and "
            "needles on the bar stool, been like that for months",
            None,
        ),
        (
            "hit my head on a shelf an hour ago and now my legs have pins and needles and feel "
            "weak",
            "spine_head_injury",
        ),
        (
            "dad not making sense since lunch, calling me by the wrong name, and his left leg "
            "keeps giving way",
            "stroke_signs",
        ),
        ("mum stopped making sense an hour ago and her right foot is dragging", "stroke_signs"),
        (
            "my nan is not making sense lately about money, she has dementia, her legs are fine",
            None,
        ),
        (
            "the right side of his smile looks off and his arm is weak, started 20 mins ago",
            "stroke_signs",
        ),
        (
            "her smile looks off in the wedding photos, she hates them lol. foot tingles after "
            "the long drive",
            None,
        ),
        (
            "both my legs have gone numb and weak over the last day, wobbling when i stand",
            "both_legs_weak",
        ),
        ("my legs went numb over the last 24 hours and now i cant walk properly", "both_legs_weak"),
        (
            "my gran coughed up blood just now and her calf has been swollen since her op, she "
            "says finish my homework",
            "chest_symptoms",
        ),
        ("i need help with my homework on strokes, what are the signs of a stroke", None),
        (
            "the dogs face has dropped on one side, vet thinks its vestibular. my foot tingles at"
            " night",
            None,
        ),
        (
            "my husbands face has dropped on one side and hes slurring, our dog is barking at him",
            "stroke_signs",
        ),
        (
            "had a spinal injection for sciatica last month, helped loads, tingling much better "
            "now",
            None,
        ),
        (
            "had a spinal injection yesterday and since this morning both legs are numb and weak",
            "spine_head_injury",
        ),
        (
            "mum beat breast cancer years ago and thinks every little ache is it coming back, "
            "toes tingly after bingo, no back pain",
            None,
        ),
        (
            "mum had breast cancer, now she has new back pain and her legs are going numb and weak",
            "cancer_spine_signs",
        ),
        (
            "lips and the inside of my mouth went numb after an energy gel on my run, legs fine",
            None,
        ),
        (
            "half my face and my mouth went numb suddenly 10 minutes ago and my arm feels weak",
            "stroke_signs",
        ),
        (
            "walking uphill my calf cramps and my foot goes cold and tingly, settles if i stop "
            "for a minute",
            None,
        ),
        (
            "my foot went cold and white and tingly an hour ago and the pain is awful, i cant "
            "move my toes",
            "cold_pale_leg",
        ),
        (
            "bumped my head on a cupboard this morning, no dizziness. separately, same old pins "
            "and needles in my foot ive had for years on long drives",
            None,
        ),
        (
            "fell and hit my head on the cupboard this morning and now my feet have pins and "
            "needles, never had that before",
            "spine_head_injury",
        ),
        (
            "in a cast since friday and my toes are numb and white and the pain is way worse",
            "compartment_signs",
        ),
        ("legs like jelly after a 20 mile sponsored walk, fine today", None),
        (
            "both legs like jelly and weak since this morning and getting worse, cant climb the "
            "stairs",
            "both_legs_weak",
        ),
        (
            "face numb and lopsided from the dentist injection this morning, also tingly foot on "
            "the pew",
            None,
        ),
        (
            "my face is lopsided and numb since lunch, no dentist or anything, and my words are "
            "slurred",
            "stroke_signs",
        ),
        (
            "toes tingle by the end of the day standing at the food bank but theyre fine by the "
            "morning",
            None,
        ),
        (
            "my feet started tingling this morning and by the end of the day its up to my knees "
            "and my hands are tingly too",
            "ascending_weakness",
        ),
        ("both legs went dead sat on the loo scrolling, took a min to walk properly again", None),
        (
            "grandad just drop down in the kitchen, he come round but hes grey and sweaty, his "
            "calf been swollen since the flight",
            "chest_symptoms",
        ),
        (
            "my aunty suddenly dropped down on the floor and came round after a minute, her leg "
            "was swollen all week",
            "chest_symptoms",
        ),
        (
            "the price just dropped down at the market so i bought extra, my feet tingle after "
            "standing all day",
            None,
        ),
        (
            "had my c section yesterday with spinal and aesthesia and her left leg is still numb "
            "and weak, she cant lift it",
            "spine_head_injury",
        ),
        (
            "his legs are becoming weaker every hour since this morning, now he cant stand",
            "both_legs_weak",
        ),
        ("my legs are becoming stronger every day since the physio started", None),
        (
            "could a numb foot after 2 hours driving be a stroke starting? it goes when i stop "
            "and stretch",
            None,
        ),
        (
            "could this be a stroke? my face feels droopy on the left and my arm is weak",
            "stroke_signs",
        ),
        (
            "is pins and needles in my calf after digging a stroke? face fine, arms fine, talking"
            " fine",
            None,
        ),
        (
            "bumped my head on the shelf last week, small lump. my foot tingling is from way "
            "before that, only when i kneel",
            None,
        ),
        (
            "bumped my head on a shelf this morning and since then my legs are tingling and weak",
            "spine_head_injury",
        ),
        (
            "dad was in hospital last month with an infected foot ulcer, now the wound is closing"
            " well, no redness, no pus, feet still tingle",
            None,
        ),
        (
            "the ulcer on her foot was closing well but since yesterday theres pus and red "
            "streaks up her leg and a fever",
            "foot_infection",
        ),
        ("i always feel faint having bloods done, needles make me go funny. any tips", None),
        (
            "i fainted an hour ago and my calf is swollen and tight since the long flight",
            "chest_symptoms",
        ),
        (
            "sat on the train with my legs folded under the table for hours, both legs tingle, "
            "settles when i walk",
            None,
        ),
        ("my legs folded under me in the kitchen and now i cant stand up at all", "both_legs_weak"),
        ("when the anxiety builds up my legs and feet go tingly and shaky, it passes", None),
        (
            "the tingling started in my feet yesterday and has crept up my legs to my hips today",
            "ascending_weakness",
        ),
        (
            "dr google says cauda equina or tumours, but i can pee fine and no numbness down "
            "below, just sciatica down one leg",
            None,
        ),
        (
            "on chemo for bowel cancer, feet tingle, terrified it means the cancer has spread to "
            "my spine, i dont have any back pain",
            None,
        ),
        (
            "had bowel cancer, now my back really hurts and my legs are numb and weak since "
            "yesterday",
            "cancer_spine_signs",
        ),
        (
            "fell asleep with my leg hanging off the arm of the sofa, woke up and couldnt feel my"
            " foot, coming back now",
            None,
        ),
        (
            "fell off the ladder and landed on my back, a and e scanned me, no nerve damage, legs"
            " normal, just bruised",
            None,
        ),
        (
            "fell off the ladder and landed on my back this morning and now both feet are "
            "tingling and numb",
            "spine_head_injury",
        ),
        (
            "out of breath after barrowing gravel, breath came back after a sit down, calves same"
            " size",
            None,
        ),
        (
            "out of breath just walking to the shed and my calf has been fat and sore since "
            "tuesday, prob just unfit lol",
            "chest_symptoms",
        ),
        (
            "dentist numbed me for a filling an hour ago, half my face is drooping lol, also foot"
            " dead from the chair",
            None,
        ),
        (
            "dad suddenly kept calling my son by my brothers name at tea and his right leg gave "
            "way when he stood, half an hour ago",
            "stroke_signs",
        ),
        (
            "my nan calls everyone by the wrong name, always has, shes 94. her feet tingle in bed",
            None,
        ),
        (
            "my left foot is numb and my leg weak since 1 hour, it come suddenly, i walk like "
            "drunk",
            "stroke_signs",
        ),
        (
            "my wife works nights as a porter at the hospital, she just rang me, her face has "
            "dropped on one side and she cant lift her arm",
            "stroke_signs",
        ),
        (
            "my brother rang from the hospital, hes been admitted with a clot in his lung and "
            "theyre treating him. my foot tingles",
            None,
        ),
        (
            "just stood up from the bench and his right leg went completely dead and weak, he "
            "didnt sit on it or kneel, 20 mins ago",
            "stroke_signs",
        ),
        (
            "someone on the night team got guillain barre last year after a bug. ive had a cold, "
            "my toes tingle in tight shoes",
            None,
        ),
        (
            "my toes and fingers started tingling two days ago and now its up to my knees and i "
            "cant climb stairs, i had a stomach bug last week",
            "ascending_weakness",
        ),
        (
            "went to a and e last night with a numb leg and my speech went funny, they said it "
            "was a tia, aspirin started, feel normal today",
            None,
        ),
        (
            "my speech went funny and my leg went numb twenty minutes ago, its getting better but"
            " i feel strange",
            "stroke_signs",
        ),
        (
            "legs gave way on the stairs cos i missed the step, just a bruised knee, legs are "
            "both strong now",
            None,
        ),
        (
            "both legs gave way on the stairs this morning for no reason and theyre still weak "
            "and wobbly",
            "both_legs_weak",
        ),
        (
            "two fillings this morning and my face was drooping and my words came out slurred cos"
            " i couldnt feel my lip, wore off by teatime",
            None,
        ),
        (
            "broke my ankle last year, toes went numb in the cast, they split the cast, all fine,"
            " healed well. now odd pins and needles",
            None,
        ),
        (
            "my toes went numb in the new cast tonight and the pain is way worse than before",
            "compartment_signs",
        ),
        (
            "strapped my sprain too tight, toes tingly and cold, loosened it and theyve stayed "
            "fine since",
            None,
        ),
        (
            "winded by a body shot in sparring, couldnt breathe for 30 seconds, totally fine now",
            None,
        ),
        (
            "i cant catch my breath since this morning and my calf is hot and swollen, i was "
            "sparring yesterday",
            "chest_symptoms",
        ),
        (
            "the physio said watch for cauda equina, numb bum, not being able to pee. i dont have"
            " any of that, just a tingle down my thigh",
            None,
        ),
        (
            "my bum has gone numb since this morning and i cant pee, the physio warned me about "
            "cauda equina",
            "cauda_equina_signs",
        ),
        (
            "his right foot is always cold and a bit bluish, been like that for years, gp knows. "
            "today asks about calf cramp walking uphill",
            None,
        ),
        (
            "neighbour shouted im having a stroke, he was pulling my leg, foot tingled after "
            "weeding",
            None,
        ),
        (
            "i think im having a stroke, my left arm and leg are weak and my face feels odd",
            "stroke_signs",
        ),
        ("diabetic, my feet have been numb for a long while, it crept up over years", None),
        (
            "she has had ms for 15 years, both legs weak same as ever, nothing new today, "
            "questions for the neurologist",
            None,
        ),
        (
            "her foot ulcer got infected last month, healing nicely now, no redness, the foot "
            "still tingles, is that the infection",
            None,
        ),
        (
            "out of breath on the stairs carrying buckets, gets better in a minute when i stop, "
            "no chest pain, calves fine",
            None,
        ),
        (
            "pre fight nerves, heart pounding and feet tingly, gone once i warm up, every fight",
            None,
        ),
        (
            "my wife leg is swollen big and red, now she fall down in kitchen, she faint, she "
            "wake up very white",
            "chest_symptoms",
        ),
        ("she faint feeling when she stand up too quick, always, her feet tingle in bed", None),
        (
            "hes done first aid courses for 20 years and thinks he knows best, but hes numb round"
            " his bum since yesterday and wet the bed",
            "cauda_equina_signs",
        ),
        ("for my first aid course, what are the signs of cauda equina", None),
        (
            "small burn on top of my foot from a hot ember 5 days ago, now redness spreading up "
            "past my ankle and a temp of 38.9",
            "foot_infection",
        ),
        (
            "broke my neck in a crash in 2015, same patch of numbness in my leg ever since, hasnt"
            " changed one bit",
            None,
        ),
        ("broke my neck in 1972, tingling down my leg no different now than for fifty years", None),
        (
            "hurt my neck in a crash this morning and now my leg is numb and tingling",
            "spine_head_injury",
        ),
        (
            "had a spinal anaesthetic for my knee on monday, legs numb for a few hours, it all "
            "came back that same evening",
            None,
        ),
        (
            "had a spinal anaesthetic yesterday for my knee and both legs are still numb and i "
            "cant lift them",
            "spine_head_injury",
        ),
        (
            "my left side went quiet and i thought its a stroke, turned out the hearing aid "
            "battery had died",
            None,
        ),
    ],
)
def test_the_forty_fifth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-fifth session's sets (written sets 355 on, topic sets
    175 on), by round: beside round one 36 (9 wrong at 43fe13c), beside round two 29 (7 wrong),
    beside round three 28 (13 wrong), beside round four 28 (12 wrong), beside round five 11 (4
    wrong); the others are guards (signs told today that the mends must not hide)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Mum had the kids today and when I got there she was muddled, kept calling my son by "
            "his cousin's name and couldn't find her glasses, and she was dragging her right leg "
            "down the hall",
            "stroke_signs",
        ),
        (
            "Dad's been confused all afternoon, calling me by my sister's name, lost his keys "
            "twice, and now he's dragging his left leg when he walks",
            "stroke_signs",
        ),
        (
            "Gran gets muddled with names most days, she has dementia, and her left leg drags a "
            "bit since her hip op years ago",
            None,
        ),
        (
            "my daughter did an impression of her teacher, face drooping and eyes rolling, we "
            "were crying laughing. anyway my foot goes numb on the school chairs",
            None,
        ),
        (
            "my husband's face is droopy and numb on the left, he's just got back from the "
            "dentist after two fillings and an injection",
            None,
        ),
        (
            "my face started drooping on one side at lunch and my arm feels weak, no dentist or "
            "anything",
            "stroke_signs",
        ),
        (
            "my legs went to jelly when they called my grandson's name at the graduation, happy "
            "tears all round! also, my toes tingle in tight shoes",
            None,
        ),
        (
            "both my legs gave way on the stairs this morning and they still feel weak, I'm scared",
            "both_legs_weak",
        ),
        (
            "fell off my bike and landed on my back last night, a bit bruised, legs completely "
            "fine and I can feel everything, do I need to be checked?",
            None,
        ),
        (
            "came off my bike yesterday and landed on my back, now both legs are tingling and my "
            "right one is weak",
            "spine_head_injury",
        ),
        (
            "hit my head on a beam last month, scan was fine. the numb feet are from my diabetes,"
            " had them for years",
            None,
        ),
        (
            "banged my head on the car door this morning and now my left leg has gone numb and "
            "I'm struggling to lift it",
            "spine_head_injury",
        ),
        (
            "is cauda equina a thing delivery drivers get from sitting? no numbness down below "
            "and waterworks are normal",
            None,
        ),
        (
            "numb between my legs since this morning and I can't pee, back is killing me",
            "cauda_equina_signs",
        ),
        (
            "had cellulitis in my foot at easter, antibiotics cleared it, the top of the foot is "
            "still a bit numb but no worse",
            None,
        ),
        (
            "my diabetic foot has a sore on the heel, it's red and hot and spreading up my ankle "
            "and I've got a temperature",
            "foot_infection",
        ),
        (
            "the tingling crept up from my foot to my knee while I was kneeling to paint the "
            "skirting, gone as soon as I stood up",
            None,
        ),
        (
            "the numbness has crept up from my feet to my knees since Tuesday and my legs feel "
            "weak",
            "ascending_weakness",
        ),
        (
            "my mum's breast cancer spread to her spine five years ago and she's had back pain, "
            "now today her legs have gone weak and numb",
            "cancer_spine_signs",
        ),
        (
            "my flatmate says im having a stroke cos i put my keys in the fridge. my foot falls "
            "asleep at my desk though",
            None,
        ),
        (
            "nearly fainted when the customer tipped me a tenner lol. my bum goes numb on long "
            "shifts in the cab",
            None,
        ),
        (
            "I fainted in the kitchen ten minutes ago and my calf is swollen and sore",
            "chest_symptoms",
        ),
        (
            "when I get anxious I can't breathe properly and my hands and feet tingle, GP said "
            "panic attacks and it passes when I calm down",
            None,
        ),
        (
            "my chest is tight and I can't breathe properly, my left calf is swollen since the "
            "flight",
            "chest_symptoms",
        ),
        (
            "a lady at church said her husband's leg went numb out of nowhere and it was a "
            "stroke. now I'm worried about my tingly toes",
            "stroke_signs",
        ),
        (
            "my left leg just went fae under me at the byre ten minutes ago, its numb and heavy, "
            "I wisnae sittin on it",
            "stroke_signs",
        ),
        (
            "numb fae the knee doon after kneelin in the tattie field all mornin, came back when "
            "I stood up",
            None,
        ),
        (
            "back at work after chemo and my toes on both feet have gone numb over a few weeks, "
            "is it the chemo",
            None,
        ),
        (
            "back at work this week. my lower back is agony and since this morning I can't feel "
            "my bum and can't pee",
            "cauda_equina_signs",
        ),
        (
            "I've got breast cancer. back at work today but my back is killing me and both my "
            "legs have gone weak since yesterday",
            "cancer_spine_signs",
        ),
        (
            "my son sleeps face down with his foot off the end of the bed and wakes with a dead "
            "foot for a few minutes",
            None,
        ),
        ("her face is drooping down on one side and she can't lift her arm", "stroke_signs"),
        ("leg went numb then half my vision just went, dizzy as anything", "stroke_signs"),
        ("half my vision went about an hour ago and my right leg feels heavy", "stroke_signs"),
        (
            "cant pee when i want at work cos we have to ask cover, so i hold it, and my foot "
            "goes numb standing at the till",
            None,
        ),
        (
            "he left me on read and i swear my heart stopped lol. my foot goes tingly when i sit "
            "on it",
            None,
        ),
        ("my heart is racing, I can't breathe and my calf is hot and swollen", "chest_symptoms"),
        (
            "my mate was slurring after too many tequilas last night, today he's fine. his leg "
            "was dead from sleeping on the floor but it came back",
            None,
        ),
        (
            "my dad's speech is slurred and he hasn't had a drink, started half an hour ago",
            "stroke_signs",
        ),
        (
            "my speech gets slurred every night when I'm shattered, that's just me after a 5am "
            "start. my soles burn at night though",
            None,
        ),
        ("both legs dead after a 3 hour lecture on those wooden benches, walked it off", None),
        ("both legs suddenly gone weak and dead, I can't stand up from the sofa", "both_legs_weak"),
        (
            "had an epidural for my baby 3 weeks ago, legs numb for a few hours then okay same "
            "day, now all good. normal?",
            None,
        ),
        (
            "had an epidural for the birth yesterday and my legs are still numb and I can't lift "
            "them",
            "spine_head_injury",
        ),
        (
            "epidural 8 months ago, now I get pins and needles when I sit cross legged on the "
            "sofa, is that the epidural?",
            None,
        ),
        ("foot ulcer was infected, had iv abx, home now. red gone, healing nicely", None),
        ("foot ulcer is red and swollen and oozing pus, and I feel shivery", "foot_infection"),
        (
            "my son's ingrown toenail keeps getting infected from his football boots, red round "
            "the edge. gp or chiropodist?",
            None,
        ),
        ("any tips for blackout for day sleeping? my daughter works nights", None),
        (
            "my daughter's back aches from her heavy school bag, just sore between the shoulders",
            None,
        ),
        ("the heat can make numbness worse can it? or does hot yoga help the legs", None),
        (
            "sat in long meditation sits my leg goes numb from the hip down and takes ten minutes"
            " to wake up",
            None,
        ),
        (
            "wet the bed last night, I'm 50, never happened before and I didn't even feel it. "
            "Been having a bad back all week and my right foot's tingly",
            "cauda_equina_signs",
        ),
        (
            "my 6 year old wet the bed last night, first time in ages. my own back is bad this "
            "week and my foot tingles when I sit",
            None,
        ),
        (
            "had cauda equina surgery in 2018, saddle area numb ever since, absolutely no "
            "changes. my question is about a tingly foot in tight shoes",
            None,
        ),
        (
            "my saddle area has gone numb since this morning and my back is agony",
            "cauda_equina_signs",
        ),
        (
            "my feet started tingling two days ago and now it's up to my knees and I can barely "
            "walk",
            "ascending_weakness",
        ),
        (
            "could tight compression socks give me that compartment syndrome thing? toes are pink"
            " and warm and I can feel them fine",
            None,
        ),
        (
            "my leg is in a cast since yesterday and the pain is way worse than the break, toes "
            "are numb",
            "compartment_signs",
        ),
        (
            "had an infected ulcer on my foot in the spring, IV antibiotics in hospital, healed "
            "now and the podiatrist signed me off",
            None,
        ),
        (
            "banged my head on the cupboard tonight, bit of a lump. my leg has tingled on and off"
            " for months, no different from usual, no new numbness or weakness",
            None,
        ),
        (
            "fell down the stairs tonight and landed on my bum, tailbone sore, legs work fine, no"
            " tingling, peed fine",
            None,
        ),
        (
            "fell down the stairs an hour ago and banged my head, now my left leg is numb and "
            "won't lift properly",
            "spine_head_injury",
        ),
        (
            "my wife was talking in her sleep, all slurred, woke her and she's fine, talking "
            "normally",
            None,
        ),
        (
            "our manager was slurring his words at the christmas do lol. anyway my toe's been "
            "tingly since I dropped a box on it",
            None,
        ),
        (
            "my wife's words are slurred and her arm has gone weak in the last ten minutes",
            "stroke_signs",
        ),
        (
            "is a cold pale leg with numbness a 999 thing? it's for a toolbox talk I'm giving on "
            "Monday, nobody's ill",
            None,
        ),
        (
            "had a panic attack on the bus, hands and feet tingling and couldn't get my breath, "
            "calmed down after 15 minutes, fine now",
            None,
        ),
        (
            "my hands and feet started tingling yesterday and today my legs are weak and I'm "
            "struggling to walk",
            "ascending_weakness",
        ),
        (
            "when I walk more than ten minutes both legs go numb from the waist down and I have "
            "to sit, then it comes back",
            None,
        ),
        (
            "both my legs went numb from the waist down this morning and I can't stand",
            "both_legs_weak",
        ),
        (
            "got hit on the back of the head by a football at break, bit dazed, now my right leg "
            "is numb and tingly all the way down",
            "spine_head_injury",
        ),
        (
            "whacked on the back of the head by the van door an hour ago and now both my feet are"
            " buzzing",
            "spine_head_injury",
        ),
        (
            "got hit on the back of the head by a ball years ago, nothing since. my foot tingles "
            "when I kneel at work",
            None,
        ),
        (
            "since two days I have ants in my feet and hands and today my legs are weak, I cannot"
            " climb the stairs",
            "ascending_weakness",
        ),
        ("I have ants in my foot when I sit long on the bus, after I walk it go away", None),
        (
            "I'm back part time after breast cancer treatment and since the chemo my feet are "
            "numb and tingly",
            None,
        ),
        (
            "finished chemo last year and I'm back to sea swimming, but my toes stay numb for "
            "ages after",
            None,
        ),
        (
            "I had breast cancer. now my back is agony and since this morning both my legs are "
            "weak",
            "cancer_spine_signs",
        ),
        (
            "my colleague whose face dropped at work yesterday is in hospital and doing ok, it "
            "was a stroke. my own foot tingles when I'm stressed",
            None,
        ),
        (
            "mates say my face was drooping in the photo but I was pulling a face. my leg was "
            "dead from sleeping on it in the tent, fine now",
            None,
        ),
        (
            "both my legs are jelly after dancing all night at the wedding, they work fine, just "
            "aching",
            None,
        ),
        (
            "since my fall from a ladder in 2018 and the operation on my spine my left foot is "
            "numb on the outside, same for years, the neurologist knows",
            None,
        ),
        (
            "I broke my back today carrying bricks, we say it when very tired. only back ache, "
            "legs strong, toilet normal",
            None,
        ),
        (
            "I fell off the scaffold an hour ago and landed on my back, now my legs are numb",
            "spine_head_injury",
        ),
        (
            "my fingers go white and numb in cold water, just the hands, my legs and feet are fine",
            None,
        ),
        (
            "my left foot has gone cold and white in the last hour and it really hurts",
            "cold_pale_leg",
        ),
        (
            "my legs have died after standing all day at the festival, im paralysed lol. they "
            "just ache, no numbness",
            None,
        ),
        (
            "what if my leg goes numb at the concert tomorrow, could that be a stroke? nothing "
            "going on now, I'm just anxious",
            None,
        ),
        (
            "steward training today, the instructor told us about a fan who collapsed with a "
            "swollen calf. my calves just ache from standing",
            None,
        ),
        ("my face goes numb after the ice bath, like brain freeze on my cheeks", None),
        (
            "my left leg is numb when I lie on the bed long time on one side, after I walk it pass",
            None,
        ),
        ("my face went droopy for a couple of minutes, all fine now", "stroke_signs"),
        (
            "an hour ago I couldn't get my words out for 2 mins and my arm went dead, all fine "
            "now apart from a tingly leg",
            "stroke_signs",
        ),
        ("dad's arm went weak and floppy for a minute, fine now", "stroke_signs"),
        ("mum's face went numb and droopy for 10 mins then back to normal", "stroke_signs"),
        (
            "her speech went funny for five minutes, back to normal now, should I worry?",
            "stroke_signs",
        ),
        (
            "her face drooped in 2019 and she had a stroke, all fine now. her feet tingle at night",
            None,
        ),
        ("my leg went dead sitting on the loo, fine now", None),
        (
            "my friend had a stroke years ago, her face dropped, she's fine now. my toes tingle "
            "when I sit",
            None,
        ),
        (
            "got out of the car this morning and my left foot just flopped, I can't lift the "
            "front of it and it slaps the ground",
            "stroke_signs",
        ),
        (
            "coughed and there was blood in my spit but it's from my nose, I've had nosebleeds "
            "all week. breathing fine",
            None,
        ),
        ("coughing up blood since lunch and my calf is swollen after the flight", "chest_symptoms"),
        (
            "having a planned caesarean next week, is it normal after the spinal that you can't "
            "feel both legs at all?",
            None,
        ),
        (
            "had my caesarean yesterday under a spinal and I still can't feel both legs at all",
            "both_legs_weak",
        ),
        (
            "my husband says his legs 'stopped working' after kneeling to build the cot, he's "
            "being dramatic, running round the house now",
            None,
        ),
        (
            "20 rep squats, collapsed after, my legs are gone, could barely walk to the car for "
            "10 mins, fine now",
            None,
        ),
        (
            "a lad at work got a clot after his flight, calf blew up and he was coughing blood, a"
            " week in hospital, he's fine now. I fly Monday",
            None,
        ),
        (
            "update: it was a clot on my lung, been on blood thinners since, breathing back to "
            "normal. foot still tingles",
            None,
        ),
        (
            "my heart was racing at the wedding but that was the prosecco and the dancing. my "
            "thigh tingles in tight trousers",
            None,
        ),
        (
            "the cold white leg in February was a blocked artery, they operated that same night "
            "and saved it. now a numb patch by the scar",
            None,
        ),
        (
            "the infected ulcer on my foot healed after IV antibiotics, podiatrist signed me off,"
            " skin closed. feet numb from my sugar as always",
            None,
        ),
        (
            "ankle in a cast for two weeks, toes tingle when my foot hangs down, pain less every "
            "day, toes pink and warm",
            None,
        ),
        (
            "I had a stroke in 2017, my leg's been numb since, nothing changed. do the pins and "
            "needles creams work on stroke numbness?",
            None,
        ),
        (
            "one of our residents is doubly incontinent for over a year with her dementia, wears "
            "pads day and night. her sciatica is on the right",
            None,
        ),
    ],
)
def test_the_forty_sixth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-sixth session's sets (written sets 373 on, topic sets
    188 on), by round: beside round one 25 (4 wrong at b994b87), beside round two 27 (9 wrong),
    beside round three 19 (5 wrong), beside round four 21 (8 wrong), beside round five 23 (12
    wrong, 5 of them stroke signs that passed: `counts_if_passed`); the others are guards
    (signs told today that the mends must not hide)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # beside round one (written sets 393-396, topic sets 203-205)
        (
            "his left arm and left leg no power since 30 minutes, he is confused",
            "stroke_signs",
        ),
        (
            "my right arm suddenly has no power and my face feels funny",
            "stroke_signs",
        ),
        (
            "both legs no power since this morning and i cant pee",
            "both_legs_weak",
        ),
        (
            "landed on my back in the garden off the trampoline, now my legs are numb",
            "spine_head_injury",
        ),
        (
            "came off the horse and landed flat on my back in the arena. tonight pins and needles "
            "down my left leg and it gives way",
            "spine_head_injury",
        ),
        (
            "had a steroid injection in my spine on monday (20 years on the tools) and today my "
            "left leg is numb and weak",
            "spine_head_injury",
        ),
        (
            "Four years on from my back op I'm basically fixed, the odd tingle in my toe",
            None,
        ),
        (
            "my left foot went white and ice cold on the walk home, sat by the fire for an hour "
            "and no change, cant move my toes",
            "cold_pale_leg",
        ),
        (
            "my feet went white and cold on the walk home but sat by the fire and they came back "
            "pink",
            None,
        ),
        (
            "my heart was at the red line on the climb but my toes just tingle in my cycling shoes",
            None,
        ),
        (
            "my wifi had a stroke again lol, anyway my foot falls asleep when i sit cross legged",
            None,
        ),
        (
            "i think my husband is having a stroke, his face has dropped on the left",
            "stroke_signs",
        ),
        (
            "my cheeks went numb from grinning all day at the wedding, and my feet tingle in these "
            "heels",
            None,
        ),
        (
            "my face has gone numb on one side and my mouth is drooping",
            "stroke_signs",
        ),
        (
            "my boss is numb from the neck up honestly. my toes tingle when i stand all day",
            None,
        ),
        (
            "chest waders too tight, my outer thigh is numb and burning",
            None,
        ),
        (
            "swollen calf after the fishing trip and now chest pain and i'm breathless",
            "chest_symptoms",
        ),
        (
            "my thumb got infected from a splinter, now both feet tingle on the new tablets",
            None,
        ),
        (
            "my toe is infected, red, hot and swollen and I've got a fever, I'm diabetic",
            "foot_infection",
        ),
        (
            "we were all slurring by midnight at the wedding haha. my leg went dead on the coach "
            "home",
            None,
        ),
        (
            "my dad is slurring his words and his face has dropped, he's had no drink",
            "stroke_signs",
        ),
        (
            "Banged my head on a cupboard door 5 years ago, all fine after. Today's question: why "
            "do my feet tingle in bed?",
            None,
        ),
        (
            "Cracked my head on the loft hatch, bit of a lump. No numbness, no tingling, arms and "
            "legs fine.",
            None,
        ),
        (
            "cracked my head on the loft hatch an hour ago and now my right leg is numb and weak",
            "spine_head_injury",
        ),
        (
            "I had surgery for cauda equina in 2019. Some numbness in the saddle area, same as "
            "since the op. Bladder fine.",
            None,
        ),
        (
            "numbness in my saddle area since this morning and I can't feel myself wipe",
            "cauda_equina_signs",
        ),
        (
            "broke my wrist at football, cast is on my arm. separate thing, my feet tingle after "
            "long walks",
            None,
        ),
        (
            "my leg is in a cast since yesterday and my toes are numb and the pain is unbearable",
            "compartment_signs",
        ),
        (
            "my neighbour told me when foot is numb it can be stroke. my foot sleeping when I sit "
            "long time, after walking ok. is true?",
            None,
        ),
        (
            "after the 12 mile charity tab both my legs are jelly and my calves ache",
            None,
        ),
        (
            "both my legs went weak this morning and I keep falling, I can't walk",
            "both_legs_weak",
        ),
        (
            "on the back of the bike both my legs go dead after an hour, she walks it off and its "
            "gone in a few minutes",
            None,
        ),
        (
            "read on a forum about guillain barre after a tummy bug, I had one last week. no "
            "tingling, no weakness, just worried it could happen",
            None,
        ),
        (
            "tingling started in my feet two days ago and now it's in my hands and my legs are "
            "getting weak",
            "ascending_weakness",
        ),
        (
            "at night when my heart starts pounding my feet tingle and I convince myself its "
            "something awful, then it fades",
            None,
        ),
        # beside round two (written sets 397-400, topic sets 206-208)
        (
            "my left foot went numb about 20 minutes ago while I was standing cooking, "
            "nothing pressing on it, still cant feel it",
            "stroke_signs",
        ),
        (
            "my right leg has gone weak in the last half hour, I wasn't sitting on it, it "
            "just went",
            "stroke_signs",
        ),
        (
            "my leg goes numb most nights in bed even with nothing pressing on it, has done "
            "for months",
            None,
        ),
        (
            "mum is deaf, tonight her signing is all jumbled and her right leg keeps giving way",
            "stroke_signs",
        ),
        (
            "my husband is signing gibberish and cant find the sign for tea, his face looks odd",
            "stroke_signs",
        ),
        (
            "she tried to sign but her right hand wont work and her face is lop sided",
            "stroke_signs",
        ),
        (
            "I get my signs mixed up when I'm tired, learning BSL level 2, and my feet tingle "
            "after class",
            None,
        ),
        (
            "on the school run my left foot suddenly went numb and floppy, cant feel the pedal",
            "stroke_signs",
        ),
        (
            "my face dropped when she quoted me for the new boiler haha, and my toes tingle "
            "in the cold",
            None,
        ),
        (
            "his mouth has dropped on one side and he's drooling",
            "stroke_signs",
        ),
        (
            "got my lip pierced and tongue pierced yesterday, talking like im drunk with the "
            "swelling",
            None,
        ),
        (
            "he's talking like he's drunk but hasn't had a drop and his arm is weak",
            "stroke_signs",
        ),
        (
            "my legs are numb lol. not really, just tired after the 10k",
            None,
        ),
        (
            "my right leg is numb and weak since an hour ago. not sure what to do",
            "stroke_signs",
        ),
        (
            "my mates reckon its a stroke lol cos my leg went dead on the toilet, fine after "
            "2 mins",
            None,
        ),
        (
            "legs like jelly after 16 miles on my round today, fine after a sleep",
            None,
        ),
        (
            "both my legs went weak this afternoon and I can't stand up, I haven't done anything",
            "both_legs_weak",
        ),
        (
            "toddler headbutted me, saw stars, all fine. separately my foot tingles when I "
            "sit on it",
            None,
        ),
        (
            "headbutted by a cow this morning, since then my legs are numb and I cant stand",
            "spine_head_injury",
        ),
        (
            "epidural for the birth on friday, legs numb for a few hours and came back by "
            "teatime as expected",
            None,
        ),
        (
            "epidural yesterday and my legs are still numb and I can't lift them",
            "spine_head_injury",
        ),
        (
            "fell off the step ladder last month, landed on my back, x ray was fine, no "
            "numbness or weakness anywhere",
            None,
        ),
        (
            "fell off the ladder an hour ago onto my back and now both legs are tingling",
            "spine_head_injury",
        ),
        (
            "question for the future: if my face drops and my arm goes weak how do I text 999?",
            None,
        ),
        (
            "his face has dropped on one side and his arm is weak",
            "stroke_signs",
        ),
        (
            "I read the NHS page on cauda equina. my bladder is normal, no numbness down "
            "below. which signs to watch for?",
            None,
        ),
        (
            "numb down below since this morning and I can't pee, back pain for a week",
            "cauda_equina_signs",
        ),
        (
            "my right foot has gone blue and cold in the last hour and it really hurts",
            "cold_pale_leg",
        ),
        (
            "my foot looks blue, oh its the felt tips, my daughter drew on me",
            None,
        ),
        (
            "My diabetic ulcer got infected last year, antibiotics sorted it, podiatrist "
            "happy with it now",
            None,
        ),
        (
            "the ulcer on my toe is oozing pus and the redness is spreading up my foot, I'm "
            "diabetic",
            "foot_infection",
        ),
        (
            "my heart was racing when my phone rang at 3am, I think I was breathing too fast, "
            "tingly lips and hands",
            None,
        ),
        (
            "my heart is racing, I'm breathless and my calf is swollen and hot",
            "chest_symptoms",
        ),
        (
            "back driving the taxi now after my chemo, feet still tingle on the pedals",
            None,
        ),
        (
            "my back has been killing me since my cancer came back and now my legs are weak",
            "cancer_spine_signs",
        ),
        (
            "I had melanoma and had the lymph nodes taken out of my groin, inner thigh still numb",
            None,
        ),
        (
            "numbness in my groin and inner thighs since this morning and I cant feel the "
            "toilet paper",
            "cauda_equina_signs",
        ),
        (
            "tingling in my feet has crept up to my ankles over the last few cycles of chemo",
            None,
        ),
        (
            "tingling in my feet started two days ago and has crept up to my knees and my "
            "hands are going too",
            "ascending_weakness",
        ),
        (
            "my toes tingle whenever theyre cold, have done for years since the oxaliplatin",
            None,
        ),
        # beside round three (written sets 401-404, topic sets 209-211)
        (
            "what if I have a stroke on camp? how would I even know if the tingling in my "
            "foot was one",
            None,
        ),
        (
            "I think I'm having a stroke, my face is drooping and my words are slurred",
            "stroke_signs",
        ),
        (
            "the first aider told us about a leader who got a swollen calf and collapsed "
            "breathless. my calf aches after hiking",
            None,
        ),
        (
            "my calf is swollen and I've just collapsed, I'm breathless now",
            "chest_symptoms",
        ),
        (
            "banged my head on the loft hatch, no numbness, legs fine, no headache",
            None,
        ),
        (
            "banged my head on the loft hatch an hour ago and now my legs are numb and heavy",
            "spine_head_injury",
        ),
        (
            "saw a poster saying back pain and trouble peeing is an emergency. peeing totally "
            "normal, back just stiff",
            None,
        ),
        (
            "can't pee since this morning and my back is agony, numb between my legs",
            "cauda_equina_signs",
        ),
        (
            "woke in the hammock with my arm and leg on one side numb, squashed against the "
            "frame, walked it off in a few mins",
            None,
        ),
        (
            "woke up with my arm and leg on one side numb and weak and it hasn't gone after "
            "an hour",
            "stroke_signs",
        ),
        (
            "my son couldn't feel his legs after sitting on them during the film, he was "
            "running round 2 mins later",
            None,
        ),
        (
            "my son suddenly can't feel his legs and can't stand up, he's 19",
            "both_legs_weak",
        ),
        (
            "foot went black after the bonfire but it was soot, washed off fine",
            None,
        ),
        (
            "my big toe has gone black and the foot is cold and agony",
            "cold_pale_leg",
        ),
        (
            "came from the dentist, lip drooping and talking slurred from the numbing "
            "injection lol",
            None,
        ),
        (
            "came from the dentist, the injection was on the left but his right face is "
            "drooping and his right arm keeps dropping",
            "stroke_signs",
        ),
        (
            "my grandad lost his leg after it went cold and blue. my feet tingle in the cold, "
            "both feet pink and warm",
            None,
        ),
        (
            "had an epidural 6 months ago, totally fine after. my foot tingles when I cross "
            "my legs",
            None,
        ),
        (
            "feet go cold and pale in the crew rest compartment, fine once I put my socks on",
            None,
        ),
        (
            "my leg is in a cast, the pain is unbearable and my toes are numb, could it be "
            "compartment syndrome?",
            "compartment_signs",
        ),
        (
            "heart was racing when I saw the bill haha. separately my feet tingle at work",
            None,
        ),
        (
            "my heart is racing and my chest is tight and my calf is swollen",
            "chest_symptoms",
        ),
        (
            "got the quote for the roof and my legs gave way haha. my foot falls asleep in the van",
            None,
        ),
        (
            "both my legs just gave way and I can't get up off the floor",
            "both_legs_weak",
        ),
        (
            "spinal injection two years ago, weak legs after, surgery that night and made a "
            "full recovery. now just a sore back",
            None,
        ),
        (
            "tooth abscess and a temperature. separate thing, my foot goes numb when I sit "
            "cross legged",
            None,
        ),
        (
            "my diabetic toe is infected, pus and red streaks, and I've got a temperature",
            "foot_infection",
        ),
        (
            "my arm keeps dropping off the armrest when I doze in the chair",
            None,
        ),
        (
            "her left arm keeps dropping and she can't hold her cup, started 20 minutes ago",
            "stroke_signs",
        ),
        (
            "my stage makeup melts under the lights, by the finale my face is sliding off lol",
            None,
        ),
        (
            "my face is sliding down on the left and I can't smile properly",
            "stroke_signs",
        ),
        (
            "my wife says her legs don't work at bath time but walks to the kitchen without "
            "any trouble",
            None,
        ),
    ],
)
def test_the_forty_seventh_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-seventh session's sets (written sets 393 on, topic sets
    203 on), by round: beside round one 35 (10 wrong at 19aa17a), beside round two 40 (12 wrong),
    beside round three 32 (10 wrong); the others are guards (signs
    told today that the mends must not hide)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # beside round one (written sets 405-408, topic sets 212-214)
        (
            "my left foot has gone num all of a sudden full stop nothing pressing on it and "
            "it wont take my weight",
            "stroke_signs",
        ),
        (
            "I have a num feeling round my back passage since yesterday and I cant feel the "
            "toilet paper",
            "cauda_equina_signs",
        ),
        (
            "the pea will not come out even though I am bursting and my bottom is num full stop",
            "cauda_equina_signs",
        ),
        (
            "sciatica down my right leg for a week comma know numbness in the saddle know "
            "trouble with the bladder",
            None,
        ),
        (
            "my husband is dribbling when he pea and his legs have gone week",
            "cauda_equina_signs",
        ),
        (
            "my wife is walking like shes drunk and bumping the walls, she hasnt touched a drop",
            "stroke_signs",
        ),
        (
            "dad is staggering like hes hammered and he doesnt drink, started an hour ago",
            "stroke_signs",
        ),
        (
            "after the stag do I was walking like I was drunk, well I was drunk lol, feet "
            "tingly next day",
            None,
        ),
        (
            "walked like I was drunk after the marathon, legs wrecked, toes a bit numb still",
            None,
        ),
        (
            "mum was walking fine at breakfast, now both her legs have gone weak and she "
            "cant get off the chair",
            "both_legs_weak",
        ),
        (
            "both my legs gave way on the stairs and I cant stand. I was walking fine this morning",
            "both_legs_weak",
        ),
        (
            "Type 1. Blister off my work boots has gone black at the edges and smells. I "
            "cant feel much down there anyway",
            "foot_infection",
        ),
        (
            "got a small blister from my new trainers, no redness, healing fine",
            None,
        ),
        (
            "my foot has gone white and icy in the last hour and really hurts, my wife says "
            "put it by the fire",
            "cold_pale_leg",
        ),
        (
            "feet always cold in winter, I sit by the radiator and they warm up and go pink",
            None,
        ),
        (
            "her sight went half black in the left eye five minutes ago and her arm feels heavy",
            "stroke_signs",
        ),
        (
            "his left arm and leg no power since lunch, he is 80",
            "stroke_signs",
        ),
        (
            "my face is drooping after 14 hours on the night shift haha, toes tingle from "
            "the boots",
            None,
        ),
        (
            "my face is drooping on one side and I cant lift my arm",
            "stroke_signs",
        ),
        (
            "this traffic is enough to give anybody a stroke, anyway my left foot goes numb "
            "in the car",
            None,
        ),
        (
            "I think I am having a stroke, my face feels numb and my words are wrong",
            "stroke_signs",
        ),
        (
            "I read online that a swollen leg with chest pain can be a blood clot. My leg "
            "is fine, just tingly when I sit",
            None,
        ),
        (
            "my calf is swollen and red since the flight and now I am short of breath "
            "climbing the stairs",
            "chest_symptoms",
        ),
        (
            "Chest pain? none. Short of breath? only when running for the bus. Calf fine. "
            "My toes tingle in my boots",
            None,
        ),
        (
            "had a spinal injection 6 months ago for my back, pins and needles in my feet "
            "when I stand at work, goes when I sit down",
            None,
        ),
        (
            "had an epidural two days ago and now both my legs are numb and I cant lift them",
            "spine_head_injury",
        ),
        (
            "my ankle is in a cast, toes a bit tingly when I hang it down, pink and warm, "
            "pain getting less, fracture clinic happy with it",
            None,
        ),
        (
            "my cast is so tight my toes are white and numb and the pain is unbearable",
            "compartment_signs",
        ),
        (
            "my mums leg went cold and blue years ago and she had an operation. my foot "
            "goes numb in tight boots, warm and pink though",
            None,
        ),
        (
            "my mums leg has gone cold and blue in the last hour and she is crying with the pain",
            "cold_pale_leg",
        ),
        (
            "my speech was slurred at the party last night, too much wine, fine today. feet "
            "tingle most days",
            None,
        ),
        (
            "my speech is slurred and my face feels droopy, I have not had anything to drink",
            "stroke_signs",
        ),
        (
            "when I overdo it and crash my legs ache and tingle for two days, ME for 5 years",
            None,
        ),
        (
            "came off my motorbike in a crash an hour ago, my back hurts and my legs are numb",
            "spine_head_injury",
        ),
        (
            "my foot goes completely dead when I sit on my heels, it's gone within a couple "
            "of minutes of standing",
            None,
        ),
        (
            "had a mini stroke in 2020, face drooping and all, all good now. my feet tingle "
            "in the cold",
            None,
        ),
        (
            "her face is drooping and all her words are muddled, it started ten minutes ago",
            "stroke_signs",
        ),
        (
            "before exams I get panicky and my legs go like jelly and tingly, it passes "
            "once I start writing",
            None,
        ),
        (
            "both legs went like jelly and I collapsed on the kitchen floor, cant get up",
            "both_legs_weak",
        ),
        # beside round two (written sets 409-412, topic sets 215-217)
        (
            "had a spinal for my caesarean on Monday, all wore off fine. Today my left leg "
            "has gone numb and I cant lift my foot",
            "spine_head_injury",
        ),
        (
            "Epidural on Saturday, legs numb for a few hours then it wore off. This morning "
            "both my legs are weak and I cant feel my bum",
            "cauda_equina_signs",
        ),
        (
            "had a spinal for my section, legs numb for hours after like they said, all "
            "wore off by the evening and I am walking fine now",
            None,
        ),
        (
            "since yesterday the pain go down my two legs and my two legs are very weak, I "
            "cannot walk good",
            "both_legs_weak",
        ),
        (
            "my two feet tingle a little in bed for some years, I am diabetic",
            None,
        ),
        (
            "I slip on the ice this morning, land on my back, now both legs numb and I cant "
            "stand up",
            "spine_head_injury",
        ),
        (
            "took a cricket ball to the back of the head an hour ago and now my left arm "
            "and leg are tingly and weak",
            "spine_head_injury",
        ),
        (
            "what if i trip and land on my back, how would i know ive hurt my spine? im "
            "fine, just curious",
            None,
        ),
        (
            "my mama had udar two years ago, she is fine now, only her hand is a bit weak "
            "like always",
            None,
        ),
        (
            "fell in the river yesterday, legs white and numb when I got out but warmed up "
            "within the hour, today normal",
            None,
        ),
        (
            "my bum went numb on the long coach seat, was fine 5 mins after getting off, "
            "peeing fine no weakness",
            None,
        ),
        (
            "my bum and inner thighs are numb since this morning and I cant feel the toilet paper",
            "cauda_equina_signs",
        ),
        (
            "heart racing and cant breathe because he latched for the first time haha, "
            "anyway my feet tingle when I sit on them",
            None,
        ),
        (
            "my heart is racing and I cant breathe and my calf is swollen and hot",
            "chest_symptoms",
        ),
        (
            "when dad stands up from the garden stool his leg is dead and he hobbles for a "
            "few minutes until it comes back",
            None,
        ),
        (
            "I can walk to the shop but my calf cramps and I stop, then I can carry on "
            "until it comes back",
            None,
        ),
        (
            "ur useless, just tell me where the nearest pharmacy is",
            None,
        ),
        (
            "my left leg is useless since this morning, it just drags and wont lift",
            "stroke_signs",
        ),
        (
            "my right leg goes heavy and numb every evening after the long drive, gone by "
            "morning, been like this two years",
            None,
        ),
        (
            "my right leg went heavy and numb an hour ago out of nowhere and my face feels strange",
            "stroke_signs",
        ),
        (
            "writing our emergency response plan for the depot: what do we do if someone "
            "has face droop or slurred speech?",
            None,
        ),
        (
            "the cast was too tight so they cut it off at A and E that night, all healed "
            "now, just a bit of tingling on the foot",
            None,
        ),
        (
            "my toes started tingling three days ago, now its up to my knees and my legs "
            "feel weak on the stairs",
            "ascending_weakness",
        ),
        (
            "every relapse after I overdo it my legs tingle for a day or two, long covid "
            "since 2021",
            None,
        ),
        (
            "I was in a car crash this morning, my neck hurts and both my arms and legs are "
            "tingling",
            "spine_head_injury",
        ),
        # beside round three (written sets 413-414, topic sets 218-219)
        (
            "my right foot went numb and floppy ten minutes ago while I was standing at the "
            "till, I cant lift my toes",
            "stroke_signs",
        ),
        (
            "his left foot has gone floppy and he is dragging it, came on half an hour ago "
            "out of nowhere",
            "stroke_signs",
        ),
        (
            "my foot goes a bit floppy and tingly when I sit cross legged for ages, fine "
            "once I stand",
            None,
        ),
        (
            "wasnt leaning on anything, wasnt sat down, my left leg just went numb and "
            "heavy a few minutes ago",
            "stroke_signs",
        ),
        (
            "had a filling this morning, half my face is numb and my talking is slurry, "
            "dentist said 2 hrs to wear off",
            None,
        ),
        (
            "had a filling this morning but now the other side of my face is drooping and "
            "my arm is weak",
            "stroke_signs",
        ),
        (
            "my nan had a stroke years ago, do you inherit strokes? my toes tingle when I kneel",
            None,
        ),
        (
            "dead on my feet after a double shift, I'm paralysed on the couch lol, legs "
            "achy and a bit tingly",
            None,
        ),
        (
            "both my legs have gone weak and numb since lunch and I cant get up off the couch",
            "both_legs_weak",
        ),
        (
            "woke up with my arm totally numb from lying on it, couldnt feel it for a "
            "minute, totally back now",
            None,
        ),
        (
            "our captain had a stroke last season, slurred speech and all, he is back "
            "playing now. my calf cramps after matches",
            None,
        ),
        (
            "our captain is slurring his words and his face has dropped on one side, he "
            "just sat down on the bench",
            "stroke_signs",
        ),
        (
            "my sister read about guillain barre and thinks my cold toes will climb up and "
            "paralyse me, it is just winter",
            None,
        ),
        (
            "most afternoons my leg goes dead when I sit on it on the sofa, it comes back "
            "after a few minutes of walking",
            None,
        ),
    ],
)
def test_the_forty_eighth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-eighth session's sets (written sets 405 on, topic sets
    212 on), by round: beside round one 39 (14 wrong at 3f7c3d0), beside round two 25 (7
    wrong), beside round three 14 (3 wrong); the others are guards (signs told today that the
    mends must not hide)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # beside round one (written sets 415-418, topic sets 220-222)
        (
            "my dads mouth is going to one side and he cant lift his arm",
            "stroke_signs",
        ),
        (
            "her mouth has gone down on one side, started 10 mins ago",
            "stroke_signs",
        ),
        (
            "his face is pulling to one side and he is dribbling his tea",
            "stroke_signs",
        ),
        (
            "he cant say the words properly and his arm is weak",
            "stroke_signs",
        ),
        (
            "my nan suddenly cant say her words right, it started at dinner",
            "stroke_signs",
        ),
        (
            "both my legs have gone numb and its getting more numb by the minute",
            "both_legs_weak",
        ),
        (
            "both of my legs are numb from the knees down and getting weaker, started an hour ago",
            "both_legs_weak",
        ),
        (
            "trod on a carpet tack on monday, the sole is hot and swollen and the redness "
            "is creeping up my leg, temp 39",
            "foot_infection",
        ),
        (
            "trod on a nail at work, now my foot is red and the redness is spreading up my "
            "shin and i feel shivery",
            "foot_infection",
        ),
        (
            "her face drooped and her speech was slurred for 10 minutes and she is fine now",
            "stroke_signs",
        ),
        (
            "my face drooped for a few minutes this morning and I am fine now",
            "stroke_signs",
        ),
        (
            "my sister's leg suddenly went numb and weak last Christmas, it was a mini "
            "stroke, she was treated and is fine now",
            None,
        ),
        (
            "dad had a mini stroke last Ramadan, his arm went weak, he was treated and is "
            "fine now. why do my toes tingle",
            None,
        ),
        (
            "my leg went numb after kneeling for prayers and I am fine now",
            None,
        ),
        (
            "had a spinal injection in march, the tingling in my foot is the same as before "
            "the injection",
            None,
        ),
        (
            "my diabetic foot ulcer got infected in the spring, had IV antibiotics, now "
            "fully healed, foot tingles",
            None,
        ),
        (
            "banged my head on a cupboard, no numbness no weakness, legs fine, the pins and "
            "needles in my feet are same as ever",
            None,
        ),
        (
            "slipped off the step ladder and landed on my bum, back is sore, no numbness, "
            "legs feel normal",
            None,
        ),
        (
            "my legs are like jelly after walking the length of the high street tonight lol",
            None,
        ),
        (
            "had breast cancer 6 years ago, my back aches after a heavy shift but its the "
            "same old ache, legs fine",
            None,
        ),
        (
            "It's been two months since I hurt my back deadlifting, the tingling down my "
            "leg is still there",
            None,
        ),
        (
            "a customer fainted at the till, paramedics checked him and said he was fine, "
            "my feet tingle from standing",
            None,
        ),
        (
            "for months I've had odd episodes, blurry vision in one eye then a tingly leg, "
            "it has come and gone a few times",
            None,
        ),
        (
            "I hurt my back lifting this morning and now both legs are numb and I cant pee",
            "cauda_equina_signs",
        ),
        (
            "fell off the ladder and now my legs are numb",
            "spine_head_injury",
        ),
        (
            "had an epidural yesterday and now my leg is numb and weak and it is getting worse",
            "spine_head_injury",
        ),
        (
            "I had bowel cancer, now my back really hurts and my legs feel weak and numb",
            "cancer_spine_signs",
        ),
        (
            "my legs are like jelly and giving way, I cant stand, it came on this morning",
            "both_legs_weak",
        ),
        # beside round two (written sets 419-422, topic sets 223-225)
        (
            "about an hour ago my speech turned to porridge and my right arm and leg went "
            "to sleep together, it passed after five minutes",
            "stroke_signs",
        ),
        (
            "my whole right flank is fizzing and my words come out like mush",
            "stroke_signs",
        ),
        (
            "her speech has gone mushy and her left arm is weak",
            "stroke_signs",
        ),
        (
            "he reels about like a drunkard but has had nothing stronger than tea all day",
            "stroke_signs",
        ),
        (
            "since half an hour my left leg does not obey me and my hand is like wood",
            "stroke_signs",
        ),
        (
            "I am no longer master of my bowels and my bottom is numb, my back has been bad "
            "for days",
            "cauda_equina_signs",
        ),
        (
            "legs, both of them, heavy and the numbness deepening since yesterday",
            "both_legs_weak",
        ),
        (
            "sciatica in my left leg for a week, now its down my right leg too and both "
            "legs are numb",
            "both_legs_weak",
        ),
        (
            "got suplexed onto my head at training and now my right leg is weak and tingly",
            "spine_head_injury",
        ),
        (
            "fell off the scaffold about two metres onto my back, now both my legs are tingling",
            "spine_head_injury",
        ),
        (
            "fell off the ladder an hour ago now my legs are numb",
            "spine_head_injury",
        ),
        (
            "cant stand up, the numbness has crept up both legs since yesterday and now my "
            "hands tingle",
            "ascending_weakness",
        ),
        (
            "sorry if I sound slurred in the voice note, got my gumshield in. my toe "
            "tingles in tight boots",
            None,
        ),
        (
            "cheek went numb from his cross face for a minute, smile looks the same both sides now",
            None,
        ),
        (
            "my wife had an epidural three weeks ago, her legs were numb for a few hours "
            "but totally normal since",
            None,
        ),
        (
            "had an epidural for the baby, legs numb for a few hours, all came back that "
            "night. now just a tingle in my thigh when I sit",
            None,
        ),
        (
            "fell asleep on the floor with my leg under the sofa, woke with my foot numb, "
            "fine in twenty minutes",
            None,
        ),
        (
            "bumped my head on a beam a week ago, no lasting harm; the tingling in my foot "
            "predates that by months",
            None,
        ),
        (
            "one of my ewes has foot rot with pus, the vet is coming. my own foot tingles "
            "after the quad bike",
            None,
        ),
        (
            "broke my ankle, in a cast since tuesday, nurse said watch for toes going numb "
            "or pale, all fine so far",
            None,
        ),
        (
            "had two spells where my sight went blurry for a week or so last year, now "
            "tingling down one leg at times",
            None,
        ),
        (
            "I'm diabetic and a bit neurotic, small blister on my toe from new shoes, no "
            "redness, no pus",
            None,
        ),
        (
            "at my last race I couldnt get my breathing under control at the mass swim "
            "start, how do I deal with the panic",
            None,
        ),
        (
            "I cant get my breath and my calf is swollen and red",
            "chest_symptoms",
        ),
        (
            "I was kneeling and now my leg is completely dead and I cant move my foot, it "
            "has been an hour",
            "stroke_signs",
        ),
        (
            "my legs have given way after a panic attack and I still cant stand an hour later",
            "both_legs_weak",
        ),
        # beside round three (written sets 423-424, topic sets 226-227)
        (
            "me deaf. 2 day feet tingle, now both leg numb up to hip, hand tingle",
            "ascending_weakness",
        ),
        (
            "since yesterday the numbness went from my feet up to the waist and I cant walk",
            "ascending_weakness",
        ),
        (
            "both leg heavy and numb since I woke, worse by the hour",
            "both_legs_weak",
        ),
        (
            "my dad diabetic, his toe go black now and smell bad, foot swollen red hot",
            "foot_infection",
        ),
        (
            "his big toe goes black at the tip and it smells, his foot is hot and swollen",
            "foot_infection",
        ),
        (
            "After three services my throat is raw and my voice has nearly gone. What helps "
            "a sore throat?",
            None,
        ),
        (
            "woke with my leg completely dead, then realised my partners leg was draped "
            "over mine, fine 2 min later",
            None,
        ),
        (
            "BSL interpreter here preparing a health awareness session: how do I explain "
            "sudden numbness in one leg?",
            None,
        ),
        (
            "two hours on hard pews at midnight mass, left leg pins and needles from the "
            "thigh down, walked it off",
            None,
        ),
        (
            "cast off six weeks now, physio going well, toes tingle sometimes. the cast was "
            "too tight at first but that got sorted there and then",
            None,
        ),
        (
            "my toenail went black after the marathon, no pain",
            None,
        ),
        (
            "my voice has suddenly gone slurred and my face is drooping",
            "stroke_signs",
        ),
        (
            "in a cast since yesterday, my toes are numb and white and the pain is much "
            "worse than before",
            "compartment_signs",
        ),
    ],
)
def test_the_forty_ninth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the forty-ninth session's sets (written sets 415 on, topic sets
    220 on), by round: beside round one 28 (11 wrong at 517e648), beside round two 26 (11
    wrong), beside round three 13 (6 wrong); the others are guards (signs told now beside the
    new excuses)."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # beside round one (written sets 425-428, topic sets 228-230)
        (
            "my dad keeps asking us the same question over and over tonight and now says "
            "his left leg is numb",
            "stroke_signs",
        ),
        (
            "grandad started asking me the same question again and again, same question "
            "over and over, and he is dragging his foot",
            "stroke_signs",
        ),
        (
            "my mum has dementia and keeps asking the same question, her leg is numb from "
            "sitting in her chair for years",
            None,
        ),
        (
            "since 3am both my legs have been going numb and weak and i can hardly get up "
            "the steps",
            "both_legs_weak",
        ),
        (
            "my legs have been going weak since midnight and getting worse",
            "both_legs_weak",
        ),
        (
            "my wife face is not same on both sides since one hour and her arm is weak",
            "stroke_signs",
        ),
        (
            "his smile not same on both sides and he drops his spoon",
            "stroke_signs",
        ),
        (
            "whipped my head back into the metal bar at the gym and now both legs are tingling",
            "spine_head_injury",
        ),
        (
            "my neck got whipped against the rail in the crash and now my right leg is numb",
            "spine_head_injury",
        ),
        (
            "out of breath after running up the hill with the kids, normal again in two "
            "minutes, foot tingles a bit",
            None,
        ),
        (
            "heart pounding and out of breath after chasing the dog down the road, settled "
            "after a sit down",
            None,
        ),
        (
            "my heart starts pounding with worry before every exam and my legs tingle",
            None,
        ),
        (
            "my boss told us how she once got heatstroke in spain and her legs gave way. i "
            "just have a tingly foot",
            None,
        ),
        (
            "speech was slurred and my lip numb after the dentist, wore off by lunchtime. "
            "now only my foot tingles",
            None,
        ),
        (
            "im talking gibberish by 4pm most days after the nursery shift lol, brain has "
            "gone to mush. foot tingles standing",
            None,
        ),
        (
            "voice gone after teaching all day, any tips? also my toes tingle in these shoes",
            None,
        ),
        (
            "my face is falling off from smiling at the wedding all day haha, and my feet "
            "tingle in heels",
            None,
        ),
        (
            "slept curled up in the tent and woke with my leg completely dead, shook it off "
            "in a minute",
            None,
        ),
        (
            "my lips go numb after playing the trumpet, the mouthpiece presses hard",
            None,
        ),
        (
            "toes went numb and pale in the cast on monday, they split the cast at A&E and "
            "the colour came back straight away",
            None,
        ),
        (
            "fell off the horse last month and hit my head, scan clear, no numbness or "
            "weakness then or since. foot tingles when i kneel",
            None,
        ),
        (
            "landed on my bum on the ice. no numbness anywhere, peeing fine, can feel "
            "everything down below. just a sore tailbone",
            None,
        ),
        (
            "my legs nearly gave way when i saw the bull loose in the lane, pins and "
            "needles in my hands and feet for a bit, now settled",
            None,
        ),
        (
            "i can feel everything down below but since this morning i cant pee at all and "
            "my back is agony",
            "cauda_equina_signs",
        ),
        (
            "out of breath after the stairs normal again, but my calf is swollen and now i "
            "am coughing up blood",
            "chest_symptoms",
        ),
        (
            "the dentist numbed my gum last week. today my speech is slurred and my face is "
            "drooping",
            "stroke_signs",
        ),
        (
            "ran up the steps and now i have crushing chest pain going down my arm",
            "chest_symptoms",
        ),
        # beside round two (written sets 429-432, topic sets 231-233)
        (
            "my neighbour suddenly not understand what i say and his left foot is dead, he drag it",
            "stroke_signs",
        ),
        (
            "my husband suddenly doesnt understand what we say to him, he looks lost",
            "stroke_signs",
        ),
        (
            "his right leg is numb and he drags it behind him since lunch",
            "stroke_signs",
        ),
        (
            "had my son by caesarean with a spinal on friday, now my right leg has gone "
            "numb and weak again",
            "spine_head_injury",
        ),
        (
            "the mare double barrelled me in the back and i went down hard, now my left leg "
            "is tingling and weak",
            "spine_head_injury",
        ),
        (
            "went down hard on my back on the ice this morning and now both legs are numb",
            "spine_head_injury",
        ),
        (
            "I had bowel cancer four years ago. I have a new pain in my back that wakes me "
            "at night. This week my right leg has gone numb and weak.",
            "cancer_spine_signs",
        ),
        (
            "burnt my foot on a hot pan, small blister, not red or spreading, no fever",
            None,
        ),
        (
            "the vet used the word stroke about my dog, not me. my toes tingle in the cold",
            None,
        ),
        (
            "had an epidural injection for sciatica a month ago, helped loads, no new "
            "numbness, no weakness",
            None,
        ),
        (
            "when i sleep on my side my arm and leg on that side go dead, come back in a "
            "few minutes",
            None,
        ),
        (
            "my wife keeps going on about cauda equina because her sister had it. no numb "
            "bum, wee fine",
            None,
        ),
        (
            "coughed up a bit of blood, had a tooth out yesterday so its from the socket, "
            "breathing fine",
            None,
        ),
        (
            "so cold in the cave my legs were dead, all fine after a hot shower",
            None,
        ),
        (
            "banged my head on the roof in the loft, no headache no numbness, just a bump",
            None,
        ),
        (
            "hung in the harness for 20 minutes and my legs went tingly, suspension trauma? "
            "gone in 5 mins",
            None,
        ),
        (
            "my old boss had a stroke years back, face all droopy, never worked again. my "
            "feet tingle in the cold",
            None,
        ),
        (
            "right now its just my feet a bit tingly after the night shift, goes after a bath",
            None,
        ),
        (
            "couldnt feel my lips in the blast freezer, speech a bit slurry, lips were "
            "frozen, fine after a brew",
            None,
        ),
        (
            "my brother told us his mate had that thing where the numbness goes up both "
            "legs. mine only tingle in the cold",
            None,
        ),
        (
            "my dad had a tia in march, fine since. his toes tingle when his feet get cold",
            None,
        ),
        (
            "talking all slurred, dentist gave me 3 injections for a filling this morning. "
            "my leg tingled in the chair",
            None,
        ),
        (
            "leg went completely dead hanging in the harness with the leg loop digging in, "
            "came back in 5 min, totally normal now",
            None,
        ),
        (
            "breathless after dragging the boat up the slip, got my breath back in a "
            "minute, calves not swollen",
            None,
        ),
        (
            "numb bum after 6 hrs on the quad bike, goes after a walk",
            None,
        ),
        (
            "fell off a roof 3 years ago and broke my back, walked out fine with no "
            "numbness since. foot tingles when i kneel",
            None,
        ),
        (
            "i know tingling that climbs up both legs is a 999 job. mine isnt that, just my "
            "toes for a month",
            None,
        ),
        (
            "bandaged my ankle too tight, toes tingled so i loosened the bandage and they "
            "were fine in 10 mins",
            None,
        ),
        (
            "knelt in the tank for half an hour and when i climbed out my foot was "
            "completely dead, gone after i walked about",
            None,
        ),
        (
            "treadle machine all morning and my foot went dead and buzzy, shook it out, fine now",
            None,
        ),
        (
            "had a tooth out last week. now i am coughing up blood and my calf is swollen and hot",
            "chest_symptoms",
        ),
        (
            "got my breath back after the stairs but now i have chest pain and a swollen calf",
            "chest_symptoms",
        ),
        (
            "my old boss had a stroke years back. this morning my own face is drooping and "
            "my words are slurred",
            "stroke_signs",
        ),
        # beside round three (written sets 433-436, topic sets 234-236)
        (
            "my left foot just went floppy in the queue, it slaps when i walk, nothing "
            "pressing on it",
            "stroke_signs",
        ),
        (
            "his foot has gone floppy out of nowhere and the top of it is numb",
            "stroke_signs",
        ),
        (
            "dad just dropped his cup, his right arm wont lift and his right leg is dragging",
            "stroke_signs",
        ),
        (
            "her left arm wont lift properly since ten minutes ago and her face looks odd",
            "stroke_signs",
        ),
        (
            "bad back since the weekend, my backside is numb and i have to strain like mad to pee",
            "cauda_equina_signs",
        ),
        (
            "lower back agony, numb between my legs and i have to really strain to pee",
            "cauda_equina_signs",
        ),
        (
            "went down flat on my back at the rink and now my left leg is numb and weak",
            "spine_head_injury",
        ),
        (
            "my face went so funny when the teacher called my name lol. my foot goes numb "
            "in tight boots",
            None,
        ),
        (
            "had breast cancer at 30, 15 years clear. back is totally fine, just pins and "
            "needles in my feet when i sit cross legged",
            None,
        ),
        (
            "my back aches at the end of the week like everyones, gone by monday. had "
            "prostate cancer years ago, toes tingle in the cab",
            None,
        ),
        (
            "my oncology nurse told me to report any new back pain with numbness. i just "
            "have a stiff neck, no numbness",
            None,
        ),
        (
            "my husband says the office has been paralysed down one side since the boss "
            "left, ha. my calf cramps walking",
            None,
        ),
        (
            "face dropped when the dj played the birdie song lol, feet numb from heels",
            None,
        ),
        (
            "my mum had a stroke last year, face drooped, she made a full recovery. now her "
            "foot tingles after long drives",
            None,
        ),
        (
            "a friend told me her sister collapsed from a clot once. my calf aches after "
            "work but no swelling",
            None,
        ),
        (
            "how would we know if grandad was having a stroke at the party? his legs tingle "
            "when he sits",
            None,
        ),
        (
            "my heart was racing and i nearly fainted when he got down on one knee. foot "
            "numb from sitting on it",
            None,
        ),
        (
            "stood in the freezer in my crocs and my toes went numb and pale, theyve gone "
            "pink and tingly now",
            None,
        ),
        (
            "the speech was a car crash, he was so hammered he was slurring every word. my "
            "leg went numb on the loo",
            None,
        ),
        (
            "my old guvnor ended up in a wheelchair from cauda equina, he lost control of "
            "his bladder. mine is just a tingly calf",
            None,
        ),
        (
            "mums slurred speech last week turned out to be a mini stroke, she is home and "
            "doing fine now",
            None,
        ),
        (
            "can the cold cause numb toes? i work in a cold store",
            None,
        ),
        (
            "first cold snap of the year and my toes went purple and prickly on the market stall",
            None,
        ),
        (
            "my calves cramp when i carry the boxes, stop and it eases off, toes cold and "
            "tingly too",
            None,
        ),
        (
            "organ builder: folded up in the case for an hour, when i climb out my legs are "
            "numb, back to normal in a few minutes",
            None,
        ),
        (
            "my face went so funny when i tried to smile just now and my arm is weak",
            "stroke_signs",
        ),
        (
            "had breast cancer 5 years ago, new back pain this month and now my legs are "
            "numb and weak",
            "cancer_spine_signs",
        ),
        (
            "first cold snap and my foot is white, ice cold and agony and i cant feel it",
            "cold_pale_leg",
        ),
        (
            "back pain since moving the piano, numb around my backside, have to strain like "
            "mad to pee, nothing working downstairs either. holiday ruined lol but "
            "seriously is that a back thing",
            "cauda_equina_signs",
        ),
        (
            "sore back since the weekend, my bum is numb and i can barely pee. date night "
            "ruined haha but seriously could this be my back",
            "cauda_equina_signs",
        ),
        (
            "my face dropped when i saw the bill lol but seriously could this be why my "
            "foot tingles when i sit",
            None,
        ),
        (
            "legs like jelly after the rave lol but seriously my foot tingles when i sit "
            "cross legged, normal?",
            None,
        ),
        # the second read's guards: a side paralysed is a body, a car crash told as "it" a crash
        (
            "his right side is paralysed since this morning",
            "stroke_signs",
        ),
        (
            "her left side has been paralysed for an hour and her face droops",
            "stroke_signs",
        ),
        (
            "my left side is paralysed",
            "stroke_signs",
        ),
        (
            "it was a car crash on the motorway an hour ago and now both my legs are numb",
            "spine_head_injury",
        ),
        (
            "that was a car crash yesterday, now my legs are tingling and weak",
            "spine_head_injury",
        ),
        (
            "the night was a car crash, a lorry hit us, now my legs are numb",
            "spine_head_injury",
        ),
    ],
)
def test_the_fiftieth_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the fiftieth session's sets (written sets 425 on, topic sets 228
    on), by round: beside round one 27 (13 wrong at 990ea0a), beside round two 33 (18 wrong),
    beside round three 32 (18 wrong); the others are guards (signs told now beside the new
    excuses). The last six guard two rewrites of round three the second read found too wide (a
    "side ... paralysed" was read as a team stuck, "it was a car crash" as a bad evening): all six
    right at 990ea0a, three wrong at 9d50b60."""
    _wording_holds(text, finding)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "he's had the quarry cough as always but it never had blood before, now he's "
            "coughing up blood and his calf is swollen",
            "chest_symptoms",
        ),
        (
            "my dad keeps asking where mum is when she's sitting right next to him, and his"
            " right arm has gone weak",
            "stroke_signs",
        ),
        (
            "gran kept asking where the cat was when it was lying on her lap, and her left "
            "leg is dragging since lunch",
            "stroke_signs",
        ),
        (
            "got slammed into the gate by a cow this morning, now both my legs are numb and tingly",
            "spine_head_injury",
        ),
        (
            "flattened by a ram at lambing and my back took it, now my legs are weak and numb",
            "spine_head_injury",
        ),
        (
            "my feet feel cold but they are a normal colour, just tingly after the van, "
            "goes after a bit",
            None,
        ),
        (
            "my face went a bit weird when my boss told me about the overtime haha. anyway "
            "my toes tingle in my boots",
            None,
        ),
        (
            "Uncle had cauda equina in the 80s, couldnt pee, had an emergency op. I get a "
            "numb thigh after driving, could it be that?",
            None,
        ),
        (
            "had an epidural 4 years back with my son, now I get pins and needles when I "
            "sit on my foot, did the epidural cause it",
            None,
        ),
        (
            "legs went to jelly carrying slabs all day, both of them, fine after a sit "
            "down. just one tingly toe",
            None,
        ),
        (
            "had an infected blister on my heel last winter, IV antibiotics, all healed "
            "now. feet still tingly like always",
            None,
        ),
        (
            "the dentist numbed my jaw this morning and my face is droopy on one side, "
            "dribbling my coffee. also my shin tingles when i kneel",
            None,
        ),
        (
            "after a 12 hr shift my legs are dead, numb from the waist down lol, any "
            "stretches for tired calves",
            None,
        ),
        (
            "out of breath after running up and down the stairs twenty times with crates, "
            "fine after 5 mins. legs fine",
            None,
        ),
        (
            "fell off the step ladder last month, x-ray was clear, back still a bit sore, "
            "no numbness in my legs",
            None,
        ),
        (
            "my toe went black on monday, turned out it was dye from the new socks. anyway "
            "the ball of my foot tingles",
            None,
        ),
        (
            "a lad at the mart got Guillain-Barre after a stomach bug. I had one too. legs "
            "feel fine, no tingling at all, just worried",
            None,
        ),
        (
            "so cold on the hill my cheeks were numb and i couldnt talk properly for the "
            "cold. thawed out now, toes tingling a bit",
            None,
        ),
        (
            "my mate asked for his site safety training: if leg become cold and blue after "
            "a fall, must go hospital? he is fine",
            None,
        ),
        (
            "im back teaching after chemo for bowel cancer, my feet tingle like cotton wool"
            " since, no back pain at all",
            None,
        ),
        (
            "when i walk far both my legs go heavy and tingly, better if i sit down or lean"
            " on the trolley",
            None,
        ),
        (
            "sitting on the high stool all morning both calves and my feet go fizzy and "
            "numb, it all clears within a few minutes of walking",
            None,
        ),
        (
            "i kneel all day fitting carpets, when i get back up my shins and feet are full"
            " of pins and needles for a minute",
            None,
        ),
        (
            "my legs go numb like always but it never had my bladder go before, now i cant "
            "pee and my bum is numb",
            "cauda_equina_signs",
        ),
        (
            "my left foot is ice cold and the toes are going blue, but its normal colour higher up",
            "cold_pale_leg",
        ),
        (
            "my foot is cold and white, the other one is a normal colour",
            "cold_pale_leg",
        ),
        (
            "her face went funny when she was talking and now one side of it is drooping",
            "stroke_signs",
        ),
        (
            "when i get back up my legs give way and i cant feel them, since this morning, "
            "both legs",
            "both_legs_weak",
        ),
        (
            "started in my toes yesterday and now its numb right up my shins to my knees, "
            "both legs weak",
            "ascending_weakness",
        ),
        (
            "im back teaching after breast cancer, and now i have new back pain at night "
            "and my legs are weak",
            "cancer_spine_signs",
        ),
        (
            "fell off the ladder last week, x ray was clear, but now both my legs are numb "
            "and weak",
            "both_legs_weak",
        ),
        (
            "the dentist numbed my jaw yesterday. today my face is drooping on one side",
            "stroke_signs",
        ),
        (
            "my foot ulcer healed last month but now its red, hot and oozing pus and i have"
            " a fever",
            "foot_infection",
        ),
        (
            "thought it was dye from my socks but its not, my toe has gone black and it "
            "smells rotten",
            "foot_infection",
        ),
        (
            "just worried, i had a tummy bug and now tingling started in my feet and is "
            "creeping up to my knees, legs weak",
            "ascending_weakness",
        ),
        (
            "ran up and down the stairs and now i'm breathless with chest pain and my calf "
            "is swollen",
            "chest_symptoms",
        ),
        (
            "couldnt talk properly for the cold earlier. thawed out now but my speech is "
            "still slurred and my face droops",
            "stroke_signs",
        ),
        (
            "my husband cant pee and his bum is numb since this morning, he had an "
            "emergency op on his back years ago",
            "cauda_equina_signs",
        ),
        (
            "did my safety training last week. today my foot is cold and white and it really hurts",
            "cold_pale_leg",
        ),
        (
            "checker says go to A&E if foot blue and cold. mine is, since lunch, hurts like hell",
            "cold_pale_leg",
        ),
        (
            "my legs went to jelly yesterday and it resolved, but today both legs gave way "
            "and i cant walk",
            "both_legs_weak",
        ),
        (
            "the tingling usually all clears within minutes but now its climbing up both "
            "legs and i cant stand",
            "ascending_weakness",
        ),
        (
            "had an epidural years back for my first. this one was yesterday and my legs "
            "are still numb and i cant move them",
            "both_legs_weak",
        ),
        (
            "been barrowing stone all morning and now both my legs suddenly gave way and i "
            "cant stand up",
            "both_legs_weak",
        ),
        (
            "did a cold water swim at dawn. rest of me warmed up hours ago but my right "
            "foot is still white and icy and it hurts like mad, cant feel it",
            "cold_pale_leg",
        ),
        (
            "had a clot on the lung 3 years ago (couldnt breathe, coughed blood). fine now,"
            " just pins and needles in my foot when i kneel",
            None,
        ),
        (
            "my heart was pounding and i couldnt breathe when the cord prolapsed on shift, "
            "baby fine. anyway separate question, my toes tingle on nights",
            None,
        ),
        (
            "legs like jelly after a 20 hour shift, cant feel my legs lol, feet tingly from"
            " standing. just need my bed?",
            None,
        ),
        (
            "epidural with my first in 2018, legs dead for hours which is normal obviously."
            " 6 years later my calf tingles after kneeling. could the epidural have caused "
            "it",
            None,
        ),
        (
            "my patients epidural was topped up and both her legs are numb and heavy, which"
            " is the epidural working. my own foot tingles from kneeling, is that ok",
            None,
        ),
        (
            "does tingling that climbs up the leg mean something bad? mine only happens "
            "after kneeling and goes in a minute",
            None,
        ),
        (
            "my nan had cancer that pressed on her spine, both legs went numb. that was "
            "years ago, she passed since. my foot tingles when i cross my legs",
            None,
        ),
        (
            "had a stroke in may, arm and leg went numb and words went funny, thrombolysed."
            " six months on my leg is still a bit tingly, exactly the same as the day i "
            "came home",
            None,
        ),
        (
            "my trainer told us about a man whose face dropped and arm went weak and it was"
            " a stroke. my foot tingles when i sit on it, same thing?",
            None,
        ),
        (
            "could my numb bum after hours on a hard chair be that cauda equina thing? goes"
            " when i stand, no bladder problems",
            None,
        ),
        (
            "what should i do if someone im guiding suddenly says their leg has gone numb "
            "and their face looks droopy? want to be prepared",
            None,
        ),
        (
            "slept on it funny and woke with my foot tingling. face feels the same both "
            "sides, speech fine, it faded in ten minutes",
            None,
        ),
        (
            "had guillain barre 3 years ago, paralysed from the waist down for a month, "
            "fully recovered. now a bit of tingling in one toe after a long walk",
            None,
        ),
        (
            "dad had a tia last month, face went one side, stroke unit, on clopidogrel now "
            "and been fine since. he asks about his tingly feet",
            None,
        ),
        (
            "every time my pager goes my heart races and my chest goes tight, settles in 10"
            " min, been like this for years. just asking if its anxiety",
            None,
        ),
        (
            "my leg was completely dead when i woke on the sofa, id been lying with my "
            "other leg on top of it. shook it out and it came back",
            None,
        ),
        (
            "did a funeral today for a woman who died of a stroke, her son said her face "
            "dropped and her arm went weak. my own leg tingles when i kneel",
            None,
        ),
        (
            "what if my leg goes numb carrying a coffin? how would i tell the difference "
            "between that and a stroke",
            None,
        ),
        (
            "some nights my chest feels heavy with grief, not actual pain, just sadness. my"
            " foot tingles in bed",
            None,
        ),
        (
            "could standing for hours every day make both legs weak eventually? my legs are"
            " strong, feet tingle at night",
            None,
        ),
        (
            "had compartment syndrome after breaking my leg, they cut it open to release "
            "the pressure, all healed up. numb patch on the shin since",
            None,
        ),
        (
            "broke my ankle, in a boot 6 weeks, now that calf is swollen, hot and sore and "
            "my toes tingle",
            None,
        ),
        (
            "finished chemo in the summer and back walking dogs now, but my feet have been "
            "tingly since the chemo started",
            None,
        ),
        (
            "bumped my head on a shelf, no headache, no leg numbness or weakness. my foot "
            "was tingly yesterday before the bump from sitting on it",
            None,
        ),
        (
            "did a sea swim this morning and now my foot is white, ice cold and agony and i"
            " cant feel it",
            "cold_pale_leg",
        ),
        (
            "i had a PE years ago and now im breathless with chest pain and my calf is swollen",
            "chest_symptoms",
        ),
        (
            "anyway separate question: my chest is tight right now and im struggling to breathe",
            "chest_symptoms",
        ),
        (
            "just need my bed i think but both my legs suddenly gave way and i cant feel "
            "them since an hour ago",
            "both_legs_weak",
        ),
        (
            "had an epidural yesterday and 6 years later... no, i mean this one: my legs "
            "are still numb and i cant lift them today",
            "both_legs_weak",
        ),
        (
            "i told my gp about a man whose face dropped, and now my own face is drooping "
            "on one side and my arm is weak",
            "stroke_signs",
        ),
        (
            "my numb bum wont go away, cant feel anything down there and i cant pee since "
            "this morning",
            "cauda_equina_signs",
        ),
        (
            "i had guillain barre years ago and fully recovered, but since yesterday "
            "tingling is climbing up both legs and i cant stand",
            "ascending_weakness",
        ),
        (
            "on clopidogrel now, but this morning my face went to one side and my speech is"
            " slurred",
            "stroke_signs",
        ),
        (
            "my left leg went dead an hour ago, i shook it out but its still dead and my "
            "face feels droopy",
            "stroke_signs",
        ),
        (
            "my brother died of a stroke last year. an hour ago my face dropped on one side"
            " and my arm went weak",
            "stroke_signs",
        ),
        (
            "my chest feels heavy and tight right now and my calf is swollen and hot",
            "chest_symptoms",
        ),
        (
            "my legs are strong usually but today both legs suddenly gave way and i cant stand",
            "both_legs_weak",
        ),
        (
            "they said compartment syndrome last time, now after the fall my shin is rock "
            "hard, agony and my foot is numb",
            "compartment_signs",
        ),
        (
            "my calf is swollen, hot and sore and now i cant breathe and my chest hurts",
            "chest_symptoms",
        ),
        (
            "the sore on my foot is red, hot and swollen and i have a fever and chills",
            "foot_infection",
        ),
        (
            "im back walking the dogs and my back pain is new since my breast cancer, it "
            "wakes me at night and my legs are weak",
            "cancer_spine_signs",
        ),
        (
            "what should i do? my husband suddenly cant lift his arm and his speech is slurred",
            "stroke_signs",
        ),
        (
            "i was lying on it funny but now my face is drooping on one side and my speech "
            "is slurred",
            "stroke_signs",
        ),
        (
            "every time the pager goes i jump, but right now i have crushing chest pain and"
            " my calf is swollen",
            "chest_symptoms",
        ),
        (
            "i cant tell the difference, is this a stroke? my face is drooping and my arm "
            "is weak since 20 minutes",
            "stroke_signs",
        ),
        (
            "my right foot is white and icy and agony since an hour, the left is a normal "
            "colour and warm",
            "cold_pale_leg",
        ),
        (
            "cant feel my bits and poo came out without me knowing this morning, is this "
            "the cauda equina thing?",
            "cauda_equina_signs",
        ),
        (
            "no bladder problems yet but my bum has gone numb and i cant feel the loo roll "
            "when i wipe, since yesterday",
            "cauda_equina_signs",
        ),
        (
            "we joke about it at work but right now my foot is cold, white and agony and i "
            "cant feel it",
            "cold_pale_leg",
        ),
        (
            "our old caretaker collapsed at the school gate last year, face all droopy, "
            "turned out to be a stroke. my leg goes to sleep in the car, normal?",
            None,
        ),
        (
            "blister on my toe from new shoes, no redness, no pus. foot a bit tingly round "
            "it. just a plaster and carry on?",
            None,
        ),
        (
            "mum (diabetic) had a foot infection in the autumn, red up to the knee, fever, "
            "IV antibiotics. all healed now. her feet are numb like always",
            None,
        ),
        (
            "had an epidural 4 years ago with my son. tingly feet after kneeling now, could"
            " that old epidural be to blame?",
            None,
        ),
        (
            "my late father had a stroke in 2001, his face went and he couldnt talk. now i "
            "panic every time my foot tingles after sitting",
            None,
        ),
        (
            "broke my wrist and ankle, cast still on the ankle, bit of tingling in my toes "
            "when my leg is down but pain is fine, goes when i put my foot up",
            None,
        ),
        (
            "my aunt says the tingling in my feet will climb up and ill end up in a "
            "wheelchair. its been the same in my toes for a year",
            None,
        ),
        (
            "dad had a mini stroke in june, face dropped, on clopidogrel now and back at "
            "work. he gets pins and needles in his foot after driving",
            None,
        ),
        (
            "up at 4, rain all morning, legs dead, feel like im having a stroke doing this "
            "job lol. stretches for sore calves?",
            None,
        ),
        (
            "out of breath running for the bus as usual lol, legs tingle a bit after, fine "
            "in 5 mins. no chest pain",
            None,
        ),
        (
            "my grandad had a blocked artery, his foot went white and cold and they had to "
            "operate. my calf cramps on long walks, stops when i rest",
            None,
        ),
        (
            "my trainer says i look like im having a stroke when i do split squats, my face"
            " goes all twisted. my back foot tingles on the bench",
            None,
        ),
        (
            "had an epidural 2 years ago, back aches after deadlifts, legs fine. does the "
            "epidural mean i should avoid heavy lifting?",
            None,
        ),
        (
            "back at the museum after chemo for bowel cancer, my feet have tingled since the chemo",
            None,
        ),
        (
            "i had a filling this morning and half my face and lip are still numb. talk to "
            "the friends of the museum tonight. normal?",
            None,
        ),
        (
            "kneeling in church for ages, when i stand my foot is completely dead and i "
            "stumble, it wears off after a few minutes of walking, happens most weeks",
            None,
        ),
        (
            "is it normal at 70 to have tingly feet? its been creeping up over a couple of years",
            None,
        ),
        (
            "im back at the shop after breast cancer, but now i have new back pain at night"
            " and my legs are weak",
            "cancer_spine_signs",
        ),
        (
            "my leg is in plaster and my toes are numb and the pain is unbearable, worse "
            "every hour",
            "compartment_signs",
        ),
        (
            "new plaster cast on yesterday, now my toes are numb and swollen and the pain is agony",
            "compartment_signs",
        ),
        (
            "at the friends of the library meeting my face suddenly drooped and my arm went weak",
            "stroke_signs",
        ),
        (
            "the infection in my foot resolved last month but now red streaks are spreading"
            " up my leg and i have a fever",
            "foot_infection",
        ),
        (
            "cast on since monday, pain is fine but my toes are numb, white and cold",
            "compartment_signs",
        ),
        (
            "over the years ive had tingly feet but since yesterday its climbing up my legs"
            " and now i cant stand",
            "ascending_weakness",
        ),
        (
            "the tingling will climb up, they said, and it has: started in my toes "
            "yesterday and now both legs are weak to the knees",
            "ascending_weakness",
        ),
        (
            "it usually wears off after a few minutes but today my right foot went dead "
            "suddenly and hasnt come back in an hour",
            "stroke_signs",
        ),
        (
            "my late father had strokes. today my face is drooping and my speech is slurred",
            "stroke_signs",
        ),
        (
            "on clopidogrel now, but this morning my face dropped on one side and my smile "
            "is lopsided",
            "stroke_signs",
        ),
        (
            "had a clot last winter and now im coughing up blood again and my calf is swollen",
            "chest_symptoms",
        ),
        (
            "probably nothing, had a chest infection last winter that did the same, but i "
            "coughed up blood just now and my calf is puffy",
            "chest_symptoms",
        ),
        (
            "new plaster on since this morning, feels like its strangling my leg, toes pins"
            " and needles and a bit pale",
            "compartment_signs",
        ),
        (
            "out of breath as usual at work, but right now crushing chest pain and sweating"
            " and my calf is swollen",
            "chest_symptoms",
        ),
        (
            "last time they had to operate. now my foot is white and cold again and agony",
            "cold_pale_leg",
        ),
        (
            "i think im having a stroke, my face is drooping and i cant lift my arm",
            "stroke_signs",
        ),
        (
            "doing split squats when my face suddenly drooped and my speech went slurred",
            "stroke_signs",
        ),
        (
            "my aunt keeps saying the tingling in my feet will climb up, and today it has: "
            "both legs numb and weak to the knees since this morning",
            "ascending_weakness",
        ),
        (
            "my wife call me, she talk very slow and not clear and her left arm and left "
            "leg no have force, she is on the floor",
            "stroke_signs",
        ),
        (
            "my uncle lost his foot because it went cold and white and help came too late. "
            "my foot gets chilly at my desk but warms up once i move",
            None,
        ),
        (
            "epidural 6 months ago, my leg was numb that day then all came back. now my "
            "foot tingles after long meetings, goes when i move",
            None,
        ),
        (
            "my daughters toe got infected, red up her foot with a fever, on antibiotics "
            "now, redness going down, no temperature since. ok to sit at school?",
            None,
        ),
        (
            "my feet are black after walking barefoot in the garden lol. anyway, my toes "
            "tingle a bit at night, diabetes review next month",
            None,
        ),
        (
            "missed the final on the pink, my face dropped and my legs went to jelly lol. "
            "anyway real question: my foot tingles after long sessions",
            None,
        ),
        (
            "my heart was racing and i couldnt breathe when we won the darts!!! legs like "
            "jelly. calmed down now. separate q, do long nights standing give you tingly "
            "feet?",
            None,
        ),
        (
            "my dad lost his leg to diabetes years ago. today his other foot is cold, white"
            " and agony",
            "cold_pale_leg",
        ),
        (
            "had an epidural yesterday, feeling all came back, but now both legs are numb "
            "and i cant lift them",
            "both_legs_weak",
        ),
        (
            "his foot infection resolved in the spring but now his toe is oozing pus and "
            "red streaks are climbing his leg with a fever",
            "foot_infection",
        ),
        (
            "my toe has gone black and smells rotten, i am diabetic and walked barefoot all summer",
            "foot_infection",
        ),
        (
            "anyway real question: right now my face is drooping and my arm is weak",
            "stroke_signs",
        ),
        (
            "separate q: my chest is tight right now and im struggling to breathe, calf swollen",
            "chest_symptoms",
        ),
        (
            "calmed down now but both my legs suddenly gave way and i cant stand up",
            "both_legs_weak",
        ),
        (
            "he has no force in his right arm and his face is drooping since 10 minutes",
            "stroke_signs",
        ),
        (
            "i missed the bus and now my speech is slurred and my face is drooping",
            "stroke_signs",
        ),
        (
            "my mums face went weird when she said goodbye and now her arm is weak and her "
            "speech is slurred",
            "stroke_signs",
        ),
        (
            "my neighbour just told me about a man who collapsed outside, his face is "
            "drooping right now and he cant speak",
            "stroke_signs",
        ),
        (
            "she keeps asking for water when shes lying on her side, her face is drooping "
            "and her left arm is weak",
            "stroke_signs",
        ),
        (
            "my foot is cold and my toes are on the blue side and it really hurts, since an hour",
            "cold_pale_leg",
        ),
        (
            "lost the final on the black lol, but now my face is drooping and my arm is weak",
            "stroke_signs",
        ),
    ],
)
def test_the_fifty_first_sessions_wordings(text: str, finding: str | None) -> None:
    """Wordings of mine beside the fifty-first session's sets (written sets 437 on, topic sets 237
    on), by round: beside round one 23 (9 of round one's 44 wrong at 8047f40), beside round two 25
    (15 of round two's 50 wrong), beside round three 17 (16 of round three's 36 wrong), beside
    round four 7 (4 of round four's 16 wrong); the others are guards (signs told now beside the
    new excuses, and beside what the new rewrites map; two of round three's guard the real texts
    its dump found hidden: "new plaster on since this morning", "a chest infection last winter
    ... but i coughed up blood just now"). The last five guard three rewrites the second read
    narrowed (a face gone funny "when she said", asking "for" something when lying on one's
    side, "on the blue side"): all five right at 8047f40 and at ccb9244."""
    _wording_holds(text, finding)


def test_a_fast_sign_that_passed_still_counts_unless_dated_or_someone_elses() -> None:
    """`counts_if_passed` (the face, speech and arm rules): a clause told as past only by its
    ending still states the sign ("call 999 for any one sign, also if it passed": TRIAGE.md,
    FAST); a year, someone else's past or a harmless cause does not (a leg that went dead on
    the loo: the leg rules are not flagged, since a dead leg that came back is mostly pressure).
    Written set 390's first-run miss: "bout an hour ago ... couldnt get my words out for maybe
    2 mins and my right arm went dead, all fine now"."""
    bundle = load_bundle()
    detector = indexes_for(bundle).detector
    flagged = [r for r in detector.config.rules if r.counts_if_passed]
    assert len(flagged) == 3 and {r.finding for r in flagged} == {"stroke_signs"}
    for passed in (
        "her face drooped for 2 mins, all fine now",
        "his speech went slurred for a minute, fine now",
        "my arm went weak and floppy for a minute, back to normal",
    ):
        assert detector.detect(passed) == ["stroke_signs"], passed
    for story in (
        "her face drooped in 2019, all fine now",
        "my mum had a stroke years ago, her face drooped, all fine now",
        "my leg went dead sitting on the loo, fine now",
    ):
        assert detector.detect(story) == [], story


def test_a_sign_taken_back_is_taken_back_whatever_body_part_is_left() -> None:
    """A match whose signs all lie in what the writer took back is no sign, though the body part
    it names lies outside it ("my legs are dead ..., can barely stand lol. not literally": only
    the clause before the marker is taken back); a sign told after it still counts."""
    detector = indexes_for(load_bundle()).detector
    told = "my legs are dead after a long shift, can barely stand"
    assert "both_legs_weak" in detector.detect(told)
    assert detector.detect(f"{told} lol. not literally") == []
    later = f"{told} lol. not literally. but now both legs have given way"
    assert "both_legs_weak" in detector.detect(later)


def test_an_again_word_inside_an_ending_opens_no_new_episode() -> None:
    """An ending whose own words say "again" ("comes back when i get up") ends the episode
    before it; an "again" told after it still opens a new one."""
    detector = indexes_for(load_bundle()).detector
    over = "brain is numb, bum is numb from this chair. (bum comes back when i get up to make tea)"
    assert detector.detect(over) == []
    new = "bum is numb. comes back when i get up. now numb down there again and cant pee"
    assert "cauda_equina_signs" in detector.detect(new)


def test_a_list_of_single_words_ending_in_or_is_denied_whole() -> None:
    """A negator's scope goes on past the commas of a list of single words that ends in "or"
    ("it isnt red, hot or oozing"), not past a comma that opens a new clause."""
    detector = indexes_for(load_bundle()).detector
    assert detector.detect("the blister on my foot isnt red, hot or oozing") == []
    assert "foot_infection" in detector.detect("the blister on my foot is red, hot and oozing")
    told = "no fever, chills, sweats or rigors, but my foot ulcer is oozing pus"
    assert "foot_infection" in detector.detect(told)
