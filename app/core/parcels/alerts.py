"""Today alert of the parcels: parcels on the shelf beyond ``parcels.overdue_days`` (read through
the status index: the held parcels only)."""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..alerts import Alert
from ..clock import iso_utc
from ..settings import SettingsService


def overdue_parcels(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> list[Alert]:
    """A warning when parcels have waited on the shelf longer than the overdue days."""
    days = int(settings.get("parcels.overdue_days"))
    n, since = conn.execute("SELECT count(*), min(checked_in_at) FROM parcels WHERE status = 'in_station'"
                            " AND checked_in_at < ?", (iso_utc(now - _dt.timedelta(days=days)),)).fetchone()
    return [Alert("parcels", "warning", "alert.parcels_overdue", {"n": n, "days": days, "since": since})] if n else []


ALERTS = (overdue_parcels,)
