"""Pickup notices: change records (outbox entity ``notices``) that ask the platform to send an SMS.

The station builds no sentence: a notice carries the station's template (setting
``station.notice_template``) and the parts to fill it with, and the platform sends it. The phone
is the one on the parcel — full when the waybill showed it, else masked (the platform then
resolves it from the carrier's data or skips the SMS).
"""

from __future__ import annotations

from typing import Any

from ..db.store import WriteTx
from ..ids import new_id
from .shelves import ParcelSettings

KIND_PICKUP = "pickup"  # first notice, at check-in
KIND_REMINDER = "reminder"  # re-notice (overdue, or the clerk asked again)
KIND_MOVED = "moved"  # the parcel moved to another layer: a new pickup code
KIND_CORRECTED = "corrected"  # the phone was corrected: the first notice went to a wrong number

#: what the platform reports back on the ``notice_status`` stream
STATUS_QUEUED, STATUS_SENT, STATUS_FAILED = "queued", "sent", "failed"

_INSERT = ("INSERT INTO parcel_notices (id, parcel_id, kind, pickup_code, created_at) VALUES (?, ?, ?, ?, ?)")


def queue_notice(tx: WriteTx, parcel: dict[str, Any], settings: ParcelSettings, station_code: str,
                 station_name: str, kind: str) -> str:
    """Append one ``notices`` change record inside the caller's write, and the station's own copy
    (``parcel_notices``, status ``queued`` until the platform answers); returns the notice id."""
    notice_id = new_id()
    tx.execute(_INSERT, (notice_id, parcel["id"], kind, parcel["pickup_code"], tx.now_iso))
    tx.change("notices", notice_id, "create", {
        "id": notice_id,
        "kind": kind,
        "parcel_id": parcel["id"],
        "tracking": parcel["tracking"],
        "station_code": station_code,
        "station_name": station_name,
        "pickup_code": parcel["pickup_code"],
        "opening_hours": settings.opening_hours,
        "template": settings.notice_template,
        "phone": parcel["phone"],
        "phone_masked": "*" in parcel["phone"],
        "created_at": tx.now_iso,
    })
    return notice_id
