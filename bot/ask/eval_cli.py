"""`pinbot eval ask`: JSONL questions on stdin, JSONL answers on stdout, one per line, in order.

In:  ``{"id": "q1", "text": "..."}``
Out: ``{"id": "q1", "match": "<content id or null>", "emergency": true|false,
"findings": ["<TRIAGE.md finding>", ...]}`` (the findings the text states as true now)

Uses `bot.ask.answer`, exactly the function the chat calls for typed text. Every input line is
checked first; a malformed line is an error naming the line (exit status 2, nothing written).
Blank lines are skipped.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.ask import answer
from bot.content.library import load_bundle
from bot.content.models import ContentError

__all__ = ["main", "parse_lines"]


def parse_lines(stream: TextIO) -> tuple[list[tuple[object, str]], list[str]]:
    """(id, text) pairs, and the problems found (one per malformed line)."""
    items: list[tuple[object, str]] = []
    problems: list[str] = []
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            problems.append(f"line {n}: not valid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {n}: expected a JSON object with 'id' and 'text'")
            continue
        if "id" not in obj or isinstance(obj["id"], (dict, list)) or obj["id"] is None:
            problems.append(f"line {n}: missing or invalid 'id'")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            problems.append(f"line {n}: 'text' must be a string")
            continue
        items.append((obj["id"], text))
    return items, problems


def main(argv: list[str] | None = None) -> int:
    if argv:
        print(f"pinbot eval ask: unexpected arguments {argv}", file=sys.stderr)
        return 2
    items, problems = parse_lines(sys.stdin)
    if problems:
        for p in problems:
            print(f"pinbot eval ask: {p}", file=sys.stderr)
        return 2
    try:
        bundle = load_bundle()
    except ContentError as exc:
        print(f"pinbot eval ask: {exc}", file=sys.stderr)
        return 1
    out = sys.stdout
    for item_id, text in items:
        r = answer(text, bundle)
        line = {"id": item_id, "match": r.match, "emergency": r.emergency, "findings": r.findings}
        out.write(json.dumps(line) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
