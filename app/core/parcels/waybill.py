"""Station waybill numbers: station code + 8-digit sequence + one check digit.

``CQ0001`` + ``00000127`` + check → ``CQ0001000001275``.

The check digit is the ISIN method (ISO 6166): each letter becomes its two-digit value
(A = 10 … Z = 35, digits stay as they are), and the Luhn mod-10 check digit of that digit
string is appended. It catches every single mistyped character and most swaps of neighbours,
and it is one digit, which keeps the Code128 label short.
"""

from __future__ import annotations

import re

from ..errors import InvalidInput

SEQ_DIGITS = 8
_WAYBILL = re.compile(r"([A-Z0-9]{4,16})(\d{8})(\d)")


def _digits(body: str) -> str:
    return "".join(str(int(ch, 36)) for ch in body)


def luhn_check_digit(digits: str) -> int:
    """The Luhn digit to append to ``digits`` (doubling every second digit from the right end
    of the final number, i.e. starting with the last digit of ``digits``)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def waybill_check_digit(body: str) -> int:
    return luhn_check_digit(_digits(body))


def make_waybill(station_code: str, seq: int) -> str:
    """The waybill for the station's ``seq``-th outbound parcel (1 ≤ seq ≤ 99,999,999)."""
    if not 1 <= seq < 10**SEQ_DIGITS:
        raise ValueError(seq)
    body = f"{station_code}{seq:0{SEQ_DIGITS}d}"
    return f"{body}{waybill_check_digit(body)}"


def check_waybill(text: str | None) -> str:
    """Validate a typed or scanned station waybill (``waybill.invalid``, ``waybill.checksum``)."""
    raw = (text or "").strip().upper()
    m = _WAYBILL.fullmatch(raw) if raw.isascii() else None
    if not m:
        raise InvalidInput("waybill.invalid", text=raw[:40])
    if waybill_check_digit(raw[:-1]) != int(raw[-1]):
        raise InvalidInput("waybill.checksum", text=raw)
    return raw
