"""What happens to a lot after intake, as append-only movements: counter sale, shipment as an
outbound produce parcel, spoilage (报损), return to the farmer, and a sale's reversal (冲正).

Every movement is one write: the movement row (its quantity signed: out of the lot is negative),
its change record, its cash (a sale's takings; a reversal's refund) through the one cash ledger in
the same transaction, and one audit entry. What is left of a lot is always the lot's quantity plus
its movements, checked inside the write (``consign.not_enough`` 5) and again by a trigger.

- A sale snapshots the lot's commission rate on its line; the price is at or above the lot's floor
  price (``consign.below_floor`` 3), or exactly the agreed price (``consign.price_agreed`` 3).
- A shipment is a sale delivered by post: the parcel is an outbound produce parcel accepted through
  the parcels service inside this write (waybill, tariff, label data; it counts upstream); its
  postage is not cash at the counter but is charged to the farmer's statement. A shipment whose
  postage would exceed the farmer's share of its sale is refused (``consign.postage_exceeds_share``
  5), so no line ever leaves the farmer owing. The buyer pays the goods in cash at the counter, or
  online (``paid_via='online'`` with the platform's order reference; no cash here).
- Spoilage and returns move no money; spoilage needs a reason.
- A counter sale is reversed at most once (goods back into the lot, the buyer's cash back); a sale
  already settled is corrected this way on the farmer's next statement.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..cash.ledger import record_cash
from ..cash.model import Kind, Service
from ..db.store import WriteTx
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..money import MAX_FEN, format_fen
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.text import check_text
from .amounts import commission_of, format_qty, line_gross, parse_qty
from .base import ConsignContext, farmer_row, lot_row
from .model import MoveKind, PriceKind, SaleResult, Unit, lot_code
from .records import (
    LOT_GROUP,
    LOT_SELECT,
    MOVE_COLUMNS,
    MOVE_SELECT,
    as_dict,
    insert_sql,
    lot_view,
    move_view,
)

_REMAINING = "SELECT l.qty + coalesce((SELECT sum(qty_delta) FROM consign_moves WHERE lot_id = l.id), 0)" \
             " FROM consign_lots l WHERE l.id = ?"
MAX_REASON = 100
MAX_ORDER_REF = 40


def remaining(conn: sqlite3.Connection, lot_id: str) -> int:
    """What is left of a lot: its quantity plus the signed sum of its movements."""
    return int(conn.execute(_REMAINING, (lot_id,)).fetchone()[0])


class MoveService:
    def __init__(self, ctx: ConsignContext) -> None:
        self.ctx = ctx

    # -- selling ---------------------------------------------------------------------------------
    def sell(self, actor: Actor, lot: str, qty: str | int, price_fen: int | None = None) -> SaleResult:
        """Sell part (or all) of a lot at the counter for cash: the takings go into the clerk's
        drawer (``cash.no_open_shift`` 5 without an open shift). ``price_fen`` per kg or piece,
        the lot's price when not given. Returns the sale line and the lot after it."""
        require(actor, Perm.CONSIGNMENT)
        mid = new_id()
        with self.ctx.store.write(actor=actor.username, action="consign.sell", entity="consign_move",
                                  entity_id=mid) as tx:
            row, amount = self._taking(tx, lot, qty)
            move = self._sale_line(tx, actor, mid, row, amount, price_fen, MoveKind.SALE, "cash")
            record_cash(tx, actor, service=Service.CONSIGNMENT, kind=Kind.SALE, amount_fen=move["gross_fen"],
                        ref_entity="consign_moves", ref_id=mid)
        return self._result(mid)

    def ship(self, actor: Actor, lot: str, qty: str | int, *, to_name: str, to_phone: str, to_address: str,
             to_province: str, weight_g: int, price_fen: int | None = None, paid_via: str = "cash",
             order_ref: str = "") -> SaleResult:
        """Sell part of a lot and send it as an outbound produce parcel (the farmer is the sender;
        the parcel's postage goes on the farmer's statement, not into the drawer). The buyer pays
        the goods in cash now (``paid_via='cash'``) or paid online (``'online'`` with
        ``order_ref``). The parcel, the sale line and the cash commit together or not at all."""
        require(actor, Perm.CONSIGNMENT)
        via = (paid_via or "cash").strip().lower()
        if via not in ("cash", "online"):
            raise InvalidInput("consign.paid_via_invalid", text=via[:20])
        ref = check_text(order_ref, field="order_ref", required=via == "online", max_len=MAX_ORDER_REF)
        conn = self.ctx.store.conn
        lot_r = lot_row(conn, lot)
        farmer = farmer_row(conn, lot_r["farmer_id"])
        amount = parse_qty(qty, lot_r["unit"])
        outbound = self.ctx.outbound()
        request = outbound.prepare_for_consignor(
            actor, sender_name=farmer["name"], sender_id_masked=farmer["id_masked"], sender_id_hash=farmer["id_hash"],
            sender_phone=farmer["phone"], to_name=to_name, to_phone=to_phone, to_address=to_address,
            to_province=to_province, weight_g=weight_g,
            contents=declared_contents(lot_r["product"], amount, lot_r["unit"]),
            produce=lot_r["category"])
        mid = new_id()
        with self.ctx.store.write(actor=actor.username, action="consign.ship", entity="consign_move",
                                  entity_id=mid) as tx:
            row, amount = self._taking(tx, lot_r["id"], amount)
            shipment = outbound.accept(tx, actor, request, paid_in_cash=False)
            move = self._sale_line(tx, actor, mid, row, amount, price_fen, MoveKind.SHIP, via, ref,
                                   shipment_id=shipment["id"], shipping_fen=shipment["price_fen"])
            if via == "cash":
                record_cash(tx, actor, service=Service.CONSIGNMENT, kind=Kind.SALE, amount_fen=move["gross_fen"],
                            ref_entity="consign_moves", ref_id=mid)
            tx.summary.update(waybill=shipment["waybill"], postage_fen=shipment["price_fen"])
        return self._result(mid, waybill=shipment["waybill"], postage_fen=shipment["price_fen"])

    def _taking(self, tx: WriteTx, lot: str, qty: str | int) -> tuple[dict[str, Any], int]:
        row = lot_row(tx.conn, lot)
        amount = parse_qty(qty, row["unit"])
        left = remaining(tx.conn, row["id"])
        if amount > left:
            raise Refused("consign.not_enough", lot=lot_code(row["number"]), remaining=format_qty(left, row["unit"]),
                          unit=row["unit"], asked=format_qty(amount, row["unit"]))
        return row, amount

    def _sale_line(self, tx: WriteTx, actor: Actor, mid: str, lot: dict[str, Any], qty: int, price_fen: int | None,
                   kind: MoveKind, via: str, order_ref: str = "", *, shipment_id: str | None = None,
                   shipping_fen: int = 0) -> dict[str, Any]:
        price = lot["price_fen"] if price_fen is None else price_fen
        if not isinstance(price, int) or isinstance(price, bool) or not 0 < price <= MAX_FEN:
            raise InvalidInput("money.zero" if price == 0 else "money.invalid", text=str(price))
        if lot["price_kind"] == PriceKind.AGREED and price != lot["price_fen"]:
            raise InvalidInput("consign.price_agreed", price_fen=lot["price_fen"], price=format_fen(lot["price_fen"]),
                               lot=lot_code(lot["number"]))
        if price < lot["price_fen"]:
            raise InvalidInput("consign.below_floor", price_fen=price, floor_fen=lot["price_fen"],
                               price=format_fen(price), floor=format_fen(lot["price_fen"]), lot=lot_code(lot["number"]))
        gross = line_gross(qty, lot["unit"], price)
        if not 0 < gross <= MAX_FEN:
            raise InvalidInput("consign.amount_invalid", gross_fen=gross, gross=format_fen(max(gross, 0)))
        commission = commission_of(gross, lot["commission_bp"])
        if shipping_fen > gross - commission:
            raise Refused("consign.postage_exceeds_share", postage_fen=shipping_fen, share_fen=gross - commission,
                          postage=format_fen(shipping_fen), share=format_fen(gross - commission))
        move = self._insert(tx, actor, mid, lot, kind, -qty, unit_price_fen=price, gross_fen=gross,
                            commission_bp=lot["commission_bp"], commission_fen=commission, shipping_fen=shipping_fen,
                            paid_via=via, order_ref=order_ref, shipment_id=shipment_id)
        tx.summary.update(gross_fen=gross, commission_fen=commission, paid_via=via)
        return move

    # -- spoilage, returns -------------------------------------------------------------------------
    def spoil(self, actor: Actor, lot: str, qty: str | int, reason: str) -> SaleResult:
        """Record produce spoiled or lost (报损) with its reason; no money moves (the produce is the
        farmer's). Returns the movement and the lot after it."""
        require(actor, Perm.CONSIGNMENT)
        why = check_text(reason, field="reason", max_len=MAX_REASON)
        return self._out(actor, "consign.spoil", MoveKind.SPOIL, lot, qty, why)

    def give_back(self, actor: Actor, lot: str, qty: str | int | None = None) -> SaleResult:
        """Hand produce back to the farmer (退还农户): ``qty``, or everything left when None."""
        require(actor, Perm.CONSIGNMENT)
        return self._out(actor, "consign.return", MoveKind.RETURN, lot, qty, "")

    def _out(self, actor: Actor, action: str, kind: MoveKind, lot: str, qty: str | int | None, reason: str) -> SaleResult:
        mid = new_id()
        with self.ctx.store.write(actor=actor.username, action=action, entity="consign_move", entity_id=mid) as tx:
            if qty is None:
                row = lot_row(tx.conn, lot)
                amount = remaining(tx.conn, row["id"])
                if amount <= 0:
                    raise Refused("consign.lot_empty", lot=lot_code(row["number"]))
            else:
                row, amount = self._taking(tx, lot, qty)
            self._insert(tx, actor, mid, row, kind, -amount, reason=reason)
        return self._result(mid)

    # -- corrections -------------------------------------------------------------------------------
    def void(self, actor: Actor, sale_id: str, reason: str) -> SaleResult:
        """Reverse a counter sale (冲正): its goods back into the lot, its cash back to the buyer
        from the clerk's drawer, its gross and commission negated. At most once
        (``consign.already_voided`` 5); shipments cannot be reversed (``consign.not_voidable`` 5).
        If the sale is already on a statement, the reversal goes on the farmer's next one."""
        require(actor, Perm.CONSIGNMENT)
        why = check_text(reason, field="reason", max_len=MAX_REASON)
        mid = new_id()
        with self.ctx.store.write(actor=actor.username, action="consign.void", entity="consign_move",
                                  entity_id=mid) as tx:
            found = tx.conn.execute(f"SELECT {', '.join(MOVE_COLUMNS)} FROM consign_moves WHERE id = ?",
                                    ((sale_id or "").strip().lower(),)).fetchone()
            if found is None:
                raise NotFound("consign.sale_not_found", sale=(sale_id or "")[:40])
            sale = as_dict(MOVE_COLUMNS, found)
            if sale["kind"] != MoveKind.SALE:
                raise Refused("consign.not_voidable", kind=sale["kind"])
            if tx.conn.execute("SELECT 1 FROM consign_moves WHERE voids = ?", (sale["id"],)).fetchone():
                raise Refused("consign.already_voided", sale=sale["id"])
            lot = lot_row(tx.conn, sale["lot_id"])
            self._insert(tx, actor, mid, lot, MoveKind.VOID, -sale["qty_delta"], unit_price_fen=sale["unit_price_fen"],
                         gross_fen=-sale["gross_fen"], commission_bp=sale["commission_bp"],
                         commission_fen=-sale["commission_fen"], paid_via=sale["paid_via"], voids=sale["id"],
                         reason=why)
            record_cash(tx, actor, service=Service.CONSIGNMENT, kind=Kind.SALE_RETURN, amount_fen=sale["gross_fen"],
                        ref_entity="consign_moves", ref_id=mid)
            tx.summary.update(voids=sale["id"], refund_fen=sale["gross_fen"])
        return self._result(mid)

    # -- shared ------------------------------------------------------------------------------------
    def _insert(self, tx: WriteTx, actor: Actor, mid: str, lot: dict[str, Any], kind: MoveKind, qty_delta: int,
                **values: Any) -> dict[str, Any]:
        row = {c: None for c in MOVE_COLUMNS}
        row.update(unit_price_fen=0, gross_fen=0, commission_bp=0, commission_fen=0, shipping_fen=0, paid_via="",
                   order_ref="", reason="")
        row.update(values)
        row.update(id=mid, lot_id=lot["id"], farmer_id=lot["farmer_id"], kind=kind.value, qty_delta=qty_delta,
                   at=tx.now_iso, by=actor.username)
        tx.execute(insert_sql("consign_moves", MOVE_COLUMNS), row)
        tx.change("consign_moves", mid, "create", row)
        tx.summary.update(lot=lot_code(lot["number"]), kind=kind.value, qty_delta=qty_delta, unit=lot["unit"])
        return row

    def _result(self, mid: str, *, waybill: str = "", postage_fen: int = 0) -> SaleResult:
        conn = self.ctx.store.conn
        move = move_view(conn.execute(f"{MOVE_SELECT} WHERE m.id = ?", (mid,)).fetchone())
        lot = lot_view(conn.execute(f"{LOT_SELECT} WHERE l.id = ?{LOT_GROUP}", (move.lot_id,)).fetchone())
        return SaleResult(mid, move, lot, waybill or move.waybill, postage_fen or move.shipping_fen)


def declared_contents(product: str, qty: int, unit: str) -> str:
    """A produce parcel's declared contents: ``脆李 5kg``, or for pieces ``柚子 ×6``."""
    if Unit(unit) is Unit.KG:
        return f"{product} {format_qty(qty, unit)}kg"
    return f"{product} ×{qty}"
