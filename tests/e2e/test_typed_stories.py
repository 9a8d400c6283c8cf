"""Typed stories end to end (issue 9): real Application, real HTTP, the local Bot API server.

An emergency told as a story gets the emergency advice; a symptom story gets what was
understood, the best topic and a symptom check pre-filled with those findings; a negated red
flag is not an alarm; an off-topic message is declined.
"""

from __future__ import annotations

from bot.ask import answer
from bot.content.library import load_bundle
from bot.localapi import LocalBotApi, SimUser
from bot.triage.flow import get_flow
from bot.triage.prefill import PREFILL_PREFIX

FLOW = get_flow()
BUNDLE = load_bundle()


def _data(message: object) -> list[str]:
    rows = getattr(message, "buttons", [])
    return [b.callback_data for row in rows for b in row if b.callback_data]


async def test_an_emergency_story_gets_the_emergency_advice(user: SimUser) -> None:
    await user.send(
        "I've had a bad back for years but since last night my legs feel weird. This "
        "morning I realised I can't feel anything when I wipe and I'm struggling to pee."
    )
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert "A&E" in reply.text or "A&amp;E" in reply.text
    assert FLOW.findings["cauda_equina_signs"].label in reply.text


async def test_an_emergency_in_words_no_rule_knows_gets_the_advice(user: SimUser) -> None:
    """The rules read nothing here; the emergency net (`bot/ask/emergency_net.py`) does."""
    text = (
        "Can't get up my own stairs tonight, neither leg will lift to the next step. Friday I "
        "was walking the dog fine. Had to go up on my hands and knees"
    )
    assert not answer(text, BUNDLE, net=None).emergency
    await user.send(text)
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert FLOW.findings["both_legs_weak"].label in reply.text


async def test_a_relatives_emergency_now_is_an_emergency(user: SimUser) -> None:
    await user.send("my mum's speech is slurred and her face is drooping on one side")
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert "ambulance" in reply.text.lower()


async def test_a_symptom_story_leads_to_a_prefilled_check(user: SimUser, api: LocalBotApi) -> None:
    await user.send(
        "I'm type 2 diabetic and for the last few months both my feet have been tingling "
        "and burning, worse at night. No chest pain or anything like that."
    )
    story = await user.reply()
    assert "What I understood" in story.text
    assert FLOW.findings["diabetes"].label in story.text
    assert "could be an emergency" not in story.text
    prefill = [d for d in _data(story) if d.startswith(PREFILL_PREFIX)]
    assert len(prefill) == 1 and len(prefill[0].encode()) <= 64
    qid = await user.press_data(prefill[0], message_id=story.message_id)
    assert await api.callback_answer(qid) is not None
    first = await user.reply()
    assert "Question 1" in first.text  # the emergency questions are still asked
    asked = 1
    message = first
    while "Question" in message.text:
        qid = await user.press("None of these")
        assert await api.callback_answer(qid) is not None
        await user.edit()
        message = await user.reply()
        asked += 1
        assert asked <= 7
    # ambulance, emergency, emergency_leg, urgent asked; the GP questions answered by the story
    assert asked == 5
    assert "Book an appointment" in message.text
    assert FLOW.findings["diabetes"].label in message.text or (
        FLOW.findings["both_feet_gradual"].label in message.text
    )


async def test_a_negated_red_flag_is_not_an_alarm(user: SimUser) -> None:
    await user.send("no chest pain, no bladder problems, my foot just goes numb when I sit")
    reply = await user.reply()
    assert "could be an emergency" not in reply.text
    assert "What I understood" in reply.text
    assert FLOW.findings["position_related"].label in reply.text


async def test_an_off_topic_message_is_declined(user: SimUser) -> None:
    await user.send("how do I bake sourdough bread")
    reply = await user.reply()
    assert "could be an emergency" not in reply.text
    assert "don't know that one" in reply.text


async def test_a_forged_prefill_button_starts_a_plain_check(
    user: SimUser, api: LocalBotApi
) -> None:
    await user.send("/start")
    await user.reply()
    qid = await user.press_data(f"{PREFILL_PREFIX}zz:ffffffffffffffff")
    assert await api.callback_answer(qid) is not None
    first = await user.reply()
    assert "Question 1" in first.text


async def test_a_question_opening_an_emergency_does_not_hide_it(user: SimUser) -> None:
    await user.send("what is happening to me, my face is drooping and I can't lift my arm")
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert "ambulance" in reply.text.lower()


OLD_STROKE = (
    "My sister had a stroke 3 years ago and now her left arm and leg are paralysed. Her left "
    "foot tingles and burns all the time, her GP says it is nerve damage. What can help the "
    "burning?"
)


async def test_an_old_story_read_as_an_emergency_also_gets_its_topic(user: SimUser) -> None:
    """The advice comes first (a side paralysed "now" is read as now; without "now" the
    paralysis of a stroke 3 years ago is read as hers since then); below it, the topic the
    story is about, for a person telling of an event that is over."""
    result = answer(OLD_STROKE, BUNDLE)
    assert result.emergency and result.match not in (None, "faq-emergency")
    await user.send(OLD_STROKE)
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert reply.text.index("ambulance") < reply.text.index("happened before and is over")
    assert f"v1:c:{result.match}" in _data(reply)


async def test_a_red_flag_spoken_of_gets_when_to_worry(user: SimUser) -> None:
    await user.send("My dad had a stroke years ago. What if my face starts drooping one day?")
    reply = await user.reply()
    assert "could be an emergency" not in reply.text
    assert "When is it an emergency?" in reply.text


LONG_STORY = (
    "I have had tingling in both feet on and off for a couple of years, mostly at night, and "
    "my GP thinks it is to do with my back. I sit at a desk all day and I try to get up every "
    "hour, I do the stretches the physio gave me, and I changed my shoes last spring. "
) * 4


async def test_an_emergency_after_the_first_thousand_characters_is_not_missed(
    user: SimUser,
) -> None:
    text = LONG_STORY + "Now my face is drooping on one side and my speech is slurred."
    assert 1000 < len(text) <= 4096
    await user.send(text)
    reply = await user.reply()
    assert "could be an emergency" in reply.text
    assert "ambulance" in reply.text.lower()


async def test_a_long_symptom_story_is_answered_not_turned_away(user: SimUser) -> None:
    assert 1000 < len(LONG_STORY) <= 4096
    await user.send(LONG_STORY)
    reply = await user.reply()
    assert "could be an emergency" not in reply.text
    assert "What I understood" in reply.text


async def test_a_sign_told_beside_an_old_story_says_what_to_do_if_it_is_now(
    user: SimUser,
) -> None:
    """Read as told of 2015, not as an emergency now; but the reply says, first, what to do if
    it is happening now, and offers "When is it an emergency?"."""
    await user.send("I was diagnosed with diabetes in 2015. Both my legs suddenly went weak.")
    reply = await user.reply()
    assert "could be an emergency" not in reply.text
    assert reply.text.startswith("⚠️")
    assert "If it is happening now" in reply.text
    assert FLOW.findings["both_legs_weak"].label in reply.text
    labels = [b.text for row in getattr(reply, "buttons", []) for b in row]
    assert any("When is it an emergency?" in label for label in labels), labels
