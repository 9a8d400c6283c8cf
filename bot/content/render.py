"""Rendering content as Telegram HTML: pure functions, data in, string out.

Section headings are passed in by the caller (they are interface texts, not medical content).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from bot.content.models import Cause, Exercise, Topic

TOPIC_HEADINGS = ("signs", "helps", "get_help")


def _block(heading: str, body: str) -> str:
    body = body.strip()
    return f"<b>{heading}</b>\n{body}" if heading else body


def render_topic(item: Topic, headings: Mapping[str, str]) -> str:
    """A cause or FAQ as one Telegram-HTML message.

    `headings` maps ``signs``, ``helps`` and ``get_help`` to already-valid HTML heading texts
    (interface texts); a missing or empty heading leaves the section without one.
    """
    parts = [f"<b>{html.escape(item.title, quote=False)}</b>"]
    if isinstance(item, Cause):
        parts.append(item.what.strip())
        parts.append(_block(headings.get("signs", ""), item.signs))
        parts.append(_block(headings.get("helps", ""), item.helps))
    else:
        parts.append(item.answer.strip())
    parts.append(_block(headings.get("get_help", ""), item.get_help))
    return "\n\n".join(p for p in parts if p)


def render_exercise(ex: Exercise, headings: Mapping[str, str]) -> str:
    """An exercise as one Telegram-HTML message; `headings`: ``steps``, ``dose``, ``safety``."""
    steps = "\n".join(f"{n}. {s.strip()}" for n, s in enumerate(ex.steps, 1))
    parts = [
        f"<b>{html.escape(ex.name, quote=False)}</b>",
        _block(headings.get("steps", ""), steps),
        _block(headings.get("dose", ""), ex.dose),
        _block(headings.get("safety", ""), ex.safety),
    ]
    return "\n\n".join(p for p in parts if p)
