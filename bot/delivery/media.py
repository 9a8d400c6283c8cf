"""Sending a reminder's illustration: each distinct image is uploaded once, then re-sent by the
file_id Telegram gave it (kept in memory and in the database, `bot.storage.plans_store`), so a
reminder storm costs no more uploads than there are images.

Concurrent sends of an image not uploaded yet wait on a per-image lock: the first one uploads,
the others re-send its file_id. A file_id that Telegram no longer accepts ("wrong file
identifier") is forgotten and the image uploaded again once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any, Protocol

from telegram import Bot, InputFile, Message
from telegram.error import BadRequest

from bot.clock import Clock
from bot.illustrate import Illustration

__all__ = ["FileIdStore", "MediaCache"]

log = logging.getLogger(__name__)


class FileIdStore(Protocol):
    async def file_id(self, image_hash: str) -> str | None: ...

    async def save_file_id(
        self, image_hash: str, kind: str, file_id: str, now: datetime
    ) -> None: ...

    async def forget_file_id(self, image_hash: str) -> None: ...


def _file_id_of(msg: Message) -> str | None:
    if msg.animation is not None:
        return msg.animation.file_id
    if msg.photo:
        return msg.photo[-1].file_id
    return None


class MediaCache:
    def __init__(self, store: FileIdStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._ids: dict[str, str] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.uploads = 0  # uploads made by this process (the benchmark reads it)

    async def _known(self, sha: str) -> str | None:
        fid = self._ids.get(sha)
        if fid is None:
            fid = await self.store.file_id(sha)
            if fid is not None:
                self._ids[sha] = fid
        return fid

    async def _send(
        self, bot: Bot, chat_id: int, ill: Illustration, media: Any, **kw: Any
    ) -> Message:
        if ill.kind == "animation":
            return await bot.send_animation(chat_id, media, **kw)
        return await bot.send_photo(chat_id, media, **kw)

    async def send(self, bot: Bot, chat_id: int, ill: Illustration, **kw: Any) -> Message:
        """Send `ill` with `kw` (caption, reply_markup, rate_limit_args...); raises what the
        Bot API raises."""
        sha = ill.sha
        fid = await self._known(sha)
        if fid is not None:
            try:
                return await self._send(bot, chat_id, ill, fid, **kw)
            except BadRequest as exc:
                if "wrong file identifier" not in str(exc).lower():
                    raise
                log.warning("image %s: Telegram no longer knows its file_id", sha[:12])
                if self._ids.get(sha) == fid:
                    del self._ids[sha]
                    await self.store.forget_file_id(sha)
        lock = self._locks.setdefault(sha, asyncio.Lock())
        async with lock:
            fid = self._ids.get(sha)
            if fid is not None:  # uploaded by another send while this one waited
                return await self._send(bot, chat_id, ill, fid, **kw)
            upload = InputFile(ill.data, filename=ill.filename)
            log.info("uploading image %s (%d bytes)", sha[:12], len(ill.data))
            msg = await self._send(bot, chat_id, ill, upload, **kw)
            self.uploads += 1
            new = _file_id_of(msg)
            if new is not None:
                self._ids[sha] = new
                await self.store.save_file_id(sha, ill.kind, new, self.clock())
            return msg
