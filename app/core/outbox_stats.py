"""How much the station still has to send: a small, read-only look at the outbox.

The window's status bar and the Today page read this every few seconds, so it is a handful of
indexed queries on the outbox's primary key and nothing else. It reads the sync module's
``sync_runs`` table only when it exists, so it works on any schema version.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from dataclasses import dataclass

from .clock import parse_utc
from .db.store import Store

#: A pending change older than this turns the status bar's backlog warning on.
STALE_AFTER_S = 24 * 3600


@dataclass(frozen=True)
class OutboxStats:
    """What is waiting for the platform.

    ``pending``: change records with ``seq`` above the platform's acknowledgement mark;
    ``oldest_pending_at``/``oldest_pending_age_s``: the device time of the oldest of them (None when
    nothing is pending); ``last_success_at``: the end of the last successful sync (None: never);
    ``last_run_ok``: whether the last finished sync run succeeded (None: no run yet).
    """

    pending: int
    acked_through: int
    oldest_pending_at: str | None
    oldest_pending_age_s: int | None
    last_success_at: str | None
    last_run_ok: bool | None = None

    @property
    def stale(self) -> bool:
        """True when the oldest pending change has waited longer than a day."""
        return self.oldest_pending_age_s is not None and self.oldest_pending_age_s > STALE_AFTER_S


def read_outbox_stats(store: Store, now: _dt.datetime | None = None) -> OutboxStats:
    """Read the backlog in one consistent snapshot. Never writes; safe on any thread that owns
    its connection (``Store.conn`` is per thread)."""
    now = now or store.clock.now()
    conn = store.conn
    with store.snapshot():
        acked = _meta_int(conn, "acked_through")
        pending, first_seq = conn.execute(
            "SELECT count(*), min(seq) FROM outbox WHERE seq > ?", (acked,)
        ).fetchone()
        oldest_at = None
        if first_seq is not None:
            oldest_at = conn.execute("SELECT device_time FROM outbox WHERE seq = ?", (first_seq,)).fetchone()[0]
        last_success, last_ok = _last_runs(conn)
    age = None
    if oldest_at is not None:
        age = max(0, int((now - parse_utc(oldest_at)).total_seconds()))
    return OutboxStats(int(pending), acked, oldest_at, age, last_success, last_ok)


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def _last_runs(conn: sqlite3.Connection) -> tuple[str | None, bool | None]:
    """From the sync module's ``sync_runs`` (when it exists): the end of the last successful run,
    and whether the last finished run succeeded (None: no run yet)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_runs'").fetchone():
        return None, None
    success = conn.execute("SELECT max(ended_at) FROM sync_runs WHERE result = 'ok'").fetchone()[0]
    last = conn.execute(
        "SELECT result FROM sync_runs WHERE result NOT IN ('running', 'cancelled') ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return success, (None if last is None else last[0] == "ok")
