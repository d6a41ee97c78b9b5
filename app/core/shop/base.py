"""What every shop service shares: the store, settings, the station's identity and key, and the
few statements that find a product or a lot, number a record, or read the rules in force."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..db.store import Store, WriteTx
from ..errors import InvalidInput, NotFound
from ..settings import SettingsService
from ..validate.text import check_text
from . import settings as shop_settings
from .expiry import sellable_from
from .model import ProductView
from .records import LOT_COLUMNS, LOT_SELECT, PRODUCT_COLUMNS, PRODUCT_SELECT, product_view, row_dict
from .rules import RuleBook, load_rules

_BY_ID = f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE id = ?"
# an EAN names the active product first, the platform's before a local copy, then the newest
_BY_EAN = (f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE ean = ? ORDER BY active DESC,"
           " source = 'platform' DESC, created_at DESC LIMIT 1")
_BY_KEY = f"SELECT {PRODUCT_SELECT} FROM shop_products WHERE platform_key = ?"
_LOT = f"SELECT {LOT_SELECT} FROM shop_lots WHERE product_id = ? AND lot_no = ?"
_SELLABLE = ("SELECT coalesce(sum(qty), 0) FROM shop_lots WHERE product_id = ? AND qty > 0 AND recalled_at IS NULL"
             " AND expires_on >= ?")
_ON_HAND = "SELECT coalesce(sum(qty), 0) FROM shop_lots WHERE product_id = ? AND qty > 0"


@dataclass
class ShopContext:
    store: Store
    settings: SettingsService
    station_code: str
    station_name: str
    secret_key: Callable[..., bytes]  # the station's key for keyed hashes (read when first needed)

    def rules(self, conn: sqlite3.Connection | None = None) -> RuleBook:
        return load_rules(conn or self.store.conn)

    def low_stock_default(self) -> int:
        return int(self.settings.get(shop_settings.LOW_STOCK))

    def near_days(self) -> int:
        return int(self.settings.get(shop_settings.NEAR_EXPIRY))


def next_number(tx: WriteTx, name: str) -> int:
    """The next number of a counter (sale, purchase, return, recall), inside the write: gap-free."""
    return int(tx.execute("UPDATE shop_counters SET value = value + 1 WHERE name = ? RETURNING value",
                          (name,)).fetchone()[0])


def find_product(conn: sqlite3.Connection, ref: str) -> dict[str, Any] | None:
    """A product by id, EAN-13 or platform catalogue key (as typed or scanned)."""
    raw = (ref or "").strip()
    if not raw:
        return None
    sql = _BY_EAN if (len(raw) == 13 and raw.isascii() and raw.isdigit()) else _BY_ID
    row = conn.execute(sql, (raw,)).fetchone() or conn.execute(_BY_KEY, (raw,)).fetchone()
    return None if row is None else row_dict(PRODUCT_COLUMNS, row)


def get_product(conn: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """``shop.product_not_found`` (4) unless ``ref`` names a product."""
    p = find_product(conn, ref)
    if p is None:
        raise NotFound("shop.product_not_found", product=(ref or "").strip()[:40])
    return p


def get_lot(conn: sqlite3.Connection, product_id: str, lot_no: str) -> dict[str, Any]:
    row = conn.execute(_LOT, (product_id, lot_no)).fetchone()
    if row is None:
        raise NotFound("shop.lot_not_found", lot=lot_no)
    return row_dict(LOT_COLUMNS, row)


def check_lot_no(text: str | None) -> str:
    """A lot (batch) number as printed: 1–32 characters, no spaces inside (``shop.lot_invalid``)."""
    raw = check_text(text, field="lot", max_len=32)
    if any(ch.isspace() for ch in raw):
        raise InvalidInput("shop.lot_invalid", text=raw)
    return raw


def stock_of(conn: sqlite3.Connection, product_id: str, now: _dt.datetime) -> tuple[int, int]:
    """(sellable units today, every unit on hand) of one product."""
    return (int(conn.execute(_SELLABLE, (product_id, sellable_from(now))).fetchone()[0]),
            int(conn.execute(_ON_HAND, (product_id,)).fetchone()[0]))


def view_of(ctx: ShopContext, conn: sqlite3.Connection, p: dict[str, Any], now: _dt.datetime,
            rules: RuleBook | None = None) -> ProductView:
    stock, on_hand = stock_of(conn, p["id"], now)
    return product_view(p, rules or ctx.rules(conn), sellable_from(now), stock=stock, on_hand=on_hand,
                        default_low=ctx.low_stock_default())
