"""Payments at the counter: bill-type rules, the state machine, decisions, guards, the Z sections,
Today alerts, and the CLI contract (every bad input: its exit code, every table byte-identical)."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.alerts import read_alerts
from app.core.cash import expected_cash
from app.core.errors import InvalidInput, NotAllowed, Refused
from app.core.payments import Outcome, check_reference, make_reference
from app.core.payments.billtypes import default_bill_types

from .conftest import CLERK_PIN, SUPERVISOR_PIN, table_digests
from .helpers.payments import RID_ADULT, RID_CHILD, decide, schemes

CLERK = {"user": "clerk", "pin": CLERK_PIN}


@pytest.fixture
def counter(station, actors):
    """The clerk's shift open with a ¥200 float; pension and medical configured for 2026."""
    station.settings.set(actors["admin"], "payments.schemes", schemes())
    station.cash.open(actors["clerk"], 20000)
    return station


def test_references_carry_a_check_digit():
    ref = make_reference("CQ0001", 17)
    assert ref.startswith("CQ0001P00000017") and len(ref) == 16 and check_reference(ref.lower()) == ref
    with pytest.raises(InvalidInput) as e:
        check_reference(ref[:-1] + str((int(ref[-1]) + 1) % 10))
    assert e.value.code == "payment.reference_checksum"


def test_the_bundled_bill_types_hold_no_scheme_figures():
    types = {bt.type: bt for bt in default_bill_types()}
    assert list(types) == ["electricity", "water", "gas", "mobile", "broadband", "pension", "medical"]
    assert types["pension"].is_scheme and types["pension"].years == () and types["medical"].years == ()
    assert types["mobile"].billers[0].faces_fen == (3000, 5000, 10000, 20000)


VALID = [
    ("electricity", "0312556677", 12050, "sgcc-cq"),
    ("electricity", "5001 2345 6789 0", 100, "sgcc-cq"),  # 13 digits, grouped as printed on the bill
    ("water", "0312556677", 3000, "cq-water"),
    ("water", "1234567", 3000, "county-water"),  # the account's format picks the biller
    ("gas", "12345678", 8000, "cq-gas"),
    ("mobile", "13812345678", 5000, "mobile"),
    ("broadband", "02361234567", 10000, "ct-broadband"),
    ("pension", RID_ADULT, 50000, "cq-si-pension"),
    ("medical", RID_ADULT, 40000, "cq-hs-medical"),
]


def test_each_type_takes_a_valid_payment(counter, actors):
    sid = counter.cash.current(actors["clerk"]).id
    drawer = 20000
    for n, (type_code, account, amount, biller) in enumerate(VALID, start=1):
        p = counter.payments.take(actors["clerk"], type_code, account, amount)
        assert (p.status, p.biller, p.amount_fen) == ("pending", biller, amount), type_code
        assert p.reference == make_reference("CQ0001", n)
        row = counter.store.query_one("SELECT yyt_open(account), account_key FROM payments WHERE id = ?", (p.id,))
        if type_code in ("pension", "medical"):  # a resident ID is never stored in clear
            assert row[0] == "5001**********001X" and len(row[1]) == 64
            assert p.scheme_year == 2026
        if type_code == "mobile":
            assert p.account_shown == "138****5678"
        drawer += amount
        assert expected_cash(counter.store.conn, sid) == drawer
    assert RID_ADULT not in "\n".join(counter.store.conn.iterdump())


BAD = [
    ("gasx", "12345678", 100, "payment.type_unknown"),
    ("electricity", "12345", 100, "payment.account_invalid"),
    ("electricity", "03125566771", 100, "payment.account_invalid"),  # 11 digits
    ("water", "123", 100, "payment.account_invalid"),
    ("mobile", "12812345678", 5000, "payment.account_invalid"),
    ("mobile", "13812345678", 2500, "payment.amount_face"),
    ("electricity", "0312556677", 50, "payment.amount_min"),
    ("electricity", "0312556677", 600000, "payment.amount_max"),
    ("broadband", "02361234567", 10050, "payment.amount_multiple"),
    ("pension", RID_ADULT, 40000, "payment.amount_grade"),
    ("medical", RID_ADULT, 30000, "payment.amount_fixed"),
    ("pension", "500101198003150010", 50000, "resident_id.checksum"),
    ("pension", RID_CHILD, 50000, "payment.too_young"),
]


