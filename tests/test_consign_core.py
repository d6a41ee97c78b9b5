"""Consignment's services on a real station database: farmers (masked, resident ID never in clear),
intake, sales at or above the floor, a produce shipment as an outbound produce parcel with its
postage on the statement, spoilage, returns, reversals, statements that never change, a payout that
never pays twice, and what the schema itself refuses."""
# ruff: noqa: F811 - fixtures come from consign_support

from __future__ import annotations

import json
import sqlite3

import pytest

from app.core.consignment.amounts import (
    commission_of,
    format_bp,
    format_qty,
    line_gross,
    parse_percent,
    parse_qty,
)
from app.core.errors import InvalidInput, NotAllowed, NotFound, Refused

from .conftest import table_digests
from .consign_support import HE, TO, _station_template, actors, clerk, cm, farmer, lot, station  # noqa: F401


# -- exact quantities and amounts ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "unit", "value"), [
    ("12.5", "kg", 12500), ("0.001", "kg", 1), ("60", "kg", 60000), (" 1.234 ", "kg", 1234), ("99999.999", "kg", 99_999_999),
    ("40", "piece", 40), (7, "piece", 7), (2500, "kg", 2500),
])
def test_quantities_are_exact(text, unit, value):
    assert parse_qty(text, unit) == value
    assert parse_qty(format_qty(value, unit), unit) == value


@pytest.mark.parametrize(("text", "unit"), [
    ("1.2345", "kg"), ("0", "kg"), ("-1", "kg"), ("1e3", "kg"), ("1,5", "kg"), ("１２", "kg"), ("", "kg"),
    ("1.5", "piece"), ("0", "piece"), ("100000", "kg"), (True, "kg"), (None, "kg"),
])
def test_bad_quantities_are_refused(text, unit):
    with pytest.raises(InvalidInput) as e:
        parse_qty(text, unit)
    assert e.value.code == "consign.qty_invalid"


def test_percent_and_the_rounding_rule():
    assert [parse_percent(t) for t in ("5", "7.5", "12.25", "0", "100", "8%")] == [500, 750, 1225, 0, 10000, 800]
    for bad in ("100.01", "7.555", "-1", "abc", ""):
        with pytest.raises(InvalidInput):
            parse_percent(bad)
    assert format_bp(750) == "7.5" and format_bp(1225) == "12.25" and format_bp(500) == "5"
    assert line_gross(1234, "kg", 850) == 1049  # 10.489 → 10.49 (half up)
    assert line_gross(1, "kg", 500) == 1  # 0.5 fen → 1
    assert line_gross(1, "kg", 499) == 0
    assert line_gross(6, "piece", 350) == 2100
    assert commission_of(2111, 500) == 106  # 105.55 → 106
    assert commission_of(1010, 500) == 51  # 50.5 → 51
    assert commission_of(1009, 500) == 50


# -- farmers -------------------------------------------------------------------------------------
def test_farmers_are_masked_and_found_by_tail_name_number(station, cm, clerk, farmer):
    assert (farmer.code, farmer.name, farmer.phone, farmer.resident_id) == ("F0001", "何**", "135****0000",
                                                                             "5001**********001X")
    other = cm.farmers.add(clerk, name="李秀英", phone="13698761234", village="石桥村", payout_method="bank",
                           account_tail="3021")
    assert [f.code for f in cm.farmers.search(clerk, "0000")] == ["F0001"]
    assert [f.code for f in cm.farmers.search(clerk, "秀")] == ["F0002"]
    assert [f.code for f in cm.farmers.search(clerk, "石桥")] == ["F0002"]
    assert [f.code for f in cm.farmers.search(clerk, "F1")] == ["F0001"]
    assert [f.code for f in cm.farmers.search(clerk, "13698761234")] == ["F0002"]
    assert [f.code for f in cm.farmers.search(clerk, "")] == ["F0002", "F0001"]
    assert cm.farmers.get(clerk, "13512340000").id == farmer.id and cm.farmers.get(clerk, "2").id == other.id
    assert other.payout_method == "bank" and other.account_tail == "3021"
    # the resident ID is nowhere in clear: not in any table, change record or audit summary
    conn = station.store.conn
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            assert "50010119800315001X" not in repr(tuple(row)), name
    payload = json.loads(station.store.query_one("SELECT yyt_open(payload) FROM outbox WHERE entity = 'consign_farmers'")[0])
    assert payload["name"] == "何**" and payload["phone"] == "135****0000" and payload["id_masked"]


