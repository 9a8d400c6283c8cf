"""Lists quoted from elsewhere and denied whole, and form fields filled in "none": which
tokens are not the writer's.

People paste or retell what a leaflet, a web page, NHS 111 or a symptom checker lists, then
say which of it they have: "NHS site says go to A&E if: face drooping, arm weak, slurred
speech, numb down one side. None of that. Just my right foot tingles ...". The list names
every emergency and states none. It is silenced only when the writer denies it whole ("none
of that", "no to all of them", "I said no to every single one"), and not when a hedge follows
the denial ("none of them apart from the peeing", "no to all, well maybe the numb bum"):
everything the writer says outside the quote is read as ever, so "none of those, but my face
is drooping now" is an emergency. A list after a colon that is not denied stays as it is read today
(an affirmation, "that's me", "the second one", points back into it).

Advice quoted in the writer's own sentence is a conditional, as "told me if" is: "Fracture
clinic sheet said come back if toes go numb in the cast" supposes from its "if" on, and "The
oncology card says back pain + numbness = ring them" (a `quote_actions` term ends it) supposes
it all, unless a `quote_affirmations` term after it says it is so ("..., which I have", "I
have both").

A note typed as a form ("Bladder/bowel problems: N/A", "Palpitations today: no") denies its
field when the value is only a `field_denials` term: the field (a short line before the
colon) is silenced; "Numb bum: yes" or "Numb bum: since Tuesday" stay as they are read.

A line headed as history ("Past: whiplash, car crash 2009", "PMH: ...", "Hx: ...") is the
past, as a year or "years ago" makes it; what the note says now ("Now: ...", "Current: ...")
is read as ever.

A quote opens at a `quote_openers` term ("asked if", "went through a whole list"), or at a
`quote_sources` word ("leaflet", "page", "111") with a `quote_verbs` word ("says", "lists")
within eight words after it, or at a source word or "if" that ends its sentence (a colon,
which the tokenizer reads as a sentence end: "Leaflet: numb bum, can't pee"). It reaches to
the end of its sentence, or is the next sentence when the opener ends its own, and goes on over
the short sentences after it, a list asked item by item ("chest pain? short of breath?").
A quoted list answered "yes" in any of its items, or hedged, is not denied whole.

Why hand-written: no clinical NLP library marks reported lists (medspaCy's ConText has no such
category, and costs more to load than the bot's start-up budget; see `bot/ask/emergency.py`).
"""

from __future__ import annotations

from itertools import pairwise

from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.spans import Matches, Positions, spans_of
from bot.content.emergency_models import EmergencyConfig

__all__ = ["Words", "denied_fields", "denied_quotes", "history_lines", "sentence_words"]

_VERB_REACH = 8  # a source word's verb comes within this many words after it ("the leaflet
# for my new blood pressure tablet says ...")
_ITEM_WORDS = 4  # a list asked item by item: each item is a sentence of at most this many words
_RULE_WORDS = 10  # a rule of thumb quoted ("back pain + numbness = ring them") is short
_SOMEONE = frozenset({"he", "she", "his", "her", "him", "hes", "shes"})  # ... and of no one
_OPENING = 3  # a hedge opens the sentence after a denial within its first three words
_TIMES = frozenset({"before", "until", "till", "til", "yet", "up", "since"})  # ... not these
_DENIAL_REACH = 2  # a denial follows the quote, at most this many sentences after it
# words that join the writer's own words on to a quote ("..., and my leg went cold")
_JOINS = frozenset({CLAUSE, "and", "but", "so", "then", "because", "cos", "now"})


Words = dict[int, list[int]]  # the words of each sentence (its tokens but the sentence marks)


def sentence_words(tokens: list[str], sentence: list[int]) -> Words:
    """The words of each sentence of a message, in order: read once, for the quotes, the form
    fields and the history lines alike."""
    words: Words = {}
    for i, tok in enumerate(tokens):
        if tok != SENTENCE:
            words.setdefault(sentence[i], []).append(i)
    return words


