"""Pickup codes ``SHELF-LAYER-NNNN`` (``A-3-0127``).

``NNNN`` comes from the layer's running counter (1…9999, then round again; kept in the layer's
``parcel_slots`` row, which the check-in updates anyway), so consecutive check-ins onto one layer
get consecutive numbers. The schema makes the promises hard: a code is unique among the parcels the station holds, and a code is never issued twice on
the same station-local day. When the counter comes round onto a code that is taken, allocation
moves on to the next number.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from ..errors import InvalidInput, Refused

CODE_MAX = 9999
_CODE = re.compile(r"([A-Z]{1,2})-?(\d{1,2})-?(\d{4})")
_CODE_DASHED = re.compile(r"[A-Z]{1,2}-\d{1,2}-\d{4}")
_COUNTER_NEXT = ("UPDATE parcel_slots SET last_number = last_number % 9999 + 1 WHERE shelf = ? AND layer = ?"
                 " RETURNING last_number")
_COUNTER_SET = "UPDATE parcel_slots SET last_number = ? WHERE shelf = ? AND layer = ?"


def format_code(shelf: str, layer: int, number: int) -> str:
    return f"{shelf}-{layer}-{number:04d}"


def parse_code(text: str | None) -> str:
    """Normalise a typed or scanned pickup code: ``a-3-0127``, ``A30127`` → ``A-3-0127``
    (``parcel.code_invalid``)."""
    raw = (text or "").strip().upper().replace("－", "-").replace(" ", "")
    m = _CODE.fullmatch(raw)
    if not m:
        raise InvalidInput("parcel.code_invalid", text=raw[:20])
    return format_code(m.group(1), int(m.group(2)), int(m.group(3)))


def looks_like_code(text: str) -> bool:
    """A pickup-code label as printed, with its dashes (``A-3-0127``): never a tracking number."""
    return _CODE_DASHED.fullmatch((text or "").strip().upper().replace("－", "-")) is not None


def insert_with_code(conn: sqlite3.Connection, shelf: str, layer: int,
                     insert: Callable[[str], None]) -> str:
    """Take the next number and run ``insert(code)``; when the code is taken (held by a parcel in
    the station, or already issued today) try the next number. Runs inside the caller's write
    transaction; a failed attempt is undone by SQLite at statement level. Returns the code used.
    ``Refused('parcel.codes_exhausted')`` if all 9,999 numbers of that layer are taken."""
    number = conn.execute(_COUNTER_NEXT, (shelf, layer)).fetchone()[0]
    for attempt in range(CODE_MAX):
        code = format_code(shelf, layer, number)
        try:
            insert(code)
        except sqlite3.IntegrityError as exc:
            if "pickup_code" not in str(exc):
                raise
            number = number % CODE_MAX + 1
            continue
        if attempt:
            conn.execute(_COUNTER_SET, (number, shelf, layer))
        return code
    raise Refused("parcel.codes_exhausted", slot=f"{shelf}-{layer}")