def test_the_same_farmer_twice_is_refused(cm, clerk, farmer):
    before = table_digests(cm.ctx.store.path)
    for again in (HE, {**HE, "name": "何勇"}, {k: v for k, v in HE.items() if k != "resident_id"}):
        with pytest.raises(Refused) as e:
            cm.farmers.add(clerk, **again)
        assert e.value.code == "consign.farmer_exists" and e.value.fields["farmer"] == "F0001"
    for bad, code in ((dict(phone="138****1234"), "phone.masked_not_allowed"), (dict(resident_id="500101198003150011"),
                                                                                  "resident_id.checksum"),
                      (dict(payout_method="bank"), "consign.account_tail_invalid"),
                      (dict(payout_method="wechat"), "consign.payout_invalid")):
        with pytest.raises(InvalidInput) as e:
            cm.farmers.add(clerk, **{**HE, "name": "新农户", "resident_id": None, **bad})
        assert e.value.code == code
    assert table_digests(cm.ctx.store.path) == before


def test_roles(cm, actors, farmer):
    with pytest.raises(NotAllowed):
        cm.farmers.add(actors["carrier"], name="甲", phone="13900001111")
    with pytest.raises(NotAllowed):
        cm.farmers.add(actors["supervisor"], name="甲", phone="13900001111")
    assert cm.farmers.get(actors["supervisor"], "F1").code == "F0001"  # supervisors read
    with pytest.raises(NotAllowed):
        cm.farmers.get(actors["carrier"], "F1")


# -- intake ----------------------------------------------------------------------------------------
def test_intake_records_the_lot_and_moves_no_cash(station, cm, clerk, farmer):
    before_cash = station.store.query_one("SELECT count(*) FROM cash_movements")[0]
    lot = cm.intake.take_in(clerk, "F0001", product="巫山脆李", variety="特早熟", grade="一级", unit="kg", qty="25.5",
                            price_fen=800, commission_bp=750, cert={"origin": "巫山县", "producer": "何永福",
                                                                    "contact": "13512340000", "basis": "self_test"})
    assert (lot.code, lot.qty, lot.remaining, lot.unit, lot.category, lot.commission_bp) == ("L000001", 25500, 25500,
                                                                                             "kg", "plum", 750)
    assert lot.qr == "YYT:LOT:L000001" and lot.return_by == "2026-06-08"  # intake day + consign.return_days (7)
    assert lot.certificate.contact == "135****0000" and lot.certificate.producer == "何**"
    assert lot.certificate.quantity == "25.5 kg" and lot.certificate.date == "2026-06-01"
    assert cm.intake.get(clerk, "YYT:LOT:L000001").id == lot.id == cm.intake.get(clerk, "l1").id
    assert station.store.query_one("SELECT count(*) FROM cash_movements")[0] == before_cash  # consigned: not bought
    assert station.settings.get("consign.commission_bp") == 500
    default = cm.intake.take_in(clerk, "F1", product="青花椒", grade="一级", unit="piece", qty="3", price_fen=100)
    assert default.commission_bp == 500 and default.category == "pepper"


