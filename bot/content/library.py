"""The content library: causes, FAQs, exercises, emergency rules and synonyms, as typed data.

Everything here is read from the top-level ``content/<lang>/`` folder with the stdlib `tomllib`
and turned into frozen dataclasses. Reading collects *every* problem it meets (missing file,
bad TOML, missing or mistyped field) and `load_bundle` raises one `ContentError` listing them
all, together with the cross-checks of `bot.content.schema.check_bundle`.

Render helpers (`render_topic`, `render_exercise`) are pure: data in, Telegram-HTML string out.
Section headings are passed in by the caller (they are interface texts, not medical content).
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal

__all__ = [
    "CAUSE_GROUPS",
    "CONTENT_DIR",
    "EMERGENCY_FINDINGS",
    "EXERCISE_KINDS",
    "Cause",
    "ContentBundle",
    "ContentError",
    "EmergencyConfig",
    "EmergencyPattern",
    "EmergencyRule",
    "Exercise",
    "Faq",
    "Rewrite",
    "Synonyms",
    "Term",
    "Topic",
    "load_bundle",
    "parse_pattern",
    "read_bundle",
    "render_exercise",
    "render_topic",
]

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
DEFAULT_LANG = "en"

CAUSE_GROUPS: tuple[str, ...] = ("compression", "circulation", "other")
EXERCISE_KINDS: tuple[str, ...] = ("stretch", "posture")
# TRIAGE.md findings at level `emergency` or `emergency_ambulance`.
EMERGENCY_FINDINGS: tuple[str, ...] = (
    "stroke_signs",
    "chest_symptoms",
    "cauda_equina_signs",
    "both_legs_weak",
    "cold_pale_leg",
    "spine_head_injury",
)

CAUSES_FILE = "causes.toml"
FAQ_FILE = "faq.toml"
EXERCISES_FILE = "exercises.toml"
EMERGENCY_FILE = "emergency.toml"
SYNONYMS_FILE = "synonyms.toml"


class ContentError(ValueError):
    """Content that cannot be used. `problems` lists every problem found, readable one by one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {n}. {p}" for n, p in enumerate(self.problems, 1))
        super().__init__(f"{len(self.problems)} content problem(s):\n{lines}")


