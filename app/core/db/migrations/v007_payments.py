"""v7: utility and insurance payments taken offline (issue 8).

Invariants the schema holds by itself (services rely on them; tests check them):

- a payment's id (UUIDv7) is its idempotency key with the platform, its reference
  (station code + ``P`` + 8 digits + check digit) is unique and its number gap-free;
- the status only moves pending → confirmed | rejected, rejected → refunded (trigger);
- amount, account, type and biller never change once taken (trigger);
- resident IDs are never stored in clear: ``account`` holds them masked, ``account_key`` their
  keyed hash (for the other accounts ``account_key`` is the account itself);
- every platform decision that arrived is kept (``payment_decisions``), also the ones ignored
  (a repeat, a second different decision, one for an unknown payment), so nothing is silently lost.
"""

from __future__ import annotations

import sqlite3

VERSION = 7

SQL = """
CREATE TABLE payments (
    id              TEXT PRIMARY KEY,          -- UUIDv7, minted at creation: the platform's idempotency key
    number          INTEGER NOT NULL,          -- 1, 2, 3 … per station (unique through the reference)
    reference       TEXT NOT NULL UNIQUE,      -- printed and scanned: CQ0001P000000017
    type            TEXT NOT NULL,             -- electricity, water, gas, mobile, broadband, pension, medical
    biller          TEXT NOT NULL,
    biller_name     TEXT NOT NULL DEFAULT '',
    account         TEXT NOT NULL,             -- as entered (a resident ID only masked)
    account_key     TEXT NOT NULL,             -- duplicate check: the account, or a resident ID's keyed hash
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    payer           TEXT NOT NULL DEFAULT '',
    scheme_year     INTEGER,                   -- pension / medical: the contribution year
    status          TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected', 'refunded')),
    reason          TEXT NOT NULL DEFAULT '',  -- the platform's reason for a rejection
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    shift_id        TEXT NOT NULL REFERENCES shifts (id),
    decided_at      TEXT,                      -- the platform's time of its decision
    received_at     TEXT,                      -- when the decision reached the station
    platform_ref    TEXT NOT NULL DEFAULT '',
    refunded_at     TEXT,
    refunded_by     TEXT NOT NULL DEFAULT '',
    refund_shift_id TEXT REFERENCES shifts (id),
    updated_at      TEXT NOT NULL
);

CREATE INDEX payments_status ON payments (status, created_at, amount_fen);

CREATE INDEX payments_duplicate ON payments (account_key, type, amount_fen, created_at);

-- (the payments of a shift are found through its cash movements: one index less on the counter's hot path)
CREATE INDEX payments_refund_shift ON payments (refund_shift_id, amount_fen) WHERE refund_shift_id IS NOT NULL;

-- The bill types pulled from the platform (stream bill_types), each checked by its stream
-- handler before it is kept here; empty until the first pull (the bundled default applies then).
CREATE TABLE bill_types (
    type        TEXT PRIMARY KEY,
    payload     TEXT NOT NULL,                 -- the platform's record (canonical JSON)
    received_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE payment_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

-- 'payment': the last number issued; 'pending_count' / 'pending_fen': what waits for the platform,
-- kept with every payment taken and every decision applied (the counter's caps read them at once)
INSERT INTO payment_counters (name, value) VALUES ('payment', 0), ('pending_count', 0), ('pending_fen', 0);

-- Every decision the platform sent, with what it did here: applied, repeat (the same again),
-- conflict (a second, different decision: ignored and flagged), unknown (no such payment here),
-- withdrawn (the platform withdrew it: a decision once applied is never undone).
CREATE TABLE payment_decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id  TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('applied', 'repeat', 'conflict', 'unknown', 'withdrawn'))
);

CREATE INDEX payment_decisions_payment ON payment_decisions (payment_id, id);

CREATE INDEX payment_decisions_outcome ON payment_decisions (outcome, id);

CREATE TRIGGER payments_fixed BEFORE UPDATE ON payments
WHEN NEW.id IS NOT OLD.id OR NEW.reference IS NOT OLD.reference OR NEW.amount_fen IS NOT OLD.amount_fen
  OR NEW.account IS NOT OLD.account OR NEW.type IS NOT OLD.type OR NEW.biller IS NOT OLD.biller
  OR NEW.shift_id IS NOT OLD.shift_id OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'a payment taken never changes its amount, account or reference'); END;

CREATE TRIGGER payments_status_moves BEFORE UPDATE OF status ON payments
WHEN NEW.status IS NOT OLD.status AND NOT (
  (OLD.status = 'pending' AND NEW.status IN ('confirmed', 'rejected'))
  OR (OLD.status = 'rejected' AND NEW.status = 'refunded'))
BEGIN SELECT RAISE(ABORT, 'a payment status moves only pending -> confirmed|rejected -> refunded'); END;

CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are never deleted'); END
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
