"""Triage button callback data: ``v1:t:<session>:<question index>:<item>`` (≤ 64 bytes)."""

from __future__ import annotations

import re
from typing import Final

from bot.callbacks import cb, prefix

# Callback data: v1:t:<session>:<question index>:<item>. Items: a finding's position in the
# question ("0".."9"), "n" (none of these / no), "d" (done), "y" (yes on a yes/no question).
CALLBACK_PREFIX: Final = prefix("t")
SESSION_LEN: Final = 8
ITEM_NONE: Final = "n"
ITEM_DONE: Final = "d"
ITEM_YES: Final = "y"
_SESSION_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,16}")


def make_callback(session: str, question_index: int, item: str) -> str:
    return cb("t", session, str(question_index), item)


def parse_callback(data: str) -> tuple[str, int, str] | None:
    """(session, question index, item) from `v1:t:...`, or None if it is not ours / malformed."""
    if not data.startswith(CALLBACK_PREFIX):
        return None
    parts = data[len(CALLBACK_PREFIX) :].split(":")
    if len(parts) != 3:
        return None
    session, qidx, item = parts
    if not _SESSION_RE.fullmatch(session) or not qidx.isdigit() or not item:
        return None
    if item not in (ITEM_NONE, ITEM_DONE, ITEM_YES) and not item.isdigit():
        return None
    return session, int(qidx), item
