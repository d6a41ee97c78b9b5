"""Pulled parcels records: pre-advice manifests (a pre-advised tracking number is checked in by one scan)."""

from __future__ import annotations

from typing import Any

from ..db.store import WriteTx
from ..sync.streams import StreamHandler

_COLUMNS = ("carrier", "phone", "name", "sender")


def _apply_preadvice(tx: WriteTx, key: str, data: dict[str, Any]) -> None:
    values = [str(data.get(c) or "") for c in _COLUMNS]
    tx.execute(
        "INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tracking) DO UPDATE SET carrier = excluded.carrier,"
        " phone = excluded.phone, name = excluded.name, sender = excluded.sender,"
        " received_at = excluded.received_at", (key, *values, tx.now_iso))


def _remove_preadvice(tx: WriteTx, key: str) -> None:
    tx.execute("DELETE FROM parcel_preadvice WHERE tracking = ?", (key,))


HANDLERS = (StreamHandler("preadvice", _apply_preadvice, _remove_preadvice),)
