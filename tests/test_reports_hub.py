"""``python -m hub report town``: after a sync through the real hub on 127.0.0.1, the town's row
for a station is the station's own monthly report — every month, with its MoM and YoY, under the
default rules and others — and the totals, the backlog and the silent stations are right."""
# ruff: noqa: F811 - the history fixtures are imported and used by name

from __future__ import annotations

import datetime as _dt
import io
import json
from contextlib import redirect_stdout

from app.core.clock import ManualClock
from app.core.reports.rules import SubsidyRules
from app.core.reports.sample import generate_history

from .conftest import CARRIER_PIN, CLERK_PIN, SUPERVISOR_PIN
from .helpers.sync_fixtures import hub, make_station  # noqa: F401
from .report_support import user_actors

MONTHS = ("2023-11", "2023-12", "2024-01", "2024-02")
HEAD = ("downstream", "upstream", "produce_parcels", "produce_weight_g", "consign_gross_fen")


def town(hub, *args: str) -> dict:  # noqa: ANN001
    from hub.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--db", str(hub.db), "--json", "report", "town", *args])
    assert code == 0, out.getvalue()
    return json.loads(out.getvalue())


def _with_history(st) -> dict:  # noqa: ANN001
    admin = user_actors(st)["admin"]
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, "王大山")
    st.users.add(admin, "supervisor", "supervisor", SUPERVISOR_PIN, "赵平")
    actors = user_actors(st)
    generate_history(st, actors["clerk"], actors["carrier"], _dt.date(2023, 11, 1), _dt.date(2024, 2, 29))
    return actors


def test_the_towns_row_is_the_stations_own_report_after_a_sync(hub, make_station):
    a = make_station(clock=ManualClock("2023-11-01T00:00:00Z"))
    silent = make_station(clock=ManualClock("2023-11-01T00:00:00Z"))  # enrolled, never synced
    actors = _with_history(a)
    sup = actors["supervisor"]
    assert a.sync.run_once().ok
    a.store.clock.set("2024-03-02T02:00:00Z")
    for month in MONTHS:
        got = town(hub, "--town", "龙凤镇", "--month", month)
        rows = {r["station_code"]: r for r in got["stations"]}
        assert set(rows) >= {a.info.code, silent.info.code}
        row, mine = rows[a.info.code], a.reports.subsidy(sup, month).data
        assert {k: row[k] for k in HEAD[:4]} == {k: mine[k] for k in HEAD[:4]}, month
        assert row["consign_gross_fen"] == mine["consignment"]["gross_fen"]
        for side in ("mom", "yoy"):
            assert row[side]["available"] == mine[side]["available"], (month, side)
            for k in HEAD:
                assert row[side][k] == mine[side][k], (month, side, k)
        assert not row["silent"] and row["last_sync_at"] and row["backlog_known"] == 0
        assert rows[silent.info.code]["silent"] and rows[silent.info.code]["downstream"] == 0
        t = got["totals"]
        assert t["downstream"] == sum(r["downstream"] for r in got["stations"])
        assert silent.info.code in t["silent_stations"] and t["stations"] == len(got["stations"])
    assert town(hub, "--town", "别的镇", "--month", "2024-02")["stations"] == []
    # other rules, given to both sides, still agree
    rules = SubsidyRules(returns="gross", timezone="UTC", upstream_from="handed_over")
    row = next(r for r in town(hub, "--town", "龙凤镇", "--month", "2024-01", "--returns", "gross",
                               "--timezone", "UTC", "--upstream-from", "handed_over")["stations"]
               if r["station_code"] == a.info.code)
    mine = a.reports.subsidy(sup, "2024-01", rules=rules).data
    assert (row["downstream"], row["upstream"]) == (mine["downstream"], mine["upstream"])
    # what the station has not pushed yet is not the town's: the row lags until the next sync
    clerk = actors["clerk"]
    a.store.clock.set("2024-02-29T03:00:00Z")
    a.parcels.inbound.checkin(clerk, "SF1000000000999", phone="13800009999")
    stale = next(r for r in town(hub, "--month", "2024-02")["stations"] if r["station_code"] == a.info.code)
    assert stale["downstream"] == a.reports.subsidy(sup, "2024-02").data["downstream"] - 1
    assert a.sync.run_once().ok
    fresh = next(r for r in town(hub, "--month", "2024-02")["stations"] if r["station_code"] == a.info.code)
    assert fresh["downstream"] == a.reports.subsidy(sup, "2024-02").data["downstream"]


def test_town_report_refuses_bad_rules_and_months(hub):
    from hub.cli import main

    for args in (["--month", "2024-13"], ["--returns", "sometimes"], ["--statuses", "returned"]):
        out = io.StringIO()
        with redirect_stdout(out):
            assert main(["--db", str(hub.db), "--json", "report", "town", *args]) == 3
        assert json.loads(out.getvalue())["error"]["code"] in ("month.invalid", "report.rules_invalid")
