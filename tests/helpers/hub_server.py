"""The real hub as a subprocess (``python -m hub serve``) on a free port, for the sync tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .proxy import free_port

ROOT = Path(__file__).resolve().parents[2]


class HubProcess:
    """Start, stop, SIGKILL, restart, back up and restore the hub; its storage is also opened
    in-process (the same SQLite file, WAL) to register stations, publish records and check."""

    def __init__(self, workdir: Path, *, stall_s: float = 2.0) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.db = self.workdir / "hub.db"
        self.port = free_port()
        self.stall_s = stall_s
        self.proc: subprocess.Popen | None = None
        self._storage = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HubProcess:
        self._log = open(self.workdir / "hub.log", "ab")  # noqa: SIM115 - closed in stop()
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hub", "--db", str(self.db), "serve", "--port", str(self.port),
             "--stall-timeout", str(self.stall_s)], cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"hub exited: {(self.workdir / 'hub.log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)  # polling a child process's port, not waiting for a thread
        raise RuntimeError("hub did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def kill(self) -> None:
        """SIGKILL: whatever the hub had not committed is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def restart(self) -> None:
        self.kill()
        self.stop()
        self.start()

    @property
    def storage(self):  # noqa: ANN201
        if self._storage is None:
            from hub.storage import SqliteStorage

            self._storage = SqliteStorage(self.db)
        return self._storage

    def close_storage(self) -> None:
        if self._storage is not None:
            self._storage.close()
            self._storage = None

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the hub database (SQLite online backup)."""
        src = sqlite3.connect(self.db)
        dst = sqlite3.connect(dest)
        src.backup(dst)
        dst.close()
        src.close()
        return dest

    def restore(self, backup: Path) -> None:
        """Stop the hub, put an older copy of its database back, start it again."""
        self.stop()
        self.close_storage()
        for suffix in ("-wal", "-shm"):
            p = Path(str(self.db) + suffix)
            if p.exists():
                p.unlink()
        shutil.copy(backup, self.db)
        self.start()
