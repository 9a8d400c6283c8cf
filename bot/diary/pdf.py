"""The summary for a doctor as a one- or two-page A4 PDF, drawn with matplotlib's PDF backend.

One library for the chart and the PDF: A4 pages of text placed in millimetres, the chart's
pixels (`bot.diary.render.chart_images`) embedded as they are. Text uses the PDF's built-in
Helvetica when every word fits its encoding (Windows-1252: most diaries; nothing to embed),
otherwise DejaVu Sans, which matplotlib ships, embedded as a Type 3 font of the glyphs used (a
TrueType subset took twice as long: fontTools' subsetter, ~500 ms); the text stays extractable
either way. matplotlib is imported inside the functions; callers run `summary_pdf` in the render
thread (`bot.charts.off_loop`).
"""

from __future__ import annotations

import importlib.util
import io
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # pragma: no cover - types only; matplotlib and NumPy are imported lazily
    import numpy as np
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

from bot.diary.model import Entry
from bot.diary.render import Labels, facts
from bot.diary.summary import Summary

__all__ = ["PDF_ENTRIES", "printable", "summary_pdf"]

#: The PDF lists at most this many of the latest entries (keeps it to two pages).
PDF_ENTRIES: Final = 24


@cache
def _font_files() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


@cache
def _font_chars() -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(str(_font_files()[0])).get_charmap())


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


def _core(text: str) -> str | None:
    """`text` as the PDF's built-in fonts draw it (Windows-1252), or None if it cannot be."""
    plain = _drawable(text)
    try:
        plain.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return plain


def printable(text: str) -> str:
    """`text` with the characters DejaVu Sans cannot draw (emoji, control codes) left out."""
    chars = _font_chars()
    return "".join(ch for ch in _drawable(text) if ord(ch) in chars)


def _lazy_font_subsetter() -> None:
    """Load fontTools' font subsetter at its first use instead of with matplotlib's PDF backend.

    The backend imports it (``from fontTools import subset``) when it is imported, but uses it
    only to embed a TrueType (Type 42) font, which this PDF never does (built-in fonts, or DejaVu
    Sans as Type 3): registered here as a lazy module (the standard library's
    `importlib.util.LazyLoader`), it costs nothing unless used (measured: 9 MB resident and
    60 ms less for the first summary). The lazy loader's one caveat: a plain
    ``import fontTools.subset.<part>`` while it is still unloaded would run that part twice;
    nothing here imports its parts (a test loads it after a PDF)."""
    name = "fontTools.subset"
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:  # pragma: no cover - fontTools is a dependency
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    setattr(sys.modules["fontTools"], "subset", module)  # noqa: B010 - what an import does
    loader.exec_module(module)


A4: Final = (210.0, 297.0)  # millimetres
MARGIN: Final = (16.0, 14.0, 14.0)  # left and right, top, bottom
MM_PER_PT: Final = 25.4 / 72


