"""Typed text: the findings it states (emergencies first), then the best cause or FAQ.

`answer(text, bundle)` is the one code path for typed text, used by the chat
(`bot/handlers/text.py`) and by `pinbot eval ask` (`bot/ask/eval_cli.py`). The findings
reader (`emergency.py`) and the keyword index (`matcher.py`) are built once per bundle and
cached; long stories are also ranked with sentence embeddings (`embed.py`).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal

from bot.ask import embed, emergency_net, topic_head
from bot.ask.emergency import EmergencyDetector
from bot.ask.emergency_net import EmergencyNet
from bot.ask.findings_head import FindingsHead
from bot.ask.findings_head import load as load_findings_head
from bot.ask.matcher import MATCH_THRESHOLD, Ranked, TopicIndex
from bot.content.models import ALL_FINDINGS, EMERGENCY_FINDINGS, ContentBundle

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "SHIPPED",
    "AskResult",
    "FindingsHeadChoice",
    "Head",
    "HeadChoice",
    "Indexes",
    "NetChoice",
    "answer",
    "indexes_for",
    "preload",
]

ALTERNATIVES = 2
# A message with more words than this is read as a story (`_story_rank`, `_hybrid_rank`);
# the figures below were chosen on the real-world development set (README).
STORY_TERMS = 8
# ... and needs a lower score: its best window still carries words about other things.
STORY_THRESHOLD = 0.20
EMBED_WEIGHT = 0.7
KEYWORD_SCALE = 2.0
EMBED_MIN = 0.30
_SENTENCES = re.compile(r"(?<=[.!?;:\n])\s+")
# An alternative must reach this share of the threshold to be offered.
ALTERNATIVE_FLOOR = 0.5
# The trained topic head (`topic_head.py`) re-ranks a story's topics when the ranker has
# chosen one: the ranker's choice gets this bonus, its alternatives a third of it. It never
# answers on its own (alone, it let off-topic stories through; a head trained with an
# "off-topic" class declined few more and answered fewer rightly). Chosen by leaving each
# labelled part out of training in turn and scoring it (README): 0.2/0.3/0.4/0.5/0.7 gave
# 550/555/543/527/516 of 945 right.
HEAD_BLEND = 0.3


class Head(Enum):
    """Which trained head `answer` uses: the shipped one (`topic_head.load()`,
    `findings_head.load()`)."""

    SHIPPED = "shipped"


SHIPPED = Head.SHIPPED
# `answer`'s topic head: the shipped one, one trained elsewhere (leave-one-out), or none
HeadChoice = topic_head.TopicHead | None | Literal[Head.SHIPPED]
# ... and its findings head, the same way
FindingsHeadChoice = FindingsHead | None | Literal[Head.SHIPPED]
# ... and its emergency net (`emergency_net.py`), the same way
NetChoice = EmergencyNet | None | Literal[Head.SHIPPED]


@dataclass(frozen=True)
class AskResult:
    """What to do with a typed message.

    `emergency` is decided first and independently of the topic; when it is true the chat
    shows the emergency advice whatever `match` says. `match` is a cause or FAQ id, or None
    ("I don't know that one"). `alternatives` are the next best ids (at most two).
    """

    match: str | None
    emergency: bool
    emergency_findings: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    score: float = 0.0
    # every TRIAGE.md finding the text states as true now (emergency ones included)
    findings: list[str] = field(default_factory=list)
    # emergency findings told in the past tense beside an old story, and so not read as now
    # ("I was diagnosed in 2015. Both my legs suddenly went weak."): the chat says what to do
    # if it is happening now, and offers the emergency FAQ first among the alternatives
    looked_back: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Indexes:
    detector: EmergencyDetector
    topics: TopicIndex


_CACHE: weakref.WeakKeyDictionary[ContentBundle, Indexes] = weakref.WeakKeyDictionary()


def indexes_for(bundle: ContentBundle) -> Indexes:
    """The emergency detector and topic index of `bundle`, built once and cached."""
    found = _CACHE.get(bundle)
    if found is None:
        topics = TopicIndex(bundle)
        found = Indexes(EmergencyDetector(bundle.emergency, topics.freq.keys()), topics)
        _CACHE[bundle] = found
    return found


def _story_rank(text: str, idx: Indexes, whole: list[Ranked]) -> list[Ranked]:
    """A long story is about its best part: each topic's best score over two-sentence windows
    (a whole story's many other words would dilute every topic's score). Each sentence's
    words are read once and joined for its two windows (`Words.then`)."""
    read = [idx.topics.words(s) for s in _SENTENCES.split(text) if s.strip()]
    best = {r.topic_id: r.score for r in whole}
    for i in range(len(read)):
        window = read[i].then(read[i + 1]) if i + 1 < len(read) else read[i]
        terms = [t for t, _ in idx.topics.phrased(window)]
        if not terms:
            continue
        for r in idx.topics.rank(terms):
            if r.score > best[r.topic_id]:
                best[r.topic_id] = r.score
    return sorted((Ranked(t, sc) for t, sc in best.items()), key=lambda r: -r.score)


def _hybrid_rank(
    vec: np.ndarray, bundle: ContentBundle, keyword: list[Ranked], anchored: bool
) -> list[Ranked]:
    """Keyword scores blended with sentence-embedding similarity (measured on the real-world
    development set: the blend ranks the right topic first more often than either alone)."""
    sims = embed.get(bundle).similarities(vec)
    if max(sims.values()) < EMBED_MIN and not anchored:
        # about something else altogether, unless it names a cause ("... I had a DVT in 2019")
        # or types the feeling beside a leg ("tingly toes on n off for like 3 wks now")
        return [Ranked(r.topic_id, 0.0) for r in keyword]
    scores = {r.topic_id: r.score for r in keyword}
    blended = [
        Ranked(t, EMBED_WEIGHT * sims.get(t, 0.0) + (1 - EMBED_WEIGHT) * KEYWORD_SCALE * sc)
        for t, sc in scores.items()
    ]
    return sorted(blended, key=lambda r: -r.score)


def _offered(topic: str, bundle: ContentBundle) -> bool:
    """Whether `topic` is a cause or FAQ the chat can show."""
    return topic in bundle.causes or topic in bundle.faqs


def _topic_of(stated: list[str], bundle: ContentBundle) -> str | None:
    """The topic for a symptom story whose words match no topic: by the findings it states."""
    have = set(stated)
    for finding, topic in bundle.emergency.finding_topics:
        if finding in have and _offered(topic, bundle):
            return topic
    return None


def _spoken_of(text: str, idx: Indexes, bundle: ContentBundle, excused: bool = True) -> str | None:
    """The topic for a message that matches no topic but speaks of emergency signs that are
    not happening now ("my dad had a stroke years ago"): when to worry."""
    topic = bundle.emergency.spoken_of_topic
    if topic is None or not _offered(topic, bundle):
        return None
    return topic if idx.detector.echoes(text, excused) else None


def _tells_of_an_emergency(text: str, idx: Indexes, bundle: ContentBundle) -> bool:
    """Whether `text` has a word of an emergency's story (findings.toml `spoken_of_story`)."""
    words, prefixes = bundle.emergency.spoken_of_story, bundle.emergency.spoken_of_story_prefixes
    return any(t in words or t.startswith(prefixes) for t in idx.detector.tokens(text))


