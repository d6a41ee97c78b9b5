"""Platform decisions about the station's payments (stream ``payment_decisions``, one record per
payment, key = the payment's id), applied inside the pull's transaction.

- a decision for a pending payment is applied (confirmed, or rejected with the reason) with the
  payment's change record;
- the same decision again (a retried page, a snapshot, a re-publish) changes nothing at all;
- a second, different decision (confirmed after rejected, anything after a refund other than the
  rejection itself) is ignored, logged and kept in ``payment_decisions`` as a ``conflict`` (Today
  flags it): the cash may already have gone back, so the first decision stands;
- a decision for a payment this station does not hold is kept as ``unknown`` (flagged);
- a withdrawal never undoes a decision (kept as ``withdrawn``).
Decisions for different payments may come in any order: each only touches its own payment.
"""

from __future__ import annotations

import logging
from typing import Any

from ..db.store import WriteTx
from ..errors import InvalidInput
from ..validate.text import check_text
from .model import PAYMENT_COLUMNS, PAYMENT_SELECT, Outcome, Status

log = logging.getLogger(__name__)

_DECISIONS = (Status.CONFIRMED.value, Status.REJECTED.value)


def _logged(tx: WriteTx, pid: str, status: str, outcome: Outcome) -> bool:
    return tx.conn.execute("SELECT 1 FROM payment_decisions WHERE payment_id = ? AND status = ? AND outcome = ?",
                           (pid, status, outcome.value)).fetchone() is not None


def _keep(tx: WriteTx, pid: str, status: str, reason: str, decided_at: str, outcome: Outcome) -> None:
    tx.execute("INSERT INTO payment_decisions (payment_id, status, reason, decided_at, received_at, outcome)"
               " VALUES (?, ?, ?, ?, ?, ?)", (pid, status, reason, decided_at, tx.now_iso, outcome.value))


def apply_decision(tx: WriteTx, key: str, data: dict[str, Any]) -> Outcome | None:
    """Apply one pulled decision (see the module doc); returns what it did (None: not a decision)."""
    from .service import payment_payload  # the service imports this module's neighbours

    pid = str(data.get("payment_id") or key)[:64]
    status = data.get("status")
    if status not in _DECISIONS:
        log.warning("payment decision %s ignored: status %r", pid, status)
        return None
    try:
        reason = check_text(str(data.get("reason") or ""), field="reason", required=False, max_len=200)
    except InvalidInput:
        reason = ""
    decided_at = str(data.get("decided_at") or "")[:40]
    row = tx.conn.execute("SELECT status FROM payments WHERE id = ?", (pid,)).fetchone()
    if row is None:
        if not _logged(tx, pid, status, Outcome.UNKNOWN):
            log.warning("payment decision for unknown payment %s", pid)
            _keep(tx, pid, status, reason, decided_at, Outcome.UNKNOWN)
        return Outcome.UNKNOWN
    current = row[0]
    if current == Status.PENDING:
        new = tx.conn.execute(
            f"UPDATE payments SET status = ?, reason = ?, decided_at = ?, received_at = ?, platform_ref = ?,"
            f" updated_at = ? WHERE id = ? RETURNING {PAYMENT_SELECT}",
            (status, reason if status == Status.REJECTED else "", decided_at, tx.now_iso,
             str(data.get("platform_ref") or "")[:64], tx.now_iso, pid)).fetchone()
        tx.execute("UPDATE payment_counters SET value = value - CASE name WHEN 'pending_fen' THEN ? ELSE 1 END"
                   " WHERE name IN ('pending_count', 'pending_fen')", (new[PAYMENT_COLUMNS.index("amount_fen")],))
        tx.change("payments", pid, "update", payment_payload(new))
        _keep(tx, pid, status, reason, decided_at, Outcome.APPLIED)
        return Outcome.APPLIED
    if current == status or (current == Status.REFUNDED and status == Status.REJECTED):
        return Outcome.REPEAT
    if not _logged(tx, pid, status, Outcome.CONFLICT):
        log.warning("payment %s is %s: a second, different decision (%s) is ignored", pid, current, status)
        _keep(tx, pid, status, reason, decided_at, Outcome.CONFLICT)
    return Outcome.CONFLICT


def withdraw_decision(tx: WriteTx, key: str) -> None:
    """The platform withdrew a decision (or a snapshot no longer holds it): kept, never undone."""
    row = tx.conn.execute("SELECT status FROM payments WHERE id = ?", (key,)).fetchone()
    if row is None or row[0] == Status.PENDING or _logged(tx, key, row[0], Outcome.WITHDRAWN):
        return
    log.warning("the platform withdrew its decision on payment %s (%s): kept", key, row[0])
    _keep(tx, key, row[0], "", "", Outcome.WITHDRAWN)
