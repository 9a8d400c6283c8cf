"""The emergency reader's typed configuration (``emergency.toml``): its terms, patterns,
rewrites, rules and the words of its context, negation and self-checks."""

from __future__ import annotations

from dataclasses import dataclass


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
    # whether a one-letter slip of this rewrite's longer words is mended into them before it
    # runs ("could barly walk"); never for words of other languages ("paler" is not "parler")
    mend: bool = True


@dataclass(frozen=True)
class EmergencyRule:
    finding: str
    patterns: tuple[EmergencyPattern, ...]
    window: int = 8
    unless: tuple[Term, ...] = ()
    examples: tuple[str, ...] = ()
    # the past counts too ("had cancer years ago"): context words do not silence this rule
    history: bool = False
    # anywhere in the message, whatever it says of now, these explain it otherwise ("a local
    # anaesthetic at the dentist numbed the left side of my face")
    not_with: tuple[Term, ...] = ()
    # like `not_with`, unless the message says it is now ("... leg day last week. Now both my
    # legs have gone weak")
    set_aside: tuple[Term, ...] = ()
    # `unless` reaches only the part of the sentence it is in (split at commas and "and"):
    # "my wife has had MS for years and her speech is slurred" is a stroke sign
    unless_in_part: bool = False
    # the opposite of `not_with`: one of these must be somewhere in the message, not negated
    # and not supposed, however far from the match ("I had bowel cancer surgery last year ...
    # a new ache in my back ... my left leg is numb")
    needs: tuple[Term, ...] = ()
    # ... and one of these too, in the same way ("I had prostate cancer ... an ache in my lower
    # back ... [a long story] ... my right leg has started to feel weak")
    needs_also: tuple[Term, ...] = ()
    # exceptions that explain a match in their sentence only when the message says it is
    # over ("knelt weeding for two hours, stood up and both legs went to jelly ... it all
    # passed"): a harmless cause told with an episode that has ended
    unless_over: tuple[Term, ...] = ()
    # `needs` must be told as recent: not in a clause of the past ("Fell on my back skiing in
    # 2012, all fine since. Last few weeks pins and needles in my right foot" is an old fall)
    needs_recent: bool = False
    # `needs` counts when only named, even in a conditional or a general sentence: it says
    # what the match is about ("the leaflet says if you cant pee go to A&E. well ive been
    # trying since 6am and nothing is coming out"), not a sign of its own
    needs_named: bool = False
    # a sign that passed still counts unless the message dates it or tells it of someone
    # else's past: FAST's face, arm and speech ("call 999 for any one sign, also if it
    # passed"; "her face drooped for 2 mins, all fine now"), not a leg gone dead on the loo
    counts_if_passed: bool = False


