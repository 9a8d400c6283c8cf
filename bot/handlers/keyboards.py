"""Callback-data conventions and the main menu keyboard (shared by every feature)."""

from __future__ import annotations

import weakref

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content.texts import Texts

VERSION = "v1"
MAX_CALLBACK_BYTES = 64


def cb(feature: str, *parts: str) -> str:
    """Build versioned callback data ``v1:<feature>:<parts>``; refuses anything over 64 bytes."""
    data = ":".join((VERSION, feature, *parts))
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_cb(data: str | None, feature: str) -> list[str] | None:
    """The parts after ``v1:<feature>:``, or None when the data is not ours."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    pieces = data.split(":")
    if len(pieces) < 2 or pieces[0] != VERSION or pieces[1] != feature:
        return None
    return pieces[2:]


def button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


_MENUS: weakref.WeakKeyDictionary[Texts, InlineKeyboardMarkup] = weakref.WeakKeyDictionary()


def main_menu(texts: Texts) -> InlineKeyboardMarkup:
    """The main menu (built once per language: markups are immutable)."""
    menu = _MENUS.get(texts)
    if menu is None:
        menu = _MENUS[texts] = _build_main_menu(texts)
    return menu


def _build_main_menu(texts: Texts) -> InlineKeyboardMarkup:
    t = texts.plain
    return InlineKeyboardMarkup(
        [
            [button(t("core.btn_triage"), cb("m", "triage"))],
            [
                button(t("core.btn_causes"), cb("m", "causes")),
                button(t("core.btn_faq"), cb("m", "faq")),
            ],
            [
                button(t("core.btn_remind"), cb("m", "remind")),
                button(t("core.btn_help"), cb("m", "help")),
            ],
            [
                button(t("core.btn_about"), cb("m", "about")),
                button(t("core.btn_privacy"), cb("m", "privacy")),
            ],
        ]
    )


def menu_button(texts: Texts) -> InlineKeyboardButton:
    return button(texts.plain("core.btn_menu"), cb("m", "menu"))
