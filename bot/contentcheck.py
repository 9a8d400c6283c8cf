"""`pinbot content check`: validate everything under ``content/``; exit 1 with the problems.

It sits above the feature packages because it checks all of them: each validator is imported
explicitly (a renamed or missing one is an import error, never a silent "no problems").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.content.loader import read_bundle
from bot.content.schema import check_bundle
from bot.content.texts import validate_texts
from bot.content.toml_reader import CONTENT_DIR, DEFAULT_LANG
from bot.diary.words import validate_words
from bot.illustrate import validate_illustrations
from bot.plans import validate_plans
from bot.reminders.tzinput import validate_timezones
from bot.triage.flow import validate_flow
from bot.triage.numbers import validate_numbers

__all__ = ["main", "validate", "write_sheet"]


def validate(root: Path | None = None, lang: str = DEFAULT_LANG) -> list[str]:
    """Every problem in ``content/<lang>``: topics, rules, interface texts, the symptom-check
    flow, time-zone aliases, emergency numbers, movement plans and exercise illustrations."""
    base = root or CONTENT_DIR
    bundle, problems = read_bundle(lang, base)
    problems = problems + check_bundle(bundle)
    problems += validate_texts(base, lang)
    problems += validate_flow(base, lang)
    problems += validate_timezones(base, lang)
    problems += validate_numbers(base, lang)
    problems += validate_plans(base, lang)
    problems += validate_illustrations(base, lang)
    problems += validate_words(base, lang)
    return [str(p) for p in problems]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="pinbot content check", description="Validate everything under content/."
    )
    parser.add_argument("--lang", default=DEFAULT_LANG, help="language folder (default: en)")
    parser.add_argument(
        "--root", type=Path, default=None, help=f"content folder (default: {CONTENT_DIR})"
    )
    args = parser.parse_args(argv)
    root: Path = args.root or CONTENT_DIR
    problems = validate(root, args.lang)
    if problems:
        print(f"content has {len(problems)} problem(s):", file=sys.stderr)
        for n, problem in enumerate(problems, 1):
            print(f"{n}. {problem}", file=sys.stderr)
        return 1
    bundle, _ = read_bundle(args.lang, root)
    print(
        f"content OK: {len(bundle.causes)} causes, {len(bundle.faqs)} faqs, "
        f"{len(bundle.exercises)} exercises, {len(bundle.emergency.rules)} emergency rules, "
        f"{len(bundle.synonyms.groups)} synonym groups"
    )
    return 0


def write_sheet(path: str, lang: str = DEFAULT_LANG) -> int:
    """`pinbot content sheet`: every exercise's illustration in one PNG (for reviewers)."""
    from bot.content.library import load_bundle
    from bot.illustrate import contact_sheet

    exercises = list(load_bundle(lang).exercises.values())
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(contact_sheet(exercises))
    print(f"{out}: {len(exercises)} exercises")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
