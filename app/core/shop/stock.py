"""Stock by lot: stock-in (= the §26 purchase ledger row), stock-take adjustments with a reason,
the stock of a product with its lots, and the one first-expired-first-out allocation."""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
from typing import Any

from ..clock import local_date
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.dates import check_date
from ..validate.phone import check_phone
from ..validate.text import check_name, check_text
from .base import ShopContext, check_lot_no, get_lot, get_product, next_number, view_of
from .expiry import sellable_from
from .model import Allocation, LotView, PurchaseView, StockView
from .records import LOT_COLUMNS, LOT_SELECT, PURCHASE_COLUMNS, insert_sql, lot_payload, lot_view, row_dict
from .regno import check_label_code

MAX_QTY = 1_000_000
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}|[48]00-?\d{3}-?\d{4}")
_FEFO = ("SELECT id, lot_no, expires_on, qty FROM shop_lots WHERE product_id = ? AND qty > 0 AND recalled_at IS NULL"
         " AND expires_on >= ? ORDER BY expires_on, first_in_at, id")
_LOTS_OF = (f"SELECT {LOT_SELECT} FROM shop_lots WHERE product_id = ? AND qty > 0"
            " ORDER BY expires_on, first_in_at, id")
_ON_HAND_PRODUCTS = "SELECT DISTINCT product_id FROM shop_lots WHERE qty > 0"
_ALL_LOTS = (f"SELECT {', '.join('l.' + c for c in LOT_COLUMNS)}, p.name, p.unit FROM shop_lots AS l"
             " JOIN shop_products AS p ON p.id = l.product_id WHERE l.qty > 0 OR l.recalled_at IS NOT NULL"
             " ORDER BY l.expires_on, p.name, l.lot_no")


def check_qty(value: Any, *, allow_negative: bool = False, field: str = "qty") -> int:
    """A whole number of units, 1 … 1,000,000 (or its negative for an adjustment): ``shop.qty_invalid``."""
    if isinstance(value, str):
        raw = value.strip()
        body = raw[1:] if allow_negative and raw[:1] in "+-" else raw
        if not (body.isascii() and body.isdigit()) or len(body) > 7:
            raise InvalidInput("shop.qty_invalid", field=field, text=raw[:12])
        value = int(raw)
    if not isinstance(value, int) or isinstance(value, bool) or value == 0 or abs(value) > MAX_QTY or (
            value < 0 and not allow_negative):
        raise InvalidInput("shop.qty_invalid", field=field, text=str(value)[:12])
    return value


def check_supplier_phone(text: str | None) -> str:
    """A supplier's contact: a full mobile number or a landline (``023-68881234``, ``400-…``)."""
    raw = (text or "").strip().replace(" ", "")
    if raw.isascii() and _LANDLINE.fullmatch(raw):
        return raw
    return check_phone(raw, allow_masked=False, field="supplier_phone").value


def allocate(conn: sqlite3.Connection, product_id: str, qty: int, now: _dt.datetime,
             name: str = "") -> list[Allocation]:
    """First expired, first out: ``qty`` units from the sellable lots (not expired by the one
    expiry rule, not recalled), the earliest expiry first (then the earliest stocked). Refused
    ``shop.not_enough_stock`` (5) with what there is."""
    out: list[Allocation] = []
    left = qty
    for lot_id, lot_no, expires_on, have in conn.execute(_FEFO, (product_id, sellable_from(now))):
        take = min(have, left)
        out.append(Allocation(lot_id, lot_no, expires_on, take))
        left -= take
        if not left:
            return out
    raise Refused("shop.not_enough_stock", product=name or product_id, wanted=qty, available=qty - left)


