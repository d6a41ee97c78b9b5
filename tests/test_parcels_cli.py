"""The ``parcel``, ``round``, ``stocktake`` and ``shelf`` commands: the CLI.md contract (outputs,
exit codes), masked phones in human output, and every failing command leaving every table as it was."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.messages import MESSAGES

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, ROOT, SUPERVISOR_PIN, table_digests
from .test_parcels_support import _station_template, actors, parcels, sf, station, yt  # noqa: F401

CLERK = {"user": "clerk", "pin": CLERK_PIN}
ADMIN = {"user": "admin", "pin": ADMIN_PIN}
CARRIER = {"user": "carrier", "pin": CARRIER_PIN}
SUPER = {"user": "supervisor", "pin": SUPERVISOR_PIN}
FULL_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
SEND = ("parcel", "send", "--sender-name", "李四", "--sender-id", "11010519491231002X", "--sender-phone",
        "13900001111", "--to-name", "王五", "--to-phone", "13700002222", "--to-address", "成都市武侯区某路 1 号",
        "--to-province", "四川", "--weight-g", "1200", "--contents", "脆李")


@pytest.fixture
def seeded(station, actors, parcels, cli):
    """sf(1) on the shelf (A-1-0001, phone …5678), sf(2) picked up (A-1-0002), an open round 1 with
    sf(3) out (A-1-0003)."""
    clerk = actors["clerk"]
    parcels.inbound.checkin(clerk, sf(1), phone="13912345678", name="张三", slot="A-1")
    code2 = parcels.inbound.checkin(clerk, sf(2), phone="13900002222", slot="A-1").parcel.pickup_code
    parcels.pickup.by_code(clerk, code2)
    parcels.inbound.checkin(clerk, sf(3), phone="13900003333", slot="A-1")
    rnd = parcels.rounds.start(clerk, "carrier")
    parcels.rounds.add(clerk, rnd.number, [sf(3)])
    station.cash.open(clerk, 10000)  # postage is cash into the clerk's drawer
    return cli


def test_parcel_commands(seeded):
    cli = seeded
    r = cli("parcel", "checkin", yt(7), "--phone", "138****0007", "--name", "李*", **CLERK)
    assert r.code == 0, r.err
    j = r.json
    assert {"id", "tracking", "carrier", "pickup_code", "status"} <= set(j)
    assert (j["tracking"], j["carrier"], j["status"]) == (yt(7), "yto", "in_station")
    code = j["pickup_code"]
    r = cli("parcel", "show", yt(7), **SUPER)
    assert r.code == 0 and (r.json["tracking"], r.json["status"], r.json["pickup_code"]) == (yt(7), "in_station", code)
    r = cli("parcel", "list", "--status", "in_station", **CARRIER)
    assert r.code == 0 and [p["tracking"] for p in r.json["parcels"]] == [yt(7), sf(1)]
    r = cli("parcel", "list", "--phone-tail", "5678", **CLERK)
    assert [p["tracking"] for p in r.json["parcels"]] == [sf(1)]
    r = cli("parcel", "list", "--overdue", **CLERK)  # the CLI runs on the real clock: June is long ago
    assert r.code == 0 and sf(1) in [p["tracking"] for p in r.json["parcels"]]
    r = cli("parcel", "overdue", "--days", "1", **CLERK)
    assert r.code == 0 and r.json["count"] >= 1
    r = cli("parcel", "notify", sf(1), **CLERK)
    assert r.code == 0 and r.json["notified"] == [sf(1)]
    r = cli("parcel", "pickup", "--code", code, **CLERK)
    assert r.code == 0 and r.json["picked_up"] == [{"tracking": yt(7), "pickup_code": code}]
    r = cli("parcel", "pickup", "--phone-tail", "5678", "--tracking", sf(1), "--proxy-name", "钱大妈",
            "--proxy-phone", "13611112222", **CLERK)
    assert r.code == 0 and [p["tracking"] for p in r.json["picked_up"]] == [sf(1)]
    assert r.json["proxy_phone"] == "136****2222"
    r = cli("parcel", "checkin", sf(8), "--phone", "13800000008", "--slot", "B-2", **CLERK)
    assert r.code == 0 and r.json["pickup_code"].startswith("B-2-")
    r = cli("parcel", "return", sf(8), "--reason", "拒收", **CLERK)
    assert r.code == 0 and r.json["status"] == "returned"


def test_outbound_commands(seeded):
    cli = seeded
    r = cli("parcel", "quote", "--to-province", "新疆维吾尔自治区", "--weight-g", "1800", **SUPER)
    assert r.code == 0 and r.json["price_fen"] == 6500 and r.json["price"] == "65.00"
    r = cli(*SEND, "--produce", "脆李", **CLERK)
    assert r.code == 0, r.err
    assert r.json["price_fen"] == 1200 and r.json["waybill"].startswith("CQ0001")
    assert r.json["produce_category"] == "plum" and r.json["sender_id"] == "1101**********002X"
    waybill = r.json["waybill"]
    r = cli("parcel", "show", waybill, **CLERK)
    assert r.code == 0 and (r.json["tracking"], r.json["status"], r.json["pickup_code"]) == (waybill, "sent", None)
    r = cli("parcel", "list", "--status", "sent", **CLERK)
    assert [p["tracking"] for p in r.json["parcels"]] == [waybill]
    r = cli("parcel", "manifest", "--preview", **CLERK)
    assert r.json["count"] == 1
    r = cli("parcel", "manifest", "--courier", "老周", **CLERK)
    assert r.code == 0 and r.json["number"] == 1 and r.json["count"] == 1
    assert cli("parcel", "manifest", "--number", "1", **SUPER).json["shipments"][0]["waybill"] == waybill


def test_round_commands(seeded):
    cli = seeded
    r = cli("round", "show", "1", **CARRIER)
    assert r.code == 0 and r.json["status"] == "open" and r.json["parcels"][0]["phone"] == "139****3333"
    round_id = r.json["round_id"]
    r = cli("round", "back", round_id, sf(3), **CARRIER)
    assert r.code == 0 and (r.json["round_id"], r.json["status"]) == (round_id, "open")
    r = cli("round", "add", "1", sf(3), **CLERK)
    assert r.code == 0 and r.json["out"] == 1
    code = cli("parcel", "show", sf(3), **CLERK).json["pickup_code"]
    r = cli("round", "deliver", "1", sf(3), "--code", code, **CARRIER)
    assert r.code == 0 and r.json["delivered"] == 1
    r = cli("round", "close", "1", **CARRIER)
    assert r.code == 0 and r.json["status"] == "closed"
    r = cli("round", "start", "--carrier", "carrier", **CARRIER)
    assert r.code == 0 and r.json["status"] == "open" and r.json["round_id"] != round_id
    assert [x["number"] for x in cli("round", "list", **CLERK).json["rounds"]] == [2, 1]


def test_stocktake_and_shelf_commands(seeded):
    cli = seeded
    r = cli("shelf", "set", "A:4:10", "B:2:5", **ADMIN)
    assert r.code == 0 and r.json["shelves"][1] == {"shelf": "B", "layers": 2, "capacity": 5}
    r = cli("shelf", "list", **SUPER)
    assert r.code == 0 and len(r.json["layers"]) == 6 and sum(x["occupied"] for x in r.json["layers"]) == 1
    r = cli("stocktake", "start", **CLERK)
    assert r.code == 0 and r.json["status"] == "open"
    sid = r.json["stocktake_id"]
    r = cli("stocktake", "scan", sid, sf(2), "JD0001234567890", **CLERK)
    assert r.code == 0 and r.json["scanned"] == 2
    r = cli("stocktake", "finish", sid, **CLERK)
    assert r.code == 0 and [m["tracking"] for m in r.json["missing"]] == [sf(1)]
    assert sorted(u["tracking"] for u in r.json["unexpected"]) == ["JD0001234567890", sf(2)]
    assert cli("stocktake", "show", sid, **SUPER).json == r.json


def test_human_output_masks_every_phone(seeded):
    cli = seeded
    outputs = [
        cli("parcel", "checkin", yt(9), "--phone", "13812340009", json_out=False, **CLERK),
        cli("parcel", "list", json_out=False, **CLERK),
        cli("parcel", "show", sf(1), json_out=False, **CLERK),
        cli("round", "show", "1", json_out=False, **CARRIER),
        cli("parcel", "pickup", "--phone-tail", "5678", "--proxy-name", "钱大妈", "--proxy-phone", "13611112222",
            json_out=False, **CLERK),
        cli(*SEND, json_out=False, **CLERK),
    ]
    for r in outputs:
        assert r.code == 0, r.err
        assert not r.out.startswith("{") and FULL_PHONE.search(r.out) is None, r.out
    assert "138****0009" in outputs[0].out and "pickup_code" in outputs[0].out


ERROR_CASES = [
    # (args, who, exit code, error code)
    (("parcel", "checkin", sf(1)), CLERK, 5, "parcel.already_checked_in"),
    (("parcel", "checkin", "SF1"), CLERK, 3, "tracking.invalid"),
    (("parcel", "checkin", sf(50)), CLERK, 3, "parcel.phone_required"),
    (("parcel", "checkin", sf(50), "--phone", "110"), CLERK, 3, "phone.invalid"),
    (("parcel", "checkin", sf(50), "--phone", "13800000000", "--slot", "Z-1"), CLERK, 3, "parcel.slot_unknown"),
    (("parcel", "checkin", sf(50), "--phone", "13800000000", "--carrier", "ups"), CLERK, 3, "carrier.invalid"),
    (("parcel", "checkin", sf(50), "--phone", "13800000000"), SUPER, 6, "perm.denied"),
    (("parcel", "checkin", sf(50), "--phone", "13800000000"), {}, 6, "auth.required"),
    (("parcel", "checkin", sf(50), "--phone", "13800000000"), {"user": "clerk", "pin": "000000"}, 6,
     "auth.wrong_pin"),
    (("parcel", "pickup", "--code", "A-1-0002"), CLERK, 5, "parcel.already_picked_up"),
    (("parcel", "pickup", "--code", "C-4-0404"), CLERK, 4, "parcel.code_not_found"),
    (("parcel", "pickup", "--code", "oops"), CLERK, 3, "parcel.code_invalid"),
    (("parcel", "pickup", "--phone-tail", "0000"), CLERK, 4, "parcel.none_for_tail"),
    (("parcel", "pickup", "--phone-tail", "12"), CLERK, 3, "phone.tail_invalid"),
    (("parcel", "pickup", "--phone-tail", "5678", "--tracking", sf(3)), CLERK, 3, "parcel.tail_mismatch"),
    (("parcel", "pickup", "--phone-tail", "5678", "--proxy-name", "钱"), CLERK, 3, "parcel.proxy_incomplete"),
    (("parcel", "pickup", "--code", "A-1-0001", "--tracking", sf(1)), CLERK, 3, "parcel.tracking_needs_tail"),
    (("parcel", "pickup"), CLERK, 2, "usage"),
    (("parcel", "pickup", "--code", "A-1-0003"), CLERK, 5, "parcel.out_for_delivery"),
    (("parcel", "show", sf(99)), CLERK, 4, "parcel.not_found"),
    (("parcel", "list", "--status", "lost"), CLERK, 2, "usage"),
    (("parcel", "return", sf(2), "--reason", "x"), CLERK, 5, "parcel.already_picked_up"),
    (("parcel", "return", sf(1), "--reason", ""), CLERK, 3, "text.required"),
    (("parcel", "notify", sf(2)), CLERK, 5, "parcel.already_picked_up"),
    (SEND[:-2] + ("--contents", "汽油"), CLERK, 3, "shipment.prohibited_item"),
    (SEND[:-4] + ("--weight-g", "1.5kg", "--contents", "x"), CLERK, 3, "shipment.weight_invalid"),
    (tuple(a.replace("11010519491231002X", "110105194912310021") for a in SEND), CLERK, 3, "resident_id.checksum"),
    (SEND + ("--produce", "苹果"), CLERK, 3, "shipment.produce_invalid"),
    (("parcel", "manifest"), CLERK, 5, "manifest.empty"),
    (("round", "close", "1"), CARRIER, 5, "round.not_closable"),
    (("round", "start", "--carrier", "carrier"), CLERK, 5, "round.carrier_busy"),
    (("round", "start", "--carrier", "clerk"), CARRIER, 6, "round.not_yours"),
    (("round", "start", "--carrier", "ghost"), CLERK, 4, "user.not_found"),
    (("round", "add", "1", sf(2)), CLERK, 5, "parcel.already_picked_up"),
    (("round", "add", "7", sf(1)), CLERK, 4, "round.not_found"),
    (("round", "deliver", "1", sf(3), "--phone-tail", "9999"), CARRIER, 3, "parcel.tail_mismatch"),
    (("round", "deliver", "1", sf(3), "--code", "A-1-0001"), CARRIER, 3, "round.code_mismatch"),
    (("round", "deliver", "1", sf(1), "--code", "A-1-0001"), CARRIER, 4, "round.parcel_not_on_round"),
    (("round", "deliver", "1", sf(3)), CARRIER, 2, "usage"),
    (("round", "back", "1", sf(1)), CARRIER, 4, "round.parcel_not_on_round"),
    (("stocktake", "finish", "nope"), CLERK, 4, "stocktake.not_found"),
    (("stocktake", "start", "--shelf", "Q"), CLERK, 3, "parcel.slot_unknown"),
    (("shelf", "set", "A:0:10"), ADMIN, 3, "parcel.shelves_invalid"),
    (("shelf", "set", "A-4-10"), ADMIN, 3, "parcel.shelves_invalid"),
    (("shelf", "set", "A:4:10"), CLERK, 6, "perm.denied"),
]


@pytest.mark.parametrize("args,who,exit_code,code", ERROR_CASES,
                         ids=[f"{c[3]}-{'-'.join(c[0][:2])}" for c in ERROR_CASES])
def test_failing_commands_change_nothing(seeded, args, who, exit_code, code):
    cli = seeded
    before = table_digests(cli.paths.db)
    r = cli(*args, **who)
    assert r.code == exit_code, (r.out, r.err)
    assert r.err.startswith(f"error[{code}]: ") and r.err.count("\n") == 1, r.err
    assert r.json["error"]["code"] == code and r.json["error"]["message"]
    assert "{" not in r.json["error"]["message"], r.json["error"]["message"]  # every placeholder filled
    if code != "auth.wrong_pin":  # a wrong PIN is the one failure that writes (the lock-out counter)
        assert table_digests(cli.paths.db) == before


def test_ambiguous_tail_lists_the_candidates_masked(seeded, actors, parcels):
    parcels.inbound.checkin(actors["clerk"], sf(60), phone="13700005678")
    r = seeded("parcel", "pickup", "--phone-tail", "5678", **CLERK)
    assert r.code == 3 and r.json["error"]["code"] == "parcel.tail_ambiguous"
    assert sorted(p["tracking"] for p in r.json["parcels"]) == [sf(1), sf(60)]
    assert FULL_PHONE.search(r.out) is None


def test_demo_station_has_parcels_in_every_state(cli):
    assert cli("demo").code == 0
    statuses = {p["status"] for p in cli("parcel", "list", **CLERK).json["parcels"]}
    assert statuses == {"in_station", "picked_up", "out_for_delivery", "delivered", "returned"}
    assert cli("parcel", "list", "--status", "sent", **CLERK).json["count"] == 3  # 2 + consignment's shipment
    assert [r["status"] for r in cli("round", "list", **CLERK).json["rounds"]] == ["open"]
    assert cli("parcel", "overdue", **CLERK).json["count"] >= 3
    assert cli("parcel", "checkin", "SF1400000000101", **CLERK).json["preadvised"] is True
    assert cli("audit", "verify", **ADMIN).json["ok"] is True


def _raised_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "app" / "core" / "parcels").glob("*.py"):
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("InvalidInput", "NotFound", "Refused", "NotAllowed") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
    return codes


def test_every_parcels_error_code_has_words():
    codes = _raised_codes()
    assert len(codes) > 30  # the scan itself found the raises
    assert sorted(c for c in codes if c not in MESSAGES) == []
    assert {"tracking.unknown_format", "tracking.ambiguous_carrier"} <= set(MESSAGES)
