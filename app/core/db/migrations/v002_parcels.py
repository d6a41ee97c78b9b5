"""v2: parcels — inbound parcels and their shelf slots, pre-advice, pickup-code counters, carrier
rounds, stock-takes, outbound shipments and courier manifests (issue 4).

Invariants the schema itself holds (the service relies on them, the tests check them):

- one row per tracking number (``parcels.tracking`` UNIQUE);
- a pickup code is unique among the parcels the station still holds (``in_station`` or
  ``out_for_delivery``: triggers) and is never issued twice on the same station-local day
  (UNIQUE ``(pickup_code, code_day)``);
- each parcel has exactly one status (CHECK);
- ``parcel_slots.occupied`` is the number of ``in_station`` parcels on each shelf layer, kept by
  triggers so that no code path can forget it (check-in asks it for the least-full layer); the
  layer's pickup-code counter lives in the same row, so a check-in dirties one page for both.
"""

from __future__ import annotations

import sqlite3

VERSION = 2

SQL = """
CREATE TABLE parcels (
    id            TEXT NOT NULL UNIQUE,          -- UUIDv7
    tracking      TEXT NOT NULL UNIQUE,
    carrier       TEXT NOT NULL,
    carrier_known INTEGER NOT NULL DEFAULT 1 CHECK (carrier_known IN (0, 1)),
    phone         TEXT NOT NULL,                 -- 11 digits, or masked like 138****1234
    phone_tail    TEXT NOT NULL,                 -- last four digits (always known)
    name          TEXT NOT NULL DEFAULT '',      -- may be masked (张*)
    sender        TEXT NOT NULL DEFAULT '',
    preadvised    INTEGER NOT NULL DEFAULT 0 CHECK (preadvised IN (0, 1)),
    shelf         TEXT NOT NULL,
    layer         INTEGER NOT NULL,
    pickup_code   TEXT NOT NULL,                 -- SHELF-LAYER-NNNN
    code_day      TEXT NOT NULL,                 -- station-local date the code was issued
    status        TEXT NOT NULL CHECK (status IN
                  ('in_station', 'picked_up', 'out_for_delivery', 'delivered', 'returned')),
    checked_in_at TEXT NOT NULL,
    checked_in_by TEXT NOT NULL,
    notified_at   TEXT,                          -- last pickup notice queued
    notices       INTEGER NOT NULL DEFAULT 0,    -- notices queued so far
    round_id      TEXT,                          -- the round it is (or last was) out on
    picked_up_at  TEXT,
    picked_up_by  TEXT,                          -- the staff member who handed it over
    pickup_method TEXT CHECK (pickup_method IN ('code', 'phone_tail')),
    pickup_batch  TEXT,                          -- one id per pickup operation (a family's parcels share it)
    proxy_name    TEXT,
    proxy_phone   TEXT,
    delivered_at  TEXT,
    delivered_by  TEXT,
    returned_at   TEXT,
    returned_by   TEXT,
    return_reason TEXT,
    updated_at    TEXT NOT NULL
);

CREATE UNIQUE INDEX parcels_code_day ON parcels (pickup_code, code_day);

-- A code is unique among held parcels. Checked by triggers rather than a second unique index: the
-- lookup rides on parcels_code_day (a code recurs a few times a year at most), and the check-in
-- commit writes one index page fewer. The message names pickup_code like a UNIQUE failure does.
CREATE TRIGGER parcels_code_held_insert BEFORE INSERT ON parcels
WHEN NEW.status IN ('in_station', 'out_for_delivery') AND EXISTS (SELECT 1 FROM parcels
    WHERE pickup_code = NEW.pickup_code AND status IN ('in_station', 'out_for_delivery'))
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: parcels.pickup_code among held parcels'); END;

CREATE TRIGGER parcels_code_held_update BEFORE UPDATE OF status, pickup_code ON parcels
WHEN NEW.status IN ('in_station', 'out_for_delivery') AND EXISTS (SELECT 1 FROM parcels
    WHERE pickup_code = NEW.pickup_code AND status IN ('in_station', 'out_for_delivery') AND id != NEW.id)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: parcels.pickup_code among held parcels'); END;

-- One index serves the pickup by phone tail (status = ? AND phone_tail = ?), the overdue list and
-- the stock-take (status = 'in_station': the held parcels, a few thousand at most), and a tail in
-- any status (status IN (...) AND phone_tail = ?). One index rather than two: every check-in
-- writes a page of each index it touches.
CREATE INDEX parcels_status_tail ON parcels (status, phone_tail);

CREATE INDEX parcels_round ON parcels (round_id) WHERE round_id IS NOT NULL;

-- One row per shelf layer. 'occupied' is kept by the triggers below; 'capacity' and 'rank' mirror
-- the setting parcels.shelves (rewritten by the check-in that first sees a changed setting, see
-- app.core.parcels.shelves); capacity 0 marks a layer that is no longer configured.
CREATE TABLE parcel_slots (
    shelf       TEXT NOT NULL,
    layer       INTEGER NOT NULL,
    occupied    INTEGER NOT NULL DEFAULT 0,
    capacity    INTEGER NOT NULL DEFAULT 0,
    rank        INTEGER NOT NULL DEFAULT 0,
    last_number INTEGER NOT NULL DEFAULT 0,     -- the layer's pickup-code counter (1..9999, wraps)
    PRIMARY KEY (shelf, layer)
) WITHOUT ROWID;

CREATE TRIGGER parcels_slot_insert AFTER INSERT ON parcels WHEN NEW.status = 'in_station'
BEGIN
    INSERT INTO parcel_slots (shelf, layer, occupied) VALUES (NEW.shelf, NEW.layer, 1)
    ON CONFLICT (shelf, layer) DO UPDATE SET occupied = occupied + 1;
END;

CREATE TRIGGER parcels_slot_update AFTER UPDATE OF status, shelf, layer ON parcels
WHEN OLD.status = 'in_station' OR NEW.status = 'in_station'
BEGIN
    UPDATE parcel_slots SET occupied = occupied - 1
    WHERE OLD.status = 'in_station' AND shelf = OLD.shelf AND layer = OLD.layer;
    INSERT INTO parcel_slots (shelf, layer, occupied) SELECT NEW.shelf, NEW.layer, 1
    WHERE NEW.status = 'in_station'
    ON CONFLICT (shelf, layer) DO UPDATE SET occupied = occupied + 1;
END;

CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels
BEGIN SELECT RAISE(ABORT, 'parcels are never deleted'); END;

-- Filled by the sync module from the platform's pre-advice stream (a contract: keep the columns).
CREATE TABLE parcel_preadvice (
    tracking    TEXT PRIMARY KEY,
    carrier     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',        -- full or masked
    name        TEXT NOT NULL DEFAULT '',        -- may be masked
    sender      TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
) WITHOUT ROWID;

-- Running counters: 'waybill', 'round', 'manifest' (pickup codes count per layer in parcel_slots).
CREATE TABLE parcel_counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO parcel_counters (name, value) VALUES
    ('waybill', 0), ('round', 0), ('manifest', 0);

CREATE TABLE rounds (
    id         TEXT PRIMARY KEY,                 -- UUIDv7
    number     INTEGER NOT NULL UNIQUE,          -- short number people say and type
    carrier    TEXT NOT NULL,                    -- username of the carrier
    status     TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    closed_at  TEXT,
    closed_by  TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX rounds_status_carrier ON rounds (status, carrier);

CREATE TABLE round_items (
    round_id  TEXT NOT NULL REFERENCES rounds (id),
    parcel_id TEXT NOT NULL REFERENCES parcels (id),
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('out', 'delivered', 'back')),
    done_at   TEXT,
    done_by   TEXT,
    PRIMARY KEY (round_id, parcel_id)
) WITHOUT ROWID;

CREATE TABLE stocktakes (
    id          TEXT PRIMARY KEY,
    shelf       TEXT NOT NULL DEFAULT '',         -- '' = every shelf
    status      TEXT NOT NULL CHECK (status IN ('open', 'finished')),
    started_at  TEXT NOT NULL,
    started_by  TEXT NOT NULL,
    finished_at TEXT,
    finished_by TEXT,
    scanned     INTEGER NOT NULL DEFAULT 0,
    expected    INTEGER,
    missing     INTEGER,
    unexpected  INTEGER
);

CREATE TABLE stocktake_scans (
    stocktake_id TEXT NOT NULL REFERENCES stocktakes (id),
    tracking     TEXT NOT NULL,
    scanned_at   TEXT NOT NULL,
    scanned_by   TEXT NOT NULL,
    PRIMARY KEY (stocktake_id, tracking)
) WITHOUT ROWID;

-- The report a finished stock-take produced (kept so it can be shown again unchanged).
CREATE TABLE stocktake_findings (
    stocktake_id TEXT NOT NULL REFERENCES stocktakes (id),
    tracking     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('missing', 'unexpected')),
    pickup_code  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT '',        -- the parcel's status then ('unknown' if none)
    PRIMARY KEY (stocktake_id, tracking)
) WITHOUT ROWID;

CREATE TABLE shipments (
    id                   TEXT PRIMARY KEY,        -- UUIDv7
    waybill              TEXT NOT NULL UNIQUE,    -- station code + 8-digit sequence + check digit
    status               TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent')),
    sender_name          TEXT NOT NULL,
    sender_id_masked     TEXT NOT NULL,           -- 5001**********1234; never the number in clear
    sender_id_hash       TEXT NOT NULL,           -- HMAC-SHA256 under the station's key
    sender_phone         TEXT NOT NULL,
    to_name              TEXT NOT NULL,
    to_phone             TEXT NOT NULL,
    to_address           TEXT NOT NULL,
    to_province          TEXT NOT NULL,
    zone                 TEXT NOT NULL,
    weight_g             INTEGER NOT NULL CHECK (weight_g > 0),
    price_fen            INTEGER NOT NULL CHECK (price_fen >= 0),
    tariff_version       TEXT NOT NULL,
    contents             TEXT NOT NULL,
    prohibited_confirmed INTEGER NOT NULL CHECK (prohibited_confirmed = 1),
    produce              INTEGER NOT NULL DEFAULT 0 CHECK (produce IN (0, 1)),
    produce_category     TEXT NOT NULL DEFAULT '',
    accepted_at          TEXT NOT NULL,
    accepted_by          TEXT NOT NULL,
    manifest_id          TEXT,                    -- set when handed to the courier's collection run
    handed_over_at       TEXT,
    updated_at           TEXT NOT NULL
);

CREATE INDEX shipments_pending ON shipments (accepted_at) WHERE manifest_id IS NULL;

CREATE INDEX shipments_manifest ON shipments (manifest_id) WHERE manifest_id IS NOT NULL;

CREATE TABLE manifests (
    id         TEXT PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE,
    courier    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    shipments  INTEGER NOT NULL,
    weight_g   INTEGER NOT NULL,
    price_fen  INTEGER NOT NULL
)
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
