"""Movement reminders in the chat: set-up (/remind), /settings, /pause, /resume, /stats, the
buttons under each reminder, and the dispatcher's lifecycle.

Callback data (``v1:r:...``):
  iv:<minutes>|iv:custom   hr:default|hr:custom   day:<0-6>|day:wk|day:all|day:ok
  tz:keep   set:<iv|hr|day|tz>   pause:<30m|1h|2h|today|forever>   pause   resume   off   on
  stats   setup   a:<d|s|k|p>:<due unix seconds>   (Done, Snooze, Skip, Pause for today)

The set-up draft lives in ``user_data`` (a restart mid-set-up starts it again); the schedule
itself is in the database (`bot.storage.schedules`), which the dispatcher reads.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any, cast

from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.content.library import Exercise, load_bundle, render_exercise
from bot.content.texts import Html, Texts
from bot.context import BotContext, services_of
from bot.handlers.keyboards import button, cb, parse_cb
from bot.reminders.dispatcher import Dispatcher, new_worker_id, utc_now
from bot.reminders.pick import pick_next
from bot.reminders.schedule import (
    FOREVER,
    INTERVAL_CHOICES,
    MAX_INTERVAL,
    MIN_INTERVAL,
    PauseChoice,
    ReminderSettings,
    next_due,
    pause_until,
    snooze,
    streak,
    week_start,
    zone,
)
from bot.reminders.tzinput import TzChoice, TzInputError, parse_tz, tz_from_location
from bot.storage.schedules import Claimed, ScheduleRow, ScheduleStore

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
STORE_KEY = "reminder_store"
DISPATCHER_KEY = "reminder_dispatcher"
CLOCK_KEY = "reminder_clock"  # tests/benchmarks may inject a Callable[[], datetime]
HEARTBEAT_JOB = "reminders-heartbeat"
DRAFT_KEY = "remind_draft"
ACTIONS = {"d": "done", "s": "snooze", "k": "skip", "p": "pause"}
PAUSES: tuple[PauseChoice, ...] = ("30m", "1h", "2h", "today", "forever")
_HOURS_RE = re.compile(
    r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*[-–—to ]+\s*(\d{1,2})(?:[:.h](\d{2}))?\s*$"
)


# --- services ---------------------------------------------------------------------------------


def _store(context: BotContext) -> ScheduleStore:
    store = context.services.extras.get(STORE_KEY)
    if store is None:
        store = ScheduleStore(context.db, new_worker_id())
        context.services.extras[STORE_KEY] = store
    return cast(ScheduleStore, store)


def _now(context: BotContext) -> datetime:
    clock = context.services.extras.get(CLOCK_KEY, utc_now)
    return cast(datetime, clock())


def _wake(context: BotContext) -> None:
    d = context.services.extras.get(DISPATCHER_KEY)
    if isinstance(d, Dispatcher):
        d.wake()


# --- rendering (pure) -------------------------------------------------------------------------


def _hm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _local(s: ReminderSettings, at: datetime) -> str:
    lt = at.astimezone(zone(s.tz))
    return lt.strftime("%a %d %b %H:%M")


def _next_label(texts: Texts, s: ReminderSettings, row: ScheduleRow) -> str:
    return _local(s, row.next_due) if row.next_due else texts.plain("remind.next_none")


def days_label(texts: Texts, days: frozenset[int]) -> str:
    if days == frozenset(range(7)):
        return texts.plain("remind.all_days")
    if days == frozenset(range(5)):
        return texts.plain("remind.weekdays")
    return ", ".join(texts.plain(f"remind.btn_day_{d}") for d in sorted(days))


def summary(texts: Texts, row: ScheduleRow | None, s: ReminderSettings, now: datetime) -> str:
    if row is not None and not row.active:
        status = texts.plain("remind.status_blocked")
    elif not s.enabled:
        status = texts.plain("remind.status_off")
    elif s.paused_until is not None and s.paused_until >= FOREVER:
        status = texts.plain("remind.status_paused_forever")
    elif s.paused_until is not None and s.paused_until > now:
        status = texts.plain("remind.status_paused", until=_local(s, s.paused_until))
    else:
        status = texts.plain("remind.status_on")
    nxt = row.next_due if row is not None else next_due(s, now)
    return texts.t(
        "remind.summary",
        interval=s.interval_min,
        start=_hm(s.start),
        end=_hm(s.end),
        days=days_label(texts, s.weekdays),
        tz=s.tz,
        local_time=now.astimezone(zone(s.tz)).strftime("%H:%M"),
        status=status,
        next=_local(s, nxt) if nxt is not None else texts.plain("remind.next_none"),
    )


def settings_keyboard(texts: Texts, row: ScheduleRow) -> InlineKeyboardMarkup:
    t = texts.plain
    s = row.settings
    paused = s.paused_until is not None
    return InlineKeyboardMarkup(
        [
            [
                button(t("remind.btn_set_interval"), cb("r", "set", "iv")),
                button(t("remind.btn_set_hours"), cb("r", "set", "hr")),
            ],
            [
                button(t("remind.btn_set_days"), cb("r", "set", "day")),
                button(t("remind.btn_set_tz"), cb("r", "set", "tz")),
            ],
            [
                button(t("remind.btn_resume"), cb("r", "resume"))
                if paused
                else button(t("remind.btn_pause"), cb("r", "pause")),
                button(t("remind.btn_turn_off"), cb("r", "off"))
                if s.enabled
                else button(t("remind.btn_turn_on"), cb("r", "on")),
            ],
            [button(t("remind.btn_stats"), cb("r", "stats"))],
        ]
    )


def reminder_keyboard(texts: Texts, due_ts: int) -> InlineKeyboardMarkup:
    t = texts.plain
    d = str(due_ts)
    return InlineKeyboardMarkup(
        [
            [
                button(t("remind.btn_done"), cb("r", "a", "d", d)),
                button(t("remind.btn_snooze"), cb("r", "a", "s", d)),
            ],
            [
                button(t("remind.btn_skip"), cb("r", "a", "k", d)),
                button(t("remind.btn_pause_today"), cb("r", "a", "p", d)),
            ],
        ]
    )


def reminder_text(texts: Texts, ex: Exercise, catch_up: bool) -> str:
    headings = {
        "steps": texts.t("remind.heading_steps"),
        "dose": texts.t("remind.heading_dose"),
        "safety": texts.t("remind.heading_safety"),
    }
    title = texts.t(
        "remind.reminder_posture" if ex.kind == "posture" else "remind.reminder_stretch"
    )
    text = texts.t("remind.reminder", title=Html(title), body=Html(render_exercise(ex, headings)))
    if catch_up:
        text += "\n\n" + texts.t("remind.reminder_catch_up")
    return text


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


# --- the draft (set-up / editing one field) ---------------------------------------------------


def _draft(context: BotContext) -> dict[str, Any] | None:
    ud = context.user_data
    if ud is None:
        return None
    d = ud.get(DRAFT_KEY)
    return d if isinstance(d, dict) else None


def _set_draft(context: BotContext, d: dict[str, Any] | None) -> None:
    ud = context.user_data
    if ud is None:
        return
    if d is None:
        ud.pop(DRAFT_KEY, None)
    else:
        ud[DRAFT_KEY] = d


def _draft_settings(d: dict[str, Any]) -> ReminderSettings:
    return cast(ReminderSettings, d["s"])


async def _send(context: BotContext, chat_id: int, text: str, markup: Any = None) -> None:
    await context.bot.send_message(
        chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
    )


async def _ask(
    context: BotContext, chat_id: int, step: str, s: ReminderSettings, intro: bool = False
) -> None:
    texts = context.texts
    t = texts.plain
    if step == "iv":
        opts = [
            button(t("remind.btn_minutes", n=n), cb("r", "iv", str(n))) for n in INTERVAL_CHOICES
        ]
        rows = [opts[:3], [*opts[3:], button(t("remind.btn_other"), cb("r", "iv", "custom"))]]
        text = texts.t("remind.ask_interval")
        if intro:
            text = texts.t("remind.intro") + "\n\n" + text
        await _send(context, chat_id, text, InlineKeyboardMarkup(rows))
    elif step == "hr":
        rows = [
            [
                button(t("remind.btn_hours_default"), cb("r", "hr", "default")),
                button(t("remind.btn_other"), cb("r", "hr", "custom")),
            ]
        ]
        await _send(context, chat_id, texts.t("remind.ask_hours"), InlineKeyboardMarkup(rows))
    elif step == "day":
        await _send(context, chat_id, texts.t("remind.ask_days"), _days_keyboard(texts, s.weekdays))
    elif step == "tz":
        await _send(
            context,
            chat_id,
            texts.t("remind.ask_tz", tz=s.tz),
            ReplyKeyboardMarkup(
                [
                    [KeyboardButton(t("remind.btn_share_location"), request_location=True)],
                    [KeyboardButton(t("remind.btn_keep_tz", tz=s.tz))],
                ],
                one_time_keyboard=True,
                resize_keyboard=True,
            ),
        )


def _days_keyboard(texts: Texts, days: frozenset[int]) -> InlineKeyboardMarkup:
    t = texts.plain
    row1 = [
        button(("✅ " if d in days else "▫️ ") + t(f"remind.btn_day_{d}"), cb("r", "day", str(d)))
        for d in range(4)
    ]
    row2 = [
        button(("✅ " if d in days else "▫️ ") + t(f"remind.btn_day_{d}"), cb("r", "day", str(d)))
        for d in range(4, 7)
    ]
    return InlineKeyboardMarkup(
        [
            row1,
            row2,
            [
                button(t("remind.btn_days_weekdays"), cb("r", "day", "wk")),
                button(t("remind.btn_days_all"), cb("r", "day", "all")),
            ],
            [button(t("remind.btn_ok"), cb("r", "day", "ok"))],
        ]
    )


_ORDER = ("iv", "hr", "day", "tz")


async def _advance_draft(
    context: BotContext, chat_id: int, user_id: int, d: dict[str, Any], notes: str = ""
) -> None:
    """After one step: the next set-up step, or save (editing one field ends here)."""
    d["await"] = None
    if d["mode"] == "setup" and d["step"] != "tz":
        d["step"] = _ORDER[_ORDER.index(d["step"]) + 1]
        _set_draft(context, d)
        await _ask(context, chat_id, d["step"], _draft_settings(d))
        return
    _set_draft(context, None)
    s = _draft_settings(d)
    now = _now(context)
    row = await _store(context).save(user_id, chat_id, s, now)
    await context.services.user_store().set_timezone(user_id, s.tz)
    _wake(context)
    texts = context.texts
    text = texts.t("remind.saved", summary=Html(summary(texts, row, row.settings, now)))
    if notes:
        text = notes + "\n\n" + text
    # After the time-zone step the location keyboard must go (one reply markup per message).
    markup = ReplyKeyboardRemove() if d["step"] == "tz" else settings_keyboard(texts, row)
    await _send(context, chat_id, text, markup)


async def _start_setup(context: BotContext, chat_id: int, user_id: int) -> None:
    tz = await context.services.user_store().timezone(user_id) or "UTC"
    try:
        zone(tz)
    except ValueError:
        tz = "UTC"
    d = {"mode": "setup", "step": "iv", "await": None, "s": ReminderSettings(tz=tz)}
    _set_draft(context, d)
    await _ask(context, chat_id, "iv", _draft_settings(d), intro=True)


async def _show_settings(context: BotContext, chat_id: int, user_id: int) -> None:
    row = await _store(context).get(user_id)
    texts = context.texts
    if row is None:
        await _send(
            context,
            chat_id,
            texts.t("remind.no_schedule"),
            InlineKeyboardMarkup([[button(texts.plain("remind.btn_setup"), cb("r", "setup"))]]),
        )
        return
    now = _now(context)
    text = texts.t("remind.settings_title", summary=Html(summary(texts, row, row.settings, now)))
    await _send(context, chat_id, text, settings_keyboard(texts, row))


# --- commands ---------------------------------------------------------------------------------


def _ids(update: Update) -> tuple[int, int] | None:
    if update.effective_chat is None or update.effective_user is None:
        return None
    return update.effective_chat.id, update.effective_user.id


async def cmd_remind(update: Update, context: BotContext) -> None:
    ids = _ids(update)
    if ids is None:
        return
    row = await _store(context).get(ids[1])
    if row is None:
        await _start_setup(context, *ids)
    else:
        await _show_settings(context, *ids)


async def cmd_settings(update: Update, context: BotContext) -> None:
    ids = _ids(update)
    if ids is not None:
        await _show_settings(context, *ids)


async def cmd_pause(update: Update, context: BotContext) -> None:
    ids = _ids(update)
    if ids is None:
        return
    if await _store(context).get(ids[1]) is None:
        await _show_settings(context, *ids)
        return
    await _ask_pause(context, ids[0])


async def _ask_pause(context: BotContext, chat_id: int) -> None:
    t = context.texts.plain
    rows = [
        [
            button(t("remind.btn_pause_30m"), cb("r", "pause", "30m")),
            button(t("remind.btn_pause_1h"), cb("r", "pause", "1h")),
            button(t("remind.btn_pause_2h"), cb("r", "pause", "2h")),
        ],
        [
            button(t("remind.btn_pause_today_long"), cb("r", "pause", "today")),
            button(t("remind.btn_pause_forever"), cb("r", "pause", "forever")),
        ],
    ]
    await _send(context, chat_id, context.texts.t("remind.ask_pause"), InlineKeyboardMarkup(rows))


async def cmd_resume(update: Update, context: BotContext) -> None:
    ids = _ids(update)
    if ids is not None:
        await _resume(context, *ids)


async def _resume(context: BotContext, chat_id: int, user_id: int) -> None:
    store = _store(context)
    row = await store.get(user_id)
    if row is None:
        await _show_settings(context, chat_id, user_id)
        return
    now = _now(context)
    s = row.settings
    was_paused = s.paused_until is not None and s.paused_until > now
    s = replace(s, paused_until=None, snoozed_until=None, enabled=True)
    row = await store.save(user_id, chat_id, s, now)
    _wake(context)
    nxt = _next_label(context.texts, s, row)
    key = "remind.resumed" if was_paused else "remind.not_paused"
    await _send(context, chat_id, context.texts.t(key, next=nxt))


async def _pause(context: BotContext, chat_id: int, user_id: int, choice: PauseChoice) -> None:
    store = _store(context)
    row = await store.get(user_id)
    if row is None:
        return
    now = _now(context)
    until = pause_until(row.settings, now, choice)
    s = replace(row.settings, paused_until=until, snoozed_until=None)
    await store.save(user_id, chat_id, s, now)
    if until >= FOREVER:
        text = context.texts.t("remind.paused_forever")
    else:
        text = context.texts.t("remind.paused", until=_local(s, until))
    await _send(context, chat_id, text)


async def cmd_stats(update: Update, context: BotContext) -> None:
    ids = _ids(update)
    if ids is not None:
        await _stats(context, *ids)


async def _stats(context: BotContext, chat_id: int, user_id: int) -> None:
    store = _store(context)
    row = await store.get(user_id)
    texts = context.texts
    if row is None:
        await _send(context, chat_id, texts.t("remind.stats_none"))
        return
    now = _now(context)
    s = row.settings
    since = week_start(s, now)
    counts = await store.counts_since(user_id, since)
    sent = await store.sent_since(user_id, since)
    done_days = {
        t.astimezone(zone(s.tz)).date()
        for t in await store.done_times(user_id, now - timedelta(days=400))
    }
    today = now.astimezone(zone(s.tz)).date()
    await _send(
        context,
        chat_id,
        texts.t(
            "remind.stats",
            sent=sent,
            done=counts["done"],
            snoozed=counts["snooze"],
            skipped=counts["skip"],
            streak=streak(done_days, today, s.weekdays),
        ),
    )


# --- buttons ----------------------------------------------------------------------------------


async def on_menu(update: Update, context: BotContext) -> None:
    """The main menu's "Reminders" button (v1:m:remind), also offered after a symptom check."""
    q = update.callback_query
    assert q is not None
    await q.answer()
    ids = _ids(update)
    if ids is not None:
        row = await _store(context).get(ids[1])
        if row is None:
            await _start_setup(context, *ids)
        else:
            await _show_settings(context, *ids)


