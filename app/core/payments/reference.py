"""Payment references: station code + ``P`` + 8-digit sequence + one check digit, like waybills
(``CQ0001`` + ``P`` + ``00000017`` + check → ``CQ0001P000000174``).

The check digit is the waybill's (ISIN method: letters as two-digit values, then Luhn), so one
mistyped character or most swapped neighbours are caught before anything is looked up. The ``P``
keeps a payment reference from ever being read as a waybill number.
"""

from __future__ import annotations

import re

from ..errors import InvalidInput
from ..parcels.waybill import waybill_check_digit

SEQ_DIGITS = 8
_REFERENCE = re.compile(r"([A-Z0-9]{4,16})P(\d{8})(\d)")


def make_reference(station_code: str, seq: int) -> str:
    """The reference of the station's ``seq``-th payment (1 ≤ seq ≤ 99,999,999)."""
    if not 1 <= seq < 10**SEQ_DIGITS:
        raise ValueError(seq)
    body = f"{station_code}P{seq:0{SEQ_DIGITS}d}"
    return f"{body}{waybill_check_digit(body)}"


def looks_like_reference(text: str | None) -> bool:
    raw = (text or "").strip().upper()
    return raw.isascii() and _REFERENCE.fullmatch(raw) is not None


def check_reference(text: str | None) -> str:
    """A typed or scanned reference, normalised (``payment.reference_invalid``,
    ``payment.reference_checksum``: 3)."""
    raw = (text or "").strip().upper()
    if not raw.isascii() or not _REFERENCE.fullmatch(raw):
        raise InvalidInput("payment.reference_invalid", text=raw[:40])
    if waybill_check_digit(raw[:-1]) != int(raw[-1]):
        raise InvalidInput("payment.reference_checksum", text=raw)
    return raw


def station_of(reference: str) -> str:
    """The station code a (valid) reference was issued by."""
    return reference[: -(SEQ_DIGITS + 2)]
