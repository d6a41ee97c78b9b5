"""Payment requests on PostgreSQL: kept once per (station, payment id) from the pushed
``payments`` records inside the push's transaction (:meth:`PgPayments._note_payments`, under the
station's row lock), listed, and decided — the decision published to the station's
``payment_decisions`` stream through the platform log in the same transaction.

The rule (which record makes a request, which fields a later record may change, which decision
is new) is :mod:`hub.storage.rules`, shared with SQLite; this module only reads and writes."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from typing import Any

from ..wire import iso_utc
from . import rules
from .base import PaymentRequest
from .pg_log import EPOCH_LOCK, key_lock

STREAM = "payment_decisions"
_COLUMNS = ", ".join(rules.PAYMENT_COLUMNS)
# the batch's requests as one JSON text (see postgres._INSERT_BATCH); a request already held only
# takes the station's latest status, and is not written at all when that did not change
_INSERT = (
    "INSERT INTO payment_requests (station, payment_id, reference, type, biller, account, amount_fen, payer,"
    " created_at, received_at, station_status) SELECT %s, t.i, t.r, t.t, t.b, t.a, t.m, t.y, t.c, %s, t.s"
    " FROM json_to_recordset(%s::json) AS t(i text, r text, t text, b text, a text, m bigint, y text, c text, s text)"
    " ON CONFLICT (station, payment_id) DO UPDATE SET station_status = excluded.station_status"
    " WHERE payment_requests.station_status IS DISTINCT FROM excluded.station_status"
)


class PgPayments:
    """The payments half of :class:`hub.storage.postgres.PgStorage` (needs ``_tx``, ``_conn``,
    ``_tick_clock`` and ``_publish_in``)."""

    @staticmethod
    def _note_payments(c: Any, code: str, records: Iterable[tuple[str, str, str]], now_iso: str) -> None:
        """Inside the push's transaction: the requests of the applied ``payments`` records
        (entity, entity_id, payload), one statement for the batch."""
        rows = rules.payment_rows(code, records, now_iso)
        if rows:
            text = json.dumps([{"i": r[1], "r": r[2], "t": r[3], "b": r[4], "a": r[5], "m": r[6], "y": r[7],
                                "c": r[8], "s": r[10]} for r in rows], ensure_ascii=False, separators=(",", ":"))
            c.execute(_INSERT, (code, now_iso, text))

    def payment_requests(self, station: str | None, status: str | None, limit: int = 1000) -> list[PaymentRequest]:
        """Requests, oldest first (by the station's time), of one station and/or status."""
        sql, args = f"SELECT {_COLUMNS} FROM payment_requests WHERE true", []
        if station:
            sql += " AND station = %s"
            args.append(station)
        if status:
            sql += " AND status = %s"
            args.append(status)
        with self._conn() as c:  # type: ignore[attr-defined]
            rows = c.execute(sql + " ORDER BY created_at, station, reference LIMIT %s", (*args, limit)).fetchall()
        return [PaymentRequest(*r) for r in rows]

    def payment_request(self, station: str, payment_id: str) -> PaymentRequest | None:
        """The request a station's payment made, or None (not arrived yet)."""
        with self._conn() as c:  # type: ignore[attr-defined]
            row = c.execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = %s AND payment_id = %s",
                            (station, payment_id)).fetchone()
        return None if row is None else PaymentRequest(*row)

    def decide_payment(self, station: str, reference: str, status: str, reason: str,
                       now: _dt.datetime) -> tuple[PaymentRequest, bool]:
        """Record the biller's answer and publish it to the station's ``payment_decisions``
        (key: the payment id) in one transaction; the same answer again publishes nothing
        (False). The record's advisory lock is taken before the request's row lock and before
        anything is written, so the transaction id that positions the published version is
        drawn after every earlier version of the key committed (docs/scale.md, "Pull cursors")."""
        hlc = self._tick_clock(now)  # type: ignore[attr-defined]
        with self._tx() as c:  # type: ignore[attr-defined]
            rows = c.execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = %s AND (reference = %s"
                             " OR payment_id = %s) ORDER BY payment_id LIMIT 3", (station, reference, reference.lower())).fetchall()
            req, new = rules.pick_request(rows, reference, status)
            if not new:
                return req, False
            c.execute("SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s)",
                      (EPOCH_LOCK, key_lock(STREAM, req.payment_id)))
            row = c.execute(f"SELECT {_COLUMNS} FROM payment_requests WHERE station = %s AND payment_id = %s"
                            " FOR UPDATE", (station, req.payment_id)).fetchone()
            req, new = rules.pick_request([row], reference, status)  # a decision that won the race
            if not new:
                return req, False
            decided_at = iso_utc(now)
            row = c.execute(f"UPDATE payment_requests SET status = %s, reason = %s, decided_at = %s WHERE station = %s"
                            f" AND payment_id = %s RETURNING {_COLUMNS}",
                            (status, reason, decided_at, station, req.payment_id)).fetchone()
            payload = rules.decision_payload(req.payment_id, req.reference, status, reason, decided_at)
            self._publish_in(c, STREAM, req.payment_id, payload, station, hlc, now)  # type: ignore[attr-defined]
        return PaymentRequest(*row), True
