"""Retrain the trained heads (`topic_head.py`, `findings_head.py`) and the emergency net
(`emergency_net.py`) from the labelled messages in `tests/data`.

``python -m bot.ask.train_head [PART ...]``: a development tool, never run by the bot.
``--leave-one-out`` instead measures what the heads do on text they have not seen: for each
real-world part, heads trained on all the other data answer that part (the README's figures).
"""

from __future__ import annotations

import argparse
import json
import sys
import weakref
from collections.abc import Sequence
from pathlib import Path

from bot.ask import embed, emergency_net, findings_head, indexes_for
from bot.ask.emergency import EmergencyDetector
from bot.ask.realscore import RealScores, score_file
from bot.ask.topic_head import HEAD_FILE, TRAINING_PARTS, fit, save
from bot.content.library import load_bundle
from bot.content.models import EMERGENCY_FINDINGS, ContentBundle

__all__ = [
    "NET_PARTS",
    "findings_rows",
    "leave_one_out",
    "main",
    "net_leave_one_out",
    "net_rows",
    "train_findings",
    "train_net",
    "training_rows",
]

# The emergency net's training parts: the real-world parts and the written sets, each added
# after its first run (never while it is blind).
NET_PARTS = (
    *(p for p in TRAINING_PARTS if p.startswith("realworld_")),
    "written_probes.jsonl",
    *(f"written_probes{n}.jsonl" for n in range(2, 21)),
)


