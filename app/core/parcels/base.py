"""What every parcels service shares: the store, the settings reader, the station's identity,
and the few statements that read or change one parcel row with its change record."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..db.store import Store, WriteTx
from ..errors import NotFound
from ..validate.tracking import normalise_tracking
from .records import PARCEL_COLUMNS, PARCEL_SELECT, parcel_payload
from .shelves import SettingsReader

_BY_TRACKING = f"SELECT {PARCEL_SELECT} FROM parcels WHERE tracking = ?"


@dataclass
class ParcelContext:
    store: Store
    reader: SettingsReader
    station_code: str
    station_name: str
    secret_key: Callable[[], bytes]  # the station's key for keyed hashes (read when first needed)


def find_parcel(conn: sqlite3.Connection, tracking: str) -> dict[str, Any] | None:
    row = conn.execute(_BY_TRACKING, (tracking,)).fetchone()
    return None if row is None else parcel_payload(row)


def get_parcel(conn: sqlite3.Connection, tracking: str) -> dict[str, Any]:
    """The parcel with this tracking number (normalised first); ``parcel.not_found`` (4)."""
    t = normalise_tracking(tracking)
    p = find_parcel(conn, t)
    if p is None:
        raise NotFound("parcel.not_found", tracking=t)
    return p


def update_parcel(tx: WriteTx, parcel_id: str, changes: dict[str, Any], op: str = "update") -> dict[str, Any]:
    """Apply ``changes`` to one parcel (``updated_at`` set to the operation's time), append its
    full new state as a ``parcels`` change record, and return that state."""
    changes = {**changes, "updated_at": tx.now_iso}
    assignments = ", ".join(f"{k} = :{k}" for k in changes)
    for key in changes:
        if key not in PARCEL_COLUMNS:  # column names come from code, never from input
            raise ValueError(key)
    row = tx.execute(f"UPDATE parcels SET {assignments} WHERE id = :_id RETURNING {PARCEL_SELECT}",
                     {**changes, "_id": parcel_id}).fetchone()
    state = parcel_payload(row)
    tx.change("parcels", parcel_id, op, state)
    return state