def test_bad_payments_are_refused_before_any_cash(counter, actors):
    before = table_digests(counter.store.path)
    for type_code, account, amount, code in BAD:
        with pytest.raises(InvalidInput) as e:
            counter.payments.take(actors["clerk"], type_code, account, amount)
        assert e.value.code == code, (type_code, account)
    assert table_digests(counter.store.path) == before


def test_a_child_may_be_insured_for_medical_care(counter, actors):
    assert counter.payments.take(actors["clerk"], "medical", RID_CHILD, 40000).status == "pending"


def test_schemes_need_their_year_and_window(station, actors):
    clerk = actors["clerk"]
    station.cash.open(clerk, 0)
    with pytest.raises(Refused) as e:
        station.payments.take(clerk, "pension", RID_ADULT, 50000)
    assert e.value.code == "payment.scheme_not_configured"  # not public figures: never a default
    station.settings.set(actors["admin"], "payments.schemes", schemes("2026-09-01", "2026-12-31"))
    with pytest.raises(Refused) as e:
        station.payments.take(clerk, "pension", RID_ADULT, 50000)
    assert e.value.code == "payment.outside_window"
    assert (e.value.fields["opens"], e.value.fields["closes"]) == ("2026-09-01", "2026-12-31")


def test_duplicate_within_ten_minutes_needs_confirmation(counter, actors, clock):
    clerk = actors["clerk"]
    first = counter.payments.take(clerk, "electricity", "0312556677", 12050)
    clock.advance(minutes=9)
    with pytest.raises(Refused) as e:
        counter.payments.take(clerk, "electricity", "0312 5566 77", 12050)
    assert e.value.code == "payment.duplicate" and e.value.fields["reference"] == first.reference
    assert counter.payments.take(clerk, "electricity", "0312556677", 12050, confirm_duplicate=True).number == 2
    assert counter.payments.take(clerk, "electricity", "0312556677", 12000).number == 3  # another amount
    clock.advance(minutes=11)
    assert counter.payments.take(clerk, "electricity", "0312556677", 12050).number == 4


def test_offline_caps(counter, actors, clock):
    admin, clerk = actors["admin"], actors["clerk"]
    counter.settings.set(admin, "payments.max_payment_yuan", 100)
    with pytest.raises(Refused) as e:
        counter.payments.take(clerk, "electricity", "0312556677", 10001)
    assert e.value.code == "payment.over_cap"
    counter.settings.set(admin, "payments.max_pending_yuan", 250)
    counter.payments.take(clerk, "electricity", "0312556677", 10000)
    counter.payments.take(clerk, "electricity", "0312556678", 10000)
    with pytest.raises(Refused) as e:
        counter.payments.take(clerk, "electricity", "0312556679", 10000)
    assert e.value.code == "payment.pending_cap"
    codes = {a.code for a in read_alerts(counter.store.conn, clock.now(), counter.settings)}
    assert "alert.payments_pending_cap" in codes and "alert.payments_pending_old" not in codes
    clock.advance(hours=73)
    codes = {a.code: a for a in read_alerts(counter.store.conn, clock.now(), counter.settings)}
    assert codes["alert.payments_pending_old"].level == "danger" and codes["alert.payments_pending_old"].fields["n"] == 2
    with pytest.raises(Refused) as e:
        counter.payments.take(clerk, "electricity", "0312556679", 1000)
    assert e.value.code == "payment.pending_too_old"


