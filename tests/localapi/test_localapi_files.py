"""sendPhoto / sendAnimation uploads and file_id re-sends, validated like Telegram."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from telegram import Bot, InputFile
from telegram.error import BadRequest

from bot.localapi import LocalBotApi

TOKEN = "123456:TEST-abc"


@pytest.fixture
async def bot(lapi: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=lapi.base_url) as b:
        yield b


def image(fmt: str, size: tuple[int, int] = (480, 360), frames: int = 1) -> bytes:
    buf = io.BytesIO()
    imgs = [Image.new("RGB", size, (i * 40, 80, 120)) for i in range(frames)]
    if frames > 1:
        imgs[0].save(buf, format=fmt, save_all=True, append_images=imgs[1:], duration=100)
    else:
        imgs[0].save(buf, format=fmt)
    return buf.getvalue()


async def test_photo_upload_once_then_file_id(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    first = await bot.send_photo(1, photo=image("PNG"), caption="<b>Step</b> 1", parse_mode="HTML")
    assert first.photo[-1].width == 480 and first.photo[-1].height == 360
    assert first.caption == "Step 1"
    again = await bot.send_photo(1, photo=first.photo[-1].file_id, caption="again")
    assert again.photo[-1].file_id == first.photo[-1].file_id
    assert lapi.stats.uploads == 1
    snaps = [await user.reply(), await user.reply()]
    assert [s.kind for s in snaps] == ["photo", "photo"]


async def test_animation_upload_once_then_file_id(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    gif = image("GIF", frames=3)
    first = await bot.send_animation(1, animation=InputFile(gif, filename="a.gif"), caption="x")
    assert first.animation is not None and first.animation.mime_type == "image/gif"
    assert (first.animation.width, first.animation.height) == (480, 360)
    again = await bot.send_animation(1, animation=first.animation.file_id, caption="y")
    assert again.animation is not None
    assert again.animation.file_id == first.animation.file_id
    assert lapi.stats.uploads == 1


async def test_unknown_or_wrong_type_file_id_is_refused(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_photo(1, photo="photo-file-999999")
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_animation(1, animation="no-such-file")
    photo = await bot.send_photo(1, photo=image("PNG"))
    with pytest.raises(BadRequest, match=r"(?i)can't use file of type Photo as Animation"):
        await bot.send_animation(1, animation=photo.photo[-1].file_id)
    assert lapi.stats.uploads == 1


async def test_captions_and_bad_files_are_refused(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(1, photo=image("PNG"), caption="c" * 1025)
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_animation(1, animation=image("GIF", frames=2), caption="c" * 1025)
    with pytest.raises(BadRequest, match=r"(?i)can.t parse entities"):
        await bot.send_photo(1, photo=image("PNG"), caption="<b>open", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(1, photo=b"not an image at all")
    with pytest.raises(BadRequest, match=r"(?i)PHOTO_INVALID_DIMENSIONS"):
        await bot.send_photo(1, photo=image("PNG", size=(2000, 40)))
    with pytest.raises(BadRequest, match=r"(?i)wrong type"):
        await bot.send_animation(1, animation=InputFile(b"plain text", filename="a.gif"))
    with pytest.raises(BadRequest, match=r"(?i)file must be non-empty"):
        await bot.send_photo(1, photo=InputFile(io.BytesIO(b""), filename="e.png"))
    # exactly 1024 characters is fine; nothing above was counted as an upload
    ok = await bot.send_photo(1, photo=image("PNG"), caption="c" * 1024)
    assert ok.caption is not None and len(ok.caption) == 1024
    assert lapi.stats.uploads == 1


async def test_edit_caption_of_a_photo(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    msg = await bot.send_photo(1, photo=image("PNG"), caption="before")
    edited = await bot.edit_message_caption(chat_id=1, message_id=msg.message_id, caption="after")
    assert isinstance(edited, object) and getattr(edited, "caption", None) == "after"
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_caption(chat_id=1, message_id=msg.message_id, caption="after")
    text = await bot.send_message(1, "t")
    with pytest.raises(BadRequest, match=r"(?i)no caption"):
        await bot.edit_message_caption(chat_id=1, message_id=text.message_id, caption="c")
