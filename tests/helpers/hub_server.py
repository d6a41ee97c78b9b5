"""The real hub as a subprocess (``python -m hub serve``) on a free port, for the sync tests, on
SQLite (a file) or PostgreSQL (a fresh database in the test cluster)."""

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
    in-process (the same SQLite file, WAL; or the same PostgreSQL database) to register
    stations, publish records and check. ``backend``: ``sqlite`` or ``postgres``."""

    def __init__(self, workdir: Path, *, stall_s: float = 2.0, backend: str = "sqlite") -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.backend = backend
        if backend == "postgres":
            from . import pg

            self.db: Path | str = pg.new_database()
        else:
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
            from hub.storage import open_storage

            self._storage = open_storage(str(self.db))
        return self._storage

    def close_storage(self) -> None:
        if self._storage is not None:
            self._storage.close()
            self._storage = None

    def drop(self) -> None:
        """Remove the PostgreSQL database (a SQLite file goes with the test's temp folder)."""
        if self.backend == "postgres":
            from . import pg

            pg.drop_database(str(self.db))

    def raw_text(self) -> bytes:
        """Everything the hub database holds, as bytes (to prove what it does not hold)."""
        if self.backend == "postgres":
            from . import pg

            return pg.sql_text(str(self.db)).encode()
        wal = self.db.with_name("hub.db-wal")
        return self.db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the hub database (SQLite online backup; pg_dump)."""
        if self.backend == "postgres":
            from . import pg

            return pg.dump(str(self.db), dest)
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
        if self.backend == "postgres":
            from . import pg

            pg.restore(str(self.db), backup)
            self.start()
            return
        for suffix in ("-wal", "-shm"):
            p = Path(str(self.db) + suffix)
            if p.exists():
                p.unlink()
        shutil.copy(backup, self.db)
        self.start()
