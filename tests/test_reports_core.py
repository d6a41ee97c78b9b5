"""Every figure of the monthly and daily reports against counts taken straight from the tables,
over fifteen generated months of every service (a first month without a baseline, February 2024
with its leap day, returns across month ends, parcels just before and after midnight at a month's
end), under the default rules and the others; the platform's reading of the same records
(``RecordSource``) gives the same figures; who may read what."""
# ruff: noqa: F811 - the history fixtures are imported and used by name

from __future__ import annotations

import datetime as _dt

import pytest

from app.core.errors import InvalidInput, NotAllowed
from app.core.reports.book import report_book
from app.core.reports.rules import RecordSource, SubsidyRules, increment, month_figures, month_window
from app.core.reports.source import StationSource
from app.paths import DataPaths

from .report_support import MONTHS, _history_template, hactors, hist, straight_month  # noqa: F401

RULES = {
    "default": (SubsidyRules(), dict()),
    "gross": (SubsidyRules(returns="gross"), dict(returns="gross")),
    "exclude": (SubsidyRules(statuses=("picked_up", "delivered"), returns="exclude"),
                dict(returns="exclude", statuses=("picked_up", "delivered"))),
    "utc-courier": (SubsidyRules(timezone="UTC", upstream_from="handed_over"),
                    dict(hours=0, upstream="handed_over_at")),
}


def _record_source(conn) -> RecordSource:  # noqa: ANN001
    """The station's own rows read the way the platform reads the pushed records."""
    def rows(sql: str) -> list[dict]:
        cur = conn.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    return RecordSource(parcels=rows("SELECT checked_in_at, status, returned_at FROM parcels"),
                        shipments=rows("SELECT accepted_at, handed_over_at, produce, produce_category, weight_g"
                                       " FROM shipments"),
                        moves=rows("SELECT kind, at, qty_delta, gross_fen, lot_id FROM consign_moves"),
                        lots=rows("SELECT id, category, unit FROM consign_lots"))


def test_every_month_and_rule_reconciles_with_the_tables_and_the_platforms_reading(hist):
    conn = hist.store.conn
    station, platform = StationSource(conn), _record_source(conn)
    assert conn.execute("SELECT count(*) FROM parcels WHERE status = 'returned'").fetchone()[0] > 10
    for name, (rules, how) in RULES.items():
        for month in MONTHS:
            f = month_figures(station, month, rules, days=name == "default")
            want = straight_month(conn, month, **how)
            cur = f.current
            got = {"downstream": cur.downstream, "upstream": cur.upstream,
                   "produce": {k: (a.count, a.qty) for k, a in cur.produce.items()},
                   "consign_gross_fen": cur.consign_gross_fen, "consign_g": cur.consign_qty("kg"),
                   "consign_pieces": cur.consign_qty("piece")}
            assert got == want, (name, month)
            theirs = month_figures(platform, month, rules, days=False)
            assert (theirs.current, theirs.mom_base, theirs.yoy_base) == (
                month_figures(station, month, rules, days=False).current, f.mom_base, f.yoy_base), (name, month)
            if f.days:  # the per-day series adds up to the month, one entry per calendar day
                assert len(f.days) == (29 if month == "2024-02" else len(f.days))
                assert sum(t.downstream for _, t in f.days) == cur.downstream
                assert sum(t.upstream for _, t in f.days) == cur.upstream
                assert sum(t.consign_gross_fen for _, t in f.days) == cur.consign_gross_fen


def test_baselines_missing_before_the_first_month_and_increments_from_the_tables(hist, hactors):
    conn = hist.store.conn
    sup = hactors["supervisor"]
    first = hist.reports.subsidy(sup, "2023-01")
    assert first.data["first_month"] == "2023-01"
    assert first.data["mom"]["available"] is False and first.data["yoy"]["available"] is False
    assert first.data["mom"]["downstream"] == {"base": None, "change": None, "pct": None}
    assert first.stamp.baseline == {"mom": None, "yoy": None}
    second = hist.reports.subsidy(sup, "2023-02").data
    assert second["mom"]["available"] and not second["yoy"]["available"]
    leap = hist.reports.subsidy(sup, "2024-02")
    d = leap.data
    now, last_month, last_year = (straight_month(conn, m) for m in ("2024-02", "2024-01", "2023-02"))
    assert d["downstream"] == now["downstream"] and d["upstream"] == now["upstream"]
    for side, base in (("mom", last_month), ("yoy", last_year)):
        inc = d[side]["downstream"]
        assert inc["base"] == base["downstream"] and inc["change"] == now["downstream"] - base["downstream"]
        assert inc["pct"] == round((now["downstream"] - base["downstream"]) * 100 / base["downstream"], 1)
    assert [x["date"] for x in d["days"]][-1] == "2024-02-29"
    assert d["days"][-1]["downstream"] != 0  # the leap day worked: parcels in on 29 February
    # the book shows a missing baseline as "—", never 0 % or an error
    book = report_book(first)
    volumes = list(book.tables[0].text_rows())
    assert volumes[0][2:] == ("—",) * 6
    assert "0.0%" not in {c for row in volumes for c in row}


