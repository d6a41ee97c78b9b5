"""Payment requests on SQLite: kept once per (station, payment id) from the pushed ``payments``
records, listed, and decided (the decision published to the station's ``payment_decisions``)."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterable

from ..wire import iso_utc
from . import rules
from .base import PaymentRequest

SCHEMA = """
CREATE TABLE IF NOT EXISTS payment_requests (
    station        TEXT NOT NULL,
    payment_id     TEXT NOT NULL,              -- the station's UUIDv7: the idempotency key
    reference      TEXT NOT NULL,
    type           TEXT NOT NULL,
    biller         TEXT NOT NULL,
    account        TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL,
    payer          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,              -- the station's device time
    received_at    TEXT NOT NULL,              -- the hub's
    status         TEXT NOT NULL DEFAULT 'pending',
    reason         TEXT NOT NULL DEFAULT '',
    decided_at     TEXT,
    station_status TEXT NOT NULL DEFAULT 'pending',
    PRIMARY KEY (station, payment_id)
) WITHOUT ROWID;

-- Not unique: a station restored from an older backup issues a reference number again for another
-- payment. Its request is kept all the same (the payment id is the key); deciding by that
-- reference is then refused as ambiguous and done by payment id.
CREATE INDEX IF NOT EXISTS payment_requests_reference ON payment_requests (station, reference);

CREATE INDEX IF NOT EXISTS payment_requests_status ON payment_requests (station, status, created_at)
"""

_COLUMNS = ", ".join(rules.PAYMENT_COLUMNS)
_INSERT = (f"INSERT INTO payment_requests ({', '.join(rules.PAYMENT_NEW_COLUMNS)})"
           f" VALUES ({', '.join('?' * len(rules.PAYMENT_NEW_COLUMNS))})"
           " ON CONFLICT (station, payment_id) DO UPDATE SET station_status = excluded.station_status")


def note_payments(c: sqlite3.Connection, station: str, records: Iterable[tuple[str, str, str]], now_iso: str) -> None:
    """Inside the push's transaction: every applied ``payments`` record (entity, entity_id,
    payload) keeps its request (:func:`hub.storage.rules.payment_rows`, the rule both backends
    share) — created the first time, only the station's status updated after."""
    rows = rules.payment_rows(station, records, now_iso)
    if rows:
        c.executemany(_INSERT, rows)


def _request(row: tuple) -> PaymentRequest:
    return PaymentRequest(*row)


class PaymentsStorage:
    """Mixed into :class:`hub.storage.sqlite.SqliteStorage` (needs ``_conn``, ``_tx``, ``_publish``)."""

    def payment_requests(self, station: str | None, status: str | None, limit: int = 1000) -> list[PaymentRequest]:
        sql, args = f"SELECT {_COLUMNS} FROM payment_requests WHERE 1 = 1", []
        if station:
            sql += " AND station = ?"
            args.append(station)
        if status:
            sql += " AND status = ?"
            args.append(status)
        rows = self._conn().execute(sql + " ORDER BY created_at, station, reference LIMIT ?", (*args, limit))  # type: ignore[attr-defined]
        return [_request(r) for r in rows]

    def payment_request(self, station: str, payment_id: str) -> PaymentRequest | None:
        row = self._conn().execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = ? AND payment_id = ?",  # type: ignore[attr-defined]
                                   (station, payment_id)).fetchone()
        return None if row is None else _request(row)

    def decide_payment(self, station: str, reference: str, status: str, reason: str,
                       now: _dt.datetime) -> tuple[PaymentRequest, bool]:
        with self._tx() as c:  # type: ignore[attr-defined]
            rows = c.execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = ? AND (reference = ?"
                             " OR payment_id = ?) ORDER BY payment_id LIMIT 3", (station, reference, reference.lower())).fetchall()
            req, new = rules.pick_request(rows, reference, status)
            if not new:
                return req, False
            decided_at = iso_utc(now)
            c.execute("UPDATE payment_requests SET status = ?, reason = ?, decided_at = ? WHERE station = ?"
                      " AND payment_id = ?", (status, reason, decided_at, station, req.payment_id))
            payload = rules.decision_payload(req.payment_id, req.reference, status, reason, decided_at)
            self._publish(c, "payment_decisions", req.payment_id, payload, station, now)  # type: ignore[attr-defined]
            row = c.execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = ? AND payment_id = ?",
                            (station, req.payment_id)).fetchone()
        return _request(row), True
