"""Load the triage flow from content/<lang>/triage.toml and prove it safe.

`validate_flow` is what `pinbot content check` runs. By walking every path through the
questions it proves: every path ends; every question and finding is reachable; no id is
unknown; and on every path all findings of a higher level are asked about before the check
can end at a lower level. It also checks text: Telegram HTML (only <b>, <i>), message and
button sizes, callback data size.

Loading lives here; the checks are in `bot.triage.checks` and the path proofs in
`bot.triage.paths` (both re-exported).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from bot.triage.checks import (
    check_flow,
)
from bot.triage.models import END, Finding, Flow, FlowError, Level, Question

__all__ = [
    "flow_path",
    "get_flow",
    "load_flow",
    "parse_flow",
    "validate_flow",
]

CONTENT_DIR: Final = Path(__file__).resolve().parent.parent.parent / "content"
FLOW_FILE: Final = "triage.toml"


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
