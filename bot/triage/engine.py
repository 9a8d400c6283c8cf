"""The symptom check as a pure state machine: no Telegram, no I/O, no clock.

A `Flow` (loaded from content/<lang>/triage.toml by `bot.triage.flow`) is a set of levels,
findings and questions. `start` gives the first `State`; each `answer` gives the next
`State` or, at the end, an `Outcome`. The outcome level is the highest level of any finding
the person has; nothing lowers it. `State.to_json` / `State.from_json` round-trip through a
small JSON dict so a check survives a restart between two answers.

The data model lives in `bot.triage.models`, callback data in `bot.triage.callbacks` and typed
answers in `bot.triage.typed`; import them from there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.triage.models import (
    END,
    Flow,
    Outcome,
    Question,
    State,
    StateError,
    TriageError,
    UnknownFinding,
    WrongQuestion,
)

__all__ = [
    "answer",
    "current_question",
    "outcome",
    "simulate",
    "start",
    "toggle",
    "typed_emergency",
]


# ---------------------------------------------------------------- the state machine


def start(flow: Flow, known: Iterable[str] = ()) -> State:
    """The first question. `known`: findings read from typed text, to pre-fill the check.

    Known findings below the emergency levels answer the first question that asks about them
    without asking it (the check ends there, as a tick would end it). Emergency questions are
    always asked: text never rules an emergency out, and an emergency it states gets the
    emergency advice before any check.
    """
    emergency = min(flow.rank("emergency"), flow.rank(flow.levels[-1].id))
    prefill = frozenset(f for f in known if f in flow.findings and flow.finding_rank(f) < emergency)
    return State(flow_version=flow.version, current=flow.start, known=prefill)


def current_question(flow: Flow, state: State) -> Question:
    _check_state(flow, state)
    return flow.questions[state.current]


def toggle(flow: Flow, state: State, question_id: str, finding_id: str) -> State:
    """Tick or untick one checklist item (no answer yet: that is `answer` on Done)."""
    question = _expect(flow, state, question_id)
    if finding_id not in question.findings:
        raise UnknownFinding(finding_id, f"question {question.id!r}")
    return replace(state, ticks=state.ticks ^ {finding_id})


def answer(
    flow: Flow, state: State, question_id: str, selected_findings: frozenset[str]
) -> State | Outcome:
    """Answer the current question with the findings the person has among its items."""
    question = _expect(flow, state, question_id)
    for finding_id in selected_findings:
        if finding_id not in question.findings:
            raise UnknownFinding(finding_id, f"question {question.id!r}")
    found = state.findings | selected_findings
    path = (*state.path, question.id)
    target = question.on_any if selected_findings else question.on_none
    while True:
        if target == END:
            return _outcome(flow, found, path)
        if target not in flow.questions:
            raise TriageError(f"question {question.id!r} routes to unknown {target!r}")
        already = state.known & frozenset(flow.questions[target].findings)
        if not already:
            return State(flow.version, target, path, found, known=state.known)
        found |= already  # answered by what the person typed: not asked again
        target = flow.questions[target].on_any


def outcome(flow: Flow, findings: Iterable[str]) -> Outcome:
    """The outcome for a set of findings, whatever the path (used for checks and tests)."""
    found = frozenset(findings)
    for finding_id in found:
        if finding_id not in flow.findings:
            raise UnknownFinding(finding_id)
    return _outcome(flow, found, ())


def typed_emergency(flow: Flow, findings: Iterable[str]) -> Outcome:
    """The outcome for emergency findings read from typed text.

    Findings the flow does not know are dropped; and when what is left does not reach an
    emergency level (nothing known, or the text was only recognised as alarming), the answer
    is still the most urgent level: typed text that sounded like an emergency is never told
    less than that.
    """
    known = [f for f in findings if f in flow.findings]
    result = outcome(flow, known)
    if flow.rank(result.level) < flow.rank("emergency"):
        top = flow.levels[-1]
        return Outcome(top.id, [], list(top.related), frozenset(known))
    return result


def simulate(flow: Flow, findings: Iterable[str]) -> Outcome:
    """TRIAGE.md's simulated person: answers every question truthfully from `findings`."""
    has = frozenset(findings)
    for finding_id in sorted(has):
        if finding_id not in flow.findings:
            raise UnknownFinding(finding_id)
    state: State | Outcome = start(flow)
    for _ in range(len(flow.questions) + 1):
        if isinstance(state, Outcome):
            return state
        question = flow.questions[state.current]
        state = answer(flow, state, question.id, has & frozenset(question.findings))
    if isinstance(state, Outcome):
        return state
    raise TriageError("the flow does not end")


def _outcome(flow: Flow, found: frozenset[str], path: tuple[str, ...]) -> Outcome:
    if found:
        top = max(flow.finding_rank(f) for f in found)
        level = flow.levels[top]
    else:
        level = flow.levels[0]
    reasons = [f for f in flow.findings if f in found and flow.findings[f].level == level.id]
    related: list[str] = []
    for cid in [c for f in reasons for c in flow.findings[f].related] + list(level.related):
        if cid not in related:
            related.append(cid)
    return Outcome(level.id, reasons, related, found, path)


def _check_state(flow: Flow, state: State) -> None:
    if state.flow_version != flow.version:
        raise StateError("state is from another version of the flow")
    if state.current not in flow.questions:
        raise StateError(f"unknown current question {state.current!r}")


def _expect(flow: Flow, state: State, question_id: str) -> Question:
    _check_state(flow, state)
    if question_id != state.current:
        raise WrongQuestion(
            f"answer to {question_id!r}, but the current question is {state.current!r}"
        )
    return flow.questions[question_id]
