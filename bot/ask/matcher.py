"""Topic matching for typed questions: a small BM25F plus phrase similarity, synonyms, typos.

Built once per `ContentBundle` (see `bot.ask.index_for`). Questions and content go through the
same pipeline: tokenize -> typo correction against the content vocabulary -> light stemming ->
synonym phrases to canonical words (``content/<lang>/synonyms.toml``) -> stop words dropped.

Score of a topic (0..1) = ``BM25_WEIGHT`` x normalised BM25F over the topic's title, summary,
phrases and body + the rest x the best idf-weighted cosine between the question and one of the
topic's example phrases (or its title). A question needs at least one on-topic anchor word and a
score of at least `MATCH_THRESHOLD` to get an answer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.ask.normalize import CLAUSE, SENTENCE, simple_stem, tokenize
from bot.ask.subject import SubjectTests
from bot.content.models import ContentBundle, Topic

__all__ = [
    "BM25_WEIGHT",
    "MATCH_THRESHOLD",
    "Ranked",
    "TopicIndex",
    "Words",
]

# Calibrated on tests/data/ask_tuning.jsonl (see tests/test_ask.py).
MATCH_THRESHOLD = 0.20
BM25_WEIGHT = 0.5
UNKNOWN_IDF = 1.5
K1 = 1.2
B = 0.4
FIELD_WEIGHTS = {"title": 2.0, "summary": 1.0, "phrase": 1.0, "id": 2.0, "body": 0.15}
_TAG_RE = re.compile(r"<[^>]*>")
_MAX_CACHE = 20_000


@dataclass(frozen=True)
class Ranked:
    topic_id: str
    score: float


class Words(NamedTuple):
    """A text's words (`TopicIndex.words`): as read after typo correction, whether each was
    corrected, and their stems."""

    raw: list[str]
    fixed: list[bool]
    stems: list[str]

    def then(self, other: Words) -> Words:
        """The words of this text and `other` joined by a space."""
        return Words(self.raw + other.raw, self.fixed + other.fixed, self.stems + other.stems)


def _typo_budget(n: int) -> int:
    return 0 if n < 4 else 1 if n <= 8 else 2


def _body(topic: Topic) -> str:
    parts = (
        [topic.what, topic.signs, topic.helps, topic.get_help]
        if topic.kind == "cause"
        else [topic.answer, topic.get_help]
    )
    return _TAG_RE.sub(" ", " ".join(parts))


class TopicIndex(SubjectTests):
    """Everything needed to rank the bundle's causes and FAQs for a question."""

    def __init__(self, bundle: ContentBundle) -> None:
        syn = bundle.synonyms
        self.stopwords = syn.stopwords
        topics = bundle.topics()
        # --- raw vocabulary (for typo correction), with frequencies for tie-breaks
        freq: Counter[str] = Counter()
        for t in topics:
            for text in (t.title, t.summary, *t.phrases, _body(t)):
                freq.update(w for w in tokenize(text) if w.isalpha())
        for key, variants in syn.groups.items():
            freq.update([key])
            for v in variants:
                freq.update(w for w in tokenize(v) if w.isalpha())
        freq.update(syn.stopwords)
        self.freq = freq
        # the words the on-topic tests read are words, not typos ("hand" is not "had",
        # "shoulder" is not "should"), but no typo is corrected to them ("tenth" is not "teeth");
        # nor are common English words ("week" is not "weak", `tools/gen_ordinary.py`)
        kept: set[str] = set(syn.ordinary | bundle.emergency.ordinary_words)
        for words in (syn.elsewhere, syn.feelings, syn.animals, syn.self_words, syn.aches):
            kept.update(w for w in words if w.isalpha())
        for phrase in (*syn.other_troubles, *syn.not_animals, *syn.circulation_signs):
            kept.update(w for w in tokenize(phrase) if w.isalpha())
        self._kept = frozenset(kept)
        self.vocab = [w for w in freq if len(w) >= 3]
        # --- synonym phrases over stemmed tokens -> canonical word
        self.phrases: dict[tuple[str, ...], str] = {}
        for key, variants in syn.groups.items():
            for v in (key, *variants):
                stems = tuple(simple_stem(w) for w in tokenize(v) if w not in (SENTENCE, CLAUSE))
                if stems:
                    self.phrases[stems] = key
        self.max_phrase = max((len(p) for p in self.phrases), default=1)
        # the longest phrase starting with each stem: most words start none
        self._phrase_reach: dict[str, int] = {}
        for p in self.phrases:
            self._phrase_reach[p[0]] = max(len(p), self._phrase_reach.get(p[0], 0))
        self.anchors = frozenset(self._canon(a) for a in syn.anchors)
        self.named_causes = frozenset(self._canon(a) for a in syn.named_causes)
        self.felt = frozenset(self._canon(a) for a in syn.felt)
        self.context = frozenset(self._canon(c) for c in syn.context)
        self.body = frozenset(self._canon(c) for c in syn.body)
        self.complaint = frozenset(self._canon(c) for c in syn.complaint)
        self.elsewhere = frozenset(self._canon(c) for c in syn.elsewhere)
        self.animals = syn.animals
        self.joints = frozenset(self._canon(c) for c in syn.joints)
        self.feelings = syn.feelings
        self._numb = self._canon("numb")
        self.self_words = syn.self_words
        self.not_animals = syn.not_animals
        self.vets = syn.vets
        self.animal_bodies = syn.animal_bodies
        self.idioms = syn.idioms
        # longest first, so that a phrase is taken out before a word inside it
        self.stand_ins = tuple(sorted(syn.images | syn.bare_names, key=len, reverse=True))
        self.denial_extenders = bundle.emergency.scope_extenders
        self.other_troubles = syn.other_troubles
        self.aches = frozenset(self._canon(c) for c in syn.aches)
        self.circulation_signs = syn.circulation_signs
        self.other_trouble_findings = syn.other_trouble_findings
        self.left_after_denial = self.aches | {self._canon(c) for c in syn.left_after_denial}
        self.sensations = self.anchors - self.left_after_denial
        self._corrections: dict[str, str] = {}
        # --- documents
        self.ids: list[str] = [t.id for t in topics]
        self.tf: list[dict[str, float]] = []
        self.length: list[float] = []
        self.examples: list[list[frozenset[str]]] = []
        self.surface: list[frozenset[str]] = []  # terms of title, summary, phrases, id
        df: Counter[str] = Counter()
        for t in topics:
            weights: dict[str, float] = {}
            surface: set[str] = set()
            fields: list[tuple[str, str]] = [
                ("title", t.title),
                ("summary", t.summary),
                ("id", t.id.replace("-", " ").removeprefix("faq ")),
                ("body", _body(t)),
                *(("phrase", p) for p in t.phrases),
            ]
            for name, text in fields:
                for term in self.terms(text, correct=False):
                    weights[term] = weights.get(term, 0.0) + FIELD_WEIGHTS[name]
                    if name != "body":
                        surface.add(term)
            self.tf.append(weights)
            self.surface.append(frozenset(surface))
            self.length.append(sum(weights.values()))
            df.update(weights.keys())
            self.examples.append(
                [
                    frozenset(self.terms(p, correct=False))
                    for p in (t.title, *t.phrases)
                    if self.terms(p, correct=False)
                ]
            )
        n = len(topics)
        self.avg_length = sum(self.length) / n if n else 1.0
        self.idf = {term: math.log(1 + (n - d + 0.5) / (d + 0.5)) for term, d in df.items()}
        # a word no topic uses weighs like a fairly rare one: it dilutes, but does not swamp
        self.unknown_idf = UNKNOWN_IDF
        # each example phrase with its weight (the sum of its terms' idf), computed once
        self._weighted_examples = [
            [(ex, sum(self.idf.get(t, self.unknown_idf) for t in ex)) for ex in examples]
            for examples in self.examples
        ]
        # for each term, the topics that use it and how often; each topic's length norm
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for d, tf in enumerate(self.tf):
            for term, f in tf.items():
                if f:
                    self._postings.setdefault(term, []).append((d, f))
        self._norm = [K1 * (1 - B + B * n / self.avg_length) for n in self.length]
        # for each term, the examples (topic, place) that use it: a query meets few of them
        self._example_users: dict[str, list[tuple[int, int]]] = {}
        for d, examples in enumerate(self.examples):
            for k, ex in enumerate(examples):
                for term in ex:
                    self._example_users.setdefault(term, []).append((d, k))

    # ----------------------------------------------------------------- text -> terms

    def _canon(self, word: str) -> str:
        stems = tuple(simple_stem(w) for w in tokenize(word))
        return self.phrases.get(stems, " ".join(stems))

    def correct(self, word: str) -> str:
        """`word`, or the closest content word when it looks like a typo of one."""
        if word in self.freq or word in self._kept or len(word) < 4 or not word.isalpha():
            return word
        hit = self._corrections.get(word)
        if hit is not None:
            return hit
        for suffix in ("er", "est"):  # "colder" is "cold", not a typo of "older"
            base = word.removesuffix(suffix)
            if base != word:
                for cand in (base, base + "e", base[:-1]):
                    if cand in self.freq and len(cand) >= 3:
                        self._corrections[word] = cand
                        return cand
        k = _typo_budget(len(word))
        found = process.extract(word, self.vocab, scorer=OSA.distance, score_cutoff=k, limit=None)
        # a wrong first letter is only believed for one slip in a longer word ("train" is not
        # "brain"); ties go to the more frequent content word
        found = [m for m in found if m[0][0] == word[0] or (m[1] == 1 and len(word) >= 7)]
        best = word
        if found:
            best = min(found, key=lambda m: (m[1], -self.freq[m[0]], m[0]))[0]
        if len(self._corrections) > _MAX_CACHE:
            self._corrections.clear()
        self._corrections[word] = best
        return best

    def terms(self, text: str, *, correct: bool = True) -> list[str]:
        return [t for t, _ in self.terms_marked(text, correct=correct)]

    def terms_marked(self, text: str, *, correct: bool = True) -> list[tuple[str, bool]]:
        """Terms of `text`, each with whether it rests on a typo correction."""
        return self.phrased(self.words(text, correct=correct))

    def words(self, text: str, *, correct: bool = True) -> Words:
        """The words of `text` before phrases are read: as typed after correction, whether each
        was corrected, and their stems. The words of two texts joined by a space are the two
        texts' words one after the other, so a story's sentences are read once each."""
        typed = [w for w in tokenize(text) if w not in (SENTENCE, CLAUSE)]
        raw = [self.correct(w) for w in typed] if correct else typed
        fixed = [a != b for a, b in zip(raw, typed, strict=True)]
        return Words(raw, fixed, [simple_stem(w) for w in raw])

    def phrased(self, words: Words) -> list[tuple[str, bool]]:
        """`words` as terms: the longest known phrase at each place, else the stem of a word
        that is not a stopword; each with whether it rests on a typo correction."""
        raw, fixed, stems = words
        out: list[tuple[str, bool]] = []
        i = 0
        while i < len(stems):
            reach = self._phrase_reach.get(stems[i], 0)
            for size in range(min(reach, len(stems) - i), 0, -1):
                key = self.phrases.get(tuple(stems[i : i + size]))
                if key is not None:
                    if key not in self.stopwords:  # a phrase that says nothing: "upper hand"
                        out.append((key, any(fixed[i : i + size])))
                    i += size
                    break
            else:
                if raw[i] not in self.stopwords:
                    out.append((stems[i], fixed[i]))
                i += 1
        return out

    # ----------------------------------------------------------------- ranking

    def covers(self, topic_id: str, terms: Iterable[str]) -> bool:
        """Whether the topic's title, summary, phrases and id use every one of `terms`."""
        surface = self.surface[self.ids.index(topic_id)]
        return all(t in surface for t in terms)

    def rank(self, terms: list[str]) -> list[Ranked]:
        """All topics, best first, with scores in 0..1."""
        q = list(dict.fromkeys(terms))  # unique, in order
        if not q:
            return [Ranked(i, 0.0) for i in self.ids]
        idf = [self.idf.get(t, self.unknown_idf) for t in q]
        q_norm = sum(w * (K1 + 1) for w in idf)
        q_weight = sum(idf)
        qset = set(q)
        bm25 = [0.0] * len(self.ids)
        for t, w in zip(q, idf, strict=True):  # each topic's sum in the query's order
            for d, f in self._postings.get(t, ()):
                bm25[d] += w * f * (K1 + 1) / (f + self._norm[d])
        met: list[set[int]] = [set() for _ in self.ids]  # each topic's examples sharing a term
        for t in qset:
            for d, k in self._example_users.get(t, ()):
                met[d].add(k)
        out: list[Ranked] = []
        for d, topic_id in enumerate(self.ids):
            best_example = 0.0
            examples = self._weighted_examples[d]
            for k in met[d]:  # the best is the best in any order
                ex, ex_weight = examples[k]
                shared = sum(self.idf.get(t, self.unknown_idf) for t in qset & ex)
                best_example = max(best_example, shared / math.sqrt(q_weight * ex_weight))
            score = BM25_WEIGHT * bm25[d] / q_norm + (1 - BM25_WEIGHT) * best_example
            out.append(Ranked(topic_id, score))
        out.sort(key=lambda r: -r.score)
        return out
