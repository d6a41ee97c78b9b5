"""Rows ↔ change-record payloads ↔ display views, in one place.

Change records (outbox entities ``consign_farmers``, ``consign_lots``, ``consign_moves``,
``consign_statements``, ``consign_payouts``) carry each record's full state, except a farmer's
personal data: the platform gets the farmer's name and phone masked and the resident ID as the
station does (masked + keyed hash) — its figures need the farmer's id, not who they are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..documents import mask_name
from ..sealing import opened
from ..validate.phone import mask_phone
from .model import (
    Certificate,
    FarmerView,
    LotView,
    MoveKind,
    MoveView,
    PayoutView,
    farmer_code,
    lot_code,
    lot_qr,
)

FARMER_COLUMNS = ("id", "number", "name", "phone", "phone_tail", "village", "id_masked", "id_hash", "payout_method",
                  "account_tail", "created_at", "created_by")
LOT_COLUMNS = ("id", "number", "farmer_id", "product", "variety", "category", "grade", "unit", "qty", "price_fen",
               "price_kind", "commission_bp", "return_by", "cert", "received_at", "received_by")
MOVE_COLUMNS = ("id", "lot_id", "farmer_id", "kind", "qty_delta", "unit_price_fen", "gross_fen", "commission_bp",
                "commission_fen", "shipping_fen", "paid_via", "order_ref", "shipment_id", "voids", "reason", "at", "by")
STATEMENT_COLUMNS = ("id", "number", "farmer_id", "lines", "gross_fen", "commission_fen", "shipping_fen", "net_fen",
                     "carried_in_fen", "payable_fen", "carried_out_fen", "previous_id", "created_at", "created_by")
PAYOUT_COLUMNS = ("statement_id", "farmer_id", "amount_fen", "method", "reference", "cash_movement_id", "approved_by",
                  "paid_at", "paid_by")


def select(columns: Sequence[str], alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + c for c in columns)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({select(columns)}) VALUES ({', '.join(':' + c for c in columns)})"


def as_dict(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    return dict(zip(columns, tuple(row)[:len(columns)], strict=True))


# -- farmers -------------------------------------------------------------------------------------
#: personal columns opened (app.core.sealing); a full phone is found by its tail, then compared opened
FARMER_SELECT = f"SELECT {opened(FARMER_COLUMNS, 'consign_farmers')} FROM consign_farmers"


def farmer_payload(row: dict[str, Any]) -> dict[str, Any]:
    """What the platform learns about a farmer: masked name and phone, never the numbers in clear."""
    out = {k: v for k, v in row.items() if k not in ("name", "phone")}
    out.update(name=mask_name(row["name"]), phone=mask_phone(row["phone"]))
    return out


def farmer_view(row: dict[str, Any] | sqlite3.Row) -> FarmerView:
    r = dict(row) if not isinstance(row, dict) else row
    return FarmerView(r["id"], r["number"], farmer_code(r["number"]), mask_name(r["name"]), mask_phone(r["phone"]),
                      r["village"], r["id_masked"], r["payout_method"], r["account_tail"], r["created_at"])


# -- lots ------------------------------------------------------------------------------------------
_SOLD = "coalesce(sum(CASE WHEN m.kind IN ('sale', 'void') THEN -m.qty_delta END), 0)"
_OF = "coalesce(sum(CASE WHEN m.kind = '{kind}' THEN -m.qty_delta END), 0)"
LOT_SELECT = (
    f"SELECT {opened(LOT_COLUMNS, 'consign_lots', 'l')}, f.number, yyt_open(f.name), yyt_open(f.phone),"
    " l.qty + coalesce(sum(m.qty_delta), 0),"
    f" {_SOLD}, {_OF.format(kind='ship')}, {_OF.format(kind='spoil')}, {_OF.format(kind='return')}"
    " FROM consign_lots l JOIN consign_farmers f ON f.id = l.farmer_id"
    " LEFT JOIN consign_moves m ON m.lot_id = l.id"
)
LOT_GROUP = " GROUP BY l.id"


def lot_payload(row: dict[str, Any]) -> dict[str, Any]:
    """A lot's change record: the row, its certificate as data (producer and contact masked)."""
    out = dict(row)
    out["cert"] = _cert_data(row["cert"])
    return out


def _cert_data(text: str) -> dict[str, str] | None:
    if not text:
        return None
    data = json.loads(text)
    data["contact"] = mask_phone(data.get("contact", ""))
    data["producer"] = mask_name(data.get("producer", ""))  # a person's name: masked like every other
    return data


def lot_view(row: Sequence[Any]) -> LotView:
    """A lot from a row selected with :data:`LOT_SELECT` … :data:`LOT_GROUP`."""
    r = as_dict(LOT_COLUMNS, row)
    f_number, f_name, f_phone, remaining, sold, shipped, spoiled, returned = tuple(row)[len(LOT_COLUMNS):]
    cert = _cert_data(r["cert"])
    return LotView(
        r["id"], r["number"], lot_code(r["number"]), lot_qr(r["number"]), r["farmer_id"], farmer_code(f_number),
        mask_name(f_name), mask_phone(f_phone), r["product"], r["variety"], r["category"], r["grade"], r["unit"],
        r["qty"], r["price_fen"], r["price_kind"], r["commission_bp"], r["return_by"],
        Certificate(**cert) if cert else None, r["received_at"], r["received_by"], int(remaining), int(sold),
        int(shipped), int(spoiled), int(returned))


# -- movements -------------------------------------------------------------------------------------
MOVE_SELECT = (
    f"SELECT {select(MOVE_COLUMNS, 'm')}, l.number, l.product, l.unit,"
    " (SELECT waybill FROM shipments s WHERE s.id = m.shipment_id),"
    " (SELECT st.number FROM consign_statement_lines sl JOIN consign_statements st ON st.id = sl.statement_id"
    "  WHERE sl.move_id = m.id)"
    " FROM consign_moves m JOIN consign_lots l ON l.id = m.lot_id"
)


def move_view(row: Sequence[Any]) -> MoveView:
    r = as_dict(MOVE_COLUMNS, row)
    number, product, unit, waybill, statement = tuple(row)[len(MOVE_COLUMNS):]
    return MoveView(
        r["id"], r["lot_id"], lot_code(number), product, unit, r["kind"], r["qty_delta"], r["unit_price_fen"],
        r["gross_fen"], r["commission_bp"], r["commission_fen"], r["shipping_fen"],
        r["gross_fen"] - r["commission_fen"] - r["shipping_fen"], r["paid_via"], r["order_ref"], waybill or "",
        r["voids"], r["reason"], r["at"], r["by"], statement)


def moved_quantities(lines: Sequence[MoveView]) -> dict[str, dict[str, int]]:
    """Per unit, how much each kind of movement moved (sales less voids as ``sale``), as sizes."""
    out: dict[str, dict[str, int]] = {}
    for line in lines:
        kind = MoveKind.SALE.value if line.kind == MoveKind.VOID else line.kind
        per = out.setdefault(line.unit, {})
        per[kind] = per.get(kind, 0) - line.qty
    return out


# -- payouts ---------------------------------------------------------------------------------------
def payout_view(row: dict[str, Any] | None) -> PayoutView | None:
    if row is None:
        return None
    return PayoutView(row["statement_id"], row["amount_fen"], row["method"], row["reference"], row["approved_by"],
                      row["paid_at"], row["paid_by"])
