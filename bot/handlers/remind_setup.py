"""The reminder set-up conversation: interval → active hours → days → time zone, then save.

Editing one field from /settings runs the same step alone. The draft lives in ``user_data``
(``{"mode": "setup"|"edit", "step": ..., "await": "iv"|"hr"|None, "s": ReminderSettings}``),
so a restart mid-set-up starts it again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from typing import Any, cast

from telegram import CallbackQuery, ReplyKeyboardRemove

from bot.context import BotContext
from bot.handlers.remind_delivery import now_of, send, store_of, wake
from bot.handlers.remind_render import (
    days_keyboard,
    saved_text,
    settings_keyboard,
    step_question,
    tz_error,
)
from bot.handlers.render import unchanged_ok
from bot.reminders.schedule import MAX_INTERVAL, MIN_INTERVAL, ReminderSettings, zone
from bot.reminders.tzinput import TzChoice, TzInputError, parse_tz, tz_from_location

DRAFT_KEY = "remind_draft"
ORDER = ("iv", "hr", "day", "tz")
_HOURS_RE = re.compile(
    r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*[-–—to ]+\s*(\d{1,2})(?:[:.h](\d{2}))?\s*$"
)


def parse_hours(text: str) -> tuple[time, time] | None:
    m = _HOURS_RE.match(text)
    if not m:
        return None
    h1, m1, h2, m2 = int(m.group(1)), int(m.group(2) or 0), int(m.group(3)), int(m.group(4) or 0)
    if h1 == 24 and m1 == 0:
        h1 = 0
    if h2 == 24 and m2 == 0:
        h2 = 0
    if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
        return None
    return time(h1, m1), time(h2, m2)


def with_interval(s: ReminderSettings, minutes: int) -> ReminderSettings:
    try:
        return replace(s, interval_min=minutes)
    except ValueError:
        # Active hours too short for this interval: widen to the default working day.
        return replace(s, interval_min=minutes, start=time(9), end=time(18))


# --- the draft --------------------------------------------------------------------------------


def draft(context: BotContext) -> dict[str, Any] | None:
    ud = context.user_data
    if ud is None:
        return None
    d = ud.get(DRAFT_KEY)
    return d if isinstance(d, dict) else None


def set_draft(context: BotContext, d: dict[str, Any] | None) -> None:
    ud = context.user_data
    if ud is None:
        return
    if d is None:
        ud.pop(DRAFT_KEY, None)
    else:
        ud[DRAFT_KEY] = d


def edit_draft(step: str, s: ReminderSettings) -> dict[str, Any]:
    """A draft for changing one field of an existing schedule."""
    return {"mode": "edit", "step": step, "await": None, "s": s}


def draft_settings(d: dict[str, Any]) -> ReminderSettings:
    return cast(ReminderSettings, d["s"])


# --- asking, advancing, saving ----------------------------------------------------------------


async def ask(
    context: BotContext, chat_id: int, step: str, s: ReminderSettings, intro: bool = False
) -> None:
    question = step_question(context.texts, step, s, intro)
    if question is not None:
        await send(context, chat_id, *question)


async def advance(
    context: BotContext, chat_id: int, user_id: int, d: dict[str, Any], notes: str = ""
) -> None:
    """After one step: the next set-up step, or save (editing one field ends here)."""
    d["await"] = None
    if d["mode"] == "setup" and d["step"] != "tz":
        d["step"] = ORDER[ORDER.index(d["step"]) + 1]
        set_draft(context, d)
        await ask(context, chat_id, d["step"], draft_settings(d))
        return
    set_draft(context, None)
    s = draft_settings(d)
    now = now_of(context)
    row = await store_of(context).save(user_id, chat_id, s, now)
    await context.services.users.set_timezone(user_id, s.tz)
    wake(context)
    texts = context.texts
    text = saved_text(texts, row, now, notes)
    # After the time-zone step the location keyboard must go (one reply markup per message).
    markup = ReplyKeyboardRemove() if d["step"] == "tz" else settings_keyboard(texts, row)
    await send(context, chat_id, text, markup)


async def start_setup(context: BotContext, chat_id: int, user_id: int) -> None:
    tz = await context.services.users.timezone(user_id) or "UTC"
    try:
        zone(tz)
    except ValueError:
        tz = "UTC"
    d = {"mode": "setup", "step": "iv", "await": None, "s": ReminderSettings(tz=tz)}
    set_draft(context, d)
    await ask(context, chat_id, "iv", draft_settings(d), intro=True)


# --- the step buttons (v1:r:iv|hr|day|tz:...) -------------------------------------------------


async def on_step_button(
    q: CallbackQuery,
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: dict[str, Any],
    kind: str,
    args: list[str],
) -> None:
    texts = context.texts
    s = draft_settings(d)
    arg = args[0] if args else ""
    if kind == "iv":
        await q.answer()
        if arg == "custom":
            d["step"], d["await"] = "iv", "iv"
            set_draft(context, d)
            await send(context, chat_id, texts.t("remind.ask_interval_custom"))
            return
        if not arg.isdigit() or not MIN_INTERVAL <= int(arg) <= MAX_INTERVAL:
            return
        d["s"] = with_interval(s, int(arg))
        d["step"] = "iv"
        await advance(context, chat_id, user_id, d)
    elif kind == "hr":
        await q.answer()
        if arg == "custom":
            d["step"], d["await"] = "hr", "hr"
            set_draft(context, d)
            await send(context, chat_id, texts.t("remind.ask_hours_custom"))
            return
        d["s"] = replace(s, start=time(9), end=time(18))
        d["step"] = "hr"
        await advance(context, chat_id, user_id, d)
    elif kind == "day":
        days = set(s.weekdays)
        if arg == "ok":
            if not days:
                await q.answer(texts.plain("remind.no_days"))
                return
            await q.answer()
            d["step"] = "day"
            await advance(context, chat_id, user_id, d)
            return
        if arg == "wk":
            days = set(range(5))
        elif arg == "all":
            days = set(range(7))
        elif arg.isdigit() and int(arg) < 7:
            days ^= {int(arg)}
        d["s"] = replace(s, weekdays=frozenset(days))
        d["step"] = "day"
        set_draft(context, d)
        await q.answer()
        async with unchanged_ok():
            await q.edit_message_reply_markup(days_keyboard(texts, frozenset(days)))
    elif kind == "tz":
        await q.answer()
        d["step"] = "tz"
        await advance(context, chat_id, user_id, d)


# --- typed input and locations ----------------------------------------------------------------


async def on_typed(
    context: BotContext, chat_id: int, user_id: int, d: dict[str, Any], typed: str
) -> bool:
    """Typed text while a draft is open; False when the draft is not waiting for text."""
    texts = context.texts
    text = typed.strip()
    s = draft_settings(d)
    waiting = d.get("await")
    if waiting == "iv":
        if not text.isdigit() or not MIN_INTERVAL <= int(text) <= MAX_INTERVAL:
            await send(context, chat_id, texts.t("remind.bad_interval"))
            return True
        d["s"] = with_interval(s, int(text))
        await advance(context, chat_id, user_id, d)
        return True
    if waiting == "hr":
        parsed = parse_hours(text)
        try:
            if parsed is None:
                raise ValueError
            d["s"] = replace(s, start=parsed[0], end=parsed[1])
        except ValueError:
            await send(context, chat_id, texts.t("remind.bad_hours", interval=s.interval_min))
            return True
        await advance(context, chat_id, user_id, d)
        return True
    if d.get("step") == "tz":
        if text == texts.plain("remind.btn_keep_tz", tz=s.tz):
            await advance(context, chat_id, user_id, d)
            return True
        try:
            choice = parse_tz(text)
        except TzInputError as e:
            await send(context, chat_id, tz_error(texts, text, e))
            return True
        await apply_tz(context, chat_id, user_id, d, choice)
        return True
    return False


async def on_location(
    context: BotContext,
    chat_id: int,
    user_id: int,
    d: dict[str, Any],
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
    context: BotContext, chat_id: int, user_id: int, d: dict[str, Any], choice: TzChoice
) -> None:
    texts = context.texts
    d["s"] = replace(draft_settings(d), tz=choice.tz)
    now = now_of(context)
    notes = []
    if choice.approximate:
        local = now.astimezone(zone(choice.tz)).strftime("%H:%M")
        notes.append(texts.t("remind.tz_guessed", tz=choice.tz, local_time=local))
    if choice.fixed and choice.tz != "UTC":
        notes.append(texts.t("remind.tz_fixed_note"))
    await advance(context, chat_id, user_id, d, "\n\n".join(notes))
