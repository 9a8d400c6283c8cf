"""The triage data model: levels, findings, questions, the flow, a person's state, the outcome.

Plain frozen dataclasses plus the errors: `TriageError` and its kinds (the engine) and
`FlowError` (a flow file that cannot be loaded, or a flow whose paths never end). `State.to_json` /
`State.from_json` round-trip through a small JSON dict so a check survives a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from bot.triage.callbacks import ITEM_DONE, ITEM_NONE, ITEM_YES

END: Final = "end"
KINDS: Final = ("checklist", "yesno")
Kind = Literal["checklist", "yesno"]


class TriageError(ValueError):
    """Base class: the flow, a state or an answer does not fit together."""


class WrongQuestion(TriageError):
    """An answer to a question that is not the current one (an old button, a replay)."""


class UnknownFinding(TriageError):
    """A finding id that the flow (or the question) does not have."""

    def __init__(self, finding: str, where: str = "the flow") -> None:
        super().__init__(f"unknown finding {finding!r} (not in {where})")
        self.finding = finding


class StateError(TriageError):
    """A stored state that does not belong to this flow (changed flow, corrupt JSON)."""


class FlowError(ValueError):
    """The flow file is missing or not shaped like a flow; `problems` lists why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Level:
    id: str
    rank: int
    name: str
    action: str
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    level: str
    label: str
    description: str
    related: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: str  # one of KINDS (checked by the validator)
    text: str
    findings: tuple[str, ...]
    on_any: str
    on_none: str
    end_on_first: bool = False

    def item_codes(self) -> list[str]:
        """Callback item codes this question's buttons use."""
        if self.kind == "yesno":
            return [ITEM_YES, ITEM_NONE]
        return [str(i) for i in range(len(self.findings))] + [ITEM_NONE, ITEM_DONE]


@dataclass(frozen=True, slots=True, eq=False)
class Flow:
    version: str
    start: str
    lang: str
    levels: tuple[Level, ...]
    findings: Mapping[str, Finding]
    questions: Mapping[str, Question]

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise TriageError(f"unknown level {level_id!r}")

    def rank(self, level_id: str) -> int:
        return self.level(level_id).rank

    def finding_rank(self, finding_id: str) -> int:
        return self.rank(self.findings[finding_id].level)

    def question_index(self, question_id: str) -> int:
        return list(self.questions).index(question_id)

    def question_at(self, index: int) -> Question | None:
        ids = list(self.questions)
        return self.questions[ids[index]] if 0 <= index < len(ids) else None


@dataclass(frozen=True, slots=True)
class State:
    """Where a person is in the check. `ticks` are checklist items ticked but not yet Done."""

    flow_version: str
    current: str
    path: tuple[str, ...] = ()
    findings: frozenset[str] = frozenset()
    ticks: frozenset[str] = frozenset()
    # findings already known from what the person typed (pre-filled; never emergency ones)
    known: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {
            "v": 1,
            "flow": self.flow_version,
            "q": self.current,
            "path": list(self.path),
            "found": sorted(self.findings),
            "ticks": sorted(self.ticks),
            "known": sorted(self.known),
        }

    @classmethod
    def from_json(cls, flow: Flow, data: Mapping[str, Any]) -> State:
        """Rebuild a stored state; StateError if it does not fit `flow` (then start again)."""
        try:
            if data.get("v") != 1 or data.get("flow") != flow.version:
                raise StateError("state is from another version of the flow")
            current = data["q"]
            path = tuple(data["path"])
            found = frozenset(data["found"])
            ticks = frozenset(data.get("ticks", ()))
            known = frozenset(data.get("known", ()))
        except (KeyError, TypeError, AttributeError) as exc:
            raise StateError(f"malformed state: {exc}") from exc
        if not isinstance(current, str) or current not in flow.questions:
            raise StateError(f"unknown current question {current!r}")
        if not all(isinstance(q, str) and q in flow.questions for q in path):
            raise StateError("unknown question in path")
        if not all(isinstance(f, str) and f in flow.findings for f in found | known):
            raise StateError("unknown finding in state")
        if not ticks <= frozenset(flow.questions[current].findings):
            raise StateError("ticks do not belong to the current question")
        return cls(flow.version, current, path, found, ticks, known)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result: `level`, the findings that set it (`reasons`), and related content ids."""

    level: str
    reasons: list[str]
    related: list[str]
    findings: frozenset[str] = frozenset()
    path: tuple[str, ...] = field(default=())

    @property
    def questions(self) -> int:
        """How many messages the person answered."""
        return len(self.path)
