"""Lists quoted from a leaflet or a checker, form fields and history lines (`bot/ask/quotes.py`).

A quoted list names every emergency and states none; it is silenced only when the writer
denies it whole, or when it is advice in the writer's own sentence that nothing after it says
is so. Everything the writer says outside it is read as ever. Each wording below was checked
at the start of the twenty-second #9 session (575e07d): every look-alike here was alarmed
there, and every emergency here was found there too but one, a ticked checklist's "pee - ✓
havent been able to go since lunch even tho I'm bursting" (set 74), found since."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.ask import answer
from bot.ask.normalize import SENTENCE, tokenize
from bot.ask.quotes import Words, denied_fields, history_lines, sentence_words
from bot.content.emergency_models import EmergencyConfig
from bot.content.library import load_bundle


def _emergency(text: str) -> list[str]:
    return answer(text, load_bundle()).emergency_findings


@pytest.mark.parametrize(
    "text",
    [
        # a list quoted, then denied whole
        "NHS site says go to A&E if: face drooping, arm weak, slurred speech, numb down one "
        "side. None of that. Just my right foot tingles when I've had my legs crossed",
        "Leaflet: numb bum, can't pee, can't control poo, loss of sexual function. Had to read "
        "it twice but no to all of them. Wee is fine, everything down there feels normal",
        "111 asked if I was short of breath, chest pain, coughing blood. No, no and no. Then "
        "asked about my calf - not swollen, not red, just a bit of pins and needles after the gym",
        "It went through a whole list first - chest pain, breathless, coughing blood, can't move "
        "your leg, leg cold or pale or blue, numb round your bottom, trouble peeing. I said no to "
        "every single one because honestly I have none of them",
        "my friend swears by her 'when to call 999' list on the fridge - seizure, stroke, chest "
        "pain, bleeding. Question is nothing to do with that tho: is B12 good for tingly feet?",
        # advice quoted in the writer's sentence, not said to be so
        "A friend's list says fainting = A&E. I fainted once at school when I was 14 lol",
        "The oncology card says back pain + numbness = ring them. I've never had cancer, just "
        "found the card in mum's drawer clearing her house",
        # a form filled in "none", "no", "N/A"
        "Bladder/bowel problems: N/A\nNumb around bum/privates: none\nSciatica: left leg, 2 wks",
        "Panic attacks: yes, diagnosed 2021\nPalpitations today: no\nTingling: both feet when "
        "I get anxious, settles when I calm down",
        "For 111:\nFace droop - none\nArm weakness - none\nSpeech - fine\nJust: whole left leg "
        "went to sleep kneeling to grout the bathroom",
        # a form's question answered no (set 76)
        "Work sent me an OH form. One question: 'do you experience sudden weakness on one side "
        "of the body'. No. I get pins and needles in both feet after long shifts stood up.",
        "medical screening asks 'any chest pain or breathlessness in the last 12 months'. no to "
        "both thank god. do restless legs with a bit of tingling count as a condition",
        # a checklist's crosses, and a list asked item by item
        "face droop ✘\narm weak ✘\nspeech ✘\njust tingly toes after sitting",
        "Symptom checker asked chest pain? short of breath? coughing blood? heart racing? No to "
        "everything. It's just my feet burning at night, I'm diabetic",
        "PMH: bowel cancer 2012, clear since\nBack pain: none\nCurrent: numb patch front of "
        "right thigh when I wear my work belt tight",
    ],
)
def test_a_list_denied_or_only_advised_is_no_emergency(text: str) -> None:
    assert _emergency(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the list affirmed, or a hedge after the denial
        "NHS site says go to A&E if: face drooping, arm weak. That's me, both of those.",
        "the website lists numb bum, can't pee, weak legs. I have all of them",
        "the website lists numb bum, can't pee, weak legs. none of them apart from the numb bum",
        "Leaflet: numb bum, can't pee. no to all of them. well actually the numb bum yes",
        "checklist says numb bum. yeah thats me. none of the others",
        "NHS site says go to A&E if: face drooping, arm weak, slurred speech. None of that except "
        "the face, it's drooping on the left.",
        "checker says A&E if foot blue and cold. mine is, since lunch, hurts like hell",
        "sheet says come back if toes go numb in the cast. they are numb and white now",
        "The oncology card says back pain + numbness = ring them. I have both, since Monday",
        # the writer's own words after a quote, or an answer of yes
        "111 said go to A&E if your face droops, and my face is drooping on one side",
        "111 asked if I had chest pain and I said yes, crushing. none of the other things",
        "The NHS page says: cold pale leg, severe pain. my leg is cold and pale and none of that "
        "pain stuff",
        "My foot is cold and white. the checker says cold pale leg = 999. none of the rest though",
        "my face is drooping and my speech is slurred, none of the other things",
        # the sign told again after the advice, in the writer's own sentence
        "the fracture clinic sheet said come back if toes go numb in the cast. the toes are numb "
        "and white now",
        "leaflet says go to A&E if your leg goes cold and pale. The leg is cold and pale and "
        "really painful",
        "the leaflet said call 999 if face droops. dads face is drooping",
        "The discharge sheet says ring the ward if the wound gets red or oozes pus. The wound on "
        "my foot is red, oozing pus and I have a fever",
        # a form's question answered no, and the writer's own words after it
        "111 asked if my face is drooping. no. but my arm is weak and my speech is slurred",
        "the form asks about fainting. No. I did faint today though, and my chest is crushing",
        "screening asks 'any chest pain or breathlessness'. yes, both, right now",
        "the form asks 'sudden weakness on one side'. I haven't been able to lift my right arm "
        "since this morning",
        "the form asks 'any weakness in both legs'. i havent been able to stand up since lunch, "
        "both legs gave way",
        "Application asks about bladder problems. I havent had a wee since yesterday and my bum "
        "is numb",
        # someone asked, or a source told of someone now: not advice
        "the paramedic asked about my chest pain and said go to A&E",
        "when he started fumbling questions about family matters, his speech went slurred and "
        "mum called 911",
        "111 said his face is drooping and to call 999",
        "111 said his face drooping and slurred speech means call 999",
        # a form that says yes, or names what should be there
        "Numb bum: yes\nBladder: can't pee since this morning",
        "Can pee: no\nNumb around bum: bit",
        "Face droop - yes\nArm weakness - none",
        "Face: drooping\nSpeech: slurred",
        # a checklist answered with ticks, a list asked item by item and answered yes, and
        # advice whose sign is told after it in a short sentence
        "Checklist: face drooping ✔ arm weak ✔ speech slurred ✘",
        "arm weak ✔ speech slurred ✘",
        "face droop ✔\narm weak ✔\nspeech ✘",
        "pee - ✓ havent been able to go since lunch even tho I'm bursting, its 9pm now",
        "111 asked chest pain? yes. short of breath? no to the rest",
        # history lines, and now
        "PMH: bowel cancer 2012\nNow: new back pain and both legs numb and weak since yesterday",
        "Past: stroke 2019\nNow: face drooping again since 10 mins ago",
        "History: whiplash 2009\nToday: fell off a ladder on my back, legs numb",
        "Hx: breast cancer\nCurrent: back pain and numb legs, struggling to walk",
    ],
)
def test_a_list_affirmed_or_the_writers_own_words_stay_an_emergency(text: str) -> None:
    assert _emergency(text), text


def _marked(read: Callable[[EmergencyConfig, list[str], Words], frozenset[int]], text: str) -> str:
    """The words of `text` that `read` marks (a field denied, a history line), as tokenized;
    sentences are counted at each sentence mark, as a message without run-ons is."""
    tokens = tokenize(text)
    sentence, k = [], 0
    for tok in tokens:
        sentence.append(k)
        k += tok == SENTENCE
    marked = read(load_bundle().emergency, tokens, sentence_words(tokens, sentence))
    return " ".join(tokens[i] for i in sorted(marked))


def test_a_field_is_denied_only_by_its_value_alone_and_not_when_it_names_an_ability() -> None:
    def denied(text: str) -> str:
        return _marked(denied_fields, text)

    assert denied("Back pain: none\nLegs: tingly") == "back pain"
    assert denied("Back pain: none at all\nLegs: tingly") == "back pain"
    assert denied("Back pain: since Monday") == ""
    assert denied("Feeling down below: none") == ""  # no feeling is a sign
    assert denied("Can walk: no") == ""
    assert denied("Face droop - none") == "face droop"
    assert denied("face drooping, arm none") == ""  # a list, not a label


def test_a_history_line_is_the_line_after_its_heading_only() -> None:
    def past(text: str) -> str:
        return _marked(history_lines, text)

    assert past("PMH: bowel cancer 2012\nNow: back pain") == "bowel cancer 2012"
    assert past("Hx: melanoma\nBack: fine") == "melanoma"
    assert past("my past: is not relevant") == ""  # not a heading of its own
    assert past("Background: diabetic") == ""  # background is the present too


def test_a_cross_is_no_and_a_tick_ends_its_item() -> None:
    assert tokenize("chest pain ✘") == ["chest", "pain", ".", "no", "."]
    assert tokenize("calf swollen ✔") == ["calf", "swollen", "yes"]
    assert tokenize("arm weak ✔ speech ✘") == ["arm", "weak", ",", "speech", ".", "no", "."]
    assert tokenize("my legs have gone on strike ❌") == [
        "my",
        "legs",
        "have",
        "gone",
        "on",
        "strike",
    ]


def test_a_face_between_words_ends_its_clause() -> None:
    """A face emoji that words follow in its sentence ends a clause as a comma would ("... when
    they came out 🙈 fine now" is not "came out fine"); one that ends a sentence, or any other
    emoji ("my longboard 🛹 yesterday"), adds nothing."""
    assert tokenize("they came out 🙈 fine now") == ["they", "came", "out", ",", "fine", "now"]
    assert tokenize("chest pains 😂😂 anyway") == ["chest", "pains", ",", "anyway"]
    assert tokenize("a year ago 💀") == ["a", "year", "ago"]
    assert tokenize("agony 😭. ok") == ["agony", ".", "ok"]
    assert tokenize("fell off my longboard 🛹 yesterday") == [
        "fell",
        "off",
        "my",
        "longboard",
        "yesterday",
    ]
