"""v3: sync — push/pull state, platform records, dead letters, sync runs (issue 5)."""

from __future__ import annotations

import sqlite3

VERSION = 3


def apply(conn: sqlite3.Connection) -> None:
    pass  # filled in by the sync module
