"""How far two labellers of the real-world corpus agree, and the reader against each of them.

``python -m bot.ask.agreement``: a development tool, never run by the bot. The first labels
are those of `tests/data/realworld_*.jsonl`; the second (`second_labels.jsonl`) were
given to the same messages by five helpers who saw only the texts and TRIAGE.md's findings,
never the first labels or the reader (README). It prints:

- the emergency labels of one against the other, and the findings of the second scored as if
  they were a reader against the first (the ceiling a reader can hope for against one set);
- the reader's emergency recall and false emergencies against the first labels, the second,
  and only the messages on which both agree; its findings against each, and against the
  pairs (message, finding) on which both agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.ask import AskResult, answer
from bot.content.library import load_bundle

__all__ = ["Labels", "load_labels", "main"]

SECOND = "second_labels.jsonl"
LEVELS = ("yes", "either", "no")


@dataclass(frozen=True)
class Labels:
    emergency: str
    findings: frozenset[str]


def load_labels(data: Path) -> tuple[dict[str, str], dict[str, Labels], dict[str, Labels]]:
    """Texts, first labels and second labels by message id (messages labelled twice only)."""
    texts: dict[str, str] = {}
    first: dict[str, Labels] = {}
    second: dict[str, Labels] = {}
    for line in (data / SECOND).read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            second[row["id"]] = Labels(row["emergency"], frozenset(row["findings"]))
    for path in sorted(data.glob("realworld_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["id"] in second:
                texts[row["id"]] = row["text"]
                first[row["id"]] = Labels(row["emergency"], frozenset(row["findings"]))
    return texts, first, second


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "-"


def _findings(gold: Callable[[str], frozenset[str]], got: dict[str, frozenset[str]]) -> str:
    found = sum(len(gold(i) & got[i]) for i in got)
    labelled = sum(len(gold(i)) for i in got)
    stated = sum(len(got[i]) for i in got)
    return f"recall {_pct(found, labelled)}, precision {_pct(found, stated)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bot.ask.agreement")
    ap.add_argument("--data", type=Path, default=Path("tests/data"))
    args = ap.parse_args(argv)
    texts, first, second = load_labels(args.data)
    ids = sorted(texts)
    print(f"{len(ids)} messages labelled twice")
    table = Counter((first[i].emergency, second[i].emergency) for i in ids)
    print("emergency, first (rows) by second (columns: yes / either / no):")
    for a in LEVELS:
        print(f"  {a:6s}", " ".join(f"{table[(a, b)]:5d}" for b in LEVELS))
    same = sum(table[(a, a)] for a in LEVELS)
    print(f"  the same level: {_pct(same, len(ids))}")
    print("second labeller's findings against the first's:", _findings(
        lambda i: first[i].findings, {i: second[i].findings for i in ids}
    ))  # fmt: skip
    bundle = load_bundle()
    read: dict[str, AskResult] = {i: answer(texts[i], bundle) for i in ids}

    def both(i: str) -> str:
        return first[i].emergency if first[i].emergency == second[i].emergency else "either"

    for name, level in (
        ("first labels", lambda i: first[i].emergency),
        ("second labels", lambda i: second[i].emergency),
        ("both agree", both),
    ):
        yes = [i for i in ids if level(i) == "yes"]
        no = [i for i in ids if level(i) == "no"]
        detected = sum(read[i].emergency for i in yes)
        false = sum(read[i].emergency for i in no)
        print(
            f"reader, {name}: emergency recall {_pct(detected, len(yes))}, "
            f"false emergencies {_pct(false, len(no))}"
        )
    got = {i: frozenset(read[i].findings) for i in ids}
    print(
        "reader's findings against the first labels:", _findings(lambda i: first[i].findings, got)
    )
    print(
        "reader's findings against the second labels:",
        _findings(lambda i: second[i].findings, got),
    )
    # only the pairs both labellers agree on: a finding both gave, or both left out
    agreed = {i: first[i].findings & second[i].findings for i in ids}
    disputed = {i: first[i].findings ^ second[i].findings for i in ids}
    print(
        "reader's findings on the pairs both agree on:",
        _findings(lambda i: agreed[i], {i: got[i] - disputed[i] for i in ids}),
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
