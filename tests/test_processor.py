"""Updates of one chat run strictly in order; different chats run at the same time."""

import asyncio
import random
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.processor import ChatOrderedProcessor, chat_key


def make_update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "U", is_bot=False)
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text=str(update_id))
    return Update(update_id, message=message)


async def test_per_chat_order_and_cross_chat_concurrency() -> None:
    processor = ChatOrderedProcessor(256)
    rng = random.Random(7)
    seen: dict[int, list[int]] = {}
    running = 0
    peak = 0

    async def handle(update: Update) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        key = chat_key(update)
        assert key is not None
        seen.setdefault(key, []).append(update.update_id)
        await asyncio.sleep(rng.uniform(0, 0.01))  # later updates may finish sooner elsewhere
        running -= 1

    updates = [make_update(i, rng.randrange(1, 21)) for i in range(1, 401)]
    tasks = [asyncio.create_task(processor.process_update(u, handle(u))) for u in updates]
    await asyncio.gather(*tasks)

    expected: dict[int, list[int]] = {}
    for u in updates:
        key = chat_key(u)
        assert key is not None
        expected.setdefault(key, []).append(u.update_id)
    assert seen == expected  # every chat saw its updates in arrival order
    assert peak > 5  # and chats did not wait for each other
    assert processor._tails == {}  # no chain is left behind


async def test_a_failing_update_does_not_block_its_chat() -> None:
    processor = ChatOrderedProcessor(8)
    order: list[int] = []

    async def boom() -> None:
        order.append(1)
        raise ValueError("handler failed")

    async def fine() -> None:
        order.append(2)

    first = asyncio.create_task(processor.process_update(make_update(1, 5), boom()))
    second = asyncio.create_task(processor.process_update(make_update(2, 5), fine()))
    results = await asyncio.gather(first, second, return_exceptions=True)
    assert isinstance(results[0], ValueError)
    assert order == [1, 2]
