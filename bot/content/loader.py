"""Reading every content file of one language into a `ContentBundle`, with all problems."""

from __future__ import annotations

from pathlib import Path

from bot.content.emergency import read_emergency
from bot.content.models import (
    EXERCISE_NOTES,
    POSE_ANGLES,
    POSE_BASES,
    POSE_FOCUS,
    POSE_LENGTHS,
    POSE_PROPS,
    Cause,
    ContentBundle,
    Exercise,
    Faq,
    Pose,
    Synonyms,
)
from bot.content.toml_reader import (
    CAUSES_FILE,
    CONTENT_DIR,
    DEFAULT_LANG,
    EXERCISES_FILE,
    FAQ_FILE,
    SYNONYMS_FILE,
    Reader,
    flag,
    read_items,
)


def _read_causes(r: Reader) -> list[Cause]:
    data = r.read(CAUSES_FILE)
    if data is None:
        return []
    out: list[Cause] = []
    fields = {"id", "group", "title", "summary", "what", "signs", "helps", "get_help"}
    lists = {"related", "sources", "phrases"}
    for item_id, where, t in read_items(r, data, CAUSES_FILE, "cause", fields | lists):
        out.append(
            Cause(
                id=item_id,
                group=r.text(where, t, "group"),
                title=r.text(where, t, "title"),
                summary=r.text(where, t, "summary"),
                what=r.text(where, t, "what"),
                signs=r.text(where, t, "signs"),
                helps=r.text(where, t, "helps"),
                get_help=r.text(where, t, "get_help"),
                related=r.strings(where, t, "related", required=False),
                sources=r.strings(where, t, "sources", required=True),
                phrases=r.strings(where, t, "phrases", required=False),
            )
        )
    return out


def _read_faqs(r: Reader) -> list[Faq]:
    data = r.read(FAQ_FILE)
    if data is None:
        return []
    out: list[Faq] = []
    fields = {"id", "title", "summary", "answer", "get_help"}
    lists = {"related", "sources", "phrases"}
    for item_id, where, t in read_items(r, data, FAQ_FILE, "faq", fields | lists):
        out.append(
            Faq(
                id=item_id,
                title=r.text(where, t, "title"),
                summary=r.text(where, t, "summary"),
                answer=r.text(where, t, "answer"),
                get_help=r.text(where, t, "get_help"),
                related=r.strings(where, t, "related", required=False),
                sources=r.strings(where, t, "sources", required=True),
                phrases=r.strings(where, t, "phrases", required=False),
            )
        )
    return out


def _read_exercises(r: Reader) -> list[Exercise]:
    data = r.read(EXERCISES_FILE)
    if data is None:
        return []
    out: list[Exercise] = []
    fields = {"id", "kind", "name", "dose", "safety", "steps", "sources", "surgery_caution"}
    fields |= {"stop", "leg_stretch", "pose"}
    raw_notes = data.get("notes", {})
    if not isinstance(raw_notes, dict):
        r.problems.append(f"{r.rel(EXERCISES_FILE)}: [notes] must be a table")
        raw_notes = {}
    nwhere = f"{r.rel(EXERCISES_FILE)}: [notes]"
    r.unknown(nwhere, raw_notes, set(EXERCISE_NOTES))
    notes = {key: r.text(nwhere, raw_notes, key) for key in EXERCISE_NOTES}
    for item_id, where, t in read_items(r, data, EXERCISES_FILE, "exercise", fields):
        kind = r.text(where, t, "kind")
        caution = flag(r, where, t, "surgery_caution")
        stop = r.text(where, t, "stop")
        applies = [
            notes["swollen_leg"] if kind == "stretch" else "",
            notes["after_surgery"] if caution else "",
            notes["stop_if"],
        ]
        out.append(
            Exercise(
                id=item_id,
                kind=kind,
                name=r.text(where, t, "name"),
                steps=r.strings(where, t, "steps", required=True),
                dose=r.text(where, t, "dose"),
                safety=r.text(where, t, "safety"),
                sources=r.strings(where, t, "sources", required=True),
                notes=tuple(n for n in applies if n),
                stop=stop,
                leg_stretch=_required_flag(r, where, t, "leg_stretch"),
                pose=_read_pose(r, where, t.get("pose")),
            )
        )
    return out


def _required_flag(r: Reader, where: str, t: dict[str, object], key: str) -> bool:
    """A true/false field that must be written out (a safety property: no silent default).
    Missing or wrong: reported, and read as True (the cautious answer)."""
    value = t.get(key)
    if not isinstance(value, bool):
        r.problems.append(f"{where}: '{key}' must be written as true or false")
        return True
    return value