async def on_button(update: Update, context: BotContext) -> None:
    q = update.callback_query
    assert q is not None
    parts = parse_cb(q.data, "r")
    ids = _ids(update)
    if not parts or ids is None:
        await q.answer(context.texts.plain("core.expired_alert"))
        return
    chat_id, user_id = ids
    kind = parts[0]
    if kind == "a" and len(parts) == 3:
        await _on_reminder_button(update, context, parts[1], parts[2])
        return
    d = _draft(context)
    if kind in ("iv", "hr", "day", "tz"):
        if d is None:
            row = await _store(context).get(user_id)
            if row is None:
                await q.answer(context.texts.plain("core.expired_alert"))
                await _start_setup(context, chat_id, user_id)
                return
            d = {"mode": "edit", "step": kind, "await": None, "s": row.settings}
        await _on_step_button(update, context, d, kind, parts[1:])
        return
    await q.answer()
    if kind == "setup":
        await _start_setup(context, chat_id, user_id)
    elif kind == "set" and len(parts) == 2 and parts[1] in _ORDER:
        row = await _store(context).get(user_id)
        if row is None:
            await _start_setup(context, chat_id, user_id)
            return
        _set_draft(context, {"mode": "edit", "step": parts[1], "await": None, "s": row.settings})
        await _ask(context, chat_id, parts[1], row.settings)
    elif kind == "pause" and len(parts) == 1:
        await _ask_pause(context, chat_id)
    elif kind == "pause" and parts[1] in PAUSES:
        await _pause(context, chat_id, user_id, parts[1])
    elif kind == "resume":
        await _resume(context, chat_id, user_id)
    elif kind in ("off", "on"):
        store = _store(context)
        row = await store.get(user_id)
        if row is None:
            return
        s = replace(row.settings, enabled=kind == "on")
        row = await store.save(user_id, chat_id, s, _now(context))
        _wake(context)
        if kind == "off":
            await _send(context, chat_id, context.texts.t("remind.turned_off"))
        else:
            nxt = (
                _local(s, row.next_due) if row.next_due else context.texts.plain("remind.next_none")
            )
            await _send(context, chat_id, context.texts.t("remind.turned_on", next=nxt))
    elif kind == "stats":
        await _stats(context, chat_id, user_id)
    else:
        await _send(context, chat_id, context.texts.t("core.expired"))


