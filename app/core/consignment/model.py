"""What the consignment services return: plain, frozen, display-ready facts.

Personal data is masked in every view (``何*``, ``135****0000``, ``5001**********001X``): the full
values stay in the database for the services that need them (a shipment's sender phone).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Unit(enum.StrEnum):
    KG = "kg"  # stored in grams
    PIECE = "piece"


class PriceKind(enum.StrEnum):
    FLOOR = "floor"  # sell at this price per unit or above
    AGREED = "agreed"  # sell at exactly this price


class MoveKind(enum.StrEnum):
    SALE = "sale"  # sold at the counter
    SHIP = "ship"  # sold and sent as an outbound produce parcel
    SPOIL = "spoil"  # spoiled or lost (报损)
    RETURN = "return"  # given back to the farmer
    VOID = "void"  # a counter sale reversed (goods back into the lot, cash back to the buyer)


class PayoutMethod(enum.StrEnum):
    CASH = "cash"
    BANK = "bank"
    NONE = "none"  # a statement with nothing to pay is closed without money


class CertBasis(enum.StrEnum):
    """承诺依据 of the 承诺达标合格证."""

    ENTRUSTED_TEST = "entrusted_test"  # 委托检测
    SELF_TEST = "self_test"  # 自我检测
    INTERNAL_CONTROL = "internal_control"  # 内部质量控制
    SELF_PROMISE = "self_promise"  # 自我承诺


#: 承诺达标合格证 fields in print order
CERT_FIELDS = ("product", "quantity", "origin", "producer", "contact", "date", "basis")


class _View:
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (the CLI's ``--json``, tests)."""
        return asdict(self)  # type: ignore[call-overload]


def farmer_code(number: int) -> str:
    return f"F{number:04d}"


def lot_code(number: int) -> str:
    return f"L{number:06d}"


def statement_code(number: int) -> str:
    return f"S{number:06d}"


def lot_qr(number: int) -> str:
    """What the intake receipt's QR carries (the scanner types it back): the lot and nothing personal."""
    return f"YYT:LOT:{lot_code(number)}"


def statement_qr(number: int) -> str:
    return f"YYT:STM:{statement_code(number)}"


@dataclass(frozen=True)
class FarmerView(_View):
    id: str
    number: int
    code: str  # F0001
    name: str  # masked
    phone: str  # masked
    village: str
    resident_id: str  # masked, or ""
    payout_method: str
    account_tail: str
    created_at: str


@dataclass(frozen=True)
class Certificate(_View):
    """承诺达标合格证 as printed (the contact phone masked)."""

    product: str
    quantity: str
    origin: str
    producer: str
    contact: str
    date: str
    basis: str


@dataclass(frozen=True)
class LotView(_View):
    """A lot and what is left of it (derived from its movements, never stored)."""

    id: str
    number: int
    code: str  # L000001
    qr: str
    farmer_id: str
    farmer_code: str
    farmer_name: str  # masked
    farmer_phone: str  # masked
    product: str
    variety: str
    category: str
    grade: str
    unit: str
    qty: int  # grams or pieces taken in
    price_fen: int
    price_kind: str
    commission_bp: int
    return_by: str
    certificate: Certificate | None
    received_at: str
    received_by: str
    remaining: int
    sold: int  # counter sales less voids
    shipped: int
    spoiled: int
    returned: int

    @property
    def open(self) -> bool:
        return self.remaining > 0


@dataclass(frozen=True)
class MoveView(_View):
    id: str
    lot_id: str
    lot_code: str
    product: str
    unit: str
    kind: str
    qty: int  # grams or pieces, signed: negative left the lot, positive came back
    unit_price_fen: int
    gross_fen: int
    commission_bp: int
    commission_fen: int
    shipping_fen: int
    net_fen: int
    paid_via: str
    order_ref: str
    waybill: str
    voids: str | None
    reason: str
    at: str
    by: str
    statement_number: int | None = None


@dataclass(frozen=True)
class SaleResult(_View):
    """A sale (at the counter, or shipped): the line, the lot after it, and the shipment's waybill."""

    sale_id: str
    move: MoveView
    lot: LotView
    waybill: str = ""
    postage_fen: int = 0


@dataclass(frozen=True)
class PayoutView(_View):
    statement_id: str
    amount_fen: int
    method: str
    reference: str
    approved_by: str
    paid_at: str
    paid_by: str


@dataclass(frozen=True)
class StatementView(_View):
    """A farmer's statement (made once, never changed). ``gross = net + commission + shipping``;
    ``payable = max(0, net + carried_in)``, the rest carried out onto the next statement."""

    id: str | None  # None for a preview
    number: int | None
    code: str
    qr: str
    farmer: FarmerView
    lines: tuple[MoveView, ...]
    gross_fen: int
    commission_fen: int
    shipping_fen: int
    net_fen: int
    carried_in_fen: int
    payable_fen: int
    carried_out_fen: int
    created_at: str
    created_by: str
    payout: PayoutView | None = None
    quantities: dict[str, dict[str, int]] = field(default_factory=dict)  # unit → kind → total moved

    @property
    def paid(self) -> bool:
        return self.payout is not None
