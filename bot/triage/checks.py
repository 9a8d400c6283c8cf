"""What `check_flow` proves about a parsed flow: ids, routing, the level rule, text and sizes.

Text is Telegram HTML limited to <b> and <i>; messages, button labels and callback data must fit
Telegram's limits. The path proofs live in `bot.triage.paths`.
"""

from __future__ import annotations

import re
from typing import Final

from bot.content.schema import REQUIRED_CAUSES, REQUIRED_FAQS
from bot.tghtml import parse_html
from bot.triage.callbacks import SESSION_LEN, make_callback
from bot.triage.models import END, KINDS, Flow
from bot.triage.paths import check_paths

# TRIAGE.md's levels, lowest first. The data must use exactly these, in this order.
LEVEL_IDS: Final = (
    "self_care",
    "consultation",
    "consultation_24",
    "emergency",
    "emergency_ambulance",
)
# Content ids PRODUCT.md fixes; `related` may only point at these.
CONTENT_IDS: Final = frozenset(REQUIRED_CAUSES + REQUIRED_FAQS)
MAX_MESSAGE: Final = 4096
MAX_LABEL: Final = 40
MAX_CHECKLIST: Final = 8
# Room the chat adds around a question (numbering, "tick all that apply", progress line).
MESSAGE_MARGIN: Final = 400
_ALLOWED_TAGS: Final = frozenset({"b", "i"})


def check_flow(flow: Flow, session_len: int = SESSION_LEN) -> list[str]:
    """Problems with a parsed flow: ids, routing, the level rule, text and sizes."""
    problems: list[str] = []
    problems += _check_levels(flow)
    problems += _check_findings(flow)
    problems += _check_questions(flow, session_len)
    if not problems:  # paths only make sense over consistent ids
        problems += check_paths(flow)
    return problems


def _check_levels(flow: Flow) -> list[str]:
    problems: list[str] = []
    ids = tuple(level.id for level in flow.levels)
    if ids != LEVEL_IDS:
        problems.append(
            f"levels must be {', '.join(LEVEL_IDS)} (lowest first), got {', '.join(ids)}"
        )
    for level in flow.levels:
        where = f"level {level.id!r}"
        problems += _check_text(f"{where} name", level.name, MAX_MESSAGE)
        problems += _check_text(f"{where} action", level.action, MAX_MESSAGE - MESSAGE_MARGIN)
        problems += _check_related(where, level.related)
    return problems


def _check_findings(flow: Flow) -> list[str]:
    problems: list[str] = []
    level_ids = {level.id for level in flow.levels}
    for finding in flow.findings.values():
        where = f"finding {finding.id!r}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", finding.id):
            problems.append(f"{where}: id must be lower_snake_case")
        if finding.level not in level_ids:
            problems.append(f"{where}: unknown level {finding.level!r}")
        problems += _check_text(f"{where} label", finding.label, MAX_LABEL)
        if "<" in finding.label:
            problems.append(f"{where} label: button labels are plain text, no tags")
        problems += _check_text(f"{where} description", finding.description, 600)
        problems += _check_related(where, finding.related)
        if any(not w.strip() or w != w.lower() for w in finding.words):
            problems.append(f"{where}: `words` must be non-empty lower-case phrases")
    return problems


def _check_questions(flow: Flow, session_len: int) -> list[str]:
    problems: list[str] = []
    if flow.start not in flow.questions:
        problems.append(f"start: unknown question {flow.start!r}")
    asked_in: dict[str, str] = {}
    for index, question in enumerate(flow.questions.values()):
        where = f"question {question.id!r}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", question.id):
            problems.append(f"{where}: id must be lower_snake_case")
        if question.kind not in KINDS:
            problems.append(
                f"{where}: kind must be one of {', '.join(KINDS)}, got {question.kind!r}"
            )
        elif question.kind == "yesno" and len(question.findings) != 1:
            problems.append(f"{where}: a yesno question asks about exactly one finding")
        elif question.kind == "checklist" and not 1 <= len(question.findings) <= MAX_CHECKLIST:
            problems.append(f"{where}: a checklist has 1 to {MAX_CHECKLIST} findings")
        for finding_id in question.findings:
            if finding_id not in flow.findings:
                problems.append(f"{where}: unknown finding {finding_id!r}")
            elif finding_id in asked_in:
                problems.append(
                    f"{where}: finding {finding_id!r} is already asked in {asked_in[finding_id]!r}"
                )
            else:
                asked_in[finding_id] = question.id
        if len(set(question.findings)) != len(question.findings):
            problems.append(f"{where}: a finding is listed twice")
        for key, target in (("on_any", question.on_any), ("on_none", question.on_none)):
            if target != END and target not in flow.questions:
                problems.append(f"{where}: `{key}` goes to unknown question {target!r}")
        if question.end_on_first:
            levels = {flow.findings[f].level for f in question.findings if f in flow.findings}
            if question.on_any != END or len(levels) > 1:
                problems.append(
                    f'{where}: `end_on_first` needs `on_any = "end"` and findings of one level'
                )
        body = question.text + "".join(
            f"\n{n}. {flow.findings[f].label} - {flow.findings[f].description}"
            for n, f in enumerate(question.findings, 1)
            if f in flow.findings
        )
        problems += _check_text(f"{where} text", question.text, MAX_MESSAGE)
        if len(body) + MESSAGE_MARGIN > MAX_MESSAGE:
            problems.append(f"{where}: the question with its items is too long for one message")
        for item in question.item_codes():
            try:
                make_callback("x" * session_len, index, item)
            except ValueError as exc:  # the encoder refuses data over Telegram's limit
                problems.append(f"{where}: {exc}")
                break
    unasked = [f for f in flow.findings if f not in asked_in]
    if unasked:
        problems.append(f"findings no question asks about: {', '.join(unasked)}")
    return problems


def _check_related(where: str, related: tuple[str, ...]) -> list[str]:
    return [
        f"{where}: unknown related content id {cid!r}" for cid in related if cid not in CONTENT_IDS
    ]


def _check_text(where: str, text: str, limit: int) -> list[str]:
    if not text.strip():
        return [f"{where}: empty"]
    errors = html_errors(text)
    if errors:
        return [f"{where}: {e}" for e in errors]
    length = parse_html(text).length
    if length > limit:
        return [f"{where}: {length} characters, over {limit}"]
    return []


def html_errors(text: str) -> list[str]:
    """Problems with `text` as Telegram HTML limited to <b> and <i> (bare & is an error)."""
    errors = list(parse_html(text).errors)
    for match in re.finditer(r"<(/?)([A-Za-z][\w-]*)[^<>]*>", text):
        name = match.group(2).lower()
        if name not in _ALLOWED_TAGS or match.group(0) not in (f"<{name}>", f"</{name}>"):
            errors.append(f"tag {match.group(0)!r} is not allowed here (only <b> and <i>)")
    return list(dict.fromkeys(errors))
