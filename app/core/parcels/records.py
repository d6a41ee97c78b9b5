"""Rows ↔ change-record payloads ↔ display views, in one place.

The change record of a parcel (outbox entity ``parcels``) is the full row as stored, every
column in :data:`PARCEL_COLUMNS`; the views mask personal data. Writers fetch the row they changed
with ``RETURNING`` these columns, so a payload is always the state actually committed.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from ..clock import iso_utc, local_text, parse_utc
from ..db.store import WriteTx
from ..sealing import opened
from ..validate.phone import mask_phone
from .model import ParcelView, RoundItemView, RoundView, ShipmentView, Status

PARCEL_COLUMNS: tuple[str, ...] = (
    "id", "tracking", "carrier", "carrier_known", "phone", "phone_tail", "name", "sender", "preadvised",
    "shelf", "layer", "pickup_code", "code_day", "status", "checked_in_at", "checked_in_by", "notified_at",
    "notices", "round_id", "picked_up_at", "picked_up_by", "pickup_method", "pickup_batch", "proxy_name",
    "proxy_phone", "delivered_at", "delivered_by", "returned_at", "returned_by", "return_reason", "updated_at",
    "address",
)
#: the columns as a SELECT (or RETURNING) list: personal ones opened (app.core.sealing)
PARCEL_SELECT = opened(PARCEL_COLUMNS, "parcels")
#: a row dict through :func:`seal_parcel` (its personal values sealed, ``name_hash`` added)
PARCEL_INSERT = (
    f"INSERT INTO parcels ({', '.join(PARCEL_COLUMNS)}, name_hash)"
    f" VALUES ({', '.join(':' + c for c in PARCEL_COLUMNS)}, :name_hash)"
)

SHIPMENT_COLUMNS: tuple[str, ...] = (
    "id", "waybill", "status", "sender_name", "sender_id_masked", "sender_id_hash", "sender_phone", "to_name",
    "to_phone", "to_address", "to_province", "zone", "weight_g", "price_fen", "tariff_version", "contents",
    "prohibited_confirmed", "produce", "produce_category", "accepted_at", "accepted_by", "manifest_id",
    "handed_over_at", "updated_at",
)
SHIPMENT_SELECT = opened(SHIPMENT_COLUMNS, "shipments")

_BOOL_COLUMNS = frozenset({"carrier_known", "preadvised", "prohibited_confirmed", "produce"})


def seal_parcel(tx: WriteTx, values: dict[str, Any]) -> dict[str, Any]:
    """Parcel column values as stored: personal ones sealed, and with a ``name`` the keyed
    ``name_hash`` the search by name compares."""
    out = tx.cipher().seal_row("parcels", values)
    if "name" in values:
        out["name_hash"] = tx.lookup(values["name"])
    return out


def row_dict(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    """A row as a dict (flags as booleans): the payload of its change record."""
    out = dict(zip(columns, row, strict=True))
    for key in _BOOL_COLUMNS.intersection(out):
        out[key] = bool(out[key])
    return out


def parcel_payload(row: Sequence[Any]) -> dict[str, Any]:
    """The ``parcels`` change-record payload for a row selected with :data:`PARCEL_SELECT`."""
    return row_dict(PARCEL_COLUMNS, row)


def shipment_payload(row: Sequence[Any]) -> dict[str, Any]:
    """The ``shipments`` payload: the stored row. It carries the resident ID only masked and as
    the station-keyed hash — the number itself is never stored."""
    return row_dict(SHIPMENT_COLUMNS, row)


def mask_name(name: str | None) -> str:
    """``张三`` → ``张*``; ``欧阳娜娜`` → ``欧***``; an already masked name stays as it is."""
    text = (name or "").strip()
    if not text or "*" in text:
        return text
    return text[0] + "*" * max(1, len(text) - 1)


def mask_address(address: str | None) -> str:
    """An address as screens other than the carrier's round show it: the first half (at most 10
    characters: village and group), the rest as ``**`` — ``龙凤村三组12号`` → ``龙凤村三**``."""
    text = (address or "").strip()
    if not text:
        return ""
    keep = min(10, (len(text) + 1) // 2)
    return text[:keep] + "**"


def _naive_utc(iso: str) -> _dt.datetime:
    # The stored form is always "YYYY-MM-DDTHH:MM:SS.mmmZ" (app.core.clock.iso_utc); reading the
    # first 19 characters is several times faster than a general ISO parse, and views are built
    # for every row of every list.
    return _dt.datetime.fromisoformat(iso[:19]) if iso[19:20] in (".", "Z", "") else parse_utc(iso).replace(
        tzinfo=None)


def days_between(earlier_iso: str, now: _dt.datetime) -> int:
    """Whole days from a stored time to ``now`` (never negative: the device clock may be wrong)."""
    now_naive = now.astimezone(_dt.UTC).replace(tzinfo=None) if now.tzinfo else now
    return max(0, (now_naive - _naive_utc(earlier_iso)).days)


def overdue_cutoff(now: _dt.datetime, days: int) -> str:
    """Parcels checked in at or before this stored time are overdue: ``days`` whole days on the shelf."""
    return iso_utc(now - _dt.timedelta(days=days))


def parcel_view(p: dict[str, Any], now: _dt.datetime, overdue_days: int, notice_status: str = "") -> ParcelView:
    """A parcel row (as :func:`parcel_payload` gives it) → what a screen may show; ``notice_status``
    is its latest pickup notice's state when the caller read it (``queued``, ``sent``, ``failed``)."""
    days = days_between(p["checked_in_at"], now)
    return ParcelView(
        id=p["id"], tracking=p["tracking"], carrier=p["carrier"], carrier_known=bool(p["carrier_known"]),
        status=p["status"], pickup_code=p["pickup_code"], shelf=p["shelf"], layer=p["layer"],
        phone=mask_phone(p["phone"]), phone_tail=p["phone_tail"], name=mask_name(p["name"]), sender=p["sender"],
        preadvised=bool(p["preadvised"]), checked_in_at=p["checked_in_at"],
        checked_in_local=local_text(p["checked_in_at"]), checked_in_by=p["checked_in_by"], days_in_station=days,
        overdue=p["status"] == Status.IN_STATION and days >= overdue_days, notices=p["notices"],
        round_id=p["round_id"], picked_up_at=p["picked_up_at"], picked_up_by=p["picked_up_by"],
        pickup_method=p["pickup_method"], proxy_name=mask_name(p["proxy_name"]) or None,
        proxy_phone=mask_phone(p["proxy_phone"]) or None, delivered_at=p["delivered_at"],
        delivered_by=p["delivered_by"], returned_at=p["returned_at"], return_reason=p["return_reason"],
        address=mask_address(p.get("address")), notice_status=notice_status,
    )


