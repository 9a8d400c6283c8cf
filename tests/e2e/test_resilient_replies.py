"""Replies survive Telegram's faults (issue 12): the real Application over HTTP, faults
injected by the local Bot API server."""

from __future__ import annotations

import itertools

from bot.localapi import LocalBotApi, SimUser


def _sends_to(api: LocalBotApi, chat_id: int) -> list[tuple[float, int | None]]:
    return [
        (c.t_monotonic, c.error_code)
        for c in api.calls
        if c.method == "sendMessage" and c.chat_id == chat_id
    ]


async def test_three_429s_then_two_500s_still_deliver_the_reply(
    api: LocalBotApi, user: SimUser
) -> None:
    api.faults.add(method="sendMessage", kind="429", count=3, retry_after=1, chat_id=user.user_id)
    api.faults.add(method="sendMessage", kind="500", count=2, chat_id=user.user_id)
    await user.send("/start")
    reply = await user.reply(timeout=20)
    assert "Pins and needles" in reply.text or "pins and needles" in reply.text.lower()
    sends = _sends_to(api, user.user_id)
    assert [code for _, code in sends][:6] == [429, 429, 429, 500, 500, None]
    # nothing went to the chat inside a retry_after window
    for (t429, code), (t_next, _) in itertools.pairwise(sends):
        if code == 429:
            assert t_next - t429 >= 0.99


async def test_a_connection_dropped_mid_reply_is_retried(api: LocalBotApi, user: SimUser) -> None:
    api.faults.add(method="sendMessage", kind="drop", count=2, chat_id=user.user_id)
    await user.send("/help")
    reply = await user.reply(timeout=20)
    assert reply.text
