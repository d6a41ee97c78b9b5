"""What the town report reads on PostgreSQL: the latest version of each record a station pushed
(the SQLite twin is :mod:`hub.storage.sqlite_reports`; the counting is ``app.core.reports.rules``,
shared with the station)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_FIELD = re.compile(r"[a-z][a-z0-9_]{0,39}")


class PgReports:
    """The reports half of :class:`hub.storage.postgres.PgStorage` (needs ``_tx``)."""

    def latest_records(self, code: str, entity: str, fields: Sequence[str]) -> list[dict[str, Any]]:
        """Every record of ``entity`` station ``code`` pushed, as its latest version (the highest
        sequence number of its ``entity_id``; a deleted record left out), with the payload's
        ``fields`` only (and ``id``: the entity id), JSON values as Python values. One
        repeatable-read snapshot over the ``changes_entity_latest`` index."""
        if not _FIELD.fullmatch(entity) or not all(_FIELD.fullmatch(f) for f in fields):
            raise ValueError("entity and fields are lower-case names")
        cols = "".join(f", payload::jsonb -> '{f}'" for f in fields)
        sql = (f"SELECT entity_id, op{cols} FROM (SELECT DISTINCT ON (entity_id) entity_id, op, payload"
               " FROM changes WHERE station = %s AND entity = %s ORDER BY entity_id, seq DESC) AS latest")
        with self._tx("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") as c:  # type: ignore[attr-defined]
            rows = c.execute(sql, (code, entity)).fetchall()
        return [{"id": r[0], **dict(zip(fields, r[2:], strict=True))} for r in rows if r[1] != "delete"]
