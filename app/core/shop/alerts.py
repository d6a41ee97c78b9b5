"""The shop's alerts for Today and the Shop page (read-only, through the lots' partial indexes):

- danger: sales found made after a ban's date (not yet acknowledged); expired lots still holding units;
- warning: lots expiring within ``shop.near_expiry_days`` (30); products whose sellable stock fell to
  their threshold (only products stocked at least once: the catalogue holds thousands never stocked);
- info: recalled lots still holding units (to send back to the supplier).
"""

from __future__ import annotations

import datetime as _dt
import sqlite3

from ..alerts import Alert
from ..settings import SettingsService
from . import settings as shop_settings
from .expiry import sellable_from


def shop_alerts(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> list[Alert]:
    today = sellable_from(now)
    near_days = int(settings.get(shop_settings.NEAR_EXPIRY))
    low_default = int(settings.get(shop_settings.LOW_STOCK))
    horizon = (_dt.date.fromisoformat(today) + _dt.timedelta(days=near_days)).isoformat()
    out: list[Alert] = []
    flags = conn.execute("SELECT count(*) FROM shop_flags WHERE acknowledged_at IS NULL").fetchone()[0]
    if flags:
        out.append(Alert("shop", "danger", "alert.shop_flagged", {"n": flags}))
    expired = conn.execute("SELECT count(*), coalesce(sum(qty), 0) FROM shop_lots WHERE qty > 0 AND expires_on < ?"
                           " AND recalled_at IS NULL", (today,)).fetchone()
    if expired[0]:
        out.append(Alert("shop", "danger", "alert.shop_expired", {"lots": expired[0], "units": expired[1]}))
    near = conn.execute("SELECT count(*), min(expires_on) FROM shop_lots WHERE qty > 0 AND expires_on >= ?"
                        " AND expires_on <= ? AND recalled_at IS NULL", (today, horizon)).fetchone()
    if near[0]:
        out.append(Alert("shop", "warning", "alert.shop_near_expiry", {"lots": near[0], "days": near_days,
                                                                        "first": near[1]}))
    low = conn.execute(
        "SELECT p.name, coalesce(sum(CASE WHEN l.qty > 0 AND l.recalled_at IS NULL AND l.expires_on >= ?"
        " THEN l.qty END), 0) AS n, CASE WHEN p.low_stock > 0 THEN p.low_stock ELSE ? END AS threshold"
        " FROM shop_lots AS l JOIN shop_products AS p ON p.id = l.product_id WHERE p.active = 1"
        " GROUP BY p.id HAVING n <= threshold ORDER BY n, p.name", (today, low_default)).fetchall()
    if low:
        names = ", ".join(r[0] for r in low[:3])
        out.append(Alert("shop", "warning", "alert.shop_low_stock", {"n": len(low), "names": names}))
    recalled = conn.execute("SELECT count(*), coalesce(sum(qty), 0) FROM shop_lots WHERE qty > 0"
                            " AND recalled_at IS NOT NULL").fetchone()
    if recalled[0]:
        out.append(Alert("shop", "info", "alert.shop_recalled_on_hand", {"lots": recalled[0], "units": recalled[1]}))
    return out


ALERTS = (shop_alerts,)
