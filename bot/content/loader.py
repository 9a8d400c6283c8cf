"""Reading every content file of one language into a `ContentBundle`, with all problems."""

from __future__ import annotations

from pathlib import Path

from bot.content.emergency import read_emergency
from bot.content.models import EXERCISE_NOTES, Cause, ContentBundle, Exercise, Faq, Synonyms
from bot.content.toml_reader import (
    CAUSES_FILE,
    CONTENT_DIR,
    DEFAULT_LANG,
    EXERCISES_FILE,
    FAQ_FILE,
    SYNONYMS_FILE,
    Reader,
    flag,
    read_item_id,
)


def _read_causes(r: Reader) -> list[Cause]:
    data = r.read(CAUSES_FILE)
    if data is None:
        return []
    out: list[Cause] = []
    fields = {"id", "group", "title", "summary", "what", "signs", "helps", "get_help"}
    lists = {"related", "sources", "phrases"}
    for n, t in enumerate(r.table_list(data, CAUSES_FILE, "cause"), 1):
        item_id = read_item_id(r, CAUSES_FILE, "cause", t, n)
        where = f"{r.rel(CAUSES_FILE)}: cause '{item_id or '#' + str(n)}'"
        r.unknown(where, t, fields | lists)
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
    for n, t in enumerate(r.table_list(data, FAQ_FILE, "faq"), 1):
        item_id = read_item_id(r, FAQ_FILE, "faq", t, n)
        where = f"{r.rel(FAQ_FILE)}: faq '{item_id or '#' + str(n)}'"
        r.unknown(where, t, fields | lists)
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
    raw_notes = data.get("notes", {})
    if not isinstance(raw_notes, dict):
        r.problems.append(f"{r.rel(EXERCISES_FILE)}: [notes] must be a table")
        raw_notes = {}
    nwhere = f"{r.rel(EXERCISES_FILE)}: [notes]"
    r.unknown(nwhere, raw_notes, set(EXERCISE_NOTES))
    notes = {key: r.text(nwhere, raw_notes, key) for key in EXERCISE_NOTES}
    for n, t in enumerate(r.table_list(data, EXERCISES_FILE, "exercise"), 1):
        item_id = read_item_id(r, EXERCISES_FILE, "exercise", t, n)
        where = f"{r.rel(EXERCISES_FILE)}: exercise '{item_id or '#' + str(n)}'"
        r.unknown(where, t, fields)
        kind = r.text(where, t, "kind")
        caution = flag(r, where, t, "surgery_caution")
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
            )
        )
    return out


def _read_synonyms(r: Reader) -> Synonyms:
    data = r.read(SYNONYMS_FILE)
    if data is None:
        return Synonyms()
    rel = r.rel(SYNONYMS_FILE)
    r.unknown(rel, data, {"stopwords", "anchors", "context", "body", "complaint", "synonyms"})
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
        context=words("context"),
        body=words("body"),
        complaint=words("complaint"),
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
