"""Charts as PNG bytes, drawn with matplotlib (Agg), readable on a phone and colour-blind safe.

matplotlib is heavy (about 0.4 s to import and ~33 MB of memory, NumPy aside; README): it is
imported inside `figure_png` and the chart functions only, never at start-up, and only when a
person asks for a chart. Colours are the Okabe-Ito palette (safe for the common colour-vision
deficiencies); every series also differs by position or hatching and is labelled in words.
Pure: data in, bytes out; callers run it in the one render thread (`off_loop`).
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import gc
import io
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:  # pragma: no cover - types only; matplotlib is imported lazily
    import numpy as np
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

__all__ = [
    "OKABE_ITO",
    "PHONE_DPI",
    "PHONE_SIZE",
    "figure_png",
    "new_figure",
    "off_loop",
    "week_chart",
]
T = TypeVar("T")

#: Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow, blue,
#: vermillion, reddish purple, black.
OKABE_ITO: Final = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)
#: A portrait picture a phone shows full width: 1080 x 1350 pixels (4:5).
PHONE_SIZE: Final = (7.2, 9.0)
PHONE_DPI: Final = 150
FONT_SIZE: Final = 15

_LOCK = threading.Lock()  # rcParams are global: one chart or PDF at a time, under this lock
# One thread draws every chart and PDF. They are drawn one at a time anyway (the lock), and one
# thread reuses one memory arena: with asyncio.to_thread's pool each thread kept its own and the
# resident memory grew with every summary (measured: +31 MB over seven summaries, against +5).
_RENDER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pinbot-render")


async def off_loop(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` in the render thread, so the event loop keeps answering other chats."""
    return await asyncio.get_running_loop().run_in_executor(_RENDER, _then_trim, fn, args)


def _then_trim(fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    """`fn(*args)` with the cyclic garbage collector paused, then the youngest generation
    collected and the freed heap handed back (`release_memory`).

    A chart or PDF leaves thousands of small reference cycles behind (figures, artists, their
    callbacks). Collected whenever the collector happened to run, they first pinned Python's
    memory arenas and the resident memory grew by ~6 MB with each summary (measured: +15 MB
    over six). Paused, everything the drawing allocated stays in the youngest generation, and
    collecting just that generation frees all of it in ~5 ms, where a full collection of the
    bot's objects takes 20-65 ms with the event loop waiting on the GIL."""
    _fix_mmap_threshold()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return fn(*args)
    finally:
        gc.collect(0)
        if was_enabled:
            gc.enable()
        release_memory()


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl, macOS): nothing to do
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def _malloc_trim() -> Callable[[int], int] | None:
    libc = _glibc()
    return None if libc is None else libc.malloc_trim


M_MMAP_THRESHOLD: Final = -3  # glibc's <malloc.h>
MMAP_THRESHOLD: Final = 1 << 20


@functools.cache
def _fix_mmap_threshold() -> None:
    """Keep buffers of 1 MiB and more in their own memory mappings, returned when freed.

    glibc raises its mmap threshold each time a large mapped buffer is freed (up to 32 MiB);
    after that the chart's pixels and the PNG and PDF buffers (a few MB each) came from the heap
    and left holes `malloc_trim` could not return: +65 MB resident after the first summary,
    +55 MB after the second (measured; with a fixed threshold +55 MB after the first). Setting
    the threshold, once, before the first chart, turns that adjustment off. One C call, skipped
    where glibc is absent; no library does this."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_memory() -> None:
    """Give the heap memory freed by a chart back to the system (glibc's ``malloc_trim``).

    A chart and PDF allocate ~30 MB of buffers for a moment; glibc keeps freed heap memory for
    reuse, so the bot's resident memory stayed ~15 MB higher after each of the first summaries
    (measured over 30 summaries: +72 MB without, +51 MB with; the call itself takes a few
    milliseconds). No library does this; it is one C call, skipped where glibc is absent."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def new_figure(size: tuple[float, float] = PHONE_SIZE) -> Figure:
    """A figure that no global pyplot state keeps alive (no memory kept between charts).

    Margins are fixed by the callers (``subplots_adjust``): an automatic layout engine measures
    every label and costs a third of the drawing time (measured: 227 ms against 155 ms)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=PHONE_DPI)
    FigureCanvasAgg(fig)  # its own Agg canvas: the pixels stay readable after saving
    return fig


def figure_png(fig: Figure) -> bytes:
    return figure_images(fig, pixels=False)[0]


def figure_images(fig: Figure, pixels: bool = True) -> tuple[bytes, NDArray[np.uint8] | None]:
    """The figure as PNG (for the chat) and, drawn once, its RGBA pixels (None unless `pixels`).

    The pixels are for the PDF (`bot.diary.pdf`): matplotlib's PDF backend embeds an array
    as it is, where a PNG or JPEG would first be decoded again."""
    buf = io.BytesIO()
    # zlib level 3: nearly the size of the default level, in less time
    fig.savefig(buf, format="png", dpi=PHONE_DPI, pil_kwargs={"compress_level": 3})
    rgba = None
    if pixels:  # a view, no copy: it keeps the renderer's buffer (only) alive while it is used
        import numpy as np

        rgba = np.asarray(fig.canvas.buffer_rgba())  # type: ignore[attr-defined]
    # A figure and its canvas are a web of reference cycles: cleared here (and the canvas's
    # pixel buffer dropped), their memory is freed at once instead of at some later full
    # garbage collection (measured: without this the resident memory grew with every summary).
    fig.clear()
    if hasattr(fig.canvas, "renderer"):
        del fig.canvas.renderer
    return buf.getvalue(), rgba


def style(ax: Any) -> None:
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.tick_params(labelsize=FONT_SIZE - 2)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)


def rc() -> Any:
    return {"font.size": FONT_SIZE, "font.family": "DejaVu Sans", "svg.fonttype": "none"}


def week_chart(
    days: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    title: str,
    ylabel: str,
) -> bytes:
    """Stacked bars per day (e.g. done / snoozed / skipped reminders), one colour and hatch per
    series, labelled in a legend; whole-number axis."""
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    hatches = ("", "//", "..", "xx")
    colours = (OKABE_ITO[2], OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[6])
    with _LOCK, matplotlib.rc_context(rc()):
        fig = new_figure((7.2, 6.0))
        ax = fig.add_subplot()
        bottom = [0] * len(days)
        for i, (name, values) in enumerate(series):
            ax.bar(
                days,
                values,
                bottom=bottom,
                label=name,
                color=colours[i % len(colours)],
                hatch=hatches[i % len(hatches)],
                edgecolor="#333333",
                linewidth=0.6,
            )
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_title(title, fontsize=FONT_SIZE + 3, loc="left", fontweight="bold")
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(0, max([*bottom, 1]) * 1.15)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=len(series), frameon=False)
        style(ax)
        fig.subplots_adjust(left=0.12, right=0.97, top=0.9, bottom=0.2)
        return figure_png(fig)
