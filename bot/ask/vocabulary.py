"""The reader's words: the text rewritten and mended, and each token read as the rule words it
stands for - exactly, as a prefix ("tingl*"), or with one slip ("bladdr", "slured").

Built once from ``emergency.toml`` and ``findings.toml`` (every word of every rule, exception
and context list) and the content's own vocabulary; see the comments at the top of
``emergency.toml``. Hand-written for the same reason as the reader (`bot/ask/emergency.py`):
the slip rule is tuned to this vocabulary (never the first letter, ordinary words never
mended) and costs microseconds a word with its caches.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from rapidfuzz.distance import OSA

from bot.ask.normalize import tokenize
from bot.content.emergency_models import EmergencyConfig, Rewrite

__all__ = ["Vocabulary"]

_MAX_CACHE = 20_000
# a rewrite that only swaps single words ("piernas|beine|jambes" -> "legs")
_WORDS_ONLY = re.compile(r"[a-z]+(\|[a-z]+)*")
_Replacement = str | Callable[[re.Match[str]], str]
# a rewrite: its expression, its replacement, sets of strings each of its matches contains one
# of each of (`needs_of`; none: it is tried on every text), and its probe (`_probe`)
_Rewrite = tuple[re.Pattern[str], _Replacement, tuple[frozenset[str], ...], re.Pattern[str]]
_WORD_START = r"(?<![a-z0-9])"
# the start of the text in an expression: a caret that opens no class and is not escaped
_START = re.compile(r"(?<!\[)(?<!\\)\^")
# longer lists of needed strings cost about what the expression costs
_MAX_NEEDED = 40
# the most sets of needed strings a rewrite is checked for (`needs_of`)
_MAX_NEEDS = 4


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{_WORD_START}(?:{pattern})(?![a-z0-9])")


def _probe(pattern: str) -> re.Pattern[str]:
    """An expression that finds a match of `_bounded(pattern)` in `text` exactly when it is
    searched for in `" " + text`: the character before a match is consumed instead of looked
    behind at. The answer is the same, but the engine can then skip ahead to the characters a
    match can begin with; an expression that opens by looking behind is tried at every
    position of the text, and most rewrites are tried on a text that has no match (about
    one in sixty changes a message). The start of the text (`^`, outside a class) is then
    the place after that first space: without this, a rewrite for "Fine now ..." at the start
    of a message never ran (three rewrites have one; found by comparing every stored text's
    tokens with the rewrites applied one by one, at the forty-eighth #9 session)."""
    return re.compile(rf"[^a-z0-9](?:{_START.sub('(?<=^ )', pattern)})(?![a-z0-9])")


def _rewrite(pattern: str, to: _Replacement) -> _Rewrite:
    return (_bounded(pattern), to, needs_of(pattern), _probe(pattern))


def needs_of(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of `pattern` contains one string of each set,
    longest first (at most `_MAX_NEEDS` of them); none: it is tried on every text.

    A rewrite is tried only on a text that contains one of each: most rewrites match few
    texts, and a probe for an expression that can start at many characters (`_probe`)
    is tried at every position of the text. Read from the parsed expression: a run of literal
    characters is needed; a group needs what its parts need; an alternation needs one of what
    each alternative needs most (the set whose shortest string is longest); an optional part,
    a class or an assertion needs nothing. Every need of a sequence is kept, not only its
    rarest: a long message holds " the " and "back " somewhere, and the second need ("pedal",
    "normal") then turns away most of what the first let through (at the forty-eighth #9
    session's start the reader tried some 120 of its 834 rewrites on each message of up to
    1,000 characters, and about one in a hundred matched).
    """
    try:  # the standard library's own parser of expressions (a private module)
        parser = importlib.import_module("re._parser")
        c = importlib.import_module("re._constants")
    except ImportError:  # pragma: no cover - another Python's internals: try every rewrite
        return ()
    try:
        tree: Any = parser.parse(pattern)
    except re.error:
        return ()

    def needs(items: Any) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run: list[str] = []

        def close() -> None:
            if run:
                out.append(frozenset({"".join(run)}))
                run.clear()

        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            close()
            if op is c.SUBPATTERN:
                out.extend(needs(av[-1]))
            elif op is c.BRANCH:  # of each alternative its rarest (the first of equals)
                alternatives = [max(needs(a), key=_shortest, default=None) for a in av[1]]
                if all(alternatives):
                    out.append(frozenset(x for a in alternatives if a for x in a))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                out.extend(needs(av[2]))
        close()
        return [n for n in out if n and all(n)]

    found = [n for n in needs(tree) if len(n) <= _MAX_NEEDED]
    kept: list[frozenset[str]] = []
    for n in sorted(found, key=_shortest, reverse=True):  # stable: the first of equals first
        if n not in kept:
            kept.append(n)
    return tuple(kept[:_MAX_NEEDS])


def _shortest(strings: frozenset[str]) -> int:
    return min(len(x) for x in strings)


def _compiled(rewrites: Iterable[Rewrite]) -> list[_Rewrite]:
    """The rewrites as regular expressions, in order. A run of rewrites that each swap single
    words for a fixed text, where none looks for a word that an earlier one of the run looks
    for or writes, is one expression with a table: one pass over the text instead of one per
    rewrite, with the same result (single words on word boundaries cannot overlap)."""
    out: list[_Rewrite] = []
    run: dict[str, str] = {}
    used: set[str] = set()  # the words the run looks for or writes

    def close() -> None:
        if len(run) > 1:
            table = dict(run)
            pattern = "|".join(sorted(table))
            out.append(_rewrite(pattern, lambda m: table[m.group()]))
        elif run:
            ((word, to),) = run.items()
            out.append(_rewrite(word, to))
        run.clear()
        used.clear()

    for rw in rewrites:
        if not _WORDS_ONLY.fullmatch(rw.pattern) or "\\" in rw.to:
            close()
            out.append(_rewrite(rw.pattern, rw.to))
            continue
        words = rw.pattern.split("|")
        if used & set(words):
            close()
        for w in words:
            run[w] = rw.to
        used.update(words, rw.to.split())
    close()
    return out


def _allowed_typos(n: int) -> int:
    return 0 if n < 4 else 1 if n <= 7 else 2


def _by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """`words` kept by their first letter, each list sorted."""
    out: dict[str, list[str]] = {}
    for w in sorted(words):
        out.setdefault(w[0], []).append(w)
    return out


class Vocabulary:
    """Every word the rules use, and how a typed token is read as them."""

    def __init__(self, config: EmergencyConfig, known_words: Iterable[str] = ()) -> None:
        self.config = config
        self._rewrites = _compiled(config.rewrites)
        words: set[tuple[str, bool]] = set()
        for rule in config.rules:
            for pattern in rule.patterns:
                for group in pattern.groups:
                    for term in group:
                        words.update(term.words)
            for term in (
                *rule.unless,
                *rule.not_with,
                *rule.set_aside,
                *rule.needs,
                *rule.needs_also,
                *rule.unless_over,
            ):
                words.update(term.words)
        context = (
            config.past,
            config.hypothetical,
            config.hypothetical_ahead,
            config.right_now,
            config.fears,
            config.future,
            config.conditional,
            config.retractions,
            config.retractions_at_break,
            config.retractions_ahead,
            config.owned_after,
            config.owned_whole,
            config.fulfilled_by,
            config.dated_back,
            config.dated_back_whole,
            config.other_people,
            config.companions,
            config.present,
            config.long_standing,
            config.strong_present,  # with `asks_for_help` (the loader adds them)
            config.over,
            config.pressure_denied,
            config.closure,
            config.elsewhere_contact,
            config.elsewhere_care,
            config.never_with,
            config.work_now,
        )
        for terms in (*context, config.others_past, config.deaths, config.blessings):
            for term in terms:
                words.update(term.words)
        self._exact = {w for w, p in words if not p}
        self._prefixes = {w for w, p in words if p}
        self._prefix_lengths = sorted({len(w) for w in self._prefixes})
        # the one-slip rule never mends the first letter: the candidates are kept by it
        self._fuzzy_exact = _by_first_letter(w for w in self._exact if len(w) >= 4)
        self._fuzzy_prefixes = _by_first_letter(w for w in self._prefixes if len(w) >= 4)
        # the words of quoted lists (`bot/ask/quotes.py`: "leaflet", "none of that", "kinda")
        # are read only as typed: no slip is mended into them, so that a common word ("kinds")
        # is not read as one
        quoted = (
            *config.quote_openers,
            *config.quote_denials,
            *config.quote_hedges,
            *config.quote_actions,
            *config.quote_affirmations,
        )
        self._exact |= {w for term in quoted for w, _ in term.words}
        self._exact |= config.quote_sources | config.quote_verbs
        # Ordinary words are never "corrected" into emergency words ("could" is not "cold").
        self._known = frozenset(known_words) | self._exact | config.negators | config.ordinary_words
        self._cache: dict[str, frozenset[tuple[str, bool]]] = {}
        # the longer words the rewrites look for ("barely", "neither", "couldnt"), so that a
        # slip in one ("could barly walk") is mended before they run; not short ones, which
        # other words are a slip away from ("not worn off" is not "not work")
        self._rewrite_words = _by_first_letter(
            {w for rw in config.rewrites if rw.mend for w in re.findall(r"[a-z]{6,}", rw.pattern)}
        )
        self._mended: dict[str, str] = {}

    def tokens(self, text: str) -> list[str]:
        joined = " ".join(self.mend(t) for t in tokenize(text))
        padded = " " + joined
        contains = joined.__contains__
        for rx, to, needs, probe in self._rewrites:
            if needs:  # the rarest first: most rewrites stop there, without a generator
                if not any(map(contains, needs[0])):
                    continue
                if len(needs) > 1 and not all(any(map(contains, n)) for n in needs[1:]):
                    continue
            if probe.search(padded):
                joined = rx.sub(to, joined)
                padded = " " + joined
                contains = joined.__contains__
        return joined.split()

    def mend(self, tok: str) -> str:
        """`tok`, or the one rewrite word it is a slip of (same first letter)."""
        if (
            len(tok) < 5
            or tok in self._known
            or tok in self.config.ordinary_near_rewrites
            or not tok.isalpha()
        ):
            return tok
        mended = self._mended.get(tok)
        if mended is None:
            k = _allowed_typos(len(tok))
            close = [
                w
                for w in self._rewrite_words.get(tok[0], ())
                if abs(len(w) - len(tok)) <= k and OSA.distance(tok, w, score_cutoff=k) <= k
            ]
            mended = close[0] if len(close) == 1 else tok
            if len(self._mended) > _MAX_CACHE:
                self._mended.clear()
            self._mended[tok] = mended
        return mended

    def word_matches(self, tok: str) -> frozenset[tuple[str, bool]]:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        found: set[tuple[str, bool]] = set()
        if tok in self._exact:
            found.add((tok, False))
        for n in self._prefix_lengths:
            if n > len(tok):
                break
            if tok[:n] in self._prefixes:
                found.add((tok[:n], True))
        if tok not in self._known and len(tok) >= 4 and tok.isalpha():
            # one slip (two in long words), never in the first letter: "bladdr", "slured"
            for w in self._fuzzy_exact.get(tok[0], ()):
                k = _allowed_typos(len(w))
                if abs(len(w) - len(tok)) <= k and OSA.distance(tok, w, score_cutoff=k) <= k:
                    found.add((w, False))
            for w in self._fuzzy_prefixes.get(tok[0], ()):
                k = _allowed_typos(len(w))
                if len(w) == 4 and len(tok) > 6:
                    continue  # a 4-letter stem is too short to correct: "sourdough" != "slur*"
                if any(
                    OSA.distance(tok[:cut], w, score_cutoff=k) <= k
                    for cut in (len(w) - 1, len(w), len(w) + 1)
                ):
                    found.add((w, True))
        result = frozenset(found)
        if len(self._cache) > _MAX_CACHE:
            self._cache.clear()
        self._cache[tok] = result
        return result

    def slips_of(self, word: str) -> frozenset[str]:
        """The rule words an unknown `word` would be read as by the one-slip rule alone (not
        its exact or prefix matches): what `tools/gen_ordinary.py` looks for."""
        if word in self._known or len(word) < 4 or not word.isalpha():
            return frozenset()
        found = self.word_matches(word)
        real = {(word, False)} | {(p, True) for p, pre in found if pre and word.startswith(p)}
        return frozenset(w for w, _ in found - real)
