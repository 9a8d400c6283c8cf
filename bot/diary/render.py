"""The summary for a doctor as words and a chart (PNG); the PDF is in `bot.diary.pdf`.

The chart is drawn with matplotlib's Agg canvas (`bot.charts`: Okabe-Ito colours, phone-sized),
once, as PNG for the chat and as pixels for the PDF. matplotlib is imported inside the functions,
so nothing is loaded until a person asks for a summary; callers run these in the render thread
(`bot.charts.off_loop`). Labels come from the interface texts (``report.*``, ``diary.*``),
passed in as a mapping: no wording lives here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - types only; matplotlib and NumPy are imported lazily
    import numpy as np
    from numpy.typing import NDArray

from bot.charts import FONT_SIZE, OKABE_ITO, figure_images, new_figure, rc, style
from bot.diary.summary import Summary

__all__ = ["Labels", "chart_images", "facts"]

Labels = Mapping[str, str]


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


def chart_images(s: Summary, L: Labels) -> tuple[bytes, NDArray[np.uint8]]:
    """Episodes per week (bars) above the situations (horizontal bars), 1080 x 1350 px, as PNG
    (for the chat) and as RGBA pixels (for the PDF), drawn once."""
    png, rgb = _chart(s, L)
    assert rgb is not None
    return png, rgb


def _chart(s: Summary, L: Labels) -> tuple[bytes, NDArray[np.uint8] | None]:
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
        return figure_images(fig, pixels=True)