def shipment_view(s: dict[str, Any]) -> ShipmentView:
    return ShipmentView(
        id=s["id"], waybill=s["waybill"], status=s["status"], sender_name=mask_name(s["sender_name"]),
        sender_id=s["sender_id_masked"], sender_phone=mask_phone(s["sender_phone"]), to_name=mask_name(s["to_name"]),
        to_phone=mask_phone(s["to_phone"]), to_address=s["to_address"], to_province=s["to_province"], zone=s["zone"],
        weight_g=s["weight_g"], price_fen=s["price_fen"], tariff_version=s["tariff_version"], contents=s["contents"],
        produce=bool(s["produce"]), produce_category=s["produce_category"], accepted_at=s["accepted_at"],
        accepted_local=local_text(s["accepted_at"]), accepted_by=s["accepted_by"], manifest_id=s["manifest_id"],
        handed_over_at=s["handed_over_at"],
    )


ROUND_COLUMNS: tuple[str, ...] = (
    "id", "number", "carrier", "status", "started_at", "started_by", "closed_at", "closed_by", "updated_at",
)
ROUND_SELECT = ", ".join(ROUND_COLUMNS)

ROUND_ITEMS_SQL = (
    "SELECT i.parcel_id, p.tracking, p.pickup_code, yyt_open(p.phone), yyt_open(p.name), i.outcome, i.added_at,"
    " i.done_at, i.done_by, yyt_open(p.address) FROM round_items i JOIN parcels p ON p.id = i.parcel_id WHERE i.round_id = ? ORDER BY i.added_at, p.tracking"
)


def round_payload(r: dict[str, Any], items: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """The ``rounds`` change record: the round and, per parcel, its outcome (ids, no personal data)."""
    out = dict(r)
    out["items"] = [{"parcel_id": i[0], "tracking": i[1], "outcome": i[5], "done_at": i[7], "done_by": i[8]}
                    for i in items]
    return out


def round_view(r: dict[str, Any], items: Sequence[Sequence[Any]]) -> RoundView:
    return RoundView(
        id=r["id"], number=r["number"], carrier=r["carrier"], status=r["status"], started_at=r["started_at"],
        started_local=local_text(r["started_at"]), started_by=r["started_by"], closed_at=r["closed_at"],
        items=tuple(
            RoundItemView(parcel_id=i[0], tracking=i[1], pickup_code=i[2], phone=mask_phone(i[3]),
                          name=mask_name(i[4]), outcome=i[5], added_at=i[6], done_at=i[7], done_by=i[8],
                          address=i[9] or "")
            for i in items
        ),
    )