def test_the_month_boundary_is_chongqings_midnight_unless_the_rules_say_utc(hist):
    conn = hist.store.conn
    # checked in at 00:20 on 1 February 2023 in Chongqing = 16:20 UTC on 31 January
    tracking = conn.execute("SELECT tracking FROM parcels WHERE checked_in_at = '2023-01-31T16:20:00.000Z'"
                            ).fetchone()[0]
    lo, hi = month_window("2023-02", SubsidyRules())
    assert lo == "2023-01-31T16:00:00.000Z" and hi == "2023-02-28T16:00:00.000Z"
    assert lo <= "2023-01-31T16:20:00.000Z" < hi
    ulo, _ = month_window("2023-02", SubsidyRules(timezone="UTC"))
    assert "2023-01-31T16:20:00.000Z" < ulo
    def january(rules: SubsidyRules) -> int:
        return month_figures(StationSource(conn), "2023-01", rules, days=False).current.downstream

    # January in UTC also holds the parcel that arrived after midnight on 1 February in Chongqing
    assert tracking and january(SubsidyRules(timezone="UTC")) == january(SubsidyRules()) + 1


def test_increments_never_divide_by_zero_and_round_half_away():
    assert increment(5, None).as_dict() == {"base": None, "change": None, "pct": None}
    assert increment(5, 0).as_dict() == {"base": 0, "change": 5, "pct": None}
    assert increment(0, 0).pct is None
    assert increment(3, 8).pct_tenths == -625  # -62.5 %
    assert increment(1, 3).pct_tenths == -667  # -66.67 % → -66.7 %
    assert increment(2, 3).pct_tenths == -333
    assert increment(84, 40).pct == 110.0


def _straight_day(conn, day: str) -> dict:  # noqa: ANN001
    def n(sql: str, *args) -> int:  # noqa: ANN002
        return conn.execute(sql, args).fetchone()[0]

    local = "strftime('%Y-%m-%d', {}, '+8 hours') = ?"
    return {"checked_in": n(f"SELECT count(*) FROM parcels WHERE {local.format('checked_in_at')}", day),
            "picked_up": n(f"SELECT count(*) FROM parcels WHERE {local.format('picked_up_at')}", day),
            "delivered": n(f"SELECT count(*) FROM parcels WHERE {local.format('delivered_at')}", day),
            "returned": n(f"SELECT count(*) FROM parcels WHERE {local.format('returned_at')}", day),
            "out_on_rounds": n(f"SELECT count(*) FROM round_items WHERE {local.format('added_at')}", day),
            "sent": n(f"SELECT count(*) FROM shipments WHERE {local.format('accepted_at')}", day),
            "payments": n(f"SELECT count(*) FROM payments WHERE {local.format('created_at')}", day),
            "payments_fen": n(f"SELECT coalesce(sum(amount_fen), 0) FROM payments WHERE {local.format('created_at')}",
                              day),
            "sales_fen": n("SELECT coalesce(sum(total_fen), 0) FROM shop_sales WHERE sold_on = ?", day),
            "restricted": n("SELECT count(*) FROM shop_sales WHERE sold_on = ? AND restricted = 1", day),
            "consign_fen": n(f"SELECT coalesce(sum(gross_fen), 0) FROM consign_moves WHERE {local.format('at')}"
                             " AND kind IN ('sale', 'ship', 'void')", day),
            "paid_fen": n(f"SELECT coalesce(sum(amount_fen), 0) FROM consign_payouts WHERE {local.format('paid_at')}",
                          day),
            "closed": n(f"SELECT count(*) FROM shifts WHERE {local.format('closed_at')}", day),
            "diff_fen": n(f"SELECT coalesce(sum(diff_fen), 0) FROM shifts WHERE {local.format('closed_at')}", day)}


def _overdue_straight(conn, at: str, days: int) -> int:  # noqa: ANN001
    """Held at ``at``: checked in at least ``days`` before and not picked up, delivered or returned by then."""
    return conn.execute(
        "SELECT count(*) FROM parcels WHERE checked_in_at < strftime('%Y-%m-%dT%H:%M:%fZ', ?, ?)"
        " AND coalesce(picked_up_at, delivered_at, returned_at, '9999') >= ?", (at, f"-{days} days", at)).fetchone()[0]