def test_the_state_machine_and_decisions(counter, actors):
    clerk = actors["clerk"]
    a = counter.payments.take(clerk, "electricity", "0312556677", 12050)
    b = counter.payments.take(clerk, "mobile", "13812345678", 5000)
    with pytest.raises(Refused) as e:
        counter.payments.refund(clerk, a.reference)
    assert e.value.code == "payment.not_rejected"
    decide(counter, b.id, "rejected", "号码已停机")  # out of order: the second payment first
    decide(counter, a.id, "confirmed")
    assert counter.payments.get(clerk, a.id).status == "confirmed"
    assert (counter.payments.get(clerk, b.reference).status, counter.payments.get(clerk, b.reference).reason) == (
        "rejected", "号码已停机")
    before = table_digests(counter.store.path)
    assert decide(counter, a.id, "confirmed", via_handler=False) == Outcome.REPEAT
    assert decide(counter, b.id, "rejected", "号码已停机", via_handler=False) == Outcome.REPEAT
    after = table_digests(counter.store.path)
    assert {k for k in before if before[k] != after[k]} <= {"audit", "sqlite_sequence"}  # only the pull's audit entry
    with pytest.raises(Refused) as e:
        counter.payments.refund(clerk, a.reference)
    assert e.value.code == "payment.not_rejected"
    r = counter.payments.refund(clerk, b.reference)
    assert (r.status, r.refunded_by) == ("refunded", "clerk")
    with pytest.raises(Refused) as e:
        counter.payments.refund(clerk, b.id)
    assert e.value.code == "payment.already_refunded"
    assert decide(counter, b.id, "rejected", via_handler=False) == Outcome.REPEAT  # rejected again after the refund
    assert decide(counter, b.id, "confirmed", via_handler=False) == Outcome.CONFLICT  # ignored and flagged
    assert decide(counter, a.id, "rejected", via_handler=False) == Outcome.CONFLICT
    assert decide(counter, "01a2aaaa-0000-7000-8000-000000000000", "confirmed", via_handler=False) == Outcome.UNKNOWN
    assert counter.payments.get(clerk, a.id).status == "confirmed" and counter.payments.get(clerk, b.id).status == "refunded"
    alerts = {x.code: x for x in read_alerts(counter.store.conn, counter.store.clock.now(), counter.settings)}
    assert alerts["alert.payments_decision_conflict"].fields["n"] == 3
    sid = counter.cash.current(clerk).id
    assert expected_cash(counter.store.conn, sid) == 20000 + 12050 + 5000 - 5000


def test_a_refund_leaves_the_refunding_users_shift_and_a_closed_shift_stays_closed(counter, actors):
    clerk, admin = actors["clerk"], actors["admin"]
    p = counter.payments.take(clerk, "mobile", "13812345678", 5000)
    z = counter.cash.close(clerk, 25000)
    assert z.extras["payments_pending"] == {"count": 1, "total_fen": 5000, "references": [p.reference]}
    decide(counter, p.id, "rejected", "充值失败")  # a late decision: the closed shift does not change
    with pytest.raises(Refused) as e:
        counter.payments.refund(clerk, p.reference)
    assert e.value.code == "cash.no_open_shift"
    s = counter.cash.open(admin, 10000)
    counter.payments.refund(admin, p.reference)
    assert counter.store.query_one("SELECT refund_shift_id FROM payments WHERE id = ?", (p.id,))[0] == s.id
    assert counter.cash.z_report(clerk, z.shift_id) == z
    z2 = counter.cash.close(admin, 5000)
    assert z2.extras["payments_by_biller"]["refunds"]["total_fen"] == 5000
    assert [(ln.service, ln.kind, ln.total_fen) for ln in z2.lines if ln.service == "payments"] == [
        ("payments", "refund", -5000)]


def test_the_z_shows_payments_per_biller(counter, actors):
    clerk = actors["clerk"]
    counter.payments.take(clerk, "water", "0312556677", 3000)
    counter.payments.take(clerk, "water", "1234567", 2000)
    counter.payments.take(clerk, "water", "1234568", 1000)
    z = counter.cash.close(clerk, 26000)
    billers = {(b["biller"], b["count"], b["total_fen"]) for b in z.extras["payments_by_biller"]["billers"]}
    assert billers == {("cq-water", 1, 3000), ("county-water", 2, 3000)}
    assert [(ln.kind, ln.count, ln.total_fen) for ln in z.lines if ln.service == "payments"] == [("payment", 3, 6000)]


