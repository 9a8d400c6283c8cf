"""Browsing causes and FAQs by buttons, stale and forged buttons, typed questions."""

from __future__ import annotations

from bot.content.library import load_bundle
from bot.localapi import LocalBotApi, SimUser

BUNDLE = load_bundle()


async def test_every_cause_by_buttons_edits_in_place(user: SimUser, api: LocalBotApi) -> None:
    api.enforce_rate_limits = False
    await user.send("/causes")
    listing = await user.reply()
    for cause in BUNDLE.causes.values():
        qid = await user.press(cause.title, message_id=listing.message_id)
        assert await api.callback_answer(qid) is not None
        shown = await user.edit()
        assert shown.message_id == listing.message_id  # edited, not a new message
        assert shown.text.startswith(cause.title)
        labels = [b.text for row in shown.buttons for b in row]
        assert "⬅️ All causes" in labels and "🩺 Check my symptoms" in labels
        for related in cause.related:
            assert any(BUNDLE.topic(related).title in label for label in labels)
        await user.press("⬅️ All causes", message_id=listing.message_id)
        back = await user.edit()
        assert "What can cause pins and needles" in back.text
    assert api.unanswered_callback_queries() == []


async def test_every_faq_by_buttons(user: SimUser, api: LocalBotApi) -> None:
    api.enforce_rate_limits = False
    await user.send("/faq")
    listing = await user.reply()
    for faq in BUNDLE.faqs.values():
        await user.press(faq.title, message_id=listing.message_id)
        shown = await user.edit()
        assert shown.text.startswith(faq.title)
        await user.press("⬅️ All questions", message_id=listing.message_id)
        await user.edit()
    assert api.unanswered_callback_queries() == []


async def test_related_topic_and_double_press(user: SimUser, api: LocalBotApi) -> None:
    await user.send("/causes")
    listing = await user.reply()
    await user.press("Sciatica", message_id=listing.message_id)
    shown = await user.edit()
    related = next(b for row in shown.buttons for b in row if b.text.startswith("➡️"))
    await user.press(related.text, message_id=listing.message_id)
    assert (await user.edit()).text != shown.text
    # pressing the same button twice is harmless ("message is not modified" is swallowed)
    qid1 = await user.press_data(related.callback_data or "", message_id=listing.message_id)
    qid2 = await user.press_data(related.callback_data or "", message_id=listing.message_id)
    assert await api.callback_answer(qid1) is not None
    assert await api.callback_answer(qid2) is not None
    assert await user.quiet(0.5)


async def test_stale_and_forged_topic_buttons(user: SimUser, api: LocalBotApi) -> None:
    await user.send("/faq")
    listing = await user.reply()
    for data in ("v1:f:faq-removed-long-ago", "v1:c:../../etc", "v1:c:sciatica:extra"):
        qid = await user.press_data(data, message_id=listing.message_id)
        answer = await api.callback_answer(qid)
        assert answer is not None and "expired" in str(answer.get("text", ""))
        reply = await user.reply()
        assert "expired" in reply.text and reply.buttons


async def test_menu_buttons_open_the_lists(user: SimUser) -> None:
    await user.send("/start")
    await user.reply()
    await user.press("📚 Causes")
    assert "What can cause" in (await user.reply()).text
    await user.press("❓ Questions")
    assert "Common questions" in (await user.reply()).text


async def test_typed_question_gets_the_best_topic_and_two_more(user: SimUser) -> None:
    await user.send("why does my foot tingle after sitting cross legged?")
    reply = await user.reply()
    assert reply.text.startswith(BUNDLE.causes["nerve-compression"].title)
    assert sum(1 for row in reply.buttons for b in row if b.text.startswith("➡️")) >= 2


async def test_off_topic_question_gets_an_honest_no(user: SimUser) -> None:
    await user.send("what's the weather like in Leeds tomorrow")
    reply = await user.reply()
    assert "don't know that one" in reply.text
    assert reply.buttons
    # a decline still says where to turn in an emergency, in case the bot misread one
    assert "999" in reply.text and "emergency" in reply.text


async def test_a_message_in_another_language_gets_the_decline_and_the_emergency_number(
    user: SimUser,
) -> None:
    await user.send("bhai kya haal hai, sab theek?")
    reply = await user.reply()
    assert "don't know that one" in reply.text and "only English" in reply.text
    assert "999" in reply.text


async def test_typed_emergency_gets_emergency_advice_first(user: SimUser) -> None:
    await user.send("my face is drooping and my leg is numb")
    reply = await user.reply()
    assert "999" in reply.text or "112" in reply.text
    assert "ambulance" in reply.text.lower()


async def test_huge_text_is_handled_kindly(user: SimUser) -> None:
    """A message as long as Telegram allows is read whole and answered, not turned away."""
    text = ("tingling " * 460)[:4096]
    await user.send(text)
    reply = await user.reply()
    assert reply.text and len(reply.text) <= 4096
    assert "a bit long" not in reply.text
    assert "could be an emergency" not in reply.text
