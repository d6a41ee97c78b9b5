"""The subsidy counting rules — the ONE definition the station's monthly report and the platform's
town report (``python -m hub report town``) both use, so a station's own figure and the town's row
for it agree. Standard library only: the hub imports this module and nothing else of the station.

What is counted is said in terms of **events**, each a time on a record the station writes (and
pushes: the platform holds the latest version of every record):

=====================  ==================================  ======================  ==============================
event                  record · time                        group                   qty · amount
=====================  ==================================  ======================  ==============================
``parcel_in``          ``parcels.checked_in_at``            the parcel's status     —
``parcel_returned``    ``parcels.returned_at``              —                       —
``shipment_accepted``  ``shipments.accepted_at``            produce category or ''  weight (g)
``shipment_handed``    ``shipments.handed_over_at``         produce category or ''  weight (g)
``consign_sold``       ``consign_moves.at`` (sale, ship,    lot category ``:`` unit  qty sold (g or pieces, a void
                       void)                                                        negative) · gross fen
=====================  ==================================  ======================  ==============================

An :class:`EventSource` answers "how many of event E in [lo, hi), by group". The station answers
with indexed SQL (``app.core.reports.source``), the platform with :class:`RecordSource` over the
records it was pushed; the rules below turn the answers into figures.

The rules (:class:`SubsidyRules`, station settings ``reports.*``, documented defaults):

- **month boundary**: local months of ``timezone`` — ``Asia/Shanghai`` (default: a parcel checked in
  at 00:30 on 1 March in Chongqing is March's, though it is still February in UTC) or ``UTC``;
- **downstream** (下行) = parcels checked in during the month whose status now is one of
  ``statuses`` (default: every status but ``returned``), plus the returned ones by ``returns``:
  ``net`` (default) — a returned parcel counts in its check-in month and is taken off in the month
  it went back (so a month's figure never changes after the month ends), ``gross`` — returns count
  like any parcel, ``exclude`` — returned parcels never count;
- **upstream** (上行) = outbound shipments, counted when ``accepted`` at the counter (default) or
  when ``handed_over`` to the courier; **produce parcels** are the upstream ones with a produce
  category, by category, with their weight;
- **consignment produce sold** = counter sales and shipments of consigned produce less reversals,
  by category and unit (kg as grams, pieces), with the gross amount.

Increments (MoM: the month before; YoY: the same month a year before): ``change`` = value − base,
``pct`` = change / base in tenths of a percent (rounded half away from zero). A base month before
the first month the station has any counted record is **missing**: no change and no percentage
(shown "—", never 0 %); a base of 0 has a change but no percentage.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

PARCEL_STATUSES = ("in_station", "out_for_delivery", "picked_up", "delivered", "returned")
DEFAULT_STATUSES = ("in_station", "out_for_delivery", "picked_up", "delivered")
RETURNS = ("net", "gross", "exclude")
UPSTREAM_FROM = ("accepted", "handed_over")
#: the month boundary: hours east of UTC (whole hours: hour buckets of UTC times stay exact)
TIMEZONES: dict[str, int] = {"Asia/Shanghai": 8, "UTC": 0}
#: produce categories in report order (the parcels' ProduceCategory ids)
PRODUCE_CATEGORIES = ("citrus", "herbs", "plum", "zhacai", "pepper", "other")
EVENTS = ("parcel_in", "parcel_returned", "shipment_accepted", "shipment_handed", "consign_sold")


class RulesInvalid(ValueError):
    """A rule value that is not one of the allowed ones (the station's settings check first)."""


@dataclass(frozen=True)
class SubsidyRules:
    """How the subsidy figures are counted (see the module doc)."""

    statuses: tuple[str, ...] = DEFAULT_STATUSES
    returns: str = "net"
    upstream_from: str = "accepted"
    timezone: str = "Asia/Shanghai"

    def __post_init__(self) -> None:
        statuses = tuple(s for s in PARCEL_STATUSES if s in set(self.statuses))
        if set(self.statuses) - set(DEFAULT_STATUSES) or not statuses:
            raise RulesInvalid(f"statuses: {self.statuses!r}")
        object.__setattr__(self, "statuses", statuses)
        if self.returns not in RETURNS:
            raise RulesInvalid(f"returns: {self.returns!r}")
        if self.upstream_from not in UPSTREAM_FROM:
            raise RulesInvalid(f"upstream_from: {self.upstream_from!r}")
        if self.timezone not in TIMEZONES:
            raise RulesInvalid(f"timezone: {self.timezone!r}")

    @property
    def offset(self) -> _dt.timedelta:
        return _dt.timedelta(hours=TIMEZONES[self.timezone])

    @property
    def counted_statuses(self) -> frozenset[str]:
        """The statuses of a parcel counted at its check-in (returned ones unless ``exclude``)."""
        return frozenset(self.statuses) | (frozenset() if self.returns == "exclude" else {"returned"})

    def as_dict(self) -> dict[str, Any]:
        return {"statuses": list(self.statuses), "returns": self.returns, "upstream_from": self.upstream_from,
                "timezone": self.timezone}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubsidyRules:
        return cls(tuple(data.get("statuses", DEFAULT_STATUSES)), str(data.get("returns", "net")),
                   str(data.get("upstream_from", "accepted")), str(data.get("timezone", "Asia/Shanghai")))


# -- time windows ------------------------------------------------------------------------------------
def _utc_text(when: _dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_month(month: str) -> tuple[int, int]:
    year, mon = month.split("-")
    return int(year), int(mon)


def shift_month(month: str, months: int) -> str:
    """``2026-03`` shifted by ``months`` (−1: the month before; −12: a year before)."""
    year, mon = parse_month(month)
    n = year * 12 + (mon - 1) + months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def month_days(month: str) -> list[_dt.date]:
    """Every calendar day of a month (29 February included in a leap year)."""
    year, mon = parse_month(month)
    first = _dt.date(year, mon, 1)
    nxt = _dt.date(year + mon // 12, mon % 12 + 1, 1)
    return [first + _dt.timedelta(days=i) for i in range((nxt - first).days)]


def day_window(day: _dt.date, rules: SubsidyRules) -> tuple[str, str]:
    """The local day ``day`` as UTC text ``[lo, hi)`` (compares with stored times as text)."""
    start = _dt.datetime(day.year, day.month, day.day) - rules.offset
    return _utc_text(start), _utc_text(start + _dt.timedelta(days=1))


def month_window(month: str, rules: SubsidyRules) -> tuple[str, str]:
    """The local month as UTC text ``[lo, hi)``."""
    days = month_days(month)
    return day_window(days[0], rules)[0], day_window(days[-1], rules)[1]


def local_month(utc_text: str, rules: SubsidyRules) -> str:
    """The local month (``YYYY-MM``) of a stored UTC time."""
    when = _dt.datetime.fromisoformat(utc_text[:19]) + rules.offset
    return f"{when.year:04d}-{when.month:02d}"


# -- sources --------------------------------------------------------------------------------------------
@dataclass
class Agg:
    """What a group of records adds up to: how many, their quantity (grams, pieces, weight) and amount."""

    count: int = 0
    qty: int = 0
    amount: int = 0

    def add(self, other: Agg) -> None:
        self.count += other.count
        self.qty += other.qty
        self.amount += other.amount


class EventSource(Protocol):
    def aggregate(self, event: str, lo: str, hi: str, only: frozenset[str] | None = None) -> dict[str, Agg]:
        """Records of ``event`` whose time lies in ``[lo, hi)`` (UTC text), by group; ``only``:
        just those groups (None: every group)."""
        ...

    def first(self, event: str) -> str | None:
        """The earliest time of ``event`` (None: none yet)."""
        ...


class RecordSource:
    """:class:`EventSource` over records as dicts — the platform's latest version of each record a
    station pushed (``parcels``, ``shipments``, ``consign_moves``, ``consign_lots`` payloads). The
    reading of each field here is the definition the station's indexed SQL implements."""

    def __init__(self, parcels: Iterable[Mapping[str, Any]] = (), shipments: Iterable[Mapping[str, Any]] = (),
                 moves: Iterable[Mapping[str, Any]] = (), lots: Iterable[Mapping[str, Any]] = ()) -> None:
        ev: dict[str, list[tuple[str, str, int, int]]] = {e: [] for e in EVENTS}
        for p in parcels:
            if p.get("checked_in_at"):
                ev["parcel_in"].append((str(p["checked_in_at"]), str(p.get("status") or ""), 0, 0))
            if p.get("returned_at"):
                ev["parcel_returned"].append((str(p["returned_at"]), "", 0, 0))
        for s in shipments:
            group = str(s.get("produce_category") or "") if s.get("produce") else ""
            weight = int(s.get("weight_g") or 0)
            if s.get("accepted_at"):
                ev["shipment_accepted"].append((str(s["accepted_at"]), group, weight, 0))
            if s.get("handed_over_at"):
                ev["shipment_handed"].append((str(s["handed_over_at"]), group, weight, 0))
        kinds = {str(lot.get("id")): f"{lot.get('category') or 'other'}:{lot.get('unit') or 'kg'}" for lot in lots}
        for m in moves:
            if m.get("kind") in ("sale", "ship", "void") and m.get("at"):
                group = kinds.get(str(m.get("lot_id")), "other:kg")
                ev["consign_sold"].append((str(m["at"]), group, -int(m.get("qty_delta") or 0),
                                           int(m.get("gross_fen") or 0)))
        self._events = {e: sorted(rows) for e, rows in ev.items()}
        self._times = {e: [r[0] for r in rows] for e, rows in self._events.items()}

    def aggregate(self, event: str, lo: str, hi: str, only: frozenset[str] | None = None) -> dict[str, Agg]:
        rows, times = self._events[event], self._times[event]
        out: dict[str, Agg] = {}
        for _, group, qty, amount in rows[bisect.bisect_left(times, lo):bisect.bisect_left(times, hi)]:
            if only is not None and group not in only:
                continue
            a = out.setdefault(group, Agg())
            a.count += 1
            a.qty += qty
            a.amount += amount
        return out

    def first(self, event: str) -> str | None:
        times = self._times[event]
        return times[0] if times else None


# -- figures ----------------------------------------------------------------------------------------------
@dataclass
class Tally:
    """The subsidy figures of one window (a local day or month)."""

    downstream: int = 0
    upstream: int = 0
    produce: dict[str, Agg] = field(default_factory=dict)  # category → parcels, weight (g)
    consign: dict[str, Agg] = field(default_factory=dict)  # "category:unit" → moves, qty, gross fen

    @property
    def produce_parcels(self) -> int:
        return sum(a.count for a in self.produce.values())

    @property
    def produce_weight_g(self) -> int:
        return sum(a.qty for a in self.produce.values())

    @property
    def consign_gross_fen(self) -> int:
        return sum(a.amount for a in self.consign.values())

    def consign_qty(self, unit: str, category: str | None = None) -> int:
        return sum(a.qty for k, a in self.consign.items()
                   if k.endswith(":" + unit) and (category is None or k.split(":")[0] == category))

    def add(self, other: Tally) -> None:
        self.downstream += other.downstream
        self.upstream += other.upstream
        for mine, theirs in ((self.produce, other.produce), (self.consign, other.consign)):
            for k, a in theirs.items():
                mine.setdefault(k, Agg()).add(a)


_ALL_STATUSES = frozenset(PARCEL_STATUSES)


def tally(source: EventSource, lo: str, hi: str, rules: SubsidyRules) -> Tally:
    """The figures of the window ``[lo, hi)`` under ``rules``."""
    counted = rules.counted_statuses
    arrived = source.aggregate("parcel_in", lo, hi, None if counted >= _ALL_STATUSES else counted)
    down = sum(a.count for a in arrived.values())
    if rules.returns == "net":
        down -= sum(a.count for a in source.aggregate("parcel_returned", lo, hi).values())
    event = "shipment_accepted" if rules.upstream_from == "accepted" else "shipment_handed"
    shipped = source.aggregate(event, lo, hi)
    produce = {g: a for g, a in shipped.items() if g}
    consign = source.aggregate("consign_sold", lo, hi)
    return Tally(down, sum(a.count for a in shipped.values()), produce, consign)


def first_month(source: EventSource, rules: SubsidyRules) -> str | None:
    """The local month of the station's earliest counted record (None: nothing yet) — the first
    month a baseline can be."""
    times = [t for t in (source.first(e) for e in EVENTS) if t]
    return local_month(min(times), rules) if times else None


@dataclass(frozen=True)
class Increment:
    """A figure against its baseline. ``base`` None: the baseline is missing (before the station's
    data begins) — then ``change`` and ``pct_tenths`` are None too; a base of 0 has no percentage."""

    base: int | None
    change: int | None
    pct_tenths: int | None

    @property
    def pct(self) -> float | None:
        return None if self.pct_tenths is None else self.pct_tenths / 10

    def as_dict(self) -> dict[str, Any]:
        return {"base": self.base, "change": self.change, "pct": self.pct}


def increment(value: int, base: int | None) -> Increment:
    """``value`` against ``base`` (see :class:`Increment`)."""
    if base is None:
        return Increment(None, None, None)
    change = value - base
    if base == 0:
        return Increment(0, change, None)
    q, r = divmod(abs(change) * 1000, abs(base))
    tenths = q + (1 if 2 * r >= abs(base) else 0)
    return Increment(base, change, tenths if (change >= 0) == (base > 0) else -tenths)


@dataclass(frozen=True)
class Line:
    """One figure of the monthly report: ``section`` (downstream, upstream, produce, consignment),
    ``metric`` (parcels, weight_g, gross_fen, qty_g, qty_pieces), ``group`` ('' for the total, else
    a category), its value and its increments."""

    section: str
    metric: str
    group: str
    value: int
    mom: Increment
    yoy: Increment


@dataclass(frozen=True)
class MonthFigures:
    """A month under the rules: its tally, the per-day series, the two baselines (None: missing)."""

    month: str
    rules: SubsidyRules
    current: Tally
    days: tuple[tuple[_dt.date, Tally], ...]
    mom_month: str
    yoy_month: str
    mom_base: Tally | None
    yoy_base: Tally | None
    first_month: str | None

    def lines(self) -> list[Line]:
        """Every figure with its increments, in report order."""
        cur, mom, yoy = self.current, self.mom_base, self.yoy_base

        def line(section: str, metric: str, group: str, get: Any) -> Line:
            return Line(section, metric, group, get(cur), increment(get(cur), None if mom is None else get(mom)),
                        increment(get(cur), None if yoy is None else get(yoy)))

        def seen(pick: Any) -> list[str]:
            keys = set().union(*(pick(t) for t in (cur, mom, yoy) if t is not None))
            return [c for c in PRODUCE_CATEGORIES if c in keys]

        out = [line("downstream", "parcels", "", lambda t: t.downstream),
               line("upstream", "parcels", "", lambda t: t.upstream),
               line("produce", "parcels", "", lambda t: t.produce_parcels),
               line("produce", "weight_g", "", lambda t: t.produce_weight_g)]
        for c in seen(lambda t: t.produce.keys()):
            out.append(line("produce", "parcels", c, lambda t, c=c: t.produce.get(c, Agg()).count))
            out.append(line("produce", "weight_g", c, lambda t, c=c: t.produce.get(c, Agg()).qty))
        out += [line("consignment", "gross_fen", "", lambda t: t.consign_gross_fen),
                line("consignment", "qty_g", "", lambda t: t.consign_qty("kg")),
                line("consignment", "qty_pieces", "", lambda t: t.consign_qty("piece"))]
        for c in seen(lambda t: {k.split(":")[0] for k in t.consign}):
            out.append(line("consignment", "gross_fen", c, lambda t, c=c: sum(
                a.amount for k, a in t.consign.items() if k.split(":")[0] == c)))
            out.append(line("consignment", "qty_g", c, lambda t, c=c: t.consign_qty("kg", c)))
            out.append(line("consignment", "qty_pieces", c, lambda t, c=c: t.consign_qty("piece", c)))
        return out


def month_figures(source: EventSource, month: str, rules: SubsidyRules, *, days: bool = True) -> MonthFigures:
    """The month's figures: per local day (summed to the month) and the MoM / YoY baselines,
    a baseline before :func:`first_month` being missing. ``days=False`` skips the series (the
    town report needs only the month)."""
    start = first_month(source, rules)
    if days:
        series = tuple((d, tally(source, *day_window(d, rules), rules)) for d in month_days(month))
        current = Tally()
        for _, t in series:
            current.add(t)
    else:
        series = ()
        current = tally(source, *month_window(month, rules), rules)
    mom_m, yoy_m = shift_month(month, -1), shift_month(month, -12)

    def base(m: str) -> Tally | None:
        if start is None or m < start:
            return None
        return tally(source, *month_window(m, rules), rules)

    return MonthFigures(month, rules, current, series, mom_m, yoy_m, base(mom_m), base(yoy_m), start)