@pytest.mark.parametrize("day", ["2023-01-31", "2023-06-10", "2023-10-01", "2024-02-29", "2024-03-31"])
def test_the_daily_report_reconciles_with_the_tables(hist, hactors, day):
    conn = hist.store.conn
    r = hist.reports.daily(hactors["supervisor"], day).data
    want = _straight_day(conn, day)
    p = r["parcels"]
    assert {k: p[k] for k in ("checked_in", "picked_up", "delivered", "returned", "out_on_rounds", "sent")} == {
        k: want[k] for k in ("checked_in", "picked_up", "delivered", "returned", "out_on_rounds", "sent")}
    end = (_dt.date.fromisoformat(day) + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
    end_utc = (_dt.datetime.fromisoformat(end) - _dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert p["overdue"] == _overdue_straight(conn, end_utc, 7)
    assert (r["payments"]["count"], r["payments"]["amount_fen"]) == (want["payments"], want["payments_fen"])
    assert sum(x["count"] for x in r["payments"]["lines"]) == want["payments"]
    assert r["shop"]["sales_fen"] == want["sales_fen"] and r["shop"]["restricted_sales"] == want["restricted"]
    assert r["consignment"]["sold_fen"] == want["consign_fen"] and r["consignment"]["paid_fen"] == want["paid_fen"]
    assert r["cash"]["closed"] == want["closed"] and r["cash"]["diff_fen"] == want["diff_fen"]


def test_a_clerks_daily_report_is_blind_and_the_subsidy_is_for_supervisors(hist, hactors):
    clerk, sup = hactors["clerk"], hactors["supervisor"]
    hist.cash.open(clerk, 20000)
    mine = hist.reports.daily(clerk).data["cash"]["shifts"]
    theirs = hist.reports.daily(sup).data["cash"]["shifts"]
    assert [s["expected_fen"] for s in mine if s["status"] == "open"] == [None]
    assert [s["expected_fen"] for s in theirs if s["status"] == "open"] == [20000]
    assert "—" in [row[6] for row in report_book(hist.reports.daily(clerk)).tables[4].text_rows()]
    for call in (lambda: hist.reports.subsidy(clerk, "2024-02"), lambda: hist.reports.sync(clerk),
                 lambda: hist.reports.daily(hactors["carrier"])):
        with pytest.raises(NotAllowed):
            call()
    for call in (lambda: hist.reports.daily(sup, "2024-04-03"), lambda: hist.reports.subsidy(sup, "2024-05")):
        with pytest.raises(InvalidInput) as e:
            call()
        assert e.value.code == "report.future"
    with pytest.raises(InvalidInput):
        hist.reports.subsidy(sup, "2024-13")


def test_the_counting_rules_are_settings_with_their_defaults(hist, hactors):
    admin, sup = hactors["admin"], hactors["supervisor"]
    assert hist.reports.rules() == SubsidyRules()
    for name, bad in (("reports.returns", "sometimes"), ("reports.downstream_statuses", '["returned"]'),
                      ("reports.downstream_statuses", "[]"), ("reports.timezone", "Europe/Paris")):
        with pytest.raises(InvalidInput):
            hist.settings.set(admin, name, bad)
    hist.settings.set(admin, "reports.returns", "gross")
    hist.settings.set(admin, "reports.downstream_statuses", '["delivered", "picked_up"]')
    report = hist.reports.subsidy(sup, "2023-06")
    assert report.stamp.rules["returns"] == "gross" and report.stamp.rules["statuses"] == ["picked_up", "delivered"]
    assert report.data["downstream"] == straight_month(hist.store.conn, "2023-06", returns="gross",
                                                       statuses=("picked_up", "delivered"))["downstream"]


def test_reports_read_through_indexes(hist):
    """No report query scans a table (EXPLAIN QUERY PLAN of the month's and the day's reads)."""
    conn = hist.store.conn
    lo, hi = month_window("2023-06", SubsidyRules())
    from app.core.reports import daily

    original = conn.execute
    seen: list[str] = []

    class Spy:
        def execute(self, sql, params=()):  # noqa: ANN001, ANN201
            if sql.lstrip().upper().startswith("SELECT"):
                seen.extend(r[3] for r in original("EXPLAIN QUERY PLAN " + sql, params))
            return original(sql, params)

    day = _dt.date(2023, 6, 10)
    spy = Spy()
    source = StationSource(spy)  # type: ignore[arg-type]
    for event in ("parcel_in", "parcel_returned", "shipment_accepted", "shipment_handed", "consign_sold"):
        source.aggregate(event, lo, hi)
        source.first(event)
    daily.parcel_figures(spy, day, _dt.datetime(2023, 6, 11, tzinfo=_dt.UTC), 7)  # type: ignore[arg-type]
    daily.payment_figures(spy, day)  # type: ignore[arg-type]
    daily.shop_figures(spy, day)  # type: ignore[arg-type]
    daily.consignment_figures(spy, day)  # type: ignore[arg-type]
    scans = [p for p in seen if p.startswith("SCAN")]  # a covering index scanned whole is a scan too
    assert not scans, scans
    assert DataPaths  # (imported for the fixtures' types)
