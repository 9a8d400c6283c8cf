"""The symptom diary in the chat: /log, /diary, the entry card and its buttons, the summary for
a doctor, the weekly check-in; and the hooks the text router calls (on_text, cancel).

Callback data (``v1:d:...``):
  new                      a new entry (also under every reminder and after a symptom check)
  f:<when|leg|dur|act|sev|note>   open a field of the card      back   back to the card
  w:<now|1h|3h|yday|type>  when                  s:<leg|dur|act|sev>:<value>   set a field
  save   x (cancel)        list   e:<id> (one entry)   ed:<id> (edit)   del:<id>   dy:<id> (yes)
  sum   sum:<30|90>        ci:<on|off|none>  (weekly check-in)
  p:<leg>:<duration>:<activity>:<severity>:<minutes>:<unix time>   "Log this" under a typed
                           symptom story (what was understood, "-" unknown; never the words)
Main menu: ``v1:m:log``, ``v1:m:diary``.

Handlers only parse the update and call the pure parts: `bot.diary` (model, parse, summary),
``screens`` beside this module; the summary's chart and PDF are in ``summary``, the check-in's
sending in ``checkin``. Typed text reaches ``on_text`` only after the text router has checked
it for an emergency (emergencies first, everywhere).
"""

from __future__ import annotations

from dataclasses import replace

from telegram import CallbackQuery, InlineKeyboardButton, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.ask import answer
from bot.callbacks import cb, parse_cb, pattern
from bot.content.models import EMERGENCY_FINDINGS
from bot.context import BotContext
from bot.diary.model import Draft, Entry, edit_draft, new_draft
from bot.diary.parse import apply_prefill, from_code, parse_time, read_typed, to_code
from bot.diary.summary import PERIODS, flagged
from bot.diary.words import load_words
from bot.handlers import triage
from bot.handlers.diary import checkin, entries, screens, summary
from bot.handlers.diary.common import now_of, send_or_show, store_of, zone_of
from bot.handlers.keyboards import button
from bot.handlers.send import chat_and_user, reply, show
from bot.storage.diary import DRAFT_TTL

PRIVATE = filters.ChatType.PRIVATE
# Typed text goes to the card only while the person is at it; an hour later it is a question.
ACTIVE_DRAFT = DRAFT_TTL / 24
MAX_TYPED = 1000


# --- starting an entry ------------------------------------------------------------------------


async def start_entry(
    context: BotContext, chat_id: int, user_id: int, typed: str = "", q: CallbackQuery | None = None
) -> None:
    """A new card with sensible defaults (the last entry's values), pre-filled from `typed`."""
    store = store_of(context)
    now = now_of(context)
    last = await store.latest(user_id, 1)
    d = new_draft(now, last[0] if last else None)
    notice = ""
    if typed:
        d, notice = await _prefill(context, user_id, d, typed)
    await store.put_draft(user_id, d, now)
    if d.leg is None and not typed:  # a first entry: the one thing without a default
        pick = screens.picker(context.texts, "leg")
        assert pick is not None
        await send_or_show(context, chat_id, *pick, q)
        return
    await _show_card(context, chat_id, user_id, d, notice, q)


async def _prefill(context: BotContext, user_id: int, d: Draft, typed: str) -> tuple[Draft, str]:
    texts = context.texts
    _, tz = await zone_of(context, user_id)
    result = answer(typed, context.services.content)
    findings = [f for f in result.findings if f not in EMERGENCY_FINDINGS]
    p = read_typed(typed, load_words(), findings, now_of(context), tz)
    d = apply_prefill(d, p, typed)
    notice = (
        texts.t("diary.card_prefilled") if p.fields() else texts.t("diary.card_understood_nothing")
    )
    return d, notice


async def _show_card(
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: Draft,
    notice: str = "",
    q: CallbackQuery | None = None,
) -> None:
    _, tz = await zone_of(context, user_id)
    texts = context.texts
    text = screens.card_text(texts, d, now_of(context), tz, notice)
    await send_or_show(context, chat_id, text, screens.card_keyboard(texts, d), q)


async def log_button_for(
    context: BotContext, user_id: int, text: str
) -> InlineKeyboardButton | None:
    """ "Log this in my diary" for a typed symptom story that says which leg, how long or what
    the person was doing; the button carries only those fields (nothing is stored yet)."""
    _, tz = await zone_of(context, user_id)
    now = now_of(context)
    p = read_typed(text[:MAX_TYPED], load_words(), (), now, tz)
    if p.leg is None and p.duration is None and p.activity is None:
        return None
    try:
        data = cb("d", "p", *to_code(p, now).split(":"))
    except ValueError:  # cannot happen within 64 bytes, but a button is not worth a crash
        return None
    return button(context.texts.plain("diary.btn_log_this"), data)


