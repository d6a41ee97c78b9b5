"""What the parcels services hand to screens and the CLI: statuses and display-ready records.

Every view here is safe to show at the counter: phones are masked (``138****1234``), names
shortened (``张*``), times given both as stored UTC text and as station-local text. Nothing here
reads the database; :mod:`app.core.parcels.records` builds these from rows.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Status(enum.StrEnum):
    """A parcel's one state. ``sent`` is the state of an outbound shipment (its own table)."""

    IN_STATION = "in_station"
    PICKED_UP = "picked_up"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"  # handed over at the door on a carrier round
    RETURNED = "returned"
    SENT = "sent"


#: statuses of parcels the station still holds (their pickup codes are taken)
HELD = (Status.IN_STATION, Status.OUT_FOR_DELIVERY)
#: statuses ``parcel list --status`` accepts (CLI.md's list plus ``delivered``)
LISTABLE = tuple(s.value for s in Status)


class ProduceCategory(enum.StrEnum):
    """Farm-produce categories counted for the upstream statistics (stored as these ids)."""

    CITRUS = "citrus"  # 柑橘
    HERBS = "herbs"  # 中药材
    PLUM = "plum"  # 脆李
    ZHACAI = "zhacai"  # 榨菜
    PEPPER = "pepper"  # 花椒
    OTHER = "other"


#: the names people type (Chinese or English) → category
PRODUCE_ALIASES: dict[str, ProduceCategory] = {
    "柑橘": ProduceCategory.CITRUS, "中药材": ProduceCategory.HERBS, "脆李": ProduceCategory.PLUM,
    "榨菜": ProduceCategory.ZHACAI, "花椒": ProduceCategory.PEPPER, "其他": ProduceCategory.OTHER,
    **{c.value: c for c in ProduceCategory},
}


