"""The ops HTTP routes: the Telegram webhook, ``/healthz`` and ``/metrics``.

The server itself (reading requests, writing responses, connection hygiene) is
:mod:`bot.ops.listener`; the webhook endpoint and its duplicate memory are
:mod:`bot.ops.webhook`. Their names are re-exported here, where callers import them from.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.ops.listener import JSON_TYPE, Handler, HttpServer, Request, Response
from bot.ops.liveness import HealthCheck
from bot.ops.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from bot.ops.metrics import Metrics
from bot.ops.webhook import SECRET_HEADER, InvalidUpdate, RecentIds, WebhookReceiver

__all__ = [
    "JSON_TYPE",
    "SECRET_HEADER",
    "Handler",
    "HttpServer",
    "InvalidUpdate",
    "OpsRouter",
    "RecentIds",
    "Request",
    "Response",
    "WebhookReceiver",
]

log = logging.getLogger(__name__)


class OpsRouter:
    """Routes: ``POST <webhook path>``, ``GET /healthz``, ``GET /metrics``; else 404/405."""

    def __init__(
        self,
        *,
        health: HealthCheck | None = None,
        metrics: Metrics | None = None,
        webhook: WebhookReceiver[Any] | None = None,
        webhook_path: str = "/telegram",
        before_metrics: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.before_metrics = before_metrics
        self.health = health
        self.metrics = metrics
        self.webhook = webhook
        self.webhook_path = webhook_path.rstrip("/") or "/"

    async def __call__(self, request: Request) -> Response:
        path = request.path.rstrip("/") or "/"
        if self.webhook is not None and path == self.webhook_path:
            if request.method != "POST":
                return _not_allowed("POST")
            return await self.webhook.handle(request)
        if path == "/healthz" and self.health is not None:
            if request.method not in ("GET", "HEAD"):
                return _not_allowed("GET, HEAD")
            healthy, report = await self.health.check()
            return Response.json(200 if healthy else 503, report)
        if path == "/metrics" and self.metrics is not None:
            if request.method not in ("GET", "HEAD"):
                return _not_allowed("GET, HEAD")
            if self.health is not None:
                self.health.update_gauges()
            if self.before_metrics is not None:
                try:
                    await self.before_metrics()
                except Exception:
                    log.exception("refreshing metrics failed; serving what we have")
            return Response(200, self.metrics.render(), METRICS_CONTENT_TYPE)
        return Response.json(404, {"error": "not found"})


def _not_allowed(allow: str) -> Response:
    return Response(405, b'{"error":"method not allowed"}\n', headers={"Allow": allow})
