"""Text normalisation shared by emergency detection and topic matching (pure, no I/O)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["CLAUSE", "SENTENCE", "simple_stem", "tokenize"]

SENTENCE = "."  # token standing for . ! ? ; : and line breaks
CLAUSE = ","  # token standing for a comma

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
# a checklist's ticks and crosses are answers: "short of breath ✘ chest pain ✘" is a form whose
# fields are answered no (`bot/ask/quotes.py`, `denied_fields`)
_TICKS = str.maketrans(dict.fromkeys("✘✗✖", " . no . "))
# ... a tick at the end of its line says yes; inside a line it ends its item as a comma would
# ("arm weak ✔ speech slurred ✘" is a list, not one field answered no; "pee - ✓ havent been
# able to go since lunch" is still one sign)
_TICK_END_RE = re.compile(r"[✔✓✅☑][ \t]*(?=\n|$)")
_TICK_RE = re.compile(r"[✔✓✅☑]")
_TOKEN_RE = re.compile(r"[a-z0-9]+|[.!?;:\n]+|,")
# a face or gesture emoji ends its clause as a comma would: "my leg went completely dead n i
# nearly fell over when they came out 🙈 fine now" is not "came out fine" (written topic set
# 119); other emoji stand beside a word ("fell off my longboard 🛹 yesterday") and are dropped
# (only where words follow it in its sentence: a face that ends one adds nothing)
_FACE_RE = re.compile(
    "[\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a\U0001f480]+"
    "(?=[^\n.!?]*[A-Za-z0-9])"
)
# "4.5 years", "1,000": a number, not a sentence or clause break ...
_NUMBER_SEP_RE = re.compile(r"(?<=[0-9])[.,:](?=[0-9])")
# ... and a time of day ("[19:30] Becky:", "10:30") one word, "19h30": joined into digits it
# would read as a year ("1930") and date what is told with it
_TIME_RE = re.compile(r"(?<![0-9])([0-9]{1,2}):(?=[0-9]{2}(?![0-9]))")
# ... and so is one told with a point after a word of time or before "am"/"pm" ("at 19.45 her
# face dropped", "3.05am"; not "a temp of 38.9" or "£19.45")
_DOT_TIME_RE = re.compile(
    r"(?:(?<=\bat )|(?<=\bsince )|(?<=\bfrom )|(?<=\bby )|(?<=\btill )|(?<=\buntil )|"
    r"(?<=\babout )|(?<=\baround )|(?<=\bbefore )|(?<=\bafter ))"
    r"([0-9]{1,2})\.(?=[0-9]{2}(?![0-9]|\.[0-9]))|\b([0-9]{1,2})\.(?=[0-9]{2} ?[ap]m\b)"
)
# "-8" or "−8" (a temperature): the sign is a word, "minus", not punctuation to drop
_MINUS_RE = re.compile(r"(?<![a-z0-9])[-\u2212](?=[0-9])")
# punctuation spoken to a phone's voice typing ("... totally dead full stop once I moved her
# ...", "comma"): the mark it stands for
_DICTATED_RE = re.compile(
    r"\b(?:full stop|question mark|exclamation mark|exclamation point|new paragraph|new line)\b"
)
_DICTATED_COMMA_RE = re.compile(r"\bcomma\b")
# ... each of its matches holds one of these (a message without any is not searched)
_DICTATED_WORDS = ("full stop", "question mark", "exclamation", "new paragraph", "new line")


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; apostrophes dropped ("can't" -> "cant"); "." and "," kept."""
    return list(_tokens(text))


@lru_cache(maxsize=32)
def _tokens(text: str) -> tuple[str, ...]:
    """`tokenize`, remembered for the last few texts: reading one message tokenizes it for the
    rules, the topic matcher, the net and the heads."""
    if text.isascii():  # most messages: no accents to take off
        t = text
    else:
        t = _TICK_RE.sub(" , ", _TICK_END_RE.sub(" yes ", text)).translate(_TICKS)
        t = _FACE_RE.sub(" , ", t)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.lower().translate(_APOSTROPHES).replace("'", "").replace("&", " and ")
    if ":" in t:
        t = _TIME_RE.sub(r"\1h", t)
    if "." in t:
        t = _DOT_TIME_RE.sub(lambda m: (m.group(1) or m.group(2)) + "h", t)
    t = _NUMBER_SEP_RE.sub("", t)
    t = _MINUS_RE.sub(" minus ", t)
    if any(said in t for said in _DICTATED_WORDS):
        t = _DICTATED_RE.sub(" . ", t)
    if "comma" in t:
        t = _DICTATED_COMMA_RE.sub(" , ", t)
    out: list[str] = []
    for m in _TOKEN_RE.finditer(t):
        tok = m.group()
        if tok[0] in ".!?;:\n":
            tok = SENTENCE
        out.append(tok)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def simple_stem(word: str) -> str:
    """A light, deterministic English suffix stripper; the same on questions and content."""
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl, min_len in (
        ("iness", "y", 6),
        ("ness", "", 6),
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ings", "", 6),
        ("ing", "", 6),
        ("edly", "", 7),
        ("ed", "", 5),
        ("ly", "", 6),
        ("es", "", 5),
        ("s", "", 4),
    ):
        if w.endswith(suffix) and len(w) >= min_len:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            if suffix == "es" and not w.endswith(("ches", "shes", "xes", "sses", "zes")):
                continue
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "swollen" stays; "tingl"/"runn" -> "run"
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w
