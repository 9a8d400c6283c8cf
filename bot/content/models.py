"""The content library's typed data: causes, FAQs, exercises, synonyms and the bundle (the
emergency rules' own types are in `emergency_models`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal

from bot.content.emergency_models import EmergencyConfig

CAUSE_GROUPS: tuple[str, ...] = ("compression", "circulation", "other")
EXERCISE_KINDS: tuple[str, ...] = ("stretch", "posture", "check")
# Pose data for the illustrations (bot/illustrate): starting postures, props, joint angles in
# degrees (``hip``/``knee``/``ankle``/``sh``/``el`` set both sides; ``_n`` near, ``_f`` far
# side), segment-length factors for foreshortening, and highlightable parts.
POSE_BASES: tuple[str, ...] = ("stand", "sit", "lie", "prone")
POSE_PROPS: tuple[str, ...] = ("none", "chair", "wall", "mat")
POSE_ANGLES: tuple[str, ...] = (
    "torso", "neck",
    "hip", "hip_n", "hip_f", "knee", "knee_n", "knee_f", "ankle", "ankle_n", "ankle_f",
    "sh", "sh_n", "sh_f", "el", "el_n", "el_f",
)  # fmt: skip
POSE_LENGTHS: tuple[str, ...] = ("thigh_n", "thigh_f", "shin_n", "shin_f")
POSE_FOCUS: tuple[str, ...] = ("leg_n", "leg_f", "arm_n", "arm_f", "foot_n", "foot_f", "hips")
# shared safety notes in exercises.toml [notes]: on every exercise, on stretches, on flagged ones
EXERCISE_NOTES: tuple[str, ...] = ("stop_if", "swollen_leg", "after_surgery")
# TRIAGE.md findings at level `emergency` or `emergency_ambulance`, in TRIAGE.md order.
EMERGENCY_FINDINGS: tuple[str, ...] = (
    "stroke_signs",
    "chest_symptoms",
    "cauda_equina_signs",
    "both_legs_weak",
    "cold_pale_leg",
    "spine_head_injury",
    "ascending_weakness",
    "foot_infection",
    "compartment_signs",
    "cancer_spine_signs",
)
# The other TRIAGE.md findings, in TRIAGE.md order (tests check both lists against the flow).
OTHER_FINDINGS: tuple[str, ...] = (
    "dvt_signs",
    "rest_pain",
    "rapidly_worsening",
    "back_pain_red_flags",
    "foot_wound",
    "persistent",
    "sciatica_not_improving",
    "claudication",
    "diabetes",
    "both_feet_gradual",
    "medication_started",
    "b12_risk",
    "ms_signs",
    "leg_injury",
    "heavy_alcohol",
    "position_related",
    "sciatica_pattern",
    "anxiety_related",
)
ALL_FINDINGS: tuple[str, ...] = EMERGENCY_FINDINGS + OTHER_FINDINGS


class ContentError(ValueError):
    """Content that cannot be used. `problems` lists every problem found, readable one by one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {n}. {p}" for n, p in enumerate(self.problems, 1))
        super().__init__(f"{len(self.problems)} content problem(s):\n{lines}")


@dataclass(frozen=True)
class Cause:
    kind: ClassVar[Literal["cause"]] = "cause"
    id: str
    group: str
    title: str
    summary: str
    what: str
    signs: str
    helps: str
    get_help: str
    related: tuple[str, ...]
    sources: tuple[str, ...]
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Faq:
    kind: ClassVar[Literal["faq"]] = "faq"
    id: str
    title: str
    summary: str
    answer: str
    get_help: str
    related: tuple[str, ...]
    sources: tuple[str, ...]
    phrases: tuple[str, ...]


Topic = Cause | Faq


@dataclass(frozen=True)
class Pose:
    """How an exercise is drawn: a starting posture, a prop, and keyframes (one keyframe: a
    still picture; more: an animation). Each keyframe maps POSE_ANGLES / POSE_LENGTHS names,
    ``dx`` (a shift in body units), ``seated`` (0/1) and ``base`` to numbers or a base name."""

    base: str
    frames: tuple[Mapping[str, float | str], ...]
    prop: str = "none"
    focus: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    name: str
    steps: tuple[str, ...]
    dose: str
    safety: str
    sources: tuple[str, ...]
    # shared safety notes from [notes] in exercises.toml that apply to this exercise
    notes: tuple[str, ...] = ()
    #: when to stop and get help, specific to this exercise (required in the content)
    stop: str = ""
    #: stretches or massages the leg: never offered to a person with signs of a clot (DVT)
    leg_stretch: bool = True
    pose: Pose | None = None


