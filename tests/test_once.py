"""Everything a handler does for an update happens once, also when a crash makes the inbox replay
the update (issue 12): the journal of confirmed requests (bot/storage/inbox.py, bot/ratelimit.py)
and writes that are idempotent per update (bot/storage/diary.py). Both engines."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram.error import BadRequest

from bot.diary.model import Entry
from bot.processor import CURRENT, Running
from bot.ratelimit import PoliteRateLimiter
from bot.storage.db import Database
from bot.storage.diary import DiaryStore
from bot.storage.inbox import Inbox, SharedInbox
from bot.storage.schedules import ScheduleStore

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _entry() -> Entry:
    return Entry(
        id=0,
        at=T0,
        leg="left",
        duration="minutes",
        activity="sitting",
        severity=3,
        note="",
        minutes=10,
    )


async def test_a_diary_entry_is_written_once_per_update(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        store = DiaryStore(db)
        first = await store.add(7, _entry(), T0, update_id=501)
        again = await store.add(7, _entry(), T0, update_id=501)  # the same update, replayed
        assert again == first
        assert await store.count(7) == 1
        assert await store.saved_by(7, 501) == first
        assert await store.saved_by(8, 501) is None  # never another person's entry
        # another update is another entry; entries without an update are never merged
        assert await store.add(7, _entry(), T0, update_id=502) != first
        await store.add(7, _entry(), T0)
        await store.add(7, _entry(), T0)
        assert await store.count(7) == 4
        assert await store.saved_by(7, None) is None
    finally:
        await db.close()


async def test_the_journal_is_noted_read_back_and_cleared_when_done(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        await inbox.accept([(11, 70, '{"update_id": 11}'), (12, 71, '{"update_id": 12}')], T0)
        assert await inbox.sent(11) == {}
        await inbox.record_sent(11, 1, "answerCallbackQuery", True)
        message = {"message_id": 5, "text": "Saved — «left» 🦶\nline two\u2028three\x85four"}
        await inbox.record_sent(11, 1, "editMessageText", message)
        assert await inbox.sent(11) == {
            ("answerCallbackQuery", 1): True,
            ("editMessageText", 1): message,
        }
        assert await inbox.sent(12) == {}  # per update
        assert await inbox.begun() == {11}  # only it needs a look-up when replayed
        # a line cut short by a crash counts as not confirmed
        await db.execute("UPDATE inbox SET sent = sent || ? WHERE update_id = 11", ('[3,"send',))
        assert set(await inbox.sent(11)) == {("answerCallbackQuery", 1), ("editMessageText", 1)}
        await inbox.done(11, T0)
        assert await inbox.sent(11) == {}  # the done mark clears it: the journal stays tiny
        await inbox.record_sent(11, 3, "sendMessage", True)  # too late: the update is done
        assert await inbox.sent(11) == {}
        # several replicas: finishing an update clears its journal too
        await inbox.record_sent(12, 1, "sendMessage", {"message_id": 1})
        await SharedInbox(db, "r1/1").finish(12, 71, T0)
        assert await inbox.sent(12) == {}
        assert await inbox.sent(999) == {}  # no such update
    finally:
        await db.close()


class Telegram:
    """Counts what reaches the network; call number ``hang_at`` never returns (``stuck`` is set
    once it is in flight)."""

    def __init__(self, hang_at: int = 0) -> None:
        self.calls: list[str] = []
        self.hang_at = hang_at
        self.stuck = asyncio.Event()

    def call(self, method: str, n: int) -> Any:
        async def send() -> dict[str, Any]:
            self.calls.append(method)
            if len(self.calls) == self.hang_at:
                self.stuck.set()
                await asyncio.Event().wait()
            return {"message_id": n, "method": method}

        return send


async def _handler(lim: PoliteRateLimiter, tg: Telegram, running: Running) -> list[Any]:
    """What a handler does for one update: three requests, in order (as a button's answer,
    an edit and a new message)."""
    CURRENT.set(running)
    out = []
    for n, method in enumerate(("answerCallbackQuery", "editMessageText", "sendMessage"), 1):
        out.append(await lim.process_request(tg.call(method, n), (), {}, method, {}, None))
    return out


async def test_a_replayed_update_repeats_only_the_request_in_flight(db_target: Path | str) -> None:
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        await inbox.accept([(21, 90, '{"update_id": 21}')], T0)
        lim = PoliteRateLimiter(overall_rate=1000)
        lim.journal = inbox
        tg = Telegram(hang_at=3)

        # the first run: two requests confirmed, the third in flight when the process dies
        first = asyncio.create_task(_handler(lim, tg, Running(21)))
        await asyncio.wait_for(tg.stuck.wait(), 10)
        first.cancel()
        # each noted once Telegram confirmed it; the one in flight is not
        assert set(await inbox.sent(21)) == {("answerCallbackQuery", 1), ("editMessageText", 1)}
        assert tg.calls == ["answerCallbackQuery", "editMessageText", "sendMessage"]

        # the replay: the confirmed two are answered from the journal, the third is sent again
        tg.hang_at = 0
        tg.calls.clear()
        confirmed = await inbox.sent(21)
        results = await asyncio.create_task(_handler(lim, tg, Running(21, confirmed)))
        assert tg.calls == ["sendMessage"]
        assert results == [
            {"message_id": 1, "method": "answerCallbackQuery"},
            {"message_id": 2, "method": "editMessageText"},
            {"message_id": 3, "method": "sendMessage"},
        ]
        assert lim.stats.replayed_from_journal == 2
    finally:
        await db.close()


async def test_only_requests_of_an_update_are_noted(db_target: Path | str) -> None:
    """A confirmed request of an update is noted; a request outside an update (reminders, jobs)
    never is; a stored result answers only the same method with the same number."""
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        await inbox.accept([(31, 91, '{"update_id": 31}')], T0)
        lim = PoliteRateLimiter(overall_rate=1000)
        lim.journal = inbox
        tg = Telegram()

        async def one(running: Running | None, method: str) -> Any:
            CURRENT.set(running)
            return await lim.process_request(tg.call(method, 1), (), {}, method, {}, None)

        await asyncio.create_task(one(Running(31), "sendMessage"))
        assert await inbox.sent(31) == {
            ("sendMessage", 1): {"message_id": 1, "method": "sendMessage"}
        }
        await asyncio.create_task(one(None, "sendPhoto"))
        assert tg.calls == ["sendMessage", "sendPhoto"]
        assert lim.stats.journaled == 1
        confirmed: dict[tuple[str, int], Any] = {("answerCallbackQuery", 1): True}
        await asyncio.create_task(one(Running(31, confirmed), "sendPhoto"))
        assert tg.calls[-1] == "sendPhoto"
    finally:
        await db.close()


async def test_a_replay_on_a_different_path_still_matches_per_method(db_target: Path | str) -> None:
    """The first run answered the tap, edited the question and sent the next one; the replay
    finds the state moved on and only answers and sends the next question: both come from the
    journal (numbered per method), nothing reaches Telegram twice."""
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        await inbox.accept([(41, 92, '{"update_id": 41}')], T0)
        lim = PoliteRateLimiter(overall_rate=1000)
        lim.journal = inbox
        tg = Telegram()

        async def run(methods: tuple[str, ...], running: Running) -> list[Any]:
            CURRENT.set(running)
            return [
                await lim.process_request(tg.call(m, n), (), {}, m, {}, None)
                for n, m in enumerate(methods, 1)
            ]

        first = ("answerCallbackQuery", "editMessageText", "sendMessage", "sendChatAction")
        await asyncio.create_task(run(first, Running(41)))
        tg.calls.clear()
        confirmed = await inbox.sent(41)
        again = await asyncio.create_task(
            run(("answerCallbackQuery", "sendMessage"), Running(41, confirmed))
        )
        assert tg.calls == []
        assert again[1] == {"message_id": 3, "method": "sendMessage"}  # the one already sent
    finally:
        await db.close()


async def test_a_replayed_answer_to_a_reminder_is_the_same_answer(db_target: Path | str) -> None:
    """First answer wins; the same tap replayed after a crash is recognised as that answer (so
    it finishes its snooze or pause) while another tap is still told it was answered."""
    db = await Database.open(db_target)
    try:
        await db.execute(
            "INSERT INTO users (user_id, chat_id, language, first_seen, last_seen)"
            " VALUES (5, 5, 'en', '2026-12-01', '2026-12-01')"
        )
        await db.execute(
            "INSERT INTO reminder_schedules (user_id, chat_id, interval_min, start_min, end_min,"
            " weekdays, tz, enabled, created_at, updated_at)"
            " VALUES (5, 5, 60, 540, 1020, 127, 'UTC', 1, 0, 0)"
        )
        store = ScheduleStore(db, "w1")
        assert await store.record_event(5, 100, "snooze", T0, update_id=801)
        assert await store.record_event(5, 100, "snooze", T0, update_id=801)  # the replay
        assert not await store.record_event(5, 100, "done", T0, update_id=802)  # another tap
        assert not await store.record_event(5, 100, "done", T0)
        assert await store.event_of(5, 100) == "snooze"
    finally:
        await db.close()


async def test_an_update_a_dead_replica_began_comes_back_with_its_journal(
    db_target: Path | str,
) -> None:
    """Several replicas: a claim taken over from a replica that died mid-update carries the
    journal of what Telegram had confirmed, so the replay looks it up; a fresh claim does not."""
    db = await Database.open(db_target)
    try:
        a, b = SharedInbox(db, "a/1", lease_s=15), SharedInbox(db, "b/1", lease_s=15)
        _, ready, _ = await a.accept([(61, 5, '{"n": 61}'), (62, 6, '{"n": 62}')], T0)
        assert [r.sent for r in ready] == [None, None]  # fresh: nothing to look up
        await Inbox(db).record_sent(61, 1, "sendMessage", {"message_id": 9})
        taken = await b.sweep(T0 + timedelta(seconds=16))  # a died; its leases ran out
        by_id = {r.update_id: r for r in taken}
        assert by_id[61].sent == '[1,"sendMessage",{"message_id":9}]\n'
        assert by_id[62].sent is None
    finally:
        await db.close()


async def test_a_replayed_tap_whose_answer_was_in_flight_goes_on(db_target: Path | str) -> None:
    """The first run's answer to the tap was in flight at the crash and reached Telegram; the
    replay's answer is refused ("query is too old"): a replay takes that as answered and its
    handler goes on. Outside a replay the refusal is raised as before."""
    db = await Database.open(db_target)
    try:
        inbox = Inbox(db)
        await inbox.accept([(51, 93, '{"update_id": 51}')], T0)
        lim = PoliteRateLimiter(overall_rate=1000)
        lim.journal = inbox

        async def refused() -> bool:
            raise BadRequest(
                "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )

        async def answer(running: Running) -> Any:
            CURRENT.set(running)
            return await lim.process_request(refused, (), {}, "answerCallbackQuery", {}, None)

        assert await asyncio.create_task(answer(Running(51, {}))) is True
        with pytest.raises(BadRequest):
            await asyncio.create_task(answer(Running(51)))  # not a replay
    finally:
        await db.close()
