"""A small trained layer that ranks topics for long stories: sentence embedding plus words.

The keyword matcher and the topic descriptions' embeddings know what each topic is *about*;
real people tell stories ("I was at a convention for 3 days wearing shoes that didn't fit ...")
whose words are far from any description. This head learns from the labelled real messages
(`tests/data/realworld_*.jsonl`, and the tuning questions), never from a part while it is
blind (each part joined after its first run), in two parts whose log-probabilities it mixes:

- a multinomial logistic regression from the story's WordLlama embedding (256 numbers) to
  the 15 topics: what the story is about as a whole;
- a multinomial naive Bayes over its words (those in at least two training messages): the
  words that mark a topic in people's own telling ("spin class", "metformin", "numb thigh").

Leaving each labelled part out of training in turn and scoring it (README), the regression
alone picked 66.7% of stories rightly, and mixed with the words (a fifth) 70.7%. Its weights
are a file in this package (`data/topic_head.npz`), retrained with
``python -m bot.ask.train_head`` when content ids or training data change.

Written here rather than with scikit-learn: the model is a matrix product, a sum of word
log-probabilities and a softmax; training is two thousand steps of gradient descent on 1,500
rows (seconds) and a count of words; scikit-learn would add some 40 MB to the install for that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ask import weightfile
from bot.ask.normalize import tokenize

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["TopicHead", "fit", "load", "words"]

HEAD_FILE = Path(__file__).parent / "data" / "topic_head.npz"
# the words' share of the mixed log-probability, and naive Bayes' additive smoothing; chosen
# like the regularisation below (0.1/0.2/0.3 and 0.02/0.05/0.1/0.5/1.0, README)
WORDS_WEIGHT = 0.2
WORDS_SMOOTHING = 0.1
WORDS_MIN_MESSAGES = 2
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
    "realworld_blind10.jsonl",  # the same
    "realworld_blind11.jsonl",  # the same
    "realworld_blind12.jsonl",  # the same
    "realworld_blind13.jsonl",  # the same
    "realworld_blind14.jsonl",  # the same
    "realworld_blind15.jsonl",  # the same
    "realworld_blind16.jsonl",  # the same
    "realworld_blind17.jsonl",  # the same
    "realworld_blind18.jsonl",  # the same
    "realworld_blind19.jsonl",  # the same
    "realworld_blind20.jsonl",  # the same
    "ask_tuning.jsonl",
)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    import numpy as np

    z = z - z.max()
    return z - np.log(np.exp(z).sum())  # type: ignore[no-any-return]


def words(text: str) -> list[str]:
    """The word tokens the naive Bayes part counts (no punctuation tokens)."""
    return [t for t in tokenize(text) if t.isalnum()]


@dataclass(frozen=True)
class TopicHead:
    ids: tuple[str, ...]
    weights: np.ndarray  # (dimensions, topics)
    bias: np.ndarray  # (topics,)
    vocabulary: tuple[str, ...] = ()
    word_log_probs: np.ndarray | None = None  # (words, topics)
    word_prior: np.ndarray | None = None  # (topics,), log

    def probabilities(self, vector: np.ndarray, text: str = "") -> dict[str, float]:
        """Topic id -> probability for one unit-length embedding and the text it came from."""
        import numpy as np

        log_p = _log_softmax(vector @ self.weights + self.bias)
        if self.word_log_probs is not None and self.word_prior is not None and text:
            index = self._index
            rows = [index[w] for w in words(text) if w in index]
            counted = _log_softmax(self.word_prior + self.word_log_probs[rows].sum(axis=0))
            log_p = (1 - WORDS_WEIGHT) * log_p + WORDS_WEIGHT * counted
        p = np.exp(_log_softmax(log_p))
        return {t: float(x) for t, x in zip(self.ids, p, strict=True)}

    @cached_property
    def _index(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.vocabulary)}


def fit(
    vectors: np.ndarray,
    accepts: Sequence[Sequence[str]],
    ids: Sequence[str],
    texts: Sequence[str] = (),
) -> TopicHead:
    """Softmax regression on the embeddings, and with `texts` naive Bayes on their words; a
    message with several acceptable topics shares its weight."""
    import numpy as np

    index = {t: i for i, t in enumerate(ids)}
    target = np.zeros((len(accepts), len(ids)))
    for row, accept in enumerate(accepts):
        known = [index[a] for a in accept if a in index]
        for col in known:
            target[row, col] = 1.0 / len(known)
    keep = target.sum(axis=1) > 0
    # cast once: a float32 matrix times float64 weights is cast again at every step
    x, y = vectors[keep].astype(np.float64), target[keep]
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
    if not texts:
        return TopicHead(tuple(ids), w, c)
    kept = [t for t, k in zip(texts, keep, strict=True) if k]
    seen: Counter[str] = Counter()
    for text in kept:
        seen.update(set(words(text)))
    vocabulary = tuple(sorted(t for t, n in seen.items() if n >= WORDS_MIN_MESSAGES))
    word_index = {t: i for i, t in enumerate(vocabulary)}
    counts = np.zeros((len(vocabulary), len(ids)))
    for text, share in zip(kept, y, strict=True):
        rows = [word_index[t] for t in words(text) if t in word_index]
        np.add.at(counts, rows, share)
    log_probs = np.log(
        (counts + WORDS_SMOOTHING) / (counts.sum(axis=0) + WORDS_SMOOTHING * len(vocabulary))
    )
    prior = y.sum(axis=0) + WORDS_SMOOTHING
    return TopicHead(tuple(ids), w, c, vocabulary, log_probs, np.log(prior / prior.sum()))


@cache
def load(path: Path = HEAD_FILE) -> TopicHead | None:
    """The shipped head, or None when the file is missing (the ranker then works without it)."""
    data = weightfile.read(path)
    if data is None:
        return None
    has_words = "vocabulary" in data
    return TopicHead(
        tuple(str(t) for t in data["ids"]),
        data["weights"],
        data["bias"],
        tuple(str(t) for t in data["vocabulary"]) if has_words else (),
        data["word_log_probs"] if has_words else None,
        data["word_prior"] if has_words else None,
    )


def save(head: TopicHead, path: Path = HEAD_FILE) -> None:
    import numpy as np

    arrays = {"ids": np.array(head.ids), "weights": head.weights, "bias": head.bias}
    if head.word_log_probs is not None and head.word_prior is not None:
        arrays |= {
            "vocabulary": np.array(head.vocabulary),
            "word_log_probs": head.word_log_probs,
            "word_prior": head.word_prior,
        }
    weightfile.write(path, **arrays)
