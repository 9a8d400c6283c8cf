"""SQL text for PostgreSQL: ``?`` / ``:name`` placeholders to ``$n``, SQLite DDL to PostgreSQL DDL.

Storage modules write one statement for both engines, with SQLite's placeholders (``?`` in
order, or ``:name`` with a dict). asyncpg only knows ``$1, $2, ...``. The translation has to skip
string literals, quoted identifiers, comments and ``::`` casts; no library does exactly this
for the two placeholder styles (sqlglot would, at 10 MB and a full parse per statement), so it
is a small scanner here, with its results cached per statement text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["PgStatement", "bind", "pg_ddl", "translate"]

_IDENT_START = re.compile(r"[A-Za-z_]")
_IDENT = re.compile(r"[A-Za-z_0-9]*")
_ROW_RETURNING_FIRST = frozenset({"SELECT", "WITH", "VALUES", "SHOW", "EXPLAIN", "TABLE"})


@dataclass(frozen=True, slots=True)
class PgStatement:
    sql: str  # with $n placeholders
    names: tuple[str, ...] | None  # parameter names in $n order (None: positional ``?``)
    count: int  # how many parameters
    returns_rows: bool  # SELECT ... or ... RETURNING: run with fetch, not execute


def _skip_quoted(sql: str, i: int, quote: str) -> int:
    """Index just after the literal opened at ``sql[i]`` (doubled quotes are escapes)."""
    j = i + 1
    n = len(sql)
    while j < n:
        if sql[j] == quote:
            if j + 1 < n and sql[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    raise ValueError(f"unterminated {quote} in SQL: {sql[:60]!r}")


@lru_cache(maxsize=2048)
def translate(sql: str) -> PgStatement:
    """Rewrite placeholders; ``?`` and ``:name`` must not be mixed in one statement."""
    out: list[str] = []
    names: list[str] = []
    positional = 0
    words: list[str] = []
    i = 0
    n = len(sql)
    start = 0
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            i = _skip_quoted(sql, i, ch)
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end < 0:
                raise ValueError(f"unterminated comment in SQL: {sql[:60]!r}")
            i = end + 2
        elif ch == "?":
            if names:
                raise ValueError("mixed ? and :name placeholders in one statement")
            positional += 1
            out.append(sql[start:i])
            out.append(f"${positional}")
            i += 1
            start = i
        elif ch == ":":
            if sql.startswith("::", i):  # a PostgreSQL cast, not a parameter
                i += 2
                continue
            if i + 1 < n and _IDENT_START.match(sql[i + 1]):
                if positional:
                    raise ValueError("mixed ? and :name placeholders in one statement")
                m = _IDENT.match(sql, i + 1)
                assert m is not None
                name = m.group(0)
                if name not in names:
                    names.append(name)
                out.append(sql[start:i])
                out.append(f"${names.index(name) + 1}")
                i = m.end()
                start = i
            else:
                i += 1
        elif _IDENT_START.match(ch):
            m = _IDENT.match(sql, i)
            assert m is not None
            words.append(m.group(0).upper())
            i = m.end()
        else:
            i += 1
    out.append(sql[start:])
    returns = bool(words) and (words[0] in _ROW_RETURNING_FIRST or "RETURNING" in words)
    if names:
        return PgStatement("".join(out), tuple(names), len(names), returns)
    return PgStatement("".join(out), None, positional, returns)


def bind(stmt: PgStatement, params: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
    """The argument list for ``stmt`` from SQLite-style parameters."""
    if stmt.names is not None:
        if not isinstance(params, Mapping):
            raise TypeError("named placeholders need a dict of parameters")
        return [params[name] for name in stmt.names]
    if isinstance(params, Mapping):
        if stmt.count:
            raise TypeError("? placeholders need a sequence of parameters")
        return []
    args = list(params)
    if len(args) != stmt.count:
        raise TypeError(f"statement has {stmt.count} placeholders, {len(args)} values given")
    return args


# -- DDL -------------------------------------------------------------------------------------

_DDL_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # A rowid alias (with or without AUTOINCREMENT) is an identity column on PostgreSQL;
    # ids written explicitly (user ids, update ids) are still accepted (BY DEFAULT).
    (
        re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.I),
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    # SQLite integers are 64-bit; Telegram ids do not fit PostgreSQL's INTEGER.
    (re.compile(r"\bINTEGER\b", re.I), "BIGINT"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    # SQLite keeps these as 0/1 and ISO text; so must PostgreSQL (the code passes ints/strings)
    (re.compile(r"\bBOOLEAN\b", re.I), "BIGINT"),
    (re.compile(r"\bDATETIME\b", re.I), "TEXT"),
    (re.compile(r"\bBLOB\b", re.I), "BYTEA"),
    (re.compile(r"\)\s*WITHOUT\s+ROWID", re.I), ")"),
    (re.compile(r"^\s*PRAGMA\b[^;]*;", re.I | re.M), ""),
)


def _segments(sql: str) -> list[tuple[bool, str]]:
    """``(is_code, text)`` pieces: code, and string literals / quoted names; comments dropped."""
    out: list[tuple[bool, str]] = []
    i = 0
    start = 0
    n = len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            out.append((True, sql[start:i]))
            end = _skip_quoted(sql, i, ch)
            out.append((False, sql[i:end]))
            i = start = end
        elif sql.startswith("--", i):
            out.append((True, sql[start:i]))
            end = sql.find("\n", i)
            i = start = n if end < 0 else end
        else:
            i += 1
    out.append((True, sql[start:]))
    return out


def pg_ddl(script: str) -> str:
    """A migration written for SQLite, rewritten for PostgreSQL (the few idioms that differ);
    string literals and quoted names are left as they are, comments are dropped."""
    parts: list[str] = []
    for is_code, text in _segments(script):
        if is_code:
            for pattern, replacement in _DDL_RULES:
                text = pattern.sub(replacement, text)
        parts.append(text)
    return "".join(parts)
