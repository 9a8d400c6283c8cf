"""The single plain-text router.

Every typed message goes through here, in this order:
1. an emergency description gets the emergency advice at once (and ends any running check);
2. a flow waiting for an answer (symptom check, reminder set-up) takes the text;
3. otherwise it is a question: the best matching topic, or an honest "I don't know that one"
   (a symptom story also gets the diary's "Log this" button when it says enough).
"""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.ask import answer, embed, preload
from bot.context import BotContext
from bot.handlers import browse, diary, flows, triage


async def on_text(update: Update, context: BotContext) -> None:
    message = update.message
    if message is None or message.text is None or update.effective_user is None:
        return
    user_id = update.effective_user.id
    chat_id = message.chat_id
    # The whole message is read, up to Telegram's 4,096 characters (the flood guard drops
    # anything longer): a story of 1,500 characters that ends "now my face is drooping" is an
    # emergency, and a long story deserves the same answer as a short one. Reading 4,096
    # characters takes about 45 ms (README).
    text = message.text
    if not embed.ready(context.services.content):
        # first typed message since start: load the sentence model, the heads and the
        # emergency net off the event loop
        await asyncio.to_thread(preload, context.services.content)
    result = answer(text, context.services.content)
    if result.emergency:
        await flows.end_for_emergency(user_id, context)
        await triage.show_emergency(
            chat_id, user_id, list(result.emergency_findings), context, result.match
        )
        return
    if await flows.on_text(update, context):
        return
    if result.findings and result.match is not None:
        # a symptom story: what was understood, the best topic, a pre-filled check, and the
        # diary's "Log this" when it says which leg, how long or what they were doing
        log_this = await diary.log_button_for(context, user_id, text)
        await browse.send_story(
            chat_id,
            context,
            result.match,
            list(result.alternatives),
            list(result.findings),
            log_this,
            list(result.looked_back),
        )
        return
    if result.match is None:
        await browse.send_no_match(chat_id, context)
        return
    await browse.send_answer(
        chat_id, context, result.match, list(result.alternatives), list(result.looked_back)
    )
