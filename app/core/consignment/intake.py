"""Intake (收货): a farmer's produce taken in as a lot, and reading lots back.

A lot records product and variety, grade, unit (kg, stored as grams; or pieces), quantity, the
floor or agreed price per unit, the commission rate (the station's default ``consign.commission_bp``
unless given), the date by which what is left goes back to the farmer (default: intake day +
``consign.return_days``) and, optionally, the fields of the 承诺达标合格证. The lot never changes
afterwards; what is left of it is derived from its movements. Consigned produce belongs to the
farmer: it is kept in these tables only, never in the shop's stock, and taking it in moves no cash.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..clock import local_date
from ..db.codec import canonical_json
from ..errors import InvalidInput
from ..ids import new_id
from ..money import MAX_FEN
from ..parcels.model import PRODUCE_ALIASES, ProduceCategory
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.dates import check_date
from ..validate.phone import check_phone
from ..validate.text import check_name, check_text
from .amounts import FULL_BP, format_qty, parse_qty
from .base import ConsignContext, farmer_row, lot_row, next_number
from .model import CERT_FIELDS, CertBasis, LotView, MoveView, PriceKind, Unit, lot_code
from .records import (
    LOT_COLUMNS,
    LOT_GROUP,
    LOT_SELECT,
    MOVE_SELECT,
    insert_sql,
    lot_payload,
    lot_view,
    move_view,
)

LIST_LIMIT = 200
#: words inside a product name that say its upstream category (besides the category names themselves)
_CATEGORY_WORDS = (("橙", ProduceCategory.CITRUS), ("柚", ProduceCategory.CITRUS), ("橘", ProduceCategory.CITRUS),
                   ("桔", ProduceCategory.CITRUS), ("柑", ProduceCategory.CITRUS), ("李", ProduceCategory.PLUM))


def produce_category(product: str, explicit: str | None = None) -> ProduceCategory:
    """The upstream statistics category of a product: the one given (``柑橘``/``citrus`` …,
    ``consign.category_invalid`` 3), else the first category named inside the product's name
    (``巫山脆李`` → plum, ``青花椒`` → pepper, ``血橙`` → citrus), else ``other``."""
    raw = (explicit or "").strip()
    if raw:
        category = PRODUCE_ALIASES.get(raw.lower()) or PRODUCE_ALIASES.get(raw)
        if category is None:
            raise InvalidInput("consign.category_invalid", text=raw[:20])
        return category
    for word, category in PRODUCE_ALIASES.items():
        if not word.isascii() and word in product:
            return category
    for word, category in _CATEGORY_WORDS:
        if word in product:
            return category
    return ProduceCategory.OTHER


def check_certificate(cert: dict[str, Any] | None, *, product: str, quantity: str, today: _dt.date) -> str:
    """The 承诺达标合格证 as canonical JSON ('' when none is given). Product and quantity default to
    the lot's, the date to today; origin, producer and the promise basis are required
    (``consign.cert_incomplete`` 3, ``consign.cert_basis_invalid`` 3); the contact is a phone."""
    if not cert or not any(str(v or "").strip() for v in cert.values()):
        return ""
    unknown = set(cert) - set(CERT_FIELDS)
    if unknown:
        raise ValueError(f"unknown certificate fields {sorted(unknown)}")
    out = {
        "product": check_text(cert.get("product") or product, field="cert_product", max_len=40),
        "quantity": check_text(cert.get("quantity") or quantity, field="cert_quantity", max_len=40),
        "origin": check_text(cert.get("origin"), field="cert_origin", required=False, max_len=60),
        "producer": check_name(cert.get("producer"), field="cert_producer", required=False, max_len=60),
        "contact": "",
        "date": check_date(cert.get("date") or today.isoformat(), field="cert_date").isoformat(),
        "basis": str(cert.get("basis") or "").strip(),
    }
    for key in ("origin", "producer", "basis"):
        if not out[key]:
            raise InvalidInput("consign.cert_incomplete", missing=key)
    if out["basis"] not in tuple(CertBasis):
        raise InvalidInput("consign.cert_basis_invalid", text=out["basis"][:30])
    if str(cert.get("contact") or "").strip():
        out["contact"] = check_phone(cert["contact"], allow_masked=False, field="cert_contact").value
    return canonical_json(out)


class IntakeService:
    def __init__(self, ctx: ConsignContext) -> None:
        self.ctx = ctx

    def take_in(self, actor: Actor, farmer: str, *, product: str, grade: str, unit: str, qty: str | int,
                price_fen: int, price_kind: str = PriceKind.FLOOR, commission_bp: int | None = None,
                variety: str = "", category: str | None = None, return_by: str | _dt.date | None = None,
                cert: dict[str, Any] | None = None) -> LotView:
        """Take a farmer's produce in as a new lot (one write: the lot, its change record, one
        audit entry; no cash). Everything is validated first: unit ``kg``/``piece``
        (``consign.unit_invalid``), quantity (``consign.qty_invalid``), a price above zero
        (``money.invalid``/``money.zero``), a rate of 0–100 % (``consign.commission_invalid``), a
        return date not before today (``consign.return_by_past``), the certificate."""
        require(actor, Perm.CONSIGNMENT)
        try:
            u = Unit((unit or "").strip().lower())
        except ValueError:
            raise InvalidInput("consign.unit_invalid", text=(unit or "")[:20]) from None
        amount = parse_qty(qty, u)
        name = check_text(product, field="product", max_len=40)
        kind = self._price_kind(price_kind)
        if not isinstance(price_fen, int) or isinstance(price_fen, bool) or not 0 < price_fen <= MAX_FEN:
            raise InvalidInput("money.zero" if price_fen == 0 else "money.invalid", text=str(price_fen))
        bp = self.ctx.settings.get("consign.commission_bp") if commission_bp is None else commission_bp
        if not isinstance(bp, int) or isinstance(bp, bool) or not 0 <= bp <= FULL_BP:
            raise InvalidInput("consign.commission_invalid", text=str(bp))
        today = local_date(self.ctx.store.clock.now())
        due = self._return_by(return_by, today)
        row = {
            "id": new_id(), "farmer_id": "", "product": name,
            "variety": check_text(variety, field="variety", required=False, max_len=40),
            "category": produce_category(name, category).value,
            "grade": check_text(grade, field="grade", max_len=20), "unit": u.value, "qty": amount,
            "price_fen": price_fen, "price_kind": kind, "commission_bp": bp, "return_by": due.isoformat(),
            "cert": check_certificate(cert, product=name, quantity=f"{format_qty(amount, u)} {u.value}", today=today),
        }
        with self.ctx.store.write(actor=actor.username, action="consign.intake", entity="consign_lot",
                                  entity_id=row["id"]) as tx:
            farmer = farmer_row(tx.conn, farmer)
            row.update(farmer_id=farmer["id"], number=next_number(tx.conn, "consign_lots"), received_at=tx.now_iso,
                       received_by=actor.username)
            tx.execute(insert_sql("consign_lots", LOT_COLUMNS), tx.cipher().seal_row("consign_lots", row))
            tx.change("consign_lots", row["id"], "create", lot_payload({c: row[c] for c in LOT_COLUMNS}))
            tx.summary.update(lot=lot_code(row["number"]), farmer_id=farmer["id"], product=name, unit=u.value,
                              qty=amount, price_fen=price_fen, commission_bp=bp)
        return self._one(row["id"])

    @staticmethod
    def _price_kind(text: str | None) -> str:
        try:
            return PriceKind((text or PriceKind.FLOOR).strip().lower()).value
        except ValueError:
            raise InvalidInput("consign.price_kind_invalid", text=str(text)[:20]) from None

    def _return_by(self, value: str | _dt.date | None, today: _dt.date) -> _dt.date:
        if value is None or (isinstance(value, str) and not value.strip()):
            return today + _dt.timedelta(days=self.ctx.settings.get("consign.return_days"))
        due = value if isinstance(value, _dt.date) else check_date(value, field="return_by")
        if due < today:
            raise InvalidInput("consign.return_by_past", date=due.isoformat())
        return due

    # -- reading ---------------------------------------------------------------------------------
    def _one(self, lot_id: str) -> LotView:
        return lot_view(self.ctx.store.query_one(f"{LOT_SELECT} WHERE l.id = ?{LOT_GROUP}", (lot_id,)))

    def get(self, actor: Actor, ref: str) -> LotView:
        """One lot with what is left of it, by id, code (``L000012``/``12``) or the receipt's QR text
        (``consign.lot_not_found`` 4)."""
        require(actor, Perm.CONSIGN_READ)
        return self._one(lot_row(self.ctx.store.conn, ref)["id"])

    def moves(self, actor: Actor, ref: str) -> list[MoveView]:
        """Every movement of a lot, oldest first (with the statement each is on, if any)."""
        require(actor, Perm.CONSIGN_READ)
        lot = lot_row(self.ctx.store.conn, ref)
        return [move_view(r) for r in self.ctx.store.query(f"{MOVE_SELECT} WHERE m.lot_id = ? ORDER BY m.at, m.id",
                                                           (lot["id"],))]

    def list(self, actor: Actor, *, farmer: str | None = None, open_only: bool = False,
             limit: int = LIST_LIMIT) -> list[LotView]:
        """Lots, newest first: one farmer's (``farmer``: any farmer reference) or everyone's;
        ``open_only``: only those with something left."""
        require(actor, Perm.CONSIGN_READ)
        conn = self.ctx.store.conn
        where, params = "", []
        if farmer:
            where, params = " WHERE l.farmer_id = ?", [farmer_row(conn, farmer)["id"]]
        having = " HAVING l.qty + coalesce(sum(m.qty_delta), 0) > 0" if open_only else ""
        rows = conn.execute(f"{LOT_SELECT}{where}{LOT_GROUP}{having} ORDER BY l.number DESC LIMIT ?",
                            (*params, max(1, min(limit, 10_000)))).fetchall()
        return [lot_view(r) for r in rows]

    def due(self, actor: Actor, *, within_days: int = 2) -> list[LotView]:
        """Lots with something left whose return date is at most ``within_days`` away (or past),
        soonest first."""
        require(actor, Perm.CONSIGN_READ)
        return due_lots(self.ctx.store.conn, local_date(self.ctx.store.clock.now()), within_days)


#: lots whose return date passed longer ago than this are left out of the deadline list (and the alert)
DUE_LOOKBACK_DAYS = 90


def due_lots(conn, today: _dt.date, within_days: int) -> list[LotView]:  # noqa: ANN001 - sqlite3.Connection
    """Lots with something left and a return date from ``DUE_LOOKBACK_DAYS`` ago to ``within_days``
    ahead, soonest first — a range on the ``return_by`` index, so it costs the same after years."""
    lo = (today - _dt.timedelta(days=DUE_LOOKBACK_DAYS)).isoformat()
    hi = (today + _dt.timedelta(days=within_days)).isoformat()
    rows = conn.execute(f"{LOT_SELECT} WHERE l.return_by BETWEEN ? AND ?{LOT_GROUP}"
                        " HAVING l.qty + coalesce(sum(m.qty_delta), 0) > 0 ORDER BY l.return_by, l.number",
                        (lo, hi)).fetchall()
    return [lot_view(r) for r in rows]
