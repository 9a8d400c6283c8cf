"""Score the typed-question matcher on a labelled JSONL file.

``python -m bot.ask.score FILE.jsonl [-v]``: each line ``{"id", "text", "match": id|null,
"emergency": bool}``. Prints top-1 accuracy on on-topic non-emergency questions, off-topic
rejection, emergency recall, false-alarm rate and milliseconds per question. ``-v`` lists
every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.ask import AskResult, answer, indexes_for
from bot.content.library import load_bundle
from bot.content.models import ContentBundle

__all__ = ["Labelled", "Scores", "main", "read_labelled", "score"]


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    match: str | None
    emergency: bool


@dataclass
class Scores:
    on_topic: int = 0
    top1: int = 0
    off_topic: int = 0
    rejected: int = 0
    emergencies: int = 0
    detected: int = 0
    non_emergencies: int = 0
    false_alarms: int = 0
    ms_per_question: float = 0.0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def top1_accuracy(self) -> float:
        return self._rate(self.top1, self.on_topic)

    @property
    def rejection(self) -> float:
        return self._rate(self.rejected, self.off_topic)

    @property
    def recall(self) -> float:
        return self._rate(self.detected, self.emergencies)

    @property
    def false_alarm_rate(self) -> float:
        return self._rate(self.false_alarms, self.non_emergencies) if self.non_emergencies else 0.0

    def report(self) -> str:
        return "\n".join(
            [
                f"top-1 accuracy (on-topic):  {self.top1_accuracy:6.1%}  "
                f"({self.top1}/{self.on_topic})",
                f"off-topic rejection:        {self.rejection:6.1%}  "
                f"({self.rejected}/{self.off_topic})",
                f"emergency recall:           {self.recall:6.1%}  "
                f"({self.detected}/{self.emergencies})",
                f"false-alarm rate:           {self.false_alarm_rate:6.1%}  "
                f"({self.false_alarms}/{self.non_emergencies})",
                f"ms/question:                {self.ms_per_question:6.3f}",
            ]
        )


def read_labelled(path: Path) -> list[Labelled]:
    out: list[Labelled] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            item = Labelled(str(obj["id"]), obj["text"], obj.get("match"), bool(obj["emergency"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a labelled question ({exc})") from exc
        if not isinstance(item.text, str) or not (
            item.match is None or isinstance(item.match, str)
        ):
            raise ValueError(f"{path}:{n}: 'text' must be a string and 'match' a string or null")
        out.append(item)
    return out


def score(items: list[Labelled], bundle: ContentBundle) -> Scores:
    indexes_for(bundle)  # build outside the timing
    s = Scores()
    results: list[AskResult] = []
    start = time.perf_counter()
    for item in items:
        results.append(answer(item.text, bundle))
    elapsed = time.perf_counter() - start
    s.ms_per_question = 1000 * elapsed / len(items) if items else 0.0
    for item, r in zip(items, results, strict=True):
        if item.emergency:
            s.emergencies += 1
            if r.emergency:
                s.detected += 1
            else:
                s.misses.append(f"{item.id}: emergency not detected: {item.text!r}")
            continue
        s.non_emergencies += 1
        if r.emergency:
            s.false_alarms += 1
            s.misses.append(f"{item.id}: false alarm {r.emergency_findings}: {item.text!r}")
        if item.match is None:
            s.off_topic += 1
            if r.match is None:
                s.rejected += 1
            else:
                s.misses.append(f"{item.id}: off-topic got {r.match} ({r.score}): {item.text!r}")
        else:
            s.on_topic += 1
            if r.match == item.match:
                s.top1 += 1
            else:
                s.misses.append(
                    f"{item.id}: want {item.match}, got {r.match} ({r.score}) "
                    f"alt {r.alternatives}: {item.text!r}"
                )
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.ask.score", description=__doc__)
    parser.add_argument("file", type=Path, help="labelled JSONL")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    try:
        items = read_labelled(args.file)
    except (OSError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    s = score(items, load_bundle())
    print(s.report())
    if args.verbose:
        for miss in s.misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
