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
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # pragma: no cover - types only; fpdf2 is imported lazily
    from fpdf import FPDF

from bot.charts import FONT_SIZE, OKABE_ITO, figure_images, new_figure, rc, style
from bot.diary.model import Entry
from bot.diary.summary import Summary

__all__ = ["PDF_ENTRIES", "chart_images", "chart_png", "facts", "summary_pdf"]

Labels = Mapping[str, str]
#: The PDF lists at most this many of the latest entries (keeps it to two pages).
PDF_ENTRIES: Final = 24


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
    return chart_images(s, L, jpeg=False)[0]


def chart_images(s: Summary, L: Labels, jpeg: bool = True) -> tuple[bytes, bytes]:
    """The chart as PNG (for the chat) and JPEG (for the PDF), drawn once."""
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    from bot.charts import _LOCK

    with _LOCK, matplotlib.rc_context(rc()):
        fig = new_figure()
        top, bottom = fig.subplots(2, 1, height_ratios=(3, 2))
        labels = [format(w.start, "%d %b") for w in s.weeks]
        counts = [w.episodes for w in s.weeks]
        top.bar(range(len(counts)), counts, color=OKABE_ITO[4], edgecolor="#333333", linewidth=0.6)
        step = max(1, -(-len(labels) // 6))  # at most six labels: readable on a phone
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
        # fixed margins: room on the left for the situations' names (see bot.charts.new_figure)
        fig.subplots_adjust(left=0.25, right=0.95, top=0.9, bottom=0.05, hspace=0.3)
        return figure_images(fig, jpeg)


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


# Typographic characters the PDF's built-in fonts lack, in plain equivalents.
_PLAIN = str.maketrans({"–": "-", "—": "-", "…": "...", "’": "'", "‘": "'", "“": '"', "”": '"'})


def _drawable(text: str) -> str:
    """`text` without what no font here draws (emoji, symbols, control codes)."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch.isspace():
            out.append(" ")
        elif cat[0] != "C" and cat != "So":
            out.append(ch)
    return "".join(out)


def _latin1(text: str) -> str | None:
    plain = _drawable(text).translate(_PLAIN)
    try:
        plain.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return plain


def printable(text: str) -> str:
    """`text` with the characters DejaVu Sans cannot draw (emoji, control codes) left out."""
    chars = _font_chars()
    return "".join(ch for ch in _drawable(text) if ord(ch) in chars)


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """`text` cut (with "...") to fit `width` in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "...") > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _core_text(text: str) -> str:
    return _latin1(text) or ""


def _unicode_text(text: str) -> str:
    return printable(text)


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

    # The built-in Helvetica when every word fits Latin-1 (most diaries): no font file to embed
    # and subset, which is most of the time and memory of a PDF (measured: 30 ms against 200 ms,
    # and ~20 MB less). Otherwise DejaVu Sans, embedded, for every other script.
    words = [*L.values(), *(e.note for e in entries)]
    core = all(_latin1(w) is not None for w in words)
    printable = _core_text if core else _unicode_text
    family = "Helvetica" if core else "DejaVu"
    pdf = FPDF(format="A4")
    pdf.set_title(printable(L["pdf_title"]))
    pdf.set_creator("Pinbot")
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_margins(16, 14, 16)
    if not core:
        regular, bold = _font_files()
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lm, nxt = XPos.LMARGIN, YPos.NEXT

    pdf.set_font(family, "B", 17)
    pdf.cell(width, 9, printable(L["pdf_title"]), new_x=lm, new_y=nxt)
    pdf.set_font(family, "", 10)
    pdf.set_fill_color(255, 244, 214)
    pdf.multi_cell(
        width,
        5.5,
        printable(L["pdf_header"]),
        border=1,
        fill=True,
        padding=2,
        align="L",
        new_x=lm,
        new_y=nxt,
    )
    pdf.ln(3)

    # Plain cells rather than fpdf2's table(): it measures every cell twice and took 170 ms of
    # the 250 ms this PDF cost (profiled); lines here are short and cut to their column.
    label_w = 46.0
    for label, value in facts(s, L):
        pdf.set_font(family, "B", 10.5)
        pdf.cell(label_w, 6, printable(label))
        pdf.set_font(family, "", 10.5)
        pdf.multi_cell(width - label_w, 6, printable(value), new_x=lm, new_y=nxt)
    pdf.ln(3)
    chart_w = 95.0
    chart_h = chart_w * 1350 / 1080
    if pdf.get_y() + chart_h > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(chart), x=pdf.l_margin + (width - chart_w) / 2, w=chart_w)
    pdf.ln(2)

    latest = sorted(entries, key=lambda e: e.at, reverse=True)[:PDF_ENTRIES]
    if latest:
        pdf.set_font(family, "B", 12)
        pdf.cell(width, 8, printable(L["pdf_entries"].format(n=len(latest))), new_x=lm, new_y=nxt)
        cols = [w * width / 100 for w in (16, 9, 15, 16, 7, 37)]
        pdf.set_font(family, "B", 8.5)
        heads = ("col_when", "col_leg", "col_duration", "col_doing", "col_severity", "col_note")
        for w, key in zip(cols, heads, strict=True):
            pdf.cell(w, 5.5, printable(L[key]), border="B")
        pdf.ln()
        pdf.set_font(family, "", 8.5)
        for e in latest:
            length = L[f"dur_{e.duration}"]
            if e.minutes is not None:
                length = L["minutes_short"].format(n=e.minutes)
            row = (
                format(e.at.astimezone(tz), "%d %b %H:%M"),
                L[f"leg_{e.leg}"],
                length,
                L[f"act_{e.activity}"],
                f"{e.severity}/10",
                e.note,
            )
            for w, text in zip(cols, row, strict=True):
                pdf.cell(w, 5, _fit(pdf, printable(text), w - 1.5))
            pdf.ln()
    pdf.ln(3)
    pdf.set_font(family, "", 8.5)
    footer = L["pdf_footer"].format(date=format(made.astimezone(tz), "%d %b %Y %H:%M"))
    pdf.multi_cell(width, 4.5, printable(footer), align="L", new_x=lm, new_y=nxt)
    return bytes(pdf.output())
