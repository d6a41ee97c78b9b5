"""Rows ↔ change-record payloads ↔ views for the shop, in one place.

Outbox entities: ``shop_products`` (local items only: the platform's catalogue is the platform's),
``shop_lots``, ``shop_purchases`` (the §26 rows), ``shop_sales`` (with their lines and per-lot
allocations: the §27 rows), ``shop_returns``, ``shop_adjustments``, ``shop_recalls``, ``shop_flags``.
A sale's payload carries the buyer's resident ID only masked and as the station-keyed hash.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..documents import mask_address, mask_name
from ..validate.phone import mask_phone
from .expiry import days_left, lot_state
from .model import Buyer, LotView, ProductView
from .rules import RuleBook

PRODUCT_COLUMNS: tuple[str, ...] = (
    "id", "source", "platform_key", "name", "category", "spec", "unit", "price_fen", "ean", "reg_no", "maker",
    "ingredient", "restricted", "banned_from", "active", "low_stock", "created_at", "created_by", "updated_at",
)
PRODUCT_SELECT = ", ".join(PRODUCT_COLUMNS)
LOT_COLUMNS: tuple[str, ...] = (
    "id", "product_id", "lot_no", "produced_on", "expires_on", "qty", "qty_in", "first_in_at", "recalled_at",
    "recall_id", "updated_at",
)
LOT_SELECT = ", ".join(LOT_COLUMNS)
PURCHASE_COLUMNS: tuple[str, ...] = (
    "id", "number", "lot_id", "product_id", "received_at", "received_on", "clerk", "product_name", "category",
    "reg_no", "spec", "unit", "maker", "lot_no", "produced_on", "expires_on", "qty", "unit_cost_fen", "amount_fen",
    "supplier_name", "supplier_phone", "label_code",
)
SALE_COLUMNS: tuple[str, ...] = (
    "id", "number", "sold_at", "sold_on", "clerk", "total_fen", "restricted", "buyer_name", "buyer_id_masked",
    "buyer_id_hash", "buyer_phone", "buyer_address", "crop", "safety_reminded",
)
LINE_COLUMNS: tuple[str, ...] = (
    "id", "sale_id", "line_no", "product_id", "qty", "returned", "unit_price_fen", "amount_fen", "name", "category",
    "spec", "unit", "reg_no", "maker", "restricted", "sold_on", "sold_at",
)
_BOOLS = frozenset({"restricted", "active", "safety_reminded"})


def row_dict(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    out = dict(zip(columns, row, strict=True))
    for key in _BOOLS.intersection(out):
        out[key] = bool(out[key])
    return out


@cache
def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"


def product_payload(row: Sequence[Any]) -> dict[str, Any]:
    return row_dict(PRODUCT_COLUMNS, row)


def lot_payload(row: Sequence[Any]) -> dict[str, Any]:
    """A lot's change record: identity, dates, units stocked in and the recall — not the on-hand
    count, which the platform derives from the sales, returns and adjustments it receives."""
    d = row_dict(LOT_COLUMNS, row)
    d.pop("qty")
    return d


def product_view(p: dict[str, Any], rules: RuleBook, day: str, *, stock: int = 0, on_hand: int = 0,
                 default_low: int = 0) -> ProductView:
    v = rules.verdict(name=p["name"], ingredient=p["ingredient"], restricted_flag=bool(p["restricted"]),
                      banned_from=p["banned_from"], day=day)
    return ProductView(
        id=p["id"], source=p["source"], name=p["name"], category=p["category"], spec=p["spec"], unit=p["unit"],
        price_fen=p["price_fen"], ean=p["ean"], reg_no=p["reg_no"], maker=p["maker"], ingredient=p["ingredient"],
        restricted=v.restricted, banned_from=v.banned_from, banned=v.banned, active=bool(p["active"]), stock=stock,
        on_hand=on_hand, low_stock=p["low_stock"] or default_low, reasons=v.reasons)


def lot_view(row: sqlite3.Row | Sequence[Any], now: _dt.datetime, product_name: str = "", unit: str = "",
             near_days: int = 30) -> LotView:
    d = row_dict(LOT_COLUMNS, row[:len(LOT_COLUMNS)])
    return LotView(d["id"], d["product_id"], product_name, d["lot_no"], d["produced_on"], d["expires_on"], d["qty"],
                   d["qty_in"], lot_state(d["expires_on"], d["qty"], d["recalled_at"] is not None, now,
                                          near_days).value,
                   days_left(d["expires_on"], now), d["recalled_at"], unit)


def buyer_view(name: str, id_masked: str, phone: str, address: str, crop: str) -> Buyer:
    """The buyer as every output shows them: name shortened, phone and address masked."""
    return Buyer(mask_name(name), id_masked, mask_phone(phone), mask_address(address), crop)
