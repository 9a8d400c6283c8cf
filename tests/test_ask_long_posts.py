"""Emergency reading of long forum posts (written set 22's kinds): signs told in plain words
far from their cause, and the look-alikes such posts are full of - a harmless episode that
ended, a programme watched, a relative cared for far away, a fear read online."""

from __future__ import annotations

import pytest

from bot.ask import indexes_for
from bot.content.library import load_bundle
from bot.content.models import EMERGENCY_FINDINGS


def emergency(text: str) -> set[str]:
    return set(indexes_for(load_bundle()).detector.detect(text)) & set(EMERGENCY_FINDINGS)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # written set 23: a leg "cold like from the fridge and the colour is white", a leg
        # "more white than the other one and cold when I touch", "greenish gunk" in a dug-out
        # verruca with redness spreading, a nail stood on with redness moving up the leg
        (
            "my left leg below knee is cold like from the fridge and the colour is white, like"
            " paper",
            "cold_pale_leg",
        ),
        (
            "After this my left leg is like not mine, heavy and numb, and when I look it is more"
            " white than the other one and cold when I touch.",
            "cold_pale_leg",
        ),
        (
            "Dug out a verruca with nail scissors. It's now a crater with greenish gunk in it, the"
            " whole foot's puffed up and a red blotch is spreading up my shin. I've got the"
            " shivers.",
            "foot_infection",
        ),
        (
            "On Saturday I stood on an old nail. Tonight the foot is swollen to the ankle, bright"
            " red and hot, and the red is moving up my leg. I've got a temperature.",
            "foot_infection",
        ),
        # urine retention and saddle numbness in non-native English
        (
            "I have pain in low back since one week, I lift cement bags. Now from this morning"
            " I cannot make pee. I try many times, nothing come.",
            "cauda_equina_signs",
        ),
        (
            "Back hurts since I lifted the boxes. Also my bottom skin feel strange, like not my"
            " skin, when I sit on chair.",
            "cauda_equina_signs",
        ),
        # a collision told long before the leg: the insurance and the car in between
        (
            "Got rear-ended at the lights yesterday. Not a big crash, we swapped details, my"
            " boot's a bit crumpled. Neck was stiff last night. Today I've got tingling going"
            " down into my right foot, and the foot slaps down when I walk.",
            "spine_head_injury",
        ),
        # a neck forced over in a ruck, then a buzzing leg; the friend who "does physio" is no
        # recovery
        (
            "Went into a ruck head-first and got my neck bent right over. Carried on playing."
            " Since I got home my left foot and lower leg are buzzing with pins and needles."
            " Mate who does physio says it's a stinger.",
            "spine_head_injury",
        ),
        # a blow to the head told with another verb
        (
            "My flatmate slipped on the ice an hour ago and cracked the back of her head on the"
            " step. Now she can't feel properly when I tickle her foot.",
            "spine_head_injury",
        ),
        # "fuzzy" is a feeling word, as "fizzy" is
        (
            "at the till my whole right side went fuzzy, leg and arm, and I could only see half"
            " the screen",
            "stroke_signs",
        ),
        # "wipes": the plural of a rule word is still read
        (
            "tonight she told me she can't feel anything when she wipes, and her bits feel numb",
            "cauda_equina_signs",
        ),
    ],
)
def test_signs_told_in_long_posts(text: str, finding: str) -> None:
    assert finding in emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # a real cushion is not "like sitting on a cushion"
        "Sciatica for a week after moving house. Is sitting on a wedge cushion at my desk worth"
        " a try?",
        # a harmless cause told sentences before the sign, and the episode over
        "Went for a winter walk on Saturday, minus six with the windchill. By the time we got"
        " down my toes had gone white and completely numb, I couldn't feel them at all. Got back"
        " to the car, twenty minutes later they were bright pink, then completely normal."
        " Resolved, two days later. Should I buy better boots?",
        # an accident long healed
        "I hurt my neck in a car accident in 1998, long healed. Why does my foot tingle when I"
        " wear skinny jeans?",
        # a television storyline, homework, a podcast, an exam
        "Did anyone watch Casualty on Saturday? The storyline with the young dad whose hands and"
        " feet went tingly and then he couldn't walk and ended up struggling to breathe.",
        "My 15 year old is asking questions for her biology homework: why does sitting still"
        " cause clots, and why do people get short of breath?",
        "I'm recording a short podcast episode on foot care. I want to include infected foot"
        " wounds: spreading redness, pus, feeling feverish, the skin going black.",
        "Third year med student, neuro exam in a fortnight. How do sensory symptoms in Guillain"
        " Barre present compared with an MS relapse?",
        # a fear read online, the name alone
        "Horrible cold last week, and now I've just fallen down a Google hole about Guillain"
        " Barre. No weakness, I ran 5k yesterday, everything's fine.",
        "I keep reading about cauda equina on here and it's terrifying. I've got mild sciatica."
        " No numbness in the saddle area, no bladder or bowel change.",
        # a brother in care on the other side of the world
        "My brother in Perth had emergency spinal surgery last week for cauda equina syndrome"
        " after he lost control of his bladder. He's out of hospital now. It's a 16 hour"
        " flight and I can't afford it until Christmas.",
    ],
)
def test_look_alikes_in_long_posts(text: str) -> None:
    assert emergency(text) == set()


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # what is told after the episode ended is not explained by its cause
        (
            "I was sitting on the loo and my leg went dead, all fine after a minute. My left leg"
            " is suddenly numb and weak and I can't lift it.",
            "stroke_signs",
        ),
        # nor past a sentence that says now, whatever ends later
        (
            "I sat cross-legged on the floor for an hour and my left leg went dead, it came back"
            " after a minute. About 40 minutes ago I developed acute paraesthesia in my left"
            " leg, and now it has a sort of paralysis feeling and the leg drags. I also had"
            " blurred vision in one eye for a few minutes which has resolved.",
            "stroke_signs",
        ),
        # a question is no word that it is over
        (
            "I sat cross-legged on the floor for an hour and my left leg went dead, it came back"
            " after a minute. Standing at the bus stop about 20 mins ago my left foot just went"
            " dead, can't feel the pavement under it, and the left side of everything I look at"
            " has gone grey. Should I walk it off?",
            "stroke_signs",
        ),
        # nor is an ending hoped for
        (
            "As I swung my legs out of bed and stood up, there was absolutely no pain. Amazing!"
            " Unfortunately, there was no sensation at all in my right leg. Completely numb. I"
            " managed to hobble my way out to check on the barbecue and back to bed and hoped"
            " that whatever was going on would resolve itself as I slept. It didn't.",
            "stroke_signs",
        ),
    ],
)
def test_a_harmless_episode_explains_only_itself(text: str, finding: str) -> None:
    assert finding in emergency(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # breath that is fine is not breathlessness
        ("My calf is a bit swollen. Breathing's fine, I did the stairs without puffing.", False),
        ("My calf is swollen, I walked up the hill without stopping to catch my breath.", False),
        ("My calf is swollen and I have to stop to catch my breath on the stairs.", True),
        # blinds, not a faint
        ("Can't sleep since nights ended. Are blackout blinds worth it? My feet tingle.", False),
        ("I blacked out in the kitchen and now my leg feels weird.", True),
        # athlete's foot
        (
            "The skin between my toes on both feet has gone white, soggy and peeling, and it"
            " itches like crazy.",
            False,
        ),
        ("My foot has gone white and cold and it really hurts.", True),
        # a calf "kicked" from behind is a calf
        ("Felt like someone had kicked me in the back of the left calf. Sharp pain.", False),
        # sciatica runs down past the knee; numbness climbs up past it
        (
            "Six weeks of a deep ache in the lower back that travels down my left leg past the"
            " knee, with a numb bit on the top of the foot.",
            False,
        ),
        ("the tingling was in my feet on monday, now it's up past the knees", True),
    ],
)
def test_topic_set_4_look_alikes(text: str, fires: bool) -> None:
    assert bool(emergency(text)) is fires, emergency(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # an epidural still to come
        (
            "First baby due in five weeks and I'm planning to have an epidural, but I've been doom"
            " scrolling about women left paralysed afterwards. What if that happens to me?",
            False,
        ),
        ("Had an epidural yesterday and my leg is still numb and I can't lift it.", True),
        # a question about how a sign would show
        (
            "What if I get a DVT on the plane? How would I spot it? Could it creep up on me and"
            " I'd only find out when I was struggling to breathe?",
            False,
        ),
        ("My calf is swollen and I'm struggling to breathe.", True),
        # "as if" tells what a sign is like, it does not make it a supposition
        ("My left leg went numb suddenly, as if I had slept on it, and my face is drooping", True),
    ],
)
def test_fears_of_what_may_come(text: str, fires: bool) -> None:
    assert bool(emergency(text)) is fires, emergency(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # topic set 5's false emergencies: a pill organiser's compartments, a tingle that
        # "crept up on me" (came on slowly), the allotment's slugs (not slurs)
        ("My pill organiser has more compartments than my sewing box.", False),
        ("Since the summer both my soles have tingled, a soft fizz that crept up on me.", False),
        ("Do any other growers have a trick for slugs that doesn't involve pellets?", False),
        # ... while the same words told as signs still fire
        ("could it be compartment syndrome", True),
        ("the numbness has crept up from my feet to my knees over two days", True),
        # a cause asked about in a general question is not told as had
        (
            # (real part 10, rw10b064)
            "I have fell twice recently. Once in a parking lot, which I fell flat on my face, or "
            "head, as the scabs proved. How that happened was my foot was asleep, as it has "
            "happened many times before in a car (also movie theaters) and when I got out of the "
            "car and took a step it was like falling into nothingness, the WHAM!",
            False,
        ),
    ],
)
def test_topic_set_5_look_alikes(text: str, fires: bool) -> None:
    assert bool(emergency(text)) == fires, emergency(text)
