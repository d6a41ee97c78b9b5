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
from .outbox_stats import OutboxStats, age_s, read_outbox_stats
from .settings import SettingsService
from .users.model import Actor


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    display_name: str


@dataclass(frozen=True)
class ShiftGlance:
    """The signed-in user's drawer: open or not, since when, the float and how many movements.
    ``expected_fen`` only for a supervisor or admin (a clerk's close is blind: never for them)."""

    open: bool
    number: int | None = None
    opened_at: str | None = None
    float_fen: int = 0
    movements: int = 0
    expected_fen: int | None = None


@dataclass(frozen=True)
class Glance:
    """The counter at a glance (issue 11), each figure one indexed read: parcels waiting on the
    shelves and those overdue (``parcels.overdue_days``), payments waiting for the platform (count,
    total, the oldest one's age), the shop's low-stock products and lots near expiry or expired,
    consignment lots due back to the farmer soon or past their date, and the user's shift."""

    parcels_waiting: int = 0
    parcels_overdue: int = 0
    overdue_days: int = 7
    oldest_waiting_at: str | None = None
    payments_pending: int = 0
    payments_pending_fen: int = 0
    payments_oldest_age_s: int | None = None
    payments_rejected: int = 0
    low_stock: int = 0
    near_expiry: int = 0
    expired: int = 0
    consign_due: int = 0
    consign_overdue: int = 0
    shift: ShiftGlance | None = None


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
    glance: Glance | None = None


def local_midnight_utc(now: _dt.datetime) -> _dt.datetime:
    """The UTC instant of the station's (Asia/Shanghai) midnight that began ``now``'s day."""
    local = now.astimezone(SHANGHAI)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(_dt.UTC)


def read_today(store: Store, now: _dt.datetime | None = None, actor: Actor | None = None) -> TodaySummary:
    """Everything the Today page needs, read in one snapshot. Never writes. With ``actor`` the
    glance carries that user's shift (blind unless the actor oversees cash)."""
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
        settings = SettingsService(store)
        alerts = read_alerts(conn, now, settings)
        glance = read_glance(conn, now, settings, actor)
    return TodaySummary(
        station_code=st[0], station_name=st[1], town=st[2], county=st[3],
        local_date=now.astimezone(SHANGHAI).date(), staff=staff, operations_today=ops,
        parcels_by_status=by_status, parcels_checked_in_today=checked_in,
        outbox=read_outbox_stats(store, now), alerts=alerts, glance=glance,
    )


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def read_glance(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService,
                actor: Actor | None = None) -> Glance:
    """The figures of :class:`Glance` (inside the caller's snapshot; tables a module has not
    created yet contribute zeros)."""
    out: dict[str, object] = {}
    days = int(settings.get("parcels.overdue_days"))
    if _has(conn, "parcels"):
        cutoff = iso_utc(now - _dt.timedelta(days=days))
        waiting, oldest = conn.execute("SELECT count(*), min(checked_in_at) FROM parcels WHERE status = 'in_station'"
                                       ).fetchone()
        overdue = conn.execute("SELECT count(*) FROM parcels WHERE status = 'in_station' AND checked_in_at < ?",
                               (cutoff,)).fetchone()[0]
        out.update(parcels_waiting=waiting, parcels_overdue=overdue, oldest_waiting_at=oldest)
    out["overdue_days"] = days
    if _has(conn, "payments"):
        n, total, first = conn.execute("SELECT count(*), coalesce(sum(amount_fen), 0), min(created_at) FROM payments"
                                       " WHERE status = 'pending'").fetchone()
        rejected = conn.execute("SELECT count(*) FROM payments WHERE status = 'rejected'").fetchone()[0]
        out.update(payments_pending=n, payments_pending_fen=total, payments_rejected=rejected,
                   payments_oldest_age_s=age_s(first, now))
    if _has(conn, "shop_lots"):
        from .shop import settings as shop_settings
        from .shop.expiry import sellable_from

        today = sellable_from(now)
        horizon = (_dt.date.fromisoformat(today) + _dt.timedelta(days=int(settings.get(shop_settings.NEAR_EXPIRY)))
                   ).isoformat()
        near, expired = conn.execute(
            "SELECT coalesce(sum(expires_on >= ? AND expires_on <= ?), 0), coalesce(sum(expires_on < ?), 0)"
            " FROM shop_lots WHERE qty > 0 AND recalled_at IS NULL", (today, horizon, today)).fetchone()
        low = conn.execute(
            "SELECT count(*) FROM (SELECT coalesce(sum(CASE WHEN l.qty > 0 AND l.recalled_at IS NULL AND"
            " l.expires_on >= ? THEN l.qty END), 0) AS n, CASE WHEN p.low_stock > 0 THEN p.low_stock ELSE ? END AS t"
            " FROM shop_lots AS l JOIN shop_products AS p ON p.id = l.product_id WHERE p.active = 1 GROUP BY p.id"
            " HAVING n <= t)", (today, int(settings.get(shop_settings.LOW_STOCK)))).fetchone()[0]
        out.update(near_expiry=near, expired=expired, low_stock=low)
    if _has(conn, "consign_lots"):
        from .clock import local_date
        from .consignment.intake import due_lots

        today_d = local_date(now)
        due = due_lots(conn, today_d, int(settings.get("consign.alert_days")))
        late = sum(1 for lot in due if lot.return_by < today_d.isoformat())
        out.update(consign_due=len(due) - late, consign_overdue=late)
    if actor is not None and _has(conn, "shifts"):
        out["shift"] = _shift(conn, actor)
    return Glance(**out)  # type: ignore[arg-type]


def _shift(conn: sqlite3.Connection, actor: Actor) -> ShiftGlance:
    from .cash.ledger import expected_cash, open_shift_id
    from .users.permissions import Perm, allowed

    sid = open_shift_id(conn, actor.username)
    if sid is None:
        return ShiftGlance(False)
    number, opened, float_fen = conn.execute("SELECT number, opened_at, float_fen FROM shifts WHERE id = ?",
                                             (sid,)).fetchone()
    moves = conn.execute("SELECT count(*) FROM cash_movements WHERE shift_id = ?", (sid,)).fetchone()[0]
    expected = expected_cash(conn, sid) if allowed(actor, Perm.CASH_OVERSEE) else None
    return ShiftGlance(True, number, opened, float_fen, moves, expected)


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
