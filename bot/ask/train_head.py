"""Retrain the topic head (`topic_head.py`) from the labelled messages in `tests/data`.

``python -m bot.ask.train_head [PART ...]``: a development tool, never run by the bot.
``--leave-one-out`` instead measures what the head does on text it has not seen: for each
real-world part, a head trained on all the other data answers that part (the README's figures).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.ask import embed
from bot.ask.realscore import RealScores, score_file
from bot.ask.topic_head import HEAD_FILE, TRAINING_PARTS, fit, save
from bot.content.library import load_bundle

__all__ = ["leave_one_out", "main", "training_rows"]


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


def leave_one_out(data: Path, parts: Sequence[str]) -> dict[str, RealScores]:
    """Each real-world part of `parts`, scored (`realscore`) with a head trained on every
    other part."""
    bundle = load_bundle()
    model = embed.get(bundle)
    out: dict[str, RealScores] = {}
    for held in (p for p in parts if p.startswith("realworld_")):
        texts, accepts = training_rows(data, [p for p in parts if p != held])
        head = fit(model.embed(texts), accepts, bundle.topic_ids, texts)
        out[held] = score_file(data / held, timed=False, head=head)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Retrain the topic head from the labelled data.")
    ap.add_argument("--data", type=Path, default=Path("tests/data"))
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("parts", nargs="*", default=list(TRAINING_PARTS))
    ap.add_argument(
        "--leave-one-out", action="store_true", help="measure on parts left out of training"
    )
    args = ap.parse_args(argv)
    if args.leave_one_out:
        figures = leave_one_out(args.data, args.parts)
        for part, s in figures.items():
            print(
                f"{part}: right topic {s.right_topic}/{s.on_topic}, off-topic declined "
                f"{s.declined}/{s.off_topic}"
            )
        right = sum(s.right_topic for s in figures.values())
        on = sum(s.on_topic for s in figures.values())
        declined = sum(s.declined for s in figures.values())
        off = sum(s.off_topic for s in figures.values())
        print(f"all: right topic {right}/{on} ({100 * right / on:.1f}%), declined {declined}/{off}")
        return 0
    bundle = load_bundle()
    texts, accepts = training_rows(args.data, args.parts)
    vectors = embed.get(bundle).embed(texts)
    head = fit(vectors, accepts, bundle.topic_ids, texts)
    save(head, args.out)
    print(f"trained on {len(texts)} messages from {', '.join(args.parts)} -> {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
