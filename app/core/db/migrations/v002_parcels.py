"""v2: parcels — shelves, parcels, pre-advice, rounds, stock-takes, outbound shipments (issue 4)."""

from __future__ import annotations

import sqlite3

VERSION = 2


def apply(conn: sqlite3.Connection) -> None:
    pass  # filled in by the parcels module
