"""The cash drawer (交班/日结): one cash ledger for every service, shifts with a blind close.

- :func:`record_cash` — the one way any service moves cash, inside its own write transaction;
- :func:`expected_cash` — the one definition of what a drawer should hold;
- :class:`ShiftService` (``Station.cash``) — open, cash in/out, blind close with its Z report,
  the day's close. See docs/cash.md.
"""

from __future__ import annotations

from .ledger import expected_cash, open_shift_id, record_cash
from .model import DENOMINATIONS, CloseReason, DayClose, Kind, Movement, Service, ShiftView, ZLine, ZReport
from .shifts import ShiftService, count_denominations

__all__ = [
    "DENOMINATIONS", "CloseReason", "DayClose", "Kind", "Movement", "Service", "ShiftService", "ShiftView", "ZLine",
    "ZReport", "count_denominations", "expected_cash", "open_shift_id", "record_cash",
]
