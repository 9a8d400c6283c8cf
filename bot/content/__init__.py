"""Everything under the top-level content/ folder: loading, validating, rendering."""

from bot.content.library import (
    CONTENT_DIR,
    Cause,
    ContentBundle,
    ContentError,
    Exercise,
    Faq,
    load_bundle,
)

__all__ = [
    "CONTENT_DIR",
    "Cause",
    "ContentBundle",
    "ContentError",
    "Exercise",
    "Faq",
    "load_bundle",
]
