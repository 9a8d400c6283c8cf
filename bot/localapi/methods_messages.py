"""Bot API methods that create, edit or delete messages: sendMessage, sendPhoto, sendAnimation,
sendDocument, edit*, delete.

Files are validated like Telegram's: an upload must be non-empty and within the size limit (a
photo 10 MB and a real PNG/GIF/JPEG within Telegram's dimensions, else IMAGE_PROCESS_FAILED;
any other file 50 MB); a file_id must be one this server issued ("wrong file identifier/HTTP
URL specified") of a type the method accepts; captions are at most 1,024 characters after
entity parsing. Every upload is counted (`Stats.uploads`), re-sends by file_id are not.
"""

from __future__ import annotations

from typing import Any

from bot.localapi.core import ApiCore
from bot.localapi.formatting import parse_text
from bot.localapi.http import UploadedFile
from bot.localapi.markup import parse_reply_markup
from bot.localapi.models import ApiError, bad_request
from bot.localapi.params import Params
from bot.localapi.state import ChatState, StoredMessage

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_UPLOAD = 50 * 1024 * 1024  # bots may upload files of up to 50 MB
MAX_PHOTO = 10 * 1024 * 1024  # sendPhoto: at most 10 MB ...
MAX_PHOTO_SIDES = 10_000  # ... width + height at most 10000 ...
MAX_PHOTO_RATIO = 20  # ... and a side ratio of at most 20
PHOTO_SIDE = 2560  # the largest size Telegram keeps of a photo
WRONG_FILE = "wrong file identifier/HTTP URL specified"
MAX_FILE_NAME = 255
# methods that create a new message (count against the send rate limits)
SEND_METHODS = frozenset({"sendmessage", "sendphoto", "sendanimation", "senddocument"})

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