@dataclass(frozen=True)
class Synonyms:
    """Canonical token -> variants (words or phrases); stop words; on-topic words.

    `anchors` make a question on-topic by themselves, and so does a `body` part with a
    `complaint`; `context` words only when the matched topic covers the whole question
    (see ``content/en/synonyms.toml``).
    """

    groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()
    named_causes: frozenset[str] = frozenset()  # anchors naming a cause: on the subject
    # anchors of the feeling itself: typed beside a leg's body part, on the subject too
    felt: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    body: frozenset[str] = frozenset()
    complaint: frozenset[str] = frozenset()
    # body parts far from the legs and back: a message about only these is not on-topic
    elsewhere: frozenset[str] = frozenset()
    # animals and their vets: a message about an animal's leg, and none of the writer's, is
    # not on-topic ("his hind leg is swollen; I called the vet")
    animals: frozenset[str] = frozenset()
    # feelings: with one of these and no body part at all, "numb" is emotional numbness
    feelings: frozenset[str] = frozenset()
    # joints: a message whose only body parts are these, with no anchor typed and no finding
    # read, is about joint or back pain ("my knee hurts going down stairs"), not our topics
    joints: frozenset[str] = frozenset()
    # words a person speaks of themselves with, and phrases that only look like an animal
    self_words: frozenset[str] = frozenset()
    not_animals: tuple[str, ...] = ()
    # a species named as a patient: with one of these, a message about an animal's legs tells
    # no one's emergency ("couldn't stand on his back legs ... our vet ... a feline aortic
    # thromboembolism")
    vets: frozenset[str] = frozenset()
    # an animal's parts ("back legs", "front end"): a sentence naming an animal and one of
    # these, and none of the writer's own body, tells the animal's signs, not the writer's
    animal_bodies: tuple[str, ...] = ()
    # figures of speech made of our words ("I've been on pins and needles since morning"): with
    # one of these and no body part at all, the message is not about a body
    idioms: frozenset[str] = frozenset()
    # images of the feeling ("fizzy", "buzzing", "ants", "static"): with no body part at all,
    # a message that has no other anchor is about a drink, a phone, a kitchen or a car door
    images: frozenset[str] = frozenset()
    # medicines and vitamins that, named with no body part and no other anchor, make a
    # question about the medicine ("how much b12 should a vegan take")
    bare_names: frozenset[str] = frozenset()
    # another trouble of the legs or feet ("plantar fasciitis", "a blister"): named with no
    # anchor, only `aches`, no `circulation_signs` and no finding but `other_trouble_findings`,
    # the message is about that trouble and is declined
    other_troubles: tuple[str, ...] = ()
    aches: frozenset[str] = frozenset()
    circulation_signs: frozenset[str] = frozenset()
    other_trouble_findings: frozenset[str] = frozenset()
    # anchors that keep a message on the subject no more once it denies pins and needles ("calf
    # cramps every night, no tingling or anything"), besides `aches`
    left_after_denial: frozenset[str] = frozenset()
    # common English words the matcher never mends as typos ("week" is not "weak", "knew" not
    # "knee"), besides the emergency reader's `ordinary` words
    ordinary: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class ContentBundle:
    """All content of one language. Compared and hashed by identity (indexes cache on it)."""

    lang: str
    root: Path
    causes: Mapping[str, Cause]
    faqs: Mapping[str, Faq]
    exercises: Mapping[str, Exercise]
    emergency: EmergencyConfig = field(default_factory=EmergencyConfig)
    synonyms: Synonyms = field(default_factory=Synonyms)

    @property
    def topic_ids(self) -> tuple[str, ...]:
        """Ids a question can be answered with: causes, then FAQs, each in file order."""
        return (*self.causes, *self.faqs)

    def topics(self) -> tuple[Topic, ...]:
        return (*self.causes.values(), *self.faqs.values())

    def item(self, item_id: str) -> Cause | Faq | Exercise:
        for table in (self.causes, self.faqs, self.exercises):
            if item_id in table:
                return table[item_id]
        raise KeyError(f"no content item {item_id!r}")

    def topic(self, item_id: str) -> Topic:
        if item_id in self.causes:
            return self.causes[item_id]
        if item_id in self.faqs:
            return self.faqs[item_id]
        raise KeyError(f"no cause or FAQ {item_id!r}")
