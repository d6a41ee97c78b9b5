"""How much the station still has to send: a small, read-only look at the outbox.

The one place that says what "pending" and "the oldest waiting change" mean. The window's status
bar and the Today page read :func:`read_outbox_stats` every few seconds; the sync engine's
``status()`` (the Sync page, ``sync status``) and its run reports use the same reads, so every
screen shows the same figures.

- *pending*: the change records numbered above the platform's acknowledgement mark
  (``meta('acked_through')``);
- *the oldest waiting change*: the pending change with the **earliest device time** — the change
  that has waited longest by the station's own clock, which is what a person asking "how long
  has this been waiting?" means. It is not the lowest-numbered one: numbers follow the order of
  writing, device times may not (a seeded history, a clock set right after a while).

One range scan over the pending records (the count and the earliest time together), one read of
``sync_runs`` when that table exists, so it works on any schema version.
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
    ``oldest_pending_at``/``oldest_pending_age_s``: the earliest device time among them and how
    long ago that is (None when nothing is pending); ``last_success_at``: the end of the last
    successful sync (None: never); ``last_run_ok``: whether the last finished sync run succeeded
    (None: no run yet).
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
        acked = acked_through(conn)
        pending, oldest_at = pending_changes(conn, acked)
        last_success, last_ok = _last_runs(conn)
    return OutboxStats(pending, acked, oldest_at, age_s(oldest_at, now), last_success, last_ok)


def acked_through(conn: sqlite3.Connection) -> int:
    """The platform's acknowledgement mark as the station stored it (0 before any)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'acked_through'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def pending_changes(conn: sqlite3.Connection, acked: int) -> tuple[int, str | None]:
    """(how many change records lie above ``acked``, the earliest device time among them)."""
    count, oldest = conn.execute("SELECT count(*), min(device_time) FROM outbox WHERE seq > ?", (acked,)).fetchone()
    return int(count), oldest


def age_s(at: str | None, now: _dt.datetime) -> int | None:
    """Whole seconds from ``at`` (ISO UTC) to ``now``; never negative; None for None."""
    if at is None:
        return None
    return max(0, int((now - parse_utc(at)).total_seconds()))


def last_success_at(conn: sqlite3.Connection) -> str | None:
    """When the last successful sync run ended (None: never, or no sync tables)."""
    return _last_runs(conn)[0]


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
