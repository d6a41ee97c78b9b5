"""What the cash drawer returns: plain, frozen facts (the UI and CLI print them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Service(enum.StrEnum):
    """Which service a cash movement belongs to (the Z report groups by it)."""

    DRAWER = "drawer"  # float, float top-ups, banking, petty cash
    PAYMENTS = "payments"
    SHOP = "shop"
    CONSIGNMENT = "consignment"
    PARCELS = "parcels"


class Kind(enum.StrEnum):
    """What a movement is. The sign of its amount says which way the cash went."""

    FLOAT = "float"  # +: the float counted into the drawer when the shift opened
    CASH_IN = "cash_in"  # +: a float top-up
    CASH_OUT = "cash_out"  # -: banking, petty cash
    PAYMENT = "payment"  # +: a utility / insurance payment taken
    REFUND = "refund"  # -: a rejected payment's cash handed back
    SALE = "sale"  # +: shop or consignment sale
    SALE_RETURN = "sale_return"  # -: shop goods brought back
    PAYOUT = "payout"  # -: a consignment statement paid to the farmer
    FEE = "fee"  # +: postage of an outbound parcel


class CloseReason(enum.StrEnum):
    """Why the counted cash differs from the expected figure (needed beyond the tolerance)."""

    COUNT_ERROR = "count_error"
    CHANGE_ERROR = "change_error"
    UNRECORDED_PAYOUT = "unrecorded_payout"
    COUNTERFEIT = "counterfeit"
    OTHER = "other"


#: notes and coins a clerk counts, in fen (100, 50, 20, 10, 5, 1 yuan; 5 and 1 jiao)
DENOMINATIONS: tuple[int, ...] = (10000, 5000, 2000, 1000, 500, 100, 50, 10)


@dataclass(frozen=True)
class Movement:
    id: str
    shift_id: str
    at: str  # UTC, stored form
    username: str
    service: str
    kind: str
    amount_fen: int  # signed
    ref_entity: str
    ref_id: str
    note: str


@dataclass(frozen=True)
class ZLine:
    """One line of the Z report: a service and kind with its count and signed total."""

    service: str
    kind: str
    count: int
    total_fen: int


@dataclass(frozen=True)
class ShiftView:
    """A shift. ``expected_fen`` is None while it is open unless the reader may see it (blind close)."""

    id: str
    number: int
    username: str
    display_name: str
    status: str
    opened_at: str
    float_fen: int
    closed_at: str | None
    expected_fen: int | None
    counted_fen: int | None
    first_count_fen: int | None
    diff_fen: int | None
    reason: str
    reason_text: str
    approved_by: str
    z_hash: str
    movements: tuple[Movement, ...] = ()


@dataclass(frozen=True)
class ZReport:
    """The shift's closing report (Z). ``content_hash`` is SHA-256 over every other field, so a
    reprint can be checked against the one made at the close."""

    station_code: str
    station_name: str
    shift_id: str
    number: int
    username: str
    display_name: str
    opened_at: str
    closed_at: str
    float_fen: int
    lines: tuple[ZLine, ...]
    expected_fen: int
    counted_fen: int
    first_count_fen: int
    diff_fen: int
    reason: str
    reason_text: str
    approved_by: str
    denominations: dict[str, int] = field(default_factory=dict)
    extras: dict[str, object] = field(default_factory=dict)  # sections other services add (pending payments…)
    content_hash: str = ""


@dataclass(frozen=True)
class DayClose:
    """The day's close (日结): the shifts closed that station-local day, summed."""

    date: str
    shifts: tuple[ShiftView, ...]
    expected_fen: int
    counted_fen: int
    diff_fen: int
    lines: tuple[ZLine, ...]
    still_open: tuple[ShiftView, ...]
