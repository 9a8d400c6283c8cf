"""A trained second reader of emergencies, asked when the rules find none.

The rules (`emergency.toml`, read in context by `context.py`) know the words they were given.
Each new writer brings others for the same signs ("nothing works downstairs", "neither leg will
lift to the next step", "the kettle slid out of my left hand"): the written sets' first runs
found 41-52 of 60 emergencies, whatever had been fixed before them.

This net is one logistic regression per emergency finding, and one for "any emergency", over
which words and word pairs a message contains (`normalize.tokenize`; those in at least
`MIN_COUNT` training messages). It learns from every labelled message: the real-world parts
and the written sets, each joined after its first run (`train_head.NET_PARTS`). `answer` asks
it only when the rules read no emergency finding and the message is about the bot's subject
(legs, feet, tingling: not a dog's paws, not only a knee); when "any emergency" reaches
`THRESHOLD` and the likeliest finding's own chance `FINDING_FLOOR`, that finding is read as
stated, so the emergency advice comes first. It never takes a finding away from the rules.

Chosen by leaving each written set and each real-world part out of training in turn (README).
At 0.85 alone it caught 128 of the 191 emergencies the reader had missed on the written sets'
first runs (sets 2-17), alarming none of the 870 look-alikes the reader had let pass; on the
real-world parts it caught 3 of the reader's 36 missed emergencies and alarmed 11 of the 1,885
messages the reader had let pass (0.6%), one of them off-topic (a dog's legs, which the subject
gate excludes). On written set 18, left out and not looked at before 0.85 was chosen, it caught
10 of the reader's 15 first-run misses and alarmed none of its look-alikes. The two written
topic sets (not in its training) then showed it taking swollen calves (a DVT: urgent, not an
emergency) for an emergency with no finding likely: the floor of 0.3 on the likeliest finding
(chosen on the left-out figures: 121 of 191 caught, 7 of 1,885 alarmed) keeps those out. As
shipped, a net trained without set 18 catches 8 of its 15 first-run misses through `answer`
(a test).

Written here rather than with scikit-learn (as `topic_head.py` explains): at run time a dict
lookup per word and a sum of a few rows; training is a few hundred gradient steps over sparse
rows, which numpy does with a gather and two segment sums.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ask import weightfile
from bot.ask.normalize import tokenize
from bot.content.models import EMERGENCY_FINDINGS

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["ANY", "NET_FILE", "THRESHOLD", "EmergencyNet", "fit", "grams", "load", "save"]

NET_FILE = Path(__file__).parent / "data" / "emergency_net.npz"
THRESHOLD = 0.85
FINDING_FLOOR = 0.3  # ... and the most likely finding must reach this
MIN_COUNT = 2
L2 = 1e-3
STEPS = 300
RATE = 1.0
ANY = "any"


def grams(text: str) -> set[str]:
    """The words of `text` and its pairs of neighbouring words."""
    tokens = tokenize(text)
    return {*tokens, *(f"{a} {b}" for a, b in pairwise(tokens))}


@dataclass(frozen=True)
class EmergencyNet:
    findings: tuple[str, ...]  # the columns: each emergency finding, then "any"
    vocabulary: tuple[str, ...]  # the rows' words and word pairs
    weights: np.ndarray  # (vocabulary, findings)
    bias: np.ndarray  # (findings,)
    _rows: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rows", {g: i for i, g in enumerate(self.vocabulary)})

    def probabilities(self, text: str) -> dict[str, float]:
        """The chance of each column for `text`."""
        import numpy as np

        rows = [i for g in grams(text) if (i := self._rows.get(g)) is not None]
        z = self.weights[rows].sum(axis=0) + self.bias
        p = 1 / (1 + np.exp(-z))
        return {f: float(x) for f, x in zip(self.findings, p, strict=True)}

    def read(self, text: str) -> list[str]:
        """The emergency findings `text` states by this net's reading: none unless "any
        emergency" reaches `THRESHOLD` and the most likely finding `FINDING_FLOOR`, then that
        finding (or those, when tied)."""
        probs = self.probabilities(text)
        own = {f: p for f, p in probs.items() if f != ANY}
        top = max(own.values())
        if probs.get(ANY, 0.0) < THRESHOLD or top < FINDING_FLOOR:
            return []
        return [f for f in EMERGENCY_FINDINGS if own.get(f) == top]


def fit(texts: Sequence[str], labels: Sequence[Sequence[str] | None]) -> EmergencyNet:
    """Train on `texts`: each label is the emergency findings the message states (empty for
    no emergency, `ANY` alone for an emergency with no finding named), or None for a message
    that is an emergency or not depending on how it is read (left out)."""
    import numpy as np

    kept = [(t, lab) for t, lab in zip(texts, labels, strict=True) if lab is not None]
    sets = [grams(t) for t, _ in kept]
    counts = Counter(g for s in sets for g in s)
    vocabulary = tuple(sorted(g for g, n in counts.items() if n >= MIN_COUNT))
    index = {g: i for i, g in enumerate(vocabulary)}
    columns = (*EMERGENCY_FINDINGS, ANY)
    y = np.array(
        [[1.0 if f in lab or (f == ANY and lab) else 0.0 for f in columns] for _, lab in kept]
    )
    rows = [sorted(index[g] for g in s if g in index) for s in sets]
    lens = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), lens)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    has = lens > 0
    order = np.argsort(flat, kind="stable")  # the same entries, by feature: for X.T @ g
    by_feature = flat[order]
    feature_starts = np.flatnonzero(np.r_[True, by_feature[1:] != by_feature[:-1]])
    features = by_feature[feature_starts]
    positive = y.mean(axis=0).clip(1e-3, 1 - 1e-3)
    weight = (np.where(y == 1, 0.5 / positive, 0.5 / (1 - positive)) / len(rows)).T
    yt = y.T  # one row per column: numpy's segment sums are fastest over contiguous rows
    w = np.zeros((len(columns), len(vocabulary)))
    b = np.zeros(len(columns))
    by_row = row_of[order]
    starts_has = starts[has]
    for _ in range(STEPS):
        z = np.zeros_like(yt)
        for k in range(len(columns)):
            z[k, has] = np.add.reduceat(w[k, flat], starts_has)
        g = (1 / (1 + np.exp(-(z + b[:, None]))) - yt) * weight
        grad = L2 * w
        for k in range(len(columns)):
            grad[k, features] += np.add.reduceat(g[k, by_row], feature_starts)
        w -= RATE * grad
        b -= RATE * g.sum(axis=1)
    return EmergencyNet(columns, vocabulary, np.ascontiguousarray(w.T), b)


@cache
def load(path: Path = NET_FILE) -> EmergencyNet | None:
    """The shipped net, or None when the file is missing (the rules then read alone)."""
    import numpy as np

    data = weightfile.read(path)
    if data is None:
        return None
    return EmergencyNet(
        tuple(str(f) for f in data["findings"]),
        tuple(str(g) for g in data["vocabulary"]),
        data["weights"].astype(np.float64),
        data["bias"].astype(np.float64),
    )


def save(net: EmergencyNet, path: Path = NET_FILE) -> None:
    import numpy as np

    weightfile.write(
        path,
        findings=np.array(net.findings),
        vocabulary=np.array(net.vocabulary),
        weights=net.weights,
        bias=net.bias,
    )
