"""The facts the Today page shows, read in one go and robust to modules not installed yet.

Every figure comes from a table that exists in the station database; a module whose tables are
not there yet (or have another shape) simply contributes nothing, never an error. Read-only.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass, field

from .alerts import Alert, read_alerts
from .clock import SHANGHAI, iso_utc
from .db.store import Store
from .outbox_stats import OutboxStats, read_outbox_stats
from .settings import SettingsService


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    display_name: str


@dataclass(frozen=True)
class TodaySummary:
    """One look at the station today (local date in Asia/Shanghai).

    ``operations_today``: audit entries recorded since local midnight; ``parcels_by_status``:
    the parcels held now (``in_station``, ``out_for_delivery``) and those that left today
    (``picked_up``, ``delivered``, ``returned``), empty until the parcels module's table exists;
    ``staff``: active users; ``outbox``: what waits for the platform.

    Every figure is read through an index or from today's tail of the audit log, so the page
    costs the same with a million parcels as with ten.
    """

    station_code: str
    station_name: str
    town: str
    county: str
    local_date: _dt.date
    staff: tuple[StaffMember, ...]
    operations_today: int
    parcels_by_status: dict[str, int] = field(default_factory=dict)
    parcels_checked_in_today: int | None = None
    outbox: OutboxStats | None = None
    alerts: tuple[Alert, ...] = ()


def local_midnight_utc(now: _dt.datetime) -> _dt.datetime:
    """The UTC instant of the station's (Asia/Shanghai) midnight that began ``now``'s day."""
    local = now.astimezone(SHANGHAI)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(_dt.UTC)


def read_today(store: Store, now: _dt.datetime | None = None) -> TodaySummary:
    """Everything the Today page needs, read in one snapshot. Never writes."""
    now = now or store.clock.now()
    since = iso_utc(local_midnight_utc(now))
    conn = store.conn
    with store.snapshot():
        st = conn.execute("SELECT code, name, town, county FROM station").fetchone()
        staff = tuple(
            StaffMember(r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT username, role, display_name FROM users WHERE active = 1 ORDER BY role, username"
            )
        )
        ops, actions = _today_in_audit(conn, since)
        by_status = _parcels_by_status(conn, actions)
        checked_in = actions.get("parcel.checkin", 0)
        alerts = read_alerts(conn, now, SettingsService(store))
    return TodaySummary(
        station_code=st[0], station_name=st[1], town=st[2], county=st[3],
        local_date=now.astimezone(SHANGHAI).date(), staff=staff, operations_today=ops,
        parcels_by_status=by_status, parcels_checked_in_today=checked_in,
        outbox=read_outbox_stats(store, now), alerts=alerts,
    )


# today's parcels leaving the station, counted from the audit summary of these operations
_LEFT_TODAY = {"parcel.pickup": "picked_up", "round.deliver": "delivered", "parcel.return": "returned"}
_AUDIT_WALK_CAP = 200_000  # a station records far fewer operations in a day


def _today_in_audit(conn: sqlite3.Connection, since: str) -> tuple[int, dict[str, int]]:
    """Entries since local midnight, walking the audit log back from its newest entry (ids grow
    with time; the walk stops at the first entry before midnight), and parcels per action."""
    count, per_action = 0, {}
    for at, action, summary in conn.execute("SELECT at, action, summary FROM audit ORDER BY id DESC"):
        if at < since or count >= _AUDIT_WALK_CAP:
            break
        count += 1
        n = 1
        if action == "parcel.pickup":  # a family pickup is one entry for several parcels
            n = len(json.loads(summary).get("trackings") or [None])
        per_action[action] = per_action.get(action, 0) + n
    return count, per_action


def _parcels_by_status(conn: sqlite3.Connection, actions: dict[str, int]) -> dict[str, int]:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'parcels'").fetchone():
        return {}
    held = {str(r[0]): int(r[1]) for r in conn.execute(
        "SELECT status, count(*) FROM parcels WHERE status IN ('in_station', 'out_for_delivery') GROUP BY status")}
    left = {status: actions.get(action, 0) for action, status in _LEFT_TODAY.items()}
    return {k: n for k, n in {**held, **left}.items() if n}  # nothing invented: zero counts are left out
