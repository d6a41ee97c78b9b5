"""Sales and returns at the counter: first-expired-first-out, real-name sale of restricted-use
pesticides (the §27 sales ledger row), cash into the one cash ledger, returns back into the lots
they came from."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..cash.ledger import open_shift_id, record_cash
from ..cash.model import Kind, Service
from ..clock import local_date
from ..db.store import WriteTx
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..sealing import opened
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.identity import check_resident_id
from ..validate.phone import check_phone
from ..validate.text import check_name, check_text
from .base import ShopContext, get_product, next_number
from .expiry import sellable_from
from .model import Allocation, ReturnView, SaleLineView, SaleView
from .records import LINE_COLUMNS, SALE_COLUMNS, buyer_view, insert_sql, product_view, row_dict
from .stock import add_move, allocate, check_qty

#: the buyer fields a restricted-use pesticide needs (农药管理条例 §27 and the real-name rule)
BUYER_FIELDS = ("name", "resident_id", "phone", "address", "crop")
_SALE_BY_NUMBER = "SELECT id FROM shop_sales WHERE number = ?"


@dataclass(frozen=True)
class BuyerInput:
    """The buyer as typed (in clear: it lives only until the sale is stored masked)."""

    name: str | None = None
    resident_id: str | None = None
    phone: str | None = None
    address: str | None = None
    crop: str | None = None

    def missing(self) -> list[str]:
        return [f for f in BUYER_FIELDS if not (getattr(self, f) or "").strip()]


def parse_line(text: str) -> tuple[str, str]:
    """``PRODUCT:QTY`` (``6901234567892:2``) → (product, qty text); ``shop.line_invalid`` (3)."""
    product, sep, qty = (text or "").strip().rpartition(":")
    if not sep or not product.strip() or not qty.strip():
        raise InvalidInput("shop.line_invalid", text=(text or "")[:40])
    return product.strip(), qty.strip()


@dataclass
class _Line:
    product: dict[str, Any]
    qty: int
    restricted: bool


class SaleService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx

    # -- selling ---------------------------------------------------------------------------------
    def sell(self, actor: Actor, lines: Sequence[tuple[str, int | str]], buyer: BuyerInput | None = None, *,
             safety_reminded: bool = True) -> SaleView:
        """Sell ``lines`` (product ref, quantity) in one write: each line takes its units from the
        earliest-expiring sellable lots (expired and recalled lots never), the allocations are
        recorded per line, and the total goes into the cash ledger.

        Checked first, nothing written on failure: products (4), quantities (3); a banned or
        withdrawn product (5: before asking for a buyer); a restricted-use pesticide needs every
        buyer field — name, resident ID of an adult, full phone, address, crop/pest
        (``shop.buyer_required`` / ``resident_id.minor`` …, 3); then the clerk's open shift
        (``shop.shift_required``) and enough stock (``shop.not_enough_stock``) are refused with 5."""
        require(actor, Perm.SHOP_SELL)
        store = self.ctx.store
        conn = store.conn
        now = store.clock.now()
        day = sellable_from(now)
        rules = self.ctx.rules(conn)
        merged: dict[str, _Line] = {}
        if not lines:
            raise InvalidInput("shop.no_lines")
        for ref, qty in lines:
            p = get_product(conn, ref)
            n = check_qty(qty)
            if p["id"] in merged:
                merged[p["id"]].qty = check_qty(merged[p["id"]].qty + n)
            else:
                v = rules.verdict(name=p["name"], ingredient=p["ingredient"], restricted_flag=bool(p["restricted"]),
                                  banned_from=p["banned_from"], day=day)
                merged[p["id"]] = _Line(p, n, v.restricted)
                if v.banned:
                    merged[p["id"]].product = {**p, "_banned_from": v.banned_from}
        for ln in merged.values():  # a banned product is refused before anyone types a buyer's details
            p = ln.product
            if "_banned_from" in p:
                raise Refused("shop.product_banned", name=p["name"], since=p["_banned_from"])
            if not p["active"]:
                raise Refused("shop.product_withdrawn", name=p["name"])
        restricted = [ln for ln in merged.values() if ln.restricted]
        who = self._buyer(buyer or BuyerInput(), restricted[0].product["name"] if restricted else None, now)
        total = sum(ln.qty * ln.product["price_fen"] for ln in merged.values())
        if total > 0 and open_shift_id(conn, actor.username) is None:
            raise Refused("shop.shift_required", username=actor.username)
        sale_id = new_id()
        with store.write(actor=actor.username, action="shop.sell", entity="shop_sale", entity_id=sale_id) as tx:
            rid = who.pop("_rid", None)
            if rid is not None:  # a key made now is recorded in this transaction
                who["buyer_id_hash"] = rid.keyed_hash(self.ctx.secret_key(tx))
            view = self._store_sale(tx, actor, sale_id, list(merged.values()), who, total, bool(restricted),
                                    safety_reminded)
        return view

    def _buyer(self, b: BuyerInput, restricted_name: str | None, now) -> dict[str, Any]:  # noqa: ANN001
        if restricted_name is not None:
            missing = b.missing()
            if missing:
                raise InvalidInput("shop.buyer_required", product=restricted_name, missing=", ".join(missing))
        out = {"buyer_name": "", "buyer_id_masked": "", "buyer_id_hash": "", "buyer_phone": "", "buyer_address": "",
               "crop": ""}
        if (b.name or "").strip():
            out["buyer_name"] = check_name(b.name, field="buyer_name")
        if (b.resident_id or "").strip():
            rid = check_resident_id(b.resident_id, today=local_date(now), adult=restricted_name is not None,
                                    field="buyer_id")
            out["buyer_id_masked"], out["_rid"] = rid.masked, rid  # hashed inside the sale's write
        if (b.phone or "").strip():
            out["buyer_phone"] = check_phone(b.phone, allow_masked=False, field="buyer_phone").value
        if (b.address or "").strip():
            out["buyer_address"] = check_text(b.address, field="buyer_address", max_len=120)
        if (b.crop or "").strip():
            out["crop"] = check_text(b.crop, field="crop", max_len=60)
        return out

    def _store_sale(self, tx: WriteTx, actor: Actor, sale_id: str, lines: list[_Line], who: dict[str, str],
                    total: int, restricted: bool, safety_reminded: bool) -> SaleView:
        number = next_number(tx, "sale")
        sold_on = local_date(tx.now).isoformat()
        sale = {"id": sale_id, "number": number, "sold_at": tx.now_iso, "sold_on": sold_on, "clerk": actor.username,
                "total_fen": total, "restricted": int(restricted), **who,
                "safety_reminded": int(bool(safety_reminded and restricted))}
        tx.execute(insert_sql("shop_sales", SALE_COLUMNS), tx.cipher().seal_row("shop_sales", sale))
        payload_lines, views = [], []
        for i, ln in enumerate(lines, start=1):
            p = ln.product
            line_id = new_id()
            allocations = allocate(tx.conn, p["id"], ln.qty, tx.now, p["name"])
            line = {"id": line_id, "sale_id": sale_id, "line_no": i, "product_id": p["id"], "qty": ln.qty,
                    "returned": 0, "unit_price_fen": p["price_fen"], "amount_fen": ln.qty * p["price_fen"],
                    "name": p["name"], "category": p["category"], "spec": p["spec"], "unit": p["unit"],
                    "reg_no": p["reg_no"], "maker": p["maker"], "restricted": int(ln.restricted),
                    "sold_on": sold_on, "sold_at": tx.now_iso}
            tx.execute(insert_sql("shop_sale_lines", LINE_COLUMNS), line)
            for a in allocations:
                add_move(tx, a.lot_id, "sale", -a.qty, sale_id, line_id)
            payload_lines.append({**line, "restricted": ln.restricted,
                                  "lots": [{"lot_id": a.lot_id, "lot_no": a.lot_no, "expires_on": a.expires_on,
                                            "qty": a.qty} for a in allocations]})
            views.append(SaleLineView(line_id, i, p["id"], p["name"], p["spec"], p["unit"], ln.qty, 0, p["price_fen"],
                                      line["amount_fen"], ln.restricted, tuple(allocations)))
        tx.change("shop_sales", sale_id, "create", {**sale, "restricted": restricted,
                                                      "safety_reminded": bool(sale["safety_reminded"]),
                                                      "lines": payload_lines})
        if total > 0:
            record_cash(tx, actor, service=Service.SHOP, kind=Kind.SALE, amount_fen=total, ref_entity="shop_sales",
                        ref_id=sale_id)
        tx.summary.update(number=number, total_fen=total, lines=len(lines), restricted=restricted)
        return SaleView(sale_id, number, tx.now_iso, actor.username, total, 0, restricted,
                        buyer_view(who["buyer_name"], who["buyer_id_masked"], who["buyer_phone"], who["buyer_address"],
                                   who["crop"]), tuple(views))

    # -- reading -----------------------------------------------------------------------------------
    def get(self, actor: Actor, ref: str) -> SaleView:
        """A sale by id or number (``shop.sale_not_found``, 4), its lines with their lots."""
        require(actor, Perm.SHOP_SELL)
        return load_sale(self.ctx.store.conn, resolve_sale(self.ctx.store.conn, ref))

    def recent(self, actor: Actor, limit: int = 20) -> list[SaleView]:
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        return [load_sale(conn, r[0]) for r in conn.execute(
            "SELECT id FROM shop_sales ORDER BY number DESC LIMIT ?", (limit,))]

    def preview_product(self, actor: Actor, ref: str):  # noqa: ANN201 - ProductView
        """A product as the sale would see it now (restricted? banned?), without stock figures."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        p = get_product(conn, ref)
        return product_view(p, self.ctx.rules(conn), sellable_from(self.ctx.store.clock.now()))

    # -- returns -----------------------------------------------------------------------------------
    def return_items(self, actor: Actor, sale: str, items: Sequence[tuple[str, int | str]] | None = None) -> ReturnView:
        """Goods brought back: each unit goes back into a lot it was sold from (the last allocated
        first), the line records what came back, and the refund leaves the drawer (cash ledger,
        ``SALE_RETURN``). Without ``items`` everything not yet returned comes back.
        ``shop.not_in_sale`` (3), ``shop.return_exceeds`` / ``shop.nothing_to_return`` (5)."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        sale_id = resolve_sale(conn, sale)
        lines = [row_dict(LINE_COLUMNS, r) for r in conn.execute(
            f"SELECT {', '.join(LINE_COLUMNS)} FROM shop_sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,))]
        wanted: dict[str, int] = {}
        if items:
            for ref, qty in items:
                p = get_product(conn, ref)
                line = next((ln for ln in lines if ln["product_id"] == p["id"]), None)
                if line is None:
                    raise InvalidInput("shop.not_in_sale", product=p["name"])
                wanted[line["id"]] = wanted.get(line["id"], 0) + check_qty(qty)
            for ln in lines:
                if wanted.get(ln["id"], 0) > ln["qty"] - ln["returned"]:
                    raise Refused("shop.return_exceeds", product=ln["name"], left=ln["qty"] - ln["returned"])
        else:
            wanted = {ln["id"]: ln["qty"] - ln["returned"] for ln in lines if ln["qty"] > ln["returned"]}
            if not wanted:
                raise Refused("shop.nothing_to_return", sale=sale)
        rid = new_id()
        with self.ctx.store.write(actor=actor.username, action="shop.return", entity="shop_sale",
                                  entity_id=sale_id) as tx:
            view = self._store_return(tx, actor, rid, sale_id, lines, wanted)
        return view

    def _store_return(self, tx: WriteTx, actor: Actor, rid: str, sale_id: str, lines: list[dict[str, Any]],
                      wanted: dict[str, int]) -> ReturnView:
        number = next_number(tx, "return")
        sale_number = tx.execute("SELECT number FROM shop_sales WHERE id = ?", (sale_id,)).fetchone()[0]
        out, total = [], 0
        for ln in lines:
            q = wanted.get(ln["id"], 0)
            if q <= 0:
                continue
            cur = tx.execute("UPDATE shop_sale_lines SET returned = returned + ? WHERE id = ? AND returned + ? <= qty",
                             (q, ln["id"], q))
            if cur.rowcount != 1:
                raise Refused("shop.return_exceeds", product=ln["name"], left=ln["qty"] - ln["returned"])
            for lot_id, lot_no, back in back_into_lots(tx.conn, ln["id"], q):
                add_move(tx, lot_id, "return", back, rid, ln["id"])
                amount = back * ln["unit_price_fen"]
                total += amount
                out.append({"line_id": ln["id"], "product_id": ln["product_id"], "name": ln["name"], "lot_id": lot_id,
                            "lot_no": lot_no, "qty": back, "amount_fen": amount})
        tx.execute("INSERT INTO shop_returns (id, number, sale_id, returned_at, returned_on, clerk, total_fen)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (rid, number, sale_id, tx.now_iso, local_date(tx.now).isoformat(), actor.username, total))
        tx.change("shop_returns", rid, "create", {"id": rid, "number": number, "sale_id": sale_id,
                                                    "returned_at": tx.now_iso, "clerk": actor.username,
                                                    "total_fen": total, "lines": out})
        if total > 0:
            record_cash(tx, actor, service=Service.SHOP, kind=Kind.SALE_RETURN, amount_fen=total,
                        ref_entity="shop_returns", ref_id=rid)
        tx.summary.update(number=number, sale=sale_number, total_fen=total, units=sum(x["qty"] for x in out))
        return ReturnView(rid, number, sale_id, sale_number, total, tuple(out))


def back_into_lots(conn: sqlite3.Connection, line_id: str, qty: int) -> list[tuple[str, str, int]]:
    """Where ``qty`` returned units of a sale line go: the lots it was sold from, the last
    allocated first, each up to what it gave less what already came back to it."""
    given = conn.execute(
        "SELECT m.lot_id, l.lot_no, -sum(CASE WHEN m.kind = 'sale' THEN m.qty ELSE 0 END),"
        " sum(CASE WHEN m.kind = 'return' THEN m.qty ELSE 0 END), min(m.rowid) FROM shop_moves AS m"
        " JOIN shop_lots AS l ON l.id = m.lot_id WHERE m.line_id = ? GROUP BY m.lot_id ORDER BY min(m.rowid) DESC",
        (line_id,)).fetchall()
    out, left = [], qty
    for lot_id, lot_no, sold, back, _ in given:
        room = sold - back
        take = min(room, left)
        if take > 0:
            out.append((lot_id, lot_no, take))
            left -= take
        if not left:
            break
    if left:
        raise Refused("shop.return_exceeds", product=line_id, left=qty - left)
    return out


def resolve_sale(conn: sqlite3.Connection, ref: str) -> str:
    raw = (ref or "").strip()
    if raw.isascii() and raw.isdigit() and len(raw) < 10:
        row = conn.execute(_SALE_BY_NUMBER, (int(raw),)).fetchone()
    else:
        row = conn.execute("SELECT id FROM shop_sales WHERE id = ?", (raw,)).fetchone()
    if row is None:
        raise NotFound("shop.sale_not_found", sale=raw[:40])
    return row[0]


def load_sale(conn: sqlite3.Connection, sale_id: str) -> SaleView:
    s = row_dict(SALE_COLUMNS, conn.execute(f"SELECT {opened(SALE_COLUMNS, 'shop_sales')} FROM shop_sales WHERE id = ?",
                                            (sale_id,)).fetchone())
    lines = []
    returned_fen = 0
    for r in conn.execute(f"SELECT {', '.join(LINE_COLUMNS)} FROM shop_sale_lines WHERE sale_id = ? ORDER BY line_no",
                          (sale_id,)):
        ln = row_dict(LINE_COLUMNS, r)
        lots = tuple(Allocation(a[0], a[1], a[2], a[3]) for a in conn.execute(
            "SELECT m.lot_id, l.lot_no, l.expires_on, -m.qty FROM shop_moves AS m JOIN shop_lots AS l ON l.id = m.lot_id"
            " WHERE m.line_id = ? AND m.kind = 'sale' ORDER BY m.rowid", (ln["id"],)))
        returned_fen += ln["returned"] * ln["unit_price_fen"]
        lines.append(SaleLineView(ln["id"], ln["line_no"], ln["product_id"], ln["name"], ln["spec"], ln["unit"],
                                  ln["qty"], ln["returned"], ln["unit_price_fen"], ln["amount_fen"], ln["restricted"],
                                  lots))
    return SaleView(s["id"], s["number"], s["sold_at"], s["clerk"], s["total_fen"], returned_fen, s["restricted"],
                    buyer_view(s["buyer_name"], s["buyer_id_masked"], s["buyer_phone"], s["buyer_address"], s["crop"]),
                    tuple(lines))
