"""Whether a typed message is about the bot's subject: the tests `answer` asks of a message
before it ranks topics (an anchor word, a far-off body part, emotional numbness, an animal,
joint pain alone, another trouble of the legs, the legs ruled out and the trouble placed
elsewhere).

A mixin of `bot.ask.matcher.TopicIndex`, which reads the word lists these tests use from
``content/<lang>/synonyms.toml`` and turns a message into terms. Hand-written for the reason
the matcher is: the tests are small set look-ups over its own terms.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable

from bot.ask.normalize import CLAUSE, SENTENCE, tokenize

__all__ = ["DENIALS", "DENIAL_BREAKS", "DENIAL_REACH", "SubjectTests"]

# `undenied`: a denial reaches this many words on ("no tingling", "not numb"), on again after
# each of the emergency reader's negation `extenders` ("no tingling or numbness or anything"),
# and stops at a clause's end or these
DENIALS = frozenset({"no", "not", "without", "never", "nor", "zero", "none", "nae"})  # Scots "nae"
DENIAL_BREAKS = frozenset({"but", "however", "though", "although", "except", "now", "then"})
DENIAL_REACH = 3
# `without_animals`: where a typed message's sentences end
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


class SubjectTests(ABC):
    """The on-topic tests, over the word lists of the index they are mixed into."""

    anchors: frozenset[str]
    named_causes: frozenset[str]
    felt: frozenset[str]
    context: frozenset[str]
    body: frozenset[str]
    complaint: frozenset[str]
    elsewhere: frozenset[str]
    joints: frozenset[str]
    animals: frozenset[str]
    feelings: frozenset[str]
    self_words: frozenset[str]
    aches: frozenset[str]
    circulation_signs: frozenset[str]
    left_after_denial: frozenset[str]
    sensations: frozenset[str]  # the anchors but `left_after_denial`: what a denial denies
    vets: frozenset[str]
    animal_bodies: tuple[str, ...]
    idioms: frozenset[str]
    stand_ins: tuple[str, ...]  # `images` and `bare_names`, longest first
    not_animals: tuple[str, ...]
    other_troubles: tuple[str, ...]
    denial_extenders: frozenset[str]  # the emergency reader's: "or", "nor"
    _numb: str

    @abstractmethod
    def _canon(self, word: str) -> str: ...

    @abstractmethod
    def correct(self, word: str) -> str: ...

    @abstractmethod
    def terms_marked(self, text: str, *, correct: bool = True) -> list[tuple[str, bool]]: ...

    def anchor_strength(self, marked: Iterable[tuple[str, bool]], elsewhere: bool = True) -> int:
        """2: an anchor word, or a body part and a complaint, as typed; 1: only context words
        or body parts (or anchors that rest on a typo correction); 0: nothing on-topic, or
        (unless `elsewhere` is false: a message that states an emergency, "numbness down my
        left side, my left hand feels asleep") only body parts far from the legs ("the left
        side of my face is numb after the filling", "numbness in my forearm and hand")."""
        marked = list(marked)
        terms = {t for t, _ in marked}
        if elsewhere and terms & self.elsewhere and not terms & self.body:
            return 0
        best = 0
        body = complaint = False
        for term, corrected in marked:
            if not corrected:
                if term in self.anchors:
                    return 2
                body = body or term in self.body
                complaint = complaint or term in self.complaint
            else:  # "numm feet", "tingeling feet": a typo's anchor beside a typed body part
                complaint = complaint or term in self.anchors
            if term in self.anchors or term in self.context or term in self.body:
                best = 1
        return 2 if body and complaint else best

    def names_a_cause(self, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether a word of `named_causes` is typed (not a typo's correction): "I had a DVT"."""
        return any(term in self.named_causes and not corrected for term, corrected in marked)

    def tells_the_feeling(self, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether a word of `felt` and a leg's body part are typed, and nothing far from the
        legs: "tingly toes on n off for like 3 wks now"."""
        typed = {term for term, corrected in marked if not corrected}
        return bool(typed & self.felt and typed & self.body and not typed & self.elsewhere)

    def emotionally_numb(self, text: str, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether "numb" here is a feeling: a word of `feelings`, no body part at all, and
        "numb" typed as the only anchor ("felt too depressed to work out ... a sciatica attack"
        is ours; a foot whose skin "died off" says nothing of numbness)."""
        marked = list(marked)
        terms = {term for term, _ in marked}
        if terms & (self.body | self.elsewhere):
            return False
        typed = {term for term, corrected in marked if term in self.anchors and not corrected}
        if typed != {self._numb}:
            return False
        return _names_any(_said(text), self.feelings)

    def only_an_idiom(self, text: str, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether our words here are a figure of speech: a phrase of `idioms` ("on pins and
        needles": anxious, waiting) and no body part at all."""
        if {term for term, _ in marked} & (self.body | self.elsewhere):
            return False
        return _names_any(_said(text), self.idioms)

    def only_stand_ins(self, text: str, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether our words here only stand in for the subject: images of the feeling
        (`images`: "fizzy drinks", "my phone keeps buzzing", "ants in the kitchen") or a
        medicine named bare (`bare_names`: "how much b12 should a vegan take"), with no body
        part at all and no anchor left once they are taken out."""
        if {term for term, _ in marked} & (self.body | self.elsewhere):
            return False
        said = _said(text)
        if not _names_any(said, self.stand_ins):
            return False
        for word in self.stand_ins:
            said = said.replace(f" {word} ", " ")
        return self.anchor_strength(self.terms_marked(said)) < 2

    def undenied(self, text: str) -> list[tuple[str, bool]]:
        """`terms_marked(text)` less the anchors it denies: "No tingling or numbness or
        anything, they're just there" says nothing of pins and needles."""
        kept: list[str] = []
        left = 0
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if tok in DENIALS and not self._denial_says_numb(tokens[i : i + 3]):
                left = DENIAL_REACH
                continue
            if tok in (SENTENCE, CLAUSE) or tok in DENIAL_BREAKS:
                left = 0
            elif left:
                # "pins and needles" is one word's worth ("no pins and needles or numbness")
                one = tok in ("pins", "needles") or (tok == "and" and tokens[i - 1] == "pins")
                if not one:
                    left = DENIAL_REACH if tok in self.denial_extenders else left - 1
                if tok != "and" and (one or self._canon(self.correct(tok)) in self.anchors):
                    continue
            kept.append(tok)
        return self.terms_marked(" ".join(kept))

    def _denial_says_numb(self, words: list[str]) -> bool:
        """Whether a denial and the words after it name an anchor the words alone do not: "no
        feeling in my legs" is numbness, not a denial."""
        after = {t for t, _ in self.terms_marked(" ".join(words[1:]))}
        said = self.terms_marked(" ".join(words))
        return any(t in self.anchors and t not in after for t, _ in said)

    def legs_ruled_out(self, text: str, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether `text` places its trouble elsewhere and rules the legs out in so many words:
        every leg or foot it names is in a denial of `_LEGS_DENIED` ("not my feet or legs",
        "nothing in my legs", "no numbness in my leg", "my legs and feet are fine"), it names
        a part far from the legs, or the back, outside those denials ("..., its my arm", "its
        just my lower back"), and names no cause of ours ("nothing down my legs yet, is it
        sciatica?"). Not "not one leg, both of them", "without checking her numb foot", "not
        just my feet, my hands too"."""
        if self.names_a_cause(marked):
            return False
        said = " ".join(tokenize(text))
        denied = [m.span() for m in _LEGS_DENIED.finditer(said)]
        if not denied:
            return False
        other = False
        for m in _WORD.finditer(said):
            inside = any(a <= m.start() < b for a, b in denied)
            part = self._canon(m.group())
            if part in self.body and part not in _NOT_LEGS:
                if not inside:
                    return False  # a leg named and not denied
            elif (part in self.elsewhere or part in _NOT_LEGS) and not inside:
                other = True
        return other

    def denies_an_anchor(
        self, marked: Iterable[tuple[str, bool]], kept: Iterable[tuple[str, bool]]
    ) -> bool:
        """Whether `kept` (`undenied(text)`) has fewer anchor words than `marked`: the message
        denies pins and needles ("no tingling or numbness")."""
        return sum(t in self.anchors for t, _ in kept) < sum(t in self.anchors for t, _ in marked)

    def only_joints(self, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether the only body parts named are joints (`joints`) and no anchor is typed."""
        marked = list(marked)
        if any(term in self.anchors and not corrected for term, corrected in marked):
            return False
        named = {term for term, _ in marked} & self.body
        return bool(named) and named <= self.joints

    def only_aches_left(
        self, text: str, marked: Iterable[tuple[str, bool]], kept: Iterable[tuple[str, bool]]
    ) -> bool:
        """Whether `text` denies pins and needles (an anchor of `marked` but aches and cramps,
        `left_after_denial`, is not in `kept`, `undenied(text)`), `kept` types no anchor but
        those, and `text` names none of `circulation_signs`: "calf cramps every night, no
        tingling or anything" is about cramps; "can't walk far without my calves cramping"
        denies nothing."""
        kept = list(kept)
        denied = Counter(t for t, _ in marked if t in self.sensations)
        denied.subtract(t for t, _ in kept if t in self.sensations)
        typed = {term for term, corrected in kept if term in self.anchors and not corrected}
        return (
            any(n > 0 for n in denied.values())
            and typed <= self.left_after_denial
            and not _names_any(_said(text), self.circulation_signs)
        )

    def other_trouble(self, text: str, marked: Iterable[tuple[str, bool]]) -> bool:
        """Whether `text` is about another trouble of the legs or feet: it names one of
        `other_troubles` ("I've got anterior shin splints"), types or corrects to no anchor but
        an ache ("a swollen big toe": gout), complains only of `aches` and names none of
        `circulation_signs` ("my toes are blue")."""
        marked = list(marked)
        terms = {term for term, _ in marked}
        if (terms & self.anchors) - self.aches or not (terms & self.complaint) <= self.aches:
            return False
        said = _said(text)
        return not _names_any(said, self.circulation_signs) and _names_any(
            said, self.other_troubles
        )

    def about_an_animal(self, text: str) -> bool:
        """Whether `text` speaks of an animal (its vet, its hock) and of none of the writer's
        own legs: "his hind leg was swollen, I called the vet" is not about us."""
        words = self._animal_words(text)
        return any(w in self.animals for w in words) and not self._own_body_named(words)

    def without_animals(self, text: str) -> str | None:
        """`text` without its sentences that tell of an animal's body: an animal named, one of
        its parts (`animal_bodies`, or a vet's word) and none of the writer's own body ("Had a
        dachshund in with her back legs completely paralysed ... My actual question: my right
        foot went pins and needles after kneeling"); None when it has no such sentence."""
        words = set(self._animal_words(text))
        if self.animals.isdisjoint(words) and self.vets.isdisjoint(words):
            return None  # no animal anywhere: no sentence to split off (most messages)
        sentences = _SENTENCES.split(text)
        kept = [s for s in sentences if not self._an_animals_body(self._animal_words(s))]
        return None if len(kept) == len(sentences) else " ".join(kept)

    def _an_animals_body(self, words: list[str]) -> bool:
        """Whether a sentence's `words` name an animal and one of its parts, and none of the
        writer's own body."""
        padded = f" {' '.join(words)} "
        return (
            any(w in self.animals or w in self.vets for w in words)
            and (
                not self.vets.isdisjoint(words)
                or any(f" {part} " in padded for part in self.animal_bodies)
            )
            and not self._own_body_named(words)
        )

    def _animal_words(self, text: str) -> list[str]:
        """The words of `text` without the phrases that only look like an animal's."""
        lowered = " ".join(tokenize(text))
        for phrase in self.not_animals:
            lowered = lowered.replace(phrase, " ")
        return lowered.split()

    def _own_body_named(self, words: list[str]) -> bool:
        """Whether the writer names their own body ("my left leg") in `words`."""
        return any(
            w in self.self_words and self._own_body(words[i + 1 : i + 7])
            for i, w in enumerate(words)
        )

    def seen_by_a_vet(self, text: str) -> bool:
        """Whether `text` speaks of an animal, of none of the writer's own legs, and names its
        species as a vet would (`vets`: "feline"): then the animal is the patient."""
        return not self.vets.isdisjoint(tokenize(text)) and self.about_an_animal(text)

    def _own_body(self, after: list[str]) -> bool:
        """Whether a body word follows before any animal: "my left leg" is the writer's, "my
        dog is limping on her left leg" is the dog's."""
        for x in after:
            if x in self.animals:
                return False
            if self._canon(x) in self.body:
                return True
        return False


# `legs_ruled_out`: the legs named and denied ("not my feet or legs", "nothing goes down my
# legs", "no numbness in my leg", "my legs and feet are fine", "no leg symptoms")
_LEG = r"(?:legs?|foot|feet|toes?|calf|calves|thighs?|shins?|ankles?|knees?)"
_WHOSE = r"(?:my|his|her|their|the)"
_FINE = r"(?:fine|ok|okay|normal|alright|good|grand)"
# ... but "no feeling in my legs" is numbness, not a denial
_SIGNS = r"(?:feeling|sensation|sense|strength|power|use|movement|control|grip|circulation)\b"
_LEGS_DENIED = re.compile(
    rf"\b(?:not (?:in )?{_WHOSE} (?:\w+ )?{_LEG}(?: (?:or|and|nor) (?:{_WHOSE} )?{_LEG})?"
    rf"|nothing (?:\w+ ){{0,2}}(?:in|down|into|to) {_WHOSE} (?:\w+ )?{_LEG}"
    rf"|no (?!{_SIGNS})(?:\w+ ){{1,2}}(?:in|down|into) {_WHOSE} (?:\w+ )?{_LEG}"
    rf"|no (?:leg|foot|feet) (?:symptoms|pain|problems|issues|trouble)"
    rf"|(?:{_WHOSE} )?{_LEG}(?: and (?:{_WHOSE} )?{_LEG})? (?:are |is |feel |feels |r |s |seem )?"
    rf"(?:totally |completely |perfectly |absolutely |all |both )?{_FINE})\b"
)
_WORD = re.compile(r"[a-z]+")
# the parts of `body` that are not the legs: named undenied, they are the trouble placed
# elsewhere ("nothing goes down my legs, its just my lower back")
_NOT_LEGS = frozenset({"back", "spine", "vein", "hip"})


def _said(text: str) -> str:
    """`text` as its tokens, with a space at each end, for whole-phrase look-ups."""
    return f" {' '.join(tokenize(text))} "


def _names_any(said: str, phrases: Iterable[str]) -> bool:
    """Whether `said` (from `_said`) holds one of `phrases` as whole words."""
    return any(f" {phrase} " in said for phrase in phrases)
