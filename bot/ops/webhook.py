"""The Telegram webhook endpoint: :class:`WebhookReceiver` and its duplicate memory.

Secret header (constant-time compare) → 403, body that is not a JSON update → 400, a repeated
``update_id`` → 200 without processing it again. It is generic over what ``parse`` makes of the
JSON, so it is tested without telegram.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Generic, TypeVar

from bot.ops.listener import Request, Response
from bot.ops.metrics import Metrics

log = logging.getLogger("bot.ops.routes")  # same logger as before the split

SECRET_HEADER = "x-telegram-bot-api-secret-token"


class RecentIds:
    """The last ``capacity`` update ids, for exact duplicate detection in O(1) memory."""

    def __init__(self, capacity: int = 10_000, initial: Iterable[int] = ()) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._order: deque[int] = deque()
        self._set: set[int] = set()
        for update_id in initial:
            self.add(update_id)

    def __contains__(self, update_id: object) -> bool:
        return update_id in self._set

    def __len__(self) -> int:
        return len(self._set)

    def add(self, update_id: int) -> bool:
        """Remember ``update_id``; False when it was already known."""
        if update_id in self._set:
            return False
        self._set.add(update_id)
        self._order.append(update_id)
        while len(self._order) > self.capacity:
            self._set.discard(self._order.popleft())
        return True

    def discard(self, update_id: int) -> None:
        if update_id in self._set:
            self._set.discard(update_id)
            with contextlib.suppress(ValueError):
                self._order.remove(update_id)

    def snapshot(self) -> list[int]:
        return list(self._order)


class InvalidUpdate(ValueError):
    """``parse`` raises this (or anything) when the JSON is not a usable update."""


T = TypeVar("T")


class WebhookReceiver(Generic[T]):
    """POST handler: authenticate, validate, de-duplicate, hand over.

    ``parse(data)`` turns the JSON object into an update (raise → 400). ``submit(update)``
    queues it for processing; when it raises, the id is forgotten again and the answer is 500
    so Telegram delivers it again later. Telegram gets 200 only once the update is queued.
    """

    def __init__(
        self,
        secret: str,
        parse: Callable[[dict[str, Any]], T],
        submit: Callable[[int, T], Awaitable[None]],
        *,
        recent: RecentIds | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        if not secret:
            raise ValueError("a webhook secret is required")
        self._secret = secret.encode()
        self._parse = parse
        self._submit = submit
        self.recent = recent if recent is not None else RecentIds()
        self._metrics = metrics

    def _count(self, result: str) -> None:
        if self._metrics is not None:
            self._metrics.record_webhook(result)

    async def handle(self, request: Request) -> Response:
        token = request.headers.get(SECRET_HEADER)
        if token is None or not hmac.compare_digest(token.encode("latin-1"), self._secret):
            self._count("forbidden")
            return Response.json(403, {"error": "forbidden"})
        try:
            data = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._count("bad_request")
            return Response.json(400, {"error": "body is not JSON"})
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if type(update_id) is not int or update_id < 0:
            self._count("bad_request")
            return Response.json(400, {"error": "not an update"})
        if update_id in self.recent:
            self._count("duplicate")
            return Response.json(200, {"ok": True, "duplicate": True})
        try:
            update = self._parse(data)
        except Exception:
            self._count("bad_request")
            log.warning("webhook: update %d could not be parsed", update_id)
            return Response.json(400, {"error": "not an update"})
        self.recent.add(update_id)  # no await since the check: concurrent duplicates are safe
        try:
            await self._submit(update_id, update)
        except Exception:
            self.recent.discard(update_id)
            self._count("error")
            log.exception("webhook: update %d could not be queued", update_id)
            return Response.json(500, {"error": "not queued"})
        self._count("accepted")
        return Response.json(200, {"ok": True})
