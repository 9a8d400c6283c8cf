"""Run the bot with the ops listener: webhook mode, or long polling plus /healthz and /metrics.

``pinbot run`` calls :func:`run_server` when ``PINBOT_WEBHOOK_URL`` or ``PINBOT_LISTEN`` is set.

Start: initialize + post_init (database, instance lock, jobs) → ``app.start()`` → HTTP listener →
``setWebhook`` with the secret (webhook mode) or start polling.

Stop (SIGTERM/SIGINT, or the ``stop`` event in tests), bounded by :data:`DRAIN_SECONDS`:
1. stop taking updates: close the listener (requests already inside finish, so every update
   Telegram got a 200 for is in the queue) or stop polling;
2. ``app.stop()`` processes everything queued and waits for running jobs and sends;
3. post_shutdown persists state (webhook update ids, the features' own state) and closes the
   database; the process exits 0. The webhook stays registered, so Telegram keeps new updates
   until the bot is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

from bot.config import ALLOWED_UPDATES, Settings
from bot.ops import inbox
from bot.ops.routes import HttpServer, OpsRouter, WebhookReceiver
from bot.ops.state import health_of, ops_of, refresh_metrics, remember_update

log = logging.getLogger(__name__)

DRAIN_SECONDS = 10.0
LISTENER_GRACE = 2.0
AnyApp = Application[Any, Any, Any, Any, Any, Any]


def webhook_path(url: str) -> str:
    return urlsplit(url).path.rstrip("/") or "/"


def build_router(settings: Settings, app: AnyApp) -> OpsRouter:
    ops = ops_of(app)
    receiver: WebhookReceiver[Update] | None = None
    if settings.webhook_mode:
        assert settings.webhook_secret is not None

        def parse(data: dict[str, Any]) -> Update:
            update = Update.de_json(data, app.bot)
            if update is None:  # pragma: no cover - de_json returns None only for None
                raise ValueError("empty update")
            return update

        async def submit(update_id: int, update: Update) -> None:
            # on disk before Telegram gets its 200 (a repeat of a stored update is dropped)
            if update_id in await inbox.accept(app, [update]):
                await app.update_queue.put(update)
            remember_update(app, update_id)

        receiver = WebhookReceiver(
            settings.webhook_secret.get(), parse, submit, recent=ops.recent, metrics=ops.metrics
        )
    return OpsRouter(
        health=health_of(app),
        metrics=ops.metrics,
        webhook=receiver,
        webhook_path=webhook_path(settings.webhook_url or "/telegram"),
        before_metrics=lambda: refresh_metrics(app),
    )


async def serve(
    settings: Settings,
    app: AnyApp,
    *,
    stop: asyncio.Event | None = None,
    install_signals: bool = True,
    started: asyncio.Event | None = None,
) -> int:
    """Run until ``stop`` is set (or SIGTERM/SIGINT); returns the exit status."""

    loop = asyncio.get_running_loop()
    stop = stop or asyncio.Event()
    installed: list[signal.Signals] = []
    if install_signals:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    server: HttpServer | None = None
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        server = HttpServer(build_router(settings, app), settings.listen_host, settings.listen_port)
        await server.start()
        if settings.webhook_mode:
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            await app.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.webhook_secret.get(),
                allowed_updates=ALLOWED_UPDATES,
                max_connections=40,
            )
            log.info(
                "webhook mode: listening on %s%s", server.url, webhook_path(settings.webhook_url)
            )
        else:
            assert app.updater is not None
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            log.info("polling mode; ops endpoints on %s", server.url)
        if started is not None:
            started.set()
        await stop.wait()
        log.info("stopping: no new updates; draining for at most %.0f s", DRAIN_SECONDS)
    finally:
        await _shutdown(app, server)
        for sig in installed:
            loop.remove_signal_handler(sig)
    return 0


async def _shutdown(app: AnyApp, server: HttpServer | None) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DRAIN_SECONDS
    # 1. stop taking updates
    if server is not None:
        await server.close(grace=LISTENER_GRACE)
    if app.updater is not None and app.updater.running:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(app.updater.stop(), timeout=LISTENER_GRACE)
    # 2. process what was accepted; in-flight sends finish (bounded)
    if app.running:
        stopping = asyncio.ensure_future(app.stop())
        done, _ = await asyncio.wait({stopping}, timeout=max(0.1, deadline - loop.time()))
        if not done:
            log.warning(
                "drain timed out with %d update(s) queued; stopping anyway",
                app.update_queue.qsize(),
            )
            stopping.cancel()
            with contextlib.suppress(BaseException):
                await stopping
        elif stopping.exception() is not None:
            log.error("stopping the application failed", exc_info=stopping.exception())
    # 3. persist state and close
    try:
        if app.post_stop is not None:
            await app.post_stop(app)
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
    finally:
        await app.shutdown()
    log.info("stopped cleanly")


def run_server(settings: Settings, app: AnyApp) -> int:
    """Blocking entry point for ``pinbot run``."""
    return asyncio.run(serve(settings, app))
