"""The reminder set-up conversation: buttons and typed text in, `bot.reminders.draft` steps,
the next question or the saved schedule out.

The typed `Draft` is stored in the database after every step (`bot.storage.drafts`), so a
restart in the middle of a set-up continues where the person was.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import CallbackQuery, ReplyKeyboardRemove

from bot.context import BotContext
from bot.handlers.remind.delivery import now_of, send, store_of, wake
from bot.handlers.remind.screens import (
    days_keyboard,
    saved_text,
    settings_keyboard,
    step_question,
    tz_ambiguous,
    tz_error,
)
from bot.handlers.send import unchanged_ok
from bot.reminders.draft import (
    Draft,
    Step,
    default_hours,
    new_setup,
    parse_hours,
    parse_interval,
    pick_days,
    with_interval,
)
from bot.reminders.schedule import ReminderSettings, zone
from bot.reminders.tzinput import TzChoice, TzInputError, parse_tz, tz_from_location


async def draft(context: BotContext, user_id: int) -> Draft | None:
    services = context.services
    return Draft.from_json(await services.drafts.get(user_id, services.clock()))


async def set_draft(context: BotContext, user_id: int, d: Draft | None) -> None:
    """Store the draft (a restart continues from here), or forget it."""
    services = context.services
    if d is None:
        await services.drafts.delete(user_id)
    else:
        await services.drafts.put(user_id, d.to_json(), services.clock())


# --- asking, advancing, saving ----------------------------------------------------------------


async def ask(
    context: BotContext, chat_id: int, step: Step, s: ReminderSettings, intro: bool = False
) -> None:
    question = step_question(context.texts, step, s, intro)
    if question is not None:
        await send(context, chat_id, *question)


async def advance(
    context: BotContext, chat_id: int, user_id: int, d: Draft, notes: str = ""
) -> None:
    """After one step: the next set-up step, or save (editing one field ends here)."""
    nxt = d.next()
    if nxt is not None:
        await set_draft(context, user_id, nxt)
        await ask(context, chat_id, nxt.step, nxt.settings)
        return
    await set_draft(context, user_id, None)
    s = d.settings
    now = now_of(context)
    row = await store_of(context).save(user_id, chat_id, s, now)
    await context.services.users.set_timezone(user_id, s.tz)
    wake(context)
    texts = context.texts
    text = saved_text(texts, row, now, notes)
    # After the time-zone step the location keyboard must go (one reply markup per message).
    markup = ReplyKeyboardRemove() if d.step == "tz" else settings_keyboard(texts, row)
    await send(context, chat_id, text, markup)


async def start_setup(context: BotContext, chat_id: int, user_id: int) -> None:
    tz = await context.services.users.timezone(user_id) or "UTC"
    try:
        zone(tz)
    except ValueError:
        tz = "UTC"
    d = new_setup(tz)
    await set_draft(context, user_id, d)
    await ask(context, chat_id, d.step, d.settings, intro=True)


# --- the step buttons (v1:r:iv|hr|day|tz:...) -------------------------------------------------


async def on_step_button(
    q: CallbackQuery,
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: Draft,
    kind: Step,
    args: list[str],
) -> None:
    texts = context.texts
    s = d.settings
    arg = args[0] if args else ""
    if kind == "iv":
        await q.answer()
        if arg == "custom":
            await set_draft(context, user_id, d.at("iv", awaiting="iv"))
            await send(context, chat_id, texts.t("remind.ask_interval_custom"))
            return
        minutes = parse_interval(arg)
        if minutes is None:
            return
        await advance(
            context, chat_id, user_id, d.at("iv").with_settings(with_interval(s, minutes))
        )
    elif kind == "hr":
        await q.answer()
        if arg == "custom":
            await set_draft(context, user_id, d.at("hr", awaiting="hr"))
            await send(context, chat_id, texts.t("remind.ask_hours_custom"))
            return
        await advance(context, chat_id, user_id, d.at("hr").with_settings(default_hours(s)))
    elif kind == "day":
        if arg == "ok":
            if not s.weekdays:
                await q.answer(texts.plain("remind.no_days"))
                return
            await q.answer()
            await advance(context, chat_id, user_id, d.at("day"))
            return
        days = pick_days(s.weekdays, arg)
        await set_draft(context, user_id, d.at("day").with_settings(replace(s, weekdays=days)))
        await q.answer()
        async with unchanged_ok():
            await q.edit_message_reply_markup(days_keyboard(texts, days))
    elif kind == "tz":
        await q.answer()
        if arg == "set" and len(args) == 2:  # a choice for an ambiguous abbreviation
            try:
                zone(args[1])
            except ValueError:
                return
            await apply_tz(context, chat_id, user_id, d.at("tz"), TzChoice(args[1]))
            return
        await advance(context, chat_id, user_id, d.at("tz"))


# --- typed input and locations ----------------------------------------------------------------


async def on_typed(context: BotContext, chat_id: int, user_id: int, d: Draft, typed: str) -> bool:
    """Typed text while a draft is open; False when the draft is not waiting for text."""
    texts = context.texts
    text = typed.strip()
    s = d.settings
    if d.awaiting == "iv":
        minutes = parse_interval(text)
        if minutes is None:
            await send(context, chat_id, texts.t("remind.bad_interval"))
            return True
        await advance(context, chat_id, user_id, d.with_settings(with_interval(s, minutes)))
        return True
    if d.awaiting == "hr":
        parsed = parse_hours(text)
        try:
            if parsed is None:
                raise ValueError
            hours = replace(s, start=parsed[0], end=parsed[1])
        except ValueError:
            await send(context, chat_id, texts.t("remind.bad_hours", interval=s.interval_min))
            return True
        await advance(context, chat_id, user_id, d.with_settings(hours))
        return True
    if d.step == "tz":
        if text == texts.plain("remind.btn_keep_tz", tz=s.tz):
            await advance(context, chat_id, user_id, d)
            return True
        try:
            choice = parse_tz(text)
        except TzInputError as e:
            if e.code == "ambiguous":
                await send(context, chat_id, *tz_ambiguous(texts, text, e))
            else:
                await send(context, chat_id, tz_error(texts, text, e))
            return True
        await apply_tz(context, chat_id, user_id, d, choice, typed=True)
        return True
    return False


async def on_location(
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: Draft,
    latitude: float,
    longitude: float,
) -> None:
    """A shared location at the time-zone step."""
    try:
        choice = tz_from_location(latitude, longitude)
    except TzInputError as e:
        await send(context, chat_id, tz_error(context.texts, "", e))
        return
    await apply_tz(context, chat_id, user_id, d, choice)


async def apply_tz(
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: Draft,
    choice: TzChoice,
    *,
    typed: bool = False,
) -> None:
    texts = context.texts
    d = d.with_settings(replace(d.settings, tz=choice.tz))
    now = now_of(context)
    notes = []
    if choice.approximate:
        local = now.astimezone(zone(choice.tz)).strftime("%H:%M")
        key = "remind.tz_picked" if typed else "remind.tz_guessed"
        notes.append(texts.t(key, tz=choice.tz, local_time=local))
    if choice.fixed and choice.tz != "UTC":
        notes.append(texts.t("remind.tz_fixed_note"))
    await advance(context, chat_id, user_id, d, "\n\n".join(notes))
