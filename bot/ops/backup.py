"""Online backup and guarded restore of the SQLite database.

Design
------
* **Instance lock.** The running bot holds an exclusive ``flock`` on ``<db>.lock`` (next to the
  database) for its whole life: :class:`InstanceLock`. The kernel drops the lock when the process
  dies, however it dies, so there are no stale pid files to clean up. The file also records the
  holder's pid, for humans. A second bot on the same database refuses to start, and
  ``pinbot db restore`` refuses to run while the lock is held.
* **Backup** (``pinbot db backup PATH``) uses SQLite's online backup API in one step, which reads
  one consistent snapshot; in WAL mode the bot keeps writing meanwhile. The copy is written to a
  temporary file beside ``PATH`` (mode 0600: it holds health-related data), switched to rollback
  journal mode so it is one self-contained file, checked with ``PRAGMA integrity_check``,
  fsynced and atomically renamed into place. An existing ``PATH`` is never overwritten unless
  asked.
* **Restore** (``pinbot db restore PATH``) checks the backup (SQLite, intact, schema not newer
  than this code), takes the instance lock (so the bot cannot start halfway through), moves the
  current database and its ``-wal``/``-shm`` aside as ``<db>.before-restore-<UTC time>`` and
  puts a fresh copy of the backup in its place. The bot applies any newer migrations on start.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from bot.ops.lock import InstanceLock, match_dir_owner
from bot.storage.migrate import SQLITE_MAGIC, DatabaseError, current_version, load_migrations

SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(DatabaseError):
    """The backup or restore cannot be done; the message says why.

    A :class:`DatabaseError`, so ``pinbot db ...`` prints it as one line and exits 1."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    schema_version: int


@dataclass(frozen=True)
class RestoreResult:
    db_path: Path
    schema_version: int
    previous: Path | None  # where the replaced database was moved, if there was one


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_is_sqlite(path: Path, what: str) -> None:
    if not path.is_file():
        raise BackupError(f"{what} {path} does not exist or is not a file")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise BackupError(f"{what} {path} is not an SQLite database")


def _copy_to_new_file(src: sqlite3.Connection, dest: Path) -> int:
    """Copy ``src`` into a new temp file next to ``dest``; check it; rename; return the version."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)  # pages=-1: the whole database in one step = one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()
            if check is None or check[0] != "ok":
                raise BackupError(f"the copy failed its integrity check: {check}")
            version = current_version(dst)
        finally:
            dst.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                tmp.with_name(tmp.name + suffix).unlink()
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return version


def backup(db_path: Path, dest: Path, *, overwrite: bool = False) -> BackupResult:
    """Consistent online copy of ``db_path`` at ``dest``; safe while the bot runs."""
    _check_is_sqlite(db_path, "database")
    if dest.exists():
        if dest.is_dir():
            dest = dest / f"pinbot-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.sqlite3"
        if dest.exists() and not overwrite:
            raise BackupError(f"{dest} already exists; choose another path")
    if dest.resolve() == db_path.resolve():
        raise BackupError("the backup path is the database itself")
    try:
        src = sqlite3.connect(_ro_uri(db_path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {db_path}: {exc}") from exc
    try:
        src.execute("PRAGMA busy_timeout=5000")
        version = _copy_to_new_file(src, dest)
    except sqlite3.Error as exc:
        raise BackupError(f"backup failed: {exc}") from exc
    finally:
        src.close()
    return BackupResult(dest, dest.stat().st_size, version)


def restore(backup_path: Path, db_path: Path) -> RestoreResult:
    """Replace ``db_path`` with a copy of ``backup_path``; refuses while the bot runs."""
    _check_is_sqlite(backup_path, "backup")
    if backup_path.resolve() == db_path.resolve():
        raise BackupError("the backup path is the database itself")
    newest = max((m.version for m in load_migrations()), default=0)
    try:
        src = sqlite3.connect(_ro_uri(backup_path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {backup_path}: {exc}") from exc
    try:
        try:
            check = src.execute("PRAGMA integrity_check").fetchone()
            version = current_version(src)
        except sqlite3.Error as exc:
            raise BackupError(f"{backup_path} cannot be read: {exc}") from exc
        if check is None or check[0] != "ok":
            raise BackupError(f"{backup_path} failed its integrity check: {check}")
        if version > newest:
            raise BackupError(
                f"{backup_path} has schema version {version}, newer than this code ({newest})"
            )
        with InstanceLock(db_path):
            previous: Path | None = None
            if db_path.exists():
                stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
                previous = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
                n = 1
                while previous.exists():
                    n += 1
                    previous = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
                # Move the old database together with its WAL so the pair stays consistent and
                # no stale WAL is ever applied to the restored file.
                for suffix in SIDE_FILES:
                    side = db_path.with_name(db_path.name + suffix)
                    if side.exists():
                        os.replace(side, previous.with_name(previous.name + suffix))
                os.replace(db_path, previous)
            try:
                _copy_to_new_file(src, db_path)
                match_dir_owner(db_path)
            except BaseException as exc:
                if previous is not None:  # put the old database back as it was
                    os.replace(previous, db_path)
                    for suffix in SIDE_FILES:
                        side = previous.with_name(previous.name + suffix)
                        if side.exists():
                            os.replace(side, db_path.with_name(db_path.name + suffix))
                if isinstance(exc, sqlite3.Error):
                    raise BackupError(f"restore failed: {exc}") from exc
                raise
    finally:
        src.close()
    return RestoreResult(db_path, version, previous)


def cli(action: str, path: Path, db_path: Path, *, overwrite: bool = False) -> int:
    """``pinbot db backup|restore PATH``: one line on stdout/stderr, exit status 0/1."""
    import sys

    try:
        if action == "backup":
            b = backup(db_path, path, overwrite=overwrite)
            print(f"backup written: {b.path} ({b.size} bytes, schema {b.schema_version})")
        elif action == "restore":
            r = restore(path, db_path)
            moved = f"; previous database kept at {r.previous}" if r.previous else ""
            print(f"restored {db_path} from {path} (schema {r.schema_version}){moved}")
        else:
            raise BackupError(f"unknown action {action!r}")
    except (DatabaseError, OSError) as exc:  # BackupError, DatabaseInUse
        print(f"pinbot db {action}: {exc}", file=sys.stderr)
        return 1
    return 0