class _View:
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (for the CLI's ``--json`` and for tests)."""
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class ParcelView(_View):
    """One inbound parcel as a screen shows it (never the full phone number)."""

    id: str
    tracking: str
    carrier: str
    carrier_known: bool
    status: str
    pickup_code: str
    shelf: str
    layer: int
    phone: str  # masked
    phone_tail: str
    name: str  # masked
    sender: str
    preadvised: bool
    checked_in_at: str  # UTC, stored form
    checked_in_local: str  # station-local "2026-06-01 09:00"
    checked_in_by: str
    days_in_station: int
    overdue: bool
    notices: int
    round_id: str | None = None
    picked_up_at: str | None = None
    picked_up_by: str | None = None
    pickup_method: str | None = None
    proxy_name: str | None = None  # masked
    proxy_phone: str | None = None  # masked
    delivered_at: str | None = None
    delivered_by: str | None = None
    returned_at: str | None = None
    return_reason: str | None = None
    address: str = ""  # masked (the carrier's round shows it whole)
    notice_status: str = ""  # the latest pickup notice: queued | sent | failed ("" = not read)

    @property
    def place(self) -> str:
        """Shelf and layer as people say it: ``A-3``."""
        return f"{self.shelf}-{self.layer}"


@dataclass(frozen=True)
class CheckinResult(_View):
    """A new parcel on the shelf. ``warnings`` holds codes (``tracking.unknown_format``) the
    screen should show beside the success (the parcel *was* checked in)."""

    parcel: ParcelView
    notice_id: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Proxy:
    """Someone collecting for the addressee (代取): name and full phone, both recorded."""

    name: str
    phone: str


@dataclass(frozen=True)
class PickupResult(_View):
    """One pickup operation (one transaction, one audit entry) of one or more parcels."""

    batch_id: str
    parcels: tuple[ParcelView, ...]
    handed_over_by: str
    proxy_name: str | None = None  # masked
    proxy_phone: str | None = None  # masked


@dataclass(frozen=True)
class RoundItemView(_View):
    parcel_id: str
    tracking: str
    pickup_code: str
    phone: str  # masked
    name: str  # masked
    outcome: str  # out | delivered | back
    added_at: str
    done_at: str | None
    done_by: str | None
    address: str = ""  # whole: the carrier delivers there (masked everywhere else)


@dataclass(frozen=True)
class RoundView(_View):
    """A carrier round with its parcels; ``unaccounted`` are still out (the round cannot close)."""

    id: str
    number: int
    carrier: str
    status: str  # open | closed
    started_at: str
    started_local: str
    started_by: str
    closed_at: str | None
    items: tuple[RoundItemView, ...] = ()

    @property
    def unaccounted(self) -> int:
        return sum(1 for i in self.items if i.outcome == "out")

    @property
    def delivered(self) -> int:
        return sum(1 for i in self.items if i.outcome == "delivered")

    @property
    def back(self) -> int:
        return sum(1 for i in self.items if i.outcome == "back")


@dataclass(frozen=True)
class RoundSheet(_View):
    """What the printed round sheet shows: one row per parcel out (codes, masked phones)."""

    round_id: str
    number: int
    carrier: str
    carrier_name: str
    station_name: str
    started_local: str
    columns: tuple[str, ...]  # ids of the row fields, in print order
    rows: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class StocktakeFinding(_View):
    tracking: str
    kind: str  # missing | unexpected
    pickup_code: str
    status: str  # the parcel's status ('unknown' for a tracking number the station never saw)


@dataclass(frozen=True)
class StocktakeView(_View):
    id: str
    shelf: str  # '' = all shelves
    status: str  # open | finished
    started_at: str
    started_by: str
    scanned: int
    finished_at: str | None = None
    expected: int | None = None
    missing: tuple[StocktakeFinding, ...] = ()
    unexpected: tuple[StocktakeFinding, ...] = ()


@dataclass(frozen=True)
class ScanResult(_View):
    """One stock-take scan: ``known`` is False for a tracking number the station never saw;
    ``duplicate`` when it was already scanned in this stock-take (nothing written then)."""

    stocktake_id: str
    tracking: str
    known: bool
    status: str
    pickup_code: str
    duplicate: bool
    scanned: int


@dataclass(frozen=True)
class Quote(_View):
    """The price of an outbound parcel under the current tariff."""

    province: str
    zone: str
    weight_g: int
    price_fen: int
    tariff_version: str


@dataclass(frozen=True)
class ShipmentView(_View):
    """An outbound parcel as shown and as printed on its label (personal data masked; the
    address is kept whole: the courier needs it)."""

    id: str
    waybill: str
    status: str
    sender_name: str  # masked
    sender_id: str  # masked resident ID
    sender_phone: str  # masked
    to_name: str  # masked
    to_phone: str  # masked
    to_address: str
    to_province: str
    zone: str
    weight_g: int
    price_fen: int
    tariff_version: str
    contents: str
    produce: bool
    produce_category: str
    accepted_at: str
    accepted_local: str
    accepted_by: str
    manifest_id: str | None
    handed_over_at: str | None

    @property
    def qr_text(self) -> str:
        """What the label's QR code carries: the waybill and nothing personal."""
        return f"YYT:{self.waybill}"


@dataclass(frozen=True)
class Manifest(_View):
    """A courier's collection run: the shipments handed over together."""

    id: str
    number: int
    courier: str
    created_at: str
    created_local: str
    created_by: str
    shipments: tuple[ShipmentView, ...] = field(default_factory=tuple)

    @property
    def weight_g(self) -> int:
        return sum(s.weight_g for s in self.shipments)

    @property
    def price_fen(self) -> int:
        return sum(s.price_fen for s in self.shipments)


@dataclass(frozen=True)
class NoticeView(_View):
    """One pickup notice the station queued and what the platform said about it."""

    id: str
    kind: str  # pickup | reminder | moved | corrected
    pickup_code: str
    created_at: str
    created_local: str
    status: str  # queued | sent | failed
    status_at: str | None
    status_local: str
    reason: str  # the platform's words for a failure (as it sent them)


@dataclass(frozen=True)
class HistoryEntry(_View):
    """One thing that happened to a parcel, oldest first in a history. ``event`` is an id
    (``checked_in``, ``notice``, ``fixed``, ``moved``, ``out_on_round``, ``back_from_round``,
    ``delivered``, ``phone_shown``, ``picked_up``, ``returned``); ``by`` the person's display
    name (their user name when they have none); ``detail`` plain values, personal data masked."""

    at: str
    at_local: str
    event: str
    by: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ParcelHistory(_View):
    parcel: ParcelView
    entries: tuple[HistoryEntry, ...]
    notices: tuple[NoticeView, ...]

    @property
    def last_notice(self) -> NoticeView | None:
        return self.notices[-1] if self.notices else None


@dataclass(frozen=True)
class SearchResult(_View):
    """Parcels found for one search text, newest first. ``kind`` says how the text was read:
    ``tracking``, ``tracking_prefix``, ``phone_tail``, ``phone``, ``code`` or ``name``;
    ``truncated`` when more parcels matched than ``limit``."""

    text: str
    kind: str
    parcels: tuple[ParcelView, ...]
    limit: int
    truncated: bool = False


@dataclass(frozen=True)
class PhoneReveal(_View):
    """The recipient's number shown to a carrier on a round (audited). ``full`` is False when the
    waybill only ever showed a masked number: then that is all the station has."""

    tracking: str
    phone: str
    full: bool
