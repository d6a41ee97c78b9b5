"""Hub schema 2 on PostgreSQL: payment requests (issue 8), kept once per (station, payment id)
from the pushed ``payments`` records, inside the push's own transaction; never deleted."""

from __future__ import annotations

from typing import Any

VERSION = 2

SQL = """
CREATE TABLE payment_requests (
    station        text   NOT NULL,
    payment_id     text   NOT NULL,                -- the station's UUIDv7: the idempotency key
    reference      text   NOT NULL,
    type           text   NOT NULL,
    biller         text   NOT NULL,
    account        text   NOT NULL,
    amount_fen     bigint NOT NULL,
    payer          text   NOT NULL DEFAULT '',
    created_at     text   NOT NULL,                -- the station's device time
    received_at    text   NOT NULL,                -- the hub's
    status         text   NOT NULL DEFAULT 'pending',
    reason         text   NOT NULL DEFAULT '',
    decided_at     text,
    station_status text   NOT NULL DEFAULT 'pending',
    PRIMARY KEY (station, payment_id)
);
-- Not unique: a station restored from an older backup issues a reference again for another
-- payment; deciding by that reference is then refused as ambiguous and done by payment id.
CREATE INDEX payment_requests_reference ON payment_requests (station, reference);
CREATE INDEX payment_requests_status ON payment_requests (station, status, created_at);
-- the biller's work list across the province (payments list --status pending)
CREATE INDEX payment_requests_waiting ON payment_requests (status, created_at, station);
"""


def apply(conn: Any) -> None:
    conn.execute(SQL)
