"""Today alerts of consignment: lots with produce left whose return date is near or past (the
farmer expects what did not sell back by then)."""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..alerts import Alert
from ..clock import local_date
from ..settings import SettingsService
from .amounts import format_qty
from .intake import due_lots

#: at most this many lots are listed on Today (the Lots tab shows them all)
MAX_ALERTS = 8


def return_deadlines(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> list[Alert]:
    """A ``warning`` per lot due back within ``consign.alert_days``, a ``danger`` per lot past its
    date (read through the ``return_by`` index)."""
    today = local_date(now)
    out = []
    for lot in due_lots(conn, today, settings.get("consign.alert_days"))[:MAX_ALERTS]:
        overdue = lot.return_by < today.isoformat()
        out.append(Alert("consignment", "danger" if overdue else "warning",
                         "alert.consign_overdue" if overdue else "alert.consign_due",
                         {"lot": lot.code, "product": lot.product, "farmer": lot.farmer_code,
                          "remaining": format_qty(lot.remaining, lot.unit), "unit": lot.unit, "date": lot.return_by}))
    return out


ALERTS = (return_deadlines,)
