"""What the payments need from the clerk, for the Today page (read-only, indexed)."""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..alerts import Alert
from ..clock import iso_utc
from ..money import format_fen
from ..settings import SettingsService

NEAR_CAP = 0.8  # warn when the pending total reaches this share of the cap


def payment_alerts(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> list[Alert]:
    """Pending beyond the age cap (danger), the pending total near its cap (warning), rejected
    payments whose cash has not gone back (warning), decisions the station ignored (danger)."""
    out: list[Alert] = []
    hours = settings.get("payments.max_pending_hours")
    old = conn.execute("SELECT count(*), min(created_at) FROM payments WHERE status = 'pending' AND created_at < ?",
                       (iso_utc(now - _dt.timedelta(hours=hours)),)).fetchone()
    if old[0]:
        ref = conn.execute("SELECT reference FROM payments WHERE status = 'pending' ORDER BY created_at LIMIT 1"
                           ).fetchone()[0]
        out.append(Alert("payments", "danger", "alert.payments_pending_old", {"n": old[0], "hours": hours,
                                                                             "reference": ref}))
    from .service import pending_summary

    total = pending_summary(conn).total_fen
    cap = settings.get("payments.max_pending_yuan") * 100
    if cap and total >= cap * NEAR_CAP:
        out.append(Alert("payments", "warning", "alert.payments_pending_cap",
                         {"total": format_fen(total), "cap": format_fen(cap)}))
    rejected = conn.execute("SELECT count(*), coalesce(sum(amount_fen), 0) FROM payments WHERE status = 'rejected'"
                            ).fetchone()
    if rejected[0]:
        out.append(Alert("payments", "warning", "alert.payments_to_refund",
                         {"n": rejected[0], "total": format_fen(rejected[1])}))
    ignored = conn.execute("SELECT count(*) FROM payment_decisions WHERE outcome IN ('conflict', 'unknown')"
                           ).fetchone()[0]
    if ignored:
        out.append(Alert("payments", "danger", "alert.payments_decision_conflict", {"n": ignored}))
    return out


ALERTS = (payment_alerts,)
