"""The topic matcher's words: the words its on-topic tests read are never mended into others,
ordinary words are not typos of content words, and a message about other parts of the body
is declined without stating findings of the legs."""

from __future__ import annotations

import pytest

from bot.ask import answer, indexes_for
from bot.content.library import load_bundle


@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [("hand", "had"), ("shoulder", "should"), ("blistered", "blister")],
)
def test_the_words_of_the_on_topic_tests_are_kept(word: str, not_read_as: str) -> None:
    topics = indexes_for(load_bundle()).topics
    assert topics.correct(word) == word != not_read_as


def test_no_typo_is_mended_into_a_kept_word() -> None:
    """ "tenth graders" is not "teeth": the kept words are not offered as corrections."""
    topics = indexes_for(load_bundle()).topics
    assert topics.correct("tenth") != "teeth"


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the bus and of all times, my right hand begins to tingle. I shake my hand.",
        "I woke up with my right hand numb, especially my last two digits.",
        "Every morning both hands are tingling and stiff. By mid-morning they're back to normal.",
    ],
)
def test_a_message_about_the_hands_only_is_declined_and_states_no_leg_finding(text: str) -> None:
    result = answer(text, load_bundle())
    assert result.match is None and not result.emergency
    assert result.findings == []


def test_a_hand_beside_an_emergency_keeps_its_topic() -> None:
    """Numbness down one side with a hand "asleep" is an emergency, and the emergency page is
    still offered: the far-from-the-legs test applies only when no emergency is read."""
    text = (
        "I experience numbness on my left side. My left hand felt like it was asleep. Slight "
        "headache. Blood pressure 184 over 90."
    )
    result = answer(text, load_bundle())
    assert result.emergency and result.match is not None


@pytest.mark.parametrize(
    "text",
    [
        "I just got back from the dentist and my lip is numb.",
        "My fingers tingle at night but they come back to normal by lunch.",
    ],
)
def test_back_as_in_again_is_not_the_back(text: str) -> None:
    topics = indexes_for(load_bundle()).topics
    assert "back" not in topics.terms(text)
    assert answer(text, load_bundle()).match is None


def test_a_vet_nurse_is_a_person_not_an_animal() -> None:
    text = (
        "I'm 27 and a vet nurse, vegan for four years. Over the past month a tingle has slowly "
        "crept into both feet. Could it be B12?"
    )
    assert indexes_for(load_bundle()).topics.about_an_animal(text) is False


def test_an_equine_vet_is_a_person_not_an_animal() -> None:
    """ "My husband (equine vet, still working) has prostate cancer ... his right leg is tingly
    and weak" is his emergency, not a horse's (written set 306)."""
    text = "My husband (equine vet) has cancer, since yesterday his right leg is weak"
    assert indexes_for(load_bundle()).topics.about_an_animal(text) is False


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Had a dachshund in with her back legs completely paralysed. My right foot tingles "
            "after kneeling.",
            "My right foot tingles after kneeling.",
        ),
        ("our lurcher has tick paralysis in his hind legs.\nmy legs are fine", "my legs are fine"),
        # the writer's own body in the sentence, or an animal with no part of its own named
        ("the horse kicked my back and now my legs are numb.", None),
        ("the dog knocked him over at the vets and now he cant move his legs", None),
        ("my foot tingles after kneeling", None),
    ],
)
def test_an_animals_body_is_read_out_of_the_writers_words(text: str, own: str | None) -> None:
    """The sentences that tell an animal's signs are left out of what the emergency readers
    read (`without_animals`); None when there is none."""
    assert indexes_for(load_bundle()).topics.without_animals(text) == own


@pytest.mark.parametrize(
    "text", ["a sharp pain at the bottom of my heel", "the bottom of my foot burns at night"]
)
def test_the_bottom_of_a_foot_is_the_foot_not_the_buttock(text: str) -> None:
    terms = indexes_for(load_bundle()).topics.terms(text)
    assert "foot" in terms and "buttock" not in terms, terms
