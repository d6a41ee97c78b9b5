"""The statutory ledgers (农药管理条例 §26 purchases, §27 sales) as rows and as export tables, and
the purge that refuses anything younger than two years.

- §26 purchase ledger (进货台账): one row per stock-in — date, product, registration number,
  spec, unit, maker, lot, production and expiry dates, quantity, unit cost and amount, supplier
  and contact, the label code, the clerk.
- §27 sales ledger (销售台账): one row per lot a sale line took from (a line split over two lots
  gives two rows), and one negative row per lot a return went back to — date, sale number, kind,
  product, registration number, spec, unit, maker, lot, quantity, price, amount, buyer (masked
  name, resident ID, phone, address), crop/pest, restricted, the clerk. The ledger therefore equals
  the stock moves of sales and returns, row for row.

Both ledgers cover every category (a village shop keeps one book); ``category`` filters.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from typing import Any

from ..clock import local_date
from ..errors import InvalidInput, Refused
from ..exports import ExportColumn, ExportTable
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.dates import check_date
from .base import ShopContext
from .catalogue import check_category

KEEP_YEARS = 2
KINDS = ("purchases", "sales")

#: (key, kind, width) of each ledger's columns, in print order; titles come from app.messages.shop
PURCHASE_LEDGER: tuple[tuple[str, str, int], ...] = (
    ("number", "number", 7), ("date", "date", 11), ("product", "text", 22), ("category", "text", 7),
    ("reg_no", "text", 14), ("spec", "text", 10), ("unit", "text", 5), ("maker", "text", 18), ("lot_no", "text", 12),
    ("produced_on", "date", 11), ("expires_on", "date", 11), ("qty", "number", 6), ("unit_cost", "money", 8),
    ("amount", "money", 9), ("supplier", "text", 16), ("supplier_phone", "contact", 13), ("label_code", "text", 34),
    ("clerk", "text", 8),
)
SALES_LEDGER: tuple[tuple[str, str, int], ...] = (
    ("date", "date", 11), ("sale_number", "number", 7), ("kind", "text", 5), ("product", "text", 22),
    ("category", "text", 7), ("reg_no", "text", 14), ("spec", "text", 10), ("unit", "text", 5), ("maker", "text", 18),
    ("lot_no", "text", 12), ("qty", "number", 6), ("unit_price", "money", 8), ("amount", "money", 9),
    ("buyer", "name", 8), ("buyer_id", "masked", 20), ("buyer_phone", "phone", 13), ("buyer_address", "address", 14),
    ("crop", "text", 14), ("restricted", "text", 5), ("clerk", "text", 8),
)

_PURCHASES = (
    "SELECT number, received_on, product_name, category, reg_no, spec, unit, maker, lot_no, produced_on, expires_on,"
    " qty, unit_cost_fen, amount_fen, supplier_name, yyt_open(supplier_phone), label_code, clerk FROM shop_purchases"
    " WHERE received_on BETWEEN ? AND ? AND (? = '' OR category = ?) ORDER BY number")
_SALES = (
    "SELECT m.kind, CASE WHEN m.kind = 'sale' THEN ln.sold_on ELSE r.returned_on END AS day, s.number, ln.name,"
    " ln.category, ln.reg_no, ln.spec, ln.unit, ln.maker, l.lot_no, -m.qty, ln.unit_price_fen, yyt_open(s.buyer_name),"
    " s.buyer_id_masked, yyt_open(s.buyer_phone), yyt_open(s.buyer_address), s.crop, ln.restricted,"
    " CASE WHEN m.kind = 'sale' THEN s.clerk ELSE r.clerk END"
    " FROM shop_moves AS m JOIN shop_sale_lines AS ln ON ln.id = m.line_id JOIN shop_sales AS s ON s.id = ln.sale_id"
    " JOIN shop_lots AS l ON l.id = m.lot_id LEFT JOIN shop_returns AS r ON m.kind = 'return' AND r.id = m.ref_id"
    " WHERE m.kind IN ('sale', 'return') AND day BETWEEN ? AND ? AND (? = '' OR ln.category = ?) ORDER BY m.rowid")


def purchase_rows(conn, start: str, end: str, category: str = "") -> Iterator[dict[str, Any]]:  # noqa: ANN001
    """§26 rows between two station-local dates (inclusive), raw (the export masks)."""
    for r in conn.execute(_PURCHASES, (start, end, category, category)):
        yield {"number": r[0], "date": r[1], "product": r[2], "category": r[3], "reg_no": r[4], "spec": r[5],
               "unit": r[6], "maker": r[7], "lot_no": r[8], "produced_on": r[9], "expires_on": r[10], "qty": r[11],
               "unit_cost": r[12], "amount": r[13], "supplier": r[14], "supplier_phone": r[15],
               "label_code": r[16], "clerk": r[17]}


def sales_rows(conn, start: str, end: str, category: str = "") -> Iterator[dict[str, Any]]:  # noqa: ANN001
    """§27 rows between two station-local dates (inclusive): sales positive, returns negative."""
    for r in conn.execute(_SALES, (start, end, category, category)):
        qty = int(r[10])
        yield {"kind": r[0], "date": r[1], "sale_number": r[2], "product": r[3], "category": r[4], "reg_no": r[5],
               "spec": r[6], "unit": r[7], "maker": r[8], "lot_no": r[9], "qty": qty, "unit_price": r[11],
               "amount": qty * r[11], "buyer": r[12],
               "buyer_id": r[13], "buyer_phone": r[14], "buyer_address": r[15], "crop": r[16],
               "restricted": bool(r[17]), "clerk": r[18]}


def mask_row(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """A ledger row as the CLI's JSON may show it: personal data masked like in the exports."""
    spec = PURCHASE_LEDGER if kind == "purchases" else SALES_LEDGER
    out = dict(row)
    for key, col_kind, _ in spec:
        if col_kind in ("phone", "contact", "name", "address"):
            out[key] = ExportColumn(key, key, col_kind).value(row.get(key))  # type: ignore[arg-type]
    return out


