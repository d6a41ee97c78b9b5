"""Settlement (结算): a farmer's statement of every movement not settled before, and its payout.

- A statement is made once and never changes (triggers). Each movement is on at most one
  statement: ``consign_statement_lines.move_id`` is the PRIMARY KEY, so two settlements at once, a
  retry or a double click cannot put a sale line on two statements — the second finds nothing left
  to settle (``consign.nothing_to_settle`` 5).
- Figures: gross, commission and shipping are the sums of the lines' own figures (each rounded
  once, on its line: see :mod:`.amounts`); ``net = gross − commission − shipping`` (a CHECK holds it).
  A correction (a reversed sale) made after its sale was settled goes on the next statement with
  negative figures; if a statement's net plus what was carried in is below zero the farmer is paid
  nothing and the difference is carried onto the next statement (``carried_out``/``carried_in``).
- The payout is keyed by the statement (``consign_payouts.statement_id`` PRIMARY KEY), checked again
  inside the paying write: a double click, a retry, two processes at once, a crash between the payout
  and the printed receipt, or a bundle imported twice at the platform never pays twice — the second
  attempt is ``consign.already_paid`` (5) and writes nothing. A cash payout leaves the clerk's drawer
  through the one cash ledger in the same transaction (``cash.no_open_shift``, ``cash.drawer_short``);
  above ``consign.payout_approval_yuan`` a second user's PIN (admin or supervisor) is needed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..cash.ledger import record_cash
from ..cash.model import Kind, Service
from ..clock import iso_utc
from ..errors import InvalidInput, NotAllowed, Refused
from ..ids import new_id
from ..money import format_fen
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.text import check_text
from .base import ConsignContext, farmer_row, next_number, statement_row
from .model import PayoutMethod, StatementView, statement_code, statement_qr
from .records import (
    MOVE_SELECT,
    PAYOUT_COLUMNS,
    STATEMENT_COLUMNS,
    as_dict,
    farmer_view,
    insert_sql,
    move_view,
    moved_quantities,
    payout_view,
    select,
)

_UNSETTLED = (f"{MOVE_SELECT} WHERE m.farmer_id = ? AND NOT EXISTS"
              " (SELECT 1 FROM consign_statement_lines sl WHERE sl.move_id = m.id) ORDER BY m.at, m.id")
_LAST = f"SELECT {select(STATEMENT_COLUMNS)} FROM consign_statements WHERE farmer_id = ? ORDER BY number DESC LIMIT 1"
_PAYOUT = f"SELECT {select(PAYOUT_COLUMNS)} FROM consign_payouts WHERE statement_id = ?"
MAX_REFERENCE = 40
LIST_LIMIT = 200


def _totals(lines: list[Any], carried_in: int) -> dict[str, int]:
    gross = sum(m.gross_fen for m in lines)
    commission = sum(m.commission_fen for m in lines)
    shipping = sum(m.shipping_fen for m in lines)
    net = gross - commission - shipping
    total = net + carried_in
    return {"gross_fen": gross, "commission_fen": commission, "shipping_fen": shipping, "net_fen": net,
            "carried_in_fen": carried_in, "payable_fen": max(0, total), "carried_out_fen": min(0, total)}


class SettlementService:
    def __init__(self, ctx: ConsignContext) -> None:
        self.ctx = ctx

    # -- making a statement --------------------------------------------------------------------
    def preview(self, actor: Actor, farmer: str) -> StatementView:
        """What a statement for this farmer would hold now (nothing is written; ``id`` is None)."""
        require(actor, Perm.CONSIGN_READ)
        conn = self.ctx.store.conn
        f = farmer_row(conn, farmer)
        lines = [move_view(r) for r in conn.execute(_UNSETTLED, (f["id"],))]
        last = conn.execute(_LAST, (f["id"],)).fetchone()
        totals = _totals(lines, as_dict(STATEMENT_COLUMNS, last)["carried_out_fen"] if last else 0)
        return StatementView(None, None, "", "", farmer_view(f), tuple(lines),
                             created_at=iso_utc(self.ctx.store.clock.now()),
                             created_by=actor.username, quantities=moved_quantities(lines), **totals)

    def settle(self, actor: Actor, farmer: str) -> StatementView:
        """Make the farmer's statement of every movement not yet settled, in one write (the
        statement, its lines, its change record, one audit entry). ``consign.nothing_to_settle``
        (5) when there is none."""
        require(actor, Perm.CONSIGNMENT)
        sid = new_id()
        with self.ctx.store.write(actor=actor.username, action="consign.settle", entity="consign_statement",
                                  entity_id=sid) as tx:
            f = farmer_row(tx.conn, farmer)
            lines = [move_view(r) for r in tx.conn.execute(_UNSETTLED, (f["id"],))]
            if not lines:
                raise Refused("consign.nothing_to_settle", farmer=f"F{f['number']:04d}")
            last = tx.conn.execute(_LAST, (f["id"],)).fetchone()
            previous = as_dict(STATEMENT_COLUMNS, last) if last else None
            totals = _totals(lines, previous["carried_out_fen"] if previous else 0)
            row = {"id": sid, "number": next_number(tx.conn, "consign_statements"), "farmer_id": f["id"],
                   "lines": len(lines), **totals, "previous_id": previous["id"] if previous else None,
                   "created_at": tx.now_iso, "created_by": actor.username}
            tx.execute(insert_sql("consign_statements", STATEMENT_COLUMNS), row)
            tx.executemany("INSERT INTO consign_statement_lines (move_id, statement_id) VALUES (?, ?)",
                           [(m.id, sid) for m in lines])
            tx.change("consign_statements", sid, "create", {**row, "moves": [m.id for m in lines]})
            tx.summary.update(statement=statement_code(row["number"]), farmer_id=f["id"], lines=len(lines),
                              gross_fen=totals["gross_fen"], net_fen=totals["net_fen"],
                              payable_fen=totals["payable_fen"])
        return self._view(self.ctx.store.conn, row)

    # -- paying ------------------------------------------------------------------------------------
    def pay(self, actor: Actor, statement: str, *, approver: Actor | None = None, method: str | None = None,
            reference: str = "") -> StatementView:
        """Pay a statement to its farmer, once. Cash (the farmer's usual method unless ``method``
        says otherwise) leaves the clerk's drawer; a bank transfer needs its ``reference``; a
        statement with nothing payable is closed with a payout of zero. Above the station's
        threshold ``approver`` must be another user who may approve (``consign.approval_required``,
        ``consign.self_approval`` 6). Paid already: ``consign.already_paid`` (5), nothing written."""
        require(actor, Perm.CONSIGNMENT)
        conn = self.ctx.store.conn
        st = statement_row(conn, statement)
        self._refuse_if_paid(conn, st)
        farmer = farmer_row(conn, st["farmer_id"])
        amount = st["payable_fen"]
        how = (method or farmer["payout_method"]).strip().lower()
        if how not in (PayoutMethod.CASH, PayoutMethod.BANK):
            raise InvalidInput("consign.payout_invalid", text=how[:20])
        if amount == 0:
            how = PayoutMethod.NONE
        ref = check_text(reference, field="reference", required=how == PayoutMethod.BANK, max_len=MAX_REFERENCE)
        limit = self.ctx.settings.get("consign.payout_approval_yuan") * 100
        if amount > limit:
            if approver is None:
                raise NotAllowed("consign.approval_required", amount=format_fen(amount), limit=format_fen(limit))
            require(approver, Perm.CONSIGN_APPROVE)
            if approver.username == actor.username:
                raise NotAllowed("consign.self_approval")
        with self.ctx.store.write(actor=actor.username, action="consign.pay", entity="consign_payout",
                                  entity_id=st["id"]) as tx:
            self._refuse_if_paid(tx.conn, st)  # the decisive check: inside the write, under its lock
            cash_id = None
            if how == PayoutMethod.CASH:
                cash_id = record_cash(tx, actor, service=Service.CONSIGNMENT, kind=Kind.PAYOUT, amount_fen=amount,
                                      ref_entity="consign_payouts", ref_id=st["id"]).id
            row = {"statement_id": st["id"], "farmer_id": st["farmer_id"], "amount_fen": amount, "method": str(how),
                   "reference": ref, "cash_movement_id": cash_id,
                   "approved_by": approver.username if approver is not None and amount > limit else "",
                   "paid_at": tx.now_iso, "paid_by": actor.username}
            try:
                tx.execute(insert_sql("consign_payouts", PAYOUT_COLUMNS), row)
            except sqlite3.IntegrityError:
                raise Refused("consign.already_paid", statement=statement_code(st["number"])) from None
            tx.change("consign_payouts", st["id"], "create", row)
            tx.summary.update(statement=statement_code(st["number"]), amount_fen=amount, method=str(how),
                              approved_by=row["approved_by"])
        return self._view(self.ctx.store.conn, st)

    def _refuse_if_paid(self, conn: sqlite3.Connection, st: dict[str, Any]) -> None:
        row = conn.execute(_PAYOUT, (st["id"],)).fetchone()
        if row is not None:
            paid = as_dict(PAYOUT_COLUMNS, row)
            raise Refused("consign.already_paid", statement=statement_code(st["number"]),
                          paid_fen=paid["amount_fen"], paid=format_fen(paid["amount_fen"]), paid_at=paid["paid_at"])

    # -- reading -----------------------------------------------------------------------------------
    def get(self, actor: Actor, ref: str) -> StatementView:
        """One statement with its lines and payout (id, ``S000003``/``3`` or its QR text;
        ``consign.statement_not_found`` 4)."""
        require(actor, Perm.CONSIGN_READ)
        conn = self.ctx.store.conn
        return self._view(conn, statement_row(conn, ref))

    def list(self, actor: Actor, *, farmer: str | None = None, unpaid: bool = False,
             limit: int = LIST_LIMIT) -> list[StatementView]:
        """Statements newest first (without their lines): one farmer's or everyone's; ``unpaid``
        only those not paid yet."""
        require(actor, Perm.CONSIGN_READ)
        conn = self.ctx.store.conn
        where, params = [], []
        if farmer:
            where.append("s.farmer_id = ?")
            params.append(farmer_row(conn, farmer)["id"])
        if unpaid:
            where.append("NOT EXISTS (SELECT 1 FROM consign_payouts p WHERE p.statement_id = s.id)")
        sql = (f"SELECT {select(STATEMENT_COLUMNS, 's')} FROM consign_statements s"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY s.number DESC LIMIT ?")
        rows = conn.execute(sql, (*params, max(1, min(limit, 10_000)))).fetchall()
        return [self._view(conn, as_dict(STATEMENT_COLUMNS, r), lines=False) for r in rows]

    def unsettled(self, actor: Actor) -> list[tuple[Any, int, int]]:
        """Farmers with movements not settled yet: (farmer view, lines, their net), by farmer number."""
        require(actor, Perm.CONSIGN_READ)
        conn = self.ctx.store.conn
        rows = conn.execute(
            "SELECT m.farmer_id, count(*), sum(m.gross_fen - m.commission_fen - m.shipping_fen) FROM consign_moves m"
            " WHERE NOT EXISTS (SELECT 1 FROM consign_statement_lines sl WHERE sl.move_id = m.id)"
            " GROUP BY m.farmer_id").fetchall()
        out = [(farmer_view(farmer_row(conn, r[0])), int(r[1]), int(r[2])) for r in rows]
        return sorted(out, key=lambda t: t[0].number)

    def _view(self, conn: sqlite3.Connection, st: dict[str, Any], *, lines: bool = True) -> StatementView:
        farmer = farmer_view(farmer_row(conn, st["farmer_id"]))
        moves: tuple = ()
        if lines:
            moves = tuple(move_view(r) for r in conn.execute(
                f"{MOVE_SELECT} JOIN consign_statement_lines sl ON sl.move_id = m.id WHERE sl.statement_id = ?"
                " ORDER BY m.at, m.id", (st["id"],)))
        payout = conn.execute(_PAYOUT, (st["id"],)).fetchone()
        return StatementView(
            st["id"], st["number"], statement_code(st["number"]), statement_qr(st["number"]), farmer, moves,
            st["gross_fen"], st["commission_fen"], st["shipping_fen"], st["net_fen"], st["carried_in_fen"],
            st["payable_fen"], st["carried_out_fen"], st["created_at"], st["created_by"],
            payout_view(as_dict(PAYOUT_COLUMNS, payout) if payout else None), moved_quantities(moves))
