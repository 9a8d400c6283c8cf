"""Sentence embeddings for ranking topics against long symptom stories.

WordLlama (the `wordllama` PyPI package) ships its token-embedding weights and tokenizer inside
the wheel, runs on the CPU with numpy and needs no network: it is loaded from the package's own
folder with downloads disabled. Measured on the real-world development set (README): it ranks
the right topic first for far more long stories than the keyword matcher alone, at about 0.1 ms
a message; the keyword matcher stays in charge of short questions and of the on-topic gate.

Importing and loading take a few tenths of a second and some 80 MB, so they happen once, and
only when someone types: the text router loads it in a worker thread on the first typed message
(`ready`/`preload`), so the event loop never waits for it, and a bot that only sends reminders
never pays for it (README: reminders' memory).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.content.models import ContentBundle

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["TopicEmbedder", "get", "preload", "ready"]

_MODEL: Any = None
_MODEL_LOCK = threading.Lock()
_CACHE: weakref.WeakKeyDictionary[ContentBundle, TopicEmbedder] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def _model() -> Any:
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            import wordllama  # type: ignore[import-untyped]  # heavy: numpy, tokenizers
            from wordllama import WordLlama

            # The wheel holds weights/ and tokenizers/; as a cache folder it is found offline.
            _MODEL = WordLlama.load(
                cache_dir=Path(wordllama.__file__).parent, disable_download=True
            )
        return _MODEL


def topic_text(bundle: ContentBundle, topic_id: str) -> str:
    """What a topic is about, for embedding: title, summary and example questions."""
    t = bundle.topic(topic_id)
    return f"{t.title}. {t.summary} " + " . ".join(t.phrases)


class TopicEmbedder:
    """Cosine similarity between a text and every topic of a bundle."""

    def __init__(self, bundle: ContentBundle) -> None:
        self.model = _model()
        self.ids: tuple[str, ...] = bundle.topic_ids
        self.matrix: np.ndarray = self.model.embed(
            [topic_text(bundle, i) for i in self.ids], norm=True
        )

    def similarities(self, vec: np.ndarray) -> dict[str, float]:
        """Cosine similarity of a unit-length embedding (`embed`) with every topic."""
        sims = self.matrix @ vec
        return {tid: float(s) for tid, s in zip(self.ids, sims, strict=True)}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out: np.ndarray = self.model.embed(list(texts), norm=True)
        return out


def get(bundle: ContentBundle) -> TopicEmbedder:
    """The embedder of `bundle`, built once (blocks while the model loads)."""
    with _CACHE_LOCK:
        found = _CACHE.get(bundle)
        if found is None:
            found = TopicEmbedder(bundle)
            _CACHE[bundle] = found
        return found


def ready(bundle: ContentBundle) -> bool:
    """True when `get(bundle)` returns at once (the model is loaded and the topics embedded)."""
    with _CACHE_LOCK:
        return bundle in _CACHE


def preload(bundle: ContentBundle) -> None:
    """Load the model and embed the topics now (call from a worker thread)."""
    get(bundle)
