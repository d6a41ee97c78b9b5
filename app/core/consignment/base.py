"""What every consignment service shares: the store, settings, the station's identity and key,
the parcels' outbound service (for produce shipments), and how a typed reference to a farmer, a
lot or a statement is resolved."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..db.store import Store
from ..errors import InvalidInput, NotFound
from ..sealing import opened
from ..settings import SettingsService
from ..validate.phone import check_phone, mask_phone
from .records import FARMER_SELECT, LOT_COLUMNS, STATEMENT_COLUMNS, as_dict, select

if TYPE_CHECKING:
    from ..parcels.outbound import OutboundService

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NUMBERED = re.compile(r"(?P<prefix>[A-Za-z]?)(?P<number>\d{1,9})")
_QR = re.compile(r"YYT:(?P<what>LOT|STM):(?P<code>[A-Z]\d{1,9})")


@dataclass
class ConsignContext:
    store: Store
    settings: SettingsService
    station_code: str
    station_name: str
    secret_key: Callable[..., bytes]
    outbound: Callable[[], OutboundService]


def _numbered(text: str | None, prefix: str, what: str, qr_kind: str) -> tuple[str | None, int | None]:
    """(uuid, None) or (None, number) from an id, a code like ``L000012``/``l12``/``12`` or the QR
    text ``YYT:LOT:L000012``; ``consign.<what>_ref_invalid`` (3) otherwise."""
    raw = (text or "").strip()
    if _UUID.fullmatch(raw.lower()):
        return raw.lower(), None
    q = _QR.fullmatch(raw.upper())
    if q:
        if q["what"] != qr_kind:
            raise InvalidInput(f"consign.{what}_ref_invalid", text=raw[:40])
        raw = q["code"]
    m = _NUMBERED.fullmatch(raw) if raw.isascii() else None
    if m is None or (m["prefix"] and m["prefix"].upper() != prefix) or int(m["number"]) == 0:
        raise InvalidInput(f"consign.{what}_ref_invalid", text=raw[:40])
    return None, int(m["number"])


def farmer_row(conn: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """The farmer a typed reference names: id, ``F0003`` / ``3``, or their full phone number (which
    must name exactly one farmer: ``consign.farmer_ambiguous`` 3). ``consign.farmer_not_found`` (4)."""
    raw = (ref or "").strip()
    digits = raw.replace(" ", "").replace("-", "")
    if digits.isascii() and digits.isdigit() and len(digits) == 11:
        phone = check_phone(digits, allow_masked=False).value
        rows = conn.execute(f"{FARMER_SELECT} WHERE phone_tail = ? AND yyt_open(phone) = ? ORDER BY number",
                            (phone[-4:], phone)).fetchall()
        if len(rows) > 1:
            raise InvalidInput("consign.farmer_ambiguous", count=len(rows))
        row = rows[0] if rows else None
    else:
        uid, number = _numbered(raw, "F", "farmer", "")
        row = conn.execute(f"{FARMER_SELECT} WHERE " + ("id = ?" if uid else "number = ?"), (uid or number,)).fetchone()
    if row is None:
        shown = mask_phone(digits) if digits.isascii() and digits.isdigit() and len(digits) == 11 else raw[:40]
        raise NotFound("consign.farmer_not_found", farmer=shown)
    return dict(row)


def lot_row(conn: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """The lot a reference names (id, ``L000012``, ``12``, or the receipt's QR text);
    ``consign.lot_not_found`` (4)."""
    uid, number = _numbered(ref, "L", "lot", "LOT")
    row = conn.execute(f"SELECT {opened(LOT_COLUMNS, 'consign_lots')} FROM consign_lots WHERE "
                       + ("id = ?" if uid else "number = ?"), (uid or number,)).fetchone()
    if row is None:
        raise NotFound("consign.lot_not_found", lot=(ref or "").strip()[:40])
    return as_dict(LOT_COLUMNS, row)


def statement_row(conn: sqlite3.Connection, ref: str) -> dict[str, Any]:
    """The statement a reference names (id, ``S000003``, ``3``, or its QR text);
    ``consign.statement_not_found`` (4)."""
    uid, number = _numbered(ref, "S", "statement", "STM")
    row = conn.execute(f"SELECT {select(STATEMENT_COLUMNS)} FROM consign_statements WHERE "
                       + ("id = ?" if uid else "number = ?"), (uid or number,)).fetchone()
    if row is None:
        raise NotFound("consign.statement_not_found", statement=(ref or "").strip()[:40])
    return as_dict(STATEMENT_COLUMNS, row)


def next_number(conn: sqlite3.Connection, table: str) -> int:
    """max + 1 inside the caller's write (numbers are UNIQUE: two writers cannot both take one)."""
    return int(conn.execute(f"SELECT coalesce(max(number), 0) + 1 FROM {table}").fetchone()[0])
