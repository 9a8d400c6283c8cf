"""Telegram-like validation and error wording of the local Bot API server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken

from bot.localapi import LocalBotApi

TOKEN = "123456:TEST-abc"


@pytest.fixture
async def bot(lapi: LocalBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=lapi.base_url) as b:
        yield b


async def raw(api: LocalBotApi, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{api.base_url}{TOKEN}/{method}", json=params)
        return r.status_code, r.json()


def kb(*rows: list[InlineKeyboardButton]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(list(rows))


async def test_missing_required_params(lapi: LocalBotApi) -> None:
    lapi.user(1)
    assert await raw(lapi, "sendMessage", text="x") == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: chat_id is empty"},
    )
    assert (await raw(lapi, "sendMessage", chat_id=1))[1]["description"] == (
        "Bad Request: message text is empty"
    )
    assert (await raw(lapi, "sendMessage", chat_id=1, text="  \n "))[1]["description"] == (
        "Bad Request: message text is empty"
    )
    assert (await raw(lapi, "editMessageText", chat_id=1, text="x"))[1]["description"] == (
        "Bad Request: message identifier is not specified"
    )
    assert (await raw(lapi, "deleteMessage", chat_id=1))[1]["description"] == (
        "Bad Request: message identifier is not specified"
    )
    assert (await raw(lapi, "sendChatAction", chat_id=1))[1]["description"] == (
        "Bad Request: wrong parameter action in request"
    )
    assert (await raw(lapi, "sendPhoto", chat_id=1))[1]["description"] == (
        "Bad Request: there is no photo in the request"
    )
    assert (await raw(lapi, "answerCallbackQuery"))[1]["error_code"] == 400
    assert (await raw(lapi, "setMyCommands"))[1]["error_code"] == 400


async def test_chat_not_found(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message("@nobody", "hi")


async def test_text_length_after_parsing(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    await bot.send_message(1, "x" * 4096)
    await bot.send_message(1, "&amp;" * 4096, parse_mode="HTML")  # 4096 chars after parsing
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1, "<b>" + "x" * 4097 + "</b>", parse_mode="HTML")
    assert lapi.calls[-1].description == "Bad Request: message is too long"


async def test_html_parse_errors(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(1, "<div>x</div>", parse_mode="HTML")
    assert lapi.calls[-1].description == (
        'Bad Request: can\'t parse entities: unsupported start tag "div" at byte offset 0'
    )
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(1, "fish & chips", parse_mode="HTML")
    # without parse_mode the same text is fine
    msg = await bot.send_message(1, "fish & chips <div>")
    assert msg.text == "fish & chips <div>"
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await bot.send_message(1, "x", parse_mode="BBCode")


async def test_reply_markup_validation(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(1)
    ok = InlineKeyboardButton("ok", callback_data="x" * 64)
    await bot.send_message(1, "fine", reply_markup=kb([ok]))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(
            1, "x", reply_markup=kb([InlineKeyboardButton("b", callback_data="x" * 65)])
        )
    with pytest.raises(BadRequest, match="Button_data_invalid"):  # 33 x 2 bytes = 66 bytes
        await bot.send_message(
            1, "x", reply_markup=kb([InlineKeyboardButton("b", callback_data="é" * 33)])
        )
    assert lapi.calls[-1].description == "Bad Request: BUTTON_DATA_INVALID"
    row = [InlineKeyboardButton(str(i), callback_data=str(i)) for i in range(9)]
    with pytest.raises(BadRequest):
        await bot.send_message(1, "x", reply_markup=kb(row))
    await bot.send_message(1, "8 ok", reply_markup=kb(row[:8]))
    many = [
        [InlineKeyboardButton(f"{r}{c}", callback_data=f"{r}{c}") for c in range(5)]
        for r in range(21)
    ]
    with pytest.raises(BadRequest, match="Reply_markup_too_long"):
        await bot.send_message(1, "x", reply_markup=InlineKeyboardMarkup(many))
    await bot.send_message(1, "100 ok", reply_markup=InlineKeyboardMarkup(many[:20]))
    # exactly one action per button
    for button in (
        {"text": "a"},
        {"text": "a", "callback_data": "x", "url": "https://x.org"},
    ):
        status, body = await raw(
            lapi, "sendMessage", chat_id=1, text="x", reply_markup={"inline_keyboard": [[button]]}
        )
        assert status == 400 and "inline keyboard button" in body["description"]
    status, body = await raw(
        lapi, "sendMessage", chat_id=1, text="x", reply_markup='{"inline_keyboard": [[{'
    )
    assert status == 400


async def test_edit_errors(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    markup = kb([InlineKeyboardButton("b", callback_data="d")])
    msg = await bot.send_message(1, "<b>hi</b>", parse_mode="HTML", reply_markup=markup)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=1, message_id=999)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>hi</b>",
            chat_id=1,
            message_id=msg.message_id,
            parse_mode="HTML",
            reply_markup=markup,
        )
    assert lapi.calls[-1].description == (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    # same text but no markup: the keyboard is removed (a real modification)
    edited = await bot.edit_message_text(
        "<b>hi</b>", chat_id=1, message_id=msg.message_id, parse_mode="HTML"
    )
    assert not isinstance(edited, bool) and edited.reply_markup is None
    assert user.last is not None and user.last.buttons == [] and user.last.edited
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(chat_id=1, message_id=msg.message_id)
    await bot.edit_message_reply_markup(chat_id=1, message_id=msg.message_id, reply_markup=markup)
    assert user.last.message_id == msg.message_id
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(1, 999)
    # user messages can't be edited
    mid = await user.send("mine")
    with pytest.raises(BadRequest, match="can't be edited"):
        await bot.edit_message_text("x", chat_id=1, message_id=mid)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.edit_message_text("x" * 5000, chat_id=1, message_id=msg.message_id)


async def test_answer_callback_query_rules() -> None:
    async with (
        LocalBotApi(callback_answer_timeout=0.3) as api,
        Bot(TOKEN, base_url=api.base_url) as bot,
    ):
        user = api.user(1)
        await bot.send_message(
            1, "m", reply_markup=kb([InlineKeyboardButton("b", callback_data="d")])
        )
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_callback_query("12345")
        qid = await user.press("b")
        with pytest.raises(BadRequest, match="Message_too_long"):
            await bot.answer_callback_query(qid, text="x" * 201)
        assert api.unanswered_callback_queries() == [qid]
        assert await bot.answer_callback_query(qid, text="x" * 200, show_alert=True)
        assert (await api.callback_answer(qid))["show_alert"] is True
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_callback_query(qid)
        late = await user.press("b")
        with pytest.raises(TimeoutError):
            await api.callback_answer(late, timeout=0.1)
        await asyncio.sleep(0.35)
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_callback_query(late)
        assert api.unanswered_callback_queries() == [late]
        assert api.calls[-1].description == (
            "Bad Request: query is too old and response timeout expired or query ID is invalid"
        )


async def test_press_errors(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    with pytest.raises(LookupError):
        await user.press("nothing")
    with pytest.raises(LookupError):
        await user.press_data("v1:x")
    await bot.send_message(
        1, "m", reply_markup=kb([InlineKeyboardButton("site", url="https://x.org")])
    )
    with pytest.raises(ValueError):
        await user.press("site")
    qid = await user.press_data("v1:zz:forged")
    assert lapi.query(qid).data == "v1:zz:forged"


async def test_commands(lapi: LocalBotApi, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help me")])
    cmds = await bot.get_my_commands()
    assert [(c.command, c.description) for c in cmds] == [("start", "Start"), ("help", "Help me")]
    assert lapi.default_commands()[0] == {"command": "start", "description": "Start"}
    await bot.set_my_commands([("start", "Anfang")], language_code="de")
    assert len(await bot.get_my_commands()) == 2
    for bad in ([("Start", "x")], [("a" * 33, "x")], [("with-dash", "x")], [("", "x")]):
        with pytest.raises(BadRequest, match="Bot_command_invalid"):
            await bot.set_my_commands(bad)
    for bad_desc in ("", "x" * 257):
        with pytest.raises(BadRequest, match="Bot_command_description_invalid"):
            await bot.set_my_commands([("ok", bad_desc)])
    with pytest.raises(BadRequest, match="Bot_commands_too_much"):
        await bot.set_my_commands([(f"c{i}", "d") for i in range(101)])
    await bot.set_my_commands([(f"c{i}", "d") for i in range(100)])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_blocked_user(lapi: LocalBotApi, bot: Bot) -> None:
    lapi.user(5)
    lapi.block(5)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(5, "hi")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(5, "typing")
    lapi.unblock(5)
    await bot.send_message(5, "hi")


async def test_token_and_routing(lapi: LocalBotApi) -> None:
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{lapi.base_url}not-a-token/getMe")
        assert r.status_code == 401
        assert r.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        r = await client.post(f"{lapi.base_url}{TOKEN}/noSuchMethod")
        assert r.status_code == 404 and r.json()["description"] == "Not Found"
        r = await client.get(f"http://127.0.0.1:{lapi.port}/elsewhere")
        assert r.status_code == 404
        # GET with a query string, method names are case-insensitive
        lapi.user(3)
        r = await client.get(f"{lapi.base_url}{TOKEN}/sendmessage?chat_id=3&text=hey")
        assert r.json()["result"]["text"] == "hey"
        # form-urlencoded with JSON-encoded non-strings, as PTB sends it
        r = await client.post(
            f"{lapi.base_url}{TOKEN}/sendMessage",
            data={
                "chat_id": "3",
                "text": "f",
                "reply_markup": json.dumps(
                    {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
                ),
            },
        )
        assert r.json()["result"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "a"
    with pytest.raises(InvalidToken):
        async with Bot("123:bad token", base_url=lapi.base_url) as bot:
            await bot.get_me()


async def test_fixed_token() -> None:
    async with LocalBotApi(token="1:right") as api, httpx.AsyncClient() as client:
        r = await client.post(f"{api.base_url}1:wrong/getMe")
        assert r.status_code == 401
        r = await client.post(f"{api.base_url}1:right/getMe")
        assert r.json()["result"]["id"] == 1


async def test_send_photo_multipart(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    msg = await bot.send_photo(
        1,
        photo=png_bytes(40, 30),
        caption="<b>Look</b>",
        parse_mode="HTML",
        reply_markup=kb([InlineKeyboardButton("b", callback_data="d")]),
    )
    assert msg.photo and msg.caption == "Look"
    snap = await user.reply()
    assert snap.kind == "photo" and snap.text == "Look" and snap.button_texts == ["b"]
    again = await bot.send_photo(1, photo=msg.photo[-1].file_id)
    assert again.photo
    with pytest.raises(BadRequest, match="no text in the message to edit"):
        await bot.edit_message_text("x", chat_id=1, message_id=msg.message_id)
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_photo(1, photo=png_bytes(4, 4), caption="c" * 1025)


async def test_get_updates_conflicts(lapi: LocalBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    # PTB serialises its own getUpdates calls, so the second poller is a plain HTTP client
    status, body = await raw(lapi, "getUpdates", timeout=0)
    assert status == 200 and body == {"ok": True, "result": []}
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first
    status, body = await raw(
        lapi, "setWebhook", url="https://example.org/hook", secret_token="s3cret"
    )
    assert body["result"] is True
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    with pytest.raises(BadRequest):
        await bot.set_webhook("http://insecure.example.org")
    await bot.delete_webhook()
    assert await bot.get_updates() == ()


async def test_allowed_updates_and_drop_pending(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    await bot.send_message(1, "m", reply_markup=kb([InlineKeyboardButton("b", callback_data="d")]))
    await user.send("text")
    await user.press("b")
    ups = await bot.get_updates(allowed_updates=["callback_query"])
    assert len(ups) == 1 and ups[0].callback_query is not None
    await user.send("again")
    await bot.delete_webhook(drop_pending_updates=True)
    assert lapi.pending_updates == 0
    uid = lapi.deliver_update(
        {
            "message": {
                "message_id": 99,
                "date": 0,
                "chat": {"id": 1, "type": "private"},
                "text": "raw",
            }
        }
    )
    ups = await bot.get_updates(allowed_updates=[])
    assert [u.update_id for u in ups] == [uid]


async def test_user_message_kinds(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1, first_name="Ann", language_code="de")
    await user.send("/start@pinbot_test_bot now")
    await user.send_sticker()
    await user.send_photo(caption="pic")
    await user.send_location(52.5, 13.4)
    await user.send_raw({"voice": {"file_id": "v", "file_unique_id": "vu", "duration": 2}})
    ups = await bot.get_updates()
    msgs = [u.message for u in ups]
    assert all(m is not None for m in msgs)
    m0 = msgs[0]
    assert m0 is not None and m0.entities[0].type == "bot_command"
    assert m0.entities[0].length == len("/start@pinbot_test_bot")
    assert m0.from_user is not None and m0.from_user.language_code == "de"
    assert msgs[1] is not None and msgs[1].sticker is not None
    assert msgs[2] is not None and msgs[2].photo and msgs[2].caption == "pic"
    assert msgs[3] is not None and msgs[3].location is not None
    assert msgs[4] is not None and msgs[4].voice is not None
    assert [m.message_id for m in user.messages] == [1, 2, 3, 4, 5]


async def test_send_document_is_validated_like_telegram() -> None:
    import io

    from telegram import Bot, InputFile
    from telegram.error import BadRequest

    from bot.localapi import LocalBotApi

    async with LocalBotApi() as api:
        person = api.user(777)
        await person.send("/start")
        bot = Bot("123:doc-token", base_url=api.base_url)
        async with bot:
            await bot.send_document(
                777, InputFile(io.BytesIO(b'{"a": 1}'), filename="x.json"), caption="<b>c</b>",
                parse_mode="HTML",
            )  # fmt: skip
            got = person.last
            assert got is not None and got.kind == "document" and got.file_data == b'{"a": 1}'
            assert got.text == "c"
            with pytest.raises(BadRequest, match="too long"):
                await bot.send_document(
                    777, InputFile(io.BytesIO(b"x"), filename="y.txt"), caption="x" * 1025
                )
            with pytest.raises(BadRequest, match="non-empty"):
                await bot.send_document(777, InputFile(io.BytesIO(b""), filename="z.txt"))


def png_bytes(width: int, height: int) -> bytes:
    """A real PNG (Pillow), as a person's photo would be."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (0, 114, 178)).save(buf, format="PNG")
    return buf.getvalue()


