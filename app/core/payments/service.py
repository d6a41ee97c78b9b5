"""Payments taken at the counter (生活缴费): cash now, the platform's answer later.

A payment is a state machine: ``pending`` (cash taken, a 待确认 receipt printed, the request
queued) → ``confirmed`` | ``rejected`` (reason) → ``refunded`` (the cash handed back). The
payment's UUIDv7 is minted here, before anything is printed, and is the platform's idempotency key:
the request travels as the payment's own change record, so a retry, a lost answer, a re-imported
bundle or a restored station can never make a second request of it. Cash goes into the ledger in
the same write as the payment (``payments``/``payment``), a refund out of the refunding user's
current shift (``payments``/``refund``).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import sqlite3
from collections.abc import Callable
from typing import Any

from ..cash.ledger import open_shift_id, record_cash
from ..cash.model import Kind, Service
from ..clock import iso_utc, local_date, parse_utc
from ..db.store import Store, WriteTx
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..money import format_fen
from ..settings import SettingsService
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.text import check_name
from .billtypes import BillType, BillTypeSource
from .model import PAYMENT_COLUMNS, PAYMENT_SELECT, Account, PaymentView, PendingSummary, Status
from .reference import check_reference, looks_like_reference, make_reference
from .rules import amount_rule, check_account, check_amount, scheme_year

DUPLICATE_WINDOW = _dt.timedelta(minutes=10)
_NEXT = ("UPDATE payment_counters SET value = value + CASE name WHEN 'pending_fen' THEN ? ELSE 1 END"
         " RETURNING name, value")
_INSERT = f"INSERT INTO payments ({', '.join(PAYMENT_COLUMNS)}) VALUES ({', '.join('?' * len(PAYMENT_COLUMNS))})"
_BY_ID = f"SELECT {PAYMENT_SELECT} FROM payments WHERE id = ?"
_BY_REF = f"SELECT {PAYMENT_SELECT} FROM payments WHERE reference = ?"
_DUPLICATE = ("SELECT reference, created_at FROM payments WHERE account_key = ? AND type = ? AND amount_fen = ?"
              " AND created_at >= ? ORDER BY created_at DESC LIMIT 1")
_PENDING = ("SELECT (SELECT value FROM payment_counters WHERE name = 'pending_count'),"
            " (SELECT value FROM payment_counters WHERE name = 'pending_fen'),"
            " (SELECT min(created_at) FROM payments WHERE status = 'pending')")


def pending_summary(conn: sqlite3.Connection) -> PendingSummary:
    """How many payments wait for the platform, their total and the oldest: kept counters and one
    indexed read, whatever the number waiting."""
    n, total, oldest = conn.execute(_PENDING).fetchone()
    return PendingSummary(int(n), int(total), oldest)


def payment_payload(row: sqlite3.Row | tuple) -> dict[str, Any]:
    """A payment row as its change record (the platform's copy): never a resident ID in clear."""
    return dict(zip(PAYMENT_COLUMNS, tuple(row), strict=True))


class PaymentService:
    def __init__(self, store: Store, settings: SettingsService, station_code: str,
                 secret_key: Callable[..., bytes], bill_types: BillTypeSource | None = None) -> None:
        self.store = store
        self.settings = settings
        self.station_code = station_code
        self.secret_key = secret_key
        self.bill_types = bill_types or BillTypeSource()

    # -- reference data ------------------------------------------------------------------------
    def types(self, actor: Actor) -> tuple[BillType, ...]:
        """The bill types the counter offers now (the platform's, or the bundled default), in order."""
        require(actor, Perm.REPORTS_READ)
        return tuple(bt for bt in self.bill_types.all(self.store.conn) if bt.enabled)

    def check(self, actor: Actor, type_code: str, account: str, amount_fen: int | None = None, *,
              biller: str | None = None) -> tuple[BillType, Account, dict]:
        """Check a payment without writing (the screen's live validation): the bill type, the
        account (its biller chosen) and the amount rule in force; with ``amount_fen`` that too.
        Raises the same typed errors :meth:`take` would."""
        require(actor, Perm.PAYMENT_TAKE)
        today = local_date(self.store.clock.now())
        bt = self.bill_types.get(self.store.conn, type_code)
        acct = check_account(bt, account, today=today, key=None, biller=biller)
        year = scheme_year(bt, today, self.settings.get("payments.schemes"))
        b = bt.biller(acct.biller)
        assert b is not None
        if amount_fen is not None:
            check_amount(b, year, amount_fen)
        return bt, acct, {**amount_rule(b, year), "year": year.year if year else None}

    # -- taking a payment ------------------------------------------------------------------------
    def take(self, actor: Actor, type_code: str, account: str, amount_fen: int, *, payer: str | None = None,
             biller: str | None = None, confirm_duplicate: bool = False) -> PaymentView:
        """Take a payment in cash: everything is checked first (type, account, amount rule, the
        collection window), then in one write the reference is taken, the payment stored
        ``pending`` with its change record (the platform's request, keyed by the payment's id) and
        the cash put into the clerk's open shift. Refused (5): ``payment.duplicate`` (the same type,
        account and amount within 10 minutes, unless ``confirm_duplicate``), ``payment.over_cap``,
        ``payment.pending_cap``, ``payment.pending_too_old`` (the station's offline caps),
        ``cash.no_open_shift``."""
        require(actor, Perm.PAYMENT_TAKE)
        name = check_name(payer, field="payer", required=False)
        cap, total_cap, age_cap, schemes = self.settings.get_many(
            "payments.max_payment_yuan", "payments.max_pending_yuan", "payments.max_pending_hours", "payments.schemes")
        today = local_date(self.store.clock.now())
        bt = self.bill_types.get(self.store.conn, type_code)
        acct = check_account(bt, account, today=today, key=None, biller=biller)  # checked; hashed in the write
        year = scheme_year(bt, today, schemes)
        b = bt.biller(acct.biller)
        assert b is not None
        check_amount(b, year, amount_fen)
        cap *= 100
        if amount_fen > cap:
            raise Refused("payment.over_cap", amount=format_fen(amount_fen), cap=format_fen(cap))
        pid = new_id()
        with self.store.write(actor=actor.username, action="payment.take", entity="payment", entity_id=pid) as tx:
            if bt.account_kind == "resident_id":  # a key made now is recorded in this transaction
                acct = check_account(bt, account, today=today, key=self.secret_key(tx), biller=biller)
            else:  # a phone or account number is found again by its keyed hash: it is stored sealed
                acct = dataclasses.replace(acct, key=tx.lookup(acct.key))
            if not confirm_duplicate:
                self._refuse_duplicate(tx, bt.type, acct, amount_fen)
            self._refuse_over_caps(tx, amount_fen, total_cap * 100, age_cap)
            sid = open_shift_id(tx.conn, actor.username)
            if sid is None:
                raise Refused("cash.no_open_shift", username=actor.username)
            seq = dict(tx.conn.execute(_NEXT, (amount_fen,)).fetchall())["payment"]
            row = (pid, seq, make_reference(self.station_code, seq), bt.type, acct.biller, acct.biller_name,
                   acct.stored, acct.key, amount_fen, name, year.year if year else None, Status.PENDING.value, "",
                   tx.now_iso, actor.username, sid, None, None, "", None, "", None, tx.now_iso)
            tx.execute(_INSERT, (*row[:6], tx.seal(row[6]), row[7], row[8], tx.seal(row[9]), *row[10:]))
            payload = payment_payload(row)
            tx.change("payments", pid, "create", payload)
            record_cash(tx, actor, service=Service.PAYMENTS, kind=Kind.PAYMENT, amount_fen=amount_fen,
                        ref_entity="payments", ref_id=pid, shift_id=sid)
            tx.summary.update(reference=payload["reference"], type=bt.type, biller=acct.biller, amount_fen=amount_fen,
                              duplicate_confirmed=confirm_duplicate)
        return self._view(payload, bt.account_kind)

    def _refuse_duplicate(self, tx: WriteTx, type_code: str, acct: Account, amount_fen: int) -> None:
        since = iso_utc(tx.now - DUPLICATE_WINDOW)
        row = tx.conn.execute(_DUPLICATE, (acct.key, type_code, amount_fen, since)).fetchone()
        if row is not None:
            minutes = max(0, int((tx.now - parse_utc(row[1])).total_seconds() // 60))
            raise Refused("payment.duplicate", reference=row[0], minutes=minutes, amount=format_fen(amount_fen))

    def _refuse_over_caps(self, tx: WriteTx, amount_fen: int, total_cap: int, age_cap: int) -> None:
        pending = pending_summary(tx.conn)
        if pending.total_fen + amount_fen > total_cap:
            raise Refused("payment.pending_cap", pending=format_fen(pending.total_fen), cap=format_fen(total_cap))
        if pending.oldest_at is not None and tx.now - parse_utc(pending.oldest_at) > _dt.timedelta(hours=age_cap):
            raise Refused("payment.pending_too_old", hours=age_cap)

    # -- refunds ---------------------------------------------------------------------------------
    def refund(self, actor: Actor, id_or_reference: str) -> PaymentView:
        """Hand back the cash of a rejected payment, once: the payment becomes ``refunded`` and
        the cash leaves the refunding user's open shift, in one write. Refused (5):
        ``payment.already_refunded``, ``payment.not_rejected`` (pending or confirmed: the biller has
        the money or may still take it), ``cash.no_open_shift``, ``cash.drawer_short``."""
        require(actor, Perm.PAYMENT_TAKE)
        key = self._key(id_or_reference)
        with self.store.write(actor=actor.username, action="payment.refund", entity="payment") as tx:
            row = self._find(tx.conn, key)
            tx.entity_id = row[0]
            p = payment_payload(row)
            if p["status"] == Status.REFUNDED:
                raise Refused("payment.already_refunded", reference=p["reference"])
            if p["status"] != Status.REJECTED:
                raise Refused("payment.not_rejected", reference=p["reference"], payment_status=p["status"])
            sid = open_shift_id(tx.conn, actor.username)
            if sid is None:
                raise Refused("cash.no_open_shift", username=actor.username)
            record_cash(tx, actor, service=Service.PAYMENTS, kind=Kind.REFUND, amount_fen=p["amount_fen"],
                        ref_entity="payments", ref_id=p["id"], shift_id=sid)
            new = tx.conn.execute(
                f"UPDATE payments SET status = 'refunded', refunded_at = ?, refunded_by = ?, refund_shift_id = ?,"
                f" updated_at = ? WHERE id = ? RETURNING {PAYMENT_SELECT}",
                (tx.now_iso, actor.username, sid, tx.now_iso, p["id"])).fetchone()
            payload = payment_payload(new)
            tx.change("payments", p["id"], "update", payload)
            tx.summary.update(reference=p["reference"], amount_fen=p["amount_fen"])
        return self._view(payload)

    # -- reading -----------------------------------------------------------------------------------
    def get(self, actor: Actor, id_or_reference: str) -> PaymentView:
        """One payment by its id or its reference (``payment.not_found`` 4,
        ``payment.reference_invalid``/``payment.reference_checksum`` 3)."""
        require(actor, Perm.REPORTS_READ)
        return self._view(payment_payload(self._find(self.store.conn, self._key(id_or_reference))))

    def list(self, actor: Actor, *, status: str | None = None, limit: int = 200) -> list[PaymentView]:
        """Payments, newest first, optionally of one status (``payment.status_invalid`` 3)."""
        require(actor, Perm.REPORTS_READ)
        if status:
            try:
                Status(status)
            except ValueError:
                raise InvalidInput("payment.status_invalid", text=status[:20],
                                   allowed=", ".join(s.value for s in Status)) from None
            rows = self.store.query(f"SELECT {PAYMENT_SELECT} FROM payments WHERE status = ?"
                                    " ORDER BY created_at DESC, number DESC LIMIT ?", (status, limit))
        else:
            rows = self.store.query(f"SELECT {PAYMENT_SELECT} FROM payments ORDER BY number DESC LIMIT ?", (limit,))
        kinds = self._kinds()
        return [self._view(payment_payload(r), kinds.get(r[3])) for r in rows]

    def pending(self) -> PendingSummary:
        return pending_summary(self.store.conn)

    def _key(self, text: str) -> tuple[str, str]:
        raw = (text or "").strip()
        if looks_like_reference(raw) or (raw[:1].isalpha() and "-" not in raw):
            return "reference", check_reference(raw)
        return "id", raw.lower()

    def _find(self, conn: sqlite3.Connection, key: tuple[str, str]) -> tuple:
        kind, value = key
        row = conn.execute(_BY_REF if kind == "reference" else _BY_ID, (value,)).fetchone()
        if row is None:
            raise NotFound("payment.not_found", payment=value[:40])
        return row

    def _kinds(self) -> dict[str, str]:
        return {bt.type: bt.account_kind for bt in self.bill_types.all(self.store.conn)}

    def _view(self, p: dict[str, Any], account_kind: str | None = None) -> PaymentView:
        if account_kind is None:
            account_kind = self._kinds().get(p["type"], "phone" if p["type"] == "mobile" else "number")
        return PaymentView(p["id"], p["number"], p["reference"], p["type"], p["biller"], p["biller_name"], p["account"],
                           account_kind, p["amount_fen"], p["payer"], p["scheme_year"], p["status"], p["reason"],
                           p["created_at"], p["created_by"], p["shift_id"], p["decided_at"], p["received_at"],
                           p["refunded_at"], p["refunded_by"], p["refund_shift_id"])
