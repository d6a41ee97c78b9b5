"""Hub schema 3 on PostgreSQL: the index the town report (issue 11) reads by — the latest
version of every record of one entity a station pushed (``DISTINCT ON (entity_id) … ORDER BY
entity_id, seq DESC``), one index range per (station, entity)."""

from __future__ import annotations

from typing import Any

VERSION = 3

SQL = "CREATE INDEX changes_entity_latest ON changes (station, entity, entity_id, seq)"


def apply(conn: Any) -> None:
    conn.execute(SQL)
