"""Exact quantities, rates and amounts of consigned produce (no float anywhere).

- Quantities: a kilogram lot is stored in **grams**, typed as decimal kilograms with at most three
  decimals (``"12.5"`` → 12500); a piece lot in whole **pieces**.
- Commission rates: **basis points** (1 bp = 0.01 %), typed as a percentage with at most two
  decimals (``"7.5"`` → 750).
- Rounding (the one rule, applied per sale line): a line's gross is ``quantity × unit price``
  rounded half up to the fen (``grams × fen-per-kg / 1000``); its commission is ``gross × rate``
  rounded half up to the fen. A statement adds its lines' figures, so ``gross = net + commission +
  shipping`` holds exactly, line by line and in total.
"""

from __future__ import annotations

import re

from ..errors import InvalidInput
from .model import Unit

#: the most a lot can hold: 99,999.999 kg or 999,999 pieces
MAX_GRAMS = 99_999_999
MAX_PIECES = 999_999
_KG = re.compile(r"(?P<int>\d{1,5})(?:\.(?P<frac>\d{1,3}))?")
_PIECES = re.compile(r"\d{1,6}")
_PERCENT = re.compile(r"(?P<int>\d{1,3})(?:\.(?P<frac>\d{1,2}))?")
BP_PER_PERCENT = 100
FULL_BP = 10_000


def parse_qty(text: str | int | None, unit: Unit | str) -> int:
    """Grams (unit ``kg``) from decimal kilogram text, or whole pieces (unit ``piece``), exactly.
    An ``int`` is taken as already in grams/pieces. ``consign.qty_invalid`` (3) for anything else:
    empty, zero, signs, exponents, more than three decimals (one for pieces: none), too large."""
    unit = Unit(unit)
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
        limit = MAX_GRAMS if unit is Unit.KG else MAX_PIECES
        if not 0 < value <= limit:
            raise InvalidInput("consign.qty_invalid", text=str(text)[:20], unit=unit.value)
        return value
    raw = (text or "").strip() if isinstance(text, str) else ""
    if not raw.isascii():
        raise InvalidInput("consign.qty_invalid", text=raw[:20], unit=unit.value)
    if unit is Unit.KG:
        m = _KG.fullmatch(raw)
        value = int(m["int"]) * 1000 + int((m["frac"] or "").ljust(3, "0")) if m else 0
    else:
        value = int(raw) if _PIECES.fullmatch(raw) else 0
    if value <= 0:
        raise InvalidInput("consign.qty_invalid", text=raw[:20], unit=unit.value)
    return value


def format_qty(qty: int, unit: Unit | str) -> str:
    """``12500`` g → ``"12.5"`` (kilograms, trailing zeros dropped); pieces as they are. Signed."""
    if Unit(unit) is Unit.PIECE:
        return str(qty)
    sign = "-" if qty < 0 else ""
    whole, grams = divmod(abs(qty), 1000)
    return f"{sign}{whole}" + (f".{grams:03d}".rstrip("0") if grams else "")


def parse_percent(text: str | None) -> int:
    """Basis points from a percentage typed as ``"8"``, ``"7.5"``, ``"12.25"`` (0 – 100, at most two
    decimals): ``consign.commission_invalid`` (3) otherwise."""
    raw = (text or "").strip().removesuffix("%").strip()
    m = _PERCENT.fullmatch(raw) if raw.isascii() else None
    bp = int(m["int"]) * BP_PER_PERCENT + int((m["frac"] or "").ljust(2, "0")) if m else -1
    if not 0 <= bp <= FULL_BP:
        raise InvalidInput("consign.commission_invalid", text=raw[:20])
    return bp


def format_bp(bp: int) -> str:
    """``750`` → ``"7.5"`` (a percentage, without the sign)."""
    whole, part = divmod(bp, BP_PER_PERCENT)
    return f"{whole}" + (f".{part:02d}".rstrip("0") if part else "")


def _half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half up (both ≥ 0)."""
    return (2 * numerator + denominator) // (2 * denominator)


def line_gross(qty: int, unit: Unit | str, unit_price_fen: int) -> int:
    """What ``qty`` (grams or pieces) costs at ``unit_price_fen`` per kg or piece, rounded half up
    to the fen (1.234 kg × ¥8.50 = ¥10.489 → ¥10.49)."""
    if qty < 0 or unit_price_fen < 0:
        raise ValueError("line_gross takes sizes, not signed amounts")
    if Unit(unit) is Unit.PIECE:
        return qty * unit_price_fen
    return _half_up(qty * unit_price_fen, 1000)


def commission_of(gross_fen: int, commission_bp: int) -> int:
    """The station's commission on a sale line: ``gross × rate``, rounded half up to the fen."""
    if gross_fen < 0 or not 0 <= commission_bp <= FULL_BP:
        raise ValueError("commission_of takes a gross ≥ 0 and a rate of 0–10000 bp")
    return _half_up(gross_fen * commission_bp, FULL_BP)