@dataclass(frozen=True)
class EmergencyConfig:
    """``emergency.toml``: rules per finding, text rewrites, negation words, self-checks."""

    rules: tuple[EmergencyRule, ...] = ()
    rewrites: tuple[Rewrite, ...] = ()
    negators: frozenset[str] = frozenset()
    pseudo_negation: frozenset[str] = frozenset()
    scope_breakers: frozenset[str] = frozenset()
    negation_scope: int = 5
    # "no trouble with the loo or numbness down below": a list of what is denied goes on
    scope_extenders: frozenset[str] = frozenset()
    not_emergency: tuple[str, ...] = ()
    ordinary_words: frozenset[str] = frozenset()
    # ... nor mended into the longer words the rewrites look for ("unstable" is not "unable")
    ordinary_near_rewrites: frozenset[str] = frozenset()
    # [context]: a mention inside the clause of one of these is not "true now" ...
    past: tuple[Term, ...] = ()
    # ... split when read (`read_emergency`): the `past` terms that only say something ended
    # ("resolved", "recovered": also `closure`, `endings` or `over` terms), whose clause is past
    # but dates no story told after it, and the others, which date one
    past_endings: tuple[Term, ...] = ()
    # every term that says something ended (`closure`, `endings` and `over` together, once)
    ended: tuple[Term, ...] = ()
    past_dating: tuple[Term, ...] = ()
    hypothetical: tuple[Term, ...] = ()
    # ... those that only reach forward from where they are ("if you know what I mean") ...
    hypothetical_ahead: tuple[Term, ...] = ()
    # ... which goes on over a clause one of these opens ("... if a client suddenly lost ...")
    supposition_goes_on: frozenset[str] = frozenset()
    # ... but not one told in the present tense in a sentence that says it is so right now
    right_now: tuple[Term, ...] = ()
    # ... a fear ("scared that") only when a word of the future follows it in its clause: "I'm
    # scared that I'll have a stroke" is one, "I'm scared that my face is drooping" is now; it
    # supposes from itself on ("my face is drooping and I'm worried that it could get worse")
    fears: tuple[Term, ...] = ()
    future: tuple[Term, ...] = ()
    # the words before a present-tense verb that make a part after "and" tell its own present
    # ("I had a stroke years ago and my face is drooping")
    now_subjects: frozenset[str] = frozenset()
    # "and" inside one of these fixed pairs joins no two parts ("tingling on and off for 4
    # years" is one; "A&E", read "a and e", is one name)
    binomials: frozenset[tuple[str, str]] = frozenset()
    # ... a conditional ("said if ...") reaches to the end of its sentence, across commas ...
    conditional: tuple[Term, ...] = ()
    # ... and a sentence that opens with "if" (`run_on_suppositions`) supposes all it says up to
    # the comma before one of these questions ("If one of our group suddenly had a numb leg and
    # slurred words, what should we do?")
    conditional_asks: tuple[Term, ...] = ()
    # ... or before one of these, comma or not: questions no sign's clause goes on into ("if my
    # dad's leg went cold and white while he's out riding would that be an emergency?")
    bare_asks: tuple[Term, ...] = ()
    # what a writer takes back as they type (`bot/ask/retractions.py`): markers that take back
    # the clause before them ("ignore that"), those that do only before a comma or a full stop
    # ("wait no"), and those that take back what they name after them ("scratch my last msg
    # about")
    retractions: tuple[Term, ...] = ()
    retractions_at_break: tuple[Term, ...] = ()
    retractions_ahead: tuple[Term, ...] = ()
    # words that say a generic "you" was the writer ("Is it normal for your foot to suddenly go
    # numb? Asking because it's happening to me right now"): `owned_generics`
    owned_after: tuple[Term, ...] = ()
    # ... and words that say the someone of a supposition was the writer all along ("Say
    # someone, purely hypothetically, had ... That someone is me btw"): `owned_wholly`
    owned_whole: tuple[Term, ...] = ()
    # ... and the openers and sign words of a later sentence that says a supposition came true
    # ("come back if my toes went numb in the cast. they are numb and white now"): `fulfilled`
    fulfilled_by: tuple[Term, ...] = ()
    fulfilled_signs: frozenset[str] = frozenset()
    # ... and sign words whose family their first letters do not show ("dropped", the speller's
    # "drooped", is of "drooping")
    fulfilled_kin: tuple[tuple[str, str], ...] = ()
    # ... a clause that dates the story told before it ("... That was in 2015."):
    # `bot/ask/backdating.py`
    dated_back: tuple[Term, ...] = ()
    # ... or what is told before it even in the present tense: a lasting state ("her face
    # droops ..., that's been there since her stroke ... in 2021") or words quoted ("'my chest
    # is killing me' is what I said to my GP in March")
    dated_back_whole: tuple[Term, ...] = ()
    # ... a list quoted from a leaflet, a web page, a symptom checker or someone's questions
    # ("NHS site says go to A&E if: face drooping, arm weak ... None of that.") is silenced
    # only when the writer denies it whole: it opens at a `quote_openers` term, or at a
    # `quote_sources` word with a `quote_verbs` word within eight words after it, or at a
    # source word (or "if") that ends its sentence (a colon), and reaches to the end of its
    # sentence (or is the next sentence); a `quote_denials` term after it, within two
    # sentences, says none of it is the writer's, unless a `quote_hedges` term follows that
    # denial (`bot/ask/quotes.py`)
    quote_openers: tuple[Term, ...] = ()
    quote_sources: frozenset[str] = frozenset()
    quote_verbs: frozenset[str] = frozenset()
    quote_denials: tuple[Term, ...] = ()
    quote_hedges: tuple[Term, ...] = ()
    # ... and advice quoted in the writer's sentence ("sheet said come back if toes go numb",
    # "card says back pain + numbness = ring them": a `quote_actions` term ends it) is a
    # conditional, unless a `quote_affirmations` term after it says it is so ("I have both")
    quote_actions: tuple[Term, ...] = ()
    quote_affirmations: tuple[Term, ...] = ()
    # ... and a form field whose value is only one of these ("Back pain: none") is denied,
    # unless its label names something that should be there ("Feeling down below: none")
    field_denials: frozenset[tuple[str, ...]] = frozenset()
    field_abilities: frozenset[str] = frozenset()
    # ... and one of these at the end of a short line denies it ("Face droop - none")
    field_line_denials: frozenset[tuple[str, ...]] = frozenset()
    # ... and the line after one of these headings ("PMH:", "Past:") is the past
    history_headings: frozenset[tuple[str, ...]] = frozenset()
    # ... someone else's past: one of these with another person, up to the next "and" ...
    others_past: tuple[Term, ...] = ()
    # verbs that tell a sentence in the past tense (a year alone silences only those) ...
    past_tense: frozenset[str] = frozenset()
    # ... but not after one of these ("has dropped", "she's gone": a present perfect is now)
    perfect: frozenset[str] = frozenset()
    # a year after one of these that opens its clause dates the clause ("In 2020 I had ...")
    year_openers: frozenset[str] = frozenset()
    # ... and a clause that opens with one of these and has a year dates its sentence ("When my
    # mum had her stroke in 2010 she just went down ...")
    when_openers: frozenset[str] = frozenset()
    # a `present_tense` word right after one of these is an infinitive, not a present tense:
    # "I couldn't get my breath" ("was cant get"), "the free bar may have been involved"
    modals: frozenset[str] = frozenset()
    # the terms that tell a `history` rule's history ("cancer", "metastases"): told in the past,
    # they still count; the rule's other groups (the new signs) must not all belong to an old
    # story the message says has ended (`Context.closed_story`)
    history_marks: frozenset[Term] = frozenset()
    # words of the chest, the breath, the heart or a faint: the second reader's (the net's)
    # `chest_symptoms` needs one of them undenied in the message (a calf swollen and hot after
    # a long coach trip is a clot's sign, not the chest's: the check for a clot asks the rest)
    chest_marks: frozenset[Term] = frozenset()
    # words that tell someone is well ("Today he's absolutely fine"): a sentence that says now
    # with one of them undenied says no story goes on now (`Scope`'s frames; "it's no better"
    # does)
    well_now: frozenset[str] = frozenset()
    # ... and words of a death: someone else's history told beside their death ("my dad died
    # of cancer that spread to his spine, he ended up unable to walk") is no one's now
    deaths: tuple[Term, ...] = ()
    # ... and a blessing of the dead after a comma ("he had cancer in his spine and ended up in a
    # wheelchair, god rest him"): the whole sentence before it is the dead one's
    blessings: tuple[Term, ...] = ()
    # words that tell a sign lasts from then until now, not that it started now ("still")
    lasting: frozenset[str] = frozenset()
    # a message typed without full stops ("i had sciatica years ago my face is drooping") runs
    # on: a new sentence starts at a subject (`run_on_subjects`, or a `run_on_owners` word with
    # a `run_on_verbs` word within four words) after a word that is not `run_on_glue`
    run_on_subjects: frozenset[str] = frozenset()
    run_on_owners: frozenset[str] = frozenset()
    run_on_verbs: frozenset[str] = frozenset()
    run_on_glue: frozenset[str] = frozenset()
    # ... and not after one of these since that subject ("after the 5th mile my foot is numb")
    run_on_openers: frozenset[str] = frozenset()
    # ... nor after a time phrase that opens the sentence ("for 6 months i have had ...")
    run_on_fronts: frozenset[str] = frozenset()
    # ... and at a question asked after the story ("... on one side of my body what are the
    # signs of a stroke"): one or two words, as typed
    run_on_questions: frozenset[str] = frozenset()
    # ... an opener of these opens a supposition that ends at its comma ("avoiding sitting if at
    # all possible, | not driving my foot is ice cold")
    run_on_suppositions: frozenset[str] = frozenset()
    # ... and a clause ended by one of these and "not" glues on no owner ("... even when I know
    # they are not | both my legs suddenly went weak")
    run_on_be: frozenset[str] = frozenset()
    # ... and "to" after one of these is a verb's, not a preposition's: it glues on no owner
    # ("... aren't clearing up like they're supposed to | my foot is ice cold and blue")
    run_on_to_verbs: frozenset[str] = frozenset()
    # ... (other people: only together with a past word) ...
    other_people: tuple[Term, ...] = ()
    # someone the writer is with ("my flatmate"): their sign told as now counts beside a
    # `never_with` word (`bot/ask/whose.py`, `with_companion`)
    companions: tuple[Term, ...] = ()
    # ... the words that name another person, each term's last ("my uncle", "my best mate")
    other_words: frozenset[str] = frozenset()
    # ... unless the clause (or, for `unless` exceptions, the message) says it is happening now
    present: tuple[Term, ...] = ()
    # question words that make a whole sentence general when it starts with them
    question_openers: frozenset[str] = frozenset()
    # a message that frames itself as long-standing ("living with foot drop since 2020",
    # "20 year anniversary") and says nothing of today states none of `long_standing_silences`
    long_standing: tuple[Term, ...] = ()
    # ... split once, when read, into those that date a story ("years ago", "last summer") and
    # those that only say something lasts until now ("for years", "living with": `ongoing`)
    long_standing_dated: tuple[Term, ...] = ()
    long_standing_ongoing: tuple[Term, ...] = ()
    strong_present: tuple[Term, ...] = ()
    # a question for help ("should I go to A&E?") says it is now, as `present` does
    asks_for_help: tuple[Term, ...] = ()
    long_standing_silences: frozenset[str] = frozenset()
    # ... and these too, when the message is told wholly in the past (no sentence in the present
    # tense, nothing that says now) and names a year: "In January 2007, I went to the ER ...
    # chest pain and shortness of breath"
    dated_story_silences: frozenset[str] = frozenset()
    # words that only name a part of the body: a pattern group made of them is a body part,
    # and a sign told in the past beside it is past ("lost his leg to a foot infection ... my
    # foot tingles")
    body_parts: frozenset[str] = frozenset()
    # anywhere in a message, these explain away every rule's match: someone asking for their
    # work ("I'm writing a novel", "revising for my paramedic exam")
    never_with: tuple[Term, ...] = ()
    # ... unless the writer's own sign is told in a sentence that says now in words, or with
    # one of these: "I was revising for my finals and suddenly both my legs went weak"
    work_now: tuple[Term, ...] = ()
    # a pressure the writer denies ("nothing pressing on it", the rewrite of "I wasn't sitting
    # on it"): then no `pressures` term (a seat, a posture, a position held) in a rule's
    # `unless` or `unless_over` explains its sign ("straining on the toilet ... suddenly my left
    # leg went numb ... nothing pressing on it")
    pressure_denied: tuple[Term, ...] = ()
    pressures: frozenset[Term] = frozenset()
    # the message says the episode is over ("it's fine now", rewritten "resolved"): a sign's
    # `unless` exception then applies even beside "now" or "this morning"
    over: tuple[Term, ...] = ()
    # the `not_with` terms that say an episode ended ("resolved", "back to normal"): they
    # explain a rule's match only when they come after its start ("My back pain has resolved.
    # After the epidural yesterday I couldn't move my left leg" is not over)
    endings: tuple[Term, ...] = ()
    # the `not_with` terms that date or frame an old episode ("years ago", "physio", "living
    # with"): they explain a rule's match only in a sentence that does not say now ("My mum
    # had a stroke years ago. Today my legs are tingling and the right leg is weak" is now)
    frames: tuple[Term, ...] = ()
    # an old story told in sentences after its date ("Three years ago I had a stroke. Woke up
    # and couldn't lift my arm, face drooping. ... I've been back at work for two years"): the
    # sentences between one with a past clause and a `closure` word that tells the story ended
    # are that story's, when they tell nothing in `present_tense` and say nothing of now
    closure: tuple[Term, ...] = ()
    # someone else already in care far from the writer ("My brother just rang from a hospital
    # in Leeds, he's been admitted with a cold white leg"): a message with one of
    # `other_people`, one of `elsewhere_contact` and one of `elsewhere_care` silences every
    # match whose parts do not speak of the writer (no `first_person` word there, "my" before
    # another person not counting: "my uncle's foot")
    elsewhere_contact: tuple[Term, ...] = ()
    elsewhere_care: tuple[Term, ...] = ()
    first_person: frozenset[str] = frozenset()
    present_tense: frozenset[str] = frozenset()
    # "they" after "both legs" is the legs: a pronoun of `pronouns` stands also for the last
    # word of `antecedents` before it, at most `pronoun_reach` words back in the same sentence
    # or the one before ("Both legs are numb all the time now, even sitting, and they've gone
    # so weak")
    pronouns: frozenset[str] = frozenset()
    antecedents: frozenset[str] = frozenset()
    pronoun_reach: int = 15
    # "... my right foot feels like I've been standing in a snowdrift ... it's gone a greyish
    # colour": a singular pronoun of `it_pronouns` stands for the last word of `it_antecedents`
    # too, but only when a word of `it_signs` follows it within three words ("it" stands for too
    # much otherwise)
    it_pronouns: frozenset[str] = frozenset()
    it_antecedents: frozenset[str] = frozenset()
    it_signs: frozenset[str] = frozenset()
    it_reach: int = 25
    # findings.toml [topics]: finding -> content id, in priority order
    finding_topics: tuple[tuple[str, str], ...] = ()
    # findings.toml `spoken_of`: the topic of a message that speaks of emergency signs without
    # stating them as true now (a stroke years ago, "what if my face droops")
    spoken_of_topic: str | None = None
    # findings that tell who the person is (a condition, a diet, a medicine), not what they
    # feel: a message of context words only that states no other and names no leg or foot is
    # given no topic by them ("headache every morning since they changed my insulin")
    background_findings: frozenset[str] = frozenset()
    # findings.toml `spoken_of_story`: words of a story the topic head may answer with that
    # topic ("hospital", "collapsed", "paraly*"): the whole words, and the prefixes of those
    # ending in *
    spoken_of_story: frozenset[str] = frozenset()
    spoken_of_story_prefixes: tuple[str, ...] = ()
