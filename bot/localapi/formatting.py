"""Message text validation: parse_mode / entities, whitespace trimming, length limits."""

from __future__ import annotations

from typing import Any

from bot.localapi.models import bad_request
from bot.localapi.params import Params
from bot.tghtml import parse_html, utf16_len


def parse_text(
    p: Params, raw: str, limit: int, empty_msg: str, too_long: str
) -> tuple[str, list[dict[str, Any]], str | None]:
    """Apply parse_mode/entities; returns (plain, entities, parse_mode)."""
    parse_mode = p.string("parse_mode")
    entities: list[dict[str, Any]] = []
    if parse_mode:
        mode = parse_mode.lower()
        if mode == "html":
            parsed = parse_html(raw)
            if parsed.errors:
                err = parsed.errors[0]
                raise bad_request(err[0].lower() + err[1:])
            plain = parsed.plain
            entities = [e.to_dict() for e in parsed.entities]
        elif mode in ("markdown", "markdownv2"):
            plain = raw  # not parsed by the local server; the bot only uses HTML
        else:
            raise bad_request(f"unsupported parse_mode {parse_mode}")
    else:
        plain = raw
        given = p.json("entities")
        if isinstance(given, list):
            entities = [e for e in given if isinstance(e, dict)]
    # Telegram trims surrounding whitespace
    stripped = plain.strip()
    if not stripped:
        raise bad_request(empty_msg)
    if stripped != plain:
        lead = utf16_len(plain[: len(plain) - len(plain.lstrip())])
        new_len = utf16_len(stripped)
        shifted: list[dict[str, Any]] = []
        for e in entities:
            start = max(0, int(e["offset"]) - lead)
            end = min(new_len, int(e["offset"]) + int(e["length"]) - lead)
            if end > start:
                shifted.append({**e, "offset": start, "length": end - start})
        entities = shifted
        plain = stripped
    if utf16_len(plain) > limit:
        raise bad_request(too_long)
    return plain, entities, parse_mode
