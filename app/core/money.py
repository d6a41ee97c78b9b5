"""Money as integer fen (分). Never a float.

``parse_yuan`` turns typed yuan text into fen exactly; ``format_fen`` turns fen back into text.
"""

from __future__ import annotations

import re

from .errors import InvalidInput

#: the largest amount a station handles in one figure: 99,999,999.99 yuan
MAX_FEN = 9_999_999_999

_YUAN_RE = re.compile(r"(?P<int>\d{1,8})(?:\.(?P<frac>\d{1,2}))?")


def parse_yuan(text: str | None, *, allow_zero: bool = True) -> int:
    """Exact fen from yuan text such as ``"12.50"``, ``"12.5"``, ``"12"`` or ``"0.05"``.

    Rejects (``InvalidInput`` code ``money.invalid``) anything else: empty text, signs,
    exponents, more than two decimals, grouping commas, full-width digits, more than
    eight integer digits. ``allow_zero=False`` also rejects zero (``money.zero``).
    """
    if text is None:
        raise InvalidInput("money.invalid", text="")
    raw = text.strip()
    if len(raw) > 16:
        raise InvalidInput("money.invalid", text=raw[:20])
    # str.isdigit accepts full-width and other Unicode digits: insist on ASCII.
    if not raw.isascii():
        raise InvalidInput("money.invalid", text=raw)
    m = _YUAN_RE.fullmatch(raw)
    if not m:
        raise InvalidInput("money.invalid", text=raw)
    frac = (m.group("frac") or "").ljust(2, "0")
    fen = int(m.group("int")) * 100 + int(frac)
    if fen > MAX_FEN:
        raise InvalidInput("money.invalid", text=raw)
    if fen == 0 and not allow_zero:
        raise InvalidInput("money.zero", text=raw)
    return fen


def format_fen(fen: int) -> str:
    """``1250`` → ``"12.50"``; negative amounts keep their sign (``-300`` → ``"-3.00"``)."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError("fen must be an int")
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{whole}.{part:02d}"


def check_fen(value: int, *, field: str = "amount") -> int:
    """Validate an amount already in fen (from JSON or the database)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > MAX_FEN:
        raise InvalidInput("money.invalid", field=field, text=str(value))
    return value
