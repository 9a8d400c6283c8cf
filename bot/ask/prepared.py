"""A message made ready for the emergency rules (`bot/ask/emergency.py`): its tokens after the
rewrites and slips, its sentences (run-on sentences split), each token's rule words (a
pronoun with its antecedent's), where each word is, what a negator covers, its context
(`bot/ask/context.py`) and the message-wide marks the rules read: someone asking for their
work, someone far away already in care, another person named, a pressure denied."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ask.context import Context, read_context
from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.runon import run_on_breaks
from bot.ask.spans import Matches, Positions, spans_of, term_spans
from bot.ask.tenses import said_now_in
from bot.ask.vocabulary import Vocabulary
from bot.content.emergency_models import EmergencyConfig, Term

__all__ = ["Prepared", "negations", "prepare", "resolve_pronouns"]

# the most words a sentence that only says now has ("Happening right now.", "As we speak.")
_NOW_ONLY = 4


@dataclass(frozen=True)
class Prepared:
    """A message read for the rules: its tokens, negation, sentences, matches and context."""

    tokens: list[str]
    negated_by: list[int]
    sentence: list[int]
    matches: Matches
    at: Positions
    ctx: Context
    # a `never_with` term is in the message (someone asking for their work): only the
    # writer's own match in a sentence of `now_sentences` fires
    never: bool = False
    now_sentences: frozenset[int] = frozenset()
    # someone else is already in care far from the writer (`elsewhere_*`): only a match that
    # speaks of the writer fires
    elsewhere: bool = False
    # another person is named (`other_people`): a cause the writer tells of themselves then
    # explains only the writer's own signs
    others: bool = False
    # the writer denies any pressure on the limb ("nothing pressing on it", not supposed and
    # not negated): then no seat or posture explains a sign (`pressure.py`)
    denies_pressure: bool = False
    # with `never`: where a sign the writer tells of themselves now may start (`_told_of_self_now`)
    told_now_at: frozenset[int] = frozenset()
    # where an undenied word says a sign came again ("... numb again", "it came back"): after
    # an ending, a new episode (`bot/ask/rule_scope.py`)
    again_at: tuple[int, ...] = ()
    # where a sentence opens on a later day or part of one ("Today", "This morning", "Since
    # yesterday"): after an ending, a sign that starts in that sentence is a new episode
    # ("Spinal for my section was Tuesday, wore off fine Tuesday night ... Today (Fri) my right
    # leg has gone numb": written set 411)
    new_day_at: tuple[int, ...] = ()
    # where each term occurs, by the term's words: many rules share their words
    found: dict[tuple[tuple[str, bool], ...], list[tuple[int, int]]] = field(default_factory=dict)

    def spans(self, term: Term) -> list[tuple[int, int]]:
        """Where `term` occurs in the text (`term_spans`), looked for once per text."""
        if term.words[0] not in self.at:
            return []
        hit = self.found.get(term.words)
        if hit is None:
            hit = self.found[term.words] = term_spans(term, self.at, self.matches)
        return hit

    def undenied(self, term: Term) -> list[tuple[int, int]]:
        """Where `term` occurs in the text with no negator covering its first word: a denied
        ending, cause or frame ("it hasn't resolved", "it's not the anaesthetic") says nothing."""
        return [(s, e) for s, e in self.spans(term) if self.negated_by[s] < 0]

    def in_text(self, terms: Iterable[Term]) -> list[Term]:
        """Those of `terms` whose first word is in the text: a rule's excuses are hundreds of
        terms, few of them in any one message, and passing over the rest here, without a call
        each, made reading a message about a seventh faster (with `undenied_of`)."""
        at = self.at
        return [term for term in terms if term.words[0] in at]

    def undenied_of(self, terms: Iterable[Term]) -> list[tuple[int, int]]:
        """Where any of `terms` occurs undenied (`undenied`), in the order of `terms`."""
        return [span for term in self.in_text(terms) for span in self.undenied(term)]


def negations(
    cfg: EmergencyConfig, tokens: list[str], breaks: frozenset[int] = frozenset()
) -> list[int]:
    """For each token, the index of the negator whose scope covers it, or -1. A run-on
    sentence break ends a scope ("no chest pain | i fell down the stairs"), and so does a
    comma, unless it parts a list of single words ending in "or" ("it isnt red, hot or
    oozing")."""
    out = [-1] * len(tokens)
    active, left = -1, 0
    for i, tok in enumerate(tokens):
        if i in breaks:
            active, left = -1, 0
        if tok in cfg.negators:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt in cfg.pseudo_negation:
                active, left = -1, 0
            else:
                active, left = i, cfg.negation_scope
            continue
        if tok in cfg.scope_breakers:
            if active >= 0 and left > 0 and tok == CLAUSE and _a_list_goes_on(cfg, tokens, i):
                left = cfg.negation_scope  # "it isnt red, hot or oozing": every word of
                continue  # the list is denied
            active, left = -1, 0
            continue
        if active >= 0 and left > 0 and tok in cfg.scope_extenders:
            out[i], left = active, cfg.negation_scope  # "no X or Y": Y is denied too
            continue
        if active >= 0 and left > 0:
            out[i] = active
            left -= 1
    return out


def _a_list_goes_on(cfg: EmergencyConfig, tokens: list[str], comma: int) -> bool:
    """Whether the comma at `comma` parts items of a list of single words that ends with a
    scope extender before its last item ("red , hot or oozing", "fever , chills , sweats or
    rigors"): one word and a comma, again and again, then one word and "or"."""
    j = comma + 1
    while j + 1 < len(tokens) and _one_item(cfg, tokens[j]) and tokens[j + 1] == CLAUSE:
        j += 2
    return (
        j + 1 < len(tokens) and _one_item(cfg, tokens[j]) and tokens[j + 1] in cfg.scope_extenders
    )


def _one_item(cfg: EmergencyConfig, token: str) -> bool:
    """Whether `token` may be an item of a denied list: a word, not a break nor a negator."""
    return token not in cfg.scope_breakers and token not in cfg.negators


def prepare(
    cfg: EmergencyConfig, vocabulary: Vocabulary, people: tuple[Term, ...], text: str
) -> Prepared:
    """`text` read for the rules with `cfg`'s words; `people` are the terms that name another
    person (not a pronoun)."""
    tokens = vocabulary.tokens(text)
    breaks = run_on_breaks(cfg, tokens)  # "... years ago my face is drooping"
    sentence: list[int] = []
    current = 0
    for i, tok in enumerate(tokens):
        current += i in breaks
        sentence.append(current)
        if tok == SENTENCE:
            current += 1
    matches = resolve_pronouns(cfg, tokens, sentence, [vocabulary.word_matches(t) for t in tokens])
    at: Positions = {}
    for i, ws in enumerate(matches):
        for w in ws:
            at.setdefault(w, []).append(i)
    negated = negations(cfg, tokens, breaks)
    ctx = read_context(cfg, tokens, sentence, at, matches, negated)
    # the sentences with a word of work (`never_with`)
    work = {sentence[s] for t in cfg.never_with for s, _ in term_spans(t, at, matches)}
    never = bool(work)
    others = next(spans_of(people, at, matches), None) is not None
    elsewhere = all(
        next(spans_of(terms, at, matches), None) is not None
        for terms in (cfg.other_people, cfg.elsewhere_contact, cfg.elsewhere_care)
    )
    # the sentences that say now in words (`strong_present`, not a question for help:
    # "could you help me write the patient script" is not now); a word that closes its
    # sentence says it of the next one too ("... earlier, and now | my face is drooping":
    # `said_now_in`, as for the context's); and those with a `work_now` word ("revising for my
    # finals and suddenly ..."); and where the writer tells a sign of their own right after a
    # word of theirs (`_told_of_self_now`)
    now_sentences: frozenset[int] = frozenset()
    told_now_at: frozenset[int] = frozenset()
    if never:
        now_sentences = frozenset(
            said_now_in(
                sentence,
                (
                    span
                    for term in cfg.strong_present
                    if term not in cfg.asks_for_help
                    for span in term_spans(term, at, matches)
                ),
            )
        ) | {sentence[s] for term in cfg.work_now for s, _ in term_spans(term, at, matches)}
        now_sentences |= _told_before(tokens, sentence, now_sentences)
        told_now_at = frozenset(_told_of_self_now(cfg, tokens, sentence, work))
    denies_pressure = any(
        negated[s] < 0 and s not in ctx.supposed
        for term in cfg.pressure_denied
        for s, _ in term_spans(term, at, matches)
    )
    return Prepared(
        tokens,
        negated,
        sentence,
        matches,
        at,
        ctx,
        never,
        now_sentences,
        elsewhere,
        others,
        denies_pressure,
        told_now_at,
        tuple(k for k in range(len(tokens)) if _comes_again(tokens, k) and negated[k] < 0),
        tuple(k for k in range(len(tokens)) if _opens_a_new_day(tokens, k)),
    )


def _comes_again(tokens: list[str], k: int) -> bool:
    """Whether the word at `k` says a sign came again: "again", "came back", "coming back"."""
    return tokens[k] == "again" or (
        tokens[k] == "back" and k > 0 and tokens[k - 1] in ("came", "come", "coming", "comes")
    )


def _opens_a_new_day(tokens: list[str], k: int) -> bool:
    """Whether a sentence opens at `k` on a later day or part of one: "Today", "Tonight",
    "Yesterday", "This morning", "Since yesterday"."""
    if k > 0 and tokens[k - 1] != SENTENCE:
        return False
    tok, after = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else ""
    return (
        tok in ("today", "tonight", "yesterday")
        or (tok == "this" and after in ("morning", "afternoon", "evening"))
        or (tok == "since" and after in ("yesterday", "this", "last"))
    )


def _told_before(tokens: list[str], sentence: list[int], now: frozenset[int]) -> set[int]:
    """The sentences before a short one that only says now ("... he grabbed his chest. He's
    sweating, grey ... Happening right now."): it tells the story before it as now."""
    sizes = Counter(k for k, tok in zip(sentence, tokens, strict=True) if tok != SENTENCE)
    last = max((k for k in now if sizes[k] <= _NOW_ONLY), default=-1)
    return set(range(last))


def _told_of_self_now(
    cfg: EmergencyConfig, tokens: list[str], sentence: list[int], work: set[int]
) -> set[int]:
    """Where a sign may start that the writer tells of themselves now, in a message with words
    of work: right after a word of the writer (`first_person`: "My face is drooping", "I can't
    lift my arm", "I'm short of breath"), in a sentence with nothing of the past (`past_tense`)
    and no word of work (`work`, by `never_with`): "We had a patient come in recently ... My face is
    drooping and I can't lift my arm." (not "I want the actor to describe a sudden cold, pale,
    painful leg", nor "I'm writing a novel where my character's face is drooping")."""
    away = work | {k for tok, k in zip(tokens, sentence, strict=True) if tok in cfg.past_tense}
    return {
        i + 1
        for i, tok in enumerate(tokens[:-1])
        if tok in cfg.first_person and sentence[i + 1] not in away
    }


def resolve_pronouns(
    cfg: EmergencyConfig, tokens: list[str], sentence: list[int], matches: Matches
) -> Matches:
    """A pronoun ("they", "theyve") also matches the antecedent word it most likely stands for:
    the last one named before it, within `pronoun_reach` words and at most one sentence back
    ("Both legs are numb all the time now, even sitting, and they've gone so weak" reads "legs
    ... gone so weak"). Only the plural, and only the words of `antecedents` (the legs); "it"
    stands for too much, so it stands for a foot or a leg (`it_antecedents`) only when a colour
    or a cold of `it_signs` follows it within three words ("it went all pale and icy")."""
    out = list(matches)
    last = last_it = -1

    def near(i: int, j: int, reach: int) -> bool:
        return j >= 0 and i - j <= reach and sentence[i] - sentence[j] <= 1

    for i, tok in enumerate(tokens):
        if tok in cfg.antecedents:
            last = i
        elif tok in cfg.pronouns and near(i, last, cfg.pronoun_reach):
            out[i] = matches[i] | {(tokens[last], False)}
        if tok in cfg.it_antecedents:
            last_it = i
        elif (
            tok in cfg.it_pronouns
            and near(i, last_it, cfg.it_reach)
            and any(t in cfg.it_signs for t in tokens[i + 1 : i + 4])
        ):
            out[i] = matches[i] | {(tokens[last_it], False)}
    return out
