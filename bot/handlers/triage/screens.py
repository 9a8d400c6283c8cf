"""The symptom check's messages, rendered: pure functions, data in, text (+ keyboard) out.

No I/O: the question with its items and hint, its keyboard (with ticks), the question as
answered, and the outcome message with its buttons.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import cb
from bot.content.render import fill_call_now
from bot.content.texts import Html, Texts
from bot.handlers.keyboards import button
from bot.handlers.send import call_now
from bot.triage.callbacks import ITEM_DONE, ITEM_NONE, ITEM_YES, make_callback
from bot.triage.models import Flow, Outcome, Question, State

EMERGENCY_LEVELS = frozenset({"emergency", "emergency_ambulance"})
MAX_RELATED_BUTTONS = 3


def _item_lines(texts: Texts, flow: Flow, question: Question) -> list[str]:
    return [
        texts.t(
            "triage.item",
            number=n,
            label=flow.findings[f].label,
            description=Html(flow.findings[f].description),
        )
        for n, f in enumerate(question.findings, 1)
    ]


def _hint(texts: Texts, question: Question) -> str:
    if question.kind == "yesno":
        return texts.t("triage.hint_yesno")
    if question.end_on_first:
        return texts.t("triage.hint_tap")
    return texts.t("triage.hint_tick")


def question_text(texts: Texts, flow: Flow, state: State, notice: str | None = None) -> str:
    question = flow.questions[state.current]
    parts: list[str] = []
    if notice:
        parts.append(notice)
    if not state.path:
        parts.append(texts.t("triage.intro"))
    parts.append(texts.t("triage.heading", number=len(state.path) + 1) + "\n" + question.text)
    if question.kind == "checklist":
        parts.append("\n".join(_item_lines(texts, flow, question)))
    parts.append(_hint(texts, question))
    return "\n\n".join(parts)


def question_keyboard(texts: Texts, flow: Flow, state: State, session: str) -> InlineKeyboardMarkup:
    question = flow.questions[state.current]
    index = flow.question_index(question.id)

    def data(item: str) -> str:
        return make_callback(session, index, item)

    if question.kind == "yesno":
        return InlineKeyboardMarkup(
            [
                [
                    button(texts.plain("triage.btn_yes"), data(ITEM_YES)),
                    button(texts.plain("triage.btn_no"), data(ITEM_NONE)),
                ]
            ]
        )
    rows: list[list[InlineKeyboardButton]] = []
    for n, finding_id in enumerate(question.findings, 1):
        label = flow.findings[finding_id].label
        if question.end_on_first:
            text = texts.plain("triage.btn_item", number=n, label=label)
        elif finding_id in state.ticks:
            text = texts.plain("triage.btn_item_on", number=n, label=label)
        else:
            text = texts.plain("triage.btn_item_off", number=n, label=label)
        rows.append([button(text, data(str(n - 1)))])
    last = [button(texts.plain("triage.btn_none"), data(ITEM_NONE))]
    if not question.end_on_first:
        last.append(button(texts.plain("triage.btn_done"), data(ITEM_DONE)))
    rows.append(last)
    return InlineKeyboardMarkup(rows)


def answered_text(texts: Texts, flow: Flow, state: State, selected: frozenset[str]) -> str:
    """The question as it was asked, with the person's answer under it (buttons removed)."""
    question = flow.questions[state.current]
    if question.kind == "yesno":
        said = Html(texts.t("triage.answer_yes" if selected else "triage.answer_no"))
    elif selected:
        labels = "; ".join(flow.findings[f].label for f in question.findings if f in selected)
        said = Html(html.escape(labels, quote=False))
    else:
        said = Html(texts.t("triage.answer_none"))
    body = question_text(texts, flow, state).rsplit("\n\n", 1)[0]  # drop the hint
    return body + "\n\n" + texts.t("triage.answered", answer=said)


def outcome_message(
    texts: Texts,
    flow: Flow,
    result: Outcome,
    number: str | None,
    *,
    typed: bool = False,
    related_titles: dict[str, str] | None = None,
    story_topic: str | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """The outcome: level in plain words, why, what to do now, numbers, links, disclaimer.

    `story_topic` is the topic a typed emergency's message is about ("My sister had a stroke 3
    years ago; her left side is paralysed. What are her chances?"): after the advice, one line
    offers it for a story that is over, so a person told of an old event is not left with the
    advice alone. The advice itself comes first and is unchanged."""
    level = flow.level(result.level)
    icon_key = f"triage.icon_{level.id}"
    icon = texts.t(icon_key) if texts.has(icon_key) else ""
    parts: list[str] = []
    if typed:
        parts.append(texts.t("triage.typed_emergency"))
    parts.append(texts.t("triage.result", icon=Html(icon), name=Html(level.name)))
    parts.append(fill_call_now(level.action, call_now(texts, number)))
    if level.id in EMERGENCY_LEVELS:
        if number:
            parts.append(texts.t("triage.number_known", number=number))
        else:
            parts.append(texts.t("triage.number_unknown"))
    reasons = "; ".join(flow.findings[f].label for f in result.reasons)
    if reasons and typed:
        parts.append(texts.t("triage.why_typed", reasons=reasons))
    elif reasons:
        parts.append(texts.t("triage.why", reasons=reasons))
    elif not typed:
        parts.append(texts.t("triage.why_none"))
    if level.id == flow.levels[0].id:
        parts.append(texts.t("triage.offer_reminders"))
    titles = related_titles or {}
    links = [cid for cid in result.related if cid in titles]
    if typed and story_topic is not None and story_topic in titles and story_topic not in links:
        parts.append(texts.t("triage.typed_story_topic", title=titles[story_topic]))
        links = [story_topic, *links]
    elif links:
        parts.append(texts.t("triage.read_more"))
    links = links[:MAX_RELATED_BUTTONS]
    parts.append(texts.t("triage.not_diagnosis"))
    rows: list[list[InlineKeyboardButton]] = []
    if level.id == flow.levels[0].id:
        rows.append([button(texts.plain("triage.btn_remind"), cb("m", "remind"))])
    for cid in links:
        feature = "f" if cid.startswith("faq-") else "c"
        rows.append([button(titles[cid], cb(feature, cid))])
    if level.id not in EMERGENCY_LEVELS:
        rows.append([button(texts.plain("diary.btn_log"), cb("d", "new"))])
    rows.append(
        [
            button(texts.plain("triage.btn_again"), cb("m", "triage")),
            button(texts.plain("triage.btn_menu"), cb("m", "menu")),
        ]
    )
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)
