"""The items a supposition lists after its own clause: "if I get numbness between my legs,
trouble weeing, or both legs going weak" supposes all three (`listed_after`); and a generic
"you" that the writer owns in a later sentence, which supposes nothing ("Is it normal for your
foot to suddenly go numb? Asking because it's happening to me right now": `owned_generics`), and
every supposition before words that say its someone was the writer ("Say someone, purely
hypothetically, had ... That someone is me btw", or that it is so now: "If her face is drooping
..., what should I do? its happening now": `owned_wholly`), and those a later sentence says
have come true ("the doctor said to come back if my toes went numb
in the cast. they are numb and white now": `fulfilled`); and a sentence that opens with "if"
and asks what to do after its comma ("If one of our group suddenly had a numb leg and slurred
words, what should we do?": `asked_if`), all of which is supposed up to that comma, and the
ask itself ("..., is that a stroke?").
Read by `bot/ask/context.py`, which marks what a supposition covers.

Hand-written for the reason ``bot/ask/context.py`` gives: no clinical NLP library reads the
scope of a conditional over a list.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.ask.normalize import CLAUSE
from bot.ask.spans import Matches, Positions, spans_of
from bot.content.emergency_models import EmergencyConfig

__all__ = ["after_if", "asked_if", "fulfilled", "listed_after", "owned_generics", "owned_wholly"]

_LIST_ITEM = 6  # an item listed after a supposition is a clause of at most this many words
_SUBJECTS = frozenset({"he", "she", "his", "her", "they", "their", "him", "them"})
_SIGN_ROOT = 5  # "droopy", "drooping"; "tingly", "tingling": one sign
_ASKING = frozenset({"is", "am", "are", "was", "should", "could", "can", "do", "does", "will"})


def listed_after(
    cfg: EmergencyConfig,
    tokens: list[str],
    clause: list[int],
    sentence: list[int],
    present: set[int],
    s: int,
) -> set[int]:
    """The items a supposition lists after its own clause, in its sentence: "if I get numbness
    between my legs, trouble weeing, or both legs going weak" supposes all three. Only a list
    that ends with "or" is one; each item is a short clause with no word of the writer and no
    word of now ("... if you can help, my speech is slurred" is not an item)."""
    n = len(tokens)
    i = s
    while i < n and clause[i] == clause[s]:
        i += 1
    if not (cfg.first_person | _SUBJECTS) & set(tokens[s:i]):
        return set()  # supposing of no one: "not sure if you can help, face drooping, ..."
    first = i
    while i < n and tokens[i] == CLAUSE and sentence[i] == sentence[s]:
        j = i + 1
        while j < n and clause[j] == clause[i]:
            j += 1
        words = tokens[i + 1 : j]
        if (
            not words
            or len(words) > _LIST_ITEM
            or cfg.first_person & set(words)
            or clause[i] in present
        ):
            break
        if words[0] in ("or", "nor"):
            # ... and the last is an item, not a question ("..., face drooping, arm weak, or
            # is it nothing")
            return set() if _ASKING & set(words) else set(range(first, j))
        i = j
    return set()


_GENERIC = frozenset({"you", "your", "youre", "yours"})


def owned_generics(
    cfg: EmergencyConfig,
    tokens: list[str],
    clause: list[int],
    sentence: list[int],
    at: Positions,
    matches: Matches,
) -> set[int]:
    """The clauses a generic "you" supposes ("Is it normal for your foot to suddenly go numb
    ...?") that an `owned_after` word in a later sentence gives to the writer ("Asking because
    it's happening to me right now", "(its me. its today)", "it's both of mine now")."""
    owners = [s for s, _ in spans_of(cfg.owned_after, at, matches)]
    if not owners:
        return set()
    last = max(sentence[s] for s in owners)
    return {
        clause[s]
        for s, _ in spans_of(cfg.hypothetical, at, matches)
        if tokens[s] in _GENERIC and sentence[s] < last
    }


def owned_wholly(
    cfg: EmergencyConfig, supposed: set[int], at: Positions, matches: Matches
) -> set[int]:
    """The supposed tokens before an `owned_whole` term, which says the someone of the
    supposition was the writer all along: "Say someone, purely hypothetically, had sciatica
    ... and they can't get a wee started. ... That someone is me btw" supposes nothing."""
    owners = [s for s, _ in spans_of(cfg.owned_whole, at, matches)]
    if not owners or not supposed:
        return set()
    last = max(owners)
    return {i for i in supposed if i < last}


def fulfilled(
    cfg: EmergencyConfig,
    tokens: list[str],
    sentence: list[int],
    supposed: set[int],
    at: Positions,
    matches: Matches,
) -> set[int]:
    """The supposed tokens whose sign a later sentence says has come true: "... come back if my
    toes went numb in the cast. they are numb and white now". From a `fulfilled_by` term ("they
    are", "it's gone") to its sentence's end, the later sentence names again a
    `fulfilled_signs` word of the supposition's sentence, or one of its family ("would it be an
    emergency if my face went droopy? it is drooping right now"), and holds no negation ("they
    are not numb"); that whole sentence is then supposed no longer."""
    opened = spans_of(cfg.fulfilled_by, at, matches)
    if not opened or not supposed:
        return set()
    found: set[int] = set()
    kin = dict(cfg.fulfilled_kin)
    for s, e in opened:
        later = sentence[s]
        words = {tokens[k] for k in range(e, len(tokens)) if sentence[k] == later}
        if cfg.negators & words:
            continue
        # a sign's word family by its first letters: "went droopy ... it is drooping right now"
        signs = {_family(kin, w) for w in cfg.fulfilled_signs & words}
        if not signs:
            continue
        earlier = {
            sentence[i]
            for i in supposed
            if sentence[i] < later
            and tokens[i] in cfg.fulfilled_signs
            and _family(kin, tokens[i]) in signs
        }
        found |= {i for i in supposed if sentence[i] in earlier}
    return found


def _family(kin: dict[str, str], word: str) -> str:
    """A sign word's family: its first letters, or what `fulfilled_kin` says ("dropped", the
    speller's "drooped", is of "drooping")."""
    return kin.get(word, word[:_SIGN_ROOT])


def asked_if(
    cfg: EmergencyConfig,
    tokens: list[str],
    sentence: list[int],
    at: Positions,
    matches: Matches,
) -> set[int]:
    """The tokens of a sentence that opens with "if" (`run_on_suppositions`), up to the comma
    before one of `conditional_asks` ("If one of the older members of our walking group
    suddenly had a numb leg and slurred words, what should we do?"), or before one of `bare_asks`
    with no comma ("if my dad's leg went cold and white while he's out riding would that be an
    emergency?"), and the ask itself, which asks of the supposition ("If one foot goes numb all
    of a sudden and you've got AF, is that a stroke?"). A sentence that does not
    open with "if" supposes nothing so ("I don't know if one of the kids knocked me, what do I
    do, my face is drooping")."""
    out: set[int] = set()
    asks = [(q, e, True) for q, e in spans_of(cfg.conditional_asks, at, matches)]
    asks += [(q, e, False) for q, e in spans_of(cfg.bare_asks, at, matches)]
    for q, ask_end, after_comma in asks:
        if q == 0 or (after_comma and tokens[q - 1] != CLAUSE):
            continue
        # sentence numbers rise through the message: its first token is found by bisection
        start = bisect_left(sentence, sentence[q])
        end = q - 1 if tokens[q - 1] == CLAUSE else q
        # ... and the "if" clause must run into the ask: "If you can help, my face is drooping,
        # what should I do?" supposes only the help
        if tokens[start] in cfg.run_on_suppositions and CLAUSE not in tokens[start:end]:
            out.update(range(start, end))
            out.update(range(q, ask_end))  # ... and the ask itself: "If one foot goes numb
            # all of a sudden and you've got AF, is that a stroke?" names none of its own
    return out


def after_if(cfg: EmergencyConfig, tokens: list[str], clause: list[int], s: int) -> bool:
    """Whether a supposing word (`run_on_suppositions`: "if") comes before `s` in its clause:
    "can't feel" there says no now ("what should I do if I come off the bike and can't feel my
    legs?")."""
    start = bisect_left(clause, clause[s])  # clause numbers rise through the message
    return any(tok in cfg.run_on_suppositions for tok in tokens[start:s])
