"""Which exercise a reminder shows: posture changes and stretches alternate, never the same one
twice in a row, rotating through each kind so every exercise comes up in turn.

Works on anything with `.id` and `.kind` ("posture" | "stretch"), e.g. the exercises of
`bot.content.library.load_bundle().exercises`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["KINDS", "ExerciseLike", "pick_next"]

KINDS = ("posture", "stretch")


class ExerciseLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...


E = TypeVar("E", bound=ExerciseLike)


def pick_next(exercises: Sequence[E], last_id: str | None, seq: int) -> E:
    """The exercise for reminder number `seq` (0, 1, 2, ...) of a schedule whose previous
    reminder showed `last_id` (None: first reminder, or the exercise no longer exists).

    The kind alternates: after a posture change comes a stretch and vice versa (the first is a
    posture change). Within a kind the choice rotates with `seq`, skipping `last_id`. If one kind
    is missing from the content, the other is used alone (still never the same twice in a row,
    unless there is only one exercise at all).
    """
    if not exercises:
        raise ValueError("no exercises to choose from")
    by_id = {e.id: e for e in exercises}
    last = by_id.get(last_id) if last_id is not None else None
    want = "stretch" if last is not None and last.kind == "posture" else "posture"
    if last is None and seq % 2 == 1:
        want = "stretch"
    pool = sorted((e for e in exercises if e.kind == want), key=lambda e: e.id)
    if not pool:
        pool = sorted(exercises, key=lambda e: e.id)
    candidates = [e for e in pool if e.id != last_id] or pool
    return candidates[(max(seq, 0) // 2) % len(candidates)]
