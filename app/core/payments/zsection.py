"""What the payments add to a shift's Z report (made at the close, kept as made)."""

from __future__ import annotations

import sqlite3
from typing import Any

MAX_LISTED = 50
# the payments taken in a shift: its ledger rows of kind payment (indexed by shift), each to its payment
_TAKEN = ("cash_movements m JOIN payments p ON p.id = m.ref_id WHERE m.shift_id = ? AND m.service = 'payments'"
          " AND m.kind = 'payment'")


def pending_section(conn: sqlite3.Connection, shift_id: str) -> dict[str, Any]:
    """Payments taken in this shift that still wait for the platform at the close (their cash is in
    the drawer; a rejection later is refunded from a later shift)."""
    rows = conn.execute(f"SELECT p.reference, p.amount_fen FROM {_TAKEN} AND p.status = 'pending' ORDER BY p.number",
                        (shift_id,)).fetchall()
    return {"count": len(rows), "total_fen": sum(r[1] for r in rows),
            "references": [r[0] for r in rows[:MAX_LISTED]]}


def biller_section(conn: sqlite3.Connection, shift_id: str) -> dict[str, Any]:
    """Payments taken in this shift per type and biller, and the refunds handed out in it."""
    billers = [{"type": r[0], "biller": r[1], "biller_name": r[2], "count": r[3], "total_fen": r[4]}
               for r in conn.execute(
                   f"SELECT p.type, p.biller, max(p.biller_name), count(*), sum(p.amount_fen) FROM {_TAKEN}"
                   " GROUP BY p.type, p.biller ORDER BY p.type, p.biller", (shift_id,))]
    refunds = conn.execute("SELECT reference, amount_fen FROM payments WHERE refund_shift_id = ? ORDER BY number",
                           (shift_id,)).fetchall()
    return {"billers": billers,
            "refunds": {"count": len(refunds), "total_fen": sum(r[1] for r in refunds),
                        "references": [r[0] for r in refunds[:MAX_LISTED]]}}


Z_SECTIONS = (("payments_pending", pending_section), ("payments_by_biller", biller_section))
