"""``python -m hub report town``: every station of a town for one month — volumes up and down,
produce, consignment, backlog, last sync, and who has been silent for more than a day — computed
from the records the stations pushed, with the station's own counting rules
(:mod:`app.core.reports.rules`, the one definition both sides import), so a station's monthly
report and its row here agree once it has synced.

Storage: :meth:`hub.storage.base.HubStorage.latest_records` (the latest version of each pushed
record) and :meth:`report` (each station's sync facts). Totals add the stations' figures; a total
baseline adds the baselines of the stations that have one (``baseline_stations`` says how many).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from app.core.reports.rules import Increment, RecordSource, SubsidyRules, increment, month_figures

from .wire import iso_utc, parse_iso

SILENT_AFTER = _dt.timedelta(hours=24)
PARCEL_FIELDS = ("checked_in_at", "status", "returned_at")
SHIPMENT_FIELDS = ("accepted_at", "handed_over_at", "produce", "produce_category", "weight_g")
MOVE_FIELDS = ("kind", "at", "qty_delta", "gross_fen", "lot_id")
LOT_FIELDS = ("category", "unit")
_HEAD = ("downstream", "upstream", "produce_parcels", "produce_weight_g", "consign_gross_fen")


def current_month(now: _dt.datetime, rules: SubsidyRules) -> str:
    local = now.astimezone(_dt.UTC) + rules.offset
    return f"{local.year:04d}-{local.month:02d}"


def station_row(storage: Any, station: dict[str, Any], month: str, rules: SubsidyRules,
                now: _dt.datetime) -> dict[str, Any]:
    """One station's row: its month under ``rules``, MoM / YoY of the headline figures, its sync."""
    code = station["station_code"]
    source = RecordSource(parcels=storage.latest_records(code, "parcels", PARCEL_FIELDS),
                          shipments=storage.latest_records(code, "shipments", SHIPMENT_FIELDS),
                          moves=storage.latest_records(code, "consign_moves", MOVE_FIELDS),
                          lots=storage.latest_records(code, "consign_lots", LOT_FIELDS))
    f = month_figures(source, month, rules, days=False)
    cur = f.current
    values = dict(zip(_HEAD, (cur.downstream, cur.upstream, cur.produce_parcels, cur.produce_weight_g,
                              cur.consign_gross_fen), strict=True))

    def bases(base: Any) -> dict[str, int] | None:
        if base is None:
            return None
        return dict(zip(_HEAD, (base.downstream, base.upstream, base.produce_parcels, base.produce_weight_g,
                                base.consign_gross_fen), strict=True))

    last = station.get("last_sync_at")
    when = parse_iso(last) if last else None
    silent = when is None or now - when > SILENT_AFTER
    return {"station_code": code, "name": station["name"], "town": station["town"], **values,
            "produce": [{"category": k, "parcels": a.count, "weight_g": a.qty} for k, a in sorted(cur.produce.items())],
            "first_month": f.first_month,
            "mom": _side(f.mom_month, values, bases(f.mom_base)), "yoy": _side(f.yoy_month, values, bases(f.yoy_base)),
            "backlog_known": station.get("backlog_known"), "acked_through": station.get("acked_through"),
            "last_sync_at": last, "silent": silent,
            "silent_hours": None if when is None else int((now - when).total_seconds() // 3600)}


def _side(month: str, values: dict[str, int], bases: dict[str, int] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"month": month, "available": bases is not None}
    for k in _HEAD:
        inc: Increment = increment(values[k], None if bases is None else bases[k])
        out[k] = inc.as_dict()
    return out


def town_report(storage: Any, town: str | None, month: str | None, rules: SubsidyRules,
                now: _dt.datetime) -> dict[str, Any]:
    """Every station (of ``town``, or all) for ``month`` (default: the current local month)."""
    month = month or current_month(now, rules)
    stations = [s for s in storage.report() if not town or s["town"] == town]
    rows = [station_row(storage, s, month, rules, now) for s in stations]
    totals: dict[str, Any] = {k: sum(r[k] for r in rows) for k in _HEAD}
    totals.update(stations=len(rows), backlog_known=sum(r["backlog_known"] or 0 for r in rows),
                  silent=sum(1 for r in rows if r["silent"]),
                  silent_stations=[r["station_code"] for r in rows if r["silent"]])
    for side in ("mom", "yoy"):
        have = [r for r in rows if r[side]["available"]]
        out: dict[str, Any] = {"month": rows[0][side]["month"] if rows else None, "baseline_stations": len(have)}
        for k in _HEAD:
            base = sum(r[side][k]["base"] for r in have) if have else None
            value = sum(r[k] for r in have)
            out[k] = increment(value, base).as_dict()
        totals[side] = out
    return {"town": town or "", "month": month, "generated_at": iso_utc(now), "rules": rules.as_dict(),
            "stations": rows, "totals": totals}
