"""Online backup (SQLite backup API) and a restore that refuses a database in use."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.ops.backup import BackupError, backup, cli, restore
from bot.ops.lock import DatabaseInUse, InstanceLock, is_in_use, lock_path
from bot.storage.migrate import migrate


def make_db(path: Path, rows: int = 10) -> None:
    migrate(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t (v) VALUES (?)", [(f"row{i}",) for i in range(rows)])
    conn.commit()
    conn.close()


def count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM t").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_a_self_contained_private_copy(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 25)
    result = backup(db, tmp_path / "out" / "b.sqlite3")
    assert result.path.is_file() and result.size > 0 and result.schema_version >= 1
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert count(result.path) == 25
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list((tmp_path / "out").glob(".*tmp*")), "no temp files left behind"


def test_backup_never_overwrites_unless_asked(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db)
    dest = tmp_path / "b.sqlite3"
    dest.write_bytes(b"precious")
    with pytest.raises(BackupError, match="already exists"):
        backup(db, dest)
    assert dest.read_bytes() == b"precious"
    backup(db, dest, overwrite=True)
    assert count(dest) == 10


def test_backup_into_a_directory_picks_a_name(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db)
    folder = tmp_path / "backups"
    folder.mkdir()
    result = backup(db, folder)
    assert result.path.parent == folder and result.path.name.startswith("pinbot-")


def test_backup_refuses_non_sqlite_and_missing(tmp_path: Path) -> None:
    bogus = tmp_path / "x.sqlite3"
    bogus.write_text("not a database")
    with pytest.raises(BackupError, match="not an SQLite"):
        backup(bogus, tmp_path / "b")
    with pytest.raises(BackupError, match="does not exist"):
        backup(tmp_path / "missing", tmp_path / "b")


def test_backup_while_a_writer_is_busy_is_consistent(tmp_path: Path) -> None:
    """A writer keeps inserting in its own transactions (the running bot) during backups."""
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 0)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=5000")
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            # Each transaction inserts a pair; a consistent snapshot always has an even count.
            conn.execute("INSERT INTO t (v) VALUES ('a')")
            conn.execute("INSERT INTO t (v) VALUES ('b')")
            conn.execute("COMMIT")
            written[0] += 2
        conn.close()

    thread = threading.Thread(target=writer)
    with InstanceLock(db):  # the bot holds its lock: backup still works
        thread.start()
        try:
            time.sleep(0.05)
            results = [backup(db, tmp_path / f"b{i}.sqlite3") for i in range(5)]
        finally:
            stop.set()
            thread.join()
    counts = [count(r.path) for r in results]
    assert all(c % 2 == 0 for c in counts), counts
    assert counts == sorted(counts)
    assert written[0] > 0
    for r in results:
        conn = sqlite3.connect(r.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_instance_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    first = InstanceLock(db).acquire()
    assert first.held and lock_path(db).read_text().strip().isdigit()
    assert is_in_use(db)
    with pytest.raises(DatabaseInUse, match="in use"):
        InstanceLock(db).acquire()
    first.release()
    assert not is_in_use(db)
    with InstanceLock(db) as again:
        assert again.held
    assert not is_in_use(db)


def test_lock_held_by_another_process_blocks_restore(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 3)
    snap = backup(db, tmp_path / "b.sqlite3").path
    code = (
        "import sys, time; from pathlib import Path; from bot.ops.lock import InstanceLock; "
        f"InstanceLock(Path({str(db)!r})).acquire(); print('locked', flush=True); time.sleep(30)"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
            with pytest.raises(DatabaseInUse, match=rf"pid {proc.pid}"):
                restore(snap, db)
            assert count(db) == 3
        finally:
            proc.kill()
            proc.wait()
    # The kernel released the lock with the process: no stale lock to clean up.
    assert not is_in_use(db)
    restore(snap, db)


def test_restore_replaces_and_keeps_the_previous(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 5)
    snap = backup(db, tmp_path / "b.sqlite3").path
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM t")
    conn.commit()
    conn.close()
    result = restore(snap, db)
    assert count(db) == 5
    assert result.previous is not None and count(result.previous) == 0
    assert not Path(str(db) + "-wal").exists()
    assert not is_in_use(db)


def test_restore_into_an_empty_place(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 2)
    snap = backup(db, tmp_path / "b.sqlite3").path
    fresh = tmp_path / "new" / "pinbot.sqlite3"
    result = restore(snap, fresh)
    assert result.previous is None and count(fresh) == 2


def test_restore_refuses_broken_or_newer_backups(tmp_path: Path) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 2)
    junk = tmp_path / "junk"
    junk.write_bytes(b"junk")
    with pytest.raises(BackupError, match="not an SQLite"):
        restore(junk, db)
    future = backup(db, tmp_path / "future.sqlite3").path
    conn = sqlite3.connect(future)
    conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 'y')")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="newer than this code"):
        restore(future, db)
    assert count(db) == 2


def test_cli_reports_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "pinbot.sqlite3"
    make_db(db, 2)
    assert cli("backup", tmp_path / "b.sqlite3", db) == 0
    assert "backup written" in capsys.readouterr().out
    with InstanceLock(db):
        assert cli("restore", tmp_path / "b.sqlite3", db) == 1
    err = capsys.readouterr().err
    assert err.startswith("pinbot db restore: the database is in use")
    assert cli("restore", tmp_path / "b.sqlite3", db) == 0
