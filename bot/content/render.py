"""Rendering content as Telegram HTML: pure functions, data in, string out.

Section headings are passed in by the caller (they are interface texts, not medical content).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from bot.content.models import Cause, Exercise, Topic

TOPIC_HEADINGS = ("signs", "helps", "get_help")
# Medical text says where to get emergency help with one marker, so every page and the symptom
# check use one wording with the person's own number: "{call_now}" / "{Call_now}".
CALL_NOW_MARKERS = ("{call_now}", "{Call_now}")
# Used where no person is known (content checks); as long as the longest real wording.
GENERIC_CALL_NOW = (
    "call your emergency number (<b>999</b> UK, <b>112</b> EU, <b>911</b> US/Canada, "
    "<b>000</b> Australia) or go to A&amp;E now"
)


def fill_call_now(text: str, phrase: str) -> str:
    """Put `phrase` (Telegram HTML, starting lower case) where the call-now markers are."""
    return text.replace("{call_now}", phrase).replace("{Call_now}", phrase[:1].upper() + phrase[1:])


def _block(heading: str, body: str) -> str:
    body = body.strip()
    return f"<b>{heading}</b>\n{body}" if heading else body


def render_topic(item: Topic, headings: Mapping[str, str], call_now: str = GENERIC_CALL_NOW) -> str:
    """A cause or FAQ as one Telegram-HTML message.

    `headings` maps ``signs``, ``helps`` and ``get_help`` to already-valid HTML heading texts
    (interface texts); a missing or empty heading leaves the section without one. `call_now`
    is the person's emergency wording ("call <b>106</b> or go to A&amp;E now").
    """
    parts = [f"<b>{html.escape(item.title, quote=False)}</b>"]
    if isinstance(item, Cause):
        parts.append(item.what.strip())
        parts.append(_block(headings.get("signs", ""), item.signs))
        parts.append(_block(headings.get("helps", ""), item.helps))
    else:
        parts.append(item.answer.strip())
    parts.append(_block(headings.get("get_help", ""), item.get_help))
    return fill_call_now("\n\n".join(p for p in parts if p), call_now)


def render_exercise(ex: Exercise, headings: Mapping[str, str]) -> str:
    """An exercise as one Telegram-HTML message; `headings`: ``steps``, ``dose``, ``safety``."""
    steps = "\n".join(f"{n}. {s.strip()}" for n, s in enumerate(ex.steps, 1))
    safety = (ex.safety, ex.stop, *ex.notes)
    parts = [
        f"<b>{html.escape(ex.name, quote=False)}</b>",
        _block(headings.get("steps", ""), steps),
        _block(headings.get("dose", ""), ex.dose),
        _block(headings.get("safety", ""), "\n".join(x for x in safety if x)),
    ]
    return "\n\n".join(p for p in parts if p)