def _read_pose(r: Reader, where: str, raw: object) -> Pose | None:
    """The [exercise.pose] table; None when absent (the illustration check reports that)."""
    if raw is None:
        return None
    where = f"{where}: pose"
    if not isinstance(raw, dict):
        r.problems.append(f"{where}: must be a table")
        return None
    r.unknown(where, raw, {"base", "prop", "focus", "frames"})
    base, prop = raw.get("base"), raw.get("prop", "none")
    if base not in POSE_BASES:
        r.problems.append(f"{where}: 'base' must be one of {', '.join(POSE_BASES)}")
        return None
    if prop not in POSE_PROPS:
        r.problems.append(f"{where}: 'prop' must be one of {', '.join(POSE_PROPS)}")
        prop = "none"
    focus = raw.get("focus", [])
    if not isinstance(focus, list) or any(f not in POSE_FOCUS for f in focus):
        r.problems.append(f"{where}: 'focus' entries must be among {', '.join(POSE_FOCUS)}")
        focus = []
    frames_raw = raw.get("frames")
    if not isinstance(frames_raw, list) or not 1 <= len(frames_raw) <= 6:
        r.problems.append(f"{where}: 'frames' must be a list of 1 to 6 keyframes")
        return None
    frames: list[dict[str, float | str]] = []
    for k, fr in enumerate(frames_raw, 1):
        fwhere = f"{where}: frame {k}"
        if not isinstance(fr, dict):
            r.problems.append(f"{fwhere}: must be a table of joint = degrees")
            continue
        frame: dict[str, float | str] = {}
        for key, value in fr.items():
            if key == "base":
                if value not in POSE_BASES:
                    r.problems.append(f"{fwhere}: 'base' must be one of {', '.join(POSE_BASES)}")
                else:
                    frame[key] = str(value)
            elif key == "seated" and isinstance(value, bool):
                frame[key] = 1.0 if value else 0.0
            elif (
                (key in POSE_ANGLES and _number(value) and -180 <= float(value) <= 180)
                or (key in POSE_LENGTHS and _number(value) and 0.2 <= float(value) <= 1.5)
                or (key == "dx" and _number(value) and -2 <= float(value) <= 2)
            ):
                frame[key] = float(value)
            else:
                r.problems.append(f"{fwhere}: {key} = {value!r} is not a known joint angle")
        frames.append(frame)
    return Pose(base=str(base), frames=tuple(frames), prop=str(prop), focus=tuple(focus))


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _read_synonyms(r: Reader) -> Synonyms:
    data = r.read(SYNONYMS_FILE)
    if data is None:
        return Synonyms()
    rel = r.rel(SYNONYMS_FILE)
    r.unknown(
        rel,
        data,
        {
            "stopwords",
            "anchors",
            "named_causes",
            "felt",
            "context",
            "body",
            "complaint",
            "elsewhere",
            "animals",
            "joints",
            "feelings",
            "self_words",
            "not_animals",
            "vets",
            "animal_bodies",
            "idioms",
            "images",
            "bare_names",
            "other_troubles",
            "aches",
            "circulation_signs",
            "other_trouble_findings",
            "left_after_denial",
            "ordinary",
            "synonyms",
        },
    )
    groups: dict[str, tuple[str, ...]] = {}
    raw = data.get("synonyms", {})
    if not isinstance(raw, dict):
        r.problems.append(f"{rel}: [synonyms] must be a table")
        raw = {}
    for key, variants in raw.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            r.problems.append(f"{rel}: synonym '{key}' must be a list of strings")
            continue
        if not key.isalnum() or key != key.lower():
            r.problems.append(f"{rel}: synonym key '{key}' must be one lower-case word")
            continue
        groups[key] = tuple(v.lower() for v in variants)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in r.strings(rel, data, key, required=False))

    return Synonyms(
        groups,
        stopwords=words("stopwords"),
        anchors=words("anchors"),
        named_causes=words("named_causes"),
        felt=words("felt"),
        context=words("context"),
        body=words("body"),
        complaint=words("complaint"),
        elsewhere=words("elsewhere"),
        animals=words("animals"),
        joints=words("joints"),
        feelings=words("feelings"),
        self_words=words("self_words"),
        not_animals=tuple(sorted(words("not_animals"))),
        vets=words("vets"),
        animal_bodies=tuple(sorted(words("animal_bodies"))),
        idioms=words("idioms"),
        images=words("images"),
        bare_names=words("bare_names"),
        other_troubles=tuple(sorted(words("other_troubles"))),
        aches=words("aches"),
        circulation_signs=words("circulation_signs"),
        other_trouble_findings=words("other_trouble_findings"),
        left_after_denial=words("left_after_denial"),
        ordinary=words("ordinary"),
    )


def read_bundle(
    lang: str = DEFAULT_LANG, root: Path | None = None
) -> tuple[ContentBundle, list[str]]:
    """Read every content file of `lang`; never raises. Returns the bundle and the problems."""
    base = root or CONTENT_DIR
    r = Reader(base, lang)
    causes = _read_causes(r)
    faqs = _read_faqs(r)
    exercises = _read_exercises(r)
    emergency = read_emergency(r)
    synonyms = _read_synonyms(r)
    bundle = ContentBundle(
        lang=lang,
        root=base,
        causes={c.id: c for c in causes if c.id},
        faqs={f.id: f for f in faqs if f.id},
        exercises={e.id: e for e in exercises if e.id},
        emergency=emergency,
        synonyms=synonyms,
    )
    problems = r.problems
    # duplicates inside one file are lost by the dicts above; report them here
    seen: dict[str, str] = {}
    for file, ids in (
        (CAUSES_FILE, [c.id for c in causes]),
        (FAQ_FILE, [f.id for f in faqs]),
        (EXERCISES_FILE, [e.id for e in exercises]),
    ):
        for item_id in ids:
            if not item_id:
                continue
            if item_id in seen:
                problems.append(
                    f"{r.rel(file)}: duplicate id '{item_id}' (already used in {seen[item_id]})"
                )
            else:
                seen[item_id] = r.rel(file)
    return bundle, problems
