"""Typed answers to a triage question: yes / no / none, "all", item numbers, the items' words.

Typo-tolerant (rapidfuzz), and careful: a negated mention ("no chest pain") is never guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.triage.models import Flow, Question

_NONE_PHRASES: Final = (
    "no",
    "none",
    "nope",
    "nah",
    "nop",
    "non",
    "neither",
    "nothing",
    "no none",
    "none of these",
    "none of those",
    "none of them",
    "none of the above",
    "no to all",
    "no to all of them",
    "not really",
    "no i don't",
    "no i do not",
    "i don't",
    "no i haven't",
    "i don't have any",
    "i don't have any of these",
    "i don't have any of those",
    "i have none of these",
    "nothing like that",
    "no thanks",
    "all no",
)
_YES_PHRASES: Final = (
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "yea",
    "ya",
    "aye",
    "sure",
    "correct",
    "i do",
    "i have",
    "yes i do",
    "yes i have",
    "that's right",
    "true",
)
_ALL_PHRASES: Final = (
    "all",
    "all of them",
    "all of these",
    "all of those",
    "all of the above",
    "everything",
    "yes all",
    "yes to all",
)
_DONE_PHRASES: Final = ("done", "finished", "that's all", "that's it", "next", "continue")
_FILLER: Final = frozenset(
    {
        *("yes", "yeah", "yep", "i", "i've", "ive", "have", "had", "has", "got", "my"),
        *("the", "a", "an", "it", "its", "it's", "im", "i'm", "also", "and", "some", "bit"),
        *("of", "in", "on", "is", "am", "are", "with", "me", "feel", "feels", "like"),
    }
)
_KEYWORD_STOP: Final = frozenset({"my", "the", "a", "an", "i", "it", "of", "is", "or", "to"})
_NEGATION_RE: Final = re.compile(
    r"\b(no|never|without|nor|neither|none|don't|dont|do not|haven't|havent|have not|"
    r"i'm not|im not|am not|isn't|aren't|not really)\b"
)
_SPLIT_RE: Final = re.compile(r"\s*(?:,|;|\n|&|\+|\band\b|\balso\b|\bplus\b)\s*")
_MATCH_THRESHOLD: Final = 88.0
_NUMBER_WORDS: Final = {
    w: str(i)
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1
    )
}


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("`", "'")
    text = re.sub(r"[^\w'\s,;&+\n]", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip(" '")


def _close(text: str, phrases: Iterable[str]) -> bool:
    """Typo-tolerant whole-text phrase match (Damerau/OSA distance, scaled by length)."""
    for phrase in phrases:
        if text == phrase:
            return True
        # Short words only exactly; longer ones allow a typo, keeping the first letter
        # ("noen", "nonee of these"), so "one" or "yah" never read as "none" or "nah".
        allowed = 0 if len(phrase) < 4 else 1 if len(phrase) < 8 else 2
        if not allowed or text[:1] != phrase[:1]:
            continue
        if OSA.distance(text, phrase, score_cutoff=allowed) <= allowed:
            return True
    return False


def _token_hit(word: str, tokens: list[str]) -> bool:
    if len(word) <= 4:
        return word in tokens
    return any(fuzz.ratio(word, t) >= 80 for t in tokens)


def _is_none(text: str) -> bool:
    return _close(text, _NONE_PHRASES) or re.fullmatch(r"n+o+", text) is not None


def _keyword_hit(part: str, tokens: list[str], keyword: str) -> bool:
    """Does `part` (with its `tokens`) mention `keyword`, allowing typos and words between?"""
    keyword = keyword.lower()
    words = [w for w in re.findall(r"[\w']+", keyword) if w not in _KEYWORD_STOP]
    if not words:
        return False
    if len(keyword) <= 4 and len(words) == 1:
        return keyword in tokens
    if len(part) >= len(keyword):
        if fuzz.partial_ratio(keyword, part) >= _MATCH_THRESHOLD:
            return True
    elif fuzz.ratio(keyword, part) >= _MATCH_THRESHOLD:
        return True
    return all(_token_hit(w, tokens) for w in words)


def _matches(flow: Flow, question: Question, part: str) -> set[str]:
    tokens = re.findall(r"[\w']+", part)
    hits: set[str] = set()
    for finding_id in question.findings:
        finding = flow.findings[finding_id]
        keywords = (_norm(finding.label), *finding.words)
        if any(_keyword_hit(part, tokens, kw) for kw in keywords):
            hits.add(finding_id)
    return hits


def parse_typed(
    flow: Flow, question: Question, text: str, ticked: frozenset[str] = frozenset()
) -> frozenset[str] | None:
    """A typed answer to `question` as the findings it selects, or None if it can't tell.

    Understands yes / no / none / "none of these", "all of them", "done" (keeps `ticked`),
    item numbers ("1 and 3"), and the items' own words, with typos. A negated mention of an
    item ("no chest pain") is not guessed at: None, so the question is asked again.
    """
    norm = _norm(text)
    if not norm:
        return None
    plain = re.sub(r"[,;&+\n]", " ", norm).strip()
    plain = re.sub(r"\s+", " ", plain)
    if _close(plain, _DONE_PHRASES):
        return ticked if question.kind == "checklist" else None
    parts = [p.strip() for p in _SPLIT_RE.split(norm) if p.strip()]
    if _is_none(plain) or (parts and all(_is_none(p) for p in parts)):  # "nope, none of these"
        return frozenset()
    if question.kind == "checklist" and (
        _close(plain, _ALL_PHRASES) or (plain == "both" and len(question.findings) == 2)
    ):
        return frozenset(question.findings)
    if _close(plain, _YES_PHRASES) or re.fullmatch(r"y+e+s+", plain):
        if len(question.findings) == 1:
            return frozenset(question.findings)
        return None
    tokens = [_NUMBER_WORDS.get(t, t) for t in re.findall(r"[\w']+", plain)]
    if tokens and all(t.isdigit() or t == "and" for t in tokens):
        if question.kind != "checklist":
            return None
        picked: set[str] = set()
        for token in tokens:
            if token == "and":
                continue
            index = int(token) - 1
            if not 0 <= index < len(question.findings):
                return None
            picked.add(question.findings[index])
        return frozenset(picked) if picked else None
    selected: set[str] = set()
    for part in parts:
        part_tokens = re.findall(r"[\w']+", part)
        if not part_tokens or all(t in _FILLER for t in part_tokens):
            continue
        hits = _matches(flow, question, part)
        if not hits:
            return None
        selected |= hits
    if not selected or _NEGATION_RE.search(plain):
        return None
    return frozenset(selected)