async def start_prefilled(
    q: CallbackQuery, context: BotContext, chat_id: int, user_id: int, code: list[str]
) -> None:
    texts = context.texts
    now = now_of(context)
    p = from_code(code, now)
    if p is None:
        await q.answer(texts.plain("core.expired_alert"))
        return
    await q.answer()
    store = store_of(context)
    last = await store.latest(user_id, 1)
    d = apply_prefill(new_draft(now, last[0] if last else None), p, "")
    await store.put_draft(user_id, d, now)
    await _show_card(context, chat_id, user_id, d, texts.t("diary.card_prefilled"))


# --- commands ---------------------------------------------------------------------------------


async def cmd_log(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is None or update.message is None:
        return
    typed = ""
    text = update.message.text or ""
    if " " in text:
        typed = text.split(" ", 1)[1].strip()[:MAX_TYPED]
    if typed:
        result = answer(typed, context.services.content)
        if result.emergency:  # emergencies first, as everywhere
            await triage.show_emergency(ids[0], ids[1], list(result.emergency_findings), context)
            return
    await start_entry(context, *ids, typed=typed)


async def cmd_diary(update: Update, context: BotContext) -> None:
    ids = chat_and_user(update)
    if ids is not None:
        await entries.show_list(context, *ids)


# --- buttons ----------------------------------------------------------------------------------


async def on_menu(update: Update, context: BotContext) -> None:
    """The main menu's Log and Diary buttons (v1:m:log, v1:m:diary)."""
    q = update.callback_query
    assert q is not None
    await q.answer()
    ids = chat_and_user(update)
    if ids is None:
        return
    if q.data is not None and q.data.endswith(":log"):
        await start_entry(context, *ids)
    else:
        await entries.show_list(context, *ids)


async def on_button(update: Update, context: BotContext) -> None:
    q = update.callback_query
    assert q is not None
    parts = parse_cb(q.data, "d")
    ids = chat_and_user(update)
    texts = context.texts
    if not parts or ids is None:
        await q.answer(texts.plain("core.expired_alert"))
        return
    chat_id, user_id = ids
    match parts:
        case ["new"]:
            await q.answer()
            await start_entry(context, chat_id, user_id)
        case ["list"]:
            await q.answer()
            await entries.show_list(context, chat_id, user_id, q)
        case ["e", raw] if raw.isdigit():
            await entries.show_entry(q, context, user_id, int(raw))
        case ["ed", raw] if raw.isdigit():
            await _edit_entry(q, context, chat_id, user_id, int(raw))
        case ["del", raw] if raw.isdigit():
            await entries.ask_delete(q, context, user_id, int(raw))
        case ["dy", raw] if raw.isdigit():
            await entries.delete(q, context, user_id, int(raw))
        case ["sum"]:
            await q.answer()
            await show(q, context, *screens.summary_question(texts))
        case ["sum", raw] if raw.isdigit() and int(raw) in PERIODS:
            await q.answer()
            await summary.send_summary(context, chat_id, user_id, int(raw))
        case ["p", *code]:
            await start_prefilled(q, context, chat_id, user_id, code)
        case ["ci", ("on" | "off" | "none") as what]:
            await checkin.on_button(q, context, chat_id, user_id, what)
        case _:
            await _card_button(q, context, chat_id, user_id, parts, update.update_id)


async def _card_button(
    q: CallbackQuery,
    context: BotContext,
    chat_id: int,
    user_id: int,
    parts: list[str],
    update_id: int,
) -> None:
    texts = context.texts
    store = store_of(context)
    now = now_of(context)
    d = await store.draft(user_id, now)
    if d is None:
        saved = await store.saved_by(user_id, update_id) if parts == ["save"] else None
        if saved is not None:  # this very tap saved it before a crash: the same answer again
            await _saved(q, context, user_id, saved, edited=False)
            return
        await q.answer(texts.plain("core.expired_alert"))
        return
    match parts:
        case ["f", name] if (pick := screens.picker(texts, name)) is not None:
            await q.answer()
            if name == "note":
                await store.put_draft(user_id, replace(d, waiting="note"), now)
            await show(q, context, *pick)
        case ["back"]:
            await q.answer()
            await store.put_draft(user_id, replace(d, waiting=None), now)
            await _show_card(context, chat_id, user_id, d, q=q)
        case ["w", "type"]:
            await q.answer()
            await store.put_draft(user_id, replace(d, waiting="time"), now)
            await show(q, context, texts.t("diary.ask_time"), screens.back_keyboard(texts))
        case ["w", choice] if (d2 := d.with_when(choice, now)) is not None:
            await q.answer()
            await store.put_draft(user_id, d2, now)
            await _show_card(context, chat_id, user_id, d2, q=q)
        case ["s", name, value] if (d2 := d.with_field(name, value)) is not None:
            await q.answer()
            await store.put_draft(user_id, d2, now)
            await _show_card(context, chat_id, user_id, d2, q=q)
        case ["save"]:
            await _save(q, context, chat_id, user_id, d, update_id)
        case ["x"]:
            await q.answer()
            await store.drop_draft(user_id)
            await show(q, context, texts.t("diary.cancelled_entry"))
        case _:
            await q.answer(texts.plain("core.expired_alert"))


async def _save(
    q: CallbackQuery, context: BotContext, chat_id: int, user_id: int, d: Draft, update_id: int
) -> None:
    """Write the entry (once per update: a replay after a crash finds the first write)."""
    texts = context.texts
    store = store_of(context)
    now = now_of(context)
    if not d.complete():
        await q.answer()
        pick = screens.picker(texts, "leg")
        assert pick is not None
        await show(q, context, *pick)
        return
    e = d.entry()
    if d.entry_id is not None:
        if not await store.update(user_id, e, now):
            await store.drop_draft(user_id)
            await q.answer(texts.plain("diary.entry_gone"))
            return
    else:
        e = replace(e, id=await store.add(user_id, e, now, update_id))
    await store.drop_draft(user_id)
    await _saved(q, context, user_id, e, edited=d.entry_id is not None)


async def _saved(
    q: CallbackQuery, context: BotContext, user_id: int, e: Entry | int, *, edited: bool
) -> None:
    """The "saved" answer and screen (``e``: the entry, or the id of one written earlier)."""
    texts = context.texts
    now = now_of(context)
    if isinstance(e, int):
        found = await store_of(context).get(user_id, e)
        if found is None:
            await q.answer(texts.plain("diary.entry_gone"))
            return
        e = found
    await q.answer(texts.plain("diary.saved_alert"))
    _, tz = await zone_of(context, user_id)
    patterns = flagged(e, load_words().nudge)
    await show(q, context, *screens.saved_screen(texts, e, now, tz, edited, patterns))


async def _edit_entry(
    q: CallbackQuery, context: BotContext, chat_id: int, user_id: int, entry_id: int
) -> None:
    store = store_of(context)
    e = await store.get(user_id, entry_id)
    if e is None:
        await q.answer(context.texts.plain("diary.entry_gone"))
        return
    await q.answer()
    d = edit_draft(e)
    await store.put_draft(user_id, d, now_of(context))
    await _show_card(context, chat_id, user_id, d, q=q)


# --- hooks for the text router (flows.py) -----------------------------------------------------


async def on_text(update: Update, context: BotContext) -> bool:
    """Typed text while the card is open (a note, a time, or what happened); True if taken.

    The router has already checked the text for an emergency."""
    msg = update.message
    ids = chat_and_user(update)
    if msg is None or msg.text is None or ids is None:
        return False
    chat_id, user_id = ids
    store = store_of(context)
    now = now_of(context)
    d = await store.draft(user_id, now, ttl=ACTIVE_DRAFT)
    if d is None:
        return False
    text = msg.text[:MAX_TYPED]
    texts = context.texts
    if d.waiting == "time":
        _, tz = await zone_of(context, user_id)
        at = parse_time(text, load_words(), now, tz)
        if at is None:
            await reply(context, chat_id, texts.t("diary.bad_time"))
            return True
        d = replace(d, at=at, waiting=None)
        await store.put_draft(user_id, d, now)
        await _show_card(context, chat_id, user_id, d)
        return True
    if d.waiting == "note":
        result = answer(text, context.services.content)
        findings = tuple(f for f in result.findings if f not in EMERGENCY_FINDINGS)
        d = d.with_note(text, findings)
        await store.put_draft(user_id, d, now)
        await _show_card(context, chat_id, user_id, d)
        return True
    d, notice = await _prefill(context, user_id, d, text)
    await store.put_draft(user_id, d, now)
    await _show_card(context, chat_id, user_id, d, notice)
    return True


async def cancel(user_id: int, context: BotContext) -> bool:
    return await store_of(context).drop_draft(user_id)


HANDLERS: list[BaseHandler[Update, BotContext, object]] = [
    CommandHandler("log", cmd_log, filters=PRIVATE),
    CommandHandler("diary", cmd_diary, filters=PRIVATE),
    CallbackQueryHandler(on_menu, pattern=pattern("m", "log", "diary")),
    CallbackQueryHandler(on_button, pattern=pattern("d")),
]
