"""Score typed-text reading on the real-world corpus (``tests/data/realworld_*.jsonl``).

``python -m bot.ask.realscore FILE.jsonl [-v]``. Each line: ``{"id", "text", "source", "kind",
"accept": [content ids], "emergency": "yes"|"no"|"either", "findings": [...]}``.

- emergency recall: share of "yes" messages that get the emergency advice;
- false emergencies: share of "no" messages that get it (and how many of them are off-topic);
  "either" counts in neither;
- right topic: on-topic "no" messages whose match is one of `accept` (and not an alarm);
  of the alarmed ones, those whose match is one of `accept` (the chat offers it below the
  advice, for a story that is over) are counted apart, as "topic below an alarm";
- off-topic declined: off-topic messages with no match and no alarm;
- findings: micro recall and precision over every labelled finding;
- time: milliseconds per message, p50 and p99 (second pass, caches warm as in the bot).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.ask import SHIPPED, AskResult, FindingsHeadChoice, HeadChoice, answer
from bot.content.library import load_bundle

__all__ = ["RealScores", "main", "score_file"]


@dataclass
class RealScores:
    emergencies: int = 0
    detected: int = 0
    non_emergencies: int = 0
    false_alarms: int = 0
    off_topic_alarms: int = 0
    on_topic: int = 0
    right_topic: int = 0
    topic_below_alarm: int = 0
    off_topic: int = 0
    declined: int = 0
    labelled: int = 0
    found: int = 0
    stated: int = 0
    correct: int = 0
    times_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def pct(a: int, b: int) -> float | None:
        """Percent, or None when there is nothing to count (a part with no such messages)."""
        return round(100.0 * a / b, 1) if b else None

    def summary(self) -> dict[str, float | int | None]:
        t = sorted(self.times_ms)
        return {
            "emergency_recall": self.pct(self.detected, self.emergencies),
            "emergencies": self.emergencies,
            "false_emergencies": self.pct(self.false_alarms, self.non_emergencies),
            "off_topic_alarms": self.off_topic_alarms,
            "right_topic": self.pct(self.right_topic, self.on_topic),
            "on_topic": self.on_topic,
            "topic_below_alarm": self.topic_below_alarm,
            "off_topic_declined": self.pct(self.declined, self.off_topic),
            "findings_recall": self.pct(self.found, self.labelled),
            "findings_precision": self.pct(self.correct, self.stated),
            "ms_p50": round(t[len(t) // 2], 3) if t else 0.0,
            "ms_p99": round(t[min(len(t) - 1, int(len(t) * 0.99))], 3) if t else 0.0,
        }


def _judge(s: RealScores, item: dict[str, object], r: AskResult) -> None:
    label = item["emergency"]
    kind = item["kind"]
    accept = list(item.get("accept") or [])  # type: ignore[call-overload]
    tag = f"{item['id']}"
    if label == "yes":
        s.emergencies += 1
        s.detected += r.emergency
        if not r.emergency:
            s.misses.append(f"MISSED EMERGENCY {tag}: {item['text']!s:.160}")
    elif label == "no":
        s.non_emergencies += 1
        if r.emergency:
            s.false_alarms += 1
            s.off_topic_alarms += kind == "offtopic"
            s.misses.append(f"FALSE ALARM {tag} {r.emergency_findings}: {item['text']!s:.120}")
    if kind == "offtopic":
        s.off_topic += 1
        ok = r.match is None and not r.emergency
        s.declined += ok
        if not ok:
            s.misses.append(f"OFF-TOPIC ANSWERED {tag} -> {r.match}: {item['text']!s:.100}")
    elif label == "no":
        s.on_topic += 1
        ok = r.match in accept and not r.emergency
        s.right_topic += ok
        s.topic_below_alarm += r.match in accept and r.emergency
        if not ok:
            s.misses.append(f"TOPIC {tag} {r.match} not in {accept}: {item['text']!s:.100}")
    want = set(item.get("findings") or [])  # type: ignore[call-overload]
    got = set(r.findings)
    s.labelled += len(want)
    s.found += len(want & got)
    s.stated += len(got)
    s.correct += len(want & got)
    if want != got:
        s.misses.append(
            f"FINDINGS {tag} missing {sorted(want - got)} extra {sorted(got - want)}: "
            f"{item['text']!s:.100}"
        )


def score_file(
    path: Path,
    timed: bool = True,
    head: HeadChoice = SHIPPED,
    findings_head: FindingsHeadChoice = SHIPPED,
) -> RealScores:
    """Every message of `path` answered (with the heads given) and judged; with `timed`,
    answered again for time."""
    bundle = load_bundle()
    items = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    scores = RealScores()
    for item in items:
        _judge(scores, item, answer(item["text"], bundle, head, findings_head))
    for item in items if timed else ():
        t0 = time.perf_counter()
        answer(item["text"], bundle, head, findings_head)
        scores.times_ms.append((time.perf_counter() - t0) * 1000)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bot.ask.realscore")
    ap.add_argument("file", type=Path)
    ap.add_argument("-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    scores = score_file(args.file)
    if args.v:
        for m in scores.misses:
            print(m)
    json.dump(scores.summary(), sys.stdout)
    print()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
