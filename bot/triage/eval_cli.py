"""`pinbot eval triage`: JSONL in, JSONL out (TRIAGE.md).

Each input line `{"id": ..., "findings": [...]}` is answered by the simulated person
(`bot.triage.engine.simulate`) through the same flow data and engine the chat runs; each
output line is `{"id", "level", "questions", "path"}`, in input order. Any bad line (malformed
JSON, wrong shape, an unknown finding) is reported on stderr by line number, and the exit
status is 2 with nothing written to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.triage.engine import simulate
from bot.triage.flow import load_flow
from bot.triage.models import Flow, FlowError

EXIT_BAD_INPUT = 2


class _BadLine(Exception):
    pass


def _parse(flow: Flow, lineno: int, line: str) -> tuple[Any, list[str]]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"line {lineno}: malformed JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(item, dict):
        raise _BadLine(f'line {lineno}: expected a JSON object with "id" and "findings"')
    if "id" not in item:
        raise _BadLine(f'line {lineno}: missing "id"')
    findings = item.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, str) for f in findings):
        raise _BadLine(f'line {lineno}: "findings" must be a list of finding ids (strings)')
    unknown = [f for f in findings if f not in flow.findings]
    if unknown:
        names = ", ".join(repr(f) for f in dict.fromkeys(unknown))
        raise _BadLine(f"line {lineno}: unknown finding {names} (id {item['id']!r})")
    return item["id"], findings


def run(flow: Flow, lines: TextIO, out: TextIO, err: TextIO) -> int:
    cases: list[tuple[Any, list[str]]] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            cases.append(_parse(flow, lineno, line))
        except _BadLine as exc:
            print(f"pinbot eval triage: {exc}", file=err)
            return EXIT_BAD_INPUT
    for case_id, findings in cases:
        result = simulate(flow, findings)
        record = {
            "id": case_id,
            "level": result.level,
            "questions": result.questions,
            "path": list(result.path),
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="pinbot eval triage",
        description="Run the symptom check for each JSONL line of findings on stdin.",
    )
    parser.add_argument("--lang", default="en", help="content language (default: en)")
    parser.add_argument("--content-dir", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        flow = load_flow(args.content_dir, args.lang)
    except FlowError as exc:
        for problem in exc.problems:
            print(f"pinbot eval triage: {problem}", file=sys.stderr)
        return 1
    return run(flow, sys.stdin, sys.stdout, sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
