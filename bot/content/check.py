"""`pinbot content check`: validate everything under ``content/``; exit 1 with the problems."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.content.library import CONTENT_DIR, DEFAULT_LANG, read_bundle
from bot.content.schema import validate


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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
