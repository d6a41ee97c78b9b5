"""A report as the tables and charts that every output shows: the Reports page, CSV, XLSX and PDF
all print :func:`report_book`'s :class:`~app.core.exports.ExportBook`, so a figure on the screen
is the figure on paper. ``tr`` translates the reports' words (``app.messages.reports.WORDS``,
context ``reports``) into the station's language; the identity gives English.

A missing baseline prints "—" (the columns' ``blank``), never 0 % or an error. Personal data
never reaches a report (figures only; the sync report's record ids are UUIDs; the counted
records list tracking numbers and waybills, no names or phones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ...messages.reports import WORDS
from ..clock import local_text, parse_utc
from ..exports import Chart, ChartSeries, ExportBook, ExportColumn, ExportTable, format_grams
from ..money import format_fen
from .model import Report
from .rules import Line

Tr = Callable[[str], str]
DASH = "—"


class Words:
    """``w("p.overdue", n=7)``: a report word in the station's language, filled in."""

    def __init__(self, tr: Tr | None = None) -> None:
        self.tr = tr or (lambda s: s)

    def __call__(self, key: str, **fields: Any) -> str:
        text = self.tr(WORDS[key])
        return text.format(**fields) if fields else text

    def get(self, prefix: str, value: str) -> str:
        """The word for an id (``cat.plum``, ``st.returned``); the id itself when there is none."""
        key = f"{prefix}.{value}"
        return self(key) if key in WORDS else value


def _col(key: str, title: str, kind: str = "text", width: int = 12, blank: str = "") -> ExportColumn:
    return ExportColumn(key, title, kind, width, blank)  # type: ignore[arg-type]


def stamp_fields(report: Report, w: Words) -> list[tuple[str, str]]:
    """The stamp as ``label: value`` lines (the head of every output)."""
    s = report.stamp
    out = [(w("stamp.station"), f"{s.station_name} {s.station_code}")]
    if s.town:
        out.append((w("stamp.town"), s.town))
    out.append((w("stamp.month") if report.kind == "subsidy" else w("stamp.date"), s.period))
    out.append((w("stamp.generated"), local_text(s.generated_at)))
    out.append((w("stamp.data_as_of"), local_text(s.data_as_of) if s.data_as_of else w("stamp.never")))
    if report.kind == "subsidy" and report.figures is not None:
        f = report.figures
        for key, month, base in (("stamp.mom", f.mom_month, f.mom_base), ("stamp.yoy", f.yoy_month, f.yoy_base)):
            out.append((w(key), month if base is not None else w("stamp.missing", month=month)))
        r = f.rules
        out.append((w("stamp.rules"), w("stamp.rules_text", statuses=", ".join(w.get("st", x) for x in r.statuses),
                                        returns=w(f"rules.{r.returns}"), upstream=w(f"rules.{r.upstream_from}"),
                                        timezone=r.timezone)))
    out.append((w("stamp.masked"), w("stamp.yes")))
    return out


def report_book(report: Report, tr: Tr | None = None) -> ExportBook:
    """The tables and charts of ``report``, in the station's words."""
    w = Words(tr)
    build = {"daily": _daily, "subsidy": _subsidy, "sync": _sync}[report.kind]
    title, tables, charts = build(report, w)
    when = parse_utc(report.stamp.generated_at)
    return ExportBook(title=title, tables=tables, fields=stamp_fields(report, w), charts=charts,
                      footer=f"{report.stamp.station_name} · {title} · {report.stamp.period}", generated_at=when)


# -- daily -------------------------------------------------------------------------------------------
def _items(w: Words, rows: Iterable[tuple[str, Any, Any]], amount_kind: str = "money",
           amount_title: str | None = None, key: str = "") -> ExportTable:
    cols = [_col("item", w("col.item"), "text", 34), _col("count", w("col.count"), "number", 8),
            _col("amount", amount_title or w("col.amount"), amount_kind, 12)]
    return ExportTable(title=w(key), columns=cols, sheet_name=w(key),
                       rows=[{"item": i, "count": c, "amount": a} for i, c, a in rows])


