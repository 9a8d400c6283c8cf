"""Words of time the context rules read: a year ("in 2008"), and the count and unit of a
time phrase ("two years ago", "a couple of months ago")."""

from __future__ import annotations

__all__ = ["COUNTS", "UNITS", "counted", "is_year"]


def is_year(tok: str) -> bool:
    """ "2013", "1998": a year dates what it is said with."""
    return len(tok) == 4 and tok.isdigit() and tok[:2] in ("19", "20")


# words that count the time a past term names: "two years ago", "a couple of months ago"
COUNTS = frozenset(
    {
        "a", "an", "the", "few", "couple", "of", "some", "several", "many", "about", "around",
        "nearly", "almost", "over", "just", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
    }
)  # fmt: skip


UNITS = frozenset(
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
        "fortnight", "fortnights", "summer", "summers", "winter", "winters", "spring", "springs",
        "autumn", "autumns", "christmas", "christmases", "hour", "hours",
    }
)  # fmt: skip


def counted(tokens: list[str], s: int) -> int:
    """Where the time phrase of the past term at `s` starts: before its count ("two years
    ago", "a couple of months ago", "10 years ago")."""
    while s > 0 and (tokens[s - 1] in COUNTS or tokens[s - 1].isdigit()):
        s -= 1
    return s