async def _on_step_button(
    update: Update, context: BotContext, d: dict[str, Any], kind: str, args: list[str]
) -> None:
    q = update.callback_query
    assert q is not None
    ids = _ids(update)
    assert ids is not None
    chat_id, user_id = ids
    texts = context.texts
    s = _draft_settings(d)
    arg = args[0] if args else ""
    if kind == "iv":
        await q.answer()
        if arg == "custom":
            d["step"], d["await"] = "iv", "iv"
            _set_draft(context, d)
            await _send(context, chat_id, texts.t("remind.ask_interval_custom"))
            return
        if not arg.isdigit() or not MIN_INTERVAL <= int(arg) <= MAX_INTERVAL:
            return
        d["s"] = _with_interval(s, int(arg))
        d["step"] = "iv"
        await _advance_draft(context, chat_id, user_id, d)
    elif kind == "hr":
        await q.answer()
        if arg == "custom":
            d["step"], d["await"] = "hr", "hr"
            _set_draft(context, d)
            await _send(context, chat_id, texts.t("remind.ask_hours_custom"))
            return
        d["s"] = replace(s, start=time(9), end=time(18))
        d["step"] = "hr"
        await _advance_draft(context, chat_id, user_id, d)
    elif kind == "day":
        days = set(s.weekdays)
        if arg == "ok":
            if not days:
                await q.answer(texts.plain("remind.no_days"))
                return
            await q.answer()
            d["step"] = "day"
            await _advance_draft(context, chat_id, user_id, d)
            return
        if arg == "wk":
            days = set(range(5))
        elif arg == "all":
            days = set(range(7))
        elif arg.isdigit() and int(arg) < 7:
            days ^= {int(arg)}
        d["s"] = replace(s, weekdays=frozenset(days))
        d["step"] = "day"
        _set_draft(context, d)
        await q.answer()
        try:
            await q.edit_message_reply_markup(_days_keyboard(texts, frozenset(days)))
        except BadRequest as e:
            if "not modified" not in str(e).lower():
                raise
    elif kind == "tz":
        await q.answer()
        d["step"] = "tz"
        await _advance_draft(context, chat_id, user_id, d)