@pytest.mark.parametrize(("change", "code"), [
    (dict(unit="box"), "consign.unit_invalid"), (dict(qty="1.2345"), "consign.qty_invalid"),
    (dict(price_fen=0), "money.zero"), (dict(commission_bp=10001), "consign.commission_invalid"),
    (dict(return_by="2026-05-31"), "consign.return_by_past"), (dict(return_by="31/12"), "date.invalid"),
    (dict(category="apples"), "consign.category_invalid"), (dict(price_kind="best"), "consign.price_kind_invalid"),
    (dict(cert={"origin": "巫山"}), "consign.cert_incomplete"),
    (dict(cert={"origin": "巫山", "producer": "何", "basis": "hope"}), "consign.cert_basis_invalid"),
    (dict(product=""), "text.required"),
])
def test_bad_intake_changes_nothing(cm, clerk, farmer, change, code):
    before = table_digests(cm.ctx.store.path)
    args = dict(product="脆李", grade="一级", unit="kg", qty="5", price_fen=800) | change
    with pytest.raises(InvalidInput) as e:
        cm.intake.take_in(clerk, "F1", **args)
    assert e.value.code == code
    with pytest.raises(NotFound):
        cm.intake.take_in(clerk, "F9", product="脆李", grade="一级", unit="kg", qty="5", price_fen=800)
    assert table_digests(cm.ctx.store.path) == before


# -- movements -------------------------------------------------------------------------------------
def test_sales_at_or_above_the_floor_snapshot_the_rate(station, cm, clerk, lot):
    s = cm.moves.sell(clerk, lot.code, "2.345", 900)
    assert (s.move.qty, s.move.gross_fen, s.move.commission_bp, s.move.commission_fen) == (-2345, 2111, 500, 106)
    assert s.lot.remaining == 60000 - 2345 and s.lot.sold == 2345
    cash = station.store.query("SELECT service, kind, amount_fen, ref_id FROM cash_movements WHERE kind = 'sale'")
    assert [tuple(r) for r in cash] == [("consignment", "sale", 2111, s.sale_id)]
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        cm.moves.sell(clerk, lot.code, "1", 799)
    assert e.value.code == "consign.below_floor"
    with pytest.raises(Refused) as e:
        cm.moves.sell(clerk, lot.code, "57.656")
    assert e.value.code == "consign.not_enough" and e.value.fields["remaining"] == "57.655"
    assert table_digests(station.store.path) == before
    assert cm.moves.sell(clerk, lot.code, "0.001").move.gross_fen == 1  # 0.8 fen rounds half up to 1


def test_a_tiny_sale_rounding_to_nothing_is_refused(cm, clerk, farmer):
    lot = cm.intake.take_in(clerk, "F1", product="花椒", grade="一级", unit="kg", qty="1", price_fen=1)
    with pytest.raises(InvalidInput) as e:
        cm.moves.sell(clerk, lot.code, "0.001")
    assert e.value.code == "consign.amount_invalid"


def test_agreed_price_and_no_shift(station, cm, actors):
    clerk = actors["clerk"]  # no shift open in this test
    cm.farmers.add(clerk, **HE)
    lot = cm.intake.take_in(clerk, "F1", product="奉节脐橙", grade="特级", unit="kg", qty="10", price_fen=650,
                            price_kind="agreed")
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        cm.moves.sell(clerk, lot.code, "1", 700)
    assert e.value.code == "consign.price_agreed"
    with pytest.raises(Refused) as e:
        cm.moves.sell(clerk, lot.code, "1")
    assert e.value.code == "cash.no_open_shift"
    assert table_digests(station.store.path) == before


