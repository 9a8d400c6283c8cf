"""User-visible interface strings, from ``content/<lang>/ui/*.toml``.

Keys are ``<file stem>.<key>`` (``core.welcome``); values are Telegram-HTML templates with
``{named}`` placeholders. Keys whose last part starts with ``btn_`` or ``cmd_`` or ends with
``_alert`` are plain text (button labels, menu descriptions, pop-up answers), not HTML.
:meth:`Texts.t` escapes every inserted value unless it is wrapped in :class:`Html`
(already-rendered markup from our own content). A second language is a second folder next to
``content/en``; missing keys fall back to English.
"""

from __future__ import annotations

import html
import string
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
DEFAULT_LANG = "en"


class Html(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""

    __slots__ = ()


class TextsError(ValueError):
    pass


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str], problems: list[str]) -> None:
    for key, value in table.items():
        full = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(full, value, out, problems)
        elif isinstance(value, str):
            out[full] = value
        else:
            problems.append(f"{full}: expected a string, got {type(value).__name__}")


def placeholders(template: str) -> set[str]:
    names: set[str] = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None:
            names.add(field)
    return names


def read_ui(root: Path, lang: str) -> tuple[dict[str, str], list[str]]:
    """All UI strings of one language, and the problems met reading them."""
    out: dict[str, str] = {}
    problems: list[str] = []
    folder = root / lang / "ui"
    if not folder.is_dir():
        return out, [f"{folder}: missing folder of interface texts"]
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{path.relative_to(root.parent)}: {exc}")
            continue
        _flatten(path.stem, data, out, problems)
    return out, problems


def validate_texts(root: Path | None = None, lang: str = DEFAULT_LANG) -> list[str]:
    """Problems in the UI texts: bad TOML, bad placeholders, invalid HTML, too long."""
    root = root or CONTENT_DIR
    strings, problems = read_ui(root, lang)
    try:
        from bot.tghtml import parse_html
    except ImportError:  # pragma: no cover - the parser ships with the package
        parse_html = None  # type: ignore[assignment]
    for key, template in strings.items():
        try:
            names = placeholders(template)
        except ValueError as exc:
            problems.append(f"{key}: bad placeholder syntax ({exc})")
            continue
        bad = [n for n in names if not n.isidentifier()]
        if bad:
            problems.append(f"{key}: placeholders must be plain names, got {bad}")
            continue
        sample = template.format(**{n: "x" for n in names})
        if len(sample) > 4096:
            problems.append(f"{key}: longer than 4096 characters")
        if is_plain_key(key):
            if len(sample) > 200:
                problems.append(f"{key}: plain label longer than 200 characters")
            continue
        if parse_html is not None:
            errors = parse_html(sample).errors
            if errors:
                problems.append(f"{key}: invalid Telegram HTML: {errors[0]}")
    return problems


def is_plain_key(key: str) -> bool:
    last = key.rsplit(".", 1)[-1]
    return last.startswith(("btn_", "cmd_")) or last.endswith("_alert")


class Texts:
    def __init__(self, strings: dict[str, str], fallback: Texts | None = None) -> None:
        self._strings = strings
        self._fallback = fallback

    def has(self, key: str) -> bool:
        return key in self._strings or (self._fallback is not None and self._fallback.has(key))

    def raw(self, key: str) -> str:
        if key in self._strings:
            return self._strings[key]
        if self._fallback is not None:
            return self._fallback.raw(key)
        raise KeyError(f"no interface text {key!r}")

    def t(self, key: str, /, **values: object) -> str:
        template = self.raw(key)
        escaped = {
            name: value if isinstance(value, Html) else html.escape(str(value), quote=False)
            for name, value in values.items()
        }
        return template.format(**escaped)

    def plain(self, key: str, /, **values: object) -> str:
        """For places that take plain text (button labels, callback answers)."""
        template = self.raw(key)
        return template.format(**{k: str(v) for k, v in values.items()})

    def keys(self) -> set[str]:
        own = set(self._strings)
        return own | (self._fallback.keys() if self._fallback else set())


@cache
def load_texts(lang: str = DEFAULT_LANG, root: Path | None = None) -> Texts:
    base_root = root or CONTENT_DIR
    strings, problems = read_ui(base_root, lang)
    if problems and lang == DEFAULT_LANG:
        raise TextsError("; ".join(problems))
    fallback = None if lang == DEFAULT_LANG else load_texts(DEFAULT_LANG, root)
    return Texts(strings, fallback)