def _daily(report: Report, w: Words) -> tuple[str, list[ExportTable], list[Chart]]:
    d = report.data
    p, pay, shop, k, cash, sync = d["parcels"], d["payments"], d["shop"], d["consignment"], d["cash"], d["sync"]
    parcel_rows = [(w("p.checked_in"), p["checked_in"], None), (w("p.picked_up"), p["picked_up"], None),
                   (w("p.delivered"), p["delivered"], None), (w("p.out_on_rounds"), p["out_on_rounds"], None),
                   (w("p.returned"), p["returned"], None), (w("p.overdue", n=p["overdue_days"]), p["overdue"], None),
                   (w("p.sent"), p["sent"], None), (w("p.sent_produce"), p["sent_produce"], p["sent_produce_weight_g"])]
    parcel_rows += [(w("p.produce", category=w.get("cat", x["category"])), x["parcels"], x["weight_g"])
                    for x in p["produce"]]
    tables = [_items(w, parcel_rows, "grams", w("col.weight"), "t.parcels")]
    cols = [_col("type", w("col.type"), "text", 22), _col("status", w("col.status"), "text", 10),
            _col("count", w("col.count"), "number", 8), _col("amount", w("col.amount"), "money", 12)]
    rows = [{"type": w.get("pt", x["type"]), "status": w.get("ps", x["status"]), "count": x["count"],
             "amount": x["amount_fen"]} for x in pay["lines"]]
    rows.append({"type": w("pay.total"), "status": "", "count": pay["count"], "amount": pay["amount_fen"]})
    tables.append(ExportTable(title=w("t.payments"), columns=cols, rows=rows, sheet_name=w("t.payments")))
    tables.append(_items(w, [(w("s.sales"), shop["sales"], shop["sales_fen"]),
                             (w("s.restricted"), shop["restricted_sales"], shop["restricted_fen"]),
                             (w("s.returns"), shop["returns"], shop["returns_fen"]),
                             (w("s.net"), None, shop["net_fen"])], key="t.shop"))
    tables.append(_items(w, [(w("k.intake"), k["intake_lots"], None), (w("k.sales"), k["sales"], k["sales_fen"]),
                             (w("k.shipments"), k["shipments"], k["shipments_fen"]),
                             (w("k.voids"), k["voids"], k["voids_fen"]), (w("k.sold"), None, k["sold_fen"]),
                             (w("k.commission"), None, k["commission_fen"]), (w("k.postage"), None, k["postage_fen"]),
                             (w("k.spoiled"), k["spoiled"], None), (w("k.given_back"), k["given_back"], None),
                             (w("k.statements"), k["statements"], k["statements_net_fen"]),
                             (w("k.payouts"), k["payouts"], k["paid_fen"])], key="t.consignment"))
    blank = DASH if not report.oversee else ""
    cols = [_col("number", w("col.number"), "number", 5), _col("clerk", w("col.clerk"), "text", 12),
            _col("status", w("col.status"), "text", 7), _col("opened", w("col.opened"), "text", 16),
            _col("closed", w("col.closed"), "text", 16), _col("float", w("col.float"), "money", 10),
            _col("expected", w("col.expected"), "money", 10, blank), _col("counted", w("col.counted"), "money", 10),
            _col("diff", w("col.difference"), "money", 10), _col("reason", w("col.reason"), "text", 14)]
    rows = [{"number": s["number"], "clerk": s["clerk"], "status": w.get("sh", s["status"]),
             "opened": local_text(s["opened_at"]), "closed": local_text(s["closed_at"]), "float": s["float_fen"],
             "expected": s["expected_fen"], "counted": s["counted_fen"], "diff": s["diff_fen"],
             "reason": s["reason"]} for s in cash["shifts"]]
    tables.append(ExportTable(title=w("t.shifts"), columns=cols, rows=rows, sheet_name=w("t.shifts")))
    tables.append(_sync_table(w, sync["pending"], sync["oldest_pending_at"], sync["last_success_at"]))
    chart = Chart("bar", w("c.parcels_day"),
                  (w("p.checked_in"), w("p.picked_up"), w("p.delivered"), w("p.returned"), w("p.sent")),
                  (ChartSeries(w("col.count"), (p["checked_in"], p["picked_up"], p["delivered"], p["returned"],
                                                p["sent"])),), w("u.parcels"))
    return w("daily.title"), tables, [chart]


def _sync_table(w: Words, pending: int, oldest: str | None, last: str | None,
                extra: Iterable[tuple[str, str]] = ()) -> ExportTable:
    cols = [_col("item", w("col.item"), "text", 34), _col("value", w("col.value"), "text", 34)]
    rows = [{"item": w("y.pending"), "value": str(pending)},
            {"item": w("y.oldest"), "value": local_text(oldest) if oldest else w("y.nothing")},
            {"item": w("y.last"), "value": local_text(last) if last else w("stamp.never")}]
    rows += [{"item": k, "value": v} for k, v in extra]
    return ExportTable(title=w("t.sync"), columns=cols, rows=rows, sheet_name=w("t.sync"))


