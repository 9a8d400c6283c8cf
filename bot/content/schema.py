"""Validation of everything under ``content/``: a readable list of problems, empty when fine.

`check_bundle` checks a read bundle (required ids, references, lengths, Telegram HTML, the
length of every rendered screen). `validate` reads a language folder and adds the checks of the
interface texts (`bot.content.texts.validate_texts`), of the triage flow
(`bot.triage.flow.validate_flow`) and of the time-zone places
(`bot.reminders.tzinput.validate_timezones`) when those modules exist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.content.models import (
    CAUSE_GROUPS,
    EMERGENCY_FINDINGS,
    EXERCISE_KINDS,
    Cause,
    ContentBundle,
    Exercise,
    Faq,
)
from bot.content.render import render_exercise, render_topic
from bot.content.toml_reader import (
    CAUSES_FILE,
    EMERGENCY_FILE,
    EXERCISES_FILE,
    FAQ_FILE,
    SYNONYMS_FILE,
)

__all__ = [
    "MAX_MESSAGE",
    "MIN_EXERCISES",
    "REQUIRED_CAUSES",
    "REQUIRED_FAQS",
    "check_bundle",
]

REQUIRED_CAUSES: tuple[str, ...] = (
    "nerve-compression",
    "sciatica",
    "peripheral-neuropathy",
    "poor-circulation",
    "dvt",
    "pad",
    "nerve-damage",
    "multiple-sclerosis",
)
REQUIRED_FAQS: tuple[str, ...] = (
    "faq-anxiety-stress",
    "faq-frequent",
    "faq-home-remedies",
    "faq-medications",
    "faq-age",
    "faq-nutrition",
    "faq-emergency",
)
MIN_EXERCISES = 12
MAX_MESSAGE = 4096  # Telegram: message text, after entity parsing
MAX_CAPTION = 1024  # Telegram: a photo or animation caption, after entity parsing
CAPTION_HEADROOM = 120  # the reminder title and the catch-up line above and below
MAX_TITLE = 40
MAX_SUMMARY = 160
# Rendered screens are measured with headings this long, longer than any real heading.
_SAMPLE_HEADING = "H" * 60
# reminder captions: section headings of up to 20 characters (interface texts, remind.toml)
_CAPTION_HEADINGS = {k: "H" * 20 for k in ("steps", "dose", "safety")}
_HEADINGS = {k: _SAMPLE_HEADING for k in ("signs", "helps", "get_help", "steps", "dose", "safety")}


def _html_checker() -> Callable[[str], tuple[str, list[str]]]:
    """(plain text, errors) of a Telegram-HTML string."""
    try:
        from bot.tghtml import parse_html
    except ImportError:  # pragma: no cover - the parser ships with the package

        def fallback(text: str) -> tuple[str, list[str]]:
            return text, []

        return fallback

    def check(text: str) -> tuple[str, list[str]]:
        parsed = parse_html(text)
        return parsed.plain, list(parsed.errors)

    return check


def _where(bundle: ContentBundle, file: str) -> str:
    return f"{bundle.root.name}/{bundle.lang}/{file}"


def _html_fields(item: Cause | Faq | Exercise) -> Iterator[tuple[str, str]]:
    if isinstance(item, Cause):
        yield from (
            ("what", item.what),
            ("signs", item.signs),
            ("helps", item.helps),
            ("get_help", item.get_help),
        )
    elif isinstance(item, Faq):
        yield from (("answer", item.answer), ("get_help", item.get_help))
    else:
        for n, step in enumerate(item.steps, 1):
            yield f"steps[{n}]", step
        yield from (("dose", item.dose), ("safety", item.safety), ("stop", item.stop))


def check_bundle(bundle: ContentBundle) -> list[str]:
    """Cross-checks of a read bundle. Returns problems, one readable line each."""
    problems: list[str] = []
    html_check = _html_checker()
    causes_at = _where(bundle, CAUSES_FILE)
    faqs_at = _where(bundle, FAQ_FILE)
    ex_at = _where(bundle, EXERCISES_FILE)

    for req in REQUIRED_CAUSES:
        if req not in bundle.causes:
            problems.append(f"{causes_at}: required cause '{req}' is missing")
    for req in REQUIRED_FAQS:
        if req not in bundle.faqs:
            problems.append(f"{faqs_at}: required faq '{req}' is missing")
    if len(bundle.exercises) < MIN_EXERCISES:
        problems.append(
            f"{ex_at}: {len(bundle.exercises)} exercises, at least {MIN_EXERCISES} are needed"
        )

    all_ids = set(bundle.causes) | set(bundle.faqs) | set(bundle.exercises)
    items: list[tuple[str, str, Cause | Faq | Exercise]] = [
        *((causes_at, "cause", c) for c in bundle.causes.values()),
        *((faqs_at, "faq", f) for f in bundle.faqs.values()),
        *((ex_at, "exercise", e) for e in bundle.exercises.values()),
    ]
    for file, kind, item in items:
        where = f"{file}: {kind} '{item.id}'"
        if not all(c.isdigit() or c == "-" or (c.isalpha() and c.islower()) for c in item.id):
            problems.append(f"{where}: id must be lower-case letters, digits and '-'")
        if not item.sources:
            problems.append(f"{where}: field 'sources' is empty")
        elif any(not s.strip() for s in item.sources):
            problems.append(f"{where}: field 'sources' has an empty entry")
        for name, text in _html_fields(item):
            if not text.strip():
                continue  # reported by the reader when required
            _, errors = html_check(text)
            if errors:
                problems.append(f"{where}: field '{name}' is not valid Telegram HTML: {errors[0]}")
        if isinstance(item, Exercise):
            if item.kind not in EXERCISE_KINDS:
                problems.append(f"{where}: 'kind' must be one of {', '.join(EXERCISE_KINDS)}")
            if len(item.name) > MAX_TITLE:
                problems.append(f"{where}: 'name' is {len(item.name)} characters, max {MAX_TITLE}")
            if not 2 <= len(item.steps) <= 6:
                problems.append(f"{where}: 'steps' has {len(item.steps)} entries, needs 2 to 6")
            screen = render_exercise(item, _HEADINGS)
        else:
            if isinstance(item, Cause) and item.group not in CAUSE_GROUPS:
                problems.append(f"{where}: 'group' must be one of {', '.join(CAUSE_GROUPS)}")
            if len(item.title) > MAX_TITLE:
                problems.append(
                    f"{where}: 'title' is {len(item.title)} characters, max {MAX_TITLE}"
                )
            if len(item.summary) > MAX_SUMMARY:
                problems.append(
                    f"{where}: 'summary' is {len(item.summary)} characters, max {MAX_SUMMARY}"
                )
            if any(ch in item.summary for ch in "<>"):
                problems.append(f"{where}: 'summary' must be plain text (no '<' or '>')")
            for ref in item.related:
                if ref == item.id:
                    problems.append(f"{where}: 'related' refers to itself")
                elif ref not in all_ids:
                    problems.append(f"{where}: 'related' id '{ref}' does not exist")
            if not item.phrases:
                problems.append(f"{where}: field 'phrases' is empty (typed questions need them)")
            screen = render_topic(item, _HEADINGS)
        plain, errors = html_check(screen)
        if errors:
            # field errors are reported above; only report screen errors when fields were fine
            if not any(html_check(t)[1] for _, t in _html_fields(item) if t.strip()):
                problems.append(f"{where}: rendered screen is not valid HTML: {errors[0]}")
        elif len(plain) > MAX_MESSAGE:
            problems.append(
                f"{where}: rendered screen is {len(plain)} characters, max {MAX_MESSAGE}"
            )
        elif isinstance(item, Exercise):
            # a reminder sends the exercise as a picture's caption, with a title line above
            caption, _ = html_check(render_exercise(item, _CAPTION_HEADINGS))
            if len(caption) > MAX_CAPTION - CAPTION_HEADROOM:
                problems.append(
                    f"{where}: rendered exercise is {len(caption)} characters, max "
                    f"{MAX_CAPTION - CAPTION_HEADROOM} (it is a picture's caption in reminders)"
                )

    em_at = _where(bundle, EMERGENCY_FILE)
    covered = {r.finding for r in bundle.emergency.rules}
    for finding in EMERGENCY_FINDINGS:
        if finding not in covered:
            problems.append(f"{em_at}: no rule detects the emergency finding '{finding}'")
    syn_at = _where(bundle, SYNONYMS_FILE)
    if not bundle.synonyms.anchors:
        problems.append(f"{syn_at}: 'anchors' is empty (off-topic questions need it)")
    return problems
