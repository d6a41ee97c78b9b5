"""Outbound parcels: real-name sender, tariff (default file and the platform's), waybills, manifests."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

import pytest

from app.core.errors import InvalidInput, NotFound, Refused
from app.core.parcels.tariff import DEFAULT_FILE, Tariff, province_key
from app.core.parcels.waybill import check_waybill, luhn_check_digit, make_waybill, waybill_check_digit

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, outbox, parcels, station  # noqa: F401

RESIDENT_ID = "11010519491231002X"
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南"
             " 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()


@pytest.fixture(autouse=True)
def clerk_shift(station, actors):
    """Postage is cash: the clerk's shift is open (the float is ¥50)."""
    station.cash.open(actors["clerk"], 5000)


def send(parcels, actor, **kw):  # noqa: ANN001, ANN201
    args = dict(sender_name="李四", sender_id=RESIDENT_ID, sender_phone="13900001111", to_name="王五",
                to_phone="13700002222", to_address="成都市武侯区某路 1 号", to_province="四川省", weight_g=1200,
                contents="脆李 5 斤", prohibited_confirmed=True, produce="脆李")
    args.update(kw)
    return parcels.outbound.send(actor, **args)


def test_send_stores_the_resident_id_only_masked_and_keyed(station, actors, parcels):
    v = send(parcels, actors["clerk"])
    assert v.status == "sent" and v.sender_id == "1101**********002X" and v.sender_name == "李*"
    assert (v.to_province, v.zone, v.weight_g, v.price_fen) == ("四川", "1", 1200, 800 + 2 * 200)
    assert (v.produce, v.produce_category) == (True, "plum") and v.to_phone == "137****2222"
    assert check_waybill(v.waybill) == v.waybill and v.waybill.startswith("CQ0001")
    row = station.store.query_one("SELECT sender_id_hash FROM shipments")
    assert row[0] == hmac.new(station.secret_key, RESIDENT_ID.encode(), hashlib.sha256).hexdigest()
    [payload] = outbox(station, "shipments")
    assert payload["sender_id_masked"] == "1101**********002X" and payload["sender_id_hash"] == row[0]
    # the number itself is nowhere in the database file
    conn = sqlite3.connect(station.store.path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for r in conn.execute(f'SELECT * FROM "{name}"'):
            assert not any(isinstance(c, str) and RESIDENT_ID in c for c in r), name
    conn.close()


@pytest.mark.parametrize("change,code", [
    ({"sender_id": "110105194912310021"}, "resident_id.checksum"),
    ({"sender_phone": "139****1111"}, "phone.masked_not_allowed"),
    ({"to_phone": "12345"}, "phone.full_invalid"),
    ({"to_province": "火星"}, "shipment.province_unknown"),
    ({"weight_g": 0}, "shipment.weight_invalid"),
    ({"weight_g": 50_001}, "shipment.weight_invalid"),
    ({"contents": ""}, "text.required"),
    ({"prohibited_confirmed": False}, "shipment.prohibited_not_confirmed"),
    ({"contents": "烟花两箱"}, "shipment.prohibited_item"),
    ({"produce": "苹果"}, "shipment.produce_invalid"),
    ({"to_address": " "}, "text.required"),
])
def test_bad_shipments_are_refused_and_change_nothing(station, actors, parcels, change, code):
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        send(parcels, actors["clerk"], **change)
    assert e.value.code == code
    assert table_digests(station.store.path) == before


def test_minors_may_send(actors, parcels):
    from app.core.validate.identity import resident_id_check_char

    child = "50010120150601123"
    assert send(parcels, actors["clerk"], sender_id=child + resident_id_check_char(child)).status == "sent"


def test_the_default_tariff_covers_every_province_in_both_spellings(actors, parcels):
    data = json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    assert sorted(data["provinces"]) == sorted(PROVINCES) and len(PROVINCES) == 31
    full = {"北京市": "北京", "四川省": "四川", "广西壮族自治区": "广西", "内蒙古自治区": "内蒙古",
            "新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏", "西藏自治区": "西藏", "黑龙江省": "黑龙江"}
    for name, short in full.items():
        assert province_key(name) == short
        assert parcels.outbound.quote(actors["clerk"], name, 500).province == short
    for p in PROVINCES:
        assert parcels.outbound.quote(actors["clerk"], p, 500).price_fen > 0
    assert sorted(parcels.outbound.provinces(actors["supervisor"])) == sorted(PROVINCES)


@pytest.mark.parametrize("grams,fen", [(1, 2000), (500, 2000), (501, 3500), (1000, 3500), (1001, 5000)])
def test_price_is_first_weight_plus_each_started_step(actors, parcels, grams, fen):
    assert parcels.outbound.quote(actors["clerk"], "新疆", grams).price_fen == fen


def test_the_platform_tariff_wins_when_present_and_valid(station, actors, parcels):
    conn = station.store.conn
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'platform_records'").fetchone():
        conn.execute("CREATE TABLE platform_records (stream TEXT, key TEXT, payload TEXT, PRIMARY KEY (stream, key))")
    platform = {"version": "2026.07", "first_weight_g": 1000, "additional_step_g": 1000,
                "zones": {"A": {"first_fen": 600, "additional_fen": 100}},
                "provinces": {"四川省": "A"}}
    cols = [r[1] for r in conn.execute("PRAGMA table_info(platform_records)")]
    values = {"stream": "tariff", "key": "current", "payload": json.dumps(platform, ensure_ascii=False),
              "version": 1, "hlc": "0000000000000.00000", "received_at": "2026-06-01T00:00:00.000Z",
              "snapshot_gen": 0}
    conn.execute(f"INSERT INTO platform_records ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 [values.get(c) for c in cols])
    q = parcels.outbound.quote(actors["clerk"], "四川", 2500)
    assert (q.price_fen, q.tariff_version, q.zone) == (600 + 2 * 100, "2026.07", "A")
    with pytest.raises(InvalidInput, match="province_unknown"):
        parcels.outbound.quote(actors["clerk"], "新疆", 500)
    assert send(parcels, actors["clerk"], weight_g=2500).tariff_version == "2026.07"
    # a broken platform record falls back to the default file
    conn.execute("UPDATE platform_records SET payload = '{\"zones\": 3}' WHERE stream = 'tariff'")
    assert parcels.outbound.quote(actors["clerk"], "新疆", 500).tariff_version == "default-2026.1"


def test_tariff_parse_rejects_bad_shapes():
    good = json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    assert Tariff.parse(good, "default").zones["5"].additional_fen == 1500
    for bad in ({**good, "first_weight_g": 0}, {**good, "zones": {}}, {**good, "provinces": {"四川": "9"}},
                {**good, "zones": {"1": {"first_fen": -1, "additional_fen": 0}}}, []):
        with pytest.raises(ValueError):
            Tariff.parse(bad, "x")


def test_waybill_check_digit():
    assert luhn_check_digit("7992739871") == 3  # the classic Luhn example
    assert waybill_check_digit("US037833100") == 5  # an ISIN (Apple): letters as two digits, then Luhn
    w = make_waybill("CQ0001", 127)
    assert w == "CQ000100000127" + str(waybill_check_digit("CQ000100000127"))
    check_waybill(w.lower())
    for i, ch in enumerate(w[:-1]):  # every single-character change is caught
        for other in "0123456789":
            if other != ch and (ch.isdigit() or i >= 6):
                wrong = w[:i] + other + w[i + 1:]
                with pytest.raises(InvalidInput):
                    check_waybill(wrong)
    with pytest.raises(InvalidInput, match="waybill.invalid"):
        check_waybill("CQ01")


def test_manifest_hands_pending_shipments_to_the_courier(station, actors, parcels):
    clerk = actors["clerk"]
    with pytest.raises(Refused, match="manifest.empty"):
        parcels.outbound.handover(clerk, "老周")
    a = send(parcels, clerk)
    b = send(parcels, clerk, to_province="新疆", weight_g=600, produce=None, contents="衣服")
    assert [s.waybill for s in parcels.outbound.pending(clerk)] == [a.waybill, b.waybill]
    m = parcels.outbound.handover(clerk, "老周")
    assert (m.number, m.courier, len(m.shipments)) == (1, "老周", 2)
    assert m.weight_g == 1800 and m.price_fen == a.price_fen + b.price_fen
    assert all(s.manifest_id == m.id and s.handed_over_at for s in m.shipments)
    assert parcels.outbound.pending(clerk) == []
    assert parcels.outbound.manifest(actors["supervisor"], 1) == m
    assert outbox(station, "manifests")[-1]["waybills"] == [a.waybill, b.waybill]
    assert parcels.outbound.get(clerk, b.waybill).produce is False
    with pytest.raises(NotFound, match="manifest.not_found"):
        parcels.outbound.manifest(clerk, 2)


def test_postage_goes_into_the_clerks_drawer_in_the_same_write(station, actors, parcels):
    v = send(parcels, actors["clerk"])
    shift = station.cash.current(actors["clerk"])
    rows = station.store.query("SELECT service, kind, amount_fen, ref_entity, ref_id FROM cash_movements"
                               " WHERE shift_id = ? AND kind = 'fee'", (shift.id,))
    sid = station.store.query_one("SELECT id FROM shipments WHERE waybill = ?", (v.waybill,))[0]
    assert [tuple(r) for r in rows] == [("parcels", "fee", v.price_fen, "shipments", sid)]
    entities = [r[0] for r in station.store.query("SELECT entity FROM outbox ORDER BY seq DESC LIMIT 2")]
    assert sorted(entities) == ["cash_movements", "shipments"]


def test_no_send_without_an_open_shift(station, actors, parcels):
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        send(parcels, actors["admin"])  # the admin has no shift open
    assert e.value.code == "cash.no_open_shift"
    assert table_digests(station.store.path) == before
