"""Retrain the topic head (`topic_head.py`) from the labelled messages in `tests/data`.

``python -m bot.ask.train_head [PART ...]``: a development tool, never run by the bot.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.ask import embed
from bot.ask.topic_head import HEAD_FILE, TRAINING_PARTS, fit, save
from bot.content.library import load_bundle

__all__ = ["main", "training_rows"]


def training_rows(data: Path, parts: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    texts: list[str] = []
    accepts: list[list[str]] = []
    for part in parts:
        for line in (data / part).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            accept = row.get("accept") or ([row["match"]] if row.get("match") else [])
            if accept:
                texts.append(str(row["text"]))
                accepts.append([str(a) for a in accept])
    return texts, accepts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Retrain the topic head from the labelled data.")
    ap.add_argument("--data", type=Path, default=Path("tests/data"))
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("parts", nargs="*", default=list(TRAINING_PARTS))
    args = ap.parse_args(argv)
    bundle = load_bundle()
    texts, accepts = training_rows(args.data, args.parts)
    vectors = embed.get(bundle).embed(texts)
    head = fit(vectors, accepts, bundle.topic_ids)
    save(head, args.out)
    print(f"trained on {len(texts)} messages from {', '.join(args.parts)} -> {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