def _head_pick(
    vec: np.ndarray,
    text: str,
    bundle: ContentBundle,
    match: str | None,
    alternatives: list[str],
    head: topic_head.TopicHead | None,
    idx: Indexes,
    looked_back: list[str],
) -> str | None:
    """The story's topic by the trained head blended with the ranker's choice. The head
    chooses when to worry (the emergency FAQ) only for a story that speaks of emergency signs
    or that the ranker offered it for: it learned the FAQ from relatives' emergencies, and
    took it for every story told of someone else ("my dad's feet tingle, what can he do?")."""
    if match is None or head is None or head.ids != bundle.topic_ids:
        return match
    probs = head.probabilities(vec, text)
    scores = dict(probs)
    scores[match] += HEAD_BLEND
    for alt in alternatives:
        scores[alt] += HEAD_BLEND / 3
    picked = max(scores, key=lambda t: scores[t])
    worry = bundle.emergency.spoken_of_topic
    if (
        picked == worry
        and worry not in (match, *alternatives)
        and not looked_back
        and not _tells_of_an_emergency(text, idx, bundle)  # a word look-up before the rules
        and not idx.detector.echoes(text)
    ):
        del scores[worry]
        picked = max(scores, key=lambda t: scores[t])
    return picked


def preload(bundle: ContentBundle) -> None:
    """Load what `answer` reads with besides the rules: the sentence model, the trained heads
    and the emergency net (call from a worker thread, once, on the first typed message)."""
    embed.preload(bundle)
    topic_head.load()
    load_findings_head()
    emergency_net.load()


