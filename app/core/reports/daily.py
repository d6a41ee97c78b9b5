"""The daily station report: one station-local (Asia/Shanghai) day over every service, each figure
one indexed read (migration ``v010_reports``) — the same with a million parcels as with ten.

Definitions (docs/reports.md):

- parcels **in** / **picked up** / **delivered** / **returned**: parcels whose check-in, counter
  handover, doorstep delivery or return to sender happened that day; **out on rounds**: parcels
  scanned out onto a carrier's round that day (one parcel out twice counts twice);
- **overdue**: at the end of the day (now, for today) the parcels checked in at least
  ``parcels.overdue_days`` × 24 h before and not yet picked up, delivered or returned (a parcel out
  on a round is not yet delivered); a parcel that left more than :data:`OVERDUE_LOOKAHEAD_DAYS`
  after that moment is not looked for;
- **sent**: outbound parcels accepted that day, of them the produce ones by category with weight;
- payments taken that day by type and their status now; shop sales (and real-name sales of
  restricted pesticides) and returns that day; consignment intake, sales, reversals, statements
  and payouts that day;
- shifts opened or closed that day or still open, with their difference — the expected figure of
  an open shift only for a supervisor or admin (the clerk's count is blind);
- the sync backlog now.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from typing import Any

from ..cash.ledger import expected_cash
from ..clock import SHANGHAI, iso_utc
from ..outbox_stats import OutboxStats
from .rules import PARCEL_STATUSES, PRODUCE_CATEGORIES

#: how far past the day's end a pickup/delivery/return is looked for when counting overdue parcels
OVERDUE_LOOKAHEAD_DAYS = 90
PAYMENT_TYPES = ("electricity", "water", "gas", "mobile", "broadband", "pension", "medical")
PAYMENT_STATUSES = ("pending", "confirmed", "rejected", "refunded")


def day_bounds(day: _dt.date) -> tuple[str, str]:
    """The station-local day as UTC text ``[lo, hi)``."""
    start = _dt.datetime(day.year, day.month, day.day, tzinfo=SHANGHAI)
    return iso_utc(start), iso_utc(start + _dt.timedelta(days=1))


def _one(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...]:
    return conn.execute(sql, params).fetchone()


def parcel_figures(conn: sqlite3.Connection, day: _dt.date, now: _dt.datetime, overdue_days: int) -> dict[str, Any]:
    lo, hi = day_bounds(day)
    statuses = ", ".join(f"'{s}'" for s in PARCEL_STATUSES)  # the (status, checked_in_at) index: one seek each
    count = {"checked_in": _one(conn, f"SELECT count(*) FROM parcels WHERE status IN ({statuses})"
                                      " AND checked_in_at >= ? AND checked_in_at < ?", (lo, hi))[0]}
    for key, column in (("picked_up", "picked_up_at"), ("delivered", "delivered_at"), ("returned", "returned_at")):
        count[key] = _one(conn, f"SELECT count(*) FROM parcels WHERE {column} >= ? AND {column} < ?", (lo, hi))[0]
    count["out_on_rounds"] = _one(conn, "SELECT count(*) FROM round_items WHERE added_at >= ? AND added_at < ?",
                                  (lo, hi))[0]
    count["overdue"] = overdue_at(conn, min(iso_utc(now), hi), overdue_days)
    sent = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(
        "SELECT produce_category, count(*), coalesce(sum(weight_g), 0) FROM shipments"
        " WHERE accepted_at >= ? AND accepted_at < ? GROUP BY produce_category", (lo, hi))}
    count["sent"] = sum(n for n, _ in sent.values())
    produce = [{"category": c, "parcels": sent[c][0], "weight_g": sent[c][1]} for c in PRODUCE_CATEGORIES if c in sent]
    count["sent_produce"] = sum(p["parcels"] for p in produce)
    count["sent_produce_weight_g"] = sum(p["weight_g"] for p in produce)
    count["produce"] = produce
    count["overdue_days"] = overdue_days
    return count


def overdue_at(conn: sqlite3.Connection, at: str, overdue_days: int) -> int:
    """Parcels overdue at the instant ``at`` (UTC text): checked in before ``at`` − the overdue
    days and not yet left the station then. Two indexed reads: the parcels held now (status
    index), and those that left after ``at`` (the partial indexes on the leaving times)."""
    when = _dt.datetime.fromisoformat(at[:19]).replace(tzinfo=_dt.UTC)
    cutoff = iso_utc(when - _dt.timedelta(days=overdue_days))
    ahead = iso_utc(when + _dt.timedelta(days=OVERDUE_LOOKAHEAD_DAYS))
    held = _one(conn, "SELECT count(*) FROM parcels WHERE status IN ('in_station', 'out_for_delivery')"
                      " AND checked_in_at < ?", (cutoff,))[0]
    left = 0
    for column in ("picked_up_at", "delivered_at", "returned_at"):
        left += _one(conn, f"SELECT count(*) FROM parcels WHERE {column} >= ? AND {column} < ? AND checked_in_at < ?",
                     (at, ahead, cutoff))[0]
    return int(held + left)


def payment_figures(conn: sqlite3.Connection, day: _dt.date) -> dict[str, Any]:
    lo, hi = day_bounds(day)
    marks = ", ".join("?" * len(PAYMENT_STATUSES))
    rows = conn.execute(
        f"SELECT type, status, count(*), sum(amount_fen) FROM payments WHERE status IN ({marks})"
        " AND created_at >= ? AND created_at < ? GROUP BY type, status", (*PAYMENT_STATUSES, lo, hi)).fetchall()
    order = {t: i for i, t in enumerate(PAYMENT_TYPES)}
    lines = sorted(({"type": r[0], "status": r[1], "count": int(r[2]), "amount_fen": int(r[3])} for r in rows),
                   key=lambda x: (order.get(x["type"], 99), x["type"], PAYMENT_STATUSES.index(x["status"])))
    by_status = {s: {"count": 0, "amount_fen": 0} for s in PAYMENT_STATUSES}
    for line in lines:
        by_status[line["status"]]["count"] += line["count"]
        by_status[line["status"]]["amount_fen"] += line["amount_fen"]
    return {"count": sum(x["count"] for x in lines), "amount_fen": sum(x["amount_fen"] for x in lines),
            "by_status": by_status, "lines": lines}


def shop_figures(conn: sqlite3.Connection, day: _dt.date) -> dict[str, Any]:
    d = day.isoformat()
    sales = _one(conn, "SELECT count(*), coalesce(sum(total_fen), 0), coalesce(sum(restricted), 0),"
                       " coalesce(sum(CASE WHEN restricted = 1 THEN total_fen END), 0) FROM shop_sales"
                       " WHERE sold_on = ?", (d,))
    back = _one(conn, "SELECT count(*), coalesce(sum(total_fen), 0) FROM shop_returns WHERE returned_on = ?", (d,))
    return {"sales": int(sales[0]), "sales_fen": int(sales[1]), "restricted_sales": int(sales[2]),
            "restricted_fen": int(sales[3]), "returns": int(back[0]), "returns_fen": int(back[1]),
            "net_fen": int(sales[1]) - int(back[1])}


def consignment_figures(conn: sqlite3.Connection, day: _dt.date) -> dict[str, Any]:
    lo, hi = day_bounds(day)
    intake = _one(conn, "SELECT count(*), coalesce(sum(CASE WHEN unit = 'kg' THEN qty END), 0),"
                        " coalesce(sum(CASE WHEN unit = 'piece' THEN qty END), 0) FROM consign_lots"
                        " WHERE received_at >= ? AND received_at < ?", (lo, hi))
    moves = {r[0]: r[1:] for r in conn.execute(
        "SELECT kind, count(*), coalesce(sum(gross_fen), 0), coalesce(sum(commission_fen), 0),"
        " coalesce(sum(shipping_fen), 0) FROM consign_moves WHERE at >= ? AND at < ? GROUP BY kind", (lo, hi))}

    def m(kind: str, i: int) -> int:
        return int(moves.get(kind, (0, 0, 0, 0))[i])

    stm = _one(conn, "SELECT count(*), coalesce(sum(net_fen), 0), coalesce(sum(payable_fen), 0)"
                     " FROM consign_statements WHERE created_at >= ? AND created_at < ?", (lo, hi))
    paid = _one(conn, "SELECT count(*), coalesce(sum(amount_fen), 0),"
                      " coalesce(sum(CASE WHEN method = 'cash' THEN amount_fen END), 0) FROM consign_payouts"
                      " WHERE paid_at >= ? AND paid_at < ?", (lo, hi))
    return {"intake_lots": int(intake[0]), "intake_g": int(intake[1]), "intake_pieces": int(intake[2]),
            "sales": m("sale", 0), "sales_fen": m("sale", 1), "shipments": m("ship", 0), "shipments_fen": m("ship", 1),
            "voids": m("void", 0), "voids_fen": m("void", 1),
            "sold_fen": m("sale", 1) + m("ship", 1) + m("void", 1),
            "commission_fen": m("sale", 2) + m("ship", 2) + m("void", 2), "postage_fen": m("ship", 3),
            "spoiled": m("spoil", 0), "given_back": m("return", 0),
            "statements": int(stm[0]), "statements_net_fen": int(stm[1]), "statements_payable_fen": int(stm[2]),
            "payouts": int(paid[0]), "paid_fen": int(paid[1]), "paid_cash_fen": int(paid[2])}


def cash_figures(conn: sqlite3.Connection, day: _dt.date, oversee: bool) -> dict[str, Any]:
    """Shifts opened or closed that day, or still open. ``expected_fen``/``diff_fen`` of an open
    shift only when ``oversee`` (blind close: a clerk never sees what the drawer should hold)."""
    lo, hi = day_bounds(day)
    rows = conn.execute(
        "SELECT s.id, s.number, s.username, coalesce(u.display_name, ''), s.status, s.opened_at, s.closed_at,"
        " s.float_fen, s.expected_fen, s.counted_fen, s.diff_fen, s.reason, s.reason_text, s.approved_by"
        " FROM shifts AS s LEFT JOIN users AS u ON u.username = s.username"
        " WHERE (s.opened_at >= ? AND s.opened_at < ?) OR (s.closed_at >= ? AND s.closed_at < ?)"
        " OR (s.status = 'open' AND s.opened_at < ?) ORDER BY s.number", (lo, hi, lo, hi, hi)).fetchall()
    shifts = []
    for r in rows:
        expected = r[8]
        if r[4] == "open":
            expected = expected_cash(conn, r[0]) if oversee else None
        shifts.append({"shift_id": r[0], "number": r[1], "username": r[2], "clerk": r[3] or r[2], "status": r[4],
                       "opened_at": r[5], "closed_at": r[6], "float_fen": r[7], "expected_fen": expected,
                       "counted_fen": r[9], "diff_fen": r[10], "reason": r[12] or r[11], "approved_by": r[13]})
    closed = [s for s in shifts if s["status"] == "closed" and s["closed_at"] and lo <= s["closed_at"] < hi]
    return {"shifts": shifts, "closed": len(closed), "open": sum(1 for s in shifts if s["status"] == "open"),
            "with_difference": sum(1 for s in closed if s["diff_fen"]),
            "diff_fen": sum(s["diff_fen"] or 0 for s in closed)}


def sync_figures(outbox: OutboxStats) -> dict[str, Any]:
    return {"pending": outbox.pending, "oldest_pending_at": outbox.oldest_pending_at,
            "oldest_pending_age_s": outbox.oldest_pending_age_s, "last_success_at": outbox.last_success_at,
            "stale": outbox.stale}
