"""v4: the cash drawer — shifts, the one cash ledger, blind counts (issue 8).

Invariants the schema holds by itself (services rely on them; tests check them):

- a user has at most one open shift (partial UNIQUE index);
- shift numbers are gap-free per station (UNIQUE; taken as max + 1 inside the opening write);
- ledger rows are append-only (no UPDATE, no DELETE) and never land in a closed shift;
- a closed shift never changes again.
"""

from __future__ import annotations

import sqlite3

VERSION = 4

SQL = """
CREATE TABLE shifts (
    id              TEXT PRIMARY KEY,          -- UUIDv7
    number          INTEGER NOT NULL UNIQUE,   -- 1, 2, 3 … per station, no gaps
    username        TEXT NOT NULL,             -- whose drawer this is
    status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at       TEXT NOT NULL,
    float_fen       INTEGER NOT NULL CHECK (float_fen >= 0),
    closed_at       TEXT,
    expected_fen    INTEGER,                   -- set at close: the ledger's sum
    counted_fen     INTEGER,                   -- the count the shift closed with
    first_count_fen INTEGER,                   -- the first blind count (kept even after a recount)
    diff_fen        INTEGER,                   -- counted - expected
    denominations   TEXT NOT NULL DEFAULT '{}', -- JSON {"10000": 3, ...} fen value -> pieces, when counted by note
    reason          TEXT NOT NULL DEFAULT '',  -- count_error | change_error | unrecorded_payout | counterfeit | other
    reason_text     TEXT NOT NULL DEFAULT '',
    approved_by     TEXT NOT NULL DEFAULT '',  -- the supervisor who approved a large difference
    z_hash          TEXT NOT NULL DEFAULT '',  -- SHA-256 of the Z report's content
    z_report        TEXT NOT NULL DEFAULT ''   -- the Z report as made at the close (canonical JSON)
);

CREATE UNIQUE INDEX shifts_one_open ON shifts (username) WHERE status = 'open';

CREATE INDEX shifts_user ON shifts (username, number);

-- A count that did not close the shift (a difference beyond the tolerance without a reason, or
-- waiting for approval): kept so the first blind count is never lost, whatever comes after.
CREATE TABLE shift_counts (
    shift_id    TEXT NOT NULL REFERENCES shifts (id),
    n           INTEGER NOT NULL,              -- 1 = the first count, 2 = the recount
    counted_fen INTEGER NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (shift_id, n)
) WITHOUT ROWID;

-- The one cash ledger: every cash movement of every service.
CREATE TABLE cash_movements (
    id          TEXT PRIMARY KEY,              -- UUIDv7
    shift_id    TEXT NOT NULL REFERENCES shifts (id),
    at          TEXT NOT NULL,
    username    TEXT NOT NULL,
    service     TEXT NOT NULL,                 -- drawer | payments | shop | consignment | parcels
    kind        TEXT NOT NULL,                 -- float, cash_in, cash_out, payment, refund, sale, ...
    amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0),  -- signed: + into the drawer, - out of it
    ref_entity  TEXT NOT NULL DEFAULT '',      -- the business record it belongs to (outbox entity name)
    ref_id      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX cash_movements_shift ON cash_movements (shift_id, service, kind, amount_fen);

CREATE INDEX cash_movements_ref ON cash_movements (ref_entity, ref_id);

CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash_movements are append-only'); END;

CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash_movements are append-only'); END;

CREATE TRIGGER cash_movements_open_shift BEFORE INSERT ON cash_movements
WHEN (SELECT status FROM shifts WHERE id = NEW.shift_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'cash movement outside an open shift'); END;

CREATE TRIGGER shifts_closed_immutable BEFORE UPDATE ON shifts
WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed shift never changes'); END;

CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
