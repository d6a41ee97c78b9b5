"""Opening the station database with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: ``PRAGMA application_id`` of a station database ("YYTS")
APPLICATION_ID = 0x59595453
BUSY_TIMEOUT_MS = 10_000


def open_connection(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit ``BEGIN IMMEDIATE``), with WAL,
    ``synchronous=FULL`` (a committed sale survives a power cut), foreign keys and a busy timeout.

    The connection may be used from any thread, but only one thread at a time: each thread
    that works with the database should open its own (see :class:`app.core.db.store.Store`).
    """
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # pragma: no cover - only on filesystems without shared memory
            raise sqlite3.OperationalError(f"cannot use WAL journal (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
