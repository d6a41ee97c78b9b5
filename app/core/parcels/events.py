"""A parcel's own history beyond its columns (table ``parcel_events``, append-only): corrections
with their before/after values, moves with the old and new code, a phone number shown to a carrier.
Written inside the operation's write transaction, so the event and the change commit together."""

from __future__ import annotations

import json
from typing import Any

from ..db.store import WriteTx

EVENT_FIXED = "fixed"
EVENT_MOVED = "moved"
EVENT_PHONE_SHOWN = "phone_shown"

_INSERT = "INSERT INTO parcel_events (parcel_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)"


def add_event(tx: WriteTx, parcel_id: str, kind: str, detail: dict[str, Any]) -> None:
    """One history entry for the parcel at the operation's time, by the operation's actor. A
    correction's detail (before/after phones, names, addresses) is stored sealed; readers open
    it with ``yyt_open(detail)``."""
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    tx.execute(_INSERT, (parcel_id, tx.now_iso, tx.actor, kind, tx.seal(text) if kind == EVENT_FIXED else text))
