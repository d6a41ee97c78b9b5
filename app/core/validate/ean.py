"""EAN-13 product barcodes (GS1): 12 digits and a mod-10 check digit with weights 1,3."""

from __future__ import annotations

from ..errors import InvalidInput


def ean13_check_digit(first12: str) -> int:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def check_ean13(text: str | None, *, field: str = "barcode") -> str:
    raw = (text or "").strip()
    if len(raw) != 13 or not raw.isascii() or not raw.isdigit():
        raise InvalidInput("ean13.format", field=field, text=raw[:20])
    if ean13_check_digit(raw[:12]) != int(raw[12]):
        raise InvalidInput("ean13.checksum", field=field, text=raw)
    return raw
