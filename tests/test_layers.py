"""Dependencies point inward: no module imports from a layer above its own.

Every ``import``/``from ... import`` in ``bot/`` is read (also those inside functions; only
those under ``if TYPE_CHECKING:`` are type hints and skipped). Storage and domain code never
import python-telegram-bot.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"

# Lowest first. A package may import its own layer and every layer below.
LAYERS: list[tuple[str, ...]] = [
    ("bot.clock", "bot.config", "bot.callbacks", "bot.tghtml", "bot.logs"),
    ("bot.content",),
    (
        "bot.ask",
        "bot.triage",
        "bot.reminders",
        "bot.plans",
        "bot.illustrate",
        "bot.diary",
        "bot.charts",
    ),
    ("bot.storage",),
    ("bot.context", "bot.delivery", "bot.ratelimit", "bot.processor", "bot.ops"),
    ("bot.handlers",),
    ("bot.app",),
    ("bot.cli", "bot.chat", "bot.contentcheck", "bot.bench", "bot.__main__", "bot"),
]
# The local Bot API server is a test double: it stands apart and uses only the base layer.
APART = {"bot.localapi": 0}
NO_TELEGRAM = {
    "bot.content",
    "bot.ask",
    "bot.triage",
    "bot.reminders",
    "bot.plans",
    "bot.illustrate",
    "bot.diary",
    "bot.charts",
    "bot.storage",
} | set(LAYERS[0])


def _top(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def _layer(package: str) -> int:
    if package in APART:
        return APART[package]
    for n, names in enumerate(LAYERS):
        if package in names:
            return n
    raise AssertionError(f"{package} is in no layer: add it to LAYERS")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node))
    found: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(BOT.rglob("*.py")):
        rel = path.relative_to(BOT.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        out.append((name, path))
    return out


@pytest.mark.parametrize(("module", "path"), _modules(), ids=lambda x: str(x))
def test_no_import_from_a_layer_above(module: str, path: Path) -> None:
    own = _top(module)
    level = _layer(own)
    for imported in _imports(path):
        if imported.startswith("telegram"):
            assert own not in NO_TELEGRAM, f"{module} imports {imported}"
            continue
        if not imported.startswith("bot.") and imported != "bot":
            continue
        target = _top(imported)
        if target == own:
            continue
        if own in APART:
            assert _layer(target) == 0, f"{module} (apart) imports {imported}"
            continue
        assert target not in APART or own in LAYERS[-1] or own == "bot.app", (
            f"{module} imports the test double {imported}"
        )
        assert _layer(target) <= level, f"{module} (layer {level}) imports {imported}"


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from bot.handlers import general\nimport telegram\n", "utf-8")
    assert _imports(bad) == ["bot.handlers", "telegram"]
    assert _layer("bot.storage") < _layer(_top("bot.handlers.general"))


SQL = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "CREATE TABLE")
# the benchmark seeds its own database; the local Bot API server has none
SQL_ALLOWED = ("bot.storage", "bot.bench")


@pytest.mark.parametrize(("module", "path"), _modules(), ids=lambda x: str(x))
def test_sql_lives_in_storage(module: str, path: Path) -> None:
    if _top(module) in SQL_ALLOWED:
        return
    text = path.read_text("utf-8")
    found = [s for s in SQL if f'"{s}' in text or f"'{s}" in text]
    assert not found, f"{module} holds SQL ({found}): move it to bot/storage"
