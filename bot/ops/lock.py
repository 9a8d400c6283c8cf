"""The instance lock: one bot per database, and no restore while it runs.

An exclusive, non-blocking ``flock`` on ``<db>.lock`` that holds the owner's pid; the bot takes
it first thing at start (``post_init``), ``pinbot db restore`` refuses while it is held.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from types import TracebackType

from bot.storage.migrate import DatabaseError

__all__ = ["DatabaseInUse", "InstanceLock", "is_in_use", "lock_path", "match_dir_owner"]


class DatabaseInUse(DatabaseError):
    """Another process (normally the running bot) holds the database's instance lock."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Exclusive, non-blocking ``flock`` on ``<db>.lock``; released on close or process exit."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (pid {holder})" if holder else ""
            raise DatabaseInUse(
                f"the database is in use by a running bot{who}; stop it first (lock: {self.path})"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        match_dir_owner(self.path)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def is_in_use(db_path: Path) -> bool:
    """True when some process holds the instance lock of ``db_path``."""
    try:
        with InstanceLock(db_path):
            return False
    except DatabaseInUse:
        return True


def _read_pid(fd: int) -> int | None:
    try:
        raw = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(raw) if raw.isdigit() else None


def match_dir_owner(path: Path) -> None:
    """When run as root (e.g. ``sudo pinbot db restore``), give files the state directory's
    owner, so the bot's unprivileged (or systemd DynamicUser) account can still open them."""
    if os.geteuid() != 0:
        return
    st = path.parent.stat()
    with contextlib.suppress(OSError):
        os.chown(path, st.st_uid, st.st_gid)
