"""What every parcels service shares: the store, the settings reader, the station's identity,
and the few statements that read or change one parcel row with its change record."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..db.store import Store, WriteTx
from ..errors import NotFound
from ..validate.phone import mask_phone
from ..validate.tracking import normalise_tracking
from .records import PARCEL_COLUMNS, PARCEL_SELECT, parcel_payload, seal_parcel
from .shelves import SettingsReader

_BY_TRACKING = f"SELECT {PARCEL_SELECT} FROM parcels WHERE tracking = ?"
_HELD_BY_CODE = (f"SELECT {PARCEL_SELECT} FROM parcels WHERE pickup_code = ?"
                 " AND status IN ('in_station', 'out_for_delivery')")
_LAST_BY_CODE = f"SELECT {PARCEL_SELECT} FROM parcels WHERE pickup_code = ? ORDER BY code_day DESC LIMIT 1"
_IN_STATION_BY_TAIL = (f"SELECT {PARCEL_SELECT} FROM parcels WHERE status = 'in_station' AND phone_tail = ?"
                       " ORDER BY checked_in_at")


@dataclass
class ParcelContext:
    store: Store
    reader: SettingsReader
    station_code: str
    station_name: str
    secret_key: Callable[..., bytes]  # (tx=None) the station's key for keyed hashes (read when first needed)


def find_parcel(conn: sqlite3.Connection, tracking: str) -> dict[str, Any] | None:
    row = conn.execute(_BY_TRACKING, (tracking,)).fetchone()
    return None if row is None else parcel_payload(row)


def parcel_by_code(conn: sqlite3.Connection, code: str) -> dict[str, Any]:
    """The parcel a (normalised) pickup code names: the held one, else the last one issued that
    code (so that "already picked up" can be said); ``parcel.code_not_found`` (4)."""
    row = conn.execute(_HELD_BY_CODE, (code,)).fetchone() or conn.execute(_LAST_BY_CODE, (code,)).fetchone()
    if row is None:
        raise NotFound("parcel.code_not_found", pickup_code=code)
    return parcel_payload(row)


def on_shelf_by_tail(conn: sqlite3.Connection, tail: str) -> list[dict[str, Any]]:
    """The parcels on the shelf whose phone ends with ``tail``, oldest first;
    ``parcel.none_for_tail`` (4) when there is none."""
    rows = conn.execute(_IN_STATION_BY_TAIL, (tail,)).fetchall()
    if not rows:
        raise NotFound("parcel.none_for_tail", tail=tail)
    return [parcel_payload(r) for r in rows]


def phones_are_one_person(phones: list[str]) -> bool:
    """Whether parcels with these phones (all sharing a tail) can be taken as one person's: two
    different full numbers are two people; a masked number (138****0001) matches a full one with
    the same visible digits, since nothing more can be told."""
    full = {p for p in phones if "*" not in p}
    return len(full) <= 1 and len({mask_phone(p) for p in phones}) <= 1


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
    for key in changes:
        if key not in PARCEL_COLUMNS:  # column names come from code, never from input
            raise ValueError(key)
    changes = seal_parcel(tx, {**changes, "updated_at": tx.now_iso})
    assignments = ", ".join(f"{k} = :{k}" for k in changes)
    row = tx.execute(f"UPDATE parcels SET {assignments} WHERE id = :_id RETURNING {PARCEL_SELECT}",
                     {**changes, "_id": parcel_id}).fetchone()
    state = parcel_payload(row)
    tx.change("parcels", parcel_id, op, state)
    return state
