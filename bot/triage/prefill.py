"""Pre-filling the symptom check from typed text: the button's callback data, both ways.

``v1:m:check:<flow version>:<hex bit mask>``: bit i is the i-th finding of the flow (in flow
order). At most 28 findings fit in 7 hex digits; the whole string stays far below Telegram's
64 bytes. Forged or stale data (another flow version, bits out of range, emergency findings)
gives an empty or reduced set: the check then simply asks everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.callbacks import prefix
from bot.triage.models import Flow

PREFILL_PREFIX: Final = prefix("m") + "check:"
PREFILL_PATTERN: Final = "^" + re.escape(PREFILL_PREFIX)
_DATA_RE: Final = re.compile(re.escape(PREFILL_PREFIX) + r"([A-Za-z0-9_.-]{1,8}):([0-9a-f]{1,16})")


def prefill_callback(flow: Flow, findings: Iterable[str]) -> str:
    order = list(flow.findings)
    mask = 0
    for f in findings:
        if f in flow.findings:
            mask |= 1 << order.index(f)
    return f"{PREFILL_PREFIX}{flow.version}:{mask:x}"


def parse_prefill(flow: Flow, data: str) -> frozenset[str] | None:
    """The findings in `data`; None if it is not well formed or from another flow version."""
    m = _DATA_RE.fullmatch(data)
    if m is None or m.group(1) != flow.version:
        return None
    mask = int(m.group(2), 16)
    order = list(flow.findings)
    return frozenset(f for i, f in enumerate(order) if mask >> i & 1)
