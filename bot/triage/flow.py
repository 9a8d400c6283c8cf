"""Load the triage flow from content/<lang>/triage.toml and prove it safe.

`validate_flow` is what `pinbot content check` runs. By walking every path through the
questions it proves: every path ends; every question and finding is reachable; no id is
unknown; and on every path all findings of a higher level are asked about before the check
can end at a lower level. It also checks text: Telegram HTML (only <b>, <i>), message and
button sizes, callback data size.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from bot.tghtml import parse_html
from bot.triage.engine import (
    END,
    KINDS,
    SESSION_LEN,
    Finding,
    Flow,
    Level,
    Question,
    make_callback,
)

CONTENT_DIR: Final = Path(__file__).resolve().parent.parent.parent / "content"
FLOW_FILE: Final = "triage.toml"

# TRIAGE.md's levels, lowest first. The data must use exactly these, in this order.
LEVEL_IDS: Final = (
    "self_care",
    "consultation",
    "consultation_24",
    "emergency",
    "emergency_ambulance",
)
# Content ids PRODUCT.md fixes; `related` may only point at these.
CONTENT_IDS: Final = frozenset(
    {
        "nerve-compression",
        "sciatica",
        "peripheral-neuropathy",
        "poor-circulation",
        "dvt",
        "pad",
        "nerve-damage",
        "multiple-sclerosis",
        "faq-anxiety-stress",
        "faq-frequent",
        "faq-home-remedies",
        "faq-medications",
        "faq-age",
        "faq-nutrition",
        "faq-emergency",
    }
)
MAX_MESSAGE: Final = 4096
MAX_LABEL: Final = 40
MAX_CALLBACK: Final = 64
MAX_CHECKLIST: Final = 8
# Room the chat adds around a question (numbering, "tick all that apply", progress line).
MESSAGE_MARGIN: Final = 400
_ALLOWED_TAGS: Final = frozenset({"b", "i"})
_MAX_PATH_STATES: Final = 200_000


class FlowError(ValueError):
    """The flow file is missing or not shaped like a flow; `problems` lists why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# ---------------------------------------------------------------- loading


def flow_path(root: Path | None = None, lang: str = "en") -> Path:
    return (root or CONTENT_DIR) / lang / FLOW_FILE


def load_flow(root: Path | None = None, lang: str = "en") -> Flow:
    """Read and parse the flow file (not validated: see `validate_flow`). Raises FlowError."""
    path = flow_path(root, lang)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FlowError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FlowError([f"{path}: not valid TOML: {exc}"]) from exc
    return parse_flow(data, lang=lang)


@lru_cache(maxsize=8)
def get_flow(lang: str = "en") -> Flow:
    """The packaged flow for `lang`, loaded once (what the chat and the eval use)."""
    return load_flow(None, lang)