async def test_send_photo_is_validated_like_telegram(lapi: LocalBotApi, bot: Bot) -> None:
    user = lapi.user(1)
    msg = await bot.send_photo(1, photo=png_bytes(1080, 1350), caption="chart")
    assert (msg.photo[-1].width, msg.photo[-1].height) == (1080, 1350)
    snap = await user.reply()
    assert snap.kind == "photo" and snap.file_data is not None and snap.file_data[:4] == b"\x89PNG"
    # not an image Telegram can read
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(1, photo=b"\x89PNG but not really")
    # width + height over 10000, or a side ratio over 20
    with pytest.raises(BadRequest, match=r"(?i)photo_invalid_dimensions"):
        await bot.send_photo(1, photo=png_bytes(9000, 1200))
    with pytest.raises(BadRequest, match=r"(?i)photo_invalid_dimensions"):
        await bot.send_photo(1, photo=png_bytes(2100, 100))
    # over 10 MB (a valid PNG header followed by padding)
    big = png_bytes(100, 100) + b"\0" * (10 * 1024 * 1024)
    with pytest.raises(BadRequest, match=r"(?i)photo_save_file_invalid"):
        await bot.send_photo(1, photo=big)
    # a caption over 1024 characters is refused before anything else
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_photo(1, photo=b"x", caption="c" * 1025)
    # an exactly 1024-character caption is fine
    ok = await bot.send_photo(1, photo=png_bytes(10, 10), caption="c" * 1024)
    assert ok.caption == "c" * 1024


async def test_send_document_size_limit_and_file_name(lapi: LocalBotApi, bot: Bot) -> None:
    import io

    from telegram import InputFile

    lapi.user(1)
    pdf = b"%PDF-1.4 tiny"
    msg = await bot.send_document(1, InputFile(io.BytesIO(pdf), filename="diary.pdf"))
    assert msg.document is not None and msg.document.file_name == "diary.pdf"
    assert msg.document.file_size == len(pdf)
    status, body = await raw(lapi, "sendDocument", chat_id=1, document="")
    assert status == 400 and "document" in body["description"]
