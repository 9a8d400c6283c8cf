"""Every way through the triage flow: the path proofs of `check_flow` and path statistics.

`check_paths` proves that every path ends, every question and finding is reachable, and that on
every path all findings of a higher level are asked about before the check can end lower.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from bot.triage.models import END, Flow, FlowError

_MAX_PATH_STATES: Final = 200_000


@dataclass(frozen=True, slots=True)
class PathEnd:
    """One way through the flow: the questions asked and the lowest level it can end at."""

    questions: tuple[str, ...]
    level_rank: int
    asked: frozenset[str]


def walk_paths(flow: Flow, problems: list[str]) -> Iterator[PathEnd]:
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


def check_paths(flow: Flow) -> list[str]:
    problems: list[str] = []
    reached_q: set[str] = set()
    reached_f: set[str] = set()
    ends = 0
    for end in walk_paths(flow, problems):
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
    seqs = sorted({end.questions for end in walk_paths(flow, problems)}, key=lambda p: (len(p), p))
    if problems:
        raise FlowError(problems)
    return seqs
