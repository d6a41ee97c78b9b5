"""v11: the retention purge (issue 13 part 5, PIPL §19; docs/security.md "Retention").

- ``parcels_purge_due``: the parcels whose personal fields are still there although they have left
  the station (picked up, delivered, returned), by the time they left. Partial: a purged parcel
  (``phone_tail = ''``) leaves the index and a held parcel is never in it, so the index stays the
  size of the retention window and the daily purge is one range seek. Only a pickup, delivery or
  return writes it (a check-in does not). The expression is :data:`app.core.retention.FINISHED_AT`
  (a query must spell it the same to use the index).
- ``parcel_events`` stay append-only except for one rewrite: the purge may replace the detail of
  an event (the before/after of a correction hold phones, names, addresses) by a detail that says
  ``"purged": true``; every other column and every other change is still refused.
"""

from __future__ import annotations

import sqlite3

VERSION = 11

SQL = """
CREATE INDEX parcels_purge_due ON parcels (
    (CASE status WHEN 'picked_up' THEN picked_up_at WHEN 'delivered' THEN delivered_at ELSE returned_at END))
WHERE phone_tail <> '' AND status IN ('picked_up', 'delivered', 'returned');

DROP TRIGGER parcel_events_immutable;

CREATE TRIGGER parcel_events_immutable BEFORE UPDATE ON parcel_events
WHEN NOT (NEW.id IS OLD.id AND NEW.parcel_id IS OLD.parcel_id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
          AND NEW.kind IS OLD.kind AND json_valid(NEW.detail) AND json_extract(NEW.detail, '$.purged') IS 1
          AND (NOT json_valid(OLD.detail) OR json_extract(OLD.detail, '$.purged') IS NULL))
BEGIN SELECT RAISE(ABORT, 'parcel events are never changed'); END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
