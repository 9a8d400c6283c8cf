"""Every interface text used in code exists, with exactly the placeholders the code passes."""

import ast
import re
from pathlib import Path

import pytest

from bot.app import MENU_COMMANDS
from bot.content.texts import CONTENT_DIR, Html, Texts, load_texts, placeholders, validate_texts

BOT_DIR = Path(__file__).resolve().parents[1] / "bot"
# Calls whose keyword arguments are exactly the text's placeholders.
TEXT_FUNCTIONS = {"t", "plain", "send_menu", "send_menu_to"}
NAMESPACES = {p.stem for p in (CONTENT_DIR / "en" / "ui").glob("*.toml")}
KEY_RE = re.compile(r"^([a-z_]+)\.[a-z0-9_]+$")


def _calls() -> list[tuple[str, int, str, set[str] | None]]:
    found = []
    for path in sorted(BOT_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            for arg in node.args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    continue
                match = KEY_RE.match(arg.value)
                if not match or match.group(1) not in NAMESPACES:
                    continue
                kwargs: set[str] | None = None
                if name in TEXT_FUNCTIONS and all(kw.arg is not None for kw in node.keywords):
                    kwargs = {kw.arg for kw in node.keywords if kw.arg is not None}
                where = str(path.relative_to(BOT_DIR.parent))
                found.append((where, node.lineno, arg.value, kwargs))
    return found


def test_code_uses_text_keys() -> None:
    assert len(_calls()) > 10


@pytest.mark.parametrize(("where", "line", "key", "kwargs"), _calls())
def test_every_key_and_placeholder_used_in_code_exists(
    where: str, line: int, key: str, kwargs: set[str] | None
) -> None:
    texts = load_texts()
    assert texts.has(key), f"{where}:{line} uses missing text {key!r}"
    if kwargs is not None:
        assert placeholders(texts.raw(key)) == kwargs, f"{where}:{line} placeholders of {key}"


def test_menu_command_descriptions_exist_and_fit() -> None:
    texts = load_texts()
    for name in MENU_COMMANDS:
        description = texts.plain(f"core.cmd_{name}")
        assert 1 <= len(description) <= 256


def test_ui_texts_are_valid() -> None:
    assert validate_texts(CONTENT_DIR, "en") == []


def test_values_are_escaped_unless_marked_html() -> None:
    texts = Texts({"x.a": "<b>{name}</b>"})
    assert texts.t("x.a", name="<script>&") == "<b>&lt;script&gt;&amp;</b>"
    assert texts.t("x.a", name=Html("<i>ok</i>")) == "<b><i>ok</i></b>"


def test_second_language_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "en" / "ui").mkdir(parents=True)
    (tmp_path / "de" / "ui").mkdir(parents=True)
    (tmp_path / "en" / "ui" / "core.toml").write_text('hi = "Hello"\nbye = "Bye"\n')
    (tmp_path / "de" / "ui" / "core.toml").write_text('hi = "Hallo"\n')
    de = load_texts("de", tmp_path)
    assert de.t("core.hi") == "Hallo"
    assert de.t("core.bye") == "Bye"


def test_validator_reports_broken_texts(tmp_path: Path) -> None:
    (tmp_path / "en" / "ui").mkdir(parents=True)
    (tmp_path / "en" / "ui" / "core.toml").write_text('a = "<b>unclosed"\nb = "{1bad}"\nc = 3\n')
    problems = validate_texts(tmp_path, "en")
    joined = "\n".join(problems)
    assert "core.a" in joined and "core.b" in joined and "core.c" in joined