def answer(
    text: str,
    bundle: ContentBundle,
    head: HeadChoice = SHIPPED,
    findings_head: FindingsHeadChoice = SHIPPED,
    net: NetChoice = SHIPPED,
) -> AskResult:
    """Emergency findings in `text`, and the best matching topic id (or None). `head` is the
    topic head that re-ranks stories, `findings_head` the one that decides some findings of
    stories and `net` the second reader of emergencies: the shipped ones unless a development
    tool or a test passes others (or None, for the ranker and the rules alone)."""
    idx = indexes_for(bundle)
    # the emergency readers read the writer's own words: not a sentence that tells an animal's
    # signs ("Had a dachshund in with her back legs completely paralysed ... my right foot went
    # pins and needles after kneeling on the kennel floor")
    animals_out = idx.topics.without_animals(text)
    own = text if animals_out is None else animals_out
    stated = idx.detector.read(own)
    findings = [f for f in stated if f in EMERGENCY_FINDINGS]
    if findings and idx.topics.seen_by_a_vet(text):  # "... his back legs ... a feline ...":
        stated, findings = [f for f in stated if f not in EMERGENCY_FINDINGS], []  # its patient
    looked_back = [] if findings else idx.detector.looked_back(own)
    marked = idx.topics.terms_marked(text)
    anchor = idx.topics.anchor_strength(marked, elsewhere=not findings)
    if anchor and idx.topics.about_an_animal(text):
        anchor = 0  # a horse's hock, a dog's paw: not the writer's legs
    if anchor and not findings and idx.topics.emotionally_numb(text, marked):
        anchor = 0  # "Steve and I broke up ... I just feel numb"
    if anchor and not findings and idx.topics.only_an_idiom(text, marked):
        anchor = 0  # "I have been on pins and needles since morning" waiting for results
    if anchor == 2 and not findings and idx.topics.only_stand_ins(text, marked):
        anchor = 1  # "is it bad to drink fizzy drinks every day?", "how much b12 should a
        # vegan take": an image of the feeling or a medicine, no body: answered only as a
        # question a topic covers
    if anchor and not stated and idx.topics.only_joints(marked):
        anchor = 0  # "sharp pain in my knee after a run": joint pain, not pins and needles
    kept: list[tuple[str, bool]] | None = None  # `undenied(text)`, when it can matter
    if anchor and set(stated) <= idx.topics.other_trouble_findings:
        kept = idx.topics.undenied(text)
        if idx.topics.other_trouble(text, kept) or (
            idx.topics.denies_an_anchor(marked, kept) and idx.topics.only_joints(kept)
        ):
            anchor = 0  # "I've got anterior shin splints, and they don't seem to go away";
            # "my knee is paining since 2 weeks, no tingling or numbness"
    if anchor and not findings:  # what the rules missed, on the bot's subject: the net's turn
        reader = emergency_net.load() if net is SHIPPED else net
        read = reader.read(own) if reader is not None else []
        if read and not idx.detector.names_a_history(own):
            # "started new tablets last week and now my legs tingle" is no cancer's sign
            read = [f for f in read if f not in idx.detector.history_only]
        if "chest_symptoms" in read and not idx.detector.names_the_chest(own):
            # "my left calf has been swollen and hot n red since the 10hr coach back ... the
            # foot on that side tingles": a clot's signs with nothing of the chest
            read = [f for f in read if f != "chest_symptoms"]
        if findings := read:
            stated = [f for f in ALL_FINDINGS if f in stated or f in findings]
            looked_back = []
    if (
        anchor
        and not findings
        and kept is not None
        and idx.topics.only_aches_left(text, marked, kept)
    ):
        anchor = 0  # "legs ache by teatime, no numbness or anything, just heavy" - once the
        # net has read it ("my right leg just went from under me, no pins and needles first");
        # `kept` is read above for every message this can hold for (the net found nothing, so
        # `stated` is the same)
    if anchor and not findings and idx.topics.legs_ruled_out(text, marked):
        anchor = 0  # "not my leg that tingles, its my arm", "nothing goes down my legs, its
        # just my lower back": the legs ruled out, the trouble placed elsewhere (once the net
        # has read it: "Not one leg - it's shooting down both of them")
    if anchor == 0:  # nothing about legs, feet or tingling: no topic, whatever else it says,
        # unless it speaks of emergency signs that nothing explains away ("my dad had a stroke
        # years ago; what if my face droops?"); a dentist's numb lip is not about this
        animal = not findings and idx.topics.seen_by_a_vet(text)
        spoken = None if findings or animal else _spoken_of(text, idx, bundle, excused=False)
        # ... and it states no finding of the legs ("fingertips on my left hand tingle for
        # ages" is not `persistent`) but an emergency's
        return AskResult(spoken, bool(findings), findings, [], 0.0, findings, looked_back)
    terms = [t for t, _ in marked]
    ranked = idx.topics.rank(terms)
    story = len(terms) > STORY_TERMS
    if story:
        vec = embed.get(bundle).embed([text])[0]  # once: for the blend and the heads
        named = idx.topics.names_a_cause(marked) or idx.topics.tells_the_feeling(marked)
        ranked = _hybrid_rank(vec, bundle, _story_rank(text, idx, ranked), named)
        deciding = load_findings_head() if findings_head is SHIPPED else findings_head
        if deciding is not None and deciding.rules == ALL_FINDINGS:
            stated = deciding.decide(vec, stated)  # emergency findings are never its own
    by_findings = _topic_of(stated, bundle)
    best = ranked[0]
    if anchor == 1 and not idx.topics.covers(best.topic_id, terms):
        # only context words ("what age can you get a tattoo"): answer only a question the
        # topic fully covers ("does age matter")
        # ... and not by who the person is alone (`background_findings`: "headache every
        # morning since they changed my insulin"), with no leg or foot named
        if set(stated) <= bundle.emergency.background_findings and not set(terms) & (
            idx.topics.body
        ):
            by_findings = None
        if by_findings is None and not findings:
            by_findings = _spoken_of(text, idx, bundle)
        return AskResult(
            by_findings, bool(findings), findings, [], round(best.score, 4), stated, looked_back
        )
    floor = MATCH_THRESHOLD * ALTERNATIVE_FLOOR
    alternatives = [r.topic_id for r in ranked[1 : 1 + ALTERNATIVES] if r.score >= floor]
    threshold = STORY_THRESHOLD if story else MATCH_THRESHOLD
    match = best.topic_id if best.score >= threshold else by_findings
    if match is None and not findings:
        match = _spoken_of(text, idx, bundle)
    if match is None and best.score >= floor:
        alternatives = [r.topic_id for r in ranked[:ALTERNATIVES] if r.score >= floor]
    if story:
        chosen = topic_head.load() if head is SHIPPED else head
        picked = _head_pick(vec, text, bundle, match, alternatives, chosen, idx, looked_back)
        if picked != match:
            if match is not None:
                alternatives = [match, *(a for a in alternatives if a not in (match, picked))]
            alternatives = [a for a in alternatives if a != picked][:ALTERNATIVES]
            match = picked
    worry = bundle.emergency.spoken_of_topic
    if looked_back and worry is not None and worry != match and _offered(worry, bundle):
        alternatives = [worry, *(a for a in alternatives if a != worry)][:ALTERNATIVES]
    return AskResult(
        match, bool(findings), findings, alternatives, round(best.score, 4), stated, looked_back
    )
