"""The cash drawer: shifts, the one ledger, the blind close and its Z report, the CLI contract."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.cash import count_denominations, expected_cash
from app.core.errors import InvalidInput, NotAllowed, NotFound, Refused

from .conftest import CLERK_PIN, SUPERVISOR_PIN, table_digests

CLERK = {"user": "clerk", "pin": CLERK_PIN}


def test_open_close_within_tolerance_gives_the_z(station, actors):
    clerk = actors["clerk"]
    cash = station.cash
    s = cash.open(clerk, 20000)
    assert (s.number, s.status, s.float_fen) == (1, "open", 20000)
    assert s.expected_fen is None  # blind: the clerk never sees the expected figure of an open shift
    cash.cash_in(clerk, 5000, "补零钱")
    cash.cash_out(clerk, 3000, "存银行")
    assert cash.get(actors["supervisor"], s.id).expected_fen == 22000
    z = cash.close(clerk, 21700)  # ¥3 short: within the default ¥5 tolerance
    assert (z.expected_fen, z.counted_fen, z.diff_fen, z.first_count_fen, z.number) == (22000, 21700, -300, 21700, 1)
    assert [(ln.service, ln.kind, ln.count, ln.total_fen) for ln in z.lines] == [
        ("drawer", "cash_in", 1, 5000), ("drawer", "cash_out", 1, -3000), ("drawer", "float", 1, 20000)]
    assert len(z.content_hash) == 64 and cash.z_report(clerk, s.id) == z
    assert cash.current(clerk) is None
    assert cash.open(clerk, 0).number == 2  # gap-free numbers


def test_one_open_shift_per_user_and_movements_need_one(station, actors):
    clerk = actors["clerk"]
    with pytest.raises(Refused) as e:
        station.cash.cash_in(clerk, 100, "x")
    assert e.value.code == "cash.no_open_shift"
    station.cash.open(clerk, 0)
    with pytest.raises(Refused) as e:
        station.cash.open(clerk, 0)
    assert e.value.code == "shift.already_open"
    assert station.cash.open(actors["admin"], 1000).number == 2  # another user's drawer
    with pytest.raises(Refused) as e:
        station.cash.cash_out(clerk, 1, "x")  # the clerk's drawer holds nothing
    assert e.value.code == "cash.drawer_short"


def test_a_difference_beyond_tolerance_keeps_the_first_count(station, actors):
    clerk = actors["clerk"]
    s = station.cash.open(clerk, 10000)
    with pytest.raises(InvalidInput) as e:
        station.cash.close(clerk, 9000)  # ¥10 short
    assert e.value.code == "shift.reason_required" and e.value.fields["diff_fen"] == -1000
    with pytest.raises(InvalidInput):
        station.cash.close(clerk, 9100)  # the one recount, still short
    with pytest.raises(Refused) as e:
        station.cash.close(clerk, 9999)  # no third figure
    assert e.value.code == "shift.recount_used"
    z = station.cash.close(clerk, 9100, reason="找零差错")
    assert (z.first_count_fen, z.counted_fen, z.reason, z.reason_text) == (9000, 9100, "other", "找零差错")
    assert station.cash.get(clerk, s.id).first_count_fen == 9000


def test_a_large_difference_needs_a_supervisor(station, actors):
    clerk, sup = actors["clerk"], actors["supervisor"]
    station.cash.open(clerk, 20000)
    with pytest.raises(NotAllowed) as e:
        station.cash.close(clerk, 10000, reason="counterfeit")
    assert e.value.code == "shift.approval_required"
    with pytest.raises(NotAllowed):
        station.cash.close(clerk, 10000, reason="counterfeit", approver=actors["admin"])  # not a supervisor
    z = station.cash.close(clerk, 10000, reason="counterfeit", approver=sup)
    assert (z.approved_by, z.reason, z.diff_fen) == ("supervisor", "counterfeit", -10000)


def test_a_repeated_close_returns_the_same_z(station, actors):
    clerk = actors["clerk"]
    station.cash.open(clerk, 5000)
    z = station.cash.close(clerk, 5000)
    assert station.cash.close(clerk, 5000) == z  # a double click, a retry
    with pytest.raises(Refused) as e:
        station.cash.close(clerk, 4000)
    assert e.value.code == "shift.not_open"


def test_count_by_denomination(station, actors):
    assert count_denominations({10000: 2, 500: 1, 50: 3, 10: 4}) == 20690
    with pytest.raises(InvalidInput):
        count_denominations({300: 1})
    clerk = actors["clerk"]
    station.cash.open(clerk, 20690)
    z = station.cash.close(clerk, denominations={10000: 2, 500: 1, 50: 3, 10: 4})
    assert z.counted_fen == 20690 and z.denominations == {"10000": 2, "500": 1, "50": 3, "10": 4}
    station.cash.open(clerk, 100)
    with pytest.raises(InvalidInput) as e:
        station.cash.close(clerk, 200, denominations={100: 1})
    assert e.value.code == "cash.count_mismatch"


def test_the_schema_keeps_ledger_and_closed_shifts_immutable(station, actors):
    clerk = actors["clerk"]
    s = station.cash.open(clerk, 1000)
    station.cash.close(clerk, 1000)
    conn = station.store.conn
    for sql in ("UPDATE cash_movements SET amount_fen = 1", "DELETE FROM cash_movements",
                "UPDATE shifts SET counted_fen = 0", "DELETE FROM shifts",
                f"INSERT INTO cash_movements (id, shift_id, at, username, service, kind, amount_fen)"
                f" VALUES ('x', '{s.id}', 'now', 'clerk', 'drawer', 'cash_in', 5)"):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)


def test_who_sees_which_shift(station, actors):
    s = station.cash.open(actors["admin"], 100)
    with pytest.raises(NotFound):
        station.cash.get(actors["clerk"], s.id)  # another user's drawer
    assert station.cash.get(actors["supervisor"], s.id).expected_fen == 100
    with pytest.raises(NotAllowed):
        station.cash.open(actors["carrier"], 0)
    with pytest.raises(NotAllowed):
        station.cash.day(actors["clerk"], "2026-06-01")


def test_the_day_close_sums_its_shifts(station, actors, clock):
    for user, fl, counted in (("clerk", 10000, 10000), ("admin", 5000, 4800)):
        station.cash.open(actors[user], fl)
        station.cash.close(actors[user], counted)
    station.cash.open(actors["clerk"], 300)
    d = station.cash.day(actors["supervisor"], "2026-06-01")
    assert (d.expected_fen, d.counted_fen, d.diff_fen, len(d.shifts)) == (15000, 14800, -200, 2)
    assert [s.username for s in d.still_open] == ["clerk"] and d.still_open[0].expected_fen == 300


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["in", "out"]), st.integers(1, 20000)), max_size=25))
def test_the_ledger_sum_is_the_expected_cash_and_the_z(station, actors, ops):
    clerk = actors["clerk"]
    cash = station.cash
    if cash.current(clerk) is None:
        cash.open(clerk, 5000)
    sid = cash.current(clerk).id
    model = expected_cash(station.store.conn, sid)
    for kind, amount in ops:
        try:
            (cash.cash_in if kind == "in" else cash.cash_out)(clerk, amount, "x")
            model += amount if kind == "in" else -amount
        except Refused:
            assert kind == "out" and amount > model  # only ever refused for going below zero
    assert expected_cash(station.store.conn, sid) == model >= 0
    z = cash.close(clerk, model)
    assert z.expected_fen == model == sum(ln.total_fen for ln in z.lines) and z.diff_fen == 0


# -- the CLI contract ------------------------------------------------------------------------------
def test_cli_shift_cycle(station, cli):
    r = cli("shift", "open", "--float", "200", **CLERK)
    assert r.code == 0 and r.json["number"] == 1 and "expected_fen" not in r.json
    sid = r.json["shift_id"]
    r = cli("cash", "in", "50", "--reason", "补零钱", **CLERK)
    assert r.code == 0 and r.json["amount_fen"] == 5000
    r = cli("shift", "show", **CLERK)
    assert r.code == 0 and r.json["status"] == "open" and len(r.json["movements"]) == 2
    assert "expected_fen" not in r.json
    r = cli("shift", "show", sid, user="supervisor", pin=SUPERVISOR_PIN)
    assert r.code == 0 and r.json["expected_fen"] == 25000
    r = cli("shift", "close", "--counted", "240", **CLERK)
    assert r.code == 3 and r.err.startswith("error[shift.reason_required]")
    r = cli("shift", "close", "--counted", "240", "--reason", "count_error", **CLERK)
    assert r.code == 0 and (r.json["expected_fen"], r.json["counted_fen"], r.json["diff_fen"]) == (25000, 24000, -1000)
    assert r.json["first_count_fen"] == 24000 and r.json["shift_id"] == sid
    r = cli("shift", "z", "1", **CLERK)
    assert r.code == 0 and r.json["z_hash"] and r.json["counted_fen"] == 24000


@pytest.mark.parametrize("args, code, error", [
    (("shift", "close", "--counted", "10"), 5, "shift.not_open"),
    (("cash", "in", "10", "--reason", "x"), 5, "cash.no_open_shift"),
    (("cash", "out", "-10", "--reason", "x"), 3, "money.invalid"),
    (("cash", "in", "0", "--reason", "x"), 3, "money.zero"),
    (("cash", "in", "1.234", "--reason", "x"), 3, "money.invalid"),
    (("shift", "open", "--float", "abc"), 3, "money.invalid"),
    (("shift", "close", "--denominations", "3=1"), 3, "cash.denomination_invalid"),
    (("shift", "day", "--date", "2026-02-30"), 3, "date.invalid"),
])
def test_cli_errors_change_nothing(station, cli, args, code, error):
    before = table_digests(station.store.path)
    user = {"user": "supervisor", "pin": SUPERVISOR_PIN} if args[:2] == ("shift", "day") else CLERK
    r = cli(*args, **user)
    assert r.code == code and r.err.startswith(f"error[{error}]"), r.err
    assert table_digests(station.store.path) == before