def _with_interval(s: ReminderSettings, minutes: int) -> ReminderSettings:
    try:
        return replace(s, interval_min=minutes)
    except ValueError:
        # Active hours too short for this interval: widen to the default working day.
        return replace(s, interval_min=minutes, start=time(9), end=time(18))


async def _on_reminder_button(update: Update, context: BotContext, code: str, due_raw: str) -> None:
    q = update.callback_query
    assert q is not None
    ids = _ids(update)
    assert ids is not None
    chat_id, user_id = ids
    texts = context.texts
    action = ACTIONS.get(code)
    store = _store(context)
    row = await store.get(user_id)
    if action is None or not due_raw.isdigit() or row is None:
        await q.answer(texts.plain("core.expired_alert"))
        return
    due_ts = int(due_raw)
    now = _now(context)
    if not await store.record_event(user_id, due_ts, action, now):
        await q.answer(texts.plain("remind.answered_alert"))
        return
    s = row.settings
    if action == "snooze":
        s2 = snooze(s, now)
        await store.save(user_id, chat_id, s2, now, next_override=next_due(s2, now))
        result = texts.t("remind.result_snooze")
    elif action == "pause":
        until = pause_until(s, now, "today")
        s2 = replace(s, paused_until=until, snoozed_until=None)
        await store.save(user_id, chat_id, s2, now)
        result = texts.t("remind.result_pause", until=_local(s2, until))
    elif action == "done":
        result = texts.t("remind.result_done")
    else:
        result = texts.t("remind.result_skip")
    _wake(context)
    await q.answer()
    msg = q.message
    base = msg.text_html if isinstance(msg, Message) and msg.text else ""
    try:
        await q.edit_message_text(
            f"{base}\n\n{result}" if base else result,
            parse_mode=ParseMode.HTML,
            reply_markup=None,
            disable_web_page_preview=True,
        )
    except BadRequest as e:
        if "not modified" not in str(e).lower():
            raise


