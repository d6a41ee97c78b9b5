"""What the shop services return: plain, frozen facts (the UI and the CLI print them).

Personal data in these views is already masked (names ``张*``, phones ``138****1234``, resident IDs
``5001**********1234``, addresses cut after the township); the full phone of a buyer leaves the
core only through :meth:`app.core.shop.recall.RecallService.reveal_phone`, which is audited.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Category(enum.StrEnum):
    SEED = "seed"
    FERTILISER = "fertiliser"
    PESTICIDE = "pesticide"
    FEED = "feed"
    TOOL = "tool"
    OTHER = "other"


class LotState(enum.StrEnum):
    """How a lot stands today (one rule: :mod:`app.core.shop.expiry`)."""

    SELLABLE = "sellable"
    NEAR_EXPIRY = "near_expiry"  # sellable, expiring within the warning window
    EXPIRED = "expired"
    RECALLED = "recalled"
    EMPTY = "empty"


@dataclass(frozen=True)
class ProductView:
    id: str
    source: str  # platform | local
    name: str
    category: str
    spec: str
    unit: str
    price_fen: int
    ean: str
    reg_no: str
    maker: str
    ingredient: str
    restricted: bool  # the catalogue's flag or a restricted ingredient in force today
    banned_from: str | None  # the earliest date from which it may not be sold, if any
    banned: bool  # banned today
    active: bool
    stock: int = 0  # sellable units today (not expired, not recalled)
    on_hand: int = 0  # every unit in the shop, sellable or not
    low_stock: int = 0  # the threshold that applies (the product's or the station's)
    reasons: tuple[str, ...] = ()  # rule keys that make it restricted or banned


@dataclass(frozen=True)
class LotView:
    id: str
    product_id: str
    product_name: str
    lot_no: str
    produced_on: str
    expires_on: str
    qty: int
    qty_in: int
    state: str  # LotState
    days_left: int  # days until the expiry date (0 on the day, negative once expired)
    recalled_at: str | None
    unit: str = ""


@dataclass(frozen=True)
class StockView:
    """A product's stock: sellable units and every lot still holding any (FEFO order)."""

    product: ProductView
    qty: int
    on_hand: int
    lots: tuple[LotView, ...]


@dataclass(frozen=True)
class Allocation:
    lot_id: str
    lot_no: str
    expires_on: str
    qty: int


@dataclass(frozen=True)
class SaleLineView:
    id: str
    line_no: int
    product_id: str
    name: str
    spec: str
    unit: str
    qty: int
    returned: int
    unit_price_fen: int
    amount_fen: int
    restricted: bool
    lots: tuple[Allocation, ...]


@dataclass(frozen=True)
class Buyer:
    """A buyer as any output shows them (masked)."""

    name: str
    resident_id: str
    phone: str
    address: str
    crop: str

    @property
    def known(self) -> bool:
        return bool(self.name or self.phone)


@dataclass(frozen=True)
class SaleView:
    id: str
    number: int
    sold_at: str
    clerk: str
    total_fen: int
    returned_fen: int
    restricted: bool
    buyer: Buyer
    lines: tuple[SaleLineView, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReturnView:
    id: str
    number: int
    sale_id: str
    sale_number: int
    total_fen: int
    lines: tuple[dict, ...]  # {product_id, name, lot_id, lot_no, qty, amount_fen}


@dataclass(frozen=True)
class PurchaseView:
    """A stock-in: its §26 ledger row and the lot it went into."""

    id: str
    number: int
    lot: LotView
    qty: int
    unit_cost_fen: int
    amount_fen: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecallBuyer:
    """One sale from a recalled lot: who bought how much, masked (``sale_id`` lets the clerk ask
    for the phone to call, audited)."""

    sale_id: str
    sale_number: int
    sold_at: str
    lot_no: str
    qty: int  # sold from this lot, less what came back
    buyer: Buyer


@dataclass(frozen=True)
class RecallView:
    id: str
    number: int
    lot_id: str
    lot_no: str
    product_id: str
    product_name: str
    reason: str
    at: str
    by_user: str
    on_hand: int  # units of the lot still in the shop (to send back)
    buyers: tuple[RecallBuyer, ...]
    already: bool = False  # the lot had been recalled before: nothing new was written


@dataclass(frozen=True)
class FlagView:
    id: str
    sale_id: str
    sale_number: int
    sold_on: str
    product_id: str
    product_name: str
    qty: int
    rule_key: str
    effective_from: str
    found_at: str
    acknowledged: bool
    note: str = ""


@dataclass(frozen=True)
class LedgerRow:
    """One statutory ledger row as exported (personal data already masked)."""

    values: dict = field(default_factory=dict)