class MessageMethods:
    """sendMessage, sendPhoto, editMessageText, editMessageReplyMarkup, deleteMessage."""

    def __init__(self, core: ApiCore) -> None:
        self.core = core

    async def send_message(self, p: Params) -> Any:
        chat = self.core._chat(p)
        raw = p.string("text")
        if raw is None or raw == "":
            raise bad_request("message text is empty")
        plain, entities, parse_mode = parse_text(
            p, raw, MAX_TEXT, "message text is empty", "message is too long"
        )
        markup = parse_reply_markup(p)
        self._check_reply_to(p, chat)
        self.core._rate_limit(chat)
        msg = StoredMessage(
            message_id=chat.new_message_id(),
            chat_id=chat.id,
            from_bot=True,
            sender={},
            date=int(self.core.clock()),
            text=plain,
            html=raw,
            parse_mode=parse_mode,
            entities=entities,
            reply_markup=markup,
        )
        chat.messages[msg.message_id] = msg
        self.core.stats.messages_sent += 1
        self.core._emit(chat, "new", msg)
        return self.core._message_dict(chat, msg)

    def _check_reply_to(self, p: Params, chat: ChatState) -> None:
        reply_to = p.integer("reply_to_message_id")
        params = p.json("reply_parameters")
        allow = p.flag("allow_sending_without_reply")
        if isinstance(params, dict) and "message_id" in params:
            reply_to = int(params["message_id"])
            allow = allow or bool(params.get("allow_sending_without_reply"))
        if reply_to is not None and reply_to not in chat.messages and not allow:
            raise bad_request("message to be replied not found")

    # ------------------------------------------------------------------ files

    @staticmethod
    def _upload(p: Params, field: str) -> UploadedFile | None:
        """The uploaded file of `field` (or None for a file_id); 400s like Telegram's."""
        value = p.raw.get(field)
        upload = p.files.get(field)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = p.files.get(value[len("attach://") :])
            if upload is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
        if upload is None and not (isinstance(value, str) and value):
            raise bad_request(f"there is no {field} in the request")
        if upload is not None and not upload.data:
            raise bad_request("file must be non-empty")
        return upload

    @staticmethod
    def _caption(p: Params) -> tuple[str, str, list[dict[str, Any]], str | None]:
        """(raw, plain, entities, parse mode) of the caption; an empty one is no caption."""
        raw = p.string("caption") or ""
        if not raw:
            return "", "", [], None
        try:
            plain, entities, parse_mode = parse_text(
                p, raw, MAX_CAPTION, "caption is empty", "message caption is too long"
            )
        except ApiError as exc:
            if exc.description != "Bad Request: caption is empty":
                raise
            return raw, "", [], None
        return raw, plain, entities, parse_mode

    def _store_file_message(
        self,
        p: Params,
        chat: ChatState,
        kind: str,
        extra: dict[str, Any],
        file_data: bytes | None = None,
    ) -> Any:
        raw, plain, entities, parse_mode = self._caption(p)
        markup = parse_reply_markup(p)
        self.core._rate_limit(chat)
        msg = StoredMessage(
            message_id=chat.new_message_id(),
            chat_id=chat.id,
            from_bot=True,
            sender={},
            date=int(self.core.clock()),
            kind=kind,
            text=plain,
            html=raw,
            parse_mode=parse_mode,
            entities=entities,
            reply_markup=markup,
            extra=extra,
            file_data=file_data,
        )
        chat.messages[msg.message_id] = msg
        self.core.stats.messages_sent += 1
        self.core._emit(chat, "new", msg)
        return self.core._message_dict(chat, msg)

    async def send_document(self, p: Params) -> Any:
        """sendDocument with a multipart upload (or a file_id), validated like Telegram."""
        chat = self.core._chat(p)
        upload = self._upload(p, "document")
        self._caption(p)  # a bad caption is refused before anything else is checked
        file_id, unique = self.core._next_file_id("document")
        info: dict[str, Any] = {"file_id": file_id, "file_unique_id": unique}
        if upload is not None:
            if len(upload.data) > MAX_UPLOAD:
                raise ApiError(413, "Request Entity Too Large")
            name = upload.filename or "file"
            if len(name.encode()) > MAX_FILE_NAME or "/" in name or "\x00" in name:
                raise bad_request("wrong file name")
            info.update(file_name=name, mime_type=upload.content_type, file_size=len(upload.data))
        data = upload.data if upload is not None else None
        return self._store_file_message(p, chat, "document", {"document": info}, data)

    def _known_file(self, p: Params, field: str, accepts: tuple[str, ...]) -> dict[str, Any]:
        """The stored info of a file_id sent in `field`; 400 when unknown or of another type."""
        value = str(p.raw.get(field, "")).strip()
        known = self.core.files.get(value)
        if known is None:
            raise bad_request(WRONG_FILE)
        kind = str(known["kind"])
        if kind not in accepts:
            raise bad_request(f"can't use file of type {kind.capitalize()} as {field.capitalize()}")
        return known

    async def send_photo(self, p: Params) -> Any:
        """sendPhoto with a multipart upload (or a file_id), validated like Telegram: at most
        10 MB, a PNG/JPEG/GIF/WebP it can read, width + height <= 10000, ratio <= 20."""
        chat = self.core._chat(p)
        upload = self._upload(p, "photo")
        self._caption(p)  # a bad caption is refused before the upload is looked at
        if upload is None:
            known = self._known_file(p, "photo", ("photo",))
            file_id, unique, size = known["file_id"], known["file_unique_id"], known["size"]
            width, height = known["width"], known["height"]
        else:
            if len(upload.data) > MAX_UPLOAD:
                raise ApiError(413, "Request Entity Too Large")
            if len(upload.data) > MAX_PHOTO:
                raise bad_request("PHOTO_SAVE_FILE_INVALID")
            width, height = _image_size(upload.data)
            ratio = max(width, height) / max(1, min(width, height))
            if width + height > MAX_PHOTO_SIDES or ratio > MAX_PHOTO_RATIO:
                raise bad_request("PHOTO_INVALID_DIMENSIONS")
            file_id, unique = self.core._next_file_id("photo")
            size = len(upload.data)
            self.core.files[file_id] = self.core.files[file_id + "-s"] = {
                "kind": "photo",
                "file_id": file_id,
                "file_unique_id": unique,
                "size": size,
                "width": width,
                "height": height,
            }
            self.core.stats.uploads += 1
            self.core.stats.upload_bytes += size
        big = min(1.0, PHOTO_SIDE / max(width, height))
        small = 90 / max(width, height)
        sizes = [
            {
                "file_id": file_id + "-s",
                "file_unique_id": unique + "s",
                "width": max(1, round(width * small)),
                "height": max(1, round(height * small)),
                "file_size": max(1, size // 10),
            },
            {
                "file_id": file_id,
                "file_unique_id": unique,
                "width": max(1, round(width * big)),
                "height": max(1, round(height * big)),
                "file_size": size,
            },
        ]
        data = upload.data if upload is not None else None
        return self._store_file_message(p, chat, "photo", {"photo": sizes}, data)

    async def send_animation(self, p: Params) -> Any:
        """sendAnimation: a GIF (or silent MP4) upload, or the file_id of an earlier one."""
        chat = self.core._chat(p)
        upload = self._upload(p, "animation")
        self._caption(p)
        if upload is None:
            info = dict(self._known_file(p, "animation", ("animation",))["info"])
        else:
            if len(upload.data) > MAX_UPLOAD:
                raise ApiError(413, "Request Entity Too Large")
            if upload.data[:6] in (b"GIF87a", b"GIF89a"):
                width, height = _image_size(upload.data)
                mime = "image/gif"
            elif upload.data[4:8] == b"ftyp":
                width, height, mime = 0, 0, "video/mp4"
            else:
                raise bad_request("wrong type of the web page content")
            file_id, unique = self.core._next_file_id("animation")
            info = {
                "file_id": file_id,
                "file_unique_id": unique,
                "width": width,
                "height": height,
                "duration": 1,
                "file_name": upload.filename or "animation.gif",
                "mime_type": mime,
                "file_size": len(upload.data),
            }
            self.core.files[file_id] = {"kind": "animation", "file_id": file_id, "info": info}
            self.core.stats.uploads += 1
            self.core.stats.upload_bytes += len(upload.data)
        return self._store_file_message(
            p, chat, "animation", {"animation": info, "document": dict(info)}
        )

    async def edit_message_caption(self, p: Params) -> Any:
        chat, msg = self.core._target_message(p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        if msg.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        raw, plain, entities, parse_mode = self._caption(p)
        return self._apply_edit(p, chat, msg, raw, plain, entities, parse_mode)

    async def edit_message_text(self, p: Params) -> Any:
        chat, msg = self.core._target_message(p, "edit")
        raw = p.string("text")
        if raw is None or raw == "":
            raise bad_request("message text is empty")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        if msg.kind != "text":
            raise bad_request("there is no text in the message to edit")
        plain, entities, parse_mode = parse_text(
            p, raw, MAX_TEXT, "message text is empty", "message is too long"
        )
        return self._apply_edit(p, chat, msg, raw, plain, entities, parse_mode)

    def _apply_edit(
        self,
        p: Params,
        chat: ChatState,
        msg: StoredMessage,
        raw: str,
        plain: str,
        entities: list[dict[str, Any]],
        parse_mode: str | None,
    ) -> Any:
        """The end of editMessageText/editMessageCaption: "not modified" or the new message."""
        markup = parse_reply_markup(p, inline_only=True)
        if plain == msg.text and entities == msg.entities and markup == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        msg.text, msg.html, msg.entities, msg.parse_mode = plain, raw, entities, parse_mode
        msg.reply_markup = markup
        msg.edit_date = int(self.core.clock())
        self.core.stats.messages_edited += 1
        self.core._emit(chat, "edit", msg)
        return self.core._message_dict(chat, msg)

    async def edit_message_reply_markup(self, p: Params) -> Any:
        chat, msg = self.core._target_message(p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        markup = parse_reply_markup(p, inline_only=True)
        if markup == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        msg.reply_markup = markup
        msg.edit_date = int(self.core.clock())
        self.core.stats.messages_edited += 1
        self.core._emit(chat, "edit", msg)
        return self.core._message_dict(chat, msg)

    async def delete_message(self, p: Params) -> Any:
        chat, msg = self.core._target_message(p, "delete")
        del chat.messages[msg.message_id]
        if msg.from_bot:
            self.core._emit(chat, "delete", msg)
        else:
            chat.pulse.notify()
        return True


def _image_size(data: bytes) -> tuple[int, int]:
    """(width, height) of an image Telegram can read; 400 IMAGE_PROCESS_FAILED otherwise."""
    dims = image_size(data)
    if dims is None or dims[0] <= 0 or dims[1] <= 0:
        raise bad_request("IMAGE_PROCESS_FAILED")
    return dims


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) read from a PNG, GIF, JPEG or WebP header; None for anything else.

    Written by hand: the local server stays free of image libraries (base layer only), and
    these headers are a few fixed fields."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and data[12:16] == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            length = int.from_bytes(data[i + 2 : i + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h = int.from_bytes(data[i + 5 : i + 7], "big")
                w = int.from_bytes(data[i + 7 : i + 9], "big")
                return (w, h) if w and h else None
            i += 2 + length
    return None