def test_a_shipment_is_an_outbound_produce_parcel_and_its_postage_goes_on_the_statement(station, cm, clerk, lot):
    r = cm.moves.ship(clerk, lot.code, "5", weight_g=5400, **TO)
    ship = station.store.query_one("SELECT waybill, produce, produce_category, price_fen, yyt_open(sender_name) AS sender_name,"
                                   " yyt_open(sender_phone) AS sender_phone,"
                                   " sender_id_masked, contents, to_province FROM shipments")
    assert ship["waybill"] == r.waybill and ship["produce"] == 1 and ship["produce_category"] == "plum"
    assert (ship["sender_name"], ship["sender_phone"], ship["sender_id_masked"]) == ("何永福", "13512340000",
                                                                                     "5001**********001X")
    assert ship["contents"] == "巫山脆李 5kg" and ship["to_province"] == "四川"
    quote = station.parcels.outbound.quote(clerk, "四川", 5400)
    assert r.postage_fen == ship["price_fen"] == quote.price_fen == r.move.shipping_fen
    # the parcels service lists it like any outbound produce parcel (upstream statistics, the courier's run)
    assert [v.waybill for v in station.parcels.outbound.pending(clerk)] == [r.waybill]
    assert station.parcels.queries.find_any(clerk, r.waybill).produce is True
    # the buyer paid the goods in cash; the postage is not cash at the counter
    cash = [tuple(x) for x in station.store.query("SELECT service, kind, amount_fen FROM cash_movements"
                                                  " WHERE kind <> 'float'")]
    assert cash == [("consignment", "sale", 4000)]
    st = cm.settlement.settle(clerk, "F1")
    assert (st.gross_fen, st.commission_fen, st.shipping_fen) == (4000, 200, quote.price_fen)
    assert st.net_fen == 4000 - 200 - quote.price_fen and st.lines[0].waybill == r.waybill


def test_a_shipment_costing_more_than_the_farmers_share_is_refused(station, cm, clerk, lot):
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        cm.moves.ship(clerk, lot.code, "0.5", weight_g=600, to_name="王五", to_phone="13700002222",
                      to_address="乌鲁木齐市某路 1 号", to_province="新疆")
    assert e.value.code == "consign.postage_exceeds_share"
    with pytest.raises(InvalidInput):
        cm.moves.ship(clerk, lot.code, "5", weight_g=5400, paid_via="online", **TO)  # an online order needs its ref
    assert table_digests(station.store.path) == before  # no parcel, no waybill number taken
    r = cm.moves.ship(clerk, lot.code, "5", weight_g=5400, paid_via="online", order_ref="YL2026060100017", **TO)
    assert r.move.paid_via == "online"
    assert station.store.query_one("SELECT count(*) FROM cash_movements WHERE kind = 'sale'")[0] == 0


def test_spoil_return_and_void(station, cm, clerk, lot):
    with pytest.raises(InvalidInput):
        cm.moves.spoil(clerk, lot.code, "1", "")
    assert cm.moves.spoil(clerk, lot.code, "1.5", "压坏").lot.spoiled == 1500
    sale = cm.moves.sell(clerk, lot.code, "10")
    v = cm.moves.void(clerk, sale.sale_id, "价格输错")
    assert (v.move.qty, v.move.gross_fen, v.move.commission_fen) == (10000, -8000, -400)
    assert v.lot.remaining == 60000 - 1500 and v.lot.sold == 0
    refund = station.store.query_one("SELECT amount_fen FROM cash_movements WHERE kind = 'sale_return'")[0]
    assert refund == -8000
    with pytest.raises(Refused) as e:
        cm.moves.void(clerk, sale.sale_id, "again")
    assert e.value.code == "consign.already_voided"
    ship = cm.moves.ship(clerk, lot.code, "5", weight_g=5400, **TO)
    with pytest.raises(Refused) as e:
        cm.moves.void(clerk, ship.sale_id, "x")
    assert e.value.code == "consign.not_voidable"
    back = cm.moves.give_back(clerk, lot.code)  # everything left
    assert back.lot.remaining == 0 and back.lot.returned == 60000 - 1500 - 5000
    with pytest.raises(Refused) as e:
        cm.moves.give_back(clerk, lot.code)
    assert e.value.code == "consign.lot_empty"


