"""The ``consign`` commands: CLI.md v2 "Produce consignment" names, outputs and exit codes, the
additions, personal data masked in every output, and every failing command leaving every table as
it was."""
# ruff: noqa: F811 - fixtures come from consign_support

from __future__ import annotations

import re

import pytest

from .conftest import CLERK_PIN, SUPERVISOR_PIN, table_digests
from .consign_support import _station_template, actors, station  # noqa: F401

CLERK = {"user": "clerk", "pin": CLERK_PIN}
SUPER = {"user": "supervisor", "pin": SUPERVISOR_PIN}
FULL_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
SHIP = ("--to-name", "何小梅", "--to-phone", "13698765432", "--to-address", "成都市锦江区春熙路 8 号", "--to-province",
        "四川", "--weight-g", "5400")


@pytest.fixture
def ready(station, cli):
    r = cli("shift", "open", "--float", "500", **CLERK)
    assert r.code == 0, r.err
    return cli


def ok(r):
    assert r.code == 0, r.err
    assert not FULL_PHONE.search(r.out), r.out  # masked in every output
    assert "50010119800315001X" not in r.out
    return r.json


def test_the_contract_end_to_end(ready):
    cli = ready
    f = ok(cli("consign", "farmer", "add", "--name", "何永福", "--phone", "13512340000", "--id", "50010119800315001X",
               "--village", "龙凤村", **CLERK))
    assert f["farmer_id"] and (f["code"], f["name"], f["phone"]) == ("F0001", "何**", "135****0000")
    lot = ok(cli("consign", "intake", "F0001", "--product", "巫山脆李", "--grade", "一级", "--unit", "kg", "--qty", "25.5",
                 "--price", "8", "--commission", "7.5", "--cert-origin", "巫山县", "--cert-producer", "何永福",
                 "--cert-basis", "self_promise", **CLERK))
    assert lot["lot_id"] and (lot["qty"], lot["qty_text"], lot["commission_bp"], lot["code"]) == (25500, "25.5", 750,
                                                                                                 "L000001")
    sale = ok(cli("consign", "sell", "L000001", "--qty", "2.5", "--price", "9", **CLERK))
    assert sale["sale_id"] and sale["total_fen"] == 2250 and sale["remaining"] == 23000
    ship = ok(cli("consign", "ship", "L1", "--qty", "5", *SHIP, **CLERK))
    assert ship["waybill"].startswith("CQ0001") and ship["price_fen"] > 0 and ship["total_fen"] == 4000
    shipment = ok(cli("parcel", "show", ship["waybill"], **CLERK))
    assert shipment["produce"] is True and shipment["produce_category"] == "plum"  # an outbound produce parcel
    spoil = ok(cli("consign", "spoil", lot["lot_id"], "--qty", "0.5", "--reason", "压坏", **CLERK))
    assert (spoil["lot_id"], spoil["remaining"]) == (lot["lot_id"], 17500)
    back = ok(cli("consign", "return", "L1", "--qty", "1", **CLERK))
    assert back["remaining"] == 16500
    st = ok(cli("consign", "settle", "F0001", **CLERK))
    assert {"statement_id", "gross_fen", "commission_fen", "shipping_fen", "net_fen"} <= set(st)
    assert st["gross_fen"] == 6250 and st["shipping_fen"] == ship["price_fen"]
    assert st["commission_fen"] == 169 + 300  # 7.5 % of ¥22.50 = 1.6875 → 1.69; of ¥40 = 3.00
    assert st["gross_fen"] == st["net_fen"] + st["commission_fen"] + st["shipping_fen"]
    paid = ok(cli("consign", "pay", st["statement_id"], **CLERK))
    assert (paid["statement_id"], paid["paid_fen"]) == (st["statement_id"], st["net_fen"])
    again = cli("consign", "pay", st["code"], **CLERK)
    assert again.code == 5 and again.json["error"]["code"] == "consign.already_paid"
    assert again.err.startswith("error[consign.already_paid]:")
    # additions
    assert ok(cli("consign", "lots", "--open", **CLERK))["lots"][0]["remaining_text"] == "16.5"
    shown = ok(cli("consign", "lot", "YYT:LOT:L000001", **SUPER))
    assert [m["kind"] for m in shown["moves"]] == ["sale", "ship", "spoil", "return"]
    assert ok(cli("consign", "statement", "show", "1", **SUPER))["paid"] is True
    assert ok(cli("consign", "statement", "list", "--unpaid", **CLERK))["count"] == 0
    assert [x["code"] for x in ok(cli("consign", "farmer", "search", "0000", **CLERK))["farmers"]] == ["F0001"]
    assert ok(cli("consign", "farmer", "list", **SUPER))["count"] == 1
    assert ok(cli("consign", "lots", "--due", "7", **CLERK))["count"] == 1
    void = ok(cli("consign", "void", sale["sale_id"], "--reason", "买家退货", **CLERK))
    assert void["refunded_fen"] == 2250 and void["remaining"] == 19000
    preview = ok(cli("consign", "settle", "F1", "--preview", **CLERK))
    assert preview["preview"] is True and preview["net_fen"] == -2250 + 169
    human = cli("consign", "statement", "show", "S000001", json_out=False, **CLERK)
    assert human.code == 0 and "135****0000" in human.out and not FULL_PHONE.search(human.out)


