"""The symptom check as a pure state machine: no Telegram, no I/O, no clock.

A `Flow` (loaded from content/<lang>/triage.toml by `bot.triage.flow`) is a set of levels,
findings and questions. `start` gives the first `State`; each `answer` gives the next
`State` or, at the end, an `Outcome`. The outcome level is the highest level of any finding
the person has; nothing lowers it. `State.to_json` / `State.from_json` round-trip through a
small JSON dict so a check survives a restart between two answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

END: Final = "end"
KINDS: Final = ("checklist", "yesno")
Kind = Literal["checklist", "yesno"]

# Callback data: v1:t:<session>:<question index>:<item>. Items: a finding's position in the
# question ("0".."9"), "n" (none of these / no), "d" (done), "y" (yes on a yes/no question).
CALLBACK_PREFIX: Final = "v1:t:"
SESSION_LEN: Final = 8
ITEM_NONE: Final = "n"
ITEM_DONE: Final = "d"
ITEM_YES: Final = "y"
_SESSION_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,16}")


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

    def to_json(self) -> dict[str, Any]:
        return {
            "v": 1,
            "flow": self.flow_version,
            "q": self.current,
            "path": list(self.path),
            "found": sorted(self.findings),
            "ticks": sorted(self.ticks),
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
        except (KeyError, TypeError, AttributeError) as exc:
            raise StateError(f"malformed state: {exc}") from exc
        if not isinstance(current, str) or current not in flow.questions:
            raise StateError(f"unknown current question {current!r}")
        if not all(isinstance(q, str) and q in flow.questions for q in path):
            raise StateError("unknown question in path")
        if not all(isinstance(f, str) and f in flow.findings for f in found):
            raise StateError("unknown finding in state")
        if not ticks <= frozenset(flow.questions[current].findings):
            raise StateError("ticks do not belong to the current question")
        return cls(flow.version, current, path, found, ticks)


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


# ---------------------------------------------------------------- the state machine


def start(flow: Flow) -> State:
    return State(flow_version=flow.version, current=flow.start)


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
    if target == END:
        return _outcome(flow, found, path)
    if target not in flow.questions:
        raise TriageError(f"question {question.id!r} routes to unknown {target!r}")
    return State(flow.version, target, path, found)


def outcome(flow: Flow, findings: Iterable[str]) -> Outcome:
    """The outcome for a set of findings, whatever the path (used for checks and tests)."""
    found = frozenset(findings)
    for finding_id in found:
        if finding_id not in flow.findings:
            raise UnknownFinding(finding_id)
    return _outcome(flow, found, ())


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


# ---------------------------------------------------------------- callback data


def make_callback(session: str, question_index: int, item: str) -> str:
    return f"{CALLBACK_PREFIX}{session}:{question_index}:{item}"


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


# ---------------------------------------------------------------- typed answers

_NONE_PHRASES: Final = (
    "no",
    "none",
    "nope",
    "nah",
    "nop",
    "non",
    "neither",
    "nothing",
    "no none",
    "none of these",
    "none of those",
    "none of them",
    "none of the above",
    "no to all",
    "no to all of them",
    "not really",
    "no i don't",
    "no i do not",
    "i don't",
    "no i haven't",
    "i don't have any",
    "i don't have any of these",
    "i don't have any of those",
    "i have none of these",
    "nothing like that",
    "no thanks",
    "all no",
)
_YES_PHRASES: Final = (
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "yea",
    "ya",
    "aye",
    "sure",
    "correct",
    "i do",
    "i have",
    "yes i do",
    "yes i have",
    "that's right",
    "true",
)
_ALL_PHRASES: Final = (
    "all",
    "all of them",
    "all of these",
    "all of those",
    "all of the above",
    "everything",
    "yes all",
    "yes to all",
)
_DONE_PHRASES: Final = ("done", "finished", "that's all", "that's it", "next", "continue")
_FILLER: Final = frozenset(
    {
        *("yes", "yeah", "yep", "i", "i've", "ive", "have", "had", "has", "got", "my"),
        *("the", "a", "an", "it", "its", "it's", "im", "i'm", "also", "and", "some", "bit"),
        *("of", "in", "on", "is", "am", "are", "with", "me", "feel", "feels", "like"),
    }
)
_KEYWORD_STOP: Final = frozenset({"my", "the", "a", "an", "i", "it", "of", "is", "or", "to"})
_NEGATION_RE: Final = re.compile(
    r"\b(no|never|without|nor|neither|none|don't|dont|do not|haven't|havent|have not|"
    r"i'm not|im not|am not|isn't|aren't|not really)\b"
)
_SPLIT_RE: Final = re.compile(r"\s*(?:,|;|\n|&|\+|\band\b|\balso\b|\bplus\b)\s*")
_MATCH_THRESHOLD: Final = 88.0
_NUMBER_WORDS: Final = {
    w: str(i)
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1
    )
}


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("`", "'")
    text = re.sub(r"[^\w'\s,;&+\n]", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip(" '")


def _close(text: str, phrases: Iterable[str]) -> bool:
    """Typo-tolerant whole-text phrase match (Damerau/OSA distance, scaled by length)."""
    for phrase in phrases:
        if text == phrase:
            return True
        # Short words only exactly; longer ones allow a typo, keeping the first letter
        # ("noen", "nonee of these"), so "one" or "yah" never read as "none" or "nah".
        allowed = 0 if len(phrase) < 4 else 1 if len(phrase) < 8 else 2
        if not allowed or text[:1] != phrase[:1]:
            continue
        if OSA.distance(text, phrase, score_cutoff=allowed) <= allowed:
            return True
    return False


def _token_hit(word: str, tokens: list[str]) -> bool:
    if len(word) <= 4:
        return word in tokens
    return any(fuzz.ratio(word, t) >= 80 for t in tokens)


def _is_none(text: str) -> bool:
    return _close(text, _NONE_PHRASES) or re.fullmatch(r"n+o+", text) is not None


def _keyword_hit(part: str, tokens: list[str], keyword: str) -> bool:
    """Does `part` (with its `tokens`) mention `keyword`, allowing typos and words between?"""
    keyword = keyword.lower()
    words = [w for w in re.findall(r"[\w']+", keyword) if w not in _KEYWORD_STOP]
    if not words:
        return False
    if len(keyword) <= 4 and len(words) == 1:
        return keyword in tokens
    if len(part) >= len(keyword):
        if fuzz.partial_ratio(keyword, part) >= _MATCH_THRESHOLD:
            return True
    elif fuzz.ratio(keyword, part) >= _MATCH_THRESHOLD:
        return True
    return all(_token_hit(w, tokens) for w in words)


def _matches(flow: Flow, question: Question, part: str) -> set[str]:
    tokens = re.findall(r"[\w']+", part)
    hits: set[str] = set()
    for finding_id in question.findings:
        finding = flow.findings[finding_id]
        keywords = (_norm(finding.label), *finding.words)
        if any(_keyword_hit(part, tokens, kw) for kw in keywords):
            hits.add(finding_id)
    return hits


def parse_typed(
    flow: Flow, question: Question, text: str, ticked: frozenset[str] = frozenset()
) -> frozenset[str] | None:
    """A typed answer to `question` as the findings it selects, or None if it can't tell.

    Understands yes / no / none / "none of these", "all of them", "done" (keeps `ticked`),
    item numbers ("1 and 3"), and the items' own words, with typos. A negated mention of an
    item ("no chest pain") is not guessed at: None, so the question is asked again.
    """
    norm = _norm(text)
    if not norm:
        return None
    plain = re.sub(r"[,;&+\n]", " ", norm).strip()
    plain = re.sub(r"\s+", " ", plain)
    if _close(plain, _DONE_PHRASES):
        return ticked if question.kind == "checklist" else None
    parts = [p.strip() for p in _SPLIT_RE.split(norm) if p.strip()]
    if _is_none(plain) or (parts and all(_is_none(p) for p in parts)):  # "nope, none of these"
        return frozenset()
    if question.kind == "checklist" and (
        _close(plain, _ALL_PHRASES) or (plain == "both" and len(question.findings) == 2)
    ):
        return frozenset(question.findings)
    if _close(plain, _YES_PHRASES) or re.fullmatch(r"y+e+s+", plain):
        if len(question.findings) == 1:
            return frozenset(question.findings)
        return None
    tokens = [_NUMBER_WORDS.get(t, t) for t in re.findall(r"[\w']+", plain)]
    if tokens and all(t.isdigit() or t == "and" for t in tokens):
        if question.kind != "checklist":
            return None
        picked: set[str] = set()
        for token in tokens:
            if token == "and":
                continue
            index = int(token) - 1
            if not 0 <= index < len(question.findings):
                return None
            picked.add(question.findings[index])
        return frozenset(picked) if picked else None
    selected: set[str] = set()
    for part in parts:
        part_tokens = re.findall(r"[\w']+", part)
        if not part_tokens or all(t in _FILLER for t in part_tokens):
            continue
        hits = _matches(flow, question, part)
        if not hits:
            return None
        selected |= hits
    if not selected or _NEGATION_RE.search(plain):
        return None
    return frozenset(selected)
