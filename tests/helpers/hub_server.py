"""The real hub as a subprocess (``python -m hub serve``) on a free port, for the sync tests."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from app.core.sync.local_hub import LocalHub

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
        self.process = LocalHub(self.db, self.port, cwd=ROOT, log_path=self.workdir / "hub.log",
                                extra_args=("--stall-timeout", str(stall_s)))
        self._storage = None

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def proc(self) -> subprocess.Popen | None:
        return self.process.proc

    def start(self) -> HubProcess:
        self.process.start()
        return self

    def stop(self) -> None:
        self.process.stop()

    def kill(self) -> None:
        """SIGKILL: whatever the hub had not committed is gone."""
        self.process.kill()

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
