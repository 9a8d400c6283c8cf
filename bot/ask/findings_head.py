"""A small trained check on three findings the rules read poorly in long stories.

The rules of `findings.toml` read each finding from words near each other. For three of them
the words are everyday ones and what counts is how the story is told: `persistent` ("it
keeps coming back, or doesn't go away": "recurring", "for 30 years", "every run", "never
fully goes away", "shows no sign of going away"), `position_related` and `leg_injury`. On
the labelled real messages the rules found 44% of the `persistent` labels at 51% precision.

For each of the three, this head is a logistic regression over the story's WordLlama
embedding (computed anyway for the topic ranking), the finding's own rule hit (weighted
`OWN_WEIGHT`) and the hits of every other rule. It decides those three findings for stories
only (`answer` computes no embedding for a short message, whose rules stay in charge);
emergency findings are never decided here: they stay with the rules, which fire when in doubt.

Chosen by leaving each labelled part out of training in turn and scoring it (README): over
all findings, 49.8% recall and 50.9% precision with the rules alone, 57.9% and 54.2% with
the head (`persistent` 74% / 57%). Threshold 0.3/0.35/0.4 and L2 1e-3/1e-2 were tried; the
other consultation findings have too few labels (or, like `rapidly_worsening`, are too
urgent to trade recall for precision). Weights ship in this package
(`data/findings_head.npz`), retrained with ``python -m bot.ask.train_head`` whenever the
rules or the labelled data change (a test compares it with a fresh fit).

Written here rather than with scikit-learn for the reason `topic_head.py` gives: a matrix
product and a sigmoid, trained by a few hundred gradient steps on two thousand rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ask import weightfile
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["DECIDES", "FindingsHead", "fit", "load", "save"]

HEAD_FILE = Path(__file__).parent / "data" / "findings_head.npz"
DECIDES = ("persistent", "position_related", "leg_injury")
THRESHOLD = 0.3
OWN_WEIGHT = 3.0
L2 = 1e-3
STEPS = 600
RATE = 1.0
MOMENTUM = 0.9


def _hits(stated: Sequence[str], names: Sequence[str]) -> list[float]:
    """1.0 for each of `names` among `stated`, else 0.0."""
    have = set(stated)
    return [1.0 if f in have else 0.0 for f in names]


@dataclass(frozen=True)
class FindingsHead:
    ids: tuple[str, ...]  # the findings it decides
    rules: tuple[str, ...]  # the rule hits it reads, in this order
    weights: np.ndarray  # (dimensions + rules + 1, ids): the last row weighs the own hit
    bias: np.ndarray  # (ids,)

    def probabilities(self, vector: np.ndarray, stated: Sequence[str]) -> np.ndarray:
        """The chance of each of `ids` for one story's unit-length embedding and the
        findings the rules read in it."""
        import numpy as np

        dims = vector.shape[0]
        z = (
            vector @ self.weights[:dims]
            + np.array(_hits(stated, self.rules)) @ self.weights[dims:-1]
            + OWN_WEIGHT * np.array(_hits(stated, self.ids)) * self.weights[-1]
            + self.bias
        )
        out: np.ndarray = 1 / (1 + np.exp(-z))
        return out

    def decide(self, vector: np.ndarray, stated: Sequence[str]) -> list[str]:
        """`stated` (the rules' findings) with this head's own findings decided by it, in
        TRIAGE order."""
        probs = self.probabilities(vector, stated)
        present = {f for f, p in zip(self.ids, probs, strict=True) if p > THRESHOLD}
        kept = set(stated) - set(self.ids)
        return [f for f in ALL_FINDINGS if f in kept or f in present]


def fit(
    vectors: np.ndarray,
    stated: Sequence[Sequence[str]],
    labels: Sequence[Sequence[str]],
    ids: Sequence[str] = DECIDES,
) -> FindingsHead:
    """One logistic regression per finding of `ids`: `vectors` are the stories' unit-length
    embeddings, `stated` what the rules read in each, `labels` the findings labelled."""
    import numpy as np

    if set(ids) & set(EMERGENCY_FINDINGS):
        raise ValueError("emergency findings stay with the rules")
    rules = tuple(ALL_FINDINGS)
    hits = np.array([_hits(s, rules) for s in stated]).reshape(len(stated), len(rules))
    base = np.hstack([vectors, hits])
    weights = np.zeros((base.shape[1] + 1, len(ids)))
    bias = np.zeros(len(ids))
    for col, finding in enumerate(ids):
        own = OWN_WEIGHT * hits[:, [rules.index(finding)]]
        x = np.hstack([base, own])
        y = np.array([1.0 if finding in row else 0.0 for row in labels])
        w, c = np.zeros(x.shape[1]), 0.0
        vw, vc = np.zeros_like(w), 0.0
        for _ in range(STEPS):
            ahead_w, ahead_c = w + MOMENTUM * vw, c + MOMENTUM * vc
            g = 1 / (1 + np.exp(-(x @ ahead_w + ahead_c))) - y
            vw = MOMENTUM * vw - RATE * (x.T @ g / len(x) + L2 * ahead_w)
            vc = MOMENTUM * vc - RATE * float(g.mean())
            w, c = w + vw, c + vc
        weights[:, col], bias[col] = w, c
    return FindingsHead(tuple(ids), rules, weights, bias)


@cache
def load(path: Path = HEAD_FILE) -> FindingsHead | None:
    """The shipped head, or None when the file is missing (the rules then decide alone)."""
    import numpy as np

    data = weightfile.read(path)
    if data is None:
        return None
    if {str(t) for t in data["ids"]} & set(EMERGENCY_FINDINGS):
        raise ValueError(f"{path}: emergency findings stay with the rules")
    return FindingsHead(
        tuple(str(t) for t in data["ids"]),
        tuple(str(t) for t in data["rules"]),
        data["weights"].astype(np.float64),
        data["bias"].astype(np.float64),
    )


def save(head: FindingsHead, path: Path = HEAD_FILE) -> None:
    import numpy as np

    weightfile.write(
        path,
        ids=np.array(head.ids),
        rules=np.array(head.rules),
        weights=head.weights,
        bias=head.bias,
    )