# -- subsidy ---------------------------------------------------------------------------------------------
def _increment_table(w: Words, key: str, kind: str, lines: list[tuple[str, Line]]) -> ExportTable:
    cols = [_col("figure", w("col.figure"), "text", 30), _col("value", w("col.this_month"), kind, 11),
            _col("mom_base", w("col.last_month"), kind, 11, DASH),
            _col("mom_change", w("col.mom_change"), kind, 11, DASH),
            _col("mom_pct", w("col.mom_pct"), "pct", 9, DASH),
            _col("yoy_base", w("col.last_year"), kind, 11, DASH),
            _col("yoy_change", w("col.yoy_change"), kind, 11, DASH),
            _col("yoy_pct", w("col.yoy_pct"), "pct", 9, DASH)]
    rows = [{"figure": label, "value": x.value, "mom_base": x.mom.base, "mom_change": x.mom.change,
             "mom_pct": x.mom.pct_tenths, "yoy_base": x.yoy.base, "yoy_change": x.yoy.change,
             "yoy_pct": x.yoy.pct_tenths} for label, x in lines]
    return ExportTable(title=w(key), columns=cols, rows=rows, sheet_name=w(key))


def _subsidy(report: Report, w: Words) -> tuple[str, list[ExportTable], list[Chart]]:
    f = report.figures
    assert f is not None
    lines = f.lines()

    def pick(section: str, metric: str) -> list[Line]:
        return [x for x in lines if x.section == section and x.metric == metric]

    def cat(x: Line, total: str) -> str:
        return w.get("cat", x.group) if x.group else w(total)

    volumes = [(w("f.downstream"), pick("downstream", "parcels")[0]), (w("f.upstream"), pick("upstream", "parcels")[0])]
    volumes += [(w("f.produce_cat", category=w.get("cat", x.group)) if x.group else w("f.produce"), x)
                for x in pick("produce", "parcels")]
    tables = [_increment_table(w, "t.volumes", "number", volumes),
              _increment_table(w, "t.weight", "grams", [(cat(x, "f.all"), x) for x in pick("produce", "weight_g")]),
              _increment_table(w, "t.consign_money", "money",
                               [(cat(x, "f.consign"), x) for x in pick("consignment", "gross_fen")]),
              _increment_table(w, "t.consign_kg", "grams",
                               [(cat(x, "f.consign"), x) for x in pick("consignment", "qty_g")
                                if x.group == "" or x.value or x.mom.base or x.yoy.base])]
    pieces = [(cat(x, "f.consign"), x) for x in pick("consignment", "qty_pieces")
              if x.group == "" or x.value or x.mom.base or x.yoy.base]
    tables.append(_increment_table(w, "t.consign_pieces", "number", pieces))
    cols = [_col("date", w("col.date"), "date", 11), _col("down", w("col.downstream"), "number", 10),
            _col("up", w("col.upstream"), "number", 10), _col("produce", w("col.produce"), "number", 10),
            _col("weight", w("col.weight"), "grams", 10), _col("consign", w("col.consign_sales"), "money", 12)]
    days = [{"date": d.isoformat(), "down": t.downstream, "up": t.upstream, "produce": t.produce_parcels,
             "weight": t.produce_weight_g, "consign": t.consign_gross_fen} for d, t in f.days]
    tables.append(ExportTable(title=w("t.days"), columns=cols, rows=days, sheet_name=w("t.days")))
    labels = tuple(d.strftime("%d") for d, _ in f.days)
    per_day = Chart("line", w("c.per_day"), labels,
                    (ChartSeries(w("col.downstream"), tuple(t.downstream for _, t in f.days)),
                     ChartSeries(w("col.upstream"), tuple(t.upstream for _, t in f.days)),
                     ChartSeries(w("col.produce"), tuple(t.produce_parcels for _, t in f.days))), w("u.parcels"))
    heads = [x for _, x in volumes[:3]]
    series = [ChartSeries(w("s.this_month"), tuple(x.value for x in heads))]
    if f.mom_base is not None:
        series.append(ChartSeries(w("s.last_month"), tuple(x.mom.base or 0 for x in heads)))
    if f.yoy_base is not None:
        series.append(ChartSeries(w("s.last_year"), tuple(x.yoy.base or 0 for x in heads)))
    against = Chart("bar", w("c.against"), (w("col.downstream"), w("col.upstream"), w("col.produce")),
                    tuple(series), w("u.parcels"))
    charts = [against, per_day]
    cats = [x for x in pick("produce", "parcels") if x.group and x.value]
    if cats:
        charts.append(Chart("bar", w("c.produce"), tuple(w.get("cat", x.group) for x in cats),
                            (ChartSeries(w("s.this_month"), tuple(x.value for x in cats)),), w("u.parcels")))
    return w("subsidy.title"), tables, charts


