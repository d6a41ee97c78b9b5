"""What the payments add to a shift's Z report (made at the close, kept as made)."""

from __future__ import annotations

import sqlite3
from typing import Any

MAX_LISTED = 50


def pending_section(conn: sqlite3.Connection, shift_id: str) -> dict[str, Any]:
    """Payments taken in this shift that still wait for the platform at the close (their cash is in
    the drawer; a rejection later is refunded from a later shift)."""
    rows = conn.execute("SELECT reference, amount_fen FROM payments WHERE shift_id = ? AND status = 'pending'"
                        " ORDER BY number", (shift_id,)).fetchall()
    return {"count": len(rows), "total_fen": sum(r[1] for r in rows),
            "references": [r[0] for r in rows[:MAX_LISTED]]}


def biller_section(conn: sqlite3.Connection, shift_id: str) -> dict[str, Any]:
    """Payments taken in this shift per type and biller, and the refunds handed out in it."""
    billers = [{"type": r[0], "biller": r[1], "biller_name": r[2], "count": r[3], "total_fen": r[4]}
               for r in conn.execute(
                   "SELECT type, biller, max(biller_name), count(*), sum(amount_fen) FROM payments"
                   " WHERE shift_id = ? GROUP BY type, biller ORDER BY type, biller", (shift_id,))]
    refunds = conn.execute("SELECT reference, amount_fen FROM payments WHERE refund_shift_id = ? ORDER BY number",
                           (shift_id,)).fetchall()
    return {"billers": billers,
            "refunds": {"count": len(refunds), "total_fen": sum(r[1] for r in refunds),
                        "references": [r[0] for r in refunds[:MAX_LISTED]]}}


Z_SECTIONS = (("payments_pending", pending_section), ("payments_by_biller", biller_section))
