"""What the town report reads on SQLite: the latest version of each record a station pushed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_FIELD = re.compile(r"[a-z][a-z0-9_]{0,39}")


class ReportsStorage:
    """Mixed into :class:`hub.storage.sqlite.SqliteStorage` (needs ``_conn``)."""

    def latest_records(self, code: str, entity: str, fields: Sequence[str]) -> list[dict[str, Any]]:
        """Every record of ``entity`` station ``code`` pushed, as its latest version (the highest
        sequence number of its ``entity_id``; a deleted record left out), with the payload's
        ``fields`` only (and ``id``: the entity id). One read transaction."""
        if not _FIELD.fullmatch(entity) or not all(_FIELD.fullmatch(f) for f in fields):
            raise ValueError("entity and fields are lower-case names")
        cols = ", ".join(f"json_extract(c.payload, '$.{f}')" for f in fields)
        sql = (f"SELECT c.entity_id, {cols} FROM changes AS c JOIN (SELECT max(seq) AS seq FROM changes"
               " WHERE station = ? AND entity = ? GROUP BY entity_id) AS m ON c.seq = m.seq"
               " WHERE c.station = ? AND c.op != 'delete'")
        conn = self._conn()  # type: ignore[attr-defined]
        conn.execute("BEGIN")
        try:
            rows = conn.execute(sql, (code, entity, code)).fetchall()
        finally:
            conn.execute("COMMIT")
        return [{"id": r[0], **dict(zip(fields, r[1:], strict=True))} for r in rows]
