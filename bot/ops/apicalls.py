"""Count every Bot API call by method and outcome, at the HTTP layer PTB already uses.

:class:`CountingRequest` wraps a request object and records ``(method, outcome)`` in
:class:`bot.ops.metrics.Metrics` after each call; ``bot.app.build_application`` hands the app
builder one for getUpdates and one for everything else.
Network failures (no HTTP status) are counted as ``5xx``.
"""

from __future__ import annotations

from typing import Any

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