def ledger_table(kind: str, rows: Iterator[dict[str, Any]], *, titles: Mapping[str, str], words: Mapping[str, str],
                 title: str, fields: list[tuple[str, str]], generated_at: _dt.datetime | None = None) -> ExportTable:
    """The export table of a ledger: ``titles`` the statutory column titles by key, ``words`` the
    printed words of coded values (categories, ``sale``/``return``, yes/no)."""
    spec = PURCHASE_LEDGER if kind == "purchases" else SALES_LEDGER

    def printable() -> Iterator[dict[str, Any]]:
        for row in rows:
            row = dict(row)
            row["category"] = words.get(row["category"], row["category"])
            if kind == "sales":
                row["kind"] = words.get(row["kind"], row["kind"])
                row["restricted"] = words["yes"] if row["restricted"] else words["no"]
            yield row

    columns = [ExportColumn(k, titles[k], ck, w) for k, ck, w in spec]  # type: ignore[arg-type]
    return ExportTable(title=title, columns=columns, rows=printable(), fields=fields, sheet_name=title[:31],
                       generated_at=generated_at)


class LedgerService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx

    def period(self, start: str | None, end: str | None) -> tuple[str, str]:
        """The dates asked for (``YYYY-MM-DD``, inclusive): from the start of records / to today."""
        today = local_date(self.ctx.store.clock.now())
        s = check_date(start, field="from").isoformat() if start else "2000-01-01"
        e = check_date(end, field="to").isoformat() if end else today.isoformat()
        if e < s:
            raise InvalidInput("shop.period_invalid", start=s, end=e)
        return s, e

    def rows(self, actor: Actor, kind: str, start: str | None = None, end: str | None = None,
             category: str | None = None) -> Iterator[dict[str, Any]]:
        """The ledger's raw rows (personal data unmasked: for the export model, which masks)."""
        require(actor, Perm.REPORTS_READ)
        if kind not in KINDS:
            raise InvalidInput("shop.ledger_invalid", text=kind[:20], allowed=", ".join(KINDS))
        cat = check_category(category) if category else ""
        s, e = self.period(start, end)
        conn = self.ctx.store.conn
        return purchase_rows(conn, s, e, cat) if kind == "purchases" else sales_rows(conn, s, e, cat)

    def purge(self, actor: Actor, before: str) -> dict[str, int]:
        """Delete ledger rows (purchases, and sales with their lines and returns) dated before
        ``before`` — only when that is at least two years ago by the station clock
        (``shop.ledger_keep``, 5), and never a row younger than two years by the database's own
        clock either (the schema's triggers). Stock moves stay (they hold no personal data)."""
        require(actor, Perm.SETTINGS_MANAGE)
        cutoff = check_date(before, field="before")
        today = local_date(self.ctx.store.clock.now())
        try:
            limit = today.replace(year=today.year - KEEP_YEARS)
        except ValueError:  # 29 February
            limit = today.replace(year=today.year - KEEP_YEARS, day=28)
        if cutoff > limit:
            raise Refused("shop.ledger_keep", before=cutoff.isoformat(), earliest=limit.isoformat())
        day = cutoff.isoformat()
        with self.ctx.store.write(actor=actor.username, action="shop.ledger_purge", entity="shop_ledger") as tx:
            sales = [r[0] for r in tx.execute(
                "SELECT id FROM shop_sales WHERE sold_on < ? AND NOT EXISTS (SELECT 1 FROM shop_returns AS r"
                " WHERE r.sale_id = shop_sales.id AND r.returned_on >= ?)", (day, day))]
            counts = {"purchases": tx.execute("DELETE FROM shop_purchases WHERE received_on < ?", (day,)).rowcount,
                      "sales": len(sales), "lines": 0, "returns": 0}
            for sid in sales:
                counts["returns"] += tx.execute("DELETE FROM shop_returns WHERE sale_id = ?", (sid,)).rowcount
                counts["lines"] += tx.execute("DELETE FROM shop_sale_lines WHERE sale_id = ?", (sid,)).rowcount
                tx.execute("DELETE FROM shop_flags WHERE sale_id = ?", (sid,))
                tx.execute("DELETE FROM shop_sales WHERE id = ?", (sid,))
            tx.summary.update(before=day, **counts)
        return counts
