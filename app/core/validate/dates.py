"""Dates and months as typed (CLI.md v2: ``YYYY-MM-DD`` and ``YYYY-MM``, station-local Asia/Shanghai)."""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import InvalidInput

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def check_date(text: str | None, *, field: str = "date") -> _dt.date:
    """A calendar date ``YYYY-MM-DD`` between 2000 and 2099 (``date.invalid``, 3)."""
    raw = (text or "").strip()
    m = _DATE.fullmatch(raw) if raw.isascii() else None
    try:
        if m is None:
            raise ValueError(raw)
        d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InvalidInput("date.invalid", field=field, text=raw[:20]) from None
    if not 2000 <= d.year <= 2099:
        raise InvalidInput("date.invalid", field=field, text=raw[:20])
    return d


def check_month(text: str | None, *, field: str = "month") -> tuple[int, int]:
    """A month ``YYYY-MM`` between 2000 and 2099 as (year, month) (``month.invalid``, 3)."""
    raw = (text or "").strip()
    m = _MONTH.fullmatch(raw) if raw.isascii() else None
    if m is None or not 2000 <= int(m[1]) <= 2099 or not 1 <= int(m[2]) <= 12:
        raise InvalidInput("month.invalid", field=field, text=raw[:20])
    return int(m[1]), int(m[2])
