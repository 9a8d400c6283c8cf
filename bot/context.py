"""The typed context every handler receives, and the services it reaches.

`Services` is one frozen dataclass, built once in ``post_init`` (`bot.app`): settings, interface
texts, the one clock, the operational state, the content and the symptom-check flow, the
database, every store and the reminder dispatcher. Handlers reach it as ``context.services``;
there are no string keys and nothing is created lazily. Before ``post_init`` only `Boot`
exists (what the application is built with).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.content.models import ContentBundle
from bot.content.plans import Plan
from bot.content.texts import Texts

if TYPE_CHECKING:  # pragma: no cover - types only (these modules import this one)
    from bot.delivery.dispatcher import Dispatcher
    from bot.delivery.media import MediaCache
    from bot.ops.state import OpsState
    from bot.storage.db import Database
    from bot.storage.diary import DiaryStore
    from bot.storage.drafts import DraftStore
    from bot.storage.inbox import Inbox, SharedInbox
    from bot.storage.plans_store import PlanStore
    from bot.storage.schedules import ScheduleStore
    from bot.storage.triage_store import TriageStore
    from bot.storage.users import UserStore
    from bot.triage.models import Flow

__all__ = ["AppState", "Boot", "BotContext", "Services", "boot_of", "services_of"]

STATE_KEY = "pinbot"


@dataclass(frozen=True)
class Boot:
    """What exists from the moment the application is built."""

    settings: Settings
    texts: Texts
    clock: Clock
    ops: OpsState
    durable_inbox: bool = True


@dataclass(frozen=True)
class Services:
    """Everything a handler may use, built once the database is open."""

    settings: Settings
    texts: Texts
    clock: Clock
    ops: OpsState
    content: ContentBundle
    flow: Flow
    db: Database
    users: UserStore
    triage: TriageStore
    schedules: ScheduleStore
    inbox: Inbox
    drafts: DraftStore
    dispatcher: Dispatcher
    # movement plans (bot/plans): the plans, each person's choice and safety state, and the
    # upload cache of reminder illustrations
    plan_catalog: Mapping[str, Plan]
    plans: PlanStore
    media: MediaCache
    diary: DiaryStore
    # PostgreSQL (several replicas): the inbox is a queue claimed per chat (bot/ops/inbox.py)
    shared_inbox: SharedInbox | None = None


@dataclass
class AppState:
    """The application's own slot in ``bot_data``: the boot parts, then the services."""

    boot: Boot
    services: Services | None = None


AnyApp = Application[Any, Any, Any, Any, Any, Any]


def state_of(app: AnyApp) -> AppState:
    state = app.bot_data[STATE_KEY]
    assert isinstance(state, AppState)
    return state


def boot_of(app: AnyApp) -> Boot:
    return state_of(app).boot


def services_of(app: AnyApp) -> Services:
    services = state_of(app).services
    if services is None:
        raise RuntimeError("the bot has not started yet (services are built in post_init)")
    return services


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def services(self) -> Services:
        return services_of(self.application)

    @property
    def texts(self) -> Texts:
        return boot_of(self.application).texts