def denied_quotes(
    cfg: EmergencyConfig,
    tokens: list[str],
    sentence: list[int],
    words: Words,
    at: Positions,
    matches: Matches,
) -> frozenset[int]:
    """The tokens of every quoted list the writer denies whole, and of every piece of advice
    quoted in the writer's sentence that nothing after it says is so."""
    starts = _quote_starts(cfg, tokens, sentence, at, matches)
    if not starts:
        return frozenset()
    # a denial is a `quote_denials` term, or a sentence that is only an answer no: to a quote
    # of one question ("... 'do you experience sudden weakness on one side of the body'. No."),
    # not to a list of items whose last alone it answers ("face drooping ✔ arm weak ✔ speech
    # slurred ✘")
    bare = [w[0] for w in words.values() if tuple(tokens[i] for i in w) in cfg.field_denials]
    denied_spans = list(spans_of(cfg.quote_denials, at, matches))
    denials = [s for s, _ in denied_spans] + bare
    hedges = [s for s, _ in spans_of(cfg.quote_hedges, at, matches)] if denials else []
    # ... and an affirmation that opens a denial or lies inside one is part of it ("I've got
    # none of those", "Neither has happened")
    affirmed = [
        s
        for s, e in spans_of(cfg.quote_affirmations, at, matches)
        if e not in denials and not any(a <= s < b for a, b in denied_spans)
    ]
    stops = {*denials, *affirmed, *hedges}  # where a list asked item by item ends
    kept = [d for d in denials if not any(_hedges(tokens, sentence, d, h) for h in hedges)]
    actions = {e: s for s, e in spans_of(cfg.quote_actions, at, matches)}
    out: set[int] = set()
    for start, said in starts:
        listed = _quote(cfg, tokens, sentence, words, start, stops)
        if not listed:
            continue
        first, end, last = listed[0], listed[-1], sentence[listed[-1]]
        # a denial after the list, with no item answered "yes" or hedged before it ("chest
        # pain? yes. no to everything else" is not denied whole)
        items = CLAUSE in {tokens[i] for i in listed}
        if any(
            d > end
            and sentence[d] <= last + _DENIAL_REACH
            and not (items and d in bare)
            and not any(first <= a < d for a in affirmed)
            and not any(end < h < d for h in hedges)
            for d in kept
        ):
            out.update(listed)
            continue
        # advice told in the writer's sentence: "sheet said come back if toes go numb in the
        # cast", "card says back pain + numbness = ring them" - its own sentence only ("the
        # leaflet said call 999 if face droops. dads face is drooping" is now)
        quote = [i for i in listed if sentence[i] == sentence[first]]
        end, last = quote[-1], sentence[quote[-1]]
        if (
            not said
            or cfg.first_person & {tokens[i] for i in quote}
            or any(a > first and sentence[a] <= last + _DENIAL_REACH for a in affirmed)
        ):
            continue  # a list needs a denial; advice is no one's; "..., which I have" is so
        ifs = [i for i in quote if tokens[i] == "if"]
        if ifs:
            out.update(i for i in quote if i >= ifs[0])
        elif (
            end + 1 in actions
            and actions[end + 1] > first
            and len(quote) <= _RULE_WORDS
            and not _SOMEONE & {tokens[i] for i in quote}
        ):
            out.update(quote)  # a short rule of thumb, of no one: not "111 said his face ..."
    return frozenset(out)


def _quote_starts(
    cfg: EmergencyConfig, tokens: list[str], sentence: list[int], at: Positions, matches: Matches
) -> list[tuple[int, bool]]:
    """Where each quote begins (the token after its opener), and whether a source says it in the
    writer's sentence ("the sheet said ...": advice can be told so; "asked if" and "questions
    about" tell of what someone asked, "Leaflet:" a list)."""
    starts = [(e, False) for _, e in spans_of(cfg.quote_openers, at, matches)]
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok not in cfg.quote_sources and tok != "if":
            continue
        if i + 1 < n and tokens[i + 1] == SENTENCE:  # "Leaflet: ...", "go to A&E if: ..."
            starts.append((i + 1, False))
            continue
        if tok == "if":
            continue
        for j in range(i + 1, min(n, i + 1 + _VERB_REACH)):
            if tokens[j] == SENTENCE:
                break
            if tokens[j] in cfg.quote_verbs:
                starts.append((j + 1, True))
                break
    return starts


def _quote(
    cfg: EmergencyConfig,
    tokens: list[str],
    sentence: list[int],
    words: Words,
    start: int,
    stops: set[int],
) -> list[int]:
    """The tokens a quote holds: the rest of its sentence, or the next sentence when its opener
    ended its own, up to the writer's own words joined on after it."""
    n = len(tokens)
    while start < n and tokens[start] == SENTENCE:  # the opener ended its sentence
        start += 1
    if start >= n:
        return []
    k = sentence[start]
    out: list[int] = []
    for i in range(start, n):
        if sentence[i] != k:
            # a run-on break inside a list is not its end ("a list of red flags - numb bum,
            # can't control bladder, both legs going weak"), unless the writer's own words
            # open the new part ("... numbness can happen my leg went cold")
            if tokens[i - 1] == SENTENCE or cfg.first_person & {*tokens[i : i + 2]}:
                break
            k = sentence[i]
        # the writer's own words end it: "the leaflet says numbness can happen, and my leg
        # went cold and pale"
        if i > start and tokens[i] in _JOINS and cfg.first_person & {*tokens[i + 1 : i + 3]}:
            return out
        # ... and so does an answer or a denial told in its sentence ("asked if I'd had any
        # fainting or chest pain on the new dose - no, none.")
        if i > start and i in stops:
            return out
        if tokens[i] != SENTENCE:
            out.append(i)
    # ... and a list asked item by item goes on over the short sentences after it ("Symptom
    # checker asked chest pain? short of breath? coughing blood?"), up to one with the
    # writer's own words, an answer or a denial
    for nxt in sorted(key for key in words if key > k):
        item = words[nxt]
        told = {tokens[i] for i in item}
        if (
            nxt != k + 1
            or len(item) > _ITEM_WORDS
            or cfg.first_person & told
            or stops.intersection(item)  # an answer or a denial, not an item
            or told & (cfg.present_tense | cfg.past_tense)  # told, not asked
        ):
            break
        out.extend(item)
        k = nxt
    return out


