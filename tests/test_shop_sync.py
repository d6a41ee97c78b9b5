"""The shop and the real hub on 127.0.0.1: every shop record arrives exactly once (counted on the
hub, after a retried run too); the approved catalogue and the pesticide rules arrive by pull; a
sale made offline after a ban took effect is flagged when the ban arrives, once."""

from __future__ import annotations

import json

from app.core.clock import ManualClock
from app.core.shop import BuyerInput

from .helpers import sync_fixtures
from .helpers.sync_fixtures import ADMIN_PIN, utc_now
from .shop_support import ADULT_ID, ean

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station
BUYER = BuyerInput("王大明", ADULT_ID, "13912345678", "石柱县黄水镇龙凤村三组27号", "柑橘 红蜘蛛")


def test_shop_records_arrive_once_on_the_hub(hub, make_station):
    st = make_station(clock=ManualClock("2026-05-20T01:00:00Z"))
    admin = st.users.authenticate("admin", ADMIN_PIN)
    shop = st.shop
    a, _ = shop.catalogue.add(admin, name="复合肥", category="fertiliser", spec="50kg", unit="袋", price_fen=16500,
                              ean=ean(1))
    b, _ = shop.catalogue.add(admin, name="40%乐果乳油", category="pesticide", spec="500ml", unit="瓶", price_fen=2800,
                              reg_no="PD20120456")
    shop.stock.stock_in(admin, a.id, lot="F1", qty=10, produced="2026-01-01", expires="2027-01-01", cost_fen=15000,
                        supplier="农资公司", supplier_phone="023-68881234")
    shop.stock.stock_in(admin, a.id, lot="F1", qty=5, produced="2026-01-01", expires="2027-01-01", cost_fen=15000,
                        supplier="农资公司", supplier_phone="023-68881234")
    shop.stock.stock_in(admin, b.id, lot="R1", qty=4, produced="2026-01-01", expires="2027-01-01", cost_fen=2000,
                        supplier="农资公司", supplier_phone="023-68881234")
    st.cash.open(admin, 10000)
    s1 = shop.sales.sell(admin, [(a.id, 2)])
    shop.sales.sell(admin, [(b.id, 1)], BUYER)
    shop.sales.return_items(admin, s1.id, [(a.id, 1)])
    shop.stock.adjust(admin, a.id, "F1", -1, "破袋")
    shop.recalls.recall(admin, lot="R1")
    report = st.sync.run_once()
    assert report.ok, report.as_dict()
    again = st.sync.run_once()  # nothing pending: nothing counted twice
    assert again.ok and again.pushed == 0
    _, counts = hub.storage.counts(st.info.code)
    assert {k: v for k, v in counts.items() if k.startswith("shop_")} == {
        "shop_products": 2, "shop_lots": 2, "shop_purchases": 3, "shop_sales": 2, "shop_returns": 1,
        "shop_adjustments": 1, "shop_recalls": 1}
    assert counts["cash_movements"] == 4  # float, two sales, one refund
    payloads = [r["payload"] for r in hub.storage.records(st.info.code) if r["entity"] == "shop_sales"]
    assert payloads and all(ADULT_ID not in p for p in payloads)
    sale = json.loads(payloads[-1]) if isinstance(payloads[-1], str) else payloads[-1]
    assert sale["buyer_id_masked"].startswith("5001") and sale["lines"][0]["lots"][0]["lot_no"] == "R1"


def test_catalogue_and_rules_by_pull_and_offline_sales_after_a_ban_are_flagged(hub, make_station):
    clock = ManualClock("2026-06-02T01:00:00Z")
    st = make_station(clock=clock)
    admin = st.users.authenticate("admin", ADMIN_PIN)
    code = st.info.code
    now = utc_now()
    hub.storage.publish("catalogue", "CAT-0001", json.dumps({
        "name": "25%吡唑醚菌酯悬浮剂", "category": "pesticide", "spec": "100ml", "unit": "瓶", "price_fen": 2600,
        "ean": ean(7), "reg_no": "PD20181234", "maker": "山东农药厂"}), code, now)
    hub.storage.publish("catalogue", "CAT-0002", json.dumps({
        "name": "8%杀虫新剂", "category": "pesticide", "spec": "100ml", "unit": "瓶", "price_fen": 1800, "ean": ean(8),
        "reg_no": "PD20190001", "ingredient": "新虫灵"}), code, now)
    hub.storage.publish("catalogue", "CAT-BAD", json.dumps({"name": "", "category": "toy"}), code, now)
    report = st.sync.run_once()
    assert report.ok, report.as_dict()
    p = st.shop.catalogue.get(admin, ean(7))
    assert p.source == "platform" and p.name == "25%吡唑醚菌酯悬浮剂" and p.price_fen == 2600
    assert st.shop.catalogue.search(admin, "bzmjz")[0].id == p.id
    assert st.store.query_one("SELECT count(*) FROM shop_products")[0] == 2  # the bad record stays generic only
    # offline: the platform bans 新虫灵 from 2026-06-01, but the station has not heard yet and sells some
    x = st.shop.catalogue.get(admin, ean(8))
    st.shop.stock.stock_in(admin, x.id, lot="X1", qty=5, produced="2026-01-01", expires="2027-01-01", cost_fen=1000,
                           supplier="农资公司", supplier_phone="023-68881234")
    st.cash.open(admin, 10000)
    sale = st.shop.sales.sell(admin, [(x.id, 2)])
    hub.storage.publish("pesticide_rules", "moa999-1", json.dumps({
        "ingredient": "新虫灵", "kind": "banned", "effective_from": "2026-06-01", "basis": "公告第999号",
        "version": 2}), "*", now)
    report = st.sync.run_once()
    assert report.ok, report.as_dict()
    flags = st.shop.flags.list(admin)
    assert [(f.sale_id, f.rule_key, f.qty) for f in flags] == [(sale.id, "moa999-1", 2)]
    assert st.shop.catalogue.get(admin, x.id).banned
    from app.core.errors import Refused

    try:
        st.shop.sales.sell(admin, [(x.id, 1)])
        raise AssertionError("a banned product was sold")
    except Refused as e:
        assert e.code == "shop.product_banned"
    # the same rule again (a snapshot, a re-publish) flags nothing twice; the flag reached the hub
    hub.storage.publish("pesticide_rules", "moa999-1", json.dumps({
        "ingredient": "新虫灵", "kind": "banned", "effective_from": "2026-06-01", "basis": "公告第999号",
        "version": 3}), "*", now)
    assert st.sync.run_once().ok and st.sync.run_once().ok
    assert len(st.shop.flags.list(admin)) == 1
    assert hub.storage.counts(code)[1]["shop_flags"] == 1
    from app.core.alerts import read_alerts

    assert "alert.shop_flagged" in [a.code for a in read_alerts(st.store.conn, clock.now(), st.settings)]
    f = st.shop.flags.acknowledge(admin, flags[0].id, "已电话通知购买人退回")
    assert f.acknowledged and st.shop.flags.list(admin) == []
    # withdrawn from the catalogue: inactive, kept (its lot and sale refer to it)
    hub.storage.publish("catalogue", "CAT-0001", None, code, now)
    assert st.sync.run_once().ok
    assert not st.shop.catalogue.get(admin, ean(7)).active
    assert st.shop.catalogue.search(admin, "bzmjz") == []
