"""reply_markup validation: inline keyboards checked the way the real Bot API checks them."""

from __future__ import annotations

import re
from typing import Any

from bot.localapi.models import bad_request
from bot.localapi.params import Params

MAX_CALLBACK_DATA = 64
MAX_BUTTONS = 100
MAX_BUTTONS_PER_ROW = 8


def parse_reply_markup(p: Params, inline_only: bool = False) -> dict[str, Any] | None:
    markup = p.json("reply_markup", invalid="can't parse reply keyboard markup JSON object")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        if inline_only:
            raise bad_request("inline keyboard expected")
        if not any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return markup
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    total = 0
    for row in rows:
        if len(row) > MAX_BUTTONS_PER_ROW:
            raise bad_request("BUTTONS_TOO_MUCH: too many buttons in a row")
        total += len(row)
        for b in row:
            if not isinstance(b, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                )
            text = b.get("text")
            if not isinstance(text, str) or not text.strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            actions = [
                k
                for k in (
                    "url",
                    "callback_data",
                    "web_app",
                    "login_url",
                    "switch_inline_query",
                    "switch_inline_query_current_chat",
                    "switch_inline_query_chosen_chat",
                    "copy_text",
                    "callback_game",
                    "pay",
                )
                if k in b
            ]
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are "
                    "unallowed in the inline keyboard"
                )
            if len(actions) > 1:
                raise bad_request(
                    "can't parse inline keyboard button: exactly one of the "
                    "optional fields must be used"
                )
            if "callback_data" in b:
                data = b["callback_data"]
                if not isinstance(data, str) or not (
                    1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                ):
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in b:
                url = b["url"]
                if not isinstance(url, str) or not re.match(r"^(https?|tg)://[^\s]+$", url):
                    raise bad_request("BUTTON_URL_INVALID")
    if total > MAX_BUTTONS:
        raise bad_request("REPLY_MARKUP_TOO_LONG")
    cleaned = [r for r in rows if r]
    if not cleaned:
        return None
    return {**markup, "inline_keyboard": cleaned}
