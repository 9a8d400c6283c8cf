"""Logging: one line per record (text or JSON), secrets redacted from everything printed.

Redaction happens in the formatter, after the message *and* any traceback are rendered, so a
token that slips into an exception text or a URL (httpx logs request URLs, which carry the
token) never reaches the output.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterable
from typing import Any, TextIO

REDACTED = "[REDACTED]"


class RedactingFormatter(logging.Formatter):
    """``tracebacks=False`` (every level but DEBUG): an exception is shown as its one-line
    summary ("NetworkError: ..."), never as a traceback."""

    def __init__(
        self, secrets: Iterable[str], *, json_format: bool = False, tracebacks: bool = True
    ) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._json = json_format
        self._tracebacks = tracebacks

    def formatException(self, ei: Any) -> str:
        if self._tracebacks or not ei or ei[1] is None:
            return super().formatException(ei)
        exc = ei[1]
        first = (str(exc).strip().splitlines() or [""])[0]
        return f"{type(exc).__name__}: {first}" if first else type(exc).__name__

    def formatStack(self, stack_info: str) -> str:
        return super().formatStack(stack_info) if self._tracebacks else ""

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def format(self, record: logging.LogRecord) -> str:
        if not self._json:
            return self.redact(super().format(record)).replace("\n", "\n  ")
        payload: dict[str, object] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in ("user_id", "update_kind", "method", "outcome"):
            value = getattr(record, key, None)
            if value is not None:
                payload[key] = value
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(payload, ensure_ascii=False, default=str))


def setup_logging(
    level: int | str = "INFO",
    *,
    secrets: Iterable[str] = (),
    json_format: bool = False,
    stream: TextIO | None = None,
) -> RedactingFormatter:
    """Configure the root logger once; returns the formatter (which can also redact text)."""
    debug = level in ("DEBUG", logging.DEBUG)
    formatter = RedactingFormatter(secrets, json_format=json_format, tracebacks=debug)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO, and the URL carries the token: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return formatter