def parse_flow(data: Mapping[str, Any], lang: str = "en") -> Flow:
    """Build a Flow from TOML data. Only shape is checked here; meaning in `check_flow`."""
    problems: list[str] = []

    def text(obj: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
        value = obj.get(key, default)
        if not isinstance(value, str):
            problems.append(f"{where}: `{key}` must be a string")
            return ""
        return value

    def strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{where}: `{key}` must be a list of strings")
            return ()
        return tuple(value)

    def tables(key: str) -> list[Mapping[str, Any]]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            problems.append(f"`[[{key}]]` tables are missing")
            return []
        return value

    levels: list[Level] = []
    for i, raw in enumerate(tables("levels")):
        where = f"level {raw.get('id', i)!r}"
        levels.append(
            Level(
                id=text(raw, "id", where),
                rank=i,
                name=text(raw, "name", where),
                action=text(raw, "action", where),
                related=strings(raw, "related", where),
            )
        )
    findings: dict[str, Finding] = {}
    for i, raw in enumerate(tables("findings")):
        where = f"finding {raw.get('id', i)!r}"
        finding = Finding(
            id=text(raw, "id", where),
            level=text(raw, "level", where),
            label=text(raw, "label", where),
            description=text(raw, "description", where),
            related=strings(raw, "related", where),
            words=strings(raw, "words", where),
        )
        if finding.id in findings:
            problems.append(f"{where}: duplicate finding id")
        findings[finding.id] = finding
    questions: dict[str, Question] = {}
    for i, raw in enumerate(tables("questions")):
        where = f"question {raw.get('id', i)!r}"
        end_on_first = raw.get("end_on_first", False)
        if not isinstance(end_on_first, bool):
            problems.append(f"{where}: `end_on_first` must be true or false")
            end_on_first = False
        question = Question(
            id=text(raw, "id", where),
            kind=text(raw, "kind", where),
            text=text(raw, "text", where),
            findings=strings(raw, "findings", where),
            on_any=text(raw, "on_any", where),
            on_none=text(raw, "on_none", where),
            end_on_first=end_on_first,
        )
        if question.id in questions:
            problems.append(f"{where}: duplicate question id")
        if question.id == END:
            problems.append(f"{where}: `{END}` is reserved for routing")
        questions[question.id] = question
    version = data.get("version")
    if not isinstance(version, str | int) or isinstance(version, bool):
        problems.append("`version` must be a string")
    start = text(data, "start", "flow")
    if problems:
        raise FlowError(problems)
    return Flow(str(version), start, lang, tuple(levels), findings, questions)


# ---------------------------------------------------------------- validation


def validate_flow(root: Path | None = None, lang: str = "en") -> list[str]:
    """Every problem with content/<lang>/triage.toml, as readable lines (empty: all good)."""
    try:
        flow = load_flow(root, lang)
    except FlowError as exc:
        return [f"triage: {p}" for p in exc.problems]
    return [f"triage: {p}" for p in check_flow(flow)]


def check_flow(flow: Flow, session_len: int = SESSION_LEN) -> list[str]:
    """Problems with a parsed flow: ids, routing, the level rule, text and sizes."""
    problems: list[str] = []
    problems += _check_levels(flow)
    problems += _check_findings(flow)
    problems += _check_questions(flow, session_len)
    if not problems:  # paths only make sense over consistent ids
        problems += _check_paths(flow)
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
            data = make_callback("x" * session_len, index, item)
            if len(data.encode()) > MAX_CALLBACK:
                problems.append(f"{where}: callback data {data!r} is over {MAX_CALLBACK} bytes")
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


# ---------------------------------------------------------------- paths


@dataclass(frozen=True, slots=True)
class PathEnd:
    """One way through the flow: the questions asked and the lowest level it can end at."""

    questions: tuple[str, ...]
    level_rank: int
    asked: frozenset[str]


def _walk(flow: Flow, problems: list[str]) -> Iterator[PathEnd]:
    """Every (question sequence, outcome level) the flow allows; cycles go to `problems`."""
    seen = 0
    stack: list[tuple[str, int, tuple[str, ...], frozenset[str]]] = [
        (flow.start, -1, (), frozenset())
    ]
    done: set[tuple[str, int, tuple[str, ...]]] = set()
    while stack:
        qid, rank, path, asked = stack.pop()
        if (qid, rank, path) in done:
            continue
        done.add((qid, rank, path))
        seen += 1
        if seen > _MAX_PATH_STATES:
            problems.append("too many paths to check; simplify the routing")
            return
        if qid in path:
            problems.append(f"path {' -> '.join((*path, qid))} goes round in a loop and never ends")
            continue
        question = flow.questions[qid]
        path = (*path, qid)
        asked = asked | frozenset(question.findings)
        ranks = sorted({flow.finding_rank(f) for f in question.findings})
        branches = [(question.on_none, rank)] + [(question.on_any, max(rank, r)) for r in ranks]
        for target, new_rank in dict.fromkeys(branches):
            if target == END:
                yield PathEnd(path, new_rank, asked)
            else:
                stack.append((target, new_rank, path, asked))


def _check_paths(flow: Flow) -> list[str]:
    problems: list[str] = []
    reached_q: set[str] = set()
    reached_f: set[str] = set()
    ends = 0
    for end in _walk(flow, problems):
        ends += 1
        reached_q.update(end.questions)
        reached_f.update(end.asked)
        level_rank = max(end.level_rank, 0)
        missed = [
            f for f in flow.findings if flow.finding_rank(f) > level_rank and f not in end.asked
        ]
        if missed:
            problems.append(
                f"path {' -> '.join(end.questions)} can end at {flow.levels[level_rank].id!r} "
                f"without asking about {', '.join(missed)}"
            )
    if not ends:
        problems.append("no path through the questions ends")
    unreachable_q = [q for q in flow.questions if q not in reached_q]
    if unreachable_q:
        problems.append(f"questions no path reaches: {', '.join(unreachable_q)}")
    unreachable_f = [f for f in flow.findings if f not in reached_f]
    if unreachable_f:
        problems.append(f"findings no path asks about: {', '.join(unreachable_f)}")
    return list(dict.fromkeys(problems))


def path_lengths(flow: Flow) -> Counter[int]:
    """How many answers each way through the flow takes, counting every subset of ticks.

    A checklist of n items has 2**n - 1 ways to tick something and one "none of these"; a
    yes/no question has one of each. Raises FlowError if a path never ends.
    """
    lengths: Counter[int] = Counter()

    def visit(qid: str, depth: int, weight: int, path: tuple[str, ...]) -> None:
        if qid in path:
            raise FlowError([f"path {' -> '.join((*path, qid))} never ends"])
        question = flow.questions[qid]
        n = len(question.findings)
        ways_any = 1 if question.kind == "yesno" else 2**n - 1
        for target, ways in ((question.on_any, ways_any), (question.on_none, 1)):
            if target == END:
                lengths[depth] += weight * ways
            else:
                visit(target, depth + 1, weight * ways, (*path, qid))

    visit(flow.start, 1, 1, ())
    return lengths


def path_stats(flow: Flow) -> tuple[int, float]:
    """(most answers on any path, median answers over all paths) — see `path_lengths`."""
    lengths = path_lengths(flow)
    total = sum(lengths.values())
    ordered = sorted(lengths)

    def nth(k: int) -> int:  # k-th smallest (0-based) in the weighted multiset
        for length in ordered:
            if k < lengths[length]:
                return length
            k -= lengths[length]
        raise IndexError(k)

    median = (nth((total - 1) // 2) + nth(total // 2)) / 2
    return max(ordered), median


def question_sequences(flow: Flow) -> list[tuple[str, ...]]:
    """The distinct question sequences (ignoring which items were ticked)."""
    problems: list[str] = []
    seqs = sorted({end.questions for end in _walk(flow, problems)}, key=lambda p: (len(p), p))
    if problems:
        raise FlowError(problems)
    return seqs
