"""Build the python-telegram-bot Application: one place that wires everything together."""

from __future__ import annotations

import gc
import logging
import socket
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults

from bot.ask import indexes_for
from bot.clock import Clock, utc_now
from bot.config import ALLOWED_UPDATES, Settings
from bot.content.library import load_bundle
from bot.content.plans import load_plans
from bot.content.texts import load_texts
from bot.context import STATE_KEY, AppState, Boot, BotContext, Services, state_of
from bot.delivery.dispatcher import Dispatcher, new_worker_id
from bot.delivery.media import MediaCache
from bot.handlers import privacy, register, triage
from bot.handlers.diary import checkin as diary_checkin
from bot.handlers.remind import delivery as remind_delivery
from bot.ops import inbox
from bot.ops.apicalls import CountingRequest
from bot.ops.inbox import InboxBot
from bot.ops.lock import InstanceLock
from bot.ops.state import OpsState, ops_shutdown, ops_startup
from bot.ops.tls import bot_api_request
from bot.processor import ChatOrderedProcessor
from bot.ratelimit import TELEGRAM_RATE, PoliteRateLimiter
from bot.storage.budget import SharedBudget
from bot.storage.db import Database
from bot.storage.diary import DiaryStore
from bot.storage.drafts import DraftStore
from bot.storage.inbox import Inbox, SharedInbox
from bot.storage.plans_store import PlanStore
from bot.storage.schedules import ScheduleStore
from bot.storage.triage_store import TriageStore
from bot.storage.users import UserStore
from bot.triage.flow import get_flow

log = logging.getLogger(__name__)

PinbotApp = Application[Any, BotContext, Any, Any, Any, Any]

# The Telegram menu (setMyCommands); descriptions come from content/en/ui/core.toml.
MENU_COMMANDS = (
    "start",
    "help",
    "causes",
    "faq",
    "triage",
    "remind",
    "settings",
    "log",
    "diary",
    "stats",
    "privacy",
    "cancel",
)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Features with start-up/shut-down work (jobs, caches), in start order.
_LIFECYCLE = (triage, remind_delivery, privacy, diary_checkin)


def build_application(
    settings: Settings, clock: Clock = utc_now, *, durable_inbox: bool = True
) -> PinbotApp:
    """The application, not started. `clock` is the one clock (tests pass a movable one).
    `durable_inbox=False` only for the benchmark that measures what the inbox costs."""
    token = settings.require_token()
    ops = OpsState()  # metrics, heartbeat, flood control: they exist before the first request
    # A reply holds a connection for one round trip (~50 ms), so 16 serve hundreds of replies
    # a second; bigger pools cost CPU on every request in httpcore's pool scan.
    requests = CountingRequest(
        bot_api_request(connection_pool_size=16, pool_timeout=10.0), ops.metrics
    )
    updates_request = CountingRequest(bot_api_request(connection_pool_size=1), ops.metrics)
    bot = InboxBot(
        token.get(),
        base_url=settings.api_base_url,
        request=requests,
        get_updates_request=updates_request,
        # every message is Telegram HTML, never with a link preview
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW),
        rate_limiter=PoliteRateLimiter(),
    )
    app: PinbotApp = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(ChatOrderedProcessor(settings.max_concurrent_updates))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    app.bot_data[STATE_KEY] = AppState(Boot(settings, load_texts(), clock, ops, durable_inbox))
    register(app)
    return app


def replica_name(settings: Settings) -> str:
    """Stable across restarts of one replica (its host and listener port), so a restarted
    replica takes back at once what it held when it died (`SharedInbox.release_previous`,
    `ScheduleStore.release_previous`)."""
    return f"{socket.gethostname()}:{settings.listen_port}"


