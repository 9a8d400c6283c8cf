"""Count every Bot API call by method and outcome, at the HTTP layer PTB already uses.

``InstrumentedRequest`` is an ``HTTPXRequest`` that records ``(method, outcome)`` in
:class:`bot.ops.metrics.Metrics` after each call. Network failures (no HTTP status) are
counted as ``5xx``. Hand it to ``ApplicationBuilder().request(...)`` (and ``get_updates_request``
in polling mode).
"""

from __future__ import annotations

from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import HTTPXRequest, RequestData

from bot.ops.metrics import Metrics


class InstrumentedRequest(HTTPXRequest):
    def __init__(self, metrics: Metrics, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._metrics = metrics

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        try:
            status, payload = await super().do_request(
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
