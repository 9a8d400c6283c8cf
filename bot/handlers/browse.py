"""/causes and /faq: browse the content by buttons; each choice edits the screen in place."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import cb, parse_cb, pattern, prefix
from bot.content.models import CAUSE_GROUPS, Cause, ContentBundle
from bot.content.render import render_topic
from bot.content.texts import Html, Texts
from bot.context import BotContext
from bot.handlers import general
from bot.handlers.keyboards import button, main_menu
from bot.handlers.remind import plans as remind_plans
from bot.handlers.send import call_now, number_of, reply, show
from bot.triage.models import Flow
from bot.triage.prefill import prefill_callback

LIST = "list"


def headings(texts: Texts) -> dict[str, str]:
    return {
        "signs": texts.t("browse.heading_signs"),
        "helps": texts.t("browse.heading_helps"),
        "get_help": texts.t("browse.heading_get_help"),
    }


# --- screens (pure: data in, text and buttons out) ---------------------------------------


def causes_screen(bundle: ContentBundle, texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    names = {
        group: ", ".join(c.title for c in bundle.causes.values() if c.group == group)
        for group in CAUSE_GROUPS
    }
    text = texts.t("browse.causes_intro", **names)
    rows = [[button(c.title, cb("c", c.id))] for c in _causes_in_group_order(bundle)]
    rows.append(_footer(texts))
    return text, InlineKeyboardMarkup(rows)


def faq_screen(bundle: ContentBundle, texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    rows = [[button(f.title, cb("f", f.id))] for f in bundle.faqs.values()]
    rows.append(_footer(texts))
    return texts.t("browse.faq_intro"), InlineKeyboardMarkup(rows)


def topic_screen(
    bundle: ContentBundle, texts: Texts, item_id: str, number: str | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    item = bundle.topic(item_id)
    is_cause = item_id in bundle.causes
    rows = [
        [
            button(
                texts.plain("browse.btn_related", title=bundle.topic(rid).title), _link(bundle, rid)
            )
        ]
        for rid in item.related
        if rid in bundle.causes or rid in bundle.faqs
    ]
    back = (
        button(texts.plain("browse.btn_back_causes"), cb("c", LIST))
        if is_cause
        else button(texts.plain("browse.btn_back_faq"), cb("f", LIST))
    )
    rows.append([back, button(texts.plain("browse.btn_check"), cb("m", "triage"))])
    text = render_topic(item, headings(texts), call_now(texts, number))
    return text, InlineKeyboardMarkup(rows)


def answer_screen(
    bundle: ContentBundle,
    texts: Texts,
    item_id: str,
    alternatives: list[str],
    number: str | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """The reply to a typed question: the best match, with buttons to the next-best two."""
    body, markup = topic_screen(bundle, texts, item_id, number)
    rows = [list(r) for r in markup.inline_keyboard]
    extra = [
        [button(texts.plain("browse.btn_related", title=bundle.topic(a).title), _link(bundle, a))]
        for a in alternatives[:2]
        if a != item_id and (a in bundle.causes or a in bundle.faqs)
    ]
    seen = {b.callback_data for row in rows for b in row}
    extra = [row for row in extra if row[0].callback_data not in seen]
    return body, InlineKeyboardMarkup(extra + rows)


def _labels(flow: Flow, findings: list[str]) -> str:
    """The flow's labels of `findings`, joined for one line of text."""
    return "; ".join(flow.findings[f].label for f in findings if f in flow.findings)


def if_now_line(texts: Texts, flow: Flow, looked_back: list[str], number: str | None) -> str:
    """For emergency signs told in the past beside an old story (`AskResult.looked_back`):
    what to do if they are happening now. Empty when there are none."""
    labels = _labels(flow, looked_back)
    if not labels:
        return ""
    return texts.t("browse.if_now", signs=labels, call_now=Html(call_now(texts, number))) + "\n\n"


def understood_line(texts: Texts, flow: Flow, findings: list[str]) -> str:
    """One short line saying what was understood from a symptom story (flow labels)."""
    return texts.t("browse.understood", findings=_labels(flow, findings))