async def _post_init(app: PinbotApp) -> None:
    state = state_of(app)
    boot = state.boot
    # One bot per SQLite file: a second one (or a restore) refuses while this lock is held.
    # PostgreSQL is made for several replicas: no file lock there.
    if not boot.settings.shared_db:
        boot.ops.lock = InstanceLock(boot.settings.db_path).acquire()
    db = await Database.open(boot.settings.db_target)
    users = UserStore(db)
    worker = f"{replica_name(boot.settings)}/{new_worker_id()}"
    schedules = ScheduleStore(db, worker)
    plans = PlanStore(db)

    async def on_blocked(user_id: int) -> None:
        await users.set_blocked(user_id, True)

    state.services = services = Services(
        settings=boot.settings,
        texts=boot.texts,
        clock=boot.clock,
        ops=boot.ops,
        content=load_bundle(),
        flow=get_flow("en"),
        db=db,
        users=users,
        triage=TriageStore(db),
        inbox=Inbox(db),
        drafts=DraftStore(db),
        schedules=schedules,
        shared_inbox=(SharedInbox(db, worker) if boot.settings.shared_db else None),
        dispatcher=Dispatcher(
            schedules,
            remind_delivery.reminder_sender(app),
            pace=boot.settings.reminder_pace,
            clock=boot.clock,
            on_blocked=on_blocked,
        ),
        plan_catalog=load_plans(),
        plans=plans,
        media=MediaCache(plans, boot.clock),
        diary=DiaryStore(db),
    )
    if boot.settings.shared_db:
        # Telegram's budget belongs to the token: all replicas share it (bot/storage/budget.py)
        limiter = app.bot.rate_limiter
        if isinstance(limiter, PoliteRateLimiter):
            limiter.shared = SharedBudget(db, "all", rate=TELEGRAM_RATE, burst=3)
        services.dispatcher.pacer.shared = SharedBudget(
            db, "reminders", rate=boot.settings.reminder_pace, burst=3
        )
    texts = services.texts
    await app.bot.set_my_commands(
        [BotCommand(name, texts.plain(f"core.cmd_{name}")) for name in MENU_COMMANDS]
    )
    await ops_startup(app)
    if boot.durable_inbox:
        inbox.install(app)
    for feature in _LIFECYCLE:
        await feature.on_startup(app)
    # Updates received before a stop or crash but not processed: queued first.
    if boot.durable_inbox:
        await inbox.replay(app)
    # The typed-text reader's keyword indexes build in the background, so polling starts at once
    # (the sentence model loads on the first typed message: bot/ask/embed.py).
    threading.Thread(target=_warm_up, name="pinbot-warm-up", daemon=True).start()
    gc.enable()  # `pinbot run` starts with the cyclic collector off (bot/cli.py)
    log.info("Pinbot started as @%s (schema version %s)", app.bot.username, services.db.version)


def _warm_up() -> None:
    try:
        bundle = load_bundle()
        indexes_for(bundle)
    except Exception:
        log.exception("warming up the typed-text reader failed (it will load on first use)")


async def _post_stop(app: PinbotApp) -> None:
    """Stop the features while the bot can still send: reminders under way are finished here.

    (``run_polling`` shuts the bot's HTTP client down *before* ``post_shutdown``.)
    """
    for feature in reversed(_LIFECYCLE):
        try:
            await feature.on_shutdown(app)
        except Exception:
            log.exception("shutdown of %s failed", feature.__name__)


async def _post_shutdown(app: PinbotApp) -> None:
    state = state_of(app)
    if state.services is not None:
        try:
            await inbox.release_shared(app)
        except Exception:
            log.exception("giving back the inbox claims failed (they expire by themselves)")
    try:
        await ops_shutdown(app)
    except Exception:
        log.exception("shutdown of the operations state failed")
    if state.services is not None:
        await state.services.db.close()
    log.info("Pinbot stopped")


@asynccontextmanager
async def running(app: PinbotApp, *, poll_timeout: float = 10.0) -> AsyncIterator[PinbotApp]:
    """Run the application by long polling inside an already running event loop.

    This is what ``run_polling`` does minus signal handling and the loop it owns: tests, the
    terminal chat and the benchmarks use it to run the real bot next to the local Bot API
    server. ``post_init``/``post_shutdown`` are called here, as ``run_polling`` would.
    """
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0.0, timeout=int(poll_timeout), allowed_updates=ALLOWED_UPDATES
        )
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
    finally:
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
        await app.shutdown()
