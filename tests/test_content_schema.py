"""Every kind of content error is caught, with a readable message naming the file and item."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.content.library import load_bundle
from bot.content.loader import read_bundle
from bot.content.models import ContentError
from bot.content.schema import check_bundle

FIXTURE = Path(__file__).parent / "data" / "content_fixture"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    dest = tmp_path / "content"
    shutil.copytree(FIXTURE, dest)
    return dest


def problems(root: Path) -> list[str]:
    bundle, found = read_bundle("en", root)
    return found + check_bundle(bundle)


def edit(root: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = root / "en" / name
    text = path.read_text("utf-8")
    assert old in text, f"fixture has no {old!r}"
    path.write_text(text.replace(old, new, count), "utf-8")


def test_fixture_is_valid(root: Path) -> None:
    assert problems(root) == []
    bundle = load_bundle("en", root)
    assert len(bundle.causes) == 8 and len(bundle.faqs) == 7 and len(bundle.exercises) == 12


def test_missing_required_id(root: Path) -> None:
    edit(root, "causes.toml", 'id = "dvt"', 'id = "dvt-2"')
    assert "content/en/causes.toml: required cause 'dvt' is missing" in problems(root)


def test_duplicate_id_across_kinds(root: Path) -> None:
    edit(root, "faq.toml", 'id = "faq-age"', 'id = "sciatica"')
    found = problems(root)
    assert any(
        p.startswith("content/en/faq.toml: duplicate id 'sciatica'") and "causes.toml" in p
        for p in found
    ), found


def test_duplicate_id_in_one_file(root: Path) -> None:
    edit(root, "exercises.toml", 'id = "ex-2"', 'id = "ex-1"')
    assert any("duplicate id 'ex-1'" in p for p in problems(root))


def test_bad_related(root: Path) -> None:
    edit(root, "faq.toml", 'related = ["sciatica"]', 'related = ["no-such-thing"]')
    assert (
        "content/en/faq.toml: faq 'faq-anxiety-stress': 'related' id 'no-such-thing' does not exist"
        in problems(root)
    )


def test_bad_html(root: Path) -> None:
    edit(root, "causes.toml", 'what = "What <b>sciatica</b> is."', 'what = "What <b>sciatica is."')
    found = problems(root)
    assert any(
        p.startswith("content/en/causes.toml: cause 'sciatica': field 'what' is not valid Telegram")
        for p in found
    ), found


def test_bare_ampersand_is_bad_html(root: Path) -> None:
    edit(root, "faq.toml", "&amp;", "&")
    assert any("field 'answer' is not valid Telegram HTML" in p for p in problems(root))


def test_title_too_long(root: Path) -> None:
    edit(root, "causes.toml", 'title = "Title pad"', f'title = "{"x" * 41}"')
    assert "content/en/causes.toml: cause 'pad': 'title' is 41 characters, max 40" in problems(root)


def test_summary_too_long_and_not_plain(root: Path) -> None:
    edit(root, "faq.toml", 'summary = "Summary of faq-age."', f'summary = "<b>{"y" * 160}</b>"')
    found = problems(root)
    assert any("faq 'faq-age': 'summary' is 167 characters, max 160" in p for p in found)
    assert any("faq 'faq-age': 'summary' must be plain text" in p for p in found)


def test_rendered_screen_too_long(root: Path) -> None:
    edit(root, "causes.toml", 'helps = "• a help"', f'helps = "{"z" * 4100}"')
    found = problems(root)
    assert any(
        re.search(r"cause 'nerve-compression': rendered screen is \d+ characters, max 4096", p)
        for p in found
    ), found


def test_missing_sources(root: Path) -> None:
    edit(root, "causes.toml", 'sources = ["fixture"]', "sources = []")
    assert (
        "content/en/causes.toml: cause 'nerve-compression': field 'sources' is empty"
        in problems(root)
    )


def test_missing_field_and_wrong_type(root: Path) -> None:
    edit(root, "exercises.toml", 'dose = "Twice."\n', "")
    edit(root, "exercises.toml", 'name = "Exercise 3"', "name = 3")
    found = problems(root)
    assert "content/en/exercises.toml: exercise 'ex-1': field 'dose' is missing" in found
    assert "content/en/exercises.toml: exercise 'ex-3': field 'name' must be a string" in found


def test_bad_toml_syntax_names_the_file(root: Path) -> None:
    edit(root, "faq.toml", 'title = "Title faq-age"', 'title = "Title faq-age')
    found = problems(root)
    assert any(p.startswith("content/en/faq.toml: invalid TOML: ") for p in found), found
    assert any("line" in p for p in found if "invalid TOML" in p)


def test_missing_file(root: Path) -> None:
    (root / "en" / "exercises.toml").unlink()
    found = problems(root)
    assert "content/en/exercises.toml: file is missing" in found
    assert any("0 exercises, at least 12 are needed" in p for p in found)


def test_too_few_exercises_and_steps(root: Path) -> None:
    text = (root / "en" / "exercises.toml").read_text("utf-8")
    cut = text.index('[[exercise]]\nid = "ex-12"')
    (root / "en" / "exercises.toml").write_text(text[:cut], "utf-8")
    edit(root, "exercises.toml", 'steps = ["Step one.", "Step two."]', 'steps = ["Only one."]')
    found = problems(root)
    assert "content/en/exercises.toml: 11 exercises, at least 12 are needed" in found
    assert (
        "content/en/exercises.toml: exercise 'ex-1': 'steps' has 1 entries, needs 2 to 6" in found
    )


def test_bad_enum_values(root: Path) -> None:
    edit(root, "causes.toml", 'group = "other"', 'group = "misc"')
    edit(root, "exercises.toml", 'kind = "stretch"', 'kind = "dance"')
    found = problems(root)
    assert any("cause 'nerve-damage': 'group' must be one of" in p for p in found)
    assert any("exercise 'ex-1': 'kind' must be one of stretch, posture" in p for p in found)


def test_unknown_field_is_reported(root: Path) -> None:
    edit(root, "faq.toml", 'title = "Title faq-age"', 'title = "Title faq-age"\ntitel = "typo"')
    assert "content/en/faq.toml: faq 'faq-age': unknown field(s) 'titel'" in problems(root)


def test_emergency_rules_checked(root: Path) -> None:
    edit(root, "emergency.toml", 'finding = "cold_pale_leg"', 'finding = "cold_leg"')
    edit(root, "emergency.toml", 'patterns = ["fell + back"]', 'patterns = ["fell + "]')
    found = problems(root)
    assert any("rule #5 (cold_leg): 'finding' must be one of" in p for p in found)
    assert (
        "content/en/emergency.toml: no rule detects the emergency finding 'cold_pale_leg'" in found
    )
    assert any("rule #6 (spine_head_injury): empty term" in p for p in found)


def test_load_bundle_raises_with_every_problem(root: Path) -> None:
    edit(root, "causes.toml", 'sources = ["fixture"]', "sources = []")
    edit(root, "faq.toml", 'related = ["sciatica"]', 'related = ["nope"]')
    with pytest.raises(ContentError) as err:
        load_bundle("en", root)
    assert len(err.value.problems) == 2
    message = str(err.value)
    assert "2 content problem(s)" in message
    assert "1. content/en/causes.toml" in message and "2. content/en/faq.toml" in message


def test_exercise_notes_apply_by_kind_and_flag(root: Path) -> None:
    bundle, found = read_bundle("en", root)
    assert found == []
    flagged = bundle.exercises["ex-1"]
    assert flagged.notes == (
        "Not on a swollen leg.",
        "Not soon after surgery.",
        "Stop if you feel unwell.",
    )
    assert flagged.stop == "Stop if it hurts."
    assert flagged.leg_stretch


def test_every_exercise_must_say_when_to_stop(root: Path) -> None:
    text = (root / "en" / "exercises.toml").read_text()
    (root / "en" / "exercises.toml").write_text(text.replace('stop = "Stop if it hurts."\n', "", 1))
    _, found = read_bundle("en", root)
    assert any("'stop'" in p and "ex-1" in p for p in found), found


def test_leg_stretch_must_be_written_out_and_defaults_to_cautious(root: Path) -> None:
    edit(root, "exercises.toml", "leg_stretch = false\n", "")
    bundle, found = read_bundle("en", root)
    assert any("leg_stretch" in p and "ex-2" in p for p in found), found
    assert bundle.exercises["ex-2"].leg_stretch  # unknown counts as a leg stretch


def test_every_real_exercise_has_its_own_stop_line_and_fits_a_caption() -> None:
    from bot.content.library import load_bundle

    bundle = load_bundle()
    assert len(bundle.exercises) >= 24
    for ex in bundle.exercises.values():
        assert ex.stop.strip(), ex.id
        assert ex.pose is not None, ex.id


def test_a_missing_exercise_note_is_reported(root: Path) -> None:
    edit(root, "exercises.toml", 'stop_if = "Stop if you feel unwell."\n', "")
    assert any("[notes]: field 'stop_if' is missing" in p for p in problems(root))


def test_a_bad_surgery_flag_is_reported(root: Path) -> None:
    edit(root, "exercises.toml", "surgery_caution = true", 'surgery_caution = "yes"')
    assert any("'surgery_caution' must be true or false" in p for p in problems(root))