# -- settlement ------------------------------------------------------------------------------------
def test_statement_once_payout_once_corrections_next(station, cm, clerk, lot):
    sale = cm.moves.sell(clerk, lot.code, "10")  # ¥80, commission ¥4
    cm.moves.spoil(clerk, lot.code, "1", "烂")
    preview = cm.settlement.preview(clerk, "F1")
    assert preview.id is None and preview.payable_fen == 7600
    st = cm.settlement.settle(clerk, "F1")
    assert (st.code, len(st.lines), st.gross_fen, st.commission_fen, st.net_fen, st.payable_fen) == (
        "S000001", 2, 8000, 400, 7600, 7600)
    assert st.quantities == {"kg": {"sale": 10000, "spoil": 1000}}
    with pytest.raises(Refused) as e:
        cm.settlement.settle(clerk, "F1")
    assert e.value.code == "consign.nothing_to_settle"
    paid = cm.settlement.pay(clerk, st.code)
    assert paid.payout.amount_fen == 7600 and paid.payout.method == "cash"
    out = station.store.query_one("SELECT amount_fen, ref_entity, ref_id FROM cash_movements WHERE kind = 'payout'")
    assert tuple(out) == (-7600, "consign_payouts", st.id)
    before = table_digests(station.store.path)
    for _ in range(2):  # a double click, a retry
        with pytest.raises(Refused) as e:
            cm.settlement.pay(clerk, st.id)
        assert e.value.code == "consign.already_paid" and e.value.fields["paid_fen"] == 7600
    assert table_digests(station.store.path) == before
    # a correction after settlement goes on the next statement, and the farmer owes it
    cm.moves.void(clerk, sale.sale_id, "买家退货")
    nxt = cm.settlement.settle(clerk, "F1")
    assert (nxt.net_fen, nxt.payable_fen, nxt.carried_out_fen) == (-7600, 0, -7600)
    assert cm.settlement.pay(clerk, nxt.code).payout.method == "none"  # nothing to pay: closed without money
    cm.moves.sell(clerk, lot.code, "20")  # ¥160 − ¥8
    third = cm.settlement.settle(clerk, "F1")
    assert (third.carried_in_fen, third.net_fen, third.payable_fen, third.carried_out_fen) == (-7600, 15200, 7600, 0)
    assert [s.code for s in cm.settlement.list(clerk, farmer="F1")] == ["S000003", "S000002", "S000001"]
    assert cm.settlement.unsettled(clerk) == []


def test_large_payouts_need_a_second_users_pin_and_bank_needs_a_reference(station, cm, clerk, actors, lot):
    station.settings.set(actors["admin"], "consign.payout_approval_yuan", 100)
    cm.moves.sell(clerk, lot.code, "20")  # ¥160 → ¥152 to pay
    st = cm.settlement.settle(clerk, "F1")
    before = table_digests(station.store.path)
    with pytest.raises(NotAllowed) as e:
        cm.settlement.pay(clerk, st.code)
    assert e.value.code == "consign.approval_required"
    with pytest.raises(NotAllowed):
        cm.settlement.pay(clerk, st.code, approver=actors["carrier"])
    with pytest.raises(InvalidInput) as e:
        cm.settlement.pay(clerk, st.code, approver=actors["supervisor"], method="bank")
    assert e.value.code == "text.required"
    assert table_digests(station.store.path) == before
    with pytest.raises(NotAllowed) as e:
        cm.settlement.pay(actors["admin"], st.code, approver=actors["admin"])
    assert e.value.code == "consign.self_approval"
    paid = cm.settlement.pay(clerk, st.code, approver=actors["supervisor"], method="bank", reference="HX20260601-7")
    assert (paid.payout.method, paid.payout.reference, paid.payout.approved_by) == ("bank", "HX20260601-7", "supervisor")
    assert station.store.query_one("SELECT count(*) FROM cash_movements WHERE kind = 'payout'")[0] == 0


def test_a_payout_the_drawer_cannot_cover_is_refused(station, cm, actors):
    clerk = actors["clerk"]
    station.cash.open(clerk, 0)
    cm.farmers.add(clerk, **HE)
    lot = cm.intake.take_in(clerk, "F1", product="脆李", grade="一级", unit="kg", qty="10", price_fen=800)
    cm.moves.ship(clerk, lot.code, "10", weight_g=10500, paid_via="online", order_ref="YL1", **TO)
    st = cm.settlement.settle(clerk, "F1")
    with pytest.raises(Refused) as e:
        cm.settlement.pay(clerk, st.code)
    assert e.value.code == "cash.drawer_short"
    assert station.store.query_one("SELECT count(*) FROM consign_payouts")[0] == 0


