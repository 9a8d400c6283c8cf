"""Buttons and the main menu keyboard (shared by every feature); callback data is in
`bot.callbacks`."""

from __future__ import annotations

import weakref

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import cb
from bot.content.texts import Texts


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
                button(t("core.btn_log"), cb("m", "log")),
                button(t("core.btn_diary"), cb("m", "diary")),
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
