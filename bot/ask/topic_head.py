"""A small trained layer that ranks topics for long stories, on top of the sentence embeddings.

The keyword matcher and the topic descriptions' embeddings know what each topic is *about*;
real people tell stories ("I was at a convention for 3 days wearing shoes that didn't fit ...")
whose words are far from any description. This head is a multinomial logistic regression from
a story's WordLlama embedding (256 numbers) to the 15 topics, trained on the labelled real
messages (`tests/data/realworld_*.jsonl`, and the tuning questions), never on a part while it
is blind (each part joined after its first run). Its weights are a 15 KB file in this package
(`data/topic_head.npz`), retrained with ``python -m bot.ask.train_head`` when content ids or
training data change.

Written here rather than with scikit-learn: the whole model is a matrix product and a
softmax, and training is two thousand steps of gradient descent on 1,500 rows (seconds);
scikit-learn would add some 40 MB to the install for that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["TopicHead", "fit", "load"]

HEAD_FILE = Path(__file__).parent / "data" / "topic_head.npz"
SCALE = 1.0
# chosen by leaving each labelled part out in turn (README): weaker regularisation overfits the
# parts it was trained on, stronger underfits; plain gradient descent stopped far from the
# optimum, so the steps use Nesterov momentum
L2 = 2e-4
STEPS = 2000
RATE = 2.0
MOMENTUM = 0.9
TRAINING_PARTS = (
    "realworld_dev.jsonl",
    "realworld_blind.jsonl",  # used for building since its first run (README)
    "realworld_blind2.jsonl",  # the same
    "realworld_blind3.jsonl",  # the same
    "realworld_blind4.jsonl",  # the same
    "realworld_blind5.jsonl",  # the same
    "realworld_blind6.jsonl",  # the same
    "realworld_blind7.jsonl",  # the same
    "realworld_blind8.jsonl",  # the same
    "realworld_blind9.jsonl",  # the same
    "ask_tuning.jsonl",
)


@dataclass(frozen=True)
class TopicHead:
    ids: tuple[str, ...]
    weights: np.ndarray  # (dimensions, topics)
    bias: np.ndarray  # (topics,)

    def probabilities(self, vector: np.ndarray) -> dict[str, float]:
        """Topic id -> probability for one unit-length embedding."""
        import numpy as np

        z = (vector * SCALE) @ self.weights + self.bias
        z = np.exp(z - z.max())
        p = z / z.sum()
        return {t: float(x) for t, x in zip(self.ids, p, strict=True)}


def fit(vectors: np.ndarray, accepts: Sequence[Sequence[str]], ids: Sequence[str]) -> TopicHead:
    """Softmax regression; a message with several acceptable topics shares its weight."""
    import numpy as np

    index = {t: i for i, t in enumerate(ids)}
    target = np.zeros((len(accepts), len(ids)))
    for row, accept in enumerate(accepts):
        known = [index[a] for a in accept if a in index]
        for col in known:
            target[row, col] = 1.0 / len(known)
    keep = target.sum(axis=1) > 0
    x, y = vectors[keep] * SCALE, target[keep]
    w = np.zeros((x.shape[1], y.shape[1]))
    c = np.zeros(y.shape[1])
    vw, vc = np.zeros_like(w), np.zeros_like(c)
    for _ in range(STEPS):
        ahead_w, ahead_c = w + MOMENTUM * vw, c + MOMENTUM * vc
        z = x @ ahead_w + ahead_c
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        vw = MOMENTUM * vw - RATE * (x.T @ g / len(x) + L2 * ahead_w)
        vc = MOMENTUM * vc - RATE * g.mean(axis=0)
        w, c = w + vw, c + vc
    return TopicHead(tuple(ids), w, c)


@cache
def load(path: Path = HEAD_FILE) -> TopicHead | None:
    """The shipped head, or None when the file is missing (the ranker then works without it)."""
    if not path.is_file():
        return None
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return TopicHead(
            tuple(str(t) for t in data["ids"]), data["weights"].copy(), data["bias"].copy()
        )


def save(head: TopicHead, path: Path = HEAD_FILE) -> None:
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        ids=np.array(head.ids),
        weights=head.weights.astype(np.float32),
        bias=head.bias.astype(np.float32),
    )