# --- flows: typed input and locations ---------------------------------------------------------


async def on_text(update: Update, context: BotContext) -> bool:
    d = _draft(context)
    msg = update.message
    ids = _ids(update)
    if d is None or msg is None or msg.text is None or ids is None:
        return False
    chat_id, user_id = ids
    texts = context.texts
    text = msg.text.strip()
    s = _draft_settings(d)
    waiting = d.get("await")
    if waiting == "iv":
        if not text.isdigit() or not MIN_INTERVAL <= int(text) <= MAX_INTERVAL:
            await _send(context, chat_id, texts.t("remind.bad_interval"))
            return True
        d["s"] = _with_interval(s, int(text))
        await _advance_draft(context, chat_id, user_id, d)
        return True
    if waiting == "hr":
        parsed = parse_hours(text)
        try:
            if parsed is None:
                raise ValueError
            d["s"] = replace(s, start=parsed[0], end=parsed[1])
        except ValueError:
            await _send(context, chat_id, texts.t("remind.bad_hours", interval=s.interval_min))
            return True
        await _advance_draft(context, chat_id, user_id, d)
        return True
    if d.get("step") == "tz":
        if text == texts.plain("remind.btn_keep_tz", tz=s.tz):
            await _advance_draft(context, chat_id, user_id, d)
            return True
        try:
            choice = parse_tz(text)
        except TzInputError as e:
            await _send(context, chat_id, _tz_error(texts, text, e))
            return True
        await _apply_tz(context, chat_id, user_id, d, choice)
        return True
    return False


