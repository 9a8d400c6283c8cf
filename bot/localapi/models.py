"""Value types shared by the local Bot API server and the simulated users."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


class ApiError(Exception):
    """A Bot API error response: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            d["parameters"] = {"retry_after": self.retry_after}
        return d


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


def too_many_requests(retry_after: float) -> ApiError:
    n = max(1, math.ceil(retry_after))
    return ApiError(429, f"Too Many Requests: retry after {n}", retry_after=n)


FORBIDDEN_BLOCKED = "Forbidden: bot was blocked by the user"


@dataclass(frozen=True)
class Button:
    """One inline keyboard button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class BotMessage:
    """A snapshot of one message in a chat (either side).

    `text` is the plain text after entity parsing (the caption for photos); `html` is the raw
    text exactly as the bot sent it; `buttons` are the inline keyboard rows.
    """

    message_id: int
    chat_id: int
    from_bot: bool
    text: str
    html: str
    buttons: list[list[Button]] = field(default_factory=list)
    edited: bool = False
    kind: str = "text"
    date: int = 0
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    file_data: bytes | None = None  # a document's bytes

    @property
    def button_texts(self) -> list[str]:
        """All button labels, row by row, flattened."""
        return [b.text for row in self.buttons for b in row]

    def button(self, text: str) -> Button:
        for row in self.buttons:
            for b in row:
                if b.text == text:
                    return b
        raise LookupError(f"no button {text!r} in message {self.message_id}: {self.button_texts}")


@dataclass(frozen=True)
class CallRecord:
    """One request the bot made to the local API."""

    method: str
    params: dict[str, Any]
    t_monotonic: float
    ok: bool
    error_code: int | None
    description: str | None

    @property
    def chat_id(self) -> int | None:
        raw = self.params.get("chat_id")
        try:
            return int(raw) if raw is not None else None
        except (TypeError, ValueError):
            return None


@dataclass
class Stats:
    """Counters over the life of a LocalBotApi."""

    requests: int = 0
    errors: int = 0
    rate_limited: int = 0
    faults_injected: int = 0
    messages_sent: int = 0
    messages_edited: int = 0
    uploads: int = 0  # files received as uploads (not re-sent by file_id)
    upload_bytes: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