# -- the schema holds the rules by itself ------------------------------------------------------------
def test_the_schema_refuses_what_the_services_never_do(station, cm, clerk, lot):
    sale = cm.moves.sell(clerk, lot.code, "10")
    st = cm.settlement.settle(clerk, "F1")
    cm.settlement.pay(clerk, st.code)
    conn = sqlite3.connect(station.store.path)
    try:
        bad = [
            "UPDATE consign_moves SET qty_delta = -1",
            "DELETE FROM consign_moves",
            "UPDATE consign_lots SET qty = 1",
            "UPDATE consign_statements SET payable_fen = 0",
            "DELETE FROM consign_statement_lines",
            "UPDATE consign_payouts SET amount_fen = 0",
            f"INSERT INTO consign_statement_lines VALUES ('{sale.sale_id}', '{st.id}')",  # a line on two statements
            f"INSERT INTO consign_payouts (statement_id, farmer_id, amount_fen, method, paid_at, paid_by)"
            f" VALUES ('{st.id}', '{lot.farmer_id}', {st.payable_fen}, 'bank', 'x', 'y')",  # paid twice
            f"INSERT INTO consign_moves (id, lot_id, farmer_id, kind, qty_delta, at, by) VALUES"
            f" ('m1', '{lot.id}', '{lot.farmer_id}', 'spoil', -50001, 'x', 'y')",  # below zero
        ]
        for sql in bad:
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(sql)
            conn.rollback()
    finally:
        conn.close()


def test_consigned_produce_is_not_the_stations_stock(station, cm, clerk, lot):
    """The farmer's produce lives in consignment's own tables only: no shop table, ledger row or
    cash movement is written by an intake (the shop's stock counts only its own lots)."""
    names = {r[0] for r in station.store.query("SELECT DISTINCT entity FROM outbox")}
    assert "consign_lots" in names and not any(n.startswith("shop") for n in names)
    action = station.store.query_one("SELECT summary FROM audit WHERE action = 'consign.intake'")
    assert json.loads(action[0])["lot"] == "L000001"


def test_the_return_deadline_alert(station, cm, clerk, farmer, clock):
    from app.core.dashboard import read_today

    lot = cm.intake.take_in(clerk, "F1", product="脆李", grade="一级", unit="kg", qty="10", price_fen=800,
                            return_by="2026-06-03")
    cm.intake.take_in(clerk, "F1", product="柑橘", grade="一级", unit="kg", qty="10", price_fen=800)  # due in 7 days

    def consignment_alerts() -> list:  # other modules' alerts (the sync backlog) are not this test's
        return [a for a in read_today(station.store).alerts if a.module == "consignment"]

    alerts = consignment_alerts()
    assert [(a.code, a.level, a.fields["lot"], a.fields["remaining"]) for a in alerts] == [
        ("alert.consign_due", "warning", lot.code, "10")]
    clock.advance(days=3)
    assert consignment_alerts()[0].level == "danger"
    cm.moves.give_back(clerk, lot.code)
    assert consignment_alerts() == []


def test_the_demo_station_has_farmers_lots_and_a_settled_statement(tmp_path):
    from app.core.demo import DEMO_USERS, build_demo
    from app.paths import DataPaths

    st = build_demo(DataPaths(tmp_path / "demo"))
    try:
        clerk = st.users.authenticate("clerk", next(u.pin for u in DEMO_USERS if u.username == "clerk"))
        c = st.consignment
        assert len(c.farmers.search(clerk)) == 4 and len(c.intake.list(clerk)) == 6
        [paid] = c.settlement.list(clerk)
        assert paid.paid and paid.payout.amount_fen == paid.payable_fen > 0
        assert paid.gross_fen == paid.net_fen + paid.commission_fen + paid.shipping_fen and paid.shipping_fen > 0
        assert {f.code for f, _n, _net in c.settlement.unsettled(clerk)} == {"F0001", "F0002", "F0003", "F0004"}
        assert [lot.code for lot in c.intake.due(clerk, within_days=2)] == ["L000004", "L000003"]
    finally:
        st.close()
