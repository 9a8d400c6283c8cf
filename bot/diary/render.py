"""The summary for a doctor as words, a chart (PNG) and a one- or two-page PDF.

The chart is drawn with matplotlib (`bot.charts`: Okabe-Ito colours, phone-sized), the PDF with
fpdf2 (pure Python, small; it embeds the chart and a Unicode font, DejaVu Sans, which matplotlib
already ships). Both libraries are imported inside the functions, so nothing is loaded until a
person asks for a summary; callers run these in a worker thread. Labels come from the interface
texts (``report.*``, ``diary.*``), passed in as a mapping: no wording lives here.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Final

from bot.charts import FONT_SIZE, OKABE_ITO, figure_png, new_figure, rc, style
from bot.diary.model import Entry
from bot.diary.summary import Summary

__all__ = ["PDF_ENTRIES", "chart_png", "facts", "summary_pdf"]

Labels = Mapping[str, str]
#: The PDF lists at most this many of the latest entries (keeps it to two pages).
PDF_ENTRIES: Final = 24
NOTE_IN_PDF: Final = 70


def _date(d: object) -> str:
    return format(d, "%d %b %Y")


def facts(s: Summary, L: Labels) -> list[tuple[str, str]]:
    """(label, value) lines of the summary, in the order a doctor asks."""
    none = L["none"]
    dur = none
    if s.typical_duration is not None:
        dur = L[f"dur_{s.typical_duration}"]
        if s.median_minutes is not None:
            dur += " " + L["median_minutes"].format(n=s.median_minutes)
    legs = ", ".join(f"{L[f'leg_{k}']} {v}" for k, v in s.legs.items() if v) or none
    situations = ", ".join(f"{L[f'act_{a}']} {n}" for a, n in s.situations) or none
    severity = none
    if s.severity_median is not None and s.severity_max is not None:
        severity = L["severity_value"].format(median=f"{s.severity_median:g}", worst=s.severity_max)
    adherence = none
    if s.adherence is not None:
        adherence = L["adherence_value"].format(percent=s.adherence, n=s.reminders_answered)
    checks = "; ".join(f"{_date(d)}: {L.get(f'level_{lvl}', lvl)}" for d, lvl in s.outcomes)
    return [
        (
            L["period"],
            L["period_value"].format(start=_date(s.start), end=_date(s.end), days=s.days),
        ),
        (L["episodes"], L["episodes_value"].format(n=s.episodes, per_week=f"{s.per_week:g}")),
        (L["duration"], dur),
        (L["leg"], legs),
        (L["situations"], situations),
        (L["severity"], severity),
        (L["trend"], L[f"trend_{s.trend}"]),
        (L["flagged"], str(s.flagged)),
        (L["checks"], checks or none),
        (L["adherence"], adherence),
    ]


def chart_png(s: Summary, L: Labels) -> bytes:
    """Episodes per week (bars) above the situations (horizontal bars), 1080 x 1350 px."""
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    from bot.charts import _LOCK

    with _LOCK, matplotlib.rc_context(rc()):
        fig = new_figure()
        top, bottom = fig.subplots(2, 1, height_ratios=(3, 2))
        labels = [format(w.start, "%d %b") for w in s.weeks]
        counts = [w.episodes for w in s.weeks]
        top.bar(range(len(counts)), counts, color=OKABE_ITO[4], edgecolor="#333333", linewidth=0.6)
        step = max(1, len(labels) // 7)
        top.set_xticks(range(0, len(labels), step), labels[::step], rotation=0)
        top.set_title(L["chart_weeks"], fontsize=FONT_SIZE + 3, loc="left", fontweight="bold")
        top.set_ylabel(L["chart_episodes"])
        top.yaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_ylim(0, max([*counts, 1]) * 1.2)
        for x, c in enumerate(counts):
            if c:
                top.annotate(str(c), (x, c), ha="center", va="bottom", fontsize=FONT_SIZE - 2)
        style(top)
        acts = list(s.situations)[:6][::-1]
        names = [L[f"act_{a}"] for a, _ in acts] or [L["none"]]
        values = [n for _, n in acts] or [0]
        bottom.barh(names, values, color=OKABE_ITO[0], edgecolor="#333333", linewidth=0.6)
        bottom.set_title(
            L["chart_situations"], fontsize=FONT_SIZE + 3, loc="left", fontweight="bold"
        )
        bottom.xaxis.set_major_locator(MaxNLocator(integer=True))
        bottom.set_xlim(0, max([*values, 1]) * 1.2)
        for y, v in enumerate(values):
            if v:
                bottom.annotate(f" {v}", (v, y), va="center", fontsize=FONT_SIZE - 2)
        style(bottom)
        bottom.grid(axis="y", visible=False)
        bottom.grid(axis="x", color="#DDDDDD", linewidth=0.8)
        fig.suptitle(
            L["chart_title"].format(days=s.days), fontsize=FONT_SIZE + 1, x=0.02, ha="left"
        )
        return figure_png(fig)


@cache
def _font_files() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


@cache
def _font_chars() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(_font_files()[0], lazy=True) as font:
        return frozenset(font.getBestCmap())


def printable(text: str) -> str:
    """`text` with the characters the PDF font cannot draw (emoji, control codes) left out."""
    chars = _font_chars()
    out = []
    for ch in text:
        if ord(ch) in chars and unicodedata.category(ch)[0] != "C":
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
    return "".join(out)


def summary_pdf(
    s: Summary,
    L: Labels,
    chart: bytes,
    entries: Sequence[Entry],
    tz: tzinfo,
    made: datetime,
) -> bytes:
    """A4, one or two pages: the plain-words header, the facts, the chart, the latest entries."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    regular, bold = _font_files()
    pdf = FPDF(format="A4")
    pdf.set_title(printable(L["pdf_title"]))
    pdf.set_creator("Pinbot")
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_margins(16, 14, 16)
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lm, nxt = XPos.LMARGIN, YPos.NEXT

    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(width, 9, printable(L["pdf_title"]), new_x=lm, new_y=nxt)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_fill_color(255, 244, 214)
    pdf.multi_cell(
        width, 5.5, printable(L["pdf_header"]), border=1, fill=True, padding=2, new_x=lm, new_y=nxt
    )
    pdf.ln(3)

    pdf.set_font("DejaVu", "", 10.5)
    with pdf.table(
        col_widths=(30, 70), text_align=("LEFT", "LEFT"), first_row_as_headings=False
    ) as table:
        for label, value in facts(s, L):
            row = table.row()
            row.cell(printable(label))
            row.cell(printable(value))
    pdf.ln(3)
    chart_w = 95.0
    chart_h = chart_w * 1350 / 1080
    if pdf.get_y() + chart_h > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(chart), x=pdf.l_margin + (width - chart_w) / 2, w=chart_w)
    pdf.ln(2)

    latest = sorted(entries, key=lambda e: e.at, reverse=True)[:PDF_ENTRIES]
    if latest:
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(width, 8, printable(L["pdf_entries"].format(n=len(latest))), new_x=lm, new_y=nxt)
        pdf.set_font("DejaVu", "", 8.5)
        with pdf.table(col_widths=(24, 13, 20, 22, 10, 56), first_row_as_headings=True) as table:
            head = table.row()
            for key in ("col_when", "col_leg", "col_duration", "col_doing", "col_severity"):
                head.cell(printable(L[key]))
            head.cell(printable(L["col_note"]))
            for e in latest:
                row = table.row()
                row.cell(format(e.at.astimezone(tz), "%d %b %H:%M"))
                row.cell(printable(L[f"leg_{e.leg}"]))
                length = L[f"dur_{e.duration}"]
                if e.minutes is not None:
                    length = L["minutes_short"].format(n=e.minutes)
                row.cell(printable(length))
                row.cell(printable(L[f"act_{e.activity}"]))
                row.cell(f"{e.severity}/10")
                note = e.note if len(e.note) <= NOTE_IN_PDF else e.note[: NOTE_IN_PDF - 1] + "…"
                row.cell(printable(note))
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    footer = L["pdf_footer"].format(date=format(made.astimezone(tz), "%d %b %Y %H:%M"))
    pdf.multi_cell(width, 4.5, printable(footer), new_x=lm, new_y=nxt)
    return bytes(pdf.output())
