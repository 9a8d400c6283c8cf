"""Where a message typed without full stops starts a new sentence (a pure function of the
tokens and the ``[context]`` run-on word lists of ``emergency.toml``).

"i had sciatica years ago my face is drooping and i cant lift my arm" is two sentences, and
the years are the sciatica's. Hand-written for the reasons in ``bot/ask/emergency.py``: no
sentence splitter we could load cheaply splits unpunctuated chat at a new subject.
"""

from __future__ import annotations

from bot.ask.normalize import CLAUSE, SENTENCE
from bot.ask.timewords import COUNTS, UNITS, is_year
from bot.content.emergency_models import EmergencyConfig

__all__ = ["ago_opens", "run_on_breaks"]


def run_on_breaks(cfg: EmergencyConfig, tokens: list[str]) -> frozenset[int]:
    """Where a message typed without full stops starts a new sentence: at a subject ("i",
    "she"), or an owner with a verb close behind ("my face is"), after a word that does not
    glue it to what came before ("i had sciatica years ago | my face is drooping", "no chest
    pain | i fell down the stairs"). Not after a time phrase that opens the sentence ("for 6
    months i have had ...") or inside an opened phrase ("after the 5th mile my foot is numb").
    A question asked after the story starts one wherever it comes, unless glued ("... on one
    side of my body | what are the signs of a stroke", "... after jogging | what is going on")."""

    def subject_at(i: int) -> bool:
        tok = tokens[i]
        if tok == "it" and (i + 1 == len(tokens) or tokens[i + 1] in (CLAUSE, SENTENCE)):
            return False  # an object ("... and ignored it, then collapsed"), not a subject
        return tok in cfg.run_on_subjects or (
            tok in cfg.run_on_owners and any(t in cfg.run_on_verbs for t in tokens[i + 1 : i + 5])
        )

    def question_at(i: int) -> bool:
        return tokens[i] in cfg.run_on_questions or " ".join(tokens[i : i + 2]) in (
            cfg.run_on_questions
        )

    told = cfg.run_on_verbs | cfg.past_tense

    def told_at(i: int) -> bool:  # "my husband had ...": a subject telling something
        return tokens[i] in cfg.run_on_owners and any(t in told for t in tokens[i + 1 : i + 4])

    breaks: set[int] = set()
    start = 0  # where the current sentence starts
    had_subject = opened = supposing = False
    for i, tok in enumerate(tokens):
        if tok == SENTENCE:
            start, had_subject, opened = i + 1, False, False
            continue
        if tok == CLAUSE and supposing:
            opened = supposing = False  # "avoiding sitting if at all possible, | not driving
            # my foot is ice cold": a supposition's phrase ends at its comma
            continue
        before = tokens[i - 1] if i else SENTENCE
        glued = before in (SENTENCE, CLAUSE) or before in cfg.run_on_glue
        if (
            before == "not"
            and i > 1
            and tokens[i - 2] in cfg.run_on_be
            and tokens[i] in cfg.run_on_owners
            and "that" not in tokens[i + 1 : i + 4]
        ):
            glued = False  # "... even when I know they are not | both my legs suddenly went
            # weak": a clause that ends at "are not" (a cut or a run-on) glues on no owner (but
            # "it is not my legs that are weak" is one clause)
        if before == "do" and i > 1 and tokens[i - 2] == "to":
            glued = False  # "... things I was never able to do | I'm short of breath" (real
            # part 71): an infinitive's "do" ends its clause
        if before == "to" and i > 1 and tokens[i - 2] in cfg.run_on_to_verbs:
            glued = tokens[i] not in cfg.run_on_owners  # "... like they're supposed to | my
            # foot is ice cold and blue": a verb's "to" ends its clause
        if (
            question_at(i)
            and not glued
            and i > start
            and cfg.run_on_suppositions.isdisjoint(tokens[start:i])
        ):
            # a question asked after the story, whatever phrase it follows (not one an "if"
            # runs into: "if my face droops how would i know", "what if I get face drooping
            # how would I even know" suppose the droop)
            breaks.add(i)
            start, had_subject, opened = i, True, False
        elif subject_at(i):
            # "2019 i had cauda equina": a year that opens the sentence is a time phrase too
            fronted = not had_subject and (
                tokens[start] in cfg.run_on_fronts
                or is_year(tokens[start])
                or ago_opens(tokens, start, i)
            )
            if not glued and not opened and not fronted and i > start:
                breaks.add(i)
                start = i
            # "until my leg goes numb or i become incontinent": a subject glued on inside an
            # opened phrase belongs to it; the next one starts the main clause
            had_subject, opened = True, False
        elif told_at(i):
            had_subject, opened = True, False
        elif tok in cfg.run_on_openers:
            opened, supposing = True, tok in cfg.run_on_suppositions
    return frozenset(breaks)


def ago_opens(tokens: list[str], start: int, i: int) -> bool:
    """Whether tokens start..i are a counted time ago that opens the sentence ("ten years
    ago i fell ..."): a time phrase, not a sentence of its own."""
    return (
        i - start >= 2
        and tokens[i - 1] == "ago"
        and tokens[i - 2] in UNITS
        and all(t in COUNTS or t.isdigit() for t in tokens[start : i - 2])
    )