def records_table(rows: Iterator[dict[str, Any]], report_month: str, tr: Tr | None = None) -> ExportTable:
    """The counted records (:meth:`ReportsService.subsidy_records`) as one long table, read as it
    is written (constant memory: a month of a big station is 100,000 rows and more)."""
    w = Words(tr)
    cols = [_col("kind", w("col.kind"), "text", 10), _col("ref", w("col.ref"), "text", 18),
            _col("at", w("col.time"), "text", 16), _col("group", w("col.group"), "text", 14),
            _col("weight_g", w("col.weight"), "grams", 10), _col("amount_fen", w("col.amount"), "money", 10),
            _col("counts", w("col.counts"), "number", 6)]
    kinds = {k: w(f"r.{k}") for k in ("downstream", "returned", "upstream", "consignment")}
    groups: dict[str, str] = {}

    def word(group: str) -> str:
        if group not in groups:
            groups[group] = (w.get("st", group) if f"st.{group}" in WORDS else w.get("cat", group)) if group else ""
        return groups[group]

    def out() -> Iterator[dict[str, Any]]:
        for r in rows:
            yield {**r, "kind": kinds[r["kind"]], "group": word(r["group"])}

    title = f"{w('records.title')} {report_month}"
    return ExportTable(title=title, columns=cols, rows=out(), sheet_name=w("records.title"))


# -- sync -----------------------------------------------------------------------------------------------
def _sync(report: Report, w: Words) -> tuple[str, list[ExportTable], list[Chart]]:
    d = report.data
    st = d["status"]
    extra = [(w("y.hub"), st["hub_url"] or "—"), (w("y.acked"), str(st["acked_through"])),
             (w("y.dead"), str(st["dead_letters"]))]
    c = d["consistency"]
    extra.append((w("t.consistency"), w("y.not_checked") if c is None else
                  w("y.checked_ok") if c["ok"] else w("y.checked_differs")))
    tables = [_sync_table(w, st["pending"], st["oldest_pending_at"], st["last_success_at"], extra)]
    cols = [_col("started", w("col.started"), "text", 16), _col("trigger", w("col.trigger"), "text", 8),
            _col("result", w("col.result"), "text", 8), _col("pushed", w("col.sent"), "number", 8),
            _col("pulled", w("col.received"), "number", 8), _col("up", w("col.bytes_up"), "number", 10),
            _col("down", w("col.bytes_down"), "number", 10), _col("error", w("col.error"), "text", 14)]
    rows = [{"started": local_text(r.get("started_at")), "trigger": r.get("trigger"),
             "result": w.get("run", str(r.get("result"))), "pushed": r.get("pushed"), "pulled": r.get("pulled"),
             "up": r.get("bytes_up"), "down": r.get("bytes_down"), "error": r.get("error_class") or ""}
            for r in d["runs"]]
    tables.append(ExportTable(title=w("t.runs"), columns=cols, rows=rows, sheet_name=w("t.runs")))
    cols = [_col("seq", w("col.number"), "number", 8), _col("entity", w("col.kind"), "text", 14),
            _col("entity_id", w("col.record"), "text", 38), _col("code", w("col.reason"), "text", 22),
            _col("at", w("col.time"), "text", 16)]
    rows = [{**x, "at": local_text(x.get("at"))} for x in d["dead_letters"]]
    tables.append(ExportTable(title=w("t.refused"), columns=cols, rows=rows, sheet_name=w("t.refused")))
    charts: list[Chart] = []
    if c is not None:
        kinds = sorted(set(c["station_counts"]) | set(c["hub_counts"]))
        cols = [_col("kind", w("col.kind"), "text", 20), _col("station", w("col.station"), "number", 12),
                _col("hub", w("col.platform"), "number", 12)]
        tables.append(ExportTable(title=w("t.consistency"), columns=cols, sheet_name=w("t.consistency"),
                                  rows=[{"kind": k, "station": c["station_counts"].get(k, 0),
                                         "hub": c["hub_counts"].get(k, 0)} for k in kinds]))
    runs = list(reversed(d["runs"][:14]))
    if runs:
        charts.append(Chart("bar", w("t.runs"), tuple(local_text(r.get("started_at"))[5:] for r in runs),
                            (ChartSeries(w("col.sent"), tuple(int(r.get("pushed") or 0) for r in runs)),
                             ChartSeries(w("col.received"), tuple(int(r.get("pulled") or 0) for r in runs)))))
    return w("sync.title"), tables, charts


def fmt_value(kind: str, value: int | None) -> str:
    """A figure as text (what a cell of that kind shows)."""
    if value is None:
        return DASH
    return {"money": format_fen, "grams": format_grams}.get(kind, str)(value)


__all__ = ["DASH", "Words", "fmt_value", "records_table", "report_book", "stamp_fields"]