def add_move(tx, lot_id: str, kind: str, qty: int, ref_id: str, line_id: str | None = None) -> None:  # noqa: ANN001
    tx.execute("INSERT INTO shop_moves (id, lot_id, kind, qty, at, ref_id, line_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (new_id(), lot_id, kind, qty, tx.now_iso, ref_id, line_id))


class StockService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx

    def stock_in(self, actor: Actor, product: str, *, lot: str, qty: int | str, produced: str, expires: str,
                 cost_fen: int, supplier: str, supplier_phone: str, label_code: str | None = None) -> PurchaseView:
        """Receive ``qty`` units of one lot: the §26 purchase ledger row (product as it is now,
        lot, dates, quantity, unit cost, supplier and contact, date, label code) and the stock move,
        in one write. A second delivery of a lot already held adds to it (its dates must match).
        Refused: a banned or withdrawn product, a recalled lot, a lot already expired (5)."""
        require(actor, Perm.SHOP_STOCK)
        conn = self.ctx.store.conn
        now = self.ctx.store.clock.now()
        p = get_product(conn, product)
        lot_no = check_lot_no(lot)
        n = check_qty(qty)
        made, until = check_date(produced, field="produced"), check_date(expires, field="expires")
        if until < made:
            raise InvalidInput("shop.dates_invalid", produced=made.isoformat(), expires=until.isoformat())
        if made > local_date(now):
            raise InvalidInput("shop.produced_in_future", produced=made.isoformat())
        if not isinstance(cost_fen, int) or isinstance(cost_fen, bool) or cost_fen < 0:
            raise InvalidInput("money.invalid", text=str(cost_fen))
        who = check_name(supplier, field="supplier", max_len=60)
        phone = check_supplier_phone(supplier_phone)
        code = check_label_code(label_code, p["reg_no"], p["category"])
        view = view_of(self.ctx, conn, p, now)
        if view.banned:
            raise Refused("shop.product_banned", name=p["name"], since=view.banned_from)
        if not p["active"]:
            raise Refused("shop.product_withdrawn", name=p["name"])
        if until.isoformat() < sellable_from(now):
            raise Refused("shop.lot_expired", lot=lot_no, expires=until.isoformat())
        pid = new_id()
        with self.ctx.store.write(actor=actor.username, action="shop.stock_in", entity="shop_purchase",
                                  entity_id=pid) as tx:
            row = tx.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE product_id = ? AND lot_no = ?",
                             (p["id"], lot_no)).fetchone()
            if row is None:
                lot_id, op = new_id(), "create"
                tx.execute("INSERT INTO shop_lots (id, product_id, lot_no, produced_on, expires_on, first_in_at,"
                           " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (lot_id, p["id"], lot_no, made.isoformat(), until.isoformat(), tx.now_iso, tx.now_iso))
            else:
                held = row_dict(LOT_COLUMNS, row)
                if held["recalled_at"]:
                    raise Refused("shop.lot_recalled", lot=lot_no)
                if (held["produced_on"], held["expires_on"]) != (made.isoformat(), until.isoformat()):
                    raise InvalidInput("shop.lot_dates_differ", lot=lot_no, produced=held["produced_on"],
                                       expires=held["expires_on"])
                lot_id, op = held["id"], "update"
                tx.execute("UPDATE shop_lots SET updated_at = ? WHERE id = ?", (tx.now_iso, lot_id))
            number = next_number(tx, "purchase")
            purchase = {
                "id": pid, "number": number, "lot_id": lot_id, "product_id": p["id"], "received_at": tx.now_iso,
                "received_on": local_date(tx.now).isoformat(), "clerk": actor.username, "product_name": p["name"],
                "category": p["category"], "reg_no": p["reg_no"], "spec": p["spec"], "unit": p["unit"],
                "maker": p["maker"], "lot_no": lot_no, "produced_on": made.isoformat(),
                "expires_on": until.isoformat(), "qty": n, "unit_cost_fen": cost_fen, "amount_fen": cost_fen * n,
                "supplier_name": who, "supplier_phone": phone, "label_code": code,
            }
            tx.execute(insert_sql("shop_purchases", PURCHASE_COLUMNS), tx.cipher().seal_row("shop_purchases", purchase))
            add_move(tx, lot_id, "in", n, pid)
            lot_row = tx.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE id = ?", (lot_id,)).fetchone()
            tx.change("shop_lots", lot_id, op, lot_payload(lot_row))
            tx.change("shop_purchases", pid, "create", purchase)
            tx.summary.update(number=number, product=p["name"], lot=lot_no, qty=n)
        warnings = ("shop.reg_no_missing",) if p["category"] == "pesticide" and not p["reg_no"] else ()
        return PurchaseView(pid, number, lot_view(lot_row, tx.now, p["name"], p["unit"], self.ctx.near_days()), n,
                            cost_fen, cost_fen * n, warnings)

    def adjust(self, actor: Actor, product: str, lot: str, delta: int | str, reason: str) -> LotView:
        """A stock-take correction of one lot by ``delta`` units (±), with the reason, in one
        write (adjustment + move + change record). ``shop.stock_negative`` (5) if the lot would go
        below zero; a reason is required (``text.required``, 3)."""
        require(actor, Perm.SHOP_STOCK)
        conn = self.ctx.store.conn
        p = get_product(conn, product)
        lot_no = check_lot_no(lot)
        n = check_qty(delta, allow_negative=True)
        why = check_text(reason, field="reason", max_len=100)
        held = get_lot(conn, p["id"], lot_no)
        aid = new_id()
        with self.ctx.store.write(actor=actor.username, action="shop.adjust", entity="shop_lot",
                                  entity_id=held["id"]) as tx:
            have = tx.execute("SELECT qty FROM shop_lots WHERE id = ?", (held["id"],)).fetchone()[0]
            if have + n < 0:
                raise Refused("shop.stock_negative", lot=lot_no, qty=have, delta=n)
            tx.execute("INSERT INTO shop_adjustments (id, lot_id, qty, reason, at, by_user) VALUES (?, ?, ?, ?, ?, ?)",
                       (aid, held["id"], n, why, tx.now_iso, actor.username))
            add_move(tx, held["id"], "adjust", n, aid)
            tx.change("shop_adjustments", aid, "create", {
                "id": aid, "lot_id": held["id"], "product_id": p["id"], "lot_no": lot_no, "qty": n, "reason": why,
                "at": tx.now_iso, "by_user": actor.username})
            tx.summary.update(product=p["name"], lot=lot_no, qty=n, reason=why)
            row = tx.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE id = ?", (held["id"],)).fetchone()
        return lot_view(row, tx.now, p["name"], p["unit"], self.ctx.near_days())

    def stock(self, actor: Actor, product: str | None = None) -> list[StockView]:
        """One product's stock, or every product holding any unit: sellable units today, units on
        hand, and its lots with units (earliest expiry first, each with its state)."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        now = self.ctx.store.clock.now()
        if product is not None:
            products = [get_product(conn, product)]
        else:
            products = [get_product(conn, r[0]) for r in conn.execute(_ON_HAND_PRODUCTS)]
            products.sort(key=lambda p: (p["name"], p["id"]))
        rules = self.ctx.rules(conn)
        out = []
        for p in products:
            view = view_of(self.ctx, conn, p, now, rules)
            lots = tuple(lot_view(r, now, p["name"], p["unit"], self.ctx.near_days())
                         for r in conn.execute(_LOTS_OF, (p["id"],)))
            out.append(StockView(view, view.stock, view.on_hand, lots))
        return out

    def lots(self, actor: Actor) -> list[LotView]:
        """Every lot holding units (and every recalled one), earliest expiry first: the Stock screen."""
        require(actor, Perm.SHOP_SELL)
        now = self.ctx.store.clock.now()
        near = self.ctx.near_days()
        return [lot_view(r, now, r[len(LOT_COLUMNS)], r[len(LOT_COLUMNS) + 1], near)
                for r in self.ctx.store.conn.execute(_ALL_LOTS)]

    def preview(self, actor: Actor, product: str, qty: int) -> list[Allocation]:
        """Which lots a sale of ``qty`` would take now (the screen shows it; nothing is written)."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        p = get_product(conn, product)
        try:
            return allocate(conn, p["id"], check_qty(qty), self.ctx.store.clock.now())
        except Refused:
            return []

    def lots_by_number(self, actor: Actor, lot_no: str, product: str | None = None) -> list[dict[str, Any]]:
        """The lots with this number (of one product if given): several products may share one."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        lot = check_lot_no(lot_no)
        if product:
            return [get_lot(conn, get_product(conn, product)["id"], lot)]
        rows = conn.execute(f"SELECT {LOT_SELECT} FROM shop_lots WHERE lot_no = ?", (lot,)).fetchall()
        if not rows:
            raise NotFound("shop.lot_not_found", lot=lot)
        return [row_dict(LOT_COLUMNS, r) for r in rows]
