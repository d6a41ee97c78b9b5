"""The catalogue: the platform's approved list (pulled, see :mod:`app.core.shop.streams`) and the
station's local items; finding a product by scan, id or search (name or pinyin initials)."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidInput, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.ean import check_ean13
from ..validate.text import check_text
from .base import ShopContext, get_product, view_of
from .expiry import sellable_from
from .model import Category, ProductView
from .records import PRODUCT_COLUMNS, PRODUCT_SELECT, insert_sql, product_payload, product_view, row_dict
from .regno import check_reg_no
from .search import CatalogueIndex

_STOCKED = (f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE source = 'local' OR id IN"
            " (SELECT DISTINCT product_id FROM shop_lots) ORDER BY name, id LIMIT ?")
_ALL = f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE active = 1 ORDER BY name, id LIMIT ?"
_EAN_TAKEN = "SELECT name FROM shop_products WHERE ean = ? AND active = 1 LIMIT 1"


def check_category(text: str | None) -> str:
    raw = (text or "").strip().lower()
    try:
        return Category(raw).value
    except ValueError:
        raise InvalidInput("shop.category_invalid", text=raw[:20],
                           allowed=", ".join(c.value for c in Category)) from None


def check_price(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInput("money.invalid", text=str(value))
    return value


class CatalogueService:
    def __init__(self, ctx: ShopContext) -> None:
        self.ctx = ctx
        self.index = CatalogueIndex()

    def add(self, actor: Actor, *, name: str, category: str, spec: str, unit: str, price_fen: int,
            ean: str | None = None, reg_no: str | None = None, maker: str | None = None, restricted: bool = False,
            ingredient: str | None = None, low_stock: int = 0) -> tuple[ProductView, tuple[str, ...]]:
        """Add a local item (the platform's catalogue arrives by sync). Everything is validated
        first; an unusual registration number is kept with a warning (returned). An EAN-13 an
        active product already carries is refused (``shop.ean_taken``, 5)."""
        require(actor, Perm.SHOP_STOCK)
        row = {
            "id": new_id(), "source": "local", "platform_key": None,
            "name": check_text(name, field="name", max_len=60), "category": check_category(category),
            "spec": check_text(spec, field="spec", max_len=40), "unit": check_text(unit, field="unit", max_len=10),
            "price_fen": check_price(price_fen), "ean": check_ean13(ean, field="ean") if ean else "",
            "maker": check_text(maker, field="maker", required=False, max_len=60),
            "ingredient": check_text(ingredient, field="ingredient", required=False, max_len=60),
            "restricted": 1 if restricted else 0, "banned_from": None, "active": 1,
        }
        if not isinstance(low_stock, int) or isinstance(low_stock, bool) or not 0 <= low_stock <= 100_000:
            raise InvalidInput("shop.qty_invalid", text=str(low_stock))
        row["low_stock"] = low_stock
        row["reg_no"], warnings = check_reg_no(reg_no, row["category"])
        with self.ctx.store.write(actor=actor.username, action="shop.product_add", entity="shop_product",
                                  entity_id=row["id"]) as tx:
            if row["ean"]:
                taken = tx.execute(_EAN_TAKEN, (row["ean"],)).fetchone()
                if taken is not None:
                    raise Refused("shop.ean_taken", ean=row["ean"], name=taken[0])
            row.update(created_at=tx.now_iso, created_by=actor.username, updated_at=tx.now_iso)
            tx.execute(insert_sql("shop_products", PRODUCT_COLUMNS), row)
            payload = product_payload(tuple(row[c] for c in PRODUCT_COLUMNS))
            tx.change("shop_products", row["id"], "create", payload)
            tx.summary.update(name=row["name"], category=row["category"], warnings=list(warnings))
            now = tx.now
        return product_view(payload, self.ctx.rules(), sellable_from(now),
                            default_low=self.ctx.low_stock_default()), warnings

    def get(self, actor: Actor, ref: str) -> ProductView:
        """A product by id, EAN-13 or catalogue key (``shop.product_not_found``, 4), with its stock
        and what the rules say about it today."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        return view_of(self.ctx, conn, get_product(conn, ref), self.ctx.store.clock.now())

    def search(self, actor: Actor, text: str, limit: int = 50) -> list[ProductView]:
        """Active products matching ``text`` by name, pinyin initials, EAN or registration number
        (best first), with their stock."""
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        ids = self.index.search(conn, text, limit)
        return self._views(conn, ids)

    def list(self, actor: Actor, *, search: str | None = None, everything: bool = False,
             limit: int = 500) -> list[ProductView]:
        """The shop's products (local items and those ever stocked), or with ``everything`` the
        whole active catalogue, by name; with ``search`` the search's results."""
        if search:
            return self.search(actor, search, limit)
        require(actor, Perm.SHOP_SELL)
        conn = self.ctx.store.conn
        rows = conn.execute(_ALL if everything else _STOCKED, (limit,)).fetchall()
        return self._views(conn, [r[0] for r in rows])

    def _views(self, conn, ids: list[str]) -> list[ProductView]:  # noqa: ANN001
        if not ids:
            return []
        now = self.ctx.store.clock.now()
        marks = ", ".join("?" * len(ids))
        rows = {r[0]: row_dict(PRODUCT_COLUMNS, r) for r in conn.execute(
            f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE id IN ({marks})", ids)}
        sellable = dict(conn.execute(
            f"SELECT product_id, sum(qty) FROM shop_lots WHERE product_id IN ({marks}) AND qty > 0"
            " AND recalled_at IS NULL AND expires_on >= ? GROUP BY product_id", (*ids, sellable_from(now))).fetchall())
        on_hand = dict(conn.execute(f"SELECT product_id, sum(qty) FROM shop_lots WHERE product_id IN ({marks})"
                                    " AND qty > 0 GROUP BY product_id", ids).fetchall())
        rules, day, low = self.ctx.rules(conn), sellable_from(now), self.ctx.low_stock_default()
        return [product_view(rows[i], rules, day, stock=int(sellable.get(i, 0)), on_hand=int(on_hand.get(i, 0)),
                             default_low=low) for i in ids if i in rows]


def catalogue_row(key: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """A platform catalogue record as product columns, or None when it cannot be one (no name, an
    unknown category, a bad price): such a record is kept in ``platform_records`` only."""
    try:
        name = check_text(str(data.get("name") or ""), field="name", max_len=60)
        category = check_category(str(data.get("category") or ""))
        price = data.get("price_fen", 0)
        price = check_price(price if isinstance(price, int) else -1)
        ean = str(data.get("ean") or "")
        ean = check_ean13(ean) if ean else ""
        reg_no = check_reg_no(str(data.get("reg_no") or ""), category)[0]
    except InvalidInput:
        return None
    banned = str(data.get("banned_from") or "") or None
    return {
        "platform_key": key, "name": name, "category": category, "spec": str(data.get("spec") or "")[:40],
        "unit": str(data.get("unit") or "")[:10] or "-", "price_fen": price, "ean": ean, "reg_no": reg_no,
        "maker": str(data.get("maker") or "")[:60], "ingredient": str(data.get("ingredient") or "")[:60],
        "restricted": 1 if data.get("restricted") else 0,
        "banned_from": banned if banned and len(banned) == 10 else None,
    }
