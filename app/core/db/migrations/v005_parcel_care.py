"""v5: what a station expects after the first weeks (issue 15): the recipient's address, the
station's own copy of every pickup notice with the platform's sent/failed answer, a history of
corrections and moves per parcel, and the indexes a search over a year of parcels needs.

- ``parcels.address`` / ``parcel_preadvice.address``: the recipient's address (optional; from the
  platform's pre-advice or typed at check-in), shown to the carrier on a round, masked elsewhere.
- ``parcel_notices``: one row per pickup notice the station queued (the change record ``notices``
  is the request to the platform; this row is what the station knows about it). ``status`` is
  ``queued`` until the platform's ``notice_status`` record says ``sent`` or ``failed``. Rows of
  notices still in the outbox are filled in from it (older ones were compacted and are gone).
- ``parcel_events``: append-only history of what changed a parcel beyond its own columns —
  corrections (before/after), moves (old and new code), a phone number shown to a carrier.
- indexes: ``parcels (name, checked_in_at)`` for the search by name (newest first), and
  ``round_items (parcel_id)`` for a parcel's rounds in its history.
"""

from __future__ import annotations

import sqlite3

VERSION = 5

SQL = """
ALTER TABLE parcels ADD COLUMN address TEXT NOT NULL DEFAULT '';

ALTER TABLE parcel_preadvice ADD COLUMN address TEXT NOT NULL DEFAULT '';

CREATE INDEX parcels_name ON parcels (name, checked_in_at);

CREATE INDEX round_items_parcel ON round_items (parcel_id);

CREATE TABLE parcel_notices (
    id          TEXT PRIMARY KEY,                -- the notice id (UUIDv7): the platform's notice_status key
    parcel_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,                   -- pickup | reminder | moved | corrected
    pickup_code TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    status_at   TEXT,                            -- the platform's time of sending / failing
    reason      TEXT NOT NULL DEFAULT ''         -- the platform's reason for a failure
) WITHOUT ROWID;

CREATE INDEX parcel_notices_parcel ON parcel_notices (parcel_id, created_at);

INSERT OR IGNORE INTO parcel_notices (id, parcel_id, kind, pickup_code, created_at)
SELECT entity_id, json_extract(payload, '$.parcel_id'), json_extract(payload, '$.kind'),
       json_extract(payload, '$.pickup_code'), json_extract(payload, '$.created_at')
FROM outbox WHERE entity = 'notices' AND op = 'create' AND json_valid(payload)
      AND json_extract(payload, '$.parcel_id') IS NOT NULL;

CREATE TABLE parcel_events (
    id        INTEGER PRIMARY KEY,
    parcel_id TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    kind      TEXT NOT NULL,                     -- fixed | moved | phone_shown
    detail    TEXT NOT NULL DEFAULT '{}'         -- JSON: before/after, reason, round
);

CREATE INDEX parcel_events_parcel ON parcel_events (parcel_id, id);

CREATE TRIGGER parcel_events_immutable BEFORE UPDATE ON parcel_events
BEGIN SELECT RAISE(ABORT, 'parcel events are never changed'); END;

CREATE TRIGGER parcel_events_append_only BEFORE DELETE ON parcel_events
BEGIN SELECT RAISE(ABORT, 'parcel events are never deleted'); END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
