"""The facts the Today page shows, read in one go and robust to modules not installed yet.

Every figure comes from a table that exists in the station database; a module whose tables are
not there yet (or have another shape) simply contributes nothing, never an error. Read-only.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from dataclasses import dataclass, field

from .clock import SHANGHAI, iso_utc
from .db.store import Store
from .outbox_stats import OutboxStats, read_outbox_stats


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    display_name: str


@dataclass(frozen=True)
class TodaySummary:
    """One look at the station today (local date in Asia/Shanghai).

    ``operations_today``: audit entries recorded since local midnight; ``parcels_by_status``:
    parcel counts per status (empty until the parcels module's table exists); ``staff``: active
    users; ``outbox``: what waits for the platform.
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
        ops = conn.execute("SELECT count(*) FROM audit WHERE at >= ?", (since,)).fetchone()[0]
        by_status = _parcels_by_status(conn)
        checked_in = _parcels_since(conn, since)
    return TodaySummary(
        station_code=st[0], station_name=st[1], town=st[2], county=st[3],
        local_date=now.astimezone(SHANGHAI).date(), staff=staff, operations_today=int(ops),
        parcels_by_status=by_status, parcels_checked_in_today=checked_in,
        outbox=read_outbox_stats(store, now),
    )


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def _parcels_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    if "status" not in _columns(conn, "parcels"):
        return {}
    return {str(r[0]): int(r[1]) for r in conn.execute("SELECT status, count(*) FROM parcels GROUP BY status")}


def _parcels_since(conn: sqlite3.Connection, since: str) -> int | None:
    cols = _columns(conn, "parcels")
    col = next((c for c in ("checked_in_at", "created_at") if c in cols), None)
    if col is None:
        return None
    return int(conn.execute(f"SELECT count(*) FROM parcels WHERE {col} >= ?", (since,)).fetchone()[0])
