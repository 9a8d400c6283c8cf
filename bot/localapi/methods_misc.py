"""The remaining Bot API methods: getMe, bot commands, callback answers, chat actions."""

from __future__ import annotations

import json
import re
import time
from typing import Any

from bot.localapi.core import ApiCore
from bot.localapi.models import bad_request
from bot.localapi.params import Params

COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
MAX_CALLBACK_ANSWER_TEXT = 200
MAX_COMMANDS = 100

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


class MiscMethods:
    """getMe, close/logOut, set/get/deleteMyCommands, answerCallbackQuery, sendChatAction."""

    def __init__(self, core: ApiCore) -> None:
        self.core = core

    async def harmless(self, p: Params) -> Any:
        return True

    async def get_me(self, p: Params) -> Any:
        return {
            **self.core._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    @staticmethod
    def _scope_key(p: Params) -> str:
        scope = p.json("scope")
        lang = p.string("language_code") or ""
        if lang and not re.fullmatch(r"[a-z]{2}", lang):
            raise bad_request("invalid language code specified")
        scope_s = json.dumps(scope, sort_keys=True) if scope else '{"type": "default"}'
        return f"{scope_s}|{lang}"

    async def set_my_commands(self, p: Params) -> Any:
        if not p.has("commands"):
            raise bad_request('parameter "commands" is required')
        commands = p.json("commands", invalid="can't parse commands JSON object")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned: list[dict[str, str]] = []
        for c in commands:
            if not isinstance(c, dict):
                raise bad_request("can't parse BotCommand")
            cmd = c.get("command")
            desc = c.get("description")
            if not isinstance(cmd, str) or not COMMAND_RE.fullmatch(cmd.lower().lstrip("/")):
                raise bad_request("BOT_COMMAND_INVALID")
            if cmd != cmd.lower() or cmd.startswith("/"):
                raise bad_request("BOT_COMMAND_INVALID")
            if not isinstance(desc, str) or not 1 <= len(desc.strip()) <= 256 or len(desc) > 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": cmd, "description": desc})
        self.core.commands[self._scope_key(p)] = cleaned
        return True

    async def get_my_commands(self, p: Params) -> Any:
        return self.core.commands.get(self._scope_key(p), [])

    async def delete_my_commands(self, p: Params) -> Any:
        self.core.commands.pop(self._scope_key(p), None)
        return True

    def default_commands(self) -> list[dict[str, str]]:
        """The commands set with the default scope and no language."""
        return self.core.commands.get('{"type": "default"}|', [])

    async def answer_callback_query(self, p: Params) -> Any:
        qid = p.string("callback_query_id")
        if not qid:
            raise bad_request(QUERY_TOO_OLD)
        q = self.core._queries.get(qid)
        if q is None or q.answer is not None:
            raise bad_request(QUERY_TOO_OLD)
        if time.monotonic() - q.created > self.core.callback_answer_timeout:
            raise bad_request(QUERY_TOO_OLD)
        text = p.string("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_TEXT:
            raise bad_request("MESSAGE_TOO_LONG")
        url = p.string("url")
        if url is not None and url and not url.startswith(("https://t.me/", "tg://")):
            raise bad_request("URL_INVALID")
        answer: dict[str, Any] = {"callback_query_id": qid, "show_alert": p.flag("show_alert")}
        if text is not None:
            answer["text"] = text
        if url:
            answer["url"] = url
        cache_time = p.integer("cache_time")
        if cache_time is not None:
            answer["cache_time"] = cache_time
        q.answer = answer
        assert self.core._answer_pulse is not None
        self.core._answer_pulse.notify()
        return True

    async def send_chat_action(self, p: Params) -> Any:
        chat = self.core._chat(p)
        action = p.string("action")
        if not action or action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.actions.append(action)
        return True