def _rows(data: Path, parts: Sequence[str]) -> list[dict[str, object]]:
    out = []
    for part in parts:
        for line in (data / part).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def training_rows(data: Path, parts: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """The topic head's rows: messages with acceptable topics, and those topics."""
    texts: list[str] = []
    accepts: list[list[str]] = []
    for row in _rows(data, parts):
        accept = row.get("accept") or ([row["match"]] if row.get("match") else [])
        if accept and isinstance(accept, list):
            texts.append(str(row["text"]))
            accepts.append([str(a) for a in accept])
    return texts, accepts


def findings_rows(data: Path, parts: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """The findings head's rows: every real-world message and its labelled findings."""
    texts: list[str] = []
    labels: list[list[str]] = []
    for row in _rows(data, [p for p in parts if p.startswith("realworld_")]):
        found = row["findings"]
        texts.append(str(row["text"]))
        labels.append([str(f) for f in found] if isinstance(found, list) else [])
    return texts, labels


def net_rows(data: Path, parts: Sequence[str]) -> tuple[list[str], list[list[str] | None]]:
    """The emergency net's rows: each message and its emergency findings (`emergency_net.fit`
    labels: empty for no emergency, None for "either")."""
    texts: list[str] = []
    labels: list[list[str] | None] = []
    for row in _rows(data, parts):
        texts.append(str(row["text"]))
        said = row.get("emergency")
        if said == "either":
            labels.append(None)
        elif said in ("yes", True):
            found = row.get("findings")
            named = (
                [str(f) for f in found if f in EMERGENCY_FINDINGS]
                if isinstance(found, list)
                else []
            )
            labels.append(named or [emergency_net.ANY])
        else:
            labels.append([])
    return texts, labels


def train_net(data: Path, parts: Sequence[str] = NET_PARTS) -> emergency_net.EmergencyNet:
    """The emergency net trained on `parts`."""
    return emergency_net.fit(*net_rows(data, parts))


def net_leave_one_out(data: Path, parts: Sequence[str] = NET_PARTS) -> dict[str, int]:
    """The emergency net as shipped, on text it has not seen: folds pair the n-th written set
    with the n-th real-world part; each fold is answered by a net trained on the others.
    Written sets count against their first runs: the misses the net reads (and `answer` then
    alarms on), the look-alikes the first run let pass that it reads; real parts against the
    rules alone (`answer(..., net=None)`)."""
    from bot.ask import answer

    bundle = load_bundle()
    written = [p for p in parts if p.startswith("written_probes")]
    real = [p for p in parts if p.startswith("realworld_")]
    folds = [[*written[i : i + 1], *real[i : i + 1]] for i in range(max(len(written), len(real)))]
    t = dict.fromkeys(
        ("missed", "caught", "passed", "alarmed", "real_missed", "real_caught", "real_passed",
         "real_alarmed", "off_topic_alarmed"), 0
    )  # fmt: skip
    for fold in folds:
        net = train_net(data, [p for p in parts if p not in fold])

        def fires(text: str, net: emergency_net.EmergencyNet = net) -> bool:
            return bool(net.read(text)) and answer(text, bundle, net=net).emergency

        for part in fold:
            rows = _rows(data, [part])
            if part.startswith("written_probes"):
                first = json.loads(
                    (data / part.replace(".jsonl", "_first_run.json")).read_text("utf-8")
                )
                for row in rows:
                    said, text = row["emergency"], str(row["text"])
                    if said == "yes" and row["id"] in first["missed"]:
                        t["missed"] += 1
                        t["caught"] += fires(text)
                    elif said == "no" and row["id"] not in first["alarmed_ids"]:
                        t["passed"] += 1
                        t["alarmed"] += fires(text)
                continue
            for row in rows:
                said, text = row["emergency"], str(row["text"])
                if said == "either" or answer(text, bundle, net=None).emergency:
                    continue
                got = answer(text, bundle, net=net).emergency
                if said == "yes":
                    t["real_missed"] += 1
                    t["real_caught"] += got
                else:
                    t["real_passed"] += 1
                    t["real_alarmed"] += got
                    t["off_topic_alarmed"] += got and not row.get("accept")
    return t


def train_findings(
    bundle: ContentBundle, data: Path, parts: Sequence[str]
) -> findings_head.FindingsHead:
    """A findings head trained on the real-world parts among `parts`."""
    texts, labels = findings_rows(data, parts)
    reader = indexes_for(bundle).detector
    known = _READ.setdefault(reader, {})
    for t in texts:
        if t not in known:
            known[t] = reader.read(t)
    stated = [known[t] for t in texts]
    return findings_head.fit(embed.get(bundle).embed(texts), stated, labels)


# what the rules read in each training message, by reader: the leave-one-out runs and the
# tests train several heads on mostly the same messages
_READ: weakref.WeakKeyDictionary[EmergencyDetector, dict[str, list[str]]] = (
    weakref.WeakKeyDictionary()
)


def leave_one_out(data: Path, parts: Sequence[str]) -> dict[str, RealScores]:
    """Each real-world part of `parts`, scored (`realscore`) with heads trained on every
    other part."""
    bundle = load_bundle()
    model = embed.get(bundle)
    out: dict[str, RealScores] = {}
    for held in (p for p in parts if p.startswith("realworld_")):
        rest = [p for p in parts if p != held]
        texts, accepts = training_rows(data, rest)
        head = fit(model.embed(texts), accepts, bundle.topic_ids, texts)
        finder = train_findings(bundle, data, rest)
        out[held] = score_file(data / held, timed=False, head=head, findings_head=finder)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Retrain the trained heads from the labelled data.")
    ap.add_argument("--data", type=Path, default=Path("tests/data"))
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("--findings-out", type=Path, default=findings_head.HEAD_FILE)
    ap.add_argument("--net-out", type=Path, default=emergency_net.NET_FILE)
    ap.add_argument("parts", nargs="*", default=list(TRAINING_PARTS))
    ap.add_argument(
        "--leave-one-out", action="store_true", help="measure on parts left out of training"
    )
    ap.add_argument(
        "--net-leave-one-out",
        action="store_true",
        help="measure the emergency net on written sets and real parts left out of training",
    )
    args = ap.parse_args(argv)
    if args.net_leave_one_out:
        n = net_leave_one_out(args.data)
        print(
            f"written sets: {n['caught']} of {n['missed']} first-run misses caught, "
            f"{n['alarmed']} of {n['passed']} look-alikes newly alarmed; real parts: "
            f"{n['real_caught']} of {n['real_missed']} misses caught, {n['real_alarmed']} of "
            f"{n['real_passed']} newly alarmed ({n['off_topic_alarmed']} off-topic)"
        )
        return 0
    if args.leave_one_out:
        figures = leave_one_out(args.data, args.parts)
        for part, s in figures.items():
            print(
                f"{part}: right topic {s.right_topic}/{s.on_topic}, off-topic declined "
                f"{s.declined}/{s.off_topic}, findings {s.found}/{s.labelled} found, "
                f"{s.correct}/{s.stated} right"
            )
        names = ("right_topic", "on_topic", "declined", "off_topic", "found", "labelled")
        t = {n: sum(getattr(s, n) for s in figures.values()) for n in (*names, "stated")}
        print(
            f"all: right topic {t['right_topic']}/{t['on_topic']} "
            f"({100 * t['right_topic'] / t['on_topic']:.1f}%), declined "
            f"{t['declined']}/{t['off_topic']}, findings recall "
            f"{100 * t['found'] / t['labelled']:.1f}% precision "
            f"{100 * t['found'] / t['stated']:.1f}%"
        )
        return 0
    bundle = load_bundle()
    texts, accepts = training_rows(args.data, args.parts)
    vectors = embed.get(bundle).embed(texts)
    save(fit(vectors, accepts, bundle.topic_ids, texts), args.out)
    print(f"trained on {len(texts)} messages from {', '.join(args.parts)} -> {args.out}")
    finder = train_findings(bundle, args.data, args.parts)
    findings_head.save(finder, args.findings_out)
    print(f"findings head ({', '.join(finder.ids)}) -> {args.findings_out}")
    net = train_net(args.data)  # always on NET_PARTS: the PART arguments are the heads'
    emergency_net.save(net, args.net_out)
    print(f"emergency net ({len(net.vocabulary)} words and pairs) -> {args.net_out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
