"""The diary's messages, rendered: pure functions, data in, text (+ keyboard) out.

No I/O: the entry card and its pickers, the list, one entry, the delete question, the summary
in words, the check-in screens. Callback data is ``v1:d:...`` (see the package docstring).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import cb
from bot.content.texts import Html, Texts
from bot.diary.model import ACTIVITIES, DURATIONS, LEGS, WHEN_CHOICES, Draft, Entry
from bot.diary.render import facts
from bot.diary.summary import Summary
from bot.handlers.keyboards import button, menu_button

Markup = InlineKeyboardMarkup
FIELDS = ("when", "leg", "dur", "act", "sev", "note")
LIST_SIZE = 10


def when_label(texts: Texts, at: datetime, now: datetime, tz: tzinfo) -> str:
    local, today = at.astimezone(tz), now.astimezone(tz).date()
    hm = local.strftime("%H:%M")
    if local.date() == today:
        return texts.plain("diary.today", time=hm)
    if (today - local.date()).days == 1:
        return texts.plain("diary.yesterday", time=hm)
    return local.strftime("%a %d %b %H:%M")


def duration_label(texts: Texts, e: Entry | Draft) -> str:
    label = texts.plain(f"diary.btn_dur_{e.duration}")
    if e.minutes is not None:
        return f"{label} ({e.minutes} min)" if e.minutes else label
    return label


def _values(texts: Texts, e: Entry | Draft, now: datetime, tz: tzinfo) -> dict[str, str]:
    return {
        "when": when_label(texts, e.at, now, tz),
        "leg": texts.plain(f"diary.btn_leg_{e.leg}") if e.leg else "",
        "duration": duration_label(texts, e),
        "activity": texts.plain(f"diary.btn_act_{e.activity}"),
        "severity": str(e.severity),
        "note": e.note,
    }


# --- the entry card ---------------------------------------------------------------------------


def card_text(texts: Texts, d: Draft, now: datetime, tz: tzinfo, notice: str = "") -> str:
    v = _values(texts, d, now, tz)
    text = texts.t(
        "diary.card",
        title=Html(texts.t("diary.card_edit" if d.entry_id else "diary.card_new")),
        when=v["when"],
        leg=Html(texts.t("diary.leg_missing")) if d.leg is None else v["leg"],
        duration=v["duration"],
        activity=v["activity"],
        severity=v["severity"],
        note=Html(texts.t("diary.note_none")) if not d.note else v["note"],
    )
    parts = [text]
    if notice:
        parts.append(notice)
    if d.flags:
        parts.append(texts.t("diary.card_flagged"))
    parts.append(texts.t("diary.card_hint"))
    return "\n\n".join(parts)


def card_keyboard(texts: Texts, d: Draft) -> Markup:
    t = texts.plain
    rows = [
        [
            button(t("diary.btn_when"), cb("d", "f", "when")),
            button(t("diary.btn_leg"), cb("d", "f", "leg")),
        ],
        [
            button(t("diary.btn_duration"), cb("d", "f", "dur")),
            button(t("diary.btn_activity"), cb("d", "f", "act")),
        ],
        [
            button(t("diary.btn_severity"), cb("d", "f", "sev")),
            button(t("diary.btn_note"), cb("d", "f", "note")),
        ],
    ]
    if d.flags:
        rows.append([button(t("diary.btn_triage"), cb("m", "triage"))])
    rows.append(
        [button(t("diary.btn_save"), cb("d", "save")), button(t("diary.btn_cancel"), cb("d", "x"))]
    )
    return InlineKeyboardMarkup(rows)


def _rows(
    buttons: Sequence[InlineKeyboardButton], per_row: int
) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


def picker(texts: Texts, name: str) -> tuple[str, Markup] | None:
    """The question and buttons for one field of the card (None: not a field)."""
    t = texts.plain
    back = [button(t("diary.btn_back"), cb("d", "back"))]
    if name == "when":
        choices = [button(t(f"diary.btn_when_{c}"), cb("d", "w", c)) for c in WHEN_CHOICES]
        choices.append(button(t("diary.btn_when_type"), cb("d", "w", "type")))
        return texts.t("diary.ask_when"), InlineKeyboardMarkup([*_rows(choices, 2), back])
    if name == "leg":
        legs = [button(t(f"diary.btn_leg_{x}"), cb("d", "s", "leg", x)) for x in LEGS]
        return texts.t("diary.ask_leg"), InlineKeyboardMarkup([legs, back])
    if name == "dur":
        durs = [button(t(f"diary.btn_dur_{x}"), cb("d", "s", "dur", x)) for x in DURATIONS]
        return texts.t("diary.ask_duration"), InlineKeyboardMarkup([*_rows(durs, 2), back])
    if name == "act":
        acts = [button(t(f"diary.btn_act_{x}"), cb("d", "s", "act", x)) for x in ACTIVITIES]
        return texts.t("diary.ask_activity"), InlineKeyboardMarkup([*_rows(acts, 3), back])
    if name == "sev":
        sev = [button(str(n), cb("d", "s", "sev", str(n))) for n in range(11)]
        return texts.t("diary.ask_severity"), InlineKeyboardMarkup([sev[:6], sev[6:], back])
    if name == "note":
        return texts.t("diary.ask_note"), InlineKeyboardMarkup([back])
    return None


def back_keyboard(texts: Texts) -> Markup:
    return InlineKeyboardMarkup([[button(texts.plain("diary.btn_back"), cb("d", "back"))]])


def deleted_screen(texts: Texts) -> tuple[str, Markup]:
    markup = InlineKeyboardMarkup([[button(texts.plain("diary.btn_diary"), cb("d", "list"))]])
    return texts.t("diary.deleted"), markup


def patterns_label(texts: Texts, patterns: Iterable[str]) -> str:
    names = []
    for p in sorted(set(patterns)):
        key = f"diary.pattern_{p}"
        names.append(texts.plain(key) if texts.has(key) else texts.plain("diary.pattern_finding"))
    return ", ".join(dict.fromkeys(names))


def saved_screen(
    texts: Texts, e: Entry, now: datetime, tz: tzinfo, updated: bool, patterns: Sequence[str]
) -> tuple[str, Markup]:
    head = texts.t("diary.updated" if updated else "diary.saved")
    body = entry_text(texts, e, now, tz)
    parts = [head, body]
    rows = []
    if patterns:
        parts.append(texts.t("diary.saved_flagged", patterns=patterns_label(texts, patterns)))
        rows.append([button(texts.plain("diary.btn_triage"), cb("m", "triage"))])
    t = texts.plain
    rows.append(
        [
            button(t("diary.btn_another"), cb("d", "new")),
            button(t("diary.btn_diary"), cb("d", "list")),
        ]
    )
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


# --- the list and one entry -------------------------------------------------------------------


def list_screen(
    texts: Texts,
    entries: Sequence[Entry],
    total: int,
    now: datetime,
    tz: tzinfo,
    tz_name: str,
    checkin_on: bool,
) -> tuple[str, Markup]:
    t = texts.plain
    if not entries:
        rows = [[button(t("diary.btn_log"), cb("d", "new"))], [_checkin_button(texts, checkin_on)]]
        return texts.t("diary.list_empty"), InlineKeyboardMarkup(rows)
    lines = [texts.t("diary.list_title", tz=tz_name)]
    numbers = []
    for n, e in enumerate(entries, 1):
        v = _values(texts, e, now, tz)
        lines.append(
            texts.t(
                "diary.list_line",
                n=n,
                when=v["when"],
                leg=v["leg"],
                duration=v["duration"],
                activity=v["activity"],
                severity=v["severity"],
            )
        )
        numbers.append(button(str(n), cb("d", "e", str(e.id))))
    if total > len(entries):
        lines.append(texts.t("diary.list_more", shown=len(entries), total=total))
    lines.append(texts.t("diary.list_hint"))
    rows = _rows(numbers, 5)
    rows.append([button(t("diary.btn_summary"), cb("d", "sum"))])
    rows.append([button(t("diary.btn_log"), cb("d", "new"))])
    rows.append([_checkin_button(texts, checkin_on)])
    return "\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]), InlineKeyboardMarkup(rows)


def _checkin_button(texts: Texts, on: bool) -> InlineKeyboardButton:
    if on:
        return button(texts.plain("diary.btn_checkin_off"), cb("d", "ci", "off"))
    return button(texts.plain("diary.btn_checkin_on"), cb("d", "ci", "on"))


def entry_text(texts: Texts, e: Entry, now: datetime, tz: tzinfo) -> str:
    v = _values(texts, e, now, tz)
    return texts.t(
        "diary.entry",
        when=v["when"],
        leg=v["leg"],
        duration=v["duration"],
        activity=v["activity"],
        severity=v["severity"],
        note=Html(texts.t("diary.note_none")) if not e.note else v["note"],
    )


def entry_screen(texts: Texts, e: Entry, now: datetime, tz: tzinfo) -> tuple[str, Markup]:
    t = texts.plain
    rows = [
        [
            button(t("diary.btn_edit"), cb("d", "ed", str(e.id))),
            button(t("diary.btn_delete"), cb("d", "del", str(e.id))),
        ],
        [button(t("diary.btn_diary"), cb("d", "list"))],
    ]
    return entry_text(texts, e, now, tz), InlineKeyboardMarkup(rows)


def delete_question(texts: Texts, e: Entry, now: datetime, tz: tzinfo) -> tuple[str, Markup]:
    t = texts.plain
    rows = [
        [
            button(t("diary.btn_delete_yes"), cb("d", "dy", str(e.id))),
            button(t("diary.btn_keep"), cb("d", "e", str(e.id))),
        ]
    ]
    return entry_text(texts, e, now, tz) + "\n\n" + texts.t(
        "diary.ask_delete"
    ), InlineKeyboardMarkup(rows)


# --- the summary ------------------------------------------------------------------------------


def summary_question(texts: Texts) -> tuple[str, Markup]:
    t = texts.plain
    rows = [
        [
            button(t("diary.btn_summary_30"), cb("d", "sum", "30")),
            button(t("diary.btn_summary_90"), cb("d", "sum", "90")),
        ]
    ]
    return texts.t("diary.summary_ask"), InlineKeyboardMarkup(rows)


def summary_text(texts: Texts, s: Summary, labels: dict[str, str]) -> str:
    lines = [texts.t("diary.summary_fact", label=k, value=v) for k, v in facts(s, labels)]
    return texts.t("diary.summary", days=s.days, facts=Html("\n".join(lines)))


# --- the weekly check-in ----------------------------------------------------------------------


def checkin_status(texts: Texts, on: bool, next_label: str, tz: str) -> tuple[str, Markup]:
    if on:
        text = texts.t("diary.checkin_status_on", next=next_label, tz=tz)
    else:
        text = texts.t("diary.checkin_status_off")
    text += "\n\n" + texts.t("diary.checkin_tz_note", tz=tz)
    return text, InlineKeyboardMarkup([[_checkin_button(texts, on)], [menu_button(texts)]])


def checkin_message(texts: Texts, worse: bool, patterns: Sequence[str]) -> tuple[str, Markup]:
    t = texts.plain
    parts = [texts.t("diary.checkin")]
    rows = [[button(t("diary.btn_log"), cb("d", "new"))]]
    if worse:
        parts.append(texts.t("diary.checkin_worse"))
    if patterns:
        parts.append(texts.t("diary.checkin_pattern", patterns=patterns_label(texts, patterns)))
    if worse or patterns:
        rows.append([button(t("diary.btn_triage"), cb("m", "triage"))])
    rows.append([button(t("diary.btn_checkin_none"), cb("d", "ci", "none"))])
    rows.append([button(t("diary.btn_checkin_off"), cb("d", "ci", "off"))])
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)