# --------------------------------------------------------------------------- data classes


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
class Exercise:
    id: str
    kind: str
    name: str
    steps: tuple[str, ...]
    dose: str
    safety: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One alternative of a pattern group: consecutive words; a word ending in ``*`` is a prefix."""

    words: tuple[tuple[str, bool], ...]  # (word, is_prefix)

    def __str__(self) -> str:
        return " ".join(w + ("*" if p else "") for w, p in self.words)


@dataclass(frozen=True)
class EmergencyPattern:
    """All `groups` must match (any one term of each), un-negated, close together in a sentence."""

    source: str
    groups: tuple[tuple[Term, ...], ...]


@dataclass(frozen=True)
class Rewrite:
    """A regular expression over normalised text (word-bounded), replaced before matching."""

    pattern: str
    to: str


@dataclass(frozen=True)
class EmergencyRule:
    finding: str
    patterns: tuple[EmergencyPattern, ...]
    window: int = 8
    unless: tuple[Term, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmergencyConfig:
    """``emergency.toml``: rules per finding, text rewrites, negation words, self-checks."""

    rules: tuple[EmergencyRule, ...] = ()
    rewrites: tuple[Rewrite, ...] = ()
    negators: frozenset[str] = frozenset()
    pseudo_negation: frozenset[str] = frozenset()
    scope_breakers: frozenset[str] = frozenset()
    negation_scope: int = 5
    not_emergency: tuple[str, ...] = ()
    ordinary_words: frozenset[str] = frozenset()


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
    context: frozenset[str] = frozenset()
    body: frozenset[str] = frozenset()
    complaint: frozenset[str] = frozenset()


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


# --------------------------------------------------------------------------- rendering

TOPIC_HEADINGS = ("signs", "helps", "get_help")


def _block(heading: str, body: str) -> str:
    body = body.strip()
    return f"<b>{heading}</b>\n{body}" if heading else body


def render_topic(item: Topic, headings: Mapping[str, str]) -> str:
    """A cause or FAQ as one Telegram-HTML message.

    `headings` maps ``signs``, ``helps`` and ``get_help`` to already-valid HTML heading texts
    (interface texts); a missing or empty heading leaves the section without one.
    """
    parts = [f"<b>{html.escape(item.title, quote=False)}</b>"]
    if isinstance(item, Cause):
        parts.append(item.what.strip())
        parts.append(_block(headings.get("signs", ""), item.signs))
        parts.append(_block(headings.get("helps", ""), item.helps))
    else:
        parts.append(item.answer.strip())
    parts.append(_block(headings.get("get_help", ""), item.get_help))
    return "\n\n".join(p for p in parts if p)


def render_exercise(ex: Exercise, headings: Mapping[str, str]) -> str:
    """An exercise as one Telegram-HTML message; `headings`: ``steps``, ``dose``, ``safety``."""
    steps = "\n".join(f"{n}. {s.strip()}" for n, s in enumerate(ex.steps, 1))
    parts = [
        f"<b>{html.escape(ex.name, quote=False)}</b>",
        _block(headings.get("steps", ""), steps),
        _block(headings.get("dose", ""), ex.dose),
        _block(headings.get("safety", ""), ex.safety),
    ]
    return "\n\n".join(p for p in parts if p)


# --------------------------------------------------------------------------- reading


def parse_pattern(text: str) -> EmergencyPattern:
    """``"face|mouth + droop*|sag*"``: groups joined by ``+``, alternatives by ``|``.

    Raises ValueError on an empty group or term.
    """
    groups: list[tuple[Term, ...]] = []
    for raw_group in text.split("+"):
        terms: list[Term] = []
        for raw_term in raw_group.split("|"):
            words = raw_term.lower().split()
            if not words:
                raise ValueError(f"empty term in pattern {text!r}")
            parsed: list[tuple[str, bool]] = []
            for w in words:
                prefix = w.endswith("*")
                w = w.rstrip("*")
                if not w or not all(c.isalnum() or c == "_" for c in w):
                    raise ValueError(f"bad word {w!r} in pattern {text!r}")
                parsed.append((w, prefix))
            terms.append(Term(tuple(parsed)))
        groups.append(tuple(terms))
    return EmergencyPattern(text, tuple(groups))


class _Reader:
    """Collects problems while turning raw TOML tables into typed values."""

    def __init__(self, root: Path, lang: str) -> None:
        self.root = root
        self.lang = lang
        self.problems: list[str] = []

    def rel(self, name: str) -> str:
        return f"{self.root.name}/{self.lang}/{name}"

    def read(self, name: str) -> dict[str, Any] | None:
        path = self.root / self.lang / name
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            self.problems.append(f"{self.rel(name)}: file is missing")
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(f"{self.rel(name)}: cannot read ({exc})")
            return None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self.problems.append(f"{self.rel(name)}: invalid TOML: {exc}")
            return None

    def table_list(self, data: dict[str, Any], name: str, key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{self.rel(name)}: '{key}' must be an array of tables [[{key}]]")
            return []
        return value

    def text(self, where: str, table: dict[str, Any], key: str, *, empty_ok: bool = False) -> str:
        value = table.get(key)
        if value is None:
            self.problems.append(f"{where}: field '{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{where}: field '{key}' must be a string")
            return ""
        if not empty_ok and not value.strip():
            self.problems.append(f"{where}: field '{key}' is empty")
        return value

    def strings(
        self, where: str, table: dict[str, Any], key: str, *, required: bool
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            if required:
                self.problems.append(f"{where}: field '{key}' is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}: field '{key}' must be a list of strings")
            return ()
        return tuple(value)

    def unknown(self, where: str, table: dict[str, Any], allowed: set[str]) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            self.problems.append(f"{where}: unknown field(s) {', '.join(map(repr, extra))}")


def _item_id(r: _Reader, file: str, kind: str, table: dict[str, Any], n: int) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not value.strip():
        r.problems.append(f"{r.rel(file)}: {kind} #{n}: field 'id' is missing or not a string")
        return ""
    return value


def _read_causes(r: _Reader) -> list[Cause]:
    data = r.read(CAUSES_FILE)
    if data is None:
        return []
    out: list[Cause] = []
    fields = {"id", "group", "title", "summary", "what", "signs", "helps", "get_help"}
    lists = {"related", "sources", "phrases"}
    for n, t in enumerate(r.table_list(data, CAUSES_FILE, "cause"), 1):
        item_id = _item_id(r, CAUSES_FILE, "cause", t, n)
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


def _read_faqs(r: _Reader) -> list[Faq]:
    data = r.read(FAQ_FILE)
    if data is None:
        return []
    out: list[Faq] = []
    fields = {"id", "title", "summary", "answer", "get_help"}
    lists = {"related", "sources", "phrases"}
    for n, t in enumerate(r.table_list(data, FAQ_FILE, "faq"), 1):
        item_id = _item_id(r, FAQ_FILE, "faq", t, n)
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


def _read_exercises(r: _Reader) -> list[Exercise]:
    data = r.read(EXERCISES_FILE)
    if data is None:
        return []
    out: list[Exercise] = []
    fields = {"id", "kind", "name", "dose", "safety", "steps", "sources"}
    for n, t in enumerate(r.table_list(data, EXERCISES_FILE, "exercise"), 1):
        item_id = _item_id(r, EXERCISES_FILE, "exercise", t, n)
        where = f"{r.rel(EXERCISES_FILE)}: exercise '{item_id or '#' + str(n)}'"
        r.unknown(where, t, fields)
        out.append(
            Exercise(
                id=item_id,
                kind=r.text(where, t, "kind"),
                name=r.text(where, t, "name"),
                steps=r.strings(where, t, "steps", required=True),
                dose=r.text(where, t, "dose"),
                safety=r.text(where, t, "safety"),
                sources=r.strings(where, t, "sources", required=True),
            )
        )
    return out


def _terms(r: _Reader, where: str, texts: tuple[str, ...]) -> tuple[Term, ...]:
    out: list[Term] = []
    for text in texts:
        try:
            pattern = parse_pattern(text)
        except ValueError as exc:
            r.problems.append(f"{where}: {exc}")
            continue
        if len(pattern.groups) != 1:
            r.problems.append(f"{where}: {text!r} must be one group (no '+')")
            continue
        out.extend(pattern.groups[0])
    return tuple(out)


def _read_emergency(r: _Reader) -> EmergencyConfig:
    data = r.read(EMERGENCY_FILE)
    if data is None:
        return EmergencyConfig()
    rel = r.rel(EMERGENCY_FILE)
    r.unknown(rel, data, {"rewrite", "rule", "negation", "checks", "ordinary"})
    rewrites: list[Rewrite] = []
    for n, t in enumerate(r.table_list(data, EMERGENCY_FILE, "rewrite"), 1):
        where = f"{rel}: rewrite #{n}"
        r.unknown(where, t, {"from", "to"})
        src = r.text(where, t, "from")
        to = r.text(where, t, "to", empty_ok=True)
        try:
            re.compile(src)
        except re.error as exc:
            r.problems.append(f"{where}: bad regular expression {src!r} ({exc})")
            continue
        rewrites.append(Rewrite(src, to))
    rules: list[EmergencyRule] = []
    for n, t in enumerate(r.table_list(data, EMERGENCY_FILE, "rule"), 1):
        finding = t.get("finding")
        where = f"{rel}: rule #{n} ({finding})"
        r.unknown(where, t, {"finding", "window", "patterns", "unless", "examples"})
        if finding not in EMERGENCY_FINDINGS:
            r.problems.append(f"{where}: 'finding' must be one of {', '.join(EMERGENCY_FINDINGS)}")
            continue
        window = _small_int(r, where, t, "window", 8)
        patterns: list[EmergencyPattern] = []
        for text in r.strings(where, t, "patterns", required=True):
            try:
                patterns.append(parse_pattern(text))
            except ValueError as exc:
                r.problems.append(f"{where}: {exc}")
        if not patterns:
            r.problems.append(f"{where}: field 'patterns' is empty")
        unless = _terms(r, where, r.strings(where, t, "unless", required=False))
        examples = r.strings(where, t, "examples", required=False)
        rules.append(EmergencyRule(str(finding), tuple(patterns), window, unless, examples))
    neg = data.get("negation", {})
    if not isinstance(neg, dict):
        r.problems.append(f"{rel}: [negation] must be a table")
        neg = {}
    where = f"{rel}: [negation]"
    r.unknown(where, neg, {"negators", "pseudo", "breakers", "scope"})
    checks = data.get("checks", {})
    if not isinstance(checks, dict):
        r.problems.append(f"{rel}: [checks] must be a table")
        checks = {}
    return EmergencyConfig(
        rules=tuple(rules),
        rewrites=tuple(rewrites),
        negators=frozenset(r.strings(where, neg, "negators", required=True)),
        pseudo_negation=frozenset(r.strings(where, neg, "pseudo", required=False)),
        scope_breakers=frozenset(r.strings(where, neg, "breakers", required=False)),
        negation_scope=_small_int(r, where, neg, "scope", 5),
        not_emergency=r.strings(f"{rel}: [checks]", checks, "not_emergency", required=False),
        ordinary_words=frozenset(
            w.lower() for w in r.strings(rel, data, "ordinary", required=False)
        ),
    )


def _small_int(r: _Reader, where: str, table: dict[str, Any], key: str, default: int) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 30:
        r.problems.append(f"{where}: '{key}' must be a whole number from 1 to 30")
        return default
    return value


def _read_synonyms(r: _Reader) -> Synonyms:
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
    r = _Reader(base, lang)
    causes = _read_causes(r)
    faqs = _read_faqs(r)
    exercises = _read_exercises(r)
    emergency = _read_emergency(r)
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


def _load(lang: str, root: Path | None) -> ContentBundle:
    from bot.content.schema import check_bundle

    bundle, problems = read_bundle(lang, root)
    problems = problems + check_bundle(bundle)
    if problems:
        raise ContentError(problems)
    return bundle


@cache
def _load_default(lang: str) -> ContentBundle:
    return _load(lang, None)


def load_bundle(lang: str = DEFAULT_LANG, root: Path | None = None) -> ContentBundle:
    """The validated content of `lang` (cached for the default root). Raises ContentError."""
    if root is None:
        return _load_default(lang)
    return _load(lang, root)
