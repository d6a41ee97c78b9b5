"""Recalls (农药管理条例 §42): a lot stops selling at once, and the clerk gets every buyer of it.

A recall is recorded per lot (``shop_recalls``, change record ``shop_recalls``); the lot's
``recalled_at`` takes it out of the FEFO allocation in the same write. Recalling a lot again
writes nothing and shows the same list. The buyer list is masked like every output; the clerk who
must phone a buyer asks for that one number (:meth:`RecallService.reveal_phone`): only for a sale
listed in a recall, only for a role that sells, and every time written to the audit log.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.text import check_text
from .base import ShopContext, check_lot_no, get_lot, get_product, next_number
from .model import RecallBuyer, RecallView
from .records import LOT_COLUMNS, LOT_SELECT, buyer_view, lot_payload, row_dict

_BUYERS = (
    "SELECT s.id, s.number, s.sold_at, l.lot_no, -sum(m.qty) AS net, yyt_open(s.buyer_name), s.buyer_id_masked,"
    " yyt_open(s.buyer_phone), yyt_open(s.buyer_address), s.crop FROM shop_moves AS m JOIN shop_sale_lines AS ln ON ln.id = m.line_id"
    " JOIN shop_sales AS s ON s.id = ln.sale_id JOIN shop_lots AS l ON l.id = m.lot_id"
    " WHERE m.lot_id = ? AND m.kind IN ('sale', 'return') GROUP BY s.id HAVING net > 0 ORDER BY s.number")
_RECALL = "SELECT id, number, lot_id, product_id, reason, at, by_user FROM shop_recalls"


class RecallService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx

    def recall(self, actor: Actor, *, lot: str | None = None, product: str | None = None,
               reason: str | None = None) -> list[RecallView]:
        """Recall one lot (``lot``, with ``product`` when several products share the number), or
        every lot of ``product`` ever stocked. Each lot stops selling in this write; the result lists
        who bought from it (net of returns). ``shop.lot_ambiguous`` (3) names the products sharing a
        lot number."""
        require(actor, Perm.SHOP_STOCK)
        conn = self.ctx.store.conn
        why = check_text(reason, field="reason", required=False, max_len=200)
        lots = self._lots(conn, lot, product)
        new = [x for x in lots if not x["recalled_at"]]
        if new:
            first = new[0]["id"]
            with self.ctx.store.write(actor=actor.username, action="shop.recall", entity="shop_lot",
                                      entity_id=first) as tx:
                numbers = []
                for x in new:
                    rid = new_id()
                    number = next_number(tx, "recall")
                    numbers.append(number)
                    tx.execute("INSERT INTO shop_recalls (id, number, lot_id, product_id, reason, at, by_user)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (rid, number, x["id"], x["product_id"], why, tx.now_iso, actor.username))
                    tx.execute("UPDATE shop_lots SET recalled_at = ?, recall_id = ?, updated_at = ? WHERE id = ?",
                               (tx.now_iso, rid, tx.now_iso, x["id"]))
                    row = tx.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE id = ?", (x["id"],)).fetchone()
                    tx.change("shop_lots", x["id"], "update", lot_payload(row))
                    tx.change("shop_recalls", rid, "create", {
                        "id": rid, "number": number, "lot_id": x["id"], "lot_no": x["lot_no"],
                        "product_id": x["product_id"], "reason": why, "at": tx.now_iso, "by_user": actor.username,
                        "buyers": len(conn.execute(_BUYERS, (x["id"],)).fetchall())})
                tx.summary.update(lots=[x["lot_no"] for x in new], numbers=numbers, reason=why)
        fresh = {x["id"] for x in new}
        return [self._view(conn, x["id"], already=x["id"] not in fresh) for x in lots]

    def _lots(self, conn: sqlite3.Connection, lot: str | None, product: str | None) -> list[dict[str, Any]]:
        if lot:
            lot_no = check_lot_no(lot)
            if product:
                return [get_lot(conn, get_product(conn, product)["id"], lot_no)]
            rows = [row_dict(LOT_COLUMNS, r) for r in conn.execute(
                f"SELECT {LOT_SELECT} FROM shop_lots WHERE lot_no = ?", (lot_no,))]
            if not rows:
                raise NotFound("shop.lot_not_found", lot=lot_no)
            if len(rows) > 1:
                names = [get_product(conn, r["product_id"])["name"] for r in rows]
                raise InvalidInput("shop.lot_ambiguous", lot=lot_no, products=", ".join(names))
            return rows
        if not product:
            raise InvalidInput("shop.recall_what")
        p = get_product(conn, product)
        rows = [row_dict(LOT_COLUMNS, r) for r in conn.execute(
            f"SELECT {LOT_SELECT} FROM shop_lots WHERE product_id = ? ORDER BY first_in_at", (p["id"],))]
        if not rows:
            raise Refused("shop.no_lots", name=p["name"])
        return rows

    def _view(self, conn: sqlite3.Connection, lot_id: str, *, already: bool = False) -> RecallView:
        rec = conn.execute(f"{_RECALL} WHERE lot_id = ?", (lot_id,)).fetchone()
        lot = row_dict(LOT_COLUMNS, conn.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE id = ?",
                                                 (lot_id,)).fetchone())
        name = conn.execute("SELECT name FROM shop_products WHERE id = ?", (lot["product_id"],)).fetchone()[0]
        buyers = tuple(RecallBuyer(r[0], r[1], r[2], r[3], r[4], buyer_view(r[5], r[6], r[7], r[8], r[9]))
                       for r in conn.execute(_BUYERS, (lot_id,)))
        return RecallView(rec[0], rec[1], lot_id, lot["lot_no"], lot["product_id"], name, rec[4], rec[5], rec[6],
                          lot["qty"], buyers, already)

    def get(self, actor: Actor, recall: str) -> RecallView:
        """A recall by id or number (``shop.recall_not_found``, 4), its buyers as they stand now."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        return self._view(conn, self._recall_row(conn, recall)[2])

    def list(self, actor: Actor, limit: int = 100) -> list[RecallView]:
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        return [self._view(conn, r[2]) for r in conn.execute(f"{_RECALL} ORDER BY number DESC LIMIT ?", (limit,))]

    def reveal_phone(self, actor: Actor, recall: str, sale: str) -> str:
        """The full phone of one buyer listed in a recall, for the clerk to call them. Written to
        the audit log (who, which recall, which sale) before it is returned; a sale not listed in
        that recall is ``shop.not_a_recall_buyer`` (4), a sale without a phone ``shop.no_phone`` (4)."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        rec = self._recall_row(conn, recall)
        buyers = {b.sale_id: b for b in self._view(conn, rec[2]).buyers}
        from .sales import resolve_sale

        try:
            sale_id = resolve_sale(conn, sale)
        except NotFound:
            raise NotFound("shop.not_a_recall_buyer", sale=sale, recall=rec[1]) from None
        if sale_id not in buyers:
            raise NotFound("shop.not_a_recall_buyer", sale=sale, recall=rec[1])
        with self.ctx.store.write(actor=actor.username, action="shop.phone_reveal", entity="shop_sale",
                                  entity_id=sale_id) as tx:
            phone = tx.execute("SELECT yyt_open(buyer_phone) FROM shop_sales WHERE id = ?", (sale_id,)).fetchone()[0]
            if not phone:
                raise NotFound("shop.no_phone", sale=buyers[sale_id].sale_number)
            tx.summary.update(recall=rec[1], sale=buyers[sale_id].sale_number, purpose="recall")
        return phone

    def _recall_row(self, conn: sqlite3.Connection, ref: str) -> tuple:
        raw = (ref or "").strip()
        if raw.isascii() and raw.isdigit() and len(raw) < 10:
            row = conn.execute(f"{_RECALL} WHERE number = ?", (int(raw),)).fetchone()
        else:
            row = conn.execute(f"{_RECALL} WHERE id = ?", (raw,)).fetchone()
        if row is None:
            raise NotFound("shop.recall_not_found", recall=raw[:40])
        return tuple(row)
