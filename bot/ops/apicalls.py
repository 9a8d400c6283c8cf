"""Count every Bot API call by method and outcome, at the HTTP layer PTB already uses.

:func:`instrument_bot` wraps the bot's two request objects (getUpdates and everything else) in a
:class:`CountingRequest` that records ``(method, outcome)`` in :class:`bot.ops.metrics.Metrics`
after each call. Wrapping keeps whatever the app builder configured (pool size, timeouts).
Network failures (no HTTP status) are counted as ``5xx``.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.ops.metrics import Metrics


class CountingRequest(BaseRequest):
    """Wraps PTB's request object: every Bot API call is counted by method and outcome."""

    def __init__(self, inner: BaseRequest, metrics: Metrics) -> None:
        self.inner = inner
        self._metrics = metrics

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        try:
            status, payload = await self.inner.do_request(
                url,
                method,
                request_data=request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except Exception:
            self._metrics.record_api_call(api_method, None)
            raise
        self._metrics.record_api_call(api_method, status)
        return status, payload


def instrument_bot(app: Application[Any, Any, Any, Any, Any, Any], metrics: Metrics) -> None:
    """Count Bot API calls. PTB picks ``bot._request[0]`` for getUpdates and ``[1]`` for
    everything else at call time, so wrapping the pair after build is enough; no-op if done."""
    bot: Any = app.bot
    pair = bot._request
    if all(isinstance(r, CountingRequest) for r in pair):
        return
    bot._request = tuple(
        r if isinstance(r, CountingRequest) else CountingRequest(r, metrics) for r in pair
    )
