"""The diary's pure parts: summary statistics, trend, patterns, typed pre-fill, typed times,
the draft's storage form, and the weekly check-in's time across both clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.content.texts import load_texts
from bot.diary.checkin import checkin_time, next_checkin, nudges
from bot.diary.model import Draft, Entry, new_draft
from bot.diary.parse import apply_prefill, parse_time, read_typed
from bot.diary.render import facts
from bot.diary.summary import flagged, summarize, trend_of
from bot.diary.words import load_words, validate_words
from bot.handlers.diary.summary import report_labels
from bot.handlers.stats import daily_counts, stats_text
from bot.reminders.schedule import ReminderSettings

NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)  # Monday
LONDON = ZoneInfo("Europe/London")
W = load_words()


def e(days_ago: float, leg: str = "left", dur: str = "minutes", act: str = "sitting", sev: int = 3,
      minutes: int | None = None, flags: tuple[str, ...] = ()) -> Entry:  # fmt: skip
    return Entry(0, NOW - timedelta(days=days_ago), leg, dur, act, sev, "", minutes, flags)  # type: ignore[arg-type]


# --- summary ----------------------------------------------------------------------------------


def test_summary_counts_weeks_legs_situations_and_severity() -> None:
    entries = [
        e(0.1, "left", "minutes", "sitting", 4, 10),
        e(1, "left", "minutes", "crossed", 6, 20),
        e(8, "right", "short", "sitting", 2),
        e(15, "both", "hours", "lying", 8),
        e(40, "left", "minutes", "sitting", 5),  # outside 30 days
        e(-1, "left"),  # in the future: not counted
    ]
    s = summarize(entries, now=NOW, tz=LONDON, days=30, nudge=W.nudge)
    assert s.episodes == 4
    assert s.start == date(2024, 5, 5) and s.end == date(2024, 6, 3)
    assert s.per_week == round(4 * 7 / 30, 1)
    assert s.legs == {"left": 2, "right": 1, "both": 1}
    assert s.situations == (("sitting", 2), ("crossed", 1), ("lying", 1))
    assert s.typical_duration == "minutes" and s.median_minutes == 15
    assert s.severity_median == 5 and s.severity_max == 8
    # weeks run Monday to Sunday, covering the whole period
    assert s.weeks[0].start == date(2024, 4, 29) and s.weeks[-1].start == date(2024, 6, 3)
    assert sum(w.episodes for w in s.weeks) == 4
    assert [w.episodes for w in s.weeks][-2:] == [1, 1]
    assert s.flagged == 1  # the both-legs, severity-8 one


def test_summary_outcomes_and_adherence() -> None:
    s = summarize(
        [e(2)],
        now=NOW,
        tz=LONDON,
        days=30,
        nudge=W.nudge,
        outcomes=[("2024-05-20", "consultation"), ("2024-01-01", "self_care"), ("bad", "x")],
        reminder_actions=["done", "done", "done", "skip", "snooze", "pause"],
    )
    assert s.outcomes == ((date(2024, 5, 20), "consultation"),)
    assert s.reminders_answered == 5 and s.reminders_done == 3 and s.adherence == 60
    empty = summarize([], now=NOW, tz=LONDON, days=90, nudge=W.nudge)
    assert empty.episodes == 0 and empty.adherence is None and empty.typical_duration is None
    assert empty.trend == "unknown" and len(empty.weeks) == 14


def test_local_days_follow_the_persons_zone() -> None:
    # 23:30 UTC on 2 June is 00:30 on 3 June in London (BST): today, in the person's zone
    late = Entry(0, datetime(2024, 6, 2, 23, 30, tzinfo=UTC), "left", "minutes", "sitting", 3)
    s = summarize([late], now=NOW, tz=LONDON, days=30, nudge=W.nudge)
    assert s.weeks[-1].start == date(2024, 6, 3) and s.weeks[-1].episodes == 1
    s_utc = summarize([late], now=NOW, tz=UTC, days=30, nudge=W.nudge)
    assert s_utc.weeks[-1].episodes == 0


@pytest.mark.parametrize(
    ("earlier", "later", "trend"),
    [(0, 2, "unknown"), (2, 2, "same"), (4, 5, "same"), (2, 6, "worse"), (8, 3, "better"),
     (10, 12, "same"), (10, 13, "worse")],
)  # fmt: skip
def test_trend(earlier: int, later: int, trend: str) -> None:
    assert trend_of(earlier, later) == trend


def test_trend_over_a_period() -> None:
    worse = [e(d) for d in (80, 50, 20, 15, 10, 8, 5, 3, 1)]
    assert summarize(worse, now=NOW, tz=UTC, days=90, nudge=W.nudge).trend == "worse"
    better = [e(d) for d in (85, 80, 70, 66, 60, 55, 50, 48, 10)]
    assert summarize(better, now=NOW, tz=UTC, days=90, nudge=W.nudge).trend == "better"


def test_flagged_patterns() -> None:
    assert flagged(e(1, leg="both"), W.nudge) == ("both_legs",)
    assert flagged(e(1, dur="ongoing", sev=9), W.nudge) == ("ongoing", "severe")
    assert flagged(e(1, flags=("persistent", "position_related")), W.nudge) == ("persistent",)
    assert flagged(e(1), W.nudge) == ()


def test_facts_have_every_label() -> None:
    texts = load_texts()
    labels = report_labels(texts, ["self_care", "consultation"])
    s = summarize([e(1, minutes=5)], now=NOW, tz=UTC, days=30, nudge=W.nudge,
                  outcomes=[("2024-06-01", "consultation")])  # fmt: skip
    lines = dict(facts(s, labels))
    assert lines["Episodes"].startswith("1 in all")
    assert lines["Symptom checks"] == "01 Jun 2024: Book a GP appointment"
    assert lines["Movement reminders"] == "none"


# --- nudges and the check-in time -------------------------------------------------------------


def test_nudges_worse_and_new_patterns() -> None:
    entries = [e(40), *(e(d) for d in (20, 12, 8, 3)), e(2, leg="both")]
    n = nudges(entries, NOW, W.nudge)
    assert n.worse and n.new_patterns == {"both_legs"} and n.suggest_check
    # a pattern seen in the weeks before is not new
    old = [*entries, e(30, leg="both")]
    assert nudges(old, NOW, W.nudge).new_patterns == frozenset()
    calm = [e(40), e(20)]
    assert not nudges(calm, NOW, W.nudge).suggest_check


def test_checkin_time_inside_active_hours() -> None:
    assert checkin_time(None) == time(12, 0)
    assert checkin_time(ReminderSettings(start=time(9, 0), end=time(18, 0))) == time(11, 0)
    short = ReminderSettings(interval_min=20, start=time(9, 0), end=time(10, 0))
    assert checkin_time(short) == time(9, 30)
    night = ReminderSettings(start=time(22, 0), end=time(6, 0))
    assert checkin_time(night) == time(0, 0)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # spring: clocks go forward on Sunday 31 March 2024 (GMT -> BST)
        (datetime(2024, 3, 24, 12, 0, tzinfo=UTC), datetime(2024, 3, 31, 10, 0, tzinfo=UTC)),
        (datetime(2024, 3, 31, 9, 59, tzinfo=UTC), datetime(2024, 3, 31, 10, 0, tzinfo=UTC)),
        (datetime(2024, 3, 31, 10, 0, tzinfo=UTC), datetime(2024, 4, 7, 10, 0, tzinfo=UTC)),
        # autumn: clocks go back on Sunday 27 October 2024 (BST -> GMT)
        (datetime(2024, 10, 20, 10, 0, tzinfo=UTC), datetime(2024, 10, 27, 11, 0, tzinfo=UTC)),
        (datetime(2024, 10, 27, 10, 30, tzinfo=UTC), datetime(2024, 10, 27, 11, 0, tzinfo=UTC)),
    ],
)
def test_next_checkin_keeps_the_local_time_across_clock_changes(
    now: datetime, expected: datetime
) -> None:
    due = next_checkin(now, LONDON, 6, time(11, 0))  # Sundays, 11:00 London time
    assert due == expected
    assert due.astimezone(LONDON).time() == time(11, 0)


# --- typed text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "leg", "duration", "minutes", "activity", "severity"),
    [
        ("left foot numb for 10 minutes after sitting", "left", "minutes", 10, "sitting", None),
        ("Right leg tingling right now, 7/10", "right", "ongoing", None, None, 7),
        ("both feet numb in bed for about an hour", "both", "hours", None, "lying", None),
        ("pins and needles sitting cross-legged, mild", None, None, None, "crossed", 2),
        ("for 30 secs while driving", None, "short", 0, "sitting", None),
        (
            "left and right calf after a run, 2 hours, really bad",
            "both",
            "hours",
            120,
            "exercise",
            8,
        ),
        ("all right, it happens sometimes", None, None, None, None, None),
    ],
)
def test_read_typed(
    text: str, leg: str | None, duration: str | None, minutes: int | None,
    activity: str | None, severity: int | None,
) -> None:  # fmt: skip
    p = read_typed(text, W, [], NOW, LONDON)
    assert (p.leg, p.duration, p.minutes, p.activity, p.severity) == (
        leg, duration, minutes, activity, severity,
    )  # fmt: skip


def test_prefill_keeps_defaults_and_the_note() -> None:
    d = new_draft(NOW, None)
    p = read_typed("left foot numb yesterday", W, ["position_related"], NOW, LONDON)
    d2 = apply_prefill(d, p, "left foot numb yesterday")
    assert d2.leg == "left" and d2.activity == "sitting" and d2.severity == 3
    assert d2.at == NOW - timedelta(days=1) and d2.note == "left foot numb yesterday"
    assert d2.flags == ("position_related",) and "leg" in d2.prefilled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12:30", datetime(2024, 6, 3, 11, 30, tzinfo=UTC)),  # 12:30 BST, an hour ago
        ("2pm", datetime(2024, 6, 2, 13, 0, tzinfo=UTC)),  # still to come today: yesterday
        ("yesterday 18:00", datetime(2024, 6, 2, 17, 0, tzinfo=UTC)),
        ("2 hours ago", datetime(2024, 6, 3, 10, 0, tzinfo=UTC)),
        ("now", NOW),
        ("tomorrow", None),
        ("25:00", None),
        ("13pm", None),
    ],
)
def test_parse_time(text: str, expected: datetime | None) -> None:
    assert parse_time(text, W, NOW, LONDON) == expected


def test_draft_round_trip_and_broken_rows() -> None:
    d = Draft(NOW, "both", "hours", "walking", 6, "note", 90, ("persistent",), 7, "note", 42)
    assert Draft.from_json(d.to_json()) == d
    assert Draft.from_json("{") is None
    assert Draft.from_json('{"at": "x"}') is None
    forged = Draft.from_json(
        '{"at": 1, "leg": "middle", "duration": "x", "activity": "y", "severity": 99}'
    )
    assert forged is not None and forged.leg is None and forged.severity == 10
    assert d.with_field("sev", "11") is None and d.with_field("leg", "both") is not None
    assert d.with_field("act", "dancing") is None and d.with_when("soon", NOW) is None


def test_words_file_is_valid() -> None:
    assert validate_words() == []


# --- /stats -----------------------------------------------------------------------------------


def test_stats_text_takes_extra_sections() -> None:
    texts = load_texts()
    counts = {"done": 3, "snooze": 1, "skip": 2, "pause": 0}
    base = stats_text(texts, 7, counts, 2)
    assert "Done: 3" in base and "Snoozed: 1" in base and "Skipped: 2" in base
    more = stats_text(texts, 7, counts, 2, ["<b>Plan</b>: day 3 of 14", ""])
    assert more == base + "\n\n<b>Plan</b>: day 3 of 14"


def test_daily_counts_per_local_day() -> None:
    monday = date(2024, 6, 3)
    events = [
        (datetime(2024, 6, 3, 8, 0, tzinfo=UTC), "done"),
        (datetime(2024, 6, 3, 23, 30, tzinfo=UTC), "skip"),  # Tuesday 00:30 in London
        (datetime(2024, 6, 9, 12, 0, tzinfo=UTC), "snooze"),
        (datetime(2024, 6, 10, 12, 0, tzinfo=UTC), "done"),  # next week
        (datetime(2024, 6, 4, 12, 0, tzinfo=UTC), "pause"),
    ]
    got = daily_counts(events, monday, LONDON)
    assert got == {
        "done": [1, 0, 0, 0, 0, 0, 0],
        "snooze": [0, 0, 0, 0, 0, 0, 1],
        "skip": [0, 1, 0, 0, 0, 0, 0],
    }


def test_chart_and_pdf_libraries_are_not_loaded_at_start_up() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bot.app, bot.handlers\n"
        "print(sorted(m for m in ('matplotlib', 'PIL', 'fontTools', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "note",
    [
        "after a long drive 🙂",
        "engourdi après être assis – œuf 🙂",  # accents and Windows-1252's own: built-in font
        "онемение после сидения 🙂",  # another script: DejaVu Sans embedded
        "paid $5 for insoles, $3 for socks 🙂",  # the person's words, never read as maths
    ],
)
def test_pdf_holds_the_figures_in_latin_and_other_scripts(note: str) -> None:
    import io

    from PIL import Image
    from pypdf import PdfReader

    from bot.diary.pdf import summary_pdf
    from bot.diary.render import chart_images

    labels = report_labels(load_texts(), ["consultation"])
    entries = [e(d, minutes=10) for d in (1, 2, 3)]
    entries[0] = Entry(0, NOW - timedelta(hours=1), "both", "ongoing", "lying", 9, note)
    s = summarize(entries, now=NOW, tz=LONDON, days=30, nudge=W.nudge)
    png, pixels = chart_images(s, labels)
    assert Image.open(io.BytesIO(png)).size == (1080, 1350)
    assert pixels.shape == (1350, 1080, 4)
    pdf = summary_pdf(s, labels, pixels, entries, LONDON, NOW)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Brought by the patient; not a diagnosis" in text
    assert "3 in all" in text and "Left 2, Both 1" in text
    assert note.replace(" 🙂", "") in text and "🙂" not in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_pdf_leaves_the_font_subsetter_unloaded_until_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tests.test_diary_pure import pdf_of\n"
        "assert pdf_of('after a long drive').startswith(b'%PDF')\n"
        "lazy = type(sys.modules['fontTools.subset']).__name__\n"
        "from fontTools import subset\n"
        "assert subset.Subsetter(subset.Options()) is not None\n"  # loads it, once, whole
        "print(lazy, type(sys.modules['fontTools.subset']).__name__)"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.split() == ["_LazyModule", "module"]


def pdf_of(note: str) -> bytes:
    from bot.diary.pdf import summary_pdf
    from bot.diary.render import chart_images

    labels = report_labels(load_texts(), ["consultation"])
    entries = [Entry(0, NOW - timedelta(hours=1), "both", "ongoing", "lying", 9, note)]
    s = summarize(entries, now=NOW, tz=LONDON, days=30, nudge=W.nudge)
    return summary_pdf(s, labels, chart_images(s, labels)[1], entries, LONDON, NOW)


def test_pdf_of_a_long_diary_keeps_to_two_pages() -> None:
    import io

    from pypdf import PdfReader

    from bot.diary.pdf import PDF_ENTRIES, summary_pdf
    from bot.diary.render import chart_images

    labels = report_labels(load_texts(), ["consultation"])
    long_note = "numb from the hip down to the toes " * 8
    entries = [
        Entry(0, NOW - timedelta(hours=3 * i), "left", "minutes", "sitting", i % 11, long_note)
        for i in range(500)
    ]
    s = summarize(entries, now=NOW, tz=LONDON, days=90, nudge=W.nudge)
    _, pixels = chart_images(s, labels)
    pdf = summary_pdf(s, labels, pixels, entries, LONDON, NOW)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    text = " ".join(p.extract_text() for p in reader.pages)
    assert f"Latest {PDF_ENTRIES} entries" in text and "Made with Pinbot" in text
    assert text.count("numb from the hip") == PDF_ENTRIES  # each note cut to its column...
    assert text.count("...") >= PDF_ENTRIES  # ...and marked as cut


def test_prefill_code_round_trip_and_forgeries() -> None:
    from bot.diary.parse import from_code, to_code

    p = read_typed("right calf for 2 hours after a run, 6/10, yesterday", W, [], NOW, LONDON)
    code = to_code(p, NOW)
    assert len(("v1:d:p:" + code).encode()) <= 64
    back = from_code(code.split(":"), NOW)
    assert back is not None
    assert (back.leg, back.duration, back.minutes, back.activity, back.severity, back.at) == (
        "right", "hours", 120, "exercise", 6, NOW - timedelta(days=1),
    )  # fmt: skip
    assert from_code(["-", "-", "-", "-", "-", str(int(NOW.timestamp()))], NOW) is not None
    future = from_code(["left", "-", "-", "-", "-", str(int(NOW.timestamp()) + 999)], NOW)
    assert future is not None and future.at == NOW  # a time to come is read as now
    for bad in (["left"], ["x", "-", "-", "-", "-", "1"], ["-", "-", "-", "11", "-", "1"],
                ["-", "-", "-", "-", "-1", "1"], ["-", "-", "-", "-", "-", "9" * 30]):  # fmt: skip
        got = from_code(bad, NOW)
        assert got is None or got.at == NOW


def test_starting_the_bot_does_not_load_statistics() -> None:
    """The summary imports `statistics` (and with it `fractions` and `decimal`) when it is
    asked for: the bot's cold start (issue 9: first getUpdates within 1 s) does not pay."""
    import subprocess
    import sys

    code = "import sys, bot.app, bot.handlers\nprint('statistics' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