def _tz_error(texts: Texts, text: str, e: TzInputError) -> str:
    short = text[:40]
    if e.code in ("offset_range", "offset_minutes"):
        return texts.t("remind.bad_tz_offset")
    if e.code == "location":
        return texts.t("remind.bad_tz_location")
    if e.suggestions:
        return texts.t("remind.bad_tz_suggest", text=short, suggestions=" / ".join(e.suggestions))
    return texts.t("remind.bad_tz_unknown", text=short)


async def _apply_tz(
    context: BotContext, chat_id: int, user_id: int, d: dict[str, Any], choice: TzChoice
) -> None:
    texts = context.texts
    d["s"] = replace(_draft_settings(d), tz=choice.tz)
    now = _now(context)
    notes = []
    if choice.approximate:
        local = now.astimezone(zone(choice.tz)).strftime("%H:%M")
        notes.append(texts.t("remind.tz_guessed", tz=choice.tz, local_time=local))
    if choice.fixed and choice.tz != "UTC":
        notes.append(texts.t("remind.tz_fixed_note"))
    await _advance_draft(context, chat_id, user_id, d, "\n\n".join(notes))


async def on_other(update: Update, context: BotContext) -> bool:
    d = _draft(context)
    msg = update.message
    ids = _ids(update)
    if d is None or msg is None or ids is None or d.get("step") != "tz":
        return False
    if msg.location is None:
        return False
    chat_id, user_id = ids
    try:
        choice = tz_from_location(msg.location.latitude, msg.location.longitude)
    except TzInputError as e:
        await _send(context, chat_id, _tz_error(context.texts, "", e))
        return True
    await _apply_tz(context, chat_id, user_id, d, choice)
    return True


