"""Which fields of a record are personal, and the retention cutoffs — shared by the station's purge
(:mod:`app.core.retention`) and the platform's (:mod:`hub.storage.purge`). Pure: no storage, no Qt."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from .clock import SHANGHAI, iso_utc, local_date

#: parcels (and their change records): the recipient, the sender, the proxy; the tail too
PARCEL_FIELDS = ("name", "phone", "phone_tail", "address", "sender", "proxy_name", "proxy_phone")
#: pre-advice rows and the platform's ``preadvice`` records
PREADVICE_FIELDS = ("phone", "name", "sender", "address")
#: outbound shipments: sender (with the masked ID and its keyed hash) and recipient
SHIPMENT_FIELDS = ("sender_name", "sender_id_masked", "sender_id_hash", "sender_phone", "to_name", "to_phone",
                   "to_address")
#: the statuses in which a parcel has left the station, and the column with the time it left
LEFT_STATUSES = ("picked_up", "delivered", "returned")
LEFT_AT = {"picked_up": "picked_up_at", "delivered": "delivered_at", "returned": "returned_at"}

DEFAULT_DAYS = 90
DEFAULT_SHIPMENT_DAYS = 365


def cutoff_day(now: _dt.datetime, days: int) -> _dt.date:
    """The first local day (Asia/Shanghai) whose records are kept, ``days`` days back from today."""
    return local_date(now) - _dt.timedelta(days=days)


def day_start_utc(day: _dt.date) -> str:
    """00:00 Asia/Shanghai of ``day`` in the stored UTC form (times compare as text)."""
    return iso_utc(_dt.datetime.combine(day, _dt.time(0), SHANGHAI))


def blank_fields(payload: dict[str, Any], fields: tuple[str, ...]) -> bool:
    """Blank the personal ``fields`` of a payload in place (a value becomes ``''``; NULL and ``''``
    stay); True if one was set."""
    changed = False
    for f in fields:
        if payload.get(f):
            payload[f] = ""
            changed = True
    return changed


def blank_json(text: str | None, fields: tuple[str, ...]) -> str | None:
    """``text`` (a JSON object) with its personal ``fields`` blanked, or None when there was
    nothing to blank (or it is not a JSON object)."""
    if not text:
        return None
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    if not isinstance(payload, dict) or not blank_fields(payload, fields):
        return None
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
