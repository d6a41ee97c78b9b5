"""Pulled parcels records: pre-advice manifests (a pre-advised tracking number is checked in by one
scan) and the platform's answer about each pickup notice (``notice_status``: sent or failed)."""

from __future__ import annotations

from typing import Any

from ..db.store import WriteTx
from ..sync.streams import StreamHandler
from .notices import STATUS_FAILED, STATUS_QUEUED, STATUS_SENT

_COLUMNS = ("carrier", "phone", "name", "sender", "address")
MAX_REASON = 200


def _apply_preadvice(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    values = [str(data.get(c) or "") for c in _COLUMNS]
    values[1:] = [tx.seal(v) for v in values[1:]]  # phone, name, sender, address: sealed at rest
    tx.execute(
        "INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, address, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tracking) DO UPDATE SET carrier = excluded.carrier,"
        " phone = excluded.phone, name = excluded.name, sender = excluded.sender, address = excluded.address,"
        " received_at = excluded.received_at", (key, *values, tx.now_iso))


def _remove_preadvice(tx: WriteTx, key: str) -> None:
    tx.execute("DELETE FROM parcel_preadvice WHERE tracking = ?", (key,))


def _apply_notice_status(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    """Record the platform's answer on the station's notice (key = the notice id). Idempotent:
    the same record twice sets the same values. A status other than sent/failed, or a notice this
    station does not hold (queued before a restore), changes nothing here (the record itself
    stays in platform_records)."""
    status = str(data.get("status") or "")
    if status not in (STATUS_SENT, STATUS_FAILED):
        return
    at = str(data.get("at") or "")[:40] or None
    reason = str(data.get("reason") or "")[:MAX_REASON] if status == STATUS_FAILED else ""
    tx.execute("UPDATE parcel_notices SET status = ?, status_at = ?, reason = ? WHERE id = ?",
               (status, at, reason, key))


def _remove_notice_status(tx: WriteTx, key: str) -> None:
    """The platform withdrew its answer: the notice is back to "no answer yet"."""
    tx.execute("UPDATE parcel_notices SET status = ?, status_at = NULL, reason = '' WHERE id = ?",
               (STATUS_QUEUED, key))


HANDLERS = (
    StreamHandler("preadvice", _apply_preadvice, _remove_preadvice),
    StreamHandler("notice_status", _apply_notice_status, _remove_notice_status),
)
