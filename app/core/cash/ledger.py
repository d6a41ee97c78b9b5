"""The one cash ledger. Every service that takes or hands out cash calls :func:`record_cash`
inside its own ``store.write`` block, so the business row and its cash movement commit together
(never a second transaction). :func:`expected_cash` is the one definition of what the drawer
should hold, used by every screen, report and the shift close.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..db.store import WriteTx
from ..errors import Refused
from ..ids import new_id
from ..users.model import Actor
from .model import Kind, Movement, Service

_OPEN_SHIFT = "SELECT id FROM shifts WHERE username = ? AND status = 'open'"
_SUM = "SELECT coalesce(sum(amount_fen), 0) FROM cash_movements WHERE shift_id = ?"
MOVEMENT_COLUMNS = "id, shift_id, at, username, service, kind, amount_fen, ref_entity, ref_id, note"

#: which way each kind moves cash: +1 into the drawer, -1 out of it
DIRECTION: dict[Kind, int] = {
    Kind.FLOAT: 1, Kind.CASH_IN: 1, Kind.CASH_OUT: -1, Kind.PAYMENT: 1, Kind.REFUND: -1,
    Kind.SALE: 1, Kind.SALE_RETURN: -1, Kind.PAYOUT: -1, Kind.FEE: 1,
}


def open_shift_id(conn: sqlite3.Connection, username: str) -> str | None:
    """The id of ``username``'s open shift, or None."""
    row = conn.execute(_OPEN_SHIFT, (username,)).fetchone()
    return None if row is None else row[0]


def expected_cash(conn: sqlite3.Connection, shift_id: str) -> int:
    """What the drawer of this shift should hold, in fen: float + cash taken − refunds − payouts
    ± cash in/out — the signed sum of its ledger rows (the float is the first of them)."""
    return int(conn.execute(_SUM, (shift_id,)).fetchone()[0])


def movement_payload(m: Movement) -> dict[str, Any]:
    return {"id": m.id, "shift_id": m.shift_id, "at": m.at, "username": m.username, "service": m.service,
            "kind": m.kind, "amount_fen": m.amount_fen, "ref_entity": m.ref_entity, "ref_id": m.ref_id,
            "note": m.note}


def record_cash(tx: WriteTx, actor: Actor, *, service: Service, kind: Kind, amount_fen: int,
                ref_entity: str = "", ref_id: str = "", note: str = "", shift_id: str | None = None) -> Movement:
    """Append one movement to the acting user's open shift, with its change record, inside the
    caller's write transaction. ``amount_fen`` is the size (> 0); the kind gives the sign.

    Refused ``cash.no_open_shift`` (5) when the user has no open shift, and ``cash.drawer_short``
    (5) when cash going out is more than the drawer should hold. Either way the caller's whole
    operation rolls back."""
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
        raise ValueError(f"a cash movement is a positive amount of fen, not {amount_fen!r}")
    sid = shift_id or open_shift_id(tx.conn, actor.username)
    if sid is None:
        raise Refused("cash.no_open_shift", username=actor.username)
    signed = DIRECTION[kind] * amount_fen
    if signed < 0 and expected_cash(tx.conn, sid) + signed < 0:
        raise Refused("cash.drawer_short", amount_fen=amount_fen)
    m = Movement(new_id(), sid, tx.now_iso, actor.username, service.value, kind.value, signed, ref_entity,
                 ref_id, note)
    tx.execute(f"INSERT INTO cash_movements ({MOVEMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (m.id, m.shift_id, m.at, m.username, m.service, m.kind, m.amount_fen, m.ref_entity, m.ref_id,
                m.note))
    tx.change("cash_movements", m.id, "create", movement_payload(m))
    return m


def movement_from_row(row: sqlite3.Row | tuple) -> Movement:
    return Movement(*row)
