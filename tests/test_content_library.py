"""The real content under content/: loads, validates, renders within Telegram's limits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.emergency import parse_pattern
from bot.content.library import load_bundle
from bot.content.models import Cause, Faq
from bot.content.render import render_exercise, render_topic
from bot.content.schema import REQUIRED_CAUSES, REQUIRED_FAQS
from bot.content.toml_reader import CONTENT_DIR
from bot.contentcheck import main as check_main
from bot.contentcheck import validate
from bot.tghtml import parse_html

HEADINGS = {
    "signs": "Typical signs",
    "helps": "What helps",
    "get_help": "When to get help",
    "steps": "How",
    "dose": "How often",
    "safety": "Take care",
}


def test_content_dir_is_found_relative_to_the_package() -> None:
    assert Path(__file__).resolve().parents[1] / "content" == CONTENT_DIR


def test_real_content_is_valid() -> None:
    assert validate() == []


def test_load_bundle_is_cached_and_complete() -> None:
    bundle = load_bundle()
    assert load_bundle() is bundle
    assert set(REQUIRED_CAUSES) <= set(bundle.causes)
    assert set(REQUIRED_FAQS) <= set(bundle.faqs)
    assert bundle.topic_ids == (*bundle.causes, *bundle.faqs)
    assert isinstance(bundle.item("dvt"), Cause)
    assert isinstance(bundle.item("faq-age"), Faq)
    first_exercise = next(iter(bundle.exercises))
    assert bundle.item(first_exercise).id == first_exercise
    with pytest.raises(KeyError):
        bundle.item("no-such-id")
    with pytest.raises(KeyError):
        bundle.topic(first_exercise)


def test_every_screen_is_valid_html_and_fits() -> None:
    bundle = load_bundle()
    screens = [render_topic(t, HEADINGS) for t in bundle.topics()]
    screens += [render_exercise(e, HEADINGS) for e in bundle.exercises.values()]
    for screen in screens:
        parsed = parse_html(screen)
        assert parsed.errors == [], screen[:80]
        assert 0 < len(parsed.plain) <= 4096


def test_render_topic_layout_and_escaping() -> None:
    cause = load_bundle().causes["sciatica"]
    text = render_topic(cause, HEADINGS)
    assert text.startswith("<b>Sciatica</b>\n\n")
    assert "\n\n<b>Typical signs</b>\n" in text
    assert "<b>When to get help</b>" in text
    odd = Faq("x", "A < B & C", "s", "answer", "help", (), ("src",), ())
    assert render_topic(odd, {}).startswith("<b>A &lt; B &amp; C</b>\n\nanswer\n\nhelp")


def test_parse_pattern() -> None:
    p = parse_pattern("face|facial + droop* | cant move")
    assert [[str(t) for t in g] for g in p.groups] == [["face", "facial"], ["droop*", "cant move"]]
    with pytest.raises(ValueError):
        parse_pattern("face + ")
    with pytest.raises(ValueError):
        parse_pattern("face + dr(op")


def test_check_command_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("content OK: 8 causes, 7 faqs, ")


def test_check_command_lists_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "causes.toml").write_text("[[cause]\n", "utf-8")
    assert check_main(["--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "problem(s):" in err
    assert f"1. {tmp_path.name}/en/causes.toml: invalid TOML" in err
    assert f"{tmp_path.name}/en/faq.toml: file is missing" in err


def test_content_check_fails_when_the_triage_flow_is_broken(tmp_path: Path) -> None:
    """The check runs the flow validator itself (imported, not looked up by name)."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    flow = root / "en" / "triage.toml"
    flow.write_text(
        flow.read_text("utf-8").replace('on_none = "emergency_leg"', 'on_none = "gp_symptoms"'),
        "utf-8",
    )
    problems = validate(root)
    assert any("without asking about" in p for p in problems), problems
    assert check_main(["--root", str(root)]) == 1
