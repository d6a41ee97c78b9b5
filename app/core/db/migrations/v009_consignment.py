"""v9: produce consignment (农产品代销) — farmers, lots, movements, statements, payouts (issue 10).

Invariants the schema holds by itself (the service relies on them; tests check them):

- a lot is immutable once taken in; what is left of it is never stored: it is the lot's quantity
  plus the signed sum of its movements, and a trigger refuses any movement that would take it
  below zero;
- movements, statements, statement lines and payouts are append-only (no UPDATE, no DELETE);
- every movement appears on at most one statement (``consign_statement_lines.move_id`` is the
  PRIMARY KEY);
- a sale is voided at most once (partial UNIQUE index);
- a statement is paid at most once (``consign_payouts.statement_id`` is the PRIMARY KEY);
- farmer, lot and statement numbers are unique (taken as max + 1 inside the write).
"""

from __future__ import annotations

import sqlite3

VERSION = 9

SQL = """
CREATE TABLE consign_farmers (
    id            TEXT PRIMARY KEY,            -- UUIDv7
    number        INTEGER NOT NULL UNIQUE,     -- F0001 on screen and paper
    name          TEXT NOT NULL,
    phone         TEXT NOT NULL,               -- full 11 digits (shown masked everywhere)
    phone_tail    TEXT NOT NULL,
    village       TEXT NOT NULL DEFAULT '',
    id_masked     TEXT NOT NULL DEFAULT '',    -- 5001**********1234; never the number in clear
    id_hash       TEXT NOT NULL DEFAULT '',    -- HMAC-SHA256 under the station's key
    payout_method TEXT NOT NULL DEFAULT 'cash' CHECK (payout_method IN ('cash', 'bank')),
    account_tail  TEXT NOT NULL DEFAULT '',    -- last four digits of the bank card (bank payouts)
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);

CREATE INDEX consign_farmers_tail ON consign_farmers (phone_tail);

CREATE INDEX consign_farmers_name ON consign_farmers (name);

CREATE UNIQUE INDEX consign_farmers_id_hash ON consign_farmers (id_hash) WHERE id_hash <> '';

CREATE TABLE consign_lots (
    id            TEXT PRIMARY KEY,            -- UUIDv7
    number        INTEGER NOT NULL UNIQUE,     -- L000001: printed as Code128 and in the QR
    farmer_id     TEXT NOT NULL REFERENCES consign_farmers (id),
    product       TEXT NOT NULL,               -- 脆李, 柑橘, ...
    variety       TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL,               -- produce category for the upstream figures (plum, citrus, ...)
    grade         TEXT NOT NULL,
    unit          TEXT NOT NULL CHECK (unit IN ('kg', 'piece')),
    qty           INTEGER NOT NULL CHECK (qty > 0),          -- grams (unit kg) or pieces
    price_fen     INTEGER NOT NULL CHECK (price_fen > 0),    -- per kg or per piece
    price_kind    TEXT NOT NULL CHECK (price_kind IN ('floor', 'agreed')),
    commission_bp INTEGER NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),  -- basis points
    return_by     TEXT NOT NULL,               -- station-local date YYYY-MM-DD
    cert          TEXT NOT NULL DEFAULT '',    -- 承诺达标合格证 fields (canonical JSON) or ''
    received_at   TEXT NOT NULL,
    received_by   TEXT NOT NULL
);

CREATE INDEX consign_lots_farmer ON consign_lots (farmer_id, number);

CREATE INDEX consign_lots_return_by ON consign_lots (return_by);

-- Everything that happens to a lot after intake: append-only events.
CREATE TABLE consign_moves (
    id             TEXT PRIMARY KEY,           -- UUIDv7 (a sale's sale_id)
    lot_id         TEXT NOT NULL REFERENCES consign_lots (id),
    farmer_id      TEXT NOT NULL REFERENCES consign_farmers (id),
    kind           TEXT NOT NULL CHECK (kind IN ('sale', 'ship', 'spoil', 'return', 'void')),
    qty_delta      INTEGER NOT NULL,           -- grams or pieces: < 0 leaves the lot, > 0 comes back (void)
    unit_price_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_fen >= 0),
    gross_fen      INTEGER NOT NULL DEFAULT 0, -- what the buyer paid (negative on a void)
    commission_bp  INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),  -- snapshot of the lot's rate
    commission_fen INTEGER NOT NULL DEFAULT 0,
    shipping_fen   INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fen >= 0),
    paid_via       TEXT NOT NULL DEFAULT '' CHECK (paid_via IN ('', 'cash', 'online')),
    order_ref      TEXT NOT NULL DEFAULT '',   -- the platform order of an online-paid shipment
    shipment_id    TEXT REFERENCES shipments (id),
    voids          TEXT REFERENCES consign_moves (id),  -- the sale a void reverses
    reason         TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL,
    by             TEXT NOT NULL,
    CHECK ((kind = 'void') = (qty_delta > 0)),
    CHECK (qty_delta <> 0),
    CHECK ((kind = 'void') = (voids IS NOT NULL)),
    CHECK ((kind = 'ship') = (shipment_id IS NOT NULL)),
    CHECK (kind IN ('sale', 'ship', 'void') OR (gross_fen = 0 AND commission_fen = 0 AND shipping_fen = 0))
);

CREATE INDEX consign_moves_lot ON consign_moves (lot_id, qty_delta);

CREATE INDEX consign_moves_farmer ON consign_moves (farmer_id, at);

CREATE UNIQUE INDEX consign_moves_one_void ON consign_moves (voids) WHERE voids IS NOT NULL;

CREATE TRIGGER consign_moves_never_below_zero BEFORE INSERT ON consign_moves
WHEN (SELECT qty FROM consign_lots WHERE id = NEW.lot_id)
     + (SELECT coalesce(sum(qty_delta), 0) FROM consign_moves WHERE lot_id = NEW.lot_id) + NEW.qty_delta < 0
BEGIN SELECT RAISE(ABORT, 'consignment lot would go below zero'); END;

CREATE TRIGGER consign_moves_no_update BEFORE UPDATE ON consign_moves
BEGIN SELECT RAISE(ABORT, 'consign_moves are append-only'); END;

CREATE TRIGGER consign_moves_no_delete BEFORE DELETE ON consign_moves
BEGIN SELECT RAISE(ABORT, 'consign_moves are append-only'); END;

CREATE TRIGGER consign_lots_no_update BEFORE UPDATE ON consign_lots
BEGIN SELECT RAISE(ABORT, 'a consignment lot never changes after intake'); END;

CREATE TRIGGER consign_lots_no_delete BEFORE DELETE ON consign_lots
BEGIN SELECT RAISE(ABORT, 'consignment lots are never deleted'); END;

-- A farmer's statement: every movement not settled before, made once and never changed.
CREATE TABLE consign_statements (
    id             TEXT PRIMARY KEY,           -- UUIDv7
    number         INTEGER NOT NULL UNIQUE,    -- S000001
    farmer_id      TEXT NOT NULL REFERENCES consign_farmers (id),
    lines          INTEGER NOT NULL CHECK (lines > 0),
    gross_fen      INTEGER NOT NULL,
    commission_fen INTEGER NOT NULL,
    shipping_fen   INTEGER NOT NULL CHECK (shipping_fen >= 0),
    net_fen        INTEGER NOT NULL,
    carried_in_fen INTEGER NOT NULL CHECK (carried_in_fen <= 0),   -- what the farmer owed from the last statement
    payable_fen    INTEGER NOT NULL CHECK (payable_fen >= 0),
    carried_out_fen INTEGER NOT NULL CHECK (carried_out_fen <= 0), -- owed onto the next statement
    previous_id    TEXT REFERENCES consign_statements (id),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    CHECK (gross_fen = net_fen + commission_fen + shipping_fen),
    CHECK (payable_fen + carried_out_fen = net_fen + carried_in_fen),
    CHECK (payable_fen = 0 OR carried_out_fen = 0)
);

CREATE INDEX consign_statements_farmer ON consign_statements (farmer_id, number);

CREATE UNIQUE INDEX consign_statements_chain ON consign_statements (previous_id) WHERE previous_id IS NOT NULL;

CREATE TABLE consign_statement_lines (
    move_id      TEXT PRIMARY KEY REFERENCES consign_moves (id),   -- a movement is settled once
    statement_id TEXT NOT NULL REFERENCES consign_statements (id)
) WITHOUT ROWID;

CREATE INDEX consign_statement_lines_statement ON consign_statement_lines (statement_id);

-- The payout of a statement: at most one, whatever happens (double click, retry, two processes).
CREATE TABLE consign_payouts (
    statement_id TEXT PRIMARY KEY REFERENCES consign_statements (id),
    farmer_id    TEXT NOT NULL REFERENCES consign_farmers (id),
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'bank', 'none')),
    reference    TEXT NOT NULL DEFAULT '',     -- the bank transfer's reference
    cash_movement_id TEXT REFERENCES cash_movements (id),
    approved_by  TEXT NOT NULL DEFAULT '',     -- the second user whose PIN allowed a large payout
    paid_at      TEXT NOT NULL,
    paid_by      TEXT NOT NULL,
    CHECK ((method = 'cash') = (cash_movement_id IS NOT NULL)),
    CHECK ((method = 'none') = (amount_fen = 0))
) WITHOUT ROWID;

CREATE INDEX consign_payouts_farmer ON consign_payouts (farmer_id, paid_at);

CREATE TRIGGER consign_payouts_match BEFORE INSERT ON consign_payouts
WHEN NEW.amount_fen IS NOT (SELECT payable_fen FROM consign_statements WHERE id = NEW.statement_id)
  OR NEW.farmer_id IS NOT (SELECT farmer_id FROM consign_statements WHERE id = NEW.statement_id)
BEGIN SELECT RAISE(ABORT, 'a payout pays exactly its statement'); END;

CREATE TRIGGER consign_statements_no_update BEFORE UPDATE ON consign_statements
BEGIN SELECT RAISE(ABORT, 'a statement never changes once made'); END;

CREATE TRIGGER consign_statements_no_delete BEFORE DELETE ON consign_statements
BEGIN SELECT RAISE(ABORT, 'statements are never deleted'); END;

CREATE TRIGGER consign_statement_lines_no_update BEFORE UPDATE ON consign_statement_lines
BEGIN SELECT RAISE(ABORT, 'a statement never changes once made'); END;

CREATE TRIGGER consign_statement_lines_no_delete BEFORE DELETE ON consign_statement_lines
BEGIN SELECT RAISE(ABORT, 'a statement never changes once made'); END;

CREATE TRIGGER consign_payouts_no_update BEFORE UPDATE ON consign_payouts
BEGIN SELECT RAISE(ABORT, 'a payout never changes'); END;

CREATE TRIGGER consign_payouts_no_delete BEFORE DELETE ON consign_payouts
BEGIN SELECT RAISE(ABORT, 'a payout is never deleted'); END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
