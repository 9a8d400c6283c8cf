"""Fixtures shared by the end-to-end modules that move time (reminders, plans, diary, /stats).

A module sets ``T0`` (when its clock starts) and asks for ``app`` (the real bot polling the local
Bot API server, on a `MovableClock` at ``T0``). ``no_chat_limits`` switches off the per-chat
sending limit for modules whose set-ups would otherwise take seconds (a module opts in with
``pytestmark = pytest.mark.usefixtures("no_chat_limits")``); pacing is tested in
tests/test_reminders_dispatch.py and by the benchmarks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import pytest

from bot.app import PinbotApp, build_application, running
from bot.clock import MovableClock
from bot.config import Settings
from bot.localapi import LocalBotApi


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> MovableClock:
    start: datetime = request.module.T0
    return MovableClock(start)


@pytest.fixture
async def app(settings: Settings, clock: MovableClock) -> AsyncIterator[PinbotApp]:
    application = build_application(settings, clock=clock)
    async with running(application, poll_timeout=1.0):
        yield application


@pytest.fixture
def no_chat_limits(api: LocalBotApi) -> None:
    api.enforce_rate_limits = False