@dataclass
class _Pages:
    """Text and shapes placed top down on A4 pages in millimetres; a new page when one is full.

    matplotlib has no flowing text layout (it places each text where it is told), so the few
    lines here do it: words wrapped by their measured width, a cursor, a page break."""

    measure: Callable[[str, float, bool], float]  # width in mm of a text at a size, bold or not
    regular: str = "normal"  # the weight of plain text (the built-in Helvetica's is "medium")
    figures: list[Figure] = field(default_factory=list)
    y: float = 0.0  # the cursor, in mm from the top of the current page

    @property
    def width(self) -> float:
        return A4[0] - 2 * MARGIN[0]

    def page(self) -> Figure:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(A4[0] / 25.4, A4[1] / 25.4), dpi=72)
        self.figures.append(fig)
        self.y = MARGIN[1]
        return fig

    def room(self, height: float) -> Figure:
        """The current page if `height` mm still fit on it, else a new one."""
        if not self.figures or self.y + height > A4[1] - MARGIN[2]:
            self.page()
        return self.figures[-1]

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return x / A4[0], 1 - y / A4[1]

    def text(self, x: float, line: float, text: str, size: float, bold: bool = False) -> None:
        """`text` on one line of height `line` mm at the cursor, its capitals centred in it."""
        baseline = self.y + line / 2 + 0.36 * size * MM_PER_PT
        self.figures[-1].text(
            *self._xy(x, baseline),
            text,
            fontsize=size,
            fontweight="bold" if bold else self.regular,
            va="baseline",
            ha="left",
        )

    def box(self, x: float, y: float, w: float, h: float, fill: str | None) -> None:
        from matplotlib.patches import Rectangle

        fig = self.figures[-1]
        x0, y0 = self._xy(x, y + h)
        fig.add_artist(
            Rectangle(
                (x0, y0),
                w / A4[0],
                h / A4[1],
                transform=fig.transFigure,
                facecolor=fill or "none",
                edgecolor="#000000",
                linewidth=0.6,
            )
        )

    def rule(self, x: float, w: float) -> None:
        from matplotlib.lines import Line2D

        fig = self.figures[-1]
        (x0, y0), (x1, _) = self._xy(x, self.y), self._xy(x + w, self.y)
        fig.add_artist(
            Line2D([x0, x1], [y0, y0], transform=fig.transFigure, color="#000000", linewidth=0.6)
        )

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """`text` in lines no wider than `width` mm (a word too long for a line is cut)."""
        lines: list[str] = []
        line = ""
        for word in text.split():
            joined = f"{line} {word}" if line else word
            if self.measure(joined, size, bold) <= width:
                line = joined
                continue
            if line:
                lines.append(line)
            line = self.fit(word, width, size, bold)
        return [*lines, line] if line else lines or [""]

    def fit(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """`text` cut (with "...") to fit `width` mm."""
        if self.measure(text, size, bold) <= width:
            return text
        lo, hi = 0, len(text)  # the longest prefix that fits with "...": a binary search
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.measure(text[:mid] + "...", size, bold) <= width:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "..."

    def lines(self, x: float, width: float, text: str, size: float, line: float) -> None:
        for part in self.wrap(text, width, size):
            self.room(line)
            self.text(x, line, part, size)
            self.y += line


def _measurer(core: bool) -> Callable[[str, float, bool], float]:
    """Text widths as the PDF will draw them (the PDF renderer's own font metrics)."""
    from matplotlib.backends.backend_pdf import PdfFile, RendererPdf
    from matplotlib.font_manager import FontProperties

    scratch = PdfFile(io.BytesIO())  # type: ignore[no-untyped-call]
    renderer = RendererPdf(scratch, 72, A4[1] / MM_PER_PT, A4[0] / MM_PER_PT)  # type: ignore[no-untyped-call]
    props = {
        bold: FontProperties(
            family="Helvetica" if core else "DejaVu Sans",
            weight="bold" if bold else _regular(core),
        )
        for bold in (False, True)
    }

    @cache  # the same words come back: legs, durations, situations, dates
    def measure(text: str, size: float, bold: bool) -> float:
        prop = props[bold].copy()
        prop.set_size(size)
        got = renderer.get_text_width_height_descent(text, prop, ismath=False)  # type: ignore[no-untyped-call]
        width: float = got[0]
        return width * MM_PER_PT

    return measure


def _regular(core: bool) -> str:
    return "medium" if core else "normal"


def _pdf_rc(core: bool) -> Any:
    if core:
        family: dict[str, Any] = {
            "pdf.use14corefonts": True,
            "font.family": "sans-serif",
            "font.sans-serif": ["Helvetica"],
        }
    else:  # the glyphs used, drawn from DejaVu Sans, named so the text stays extractable
        family = {"pdf.use14corefonts": False, "pdf.fonttype": 3, "font.family": "DejaVu Sans"}
    # a note is the person's words: never read as mathematics ("$5 ... $3")
    return {**family, "text.usetex": False, "text.parse_math": False, "pdf.compression": 6}


def summary_pdf(
    s: Summary,
    L: Labels,
    chart: NDArray[np.uint8],
    entries: Sequence[Entry],
    tz: tzinfo,
    made: datetime,
) -> bytes:
    """A4, one or two pages: the plain-words header, the facts, the chart, the latest entries."""
    import matplotlib

    from bot.charts import _LOCK

    # The built-in Helvetica when every word fits its encoding (most diaries): no font file to
    # read, embed and subset. Otherwise DejaVu Sans, embedded, for every other script.
    words = [*L.values(), *(e.note for e in entries)]
    core = all(_core(w) is not None for w in words)
    _lazy_font_subsetter()  # neither the built-in fonts nor Type 3 use it
    clean: Callable[[str], str] = (lambda t: _core(t) or "") if core else printable
    with _LOCK, matplotlib.rc_context(_pdf_rc(core)):
        from matplotlib.backends.backend_pdf import PdfPages

        pages = _Pages(_measurer(core), _regular(core))
        _layout(pages, s, L, chart, entries, tz, made, clean)
        buf = io.BytesIO()
        metadata = {"Title": clean(L["pdf_title"]), "Creator": "Pinbot", "CreationDate": made}
        with PdfPages(buf, metadata=metadata) as pdf:
            for fig in pages.figures:
                pdf.savefig(fig)
                fig.clear()  # its artists' reference cycles freed now (see bot.charts)
        return buf.getvalue()


def _layout(
    pages: _Pages,
    s: Summary,
    L: Labels,
    chart: NDArray[np.uint8],
    entries: Sequence[Entry],
    tz: tzinfo,
    made: datetime,
    clean: Callable[[str], str],
) -> None:
    left, width = MARGIN[0], pages.width
    pages.page()
    pages.text(left, 9, clean(L["pdf_title"]), 17, bold=True)
    pages.y += 9

    # the plain-words header, in a shaded box
    pad = 2.0
    header = pages.wrap(clean(L["pdf_header"]), width - 2 * pad, 10)
    top = pages.y
    pages.box(left, top, width, len(header) * 5.5 + 2 * pad, fill="#FFF4D6")
    pages.y += pad
    for line in header:
        pages.text(left + pad, 5.5, line, 10)
        pages.y += 5.5
    pages.y += pad + 3

    label_w = 46.0
    for label, value in facts(s, L):
        lines = pages.wrap(clean(value), width - label_w, 10.5)
        pages.room(6 * len(lines))
        pages.text(left, 6, pages.fit(clean(label), label_w - 1.5, 10.5, True), 10.5, bold=True)
        for line in lines:
            pages.text(left + label_w, 6, line, 10.5)
            pages.y += 6
    pages.y += 3

    chart_w = 95.0
    chart_h = chart_w * chart.shape[0] / chart.shape[1]
    fig = pages.room(chart_h)
    x0, y0 = pages._xy(left + (width - chart_w) / 2, pages.y + chart_h)
    ax = fig.add_axes((x0, y0, chart_w / A4[0], chart_h / A4[1]))
    ax.imshow(chart, interpolation="none")  # embedded as it is, not resampled
    ax.set_axis_off()
    pages.y += chart_h + 2

    latest = sorted(entries, key=lambda e: e.at, reverse=True)[:PDF_ENTRIES]
    if latest:
        pages.room(8 + 5.5 + 5)
        pages.text(left, 8, clean(L["pdf_entries"].format(n=len(latest))), 12, bold=True)
        pages.y += 8
        cols = [w * width / 100 for w in (16, 9, 15, 16, 7, 37)]
        heads = ("col_when", "col_leg", "col_duration", "col_doing", "col_severity", "col_note")
        x = left
        for w, key in zip(cols, heads, strict=True):
            pages.text(x, 5.5, pages.fit(clean(L[key]), w - 1.5, 8.5, True), 8.5, bold=True)
            x += w
        pages.y += 5.5
        pages.rule(left, width)
        for e in latest:
            pages.room(5)
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
            x = left
            for w, text in zip(cols, row, strict=True):
                pages.text(x, 5, pages.fit(clean(text), w - 1.5, 8.5), 8.5)
                x += w
            pages.y += 5
    pages.y += 3
    footer = L["pdf_footer"].format(date=format(made.astimezone(tz), "%d %b %Y %H:%M"))
    pages.lines(left, width, clean(footer), 8.5, 4.5)
