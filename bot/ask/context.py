"""ConText for typed text: which parts of a message speak of now.

A message is cut into clauses (at sentence ends, commas and breaker words such as "but" or
"now") and the clauses again at "and" into parts. Trigger words from ``emergency.toml``
``[context]`` then mark what is not true now: the past ("years ago", a year), a hypothetical
(its own clause: "what is happening to me, ..."), a conditional someone told (to the end of
its sentence: "my doctor said if I lost control of my bladder, bowels or ..."), someone
else's past (to the next "and": "my wife had a fall and her face is drooping" is now), unless
the clause says it is now. The tense of a part, for a message framed as long-standing, is
told by `bot/ask/tenses.py`; the words of time it reads are in `bot/ask/timewords.py`.

Why hand-written: see ``bot/ask/emergency.py`` (medspaCy's ConText costs more to load than
the bot's whole start-up budget, and these rules are tuned to the triage vocabulary).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.ask.backdating import dated_back, dated_on, flashback, told_of_them
from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.quotes import denied_fields, denied_quotes, history_lines, sentence_words
from bot.ask.retractions import retracted
from bot.ask.spans import Matches, Positions, spans_of, units_with
from bot.ask.suppositions import (
    after_if,
    asked_if,
    fulfilled,
    listed_after,
    owned_generics,
    owned_wholly,
)
from bot.ask.tenses import said_now_in, speaks_of_writer, told_in_present, told_then
from bot.ask.timewords import counted, is_year
from bot.content.emergency_models import EmergencyConfig

# the words that speak of someone else's body, besides `other_people` ("his legs")
_THEIRS = frozenset({"his", "her", "him", "their", "them"})


@dataclass(frozen=True)
class Context:
    clause: list[int]  # clause number of each token
    part: list[int]  # part number of each token (clauses split again at "and")
    not_now: frozenset[int]  # tokens of the past, a hypothetical, or someone else's past
    supposed: frozenset[int]  # of those, the tokens of a hypothetical or a conditional
    general: frozenset[int]  # sentences that open with a general question ("can stress ...")
    says_now: bool  # the message says now / today / can't feel / can't move ...
    lasting: frozenset[int]  # parts with a `long_standing` term or a year
    # the message's last word on now is that the episode is over ("it's totally fine now"):
    # a sign's exception ("I sat cross-legged") then explains it
    over: bool = False
    # a `strong_present` word is in the message ("now", "today", "should I go?")
    strong_now: bool = False
    # the sentences that say an episode ended (not hoped for, not asked about), and those
    # that say now (`bot/ask/episodes.py`)
    ended_in: frozenset[int] = frozenset()
    now_in: frozenset[int] = frozenset()
    # the token where the last ending begins (-1: none): an ending ends only what it follows
    last_ending: int = -1
    # the sentences that tell something in the present tense (`told_in_present`)
    present_in: frozenset[int] = frozenset()
    # the parts that tell someone else's past ("my mum had a stroke years ago")
    others_past: frozenset[int] = frozenset()
    # the tokens of an old story told on to a later `closure` word (`flashback`: "in 2022 my
    # cancer came back in my spine and my legs went numb ... I walked out of hospital")
    closed_story: frozenset[int] = frozenset()
    # the tokens the writer takes back ("... wait no, it's the dentist's numbing":
    # `bot/ask/retractions.py`)
    retracted: frozenset[int] = frozenset()
    # `others_past` and the parts their story dated long ago goes on over ("my cousin had
    # guillain-barre last year, it crept up his legs"): what a match may not join to the
    # writer's own words (`bot/ask/whose.py`)
    others_told: frozenset[int] = frozenset()
    # the tokens of `not_now` that are past only because their clause tells the episode ended
    # ("her face drooped for 2 mins, all fine now"): not dated, not someone else's past, not
    # supposed. A stroke sign that passed is still one (FAST: call 999 also if it passed)
    ended_only: frozenset[int] = frozenset()


def read_context(
    cfg: EmergencyConfig,
    tokens: list[str],
    sentence: list[int],
    at: Positions,
    matches: Matches,
    denied: list[int],
) -> Context:
    """The context of every token of a message; `denied` is each token's negator, or -1
    (`prepared.negations`): a denied ending ends nothing ("it hasn't resolved", "it's not back
    to normal")."""
    clause: list[int] = []
    current = 0
    for i, tok in enumerate(tokens):
        run_on = i > 0 and sentence[i] != sentence[i - 1] and tokens[i - 1] != SENTENCE
        if tok in (SENTENCE, CLAUSE) or tok in cfg.scope_breakers - {"and"} or run_on:
            current += 1
        clause.append(current)
    # "couldn't feel" is read "was cant feel", "woke up unable to feel" "woke up cant feel":
    # told of then, it does not say now; nor supposed after "if" in its clause ("what should I
    # do if I come off the bike and can't feel my legs?")
    said_spans = [
        (s, e)
        for s, e in spans_of(cfg.present, at, matches)
        if not (
            tokens[s] == "cant" and (told_then(cfg, tokens, s) or after_if(cfg, tokens, clause, s))
        )
    ]
    said_now = [s for s, _ in said_spans]
    present = {clause[s] for s in said_now}
    # "... and she had no feeling in the leg now.": a clause that is only "now" (a
    # breaker word) at the end of a sentence speaks of the clause before it
    sizes = Counter(clause)
    sentence_of = {clause[i]: sentence[i] for i in range(len(tokens))}
    for c in list(present):
        first = clause.index(c)
        if c > 0 and sizes[c] <= 2 and tokens[first] in cfg.scope_breakers:
            end = first + sizes[c]
            if end >= len(tokens) or tokens[end - 1] == SENTENCE or tokens[end] == SENTENCE:
                present.add(c - 1)
    # a clause told as past only by an ending ("my back pain has resolved", "I recovered
    # fully") is past, but dates no story: what is told after it is not that story's
    past_starts = [s for s, _ in spans_of(cfg.past_dating, at, matches)]
    ending_starts = [s for s, _ in spans_of(cfg.past_endings, at, matches) if denied[s] < 0]
    years = {clause[i] for i, tok in enumerate(tokens) if is_year(tok)}  # "in 2008"
    past = {clause[s] for s in past_starts} | years
    only_ended = {clause[s] for s in ending_starts} - past
    past_starts.extend(ending_starts)
    past_starts.sort()
    past |= only_ended
    # "Two weeks ago, I had ...", "On 16th May 2013, ... I woke to find ...": a short clause
    # that only dates the story dates the rest of its sentence
    # ... up to a clause that says it is now ("had a melanoma removed in 2018, now back ache
    # that wakes me at night, im having trouble peeing": the peeing is now too)
    dating = {c for c in past - only_ended if sizes[c] <= 6}
    # ... and so does a clause that opens with its date, however long ("Last March I had
    # what they called a TIA, my right arm and leg went weak for about ten minutes, ...")
    dating |= {
        clause[s]
        for s in past_starts
        if clause[s] not in only_ended and _opens(tokens, clause, counted(tokens, s))
    }
    # ... or with its year ("In 2020 I had a foot infection that turned into sepsis, temperature
    # 40, ..."), or with "when" and has a year ("When my mum had her stroke in 2010 she just
    # went down in the kitchen, couldn't move her right side, ...")
    dating |= {
        clause[i]
        for i, tok in enumerate(tokens)
        if is_year(tok)
        and (
            _opens(tokens, clause, i)
            or (tokens[i - 1] in cfg.year_openers and _opens(tokens, clause, i - 1))
            or tokens[clause.index(clause[i])] in cfg.when_openers
        )
    }
    past |= dated_on(sentence_of, dating, present)
    # ... and so does someone else's story dated long ago (a year, "years ago"), over the
    # clauses after it that say nothing of the writer ("my mother had a pulmonary embolism in
    # 2015, she was breathless and coughing blood"; not "he had a stomach bug two weeks ago then
    # started saying his feet were tingly", nor "... years ago, I woke up and my face drooped")
    long_ago = {clause[s] for s, _ in spans_of(cfg.long_standing_dated, at, matches)} | years
    theirs = long_ago & units_with(cfg.other_people, clause, at, matches) - dating
    # ... which is theirs, not only past: from its start, the tokens of its sentence up to a
    # part that speaks of the writer or a clause that says now (`other_past` below)
    their_story: set[int] = set()
    mine: list[bool] = []
    if theirs:
        mine = [speaks_of_writer(cfg, tokens, i) for i in range(len(tokens))]
        writers = {clause[i] for i in range(len(tokens)) if mine[i]}
        past |= dated_on(sentence_of, theirs, present | writers)
        their_story = told_of_them(tokens, clause, sentence, theirs, present, mine)
    # "my face drooped and I couldn't speak. That was in 2015.": a date told after the story
    back = dated_back(
        cfg,
        tokens,
        clause,
        sentence,
        past,
        present,
        told_in_present(cfg, tokens, clause),  # by clause, not by sentence
        at,
        matches,
    )
    past |= back
    strong_spans = list(spans_of(cfg.strong_present, at, matches))
    strong = [s for s, _ in strong_spans]
    # someone else's past reaches only to the next "and": "my dad had a stroke years ago"
    # is his past, "my wife had a fall and her face is drooping" is an emergency now
    part: list[int] = []
    current = 0
    for i, (tok, c) in enumerate(zip(tokens, clause, strict=True)):
        if (
            (tok == "and" and not _binomial(cfg, tokens, i))
            or not part
            or c != clause[len(part) - 1]
        ):
            current += 1
        part.append(current)
    other_past = units_with(cfg.other_people, part, at, matches) & units_with(
        cfg.others_past, part, at, matches
    )
    # ... and dates no story of the writer's told on to a later ending ("My mum had a stroke
    # years ago. ... my arm went heavy and my speech was slurred. Back to normal now":
    # `flashback`)
    theirs = {clause[i] for i in range(len(tokens)) if part[i] in other_past}
    told_on = flashback(
        cfg,
        tokens,
        clause,
        sentence,
        sentence_of,
        past - only_ended,
        theirs,
        present,
        strong,
        at,
        matches,
        denied,
    )
    past |= told_on
    # a hypothetical ("signs of a stroke", "losing sensation ... is the beginning of") is its
    # clause; one that opens what it supposes ("what if my face droops") reaches forward to the
    # end of its clause ("my speech is slurred if you know what i mean" is not one); a
    # conditional someone told ("my doctor said if I lost control of my bladder, bowels or
    # ...") forward to the end of its sentence, across commas
    whole = units_with(cfg.hypothetical, clause, at, matches) - owned_generics(
        cfg, tokens, clause, sentence, at, matches
    )
    supposed = {i for i, c in enumerate(clause) if c in whole}
    feared = [s for s, _ in spans_of(cfg.fears, at, matches)]
    if feared:
        future = [f for f, _ in spans_of(cfg.future, at, matches)]
        for s in feared:
            if any(clause[f] == clause[s] and f > s for f in future):
                # from the fear on: "my face is drooping and I'm worried that it could get
                # worse" fears only what comes after it
                supposed |= _ahead(clause, s)
    right_now = [r for r, _ in spans_of(cfg.right_now, at, matches)]
    for s, _ in spans_of(cfg.hypothetical_ahead, at, matches):
        ahead = _ahead(clause, s, tokens, cfg.supposition_goes_on)
        if any(r > s and sentence[r] == sentence[s] for r in right_now) and any(
            tokens[i] in cfg.present_tense for i in ahead
        ):
            continue  # "if my leg is cold, white and numb right now what do i do?": it is
        supposed |= ahead
        supposed |= listed_after(cfg, tokens, clause, sentence, present, s)
    for s, _ in spans_of(cfg.conditional, at, matches):
        supposed |= _ahead(sentence, s)
    supposed |= asked_if(cfg, tokens, sentence, at, matches)
    # a list quoted from a leaflet or a checker and denied whole ("None of that.")
    words = sentence_words(tokens, sentence)
    supposed |= denied_quotes(cfg, tokens, sentence, words, at, matches)
    # ... unless a later sentence says it came true ("... they are numb and white now")
    supposed -= fulfilled(cfg, tokens, sentence, supposed, at, matches)
    # ... or that the someone it supposed was the writer ("... That someone is me btw")
    supposed -= owned_wholly(cfg, supposed, at, matches)
    now = {i for i, c in enumerate(clause) if c in present}
    lasting = units_with(cfg.long_standing, part, at, matches) | {
        part[i] for i, tok in enumerate(tokens) if is_year(tok)
    }
    # a part after "and" that tells its own present is not its clause's past: "I had a stroke
    # years ago and my face is drooping" (not "... and my leg is still weak": a lasting deficit)
    dated = lasting | {part[s] for s in past_starts}
    dated |= {part[i] for i, c in enumerate(clause) if c in back}  # "... That was in 2015."
    told_now = _told_now_parts(cfg, tokens, part, dated)
    # ... and so are the parts of their story dated long ago, and of the clauses it goes on
    # over ("my cousin had guillain-barre last year, it crept up his legs over a few days";
    # "my neighbour lost two toes last year because her foot went black"), unless one tells its
    # own present ("... her face is drooping again"): a match may not join them to the
    # writer's own words ("... my toes just tingle after i sit on them"); they frame nothing
    # as someone else's past does (`others_past` is without them)
    framing_past = frozenset(other_past)
    if their_story:
        named = units_with(cfg.other_people, part, at, matches) | {
            part[i] for i, tok in enumerate(tokens) if tok in _THEIRS
        }  # ... that speak of someone ("it crept up his legs"; not "suddenly")
        writers_parts = {part[i] for i in range(len(tokens)) if mine[i]}
        other_past |= {part[i] for i in their_story} & named - told_now - writers_parts
    not_now = frozenset(
        i
        for i, c in enumerate(clause)
        if ((c in past and part[i] not in told_now) or part[i] in other_past or i in supposed)
        and i not in now
    )
    # a form field filled in "no" is denied even when it names today ("Palpitations today: no")
    fields = denied_fields(cfg, tokens, words)
    not_now |= fields | {i for i in history_lines(cfg, tokens, words) if i not in now}
    supposed_now = frozenset(i for i in supposed if i not in now) | fields
    general: set[int] = set()
    first = True
    for i, tok in enumerate(tokens):
        if first and tok in cfg.question_openers:
            general.add(sentence[i])
        first = tok == SENTENCE
    ended = [s for s in _endings(cfg, at, matches, sentence, general) if denied[s] < 0]
    says_now = [*said_now, *strong]
    ended_only = only_ended - told_on  # clauses past only by their ending (`ended_only`)
    return Context(
        clause,
        part,
        not_now,
        supposed_now,
        frozenset(general),
        # a question for help ("should I go to A&E?") says it is now as much as "now" does
        bool(present) or any(spans_of(cfg.asks_for_help, at, matches)),
        frozenset(lasting),
        bool(ended) and max(ended) > max(says_now, default=-1),
        bool(strong),
        frozenset(sentence[s] for s in ended),
        frozenset(said_now_in(sentence, [*said_spans, *strong_spans])),
        max(ended, default=-1),
        told_in_present(cfg, tokens, sentence),
        framing_past,
        frozenset(i for i, c in enumerate(clause) if c in told_on and i not in now),
        retracted(cfg, tokens, at, matches),
        frozenset(other_past),
        frozenset(
            i
            for i in not_now
            if clause[i] in ended_only and part[i] not in other_past and i not in supposed
        ),
    )


def _ahead(
    unit: list[int], s: int, tokens: list[str] | None = None, goes_on: frozenset[str] = frozenset()
) -> set[int]:
    """The tokens from `s` to the end of its unit (clause or sentence, by `unit`); given the
    `tokens`, on over a clause that a `goes_on` word opens: "if a client suddenly lost the
    feeling in one leg, should he ring 999?" (written set 283), "would it be an emergency if my
    calf swelled up and then I got out of breath?" (written set 297) suppose the whole sign."""
    ahead = {i for i in range(s, len(unit)) if unit[i] == unit[s]}
    end = max(ahead) + 1
    while tokens is not None and end < len(unit) and tokens[end] in goes_on:
        more = {i for i in range(end, len(unit)) if unit[i] == unit[end]}
        ahead |= more
        end = max(more) + 1
    return ahead


def _told_now_parts(
    cfg: EmergencyConfig, tokens: list[str], part: list[int], dated: set[int]
) -> set[int]:
    """The parts (clauses split at "and") that tell the present of their own: a subject of
    `now_subjects` and a present-tense verb ("and my face is drooping"), not among the `dated`
    parts (a past word, a year, something long-standing) and with no lasting word ("still")
    in them or in the part after ("my arm is weak | since then")."""
    lasting = {
        part[k] for i, tok in enumerate(tokens) if tok in cfg.lasting for k in (i - 1, i) if k >= 0
    }
    told = {
        part[i]
        for i in range(1, len(tokens))
        if tokens[i] in cfg.present_tense and tokens[i - 1] in cfg.now_subjects
    }
    return told - dated - lasting


def _endings(
    cfg: EmergencyConfig,
    at: Positions,
    matches: Matches,
    sentence: list[int],
    questions: set[int],
) -> list[int]:
    """Where an `over` term says an episode ended. The message is told as over when one comes
    after every word that says now ("... this morning ... It's fine now", but not "the fever
    is better now. ... today it has come up to my knees"). Not an ending hoped for ("hoped it
    would resolve itself. It didn't") nor asked about ("should I walk it off?")."""
    hoped = {e for _, e in spans_of(cfg.future, at, matches)}
    return [
        s
        for s, _ in spans_of(cfg.over, at, matches)
        if s not in hoped and sentence[s] not in questions
    ]


def _opens(tokens: list[str], clause: list[int], i: int) -> bool:
    """Whether token `i` is the first word of its clause (a clause's "." or "," is its own)."""
    return i == 0 or clause[i - 1] != clause[i] or tokens[i - 1] in (SENTENCE, CLAUSE)


def _binomial(cfg: EmergencyConfig, tokens: list[str], i: int) -> bool:
    """Whether the "and" at `i` is inside a fixed pair (`binomials`): "on and off"."""
    return 0 < i < len(tokens) - 1 and (tokens[i - 1], tokens[i + 1]) in cfg.binomials
