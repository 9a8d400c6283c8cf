import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.migrate import DatabaseError, Migration, load_migrations, migrate


def test_migrations_are_numbered_without_gaps() -> None:
    found = load_migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "core"


def test_empty_database_migrates_to_newest_and_records_time(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "db.sqlite3"
    version, applied = migrate(path)
    newest = load_migrations()[-1].version
    assert version == newest
    assert applied == list(range(1, newest + 1))
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == applied
    assert all(r[2] for r in rows)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # applying again changes nothing
    assert migrate(path) == (newest, [])


@pytest.mark.parametrize("stop_at", range(1, 1 + len(load_migrations())))
def test_each_older_schema_upgrades_to_newest(tmp_path: Path, stop_at: int) -> None:
    path = tmp_path / "db.sqlite3"
    older = load_migrations()[:stop_at]
    assert migrate(path, older)[0] == stop_at
    version, applied = migrate(path)
    assert version == load_migrations()[-1].version
    assert applied == list(range(stop_at + 1, version + 1))


def test_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        migrate(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "notes.txt-wal").exists()


def test_read_only_file_is_refused() -> None:
    """A file the process may not write. Root may write anything, so as root the check runs in
    a forked child that has dropped to the unprivileged user "nobody" (real permission bits)."""
    folder = Path(tempfile.mkdtemp(prefix="pinbot-ro-"))  # reachable by "nobody", unlike tmp_path
    folder.chmod(0o755)
    path = folder / "db.sqlite3"
    migrations = load_migrations()  # read while we still may
    migrate(path, migrations)
    path.chmod(0o444)
    if os.geteuid() != 0:
        try:
            with pytest.raises(DatabaseError, match="read-only"):
                migrate(path, migrations)
        finally:
            shutil.rmtree(folder)
        return
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        code = 3
        try:
            os.setgid(65534)
            os.setuid(65534)
            migrate(path, migrations)
            code = 1  # no error: the check failed
        except DatabaseError as exc:
            code = 0 if "read-only" in str(exc) else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    shutil.rmtree(folder)
    assert os.waitstatus_to_exitcode(status) == 0


def test_read_only_file_is_refused_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    migrate(path)
    before = path.read_bytes()
    # root ignores permission bits, so ask the same question the code asks, answered "no".
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode)
    )
    with pytest.raises(DatabaseError, match="read-only"):
        migrate(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    migrations = load_migrations()
    future = [*migrations, Migration(len(migrations) + 1, "future", "CREATE TABLE f (x INT);")]
    migrate(path, future)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer than this Pinbot knows"):
        migrate(path)
    assert path.read_bytes() == before


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    broken = [
        Migration(1, "ok", "CREATE TABLE a (x INT);"),
        Migration(2, "broken", "CREATE TABLE b (x INT);\nINSERT INTO nowhere VALUES (1);"),
    ]
    with pytest.raises(DatabaseError, match="002_broken"):
        migrate(path, broken)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "a" in tables and "b" not in tables
    assert conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == 1


async def test_database_opens_with_foreign_keys_and_transactions(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        row = await db.fetchone("PRAGMA foreign_keys")
        assert row is not None and row[0] == 1
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute(
                    "INSERT INTO users (user_id, chat_id, first_seen, last_seen)"
                    " VALUES (1, 1, 'x', 'x')"
                )
                raise RuntimeError("abort")
        assert await db.fetchone("SELECT * FROM users WHERE user_id = 1") is None
        assert await db.ping()
    finally:
        await db.close()