@pytest.mark.parametrize(("args", "user", "exit_code", "error"), [
    (("consign", "farmer", "add", "--name", "甲", "--phone", "138****1234"), CLERK, 3, "phone.masked_not_allowed"),
    (("consign", "farmer", "add", "--name", "何永福", "--phone", "13512340000"), CLERK, 5, "consign.farmer_exists"),
    (("consign", "farmer", "add", "--name", "甲", "--phone", "13900001111"), SUPER, 6, "perm.denied"),
    (("consign", "intake", "F9", "--product", "脆李", "--grade", "一级", "--unit", "kg", "--qty", "1", "--price", "8"),
     CLERK, 4, "consign.farmer_not_found"),
    (("consign", "intake", "F1", "--product", "脆李", "--grade", "一级", "--unit", "kg", "--qty", "1.2345", "--price",
      "8"), CLERK, 3, "consign.qty_invalid"),
    (("consign", "intake", "F1", "--product", "脆李", "--grade", "一级", "--unit", "kg", "--qty", "1", "--price",
      "8.001"), CLERK, 3, "money.invalid"),
    (("consign", "intake", "F1", "--product", "脆李", "--grade", "一级", "--unit", "kg", "--qty", "1", "--price", "8",
      "--commission", "101"), CLERK, 3, "consign.commission_invalid"),
    (("consign", "intake", "F1", "--product", "脆李", "--grade", "一级", "--unit", "box", "--qty", "1", "--price", "8"),
     CLERK, 2, "usage"),
    (("consign", "sell", "L1", "--qty", "61"), CLERK, 5, "consign.not_enough"),
    (("consign", "sell", "L1", "--qty", "1", "--price", "7.99"), CLERK, 3, "consign.below_floor"),
    (("consign", "sell", "L9", "--qty", "1"), CLERK, 4, "consign.lot_not_found"),
    (("consign", "sell", "X-1", "--qty", "1"), CLERK, 3, "consign.lot_ref_invalid"),
    (("consign", "ship", "L1", "--qty", "5", *SHIP[:-1], "abc"), CLERK, 3, "shipment.weight_invalid"),
    (("consign", "ship", "L1", "--qty", "5", *SHIP[:7], "火星", *SHIP[8:]), CLERK, 3, "shipment.province_unknown"),
    (("consign", "spoil", "L1", "--qty", "1", "--reason", " "), CLERK, 3, "text.required"),
    (("consign", "return", "L1", "--qty", "70"), CLERK, 5, "consign.not_enough"),
    (("consign", "void", "01a00000-0000-7000-8000-000000000000", "--reason", "x"), CLERK, 4, "consign.sale_not_found"),
    (("consign", "settle", "F1"), CLERK, 5, "consign.nothing_to_settle"),
    (("consign", "pay", "S9"), CLERK, 4, "consign.statement_not_found"),
    (("consign", "lot", "L1"), {"user": "carrier", "pin": "314159"}, 6, "perm.denied"),
])
def test_errors_change_nothing(ready, station, args, user, exit_code, error):
    cli = ready
    ok(cli("consign", "farmer", "add", "--name", "何永福", "--phone", "13512340000", **CLERK))
    ok(cli("consign", "intake", "F1", "--product", "巫山脆李", "--grade", "一级", "--unit", "kg", "--qty", "60", "--price",
           "8", **CLERK))
    before = table_digests(station.store.path)
    r = cli(*args, **user)
    assert r.code == exit_code, (r.code, r.err)
    assert r.json["error"]["code"] == error and r.err.startswith(f"error[{error}]:")
    assert table_digests(station.store.path) == before


def test_a_payout_without_an_open_shift_exits_5_and_a_large_one_needs_the_approver(station, cli, monkeypatch):
    ok(cli("consign", "farmer", "add", "--name", "何永福", "--phone", "13512340000", **CLERK))
    ok(cli("consign", "intake", "F1", "--product", "脆李", "--grade", "一级", "--unit", "kg", "--qty", "600", "--price",
           "8", **CLERK))
    r = cli("consign", "sell", "L1", "--qty", "1", **CLERK)
    assert r.code == 5 and r.json["error"]["code"] == "cash.no_open_shift"
    ok(cli("shift", "open", "--float", "100", **CLERK))
    ok(cli("consign", "sell", "L1", "--qty", "400", **CLERK))  # ¥3200 → ¥3040 to pay, above ¥2000
    ok(cli("consign", "settle", "F1", **CLERK))
    before = table_digests(station.store.path)
    r = cli("consign", "pay", "S1", **CLERK)
    assert r.code == 6 and r.json["error"]["code"] == "consign.approval_required"
    assert table_digests(station.store.path) == before
    monkeypatch.setenv("YYT_APPROVER_PIN", SUPERVISOR_PIN)
    paid = ok(cli("consign", "pay", "S1", "--approver", "supervisor", **CLERK))
    assert paid["paid_fen"] == 304000 and paid["approved_by"] == "supervisor"