async def cancel(user_id: int, context: BotContext) -> bool:
    if _draft(context) is None:
        return False
    _set_draft(context, None)
    return True


async def reactivate(user_id: int, context: BotContext) -> None:
    """/start after a 403: the schedule becomes active again (next due recomputed)."""
    store = _store(context)
    row = await store.get(user_id)
    if row is not None and not row.active:
        await store.set_active(user_id, True, _now(context))
        _wake(context)


# --- the dispatcher ---------------------------------------------------------------------------


def _make_sender(app: Application) -> Any:  # type: ignore[type-arg]
    services = services_of(app)

    async def send(c: Claimed, catch_up: bool) -> tuple[int, str | None]:
        texts = services.texts
        exercises = list(load_bundle().exercises.values())
        ex = pick_next(exercises, c.row.last_exercise, c.row.seq)
        msg = await app.bot.send_message(
            c.row.chat_id,
            reminder_text(texts, ex, catch_up),
            parse_mode=ParseMode.HTML,
            reply_markup=reminder_keyboard(texts, c.due_ts),
            disable_web_page_preview=True,
        )
        return msg.message_id, ex.id

    return send


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    store = ScheduleStore(services.database(), new_worker_id())
    services.extras[STORE_KEY] = store

    async def on_blocked(user_id: int) -> None:
        await services.user_store().set_blocked(user_id, True)

    dispatcher = Dispatcher(
        store,
        _make_sender(app),
        pace=services.settings.reminder_pace,
        clock=services.extras.get(CLOCK_KEY, utc_now),
        on_blocked=on_blocked,
    )
    services.extras[DISPATCHER_KEY] = dispatcher
    dispatcher.start()
    if app.job_queue is not None:

        async def heartbeat(_: object) -> None:
            dispatcher.wake()

        app.job_queue.run_repeating(heartbeat, interval=1.0, first=1.0, name=HEARTBEAT_JOB)


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    services = services_of(app)
    d = services.extras.pop(DISPATCHER_KEY, None)
    if isinstance(d, Dispatcher):
        await d.stop()


HANDLERS: list[BaseHandler[Update, BotContext, object]] = [
    CommandHandler("remind", cmd_remind, filters=PRIVATE),
    CommandHandler("settings", cmd_settings, filters=PRIVATE),
    CommandHandler("pause", cmd_pause, filters=PRIVATE),
    CommandHandler("resume", cmd_resume, filters=PRIVATE),
    CommandHandler("stats", cmd_stats, filters=PRIVATE),
    CallbackQueryHandler(on_menu, pattern=r"^v1:m:remind$"),
    CallbackQueryHandler(on_button, pattern=r"^v1:r:"),
]
