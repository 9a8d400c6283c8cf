"""The content library: causes, FAQs, exercises, emergency rules and synonyms, as typed data.

Everything here is read from the top-level ``content/<lang>/`` folder with the stdlib `tomllib`
and turned into frozen dataclasses. Reading collects *every* problem it meets (missing file,
bad TOML, missing or mistyped field) and `load_bundle` raises one `ContentError` listing them
all, together with the cross-checks of `bot.content.schema.check_bundle`.

Render helpers (`render_topic`, `render_exercise`) are pure: data in, Telegram-HTML string out.
Section headings are passed in by the caller (they are interface texts, not medical content).

This module is the entry point (`load_bundle`); the parts live next to it and are imported
from where they are defined:

- ``models.py``: the dataclasses (`Cause`, `Faq`, `ContentBundle`, ...) and `ContentError`
- ``toml_reader.py``: file locations and `Reader` (raw TOML -> typed values, collecting problems)
- ``loader.py``: `read_bundle` and the per-file readers; ``emergency.py``: ``emergency.toml``
- ``render.py``: `render_topic`, `render_exercise`
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.content.loader import read_bundle
from bot.content.models import (
    ContentBundle,
    ContentError,
)
from bot.content.toml_reader import (
    DEFAULT_LANG,
)

__all__ = [
    "load_bundle",
]


def _load(lang: str, root: Path | None) -> ContentBundle:
    from bot.content.schema import check_bundle

    bundle, problems = read_bundle(lang, root)
    problems = problems + check_bundle(bundle)
    if problems:
        raise ContentError(problems)
    return bundle


@cache
def _load_default(lang: str) -> ContentBundle:
    return _load(lang, None)


def load_bundle(lang: str = DEFAULT_LANG, root: Path | None = None) -> ContentBundle:
    """The validated content of `lang` (cached for the default root). Raises ContentError."""
    if root is None:
        return _load_default(lang)
    return _load(lang, root)
