"""``Station.reports``: the one query layer behind every report — screen, CLI and every export.

- :meth:`ReportsService.daily` — the day over every service (clerk, supervisor, admin; a clerk's
  report leaves out the expected cash of open shifts);
- :meth:`ReportsService.subsidy` — the monthly subsidy figures with MoM / YoY (supervisor, admin);
- :meth:`ReportsService.sync` — what the Sync page shows (supervisor, admin);
- :meth:`ReportsService.subsidy_records` — every record the month's figures count (the evidence).

Each report is read in one snapshot (a consistent view while the counter keeps writing) and is
stamped with station, generated-at, data-as-of (the last successful sync) and its baselines.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from typing import Any

from ..clock import SHANGHAI, iso_utc, local_date
from ..db.store import Store
from ..errors import InvalidInput
from ..outbox_stats import OutboxStats, acked_through, age_s, last_success_at, pending_changes
from ..settings import SettingsService
from ..users.model import Actor
from ..users.permissions import Perm, allowed, require
from ..validate.dates import check_date, check_month
from . import daily
from .model import Report, Stamp
from .rules import MonthFigures, SubsidyRules, month_figures, month_window
from .settings import station_rules
from .source import StationSource


class ReportsService:
    def __init__(self, store: Store, settings: SettingsService, info: Any, sync: Callable[[], Any]) -> None:
        self.store = store
        self.settings = settings
        self.info = info
        self._sync = sync

    def rules(self) -> SubsidyRules:
        """The station's counting rules (settings ``reports.*``)."""
        return station_rules(self.settings)

    def _stamp(self, now: _dt.datetime, period: str, baseline: dict[str, str | None] | None = None,
               rules: SubsidyRules | None = None) -> Stamp:
        """(Inside the report's snapshot.)"""
        last = last_success_at(self.store.conn)
        return Stamp(self.info.code, self.info.name, self.info.town, iso_utc(now), last, period, baseline or {},
                     rules.as_dict() if rules else {})

    # -- daily ----------------------------------------------------------------------------------------
    def daily(self, actor: Actor, day: _dt.date | str | None = None) -> Report:
        """The station's day (today by default; a date in the future is ``report.future`` 3).
        Read-only, one snapshot, every figure through an index."""
        require(actor, Perm.REPORTS_READ)
        now = self.store.clock.now()
        today = local_date(now)
        if day is None:
            day = today
        elif isinstance(day, str):
            day = check_date(day)
        if day > today:
            raise InvalidInput("report.future", date=day.isoformat())
        oversee = allowed(actor, Perm.CASH_OVERSEE)
        overdue_days = int(self.settings.get("parcels.overdue_days"))
        conn = self.store.conn
        with self.store.snapshot():
            data = {
                "date": day.isoformat(),
                "parcels": daily.parcel_figures(conn, day, now, overdue_days),
                "payments": daily.payment_figures(conn, day),
                "shop": daily.shop_figures(conn, day),
                "consignment": daily.consignment_figures(conn, day),
                "cash": daily.cash_figures(conn, day, oversee),
                "sync": daily.sync_figures(_outbox(conn, now)),
            }
            stamp = self._stamp(now, day.isoformat())
        return Report("daily", stamp, data, oversee=oversee)

    # -- monthly subsidy ------------------------------------------------------------------------------
    def subsidy(self, actor: Actor, month: str, rules: SubsidyRules | None = None) -> Report:
        """The month's subsidy figures under the station's rules (or ``rules``): downstream,
        upstream, produce parcels by category and weight, consignment produce sold, each with its
        MoM and YoY increments, and the per-day series. A month that has not begun is
        ``report.future`` (3)."""
        require(actor, Perm.REPORTS_OVERSEE)
        year, mon = check_month(month)
        month = f"{year:04d}-{mon:02d}"
        now = self.store.clock.now()
        if month > local_date(now).isoformat()[:7]:
            raise InvalidInput("report.future", date=month)
        rules = rules or self.rules()
        with self.store.snapshot():
            figures = month_figures(StationSource(self.store.conn), month, rules)
            baseline = {"mom": figures.mom_month if figures.mom_base else None,
                        "yoy": figures.yoy_month if figures.yoy_base else None}
            stamp = self._stamp(now, month, baseline, rules)
        return Report("subsidy", stamp, subsidy_data(figures), figures=figures, oversee=True)

    def subsidy_records(self, actor: Actor, month: str, rules: SubsidyRules | None = None
                        ) -> Iterator[dict[str, Any]]:
        """Every record the month's figures count, one row each, as they are read (constant
        memory): ``kind`` (downstream, returned: −1 under net returns, upstream, consignment),
        ``ref`` (tracking number, waybill, lot), local ``at``, ``group`` (status or category),
        ``weight_g``/``qty``, ``amount_fen`` and ``counts`` (+1/−1/0)."""
        require(actor, Perm.REPORTS_OVERSEE)
        year, mon = check_month(month)
        rules = rules or self.rules()
        lo, hi = month_window(f"{year:04d}-{mon:02d}", rules)
        return _records(self.store, lo, hi, rules)

    # -- sync -----------------------------------------------------------------------------------------
    def sync(self, actor: Actor, consistency: Any = None, runs: int = 30, dead: int = 100) -> Report:
        """What the Sync page shows: the backlog, the last success, the recent runs with bytes and
        errors, the refused records, and — when given (it needs the platform) — the consistency
        check of this station's counts against the platform's."""
        require(actor, Perm.REPORTS_OVERSEE)
        engine = self._sync()
        now = self.store.clock.now()
        status = engine.status().as_dict()  # (its own snapshot: the stamp is read after it)
        data = {"status": status, "runs": engine.runs(runs),
                "dead_letters": [d.__dict__ for d in engine.dead_letters(dead)],
                "consistency": consistency.as_dict() if consistency is not None else None}
        data.update(pending=status["pending"], oldest_pending_age_s=status["oldest_pending_age_s"],
                    last_success_at=status["last_success_at"])
        with self.store.snapshot():
            stamp = self._stamp(now, local_date(now).isoformat())
        return Report("sync", stamp, data, oversee=True)


