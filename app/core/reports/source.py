"""The station's :class:`~app.core.reports.rules.EventSource`: each event of the counting rules as
one indexed range query on the station's own tables (migration ``v010_reports``), never a scan.

The SQL here reads the same fields :class:`~app.core.reports.rules.RecordSource` reads from the
pushed records (a test runs both over one station and compares every figure).
"""

from __future__ import annotations

import sqlite3

from .rules import PARCEL_STATUSES, Agg

#: event → (SQL with ``{only}`` for a group filter, the group expression the filter applies to)
_SQL: dict[str, tuple[str, str]] = {
    "parcel_in": ("SELECT status, count(*), 0, 0 FROM parcels WHERE checked_in_at >= ? AND checked_in_at < ?{only}"
                  " GROUP BY status", "status"),  # always with its statuses named: one index seek each
    "parcel_returned": ("SELECT '', count(*), 0, 0 FROM parcels WHERE returned_at >= ? AND returned_at < ?{only}",
                        "''"),
    "shipment_accepted": ("SELECT produce_category, count(*), coalesce(sum(weight_g), 0), 0 FROM shipments"
                          " WHERE accepted_at >= ? AND accepted_at < ?{only} GROUP BY produce_category",
                          "produce_category"),
    "shipment_handed": ("SELECT produce_category, count(*), coalesce(sum(weight_g), 0), 0 FROM shipments"
                        " WHERE handed_over_at >= ? AND handed_over_at < ?{only} GROUP BY produce_category",
                        "produce_category"),
    "consign_sold": ("SELECT l.category || ':' || l.unit AS g, count(*), coalesce(sum(-m.qty_delta), 0),"
                     " coalesce(sum(m.gross_fen), 0) FROM consign_moves AS m JOIN consign_lots AS l ON l.id = m.lot_id"
                     " WHERE m.at >= ? AND m.at < ? AND m.kind IN ('sale', 'ship', 'void'){only} GROUP BY g",
                     "l.category || ':' || l.unit"),
}
_FIRST = {
    "parcel_in": "SELECT min(m) FROM (" + " UNION ALL ".join(
        f"SELECT min(checked_in_at) AS m FROM parcels WHERE status = '{s}'" for s in PARCEL_STATUSES) + ")",
    "parcel_returned": "SELECT min(returned_at) FROM parcels WHERE returned_at IS NOT NULL",
    "shipment_accepted": "SELECT min(accepted_at) FROM shipments",
    "shipment_handed": "SELECT min(handed_over_at) FROM shipments WHERE handed_over_at IS NOT NULL",
    "consign_sold": "SELECT min(at) FROM consign_moves",
}


class StationSource:
    """Events read from the station database through ``conn`` (read-only)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def aggregate(self, event: str, lo: str, hi: str, only: frozenset[str] | None = None) -> dict[str, Agg]:
        sql, group = _SQL[event]
        if event == "parcel_in" and only is None:
            only = frozenset(PARCEL_STATUSES)  # the (status, checked_in_at) index: a seek per status
        params: list[object] = [lo, hi]
        clause = ""
        if only is not None:
            clause = f" AND {group} IN ({', '.join('?' * len(only))})" if only else " AND 0"
            params += sorted(only)
        out: dict[str, Agg] = {}
        for g, count, qty, amount in self.conn.execute(sql.format(only=clause), params):
            if count:
                out[str(g or "")] = Agg(int(count), int(qty), int(amount))
        return out

    def first(self, event: str) -> str | None:
        row = self.conn.execute(_FIRST[event]).fetchone()
        return row[0] if row else None