def _hedges(tokens: list[str], sentence: list[int], denial: int, hedge: int) -> bool:
    """A hedge after a denial takes part of the list back: in the denial's sentence, or
    opening the next ("None of them. Well, maybe the numb bum", not "Then asked about my calf,
    just a bit of pins and needles"); a word of time only in the denial's own sentence ("none
    of that before today", not "None of those. But since starting it my feet tingle")."""
    if hedge <= denial:
        return False
    if sentence[hedge] == sentence[denial]:
        # ... a word of time only in the denial's own clause ("none of that before today",
        # not "none of those, just one tingly leg since my hip replacement")
        return tokens[hedge] not in _TIMES or CLAUSE not in tokens[denial:hedge]
    opening = hedge - _OPENING
    return (
        sentence[hedge] == sentence[denial] + 1
        and tokens[hedge] not in _TIMES
        and (opening < 0 or sentence[opening] != sentence[hedge])
    )


_FIELD_WORDS = 8  # a form field's label is at most this many words
_LINE_LABEL = 3  # ... and a line's label ("Face droop - none") this many
# words that make a line a list of signs, not a label ("face drooping, arm none")
_LIST_WORDS = frozenset({CLAUSE, "and", "but", "or", "is", "are", "my", "yes"})
# ... and those that make a field's label a list of items answered one by one
_ANSWERED = frozenset({CLAUSE, "yes"})
# "N" as an answer ("Face droop: N", read "and" after the chat rewrites), not the last letter of
# an abbreviation ("diabetic neuropathy (P.N.)")
_LETTERS = frozenset({("n",), ("and",)})


def denied_fields(cfg: EmergencyConfig, tokens: list[str], words: Words) -> frozenset[int]:
    """The tokens of every form field whose value is only a denial: after a colon ("Back pain:
    none"), or at the end of a short line ("Face droop - none")."""
    if not cfg.field_denials:
        return frozenset()
    out: set[int] = set()
    for label, value in pairwise(sorted(words)):
        field, said = words[label], words[value]
        told = tuple(tokens[i] for i in said)
        if len(field) > _FIELD_WORDS or told not in cfg.field_denials:
            continue
        if _ANSWERED & {tokens[i] for i in field}:  # "arm weak ✔ speech slurred ✘": a list
            continue
        if told in _LETTERS and len(tokens[field[-1]]) == 1:  # "neuropathy (P.N.)"
            continue
        if cfg.field_abilities & {tokens[i] for i in field}:  # "Can walk: no"
            continue
        # the label ends at a colon: nothing but the sentence mark between it and the value
        if all(tokens[i] == SENTENCE for i in range(field[-1] + 1, said[0])):
            out.update(field)
    for line in words.values():
        for size in (1, 2):
            head, tail = line[:-size], tuple(tokens[i] for i in line[-size:])
            if (
                tail in cfg.field_line_denials
                and 0 < len(head) <= _LINE_LABEL
                and not {tokens[i] for i in head} & (cfg.field_abilities | _LIST_WORDS)
            ):
                out.update(head)
    return frozenset(out)


def history_lines(cfg: EmergencyConfig, tokens: list[str], words: Words) -> frozenset[int]:
    """The tokens of the line after a `history_headings` heading ("PMH:", "Past:"): a heading is
    a whole sentence, after a sentence mark (or first) and before one (a colon)."""
    if not cfg.history_headings:
        return frozenset()
    n = len(tokens)
    out: set[int] = set()
    for heading, line in pairwise(sorted(words)):
        head = words[heading]
        if (
            tuple(tokens[i] for i in head) in cfg.history_headings
            and (head[0] == 0 or tokens[head[0] - 1] == SENTENCE)
            and head[-1] + 1 < n
            and tokens[head[-1] + 1] == SENTENCE
        ):
            out.update(words[line])
    return frozenset(out)