def story_screen(
    bundle: ContentBundle,
    flow: Flow,
    texts: Texts,
    item_id: str,
    alternatives: list[str],
    findings: list[str],
    number: str | None = None,
    looked_back: list[str] | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """A symptom story: what to do if a sign told of before is happening now, what was
    understood, the best topic, and a pre-filled check.

    (A story always has a topic: every finding below the emergencies names one in
    findings.toml [topics], and text about nothing leg-related gets no findings-based topic.)"""
    check = button(texts.plain("browse.btn_check_prefilled"), prefill_callback(flow, findings))
    body, markup = answer_screen(bundle, texts, item_id, alternatives, number)
    rows = [
        [check if b.callback_data == cb("m", "triage") else b for b in row]
        for row in markup.inline_keyboard
    ]
    first = if_now_line(texts, flow, looked_back or [], number)
    return first + understood_line(texts, flow, findings) + "\n\n" + body, InlineKeyboardMarkup(
        rows
    )


def no_match_screen(texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    return texts.t("browse.no_match"), main_menu(texts)


def _link(bundle: ContentBundle, item_id: str) -> str:
    return cb("c", item_id) if item_id in bundle.causes else cb("f", item_id)


def _causes_in_group_order(bundle: ContentBundle) -> list[Cause]:
    ordered: list[Cause] = []
    for group in CAUSE_GROUPS:
        ordered.extend(c for c in bundle.causes.values() if c.group == group)
    return ordered


def _footer(texts: Texts) -> list[InlineKeyboardButton]:
    return [
        button(texts.plain("browse.btn_check"), cb("m", "triage")),
        button(texts.plain("browse.btn_menu"), cb("m", "menu")),
    ]


# --- handlers ----------------------------------------------------------------------------


async def causes_command(update: Update, context: BotContext) -> None:
    assert update.effective_chat is not None
    text, markup = causes_screen(context.services.content, context.texts)
    await reply(context, update.effective_chat.id, text, markup)


async def faq_command(update: Update, context: BotContext) -> None:
    assert update.effective_chat is not None
    text, markup = faq_screen(context.services.content, context.texts)
    await reply(context, update.effective_chat.id, text, markup)


async def menu_entry(update: Update, context: BotContext) -> None:
    """The main menu's Causes / Questions buttons: a new message with the list."""
    query = update.callback_query
    assert query is not None and query.from_user is not None
    parts = parse_cb(query.data, "m") or []
    await query.answer()
    bundle = context.services.content
    screen = causes_screen if parts == ["causes"] else faq_screen
    text, markup = screen(bundle, context.texts)
    await reply(context, query.from_user.id, text, markup)


async def navigate(update: Update, context: BotContext) -> None:
    """v1:c:<id|list> and v1:f:<id|list>: edit the screen in place."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    feature = "c" if data.startswith(prefix("c")) else "f"
    parts = parse_cb(data, feature)
    bundle = context.services.content
    table = bundle.causes if feature == "c" else bundle.faqs
    if not parts or len(parts) != 1 or (parts[0] != LIST and parts[0] not in table):
        await general.expired_callback(update, context)
        return
    await query.answer()
    if parts[0] == LIST:
        text, markup = (causes_screen if feature == "c" else faq_screen)(bundle, context.texts)
    else:
        number = await number_of(query.from_user.id if query.from_user else None, context)
        text, markup = topic_screen(bundle, context.texts, parts[0], number)
        if query.from_user is not None:  # a movement plan for this topic (bot.plans decides)
            offers = await remind_plans.topic_rows(context, query.from_user.id, parts[0])
            markup = InlineKeyboardMarkup([*offers, *markup.inline_keyboard])
    await show(query, context, text, markup)


async def send_answer(
    chat_id: int,
    context: BotContext,
    item_id: str,
    alternatives: list[str],
    looked_back: list[str] | None = None,
) -> None:
    number = await number_of(chat_id, context)  # private chats: the chat id is the user id
    services = context.services
    text, markup = answer_screen(services.content, context.texts, item_id, alternatives, number)
    first = if_now_line(context.texts, services.flow, looked_back or [], number)
    await reply(context, chat_id, first + text, markup)


async def send_story(
    chat_id: int,
    context: BotContext,
    item_id: str,
    alternatives: list[str],
    findings: list[str],
    extra: InlineKeyboardButton | None = None,
    looked_back: list[str] | None = None,
) -> None:
    """The story screen; `extra` is one more button below it (the diary's "Log this")."""
    number = await number_of(chat_id, context)
    services = context.services
    text, markup = story_screen(
        services.content,
        services.flow,
        context.texts,
        item_id,
        alternatives,
        findings,
        number,
        looked_back,
    )
    if extra is not None:
        markup = InlineKeyboardMarkup([*markup.inline_keyboard, [extra]])
    await reply(context, chat_id, text, markup)


async def send_no_match(chat_id: int, context: BotContext) -> None:
    text, markup = no_match_screen(context.texts)
    await reply(context, chat_id, text, markup)


PRIVATE = filters.ChatType.PRIVATE
HANDLERS: list[BaseHandler[Update, BotContext, object]] = [
    CommandHandler("causes", causes_command, filters=PRIVATE),
    CommandHandler("faq", faq_command, filters=PRIVATE),
    CallbackQueryHandler(menu_entry, pattern=pattern("m", "causes", "faq")),
    CallbackQueryHandler(navigate, pattern=r"^v1:[cf]:"),
]
