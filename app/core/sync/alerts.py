"""Today alert of sync: changes waiting for the platform longer than a day (the status bar's
amber mark, said in words with what to do)."""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..alerts import Alert
from ..outbox_stats import STALE_AFTER_S, acked_through, age_s, pending_changes
from ..settings import SettingsService


def backlog_old(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> list[Alert]:
    n, oldest = pending_changes(conn, acked_through(conn))
    age = age_s(oldest, now)
    if not n or age is None or age <= STALE_AFTER_S:
        return []
    return [Alert("sync", "warning", "alert.sync_backlog_old", {"n": n, "since": oldest})]


ALERTS = (backlog_old,)