def test_the_schema_keeps_payments_honest(counter, actors):
    p = counter.payments.take(actors["clerk"], "electricity", "0312556677", 12050)
    conn = counter.store.conn
    for sql in ("UPDATE payments SET amount_fen = 1", "UPDATE payments SET status = 'refunded'",
                "DELETE FROM payments", f"UPDATE payments SET reference = 'X' WHERE id = '{p.id}'"):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)


def test_who_may_take_payments(counter, actors):
    for role in ("carrier", "supervisor"):
        with pytest.raises(NotAllowed):
            counter.payments.take(actors[role], "electricity", "0312556677", 100)
    assert counter.payments.list(actors["supervisor"]) == []  # supervisors read


def test_a_platform_bill_type_replaces_the_default(counter, actors):
    from app.core.sync.streams import handlers

    record = {"type": "electricity", "name": "电费", "account_kind": "number", "account_label": "户号",
              "billers": [{"code": "sgcc-cq", "name": "国网重庆", "accounts": ["^\\d{13}$"], "min_fen": 500,
                           "max_fen": 100000, "multiple_fen": 100}]}
    with counter.store.write(actor="system", action="sync.pull") as tx:
        handlers()["bill_types"].apply(tx, "electricity", record)
        handlers()["bill_types"].apply(tx, "gas", {"type": "gas"})  # malformed: ignored, logged
    types = counter.payments.types(actors["clerk"])
    assert [t.type for t in types] == ["electricity"] and types[0].source == "platform"
    with pytest.raises(InvalidInput) as e:
        counter.payments.take(actors["clerk"], "electricity", "0312556677", 1000)  # 10 digits no longer
    assert e.value.code == "payment.account_invalid"
    with pytest.raises(InvalidInput) as e:
        counter.payments.take(actors["clerk"], "gas", "12345678", 1000)
    assert e.value.code == "payment.type_unknown"
    assert counter.payments.take(actors["clerk"], "electricity", "5001234567890", 1500).status == "pending"
    with counter.store.write(actor="system", action="sync.pull") as tx:
        handlers()["bill_types"].remove(tx, "electricity")
    assert len(counter.payments.types(actors["clerk"])) == 7  # nothing pulled any more: the default again


# -- the CLI contract ------------------------------------------------------------------------------
def test_cli_pay_cycle(counter, cli):
    r = cli("pay", "electricity", "0312556677", "120.50", "--payer", "陈建华", **CLERK)
    assert r.code == 0, r.err
    j = r.json
    assert (j["status"], j["amount_fen"], j["payer"]) == ("pending", 12050, "陈**") and j["id"] and j["reference"]
    r = cli("pay", "electricity", "0312556677", "120.50", **CLERK)
    assert r.code == 5 and r.err.startswith("error[payment.duplicate]")
    r = cli("pay", "electricity", "0312556677", "120.50", "--confirm-duplicate", **CLERK)
    assert r.code == 0 and r.json["number"] == 2
    r = cli("pay", "mobile", "13812345678", "50", **CLERK)
    assert r.code == 0 and r.json["account"] == "138****5678" and "13812345678" not in r.out
    r = cli("pay", "pension", RID_ADULT, "500", **CLERK)
    assert r.code == 0 and r.json["account"] == "5001**********001X" and RID_ADULT not in r.out
    mobile = cli("pay", "show", r.json["reference"], **CLERK).json
    assert mobile["type"] == "pension"
    r = cli("pay", "list", "--status", "pending", **CLERK)
    assert r.code == 0 and len(r.json["payments"]) == 4
    decide(counter, j["id"], "rejected", "户号已销户")
    r = cli("pay", "show", j["id"], user="supervisor", pin=SUPERVISOR_PIN)
    assert r.code == 0 and (r.json["status"], r.json["reason"]) == ("rejected", "户号已销户")
    r = cli("pay", "refund", j["reference"], **CLERK)
    assert r.code == 0 and r.json["status"] == "refunded"
    r = cli("pay", "list", "--status", "refunded", **CLERK)
    assert [p["reference"] for p in r.json["payments"]] == [j["reference"]]


