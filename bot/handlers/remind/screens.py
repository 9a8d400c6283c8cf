"""The movement reminders' messages, rendered: pure functions, data in, text (+ keyboard) out.

No I/O: the schedule summary and settings keyboard, the set-up questions with their keyboards,
the pause choices, the weekly stats, time-zone input errors, and the reminder message itself
with its Done / Snooze / Skip / Pause buttons.
"""

from __future__ import annotations

from datetime import datetime, time

from telegram import InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.callbacks import cb
from bot.content.models import Exercise
from bot.content.render import render_exercise
from bot.content.texts import Html, Texts
from bot.handlers.keyboards import button
from bot.reminders.schedule import FOREVER, INTERVAL_CHOICES, ReminderSettings, next_due, zone
from bot.reminders.tzinput import TzInputError
from bot.storage.schedules import ScheduleRow


def hm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def local_label(s: ReminderSettings, at: datetime) -> str:
    """``at`` in the schedule's time zone, e.g. "Mon 03 Jun 09:30"."""
    lt = at.astimezone(zone(s.tz))
    return lt.strftime("%a %d %b %H:%M")


def next_label(texts: Texts, s: ReminderSettings, row: ScheduleRow) -> str:
    return local_label(s, row.next_due) if row.next_due else texts.plain("remind.next_none")


def days_label(texts: Texts, days: frozenset[int]) -> str:
    if days == frozenset(range(7)):
        return texts.plain("remind.all_days")
    if days == frozenset(range(5)):
        return texts.plain("remind.weekdays")
    return ", ".join(texts.plain(f"remind.btn_day_{d}") for d in sorted(days))


# --- the schedule: summary, settings -----------------------------------------------------------


def summary(texts: Texts, row: ScheduleRow | None, s: ReminderSettings, now: datetime) -> str:
    if row is not None and not row.active:
        status = texts.plain("remind.status_blocked")
    elif not s.enabled:
        status = texts.plain("remind.status_off")
    elif s.paused_until is not None and s.paused_until >= FOREVER:
        status = texts.plain("remind.status_paused_forever")
    elif s.paused_until is not None and s.paused_until > now:
        status = texts.plain("remind.status_paused", until=local_label(s, s.paused_until))
    else:
        status = texts.plain("remind.status_on")
    nxt = row.next_due if row is not None else next_due(s, now)
    return texts.t(
        "remind.summary",
        interval=s.interval_min,
        start=hm(s.start),
        end=hm(s.end),
        days=days_label(texts, s.weekdays),
        tz=s.tz,
        local_time=now.astimezone(zone(s.tz)).strftime("%H:%M"),
        status=status,
        next=local_label(s, nxt) if nxt is not None else texts.plain("remind.next_none"),
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
            [
                button(t("remind.btn_stats"), cb("r", "stats")),
                button(t("plans.btn_plans"), cb("r", "plan")),
            ],
        ]
    )


def settings_screen(texts: Texts, row: ScheduleRow, now: datetime) -> str:
    return texts.t("remind.settings_title", summary=Html(summary(texts, row, row.settings, now)))


def saved_text(texts: Texts, row: ScheduleRow, now: datetime, notes: str = "") -> str:
    text = texts.t("remind.saved", summary=Html(summary(texts, row, row.settings, now)))
    if notes:
        text = notes + "\n\n" + text
    return text


def no_schedule_screen(texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    return (
        texts.t("remind.no_schedule"),
        InlineKeyboardMarkup([[button(texts.plain("remind.btn_setup"), cb("r", "setup"))]]),
    )


# --- set-up questions -------------------------------------------------------------------------


def days_keyboard(texts: Texts, days: frozenset[int]) -> InlineKeyboardMarkup:
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


def step_question(
    texts: Texts, step: str, s: ReminderSettings, intro: bool = False
) -> tuple[str, InlineKeyboardMarkup | ReplyKeyboardMarkup] | None:
    """The set-up question for ``step`` (iv, hr, day, tz); None for an unknown step."""
    t = texts.plain
    if step == "iv":
        opts = [
            button(t("remind.btn_minutes", n=n), cb("r", "iv", str(n))) for n in INTERVAL_CHOICES
        ]
        rows = [opts[:3], [*opts[3:], button(t("remind.btn_other"), cb("r", "iv", "custom"))]]
        text = texts.t("remind.ask_interval")
        if intro:
            text = texts.t("remind.intro") + "\n\n" + text
        return text, InlineKeyboardMarkup(rows)
    if step == "hr":
        rows = [
            [
                button(t("remind.btn_hours_default"), cb("r", "hr", "default")),
                button(t("remind.btn_other"), cb("r", "hr", "custom")),
            ]
        ]
        return texts.t("remind.ask_hours"), InlineKeyboardMarkup(rows)
    if step == "day":
        return texts.t("remind.ask_days"), days_keyboard(texts, s.weekdays)
    if step == "tz":
        return (
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
    return None


def tz_ambiguous(texts: Texts, text: str, e: TzInputError) -> tuple[str, InlineKeyboardMarkup]:
    """ "IST": which one? One button per zone (v1:r:tz:set:<zone>)."""
    rows = [[button(label, cb("r", "tz", "set", tz))] for label, tz in e.choices]
    return texts.t("remind.tz_ambiguous", text=text[:12]), InlineKeyboardMarkup(rows)


def tz_error(texts: Texts, text: str, e: TzInputError) -> str:
    short = text[:40]
    if e.code in ("offset_range", "offset_minutes"):
        return texts.t("remind.bad_tz_offset")
    if e.code == "location":
        return texts.t("remind.bad_tz_location")
    if e.suggestions:
        return texts.t("remind.bad_tz_suggest", text=short, suggestions=" / ".join(e.suggestions))
    return texts.t("remind.bad_tz_unknown", text=short)


# --- pause, stats -----------------------------------------------------------------------------


def pause_question(texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    t = texts.plain
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
    return texts.t("remind.ask_pause"), InlineKeyboardMarkup(rows)


def paused_text(texts: Texts, s: ReminderSettings, until: datetime) -> str:
    if until >= FOREVER:
        return texts.t("remind.paused_forever")
    return texts.t("remind.paused", until=local_label(s, until))


# --- the reminder itself ----------------------------------------------------------------------


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
            [button(t("diary.btn_log"), cb("d", "new"))],  # the symptom diary (/log)
        ]
    )


def reminder_text(texts: Texts, ex: Exercise, catch_up: bool) -> str:
    headings = {
        "steps": texts.t("remind.heading_steps"),
        "dose": texts.t("remind.heading_dose"),
        "safety": texts.t("remind.heading_safety"),
    }
    titles = {"posture": "remind.reminder_posture", "check": "remind.reminder_check"}
    title = texts.t(titles.get(ex.kind, "remind.reminder_stretch"))
    text = texts.t("remind.reminder", title=Html(title), body=Html(render_exercise(ex, headings)))
    if catch_up:
        text += "\n\n" + texts.t("remind.reminder_catch_up")
    return text
