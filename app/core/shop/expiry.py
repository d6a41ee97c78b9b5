"""The one expiry rule: a lot is sellable until 23:59:59 Asia/Shanghai on its expiry date.

Every place that decides or shows whether a lot may be sold — the FEFO allocation, the stock
screen's colours, the CLI, the alerts, reports — goes through :func:`sellable_from` (the SQL
bound: ``expires_on >= sellable_from(now)``) or :func:`lot_state`, so there is exactly one
definition. Dates are ``YYYY-MM-DD`` text (station-local), which compare correctly as text.
"""

from __future__ import annotations

import datetime as _dt

from ..clock import SHANGHAI, local_date
from .model import LotState

#: the default warning window for lots close to their expiry date (setting shop.near_expiry_days)
NEAR_EXPIRY_DAYS = 30


def sellable_from(now: _dt.datetime) -> str:
    """The earliest expiry date still sellable at ``now``: today's station-local date. A lot
    expiring today is sold until 23:59:59 tonight; from midnight it is expired."""
    return local_date(now).isoformat()


def is_sellable_on(expires_on: str, now: _dt.datetime) -> bool:
    """Whether a lot expiring on ``expires_on`` may still be sold at ``now``."""
    return expires_on >= sellable_from(now)


def last_sellable_instant(expires_on: str) -> _dt.datetime:
    """23:59:59 Asia/Shanghai on the expiry date, as aware UTC (for words like "sellable until")."""
    day = _dt.date.fromisoformat(expires_on)
    return _dt.datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=SHANGHAI).astimezone(_dt.UTC)


def days_left(expires_on: str, now: _dt.datetime) -> int:
    """Days from today (station-local) to the expiry date: 0 on the day, negative once expired."""
    return (_dt.date.fromisoformat(expires_on) - local_date(now)).days


def lot_state(expires_on: str, qty: int, recalled: bool, now: _dt.datetime,
              near_days: int = NEAR_EXPIRY_DAYS) -> LotState:
    """How a lot stands at ``now``: recalled first, then empty, expired, near expiry (within
    ``near_days`` days, the expiry day included) or sellable."""
    if recalled:
        return LotState.RECALLED
    if qty <= 0:
        return LotState.EMPTY
    left = days_left(expires_on, now)
    if left < 0:
        return LotState.EXPIRED
    if left <= near_days:
        return LotState.NEAR_EXPIRY
    return LotState.SELLABLE