CLI_BAD = [
    (("pay", "gasx", "12345678", "10"), 3, "payment.type_unknown"),
    (("pay", "electricity", "12345", "10"), 3, "payment.account_invalid"),
    (("pay", "mobile", "13812345678", "25"), 3, "payment.amount_face"),
    (("pay", "electricity", "0312556677", "0.50"), 3, "payment.amount_min"),
    (("pay", "electricity", "0312556677", "1.234"), 3, "money.invalid"),
    (("pay", "electricity", "0312556677", "0"), 3, "money.zero"),
    (("pay", "pension", "500101198003150010", "500"), 3, "resident_id.checksum"),
    (("pay", "pension", RID_ADULT, "400"), 3, "payment.amount_grade"),
    (("pay", "list", "--status", "lost"), 3, "payment.status_invalid"),
    (("pay", "show", "CQ0001P000000010"), 3, "payment.reference_checksum"),
    (("pay", "show", make_reference("CQ0001", 999)), 4, "payment.not_found"),
    (("pay", "refund", "01a2aaaa-0000-7000-8000-000000000000"), 4, "payment.not_found"),
    (("pay",), 2, "usage"),
    (("pay", "electricity", "0312556677"), 2, "usage"),
]


def test_cli_bad_input_changes_nothing(counter, cli):
    before = table_digests(counter.store.path)
    for args, code, error in CLI_BAD:
        r = cli(*args, **CLERK)
        assert r.code == code and r.err.startswith(f"error[{error}]"), r.err
        assert len(r.err.strip().splitlines()) == 1
    assert table_digests(counter.store.path) == before


def test_cli_refused_states_change_nothing(station, actors, cli):
    """Outside the window, refund of a confirmed payment, a second refund, close without a shift,
    a payment without a shift: each its exit code, every table byte-identical."""
    clerk = actors["clerk"]
    old = {"pension": [{"year": 2001, "grades_fen": [50000], "from": "2001-01-01", "to": "2001-12-31"}]}
    station.settings.set(actors["admin"], "payments.schemes", old)  # the CLI runs on the system clock
    cases = [(("shift", "close", "--counted", "10"), 5, "shift.not_open"),
             (("pay", "electricity", "0312556677", "10"), 5, "cash.no_open_shift")]
    for args, code, error in cases:
        before = table_digests(station.store.path)
        r = cli(*args, **CLERK)
        assert r.code == code and r.err.startswith(f"error[{error}]"), r.err
        assert table_digests(station.store.path) == before
    station.cash.open(clerk, 20000)
    a = cli("pay", "electricity", "0312556677", "120.50", **CLERK).json
    b = cli("pay", "mobile", "13812345678", "50", **CLERK).json
    decide(station, a["id"], "confirmed")
    decide(station, b["id"], "rejected")
    assert cli("pay", "refund", b["reference"], **CLERK).code == 0
    cases = [(("pay", "pension", RID_ADULT, "500"), 5, "payment.outside_window"),
             (("pay", "refund", a["reference"]), 5, "payment.not_rejected"),
             (("pay", "refund", b["reference"]), 5, "payment.already_refunded"),
             (("pay", "electricity", "0312556677", "120.50"), 5, "payment.duplicate")]
    for args, code, error in cases:
        before = table_digests(station.store.path)
        r = cli(*args, **CLERK)
        assert r.code == code and r.err.startswith(f"error[{error}]"), r.err
        assert table_digests(station.store.path) == before
    r = cli("pay", "electricity", "0312556677", "10", user="carrier", pin="314159")
    assert r.code == 6


def test_cli_the_year_s_scheme_is_a_setting(station, cli):
    import json

    r = cli("setting", "set", "payments.schemes", json.dumps(schemes()), user="admin", pin="135790")
    assert r.code == 0 and r.json["value"]["medical"][0]["amount_fen"] == 40000
    r = cli("setting", "set", "payments.schemes", "[1]", user="admin", pin="135790")
    assert r.code == 3
    r = cli("setting", "set", "payments.max_payment_yuan", "100", **CLERK)
    assert r.code == 6
    assert cli("setting", "list", **CLERK).json["settings"]["payments.max_pending_hours"] == 72