def _outbox(conn: Any, now: _dt.datetime) -> OutboxStats:
    """The backlog read inside the caller's snapshot (what ``read_outbox_stats`` reads)."""
    acked = acked_through(conn)
    pending, oldest = pending_changes(conn, acked)
    return OutboxStats(pending, acked, oldest, age_s(oldest, now), last_success_at(conn))


def subsidy_data(f: MonthFigures) -> dict[str, Any]:
    """The monthly report as JSON (CLI.md: ``month``, ``downstream``, ``upstream``,
    ``produce_parcels``, ``mom``, ``yoy``; plus every line and the per-day series)."""
    cur = f.current
    lines = f.lines()

    def side(which: str, month: str, base: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"month": month, "available": base is not None}
        for line in lines:
            if line.group == "" and (line.section, line.metric) in _HEADLINE:
                out[_HEADLINE[(line.section, line.metric)]] = getattr(line, which).as_dict()
        return out

    return {
        "month": f.month, "first_month": f.first_month,
        "downstream": cur.downstream, "upstream": cur.upstream, "produce_parcels": cur.produce_parcels,
        "produce_weight_g": cur.produce_weight_g,
        "produce": [{"category": line.group, "parcels": line.value,
                     "weight_g": next(x.value for x in lines if x.section == "produce" and x.metric == "weight_g"
                                      and x.group == line.group)}
                    for line in lines if line.section == "produce" and line.metric == "parcels" and line.group],
        "consignment": {"gross_fen": cur.consign_gross_fen, "qty_g": cur.consign_qty("kg"),
                        "qty_pieces": cur.consign_qty("piece")},
        "mom": side("mom", f.mom_month, f.mom_base), "yoy": side("yoy", f.yoy_month, f.yoy_base),
        "lines": [{"section": x.section, "metric": x.metric, "group": x.group, "value": x.value,
                   "mom": x.mom.as_dict(), "yoy": x.yoy.as_dict()} for x in lines],
        "days": [{"date": d.isoformat(), "downstream": t.downstream, "upstream": t.upstream,
                  "produce_parcels": t.produce_parcels, "produce_weight_g": t.produce_weight_g,
                  "consign_gross_fen": t.consign_gross_fen} for d, t in f.days],
    }


_HEADLINE = {("downstream", "parcels"): "downstream", ("upstream", "parcels"): "upstream",
             ("produce", "parcels"): "produce_parcels", ("produce", "weight_g"): "produce_weight_g",
             ("consignment", "gross_fen"): "consign_gross_fen"}


def _local(iso: str) -> str:
    return _dt.datetime.fromisoformat(iso[:19]).replace(tzinfo=_dt.UTC).astimezone(SHANGHAI).strftime(
        "%Y-%m-%d %H:%M")


def _records(store: Store, lo: str, hi: str, rules: SubsidyRules) -> Iterator[dict[str, Any]]:
    conn = store.conn
    counted = rules.counted_statuses
    for tracking, at, status in conn.execute(
            "SELECT tracking, checked_in_at, status FROM parcels WHERE status IN"
            " ('in_station', 'out_for_delivery', 'picked_up', 'delivered', 'returned')"
            " AND checked_in_at >= ? AND checked_in_at < ? ORDER BY checked_in_at", (lo, hi)):
        yield {"kind": "downstream", "ref": tracking, "at": _local(at), "group": status, "weight_g": None,
               "amount_fen": None, "counts": 1 if status in counted else 0}
    if rules.returns == "net":
        for tracking, at in conn.execute("SELECT tracking, returned_at FROM parcels WHERE returned_at >= ?"
                                         " AND returned_at < ? ORDER BY returned_at", (lo, hi)):
            yield {"kind": "returned", "ref": tracking, "at": _local(at), "group": "returned", "weight_g": None,
                   "amount_fen": None, "counts": -1}
    column = "accepted_at" if rules.upstream_from == "accepted" else "handed_over_at"
    for waybill, at, category, weight in conn.execute(
            f"SELECT waybill, {column}, produce_category, weight_g FROM shipments WHERE {column} >= ?"
            f" AND {column} < ? ORDER BY {column}", (lo, hi)):
        yield {"kind": "upstream", "ref": waybill, "at": _local(at), "group": category, "weight_g": weight,
               "amount_fen": None, "counts": 1}
    for number, at, _kind, category, unit, qty, gross in conn.execute(
            "SELECT l.number, m.at, m.kind, l.category, l.unit, -m.qty_delta, m.gross_fen FROM consign_moves AS m"
            " JOIN consign_lots AS l ON l.id = m.lot_id WHERE m.at >= ? AND m.at < ?"
            " AND m.kind IN ('sale', 'ship', 'void') ORDER BY m.at", (lo, hi)):
        yield {"kind": "consignment", "ref": f"L{number:06d}", "at": _local(at), "group": category,
               "weight_g": qty if unit == "kg" else None, "qty": qty, "unit": unit, "amount_fen": gross, "counts": 0, "move": _kind}
