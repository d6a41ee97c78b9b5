"""The shop's services on a real station file: catalogue and search, stock-in with the label code,
first-expired-first-out with the one expiry rule, real-name restricted sales, bans, returns,
adjustments, recalls (against a hand-built history) and the two-year ledger rule."""
# ruff: noqa: F811 - fixtures come from shop_support

from __future__ import annotations

import sqlite3

import pytest

from app.core.errors import InvalidInput, NotFound, Refused
from app.core.shop import BuyerInput
from app.core.shop.expiry import is_sellable_on, last_sellable_instant, lot_state
from app.core.shop.regno import check_label_code, check_reg_no

from .conftest import table_digests
from .shop_support import (  # noqa: F401
    ADULT_ID,
    BUYER,
    _shop_template,
    actors,
    ean,
    resident_id,
    shop,
    station,
    stock_in,
)


def test_registration_numbers_are_checked_permissively():
    assert check_reg_no("pd20080123", "pesticide") == ("PD20080123", ())
    assert check_reg_no("PDN12-2019", "pesticide") == ("PDN12-2019", ())
    assert check_reg_no("渝农肥（2024）准字1234号", "fertiliser") == ("渝农肥(2024)准字1234号", ())
    assert check_reg_no("GPD油菜(2018)500123", "seed")[1] == ()
    assert check_reg_no("国审稻20200001", "seed")[1] == ()
    assert check_reg_no("XYZ-1", "pesticide") == ("XYZ-1", ("shop.reg_no_unusual",))
    assert check_reg_no("", "pesticide") == ("", ("shop.reg_no_missing",))
    assert check_reg_no("", "tool") == ("", ())


def test_label_code_must_name_the_registration_number():
    code = "1" + "080123" + "4" * 25
    assert check_label_code(code, "PD20080123", "pesticide") == code
    assert check_label_code("https://label.example/q/" + code, "PD20080123", "pesticide") == code
    for bad, reg, cat, err in ((code, "PD20080124", "pesticide", "shop.label_code_mismatch"),
                               ("9" + code[1:], "PD20080123", "pesticide", "shop.label_code_format"),
                               (code[:31], "PD20080123", "pesticide", "shop.label_code_format"),
                               (code, "PD20080123", "fertiliser", "shop.label_code_not_pesticide"),
                               (code, "", "pesticide", "shop.label_code_mismatch")):
        with pytest.raises(InvalidInput) as e:
            check_label_code(bad, reg, cat)
        assert e.value.code == err


def test_stock_in_refuses_a_mismatched_label_code_and_writes_nothing(station, actors, shop):
    before = table_digests(station.paths.db)
    with pytest.raises(InvalidInput) as e:
        station.shop.stock.stock_in(actors["clerk"], ean(3), lot="B1", qty=5, produced="2026-01-01",
                                    expires="2027-01-01", cost_fen=200, supplier="农资公司",
                                    supplier_phone="13800001111", label_code="1" + "999999" + "0" * 25)
    assert e.value.code == "shop.label_code_mismatch"
    assert table_digests(station.paths.db) == before
    r = station.shop.stock.stock_in(actors["clerk"], ean(3), lot="B1", qty=5, produced="2026-01-01",
                                    expires="2027-01-01", cost_fen=200, supplier="农资公司",
                                    supplier_phone="13800001111", label_code="1" + "080123" + "0" * 25)
    row = station.store.query_one("SELECT label_code, qty, amount_fen, yyt_open(supplier_phone) FROM shop_purchases")
    assert tuple(row) == ("1" + "080123" + "0" * 25, 5, 1000, "13800001111") and r.number == 1


def test_a_second_delivery_of_a_lot_adds_to_it_with_the_same_dates(station, actors, shop):
    clerk = actors["clerk"]
    first = stock_in(station, clerk, shop.fertiliser, "F1", 4, "2027-01-01")
    again = stock_in(station, clerk, shop.fertiliser, "F1", 6, "2027-01-01")
    assert first == again
    assert station.store.query_one("SELECT qty, qty_in FROM shop_lots WHERE id = ?", (first,))[:] == (10, 10)
    with pytest.raises(InvalidInput) as e:
        stock_in(station, clerk, shop.fertiliser, "F1", 1, "2027-02-01")
    assert e.value.code == "shop.lot_dates_differ"


def test_the_one_expiry_rule_ends_at_midnight_in_chongqing(station, actors, shop, clock):
    assert last_sellable_instant("2026-06-30").isoformat() == "2026-06-30T15:59:59+00:00"
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.fertiliser, "OLD", 2, "2026-06-30", produced="2025-06-01")
    stock_in(station, clerk, shop.fertiliser, "NEW", 5, "2027-06-30")
    clock.set("2026-06-30T15:59:59Z")  # 23:59:59 on the expiry day: still sellable, and first out
    assert is_sellable_on("2026-06-30", clock.now())
    sale = station.shop.sales.sell(clerk, [(ean(1), 1)])
    assert [a.lot_no for a in sale.lines[0].lots] == ["OLD"]
    clock.set("2026-06-30T16:00:00Z")  # midnight: expired
    assert lot_state("2026-06-30", 1, False, clock.now()).value == "expired"
    sale = station.shop.sales.sell(clerk, [(ean(1), 2)])
    assert [(a.lot_no, a.qty) for a in sale.lines[0].lots] == [("NEW", 2)]
    with pytest.raises(Refused) as e:
        station.shop.sales.sell(clerk, [(ean(1), 4)])
    assert e.value.code == "shop.not_enough_stock" and e.value.fields["available"] == 3


def test_fefo_splits_a_line_over_lots_and_records_each(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.seed, "S2", 5, "2027-03-01")
    stock_in(station, clerk, shop.seed, "S1", 2, "2026-12-01")
    stock_in(station, clerk, shop.seed, "S3", 5, "2028-01-01")
    sale = station.shop.sales.sell(clerk, [(ean(2), 4), (shop.seed, 1)])  # one product twice: one line
    assert len(sale.lines) == 1 and sale.total_fen == 5 * 4500
    assert [(a.lot_no, a.qty) for a in sale.lines[0].lots] == [("S1", 2), ("S2", 3)]
    cash = station.store.query("SELECT service, kind, amount_fen, ref_id FROM cash_movements WHERE kind = 'sale'")
    assert [tuple(r) for r in cash] == [("shop", "sale", 22500, sale.id)]


def test_restricted_sale_needs_every_buyer_field_and_an_adult(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.restricted, "R1", 5, "2027-01-01")
    before = table_digests(station.paths.db)
    for buyer in (None, BuyerInput(BUYER.name, BUYER.resident_id, BUYER.phone, BUYER.address, ""),
                  BuyerInput(BUYER.name, resident_id("20100101"), BUYER.phone, BUYER.address, BUYER.crop),
                  BuyerInput(BUYER.name, BUYER.resident_id, "139****5678", BUYER.address, BUYER.crop)):
        with pytest.raises(InvalidInput) as e:
            station.shop.sales.sell(clerk, [(ean(4), 1), (ean(1), 1)], buyer)
        assert e.value.code in ("shop.buyer_required", "resident_id.minor", "phone.masked_not_allowed")
    assert table_digests(station.paths.db) == before
    sale = station.shop.sales.sell(clerk, [(ean(4), 2)], BUYER)
    assert sale.restricted and sale.buyer.name == "王**" and sale.buyer.phone == "139****5678"
    row = station.store.query_one("SELECT buyer_id_masked, buyer_id_hash, safety_reminded FROM shop_sales")
    assert row[0] == ADULT_ID[:4] + "*" * 10 + ADULT_ID[-4:] and len(row[1]) == 64 and row[2] == 1
    dump = "\n".join(str(tuple(r)) for r in station.store.query("SELECT * FROM shop_sales"))
    outbox = "\n".join(r[0] for r in station.store.query("SELECT yyt_open(payload) FROM outbox"))
    assert ADULT_ID not in dump and ADULT_ID not in outbox


def test_banned_product_is_refused_on_and_after_its_date(station, actors, shop, clock):
    clerk = actors["clerk"]
    clock.set("2026-05-30T01:00:00Z")
    stock_in(station, clerk, shop.banned, "O1", 5, "2027-01-01")
    clock.set("2026-05-31T15:59:59Z")  # 23:59:59 the day before: restricted, still sellable by real name
    assert station.shop.sales.sell(clerk, [(ean(5), 1)], BUYER).restricted
    clock.set("2026-05-31T16:00:00Z")  # 2026-06-01 00:00 in Chongqing
    before = table_digests(station.paths.db)
    for when in ("2026-05-31T16:00:00Z", "2026-09-01T04:00:00Z"):
        clock.set(when)
        with pytest.raises(Refused) as e:
            station.shop.sales.sell(clerk, [(ean(5), 1)], BUYER)
        assert e.value.code == "shop.product_banned" and e.value.fields["since"] == "2026-06-01"
    assert table_digests(station.paths.db) == before
    assert station.shop.catalogue.get(clerk, ean(5)).banned


def test_carbosulfan_is_not_carbofuran(station, actors):
    v, _ = station.shop.catalogue.add(actors["clerk"], name="20%丁硫克百威乳油", category="pesticide", spec="100ml",
                                      unit="瓶", price_fen=1500)
    assert v.restricted and not v.banned and v.banned_from is None


def test_no_shift_is_refused_and_says_how_to_open_it(station, actors, shop):
    admin = actors["admin"]  # the clerk's shift is open, not the admin's
    stock_in(station, admin, shop.fertiliser, "F1", 3, "2027-01-01")
    before = table_digests(station.paths.db)
    with pytest.raises(Refused) as e:
        station.shop.sales.sell(admin, [(ean(1), 1)])
    assert e.value.code == "shop.shift_required" and e.value.exit_code == 5
    assert table_digests(station.paths.db) == before


def test_returns_go_back_into_the_lots_they_came_from(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.seed, "S1", 2, "2026-12-01")
    stock_in(station, clerk, shop.seed, "S2", 5, "2027-03-01")
    sale = station.shop.sales.sell(clerk, [(ean(2), 4)])
    r = station.shop.sales.return_items(clerk, str(sale.number), [(ean(2), 3)])
    assert [(x["lot_no"], x["qty"]) for x in r.lines] == [("S2", 2), ("S1", 1)] and r.total_fen == 3 * 4500
    lots = dict(station.store.query("SELECT lot_no, qty FROM shop_lots"))
    assert lots == {"S1": 1, "S2": 5}
    with pytest.raises(Refused) as e:
        station.shop.sales.return_items(clerk, sale.id, [(ean(2), 2)])
    assert e.value.code == "shop.return_exceeds"
    with pytest.raises(InvalidInput):
        station.shop.sales.return_items(clerk, sale.id, [(ean(3), 1)])
    r = station.shop.sales.return_items(clerk, sale.id)
    assert [(x["lot_no"], x["qty"]) for x in r.lines] == [("S1", 1)]
    with pytest.raises(Refused):
        station.shop.sales.return_items(clerk, sale.id)
    refunds = [r[0] for r in station.store.query("SELECT amount_fen FROM cash_movements WHERE kind = 'sale_return'")]
    assert refunds == [-13500, -4500]


def test_adjustments_need_a_reason_and_never_go_below_zero(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.fertiliser, "F1", 3, "2027-01-01")
    with pytest.raises(InvalidInput):
        station.shop.stock.adjust(clerk, ean(1), "F1", -1, " ")
    with pytest.raises(Refused) as e:
        station.shop.stock.adjust(clerk, ean(1), "F1", -4, "盘点短少")
    assert e.value.code == "shop.stock_negative"
    assert station.shop.stock.adjust(clerk, ean(1), "F1", "-2", "鼠咬破袋").qty == 1
    assert station.shop.stock.adjust(clerk, ean(1), "F1", "+3", "盘点多出").qty == 4
    with pytest.raises(NotFound):
        station.shop.stock.adjust(clerk, ean(1), "NOPE", 1, "x")


def test_recall_list_is_exact_against_a_hand_built_history(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.restricted, "R1", 4, "2026-09-01")
    stock_in(station, clerk, shop.restricted, "R2", 10, "2027-09-01")
    b2 = BuyerInput("李四", resident_id("19700101", seq="456"), "13700001111", "黄水镇石桥村", "玉米 螟虫")
    s1 = station.shop.sales.sell(clerk, [(ean(4), 3)], BUYER)  # R1 ×3
    s2 = station.shop.sales.sell(clerk, [(ean(4), 3)], b2)  # R1 ×1, R2 ×2
    s3 = station.shop.sales.sell(clerk, [(ean(4), 2)], BUYER)  # R2 ×2
    station.shop.sales.return_items(clerk, s3.id, [(ean(4), 2)])  # all back: not a buyer any more
    station.shop.sales.return_items(clerk, s2.id, [(ean(4), 1)])  # back into R2: s2 keeps R1 ×1, R2 ×1
    [view] = station.shop.recalls.recall(clerk, lot="R1", reason="厂家通知召回")
    assert [(b.sale_number, b.qty, b.buyer.name, b.buyer.phone) for b in view.buyers] == [
        (s1.number, 3, "王**", "139****5678"), (s2.number, 1, "李*", "137****1111")]
    [r2] = station.shop.recalls.recall(clerk, lot="R2", product=ean(4))
    assert [(b.sale_number, b.qty) for b in r2.buyers] == [(s2.number, 1)] and r2.on_hand == 9
    # the lots stop selling at once; recalling again writes nothing and shows the same list
    with pytest.raises(Refused):
        station.shop.sales.sell(clerk, [(ean(4), 1)], BUYER)
    before = table_digests(station.paths.db)
    [again] = station.shop.recalls.recall(clerk, lot="R1")
    assert again.already and again.buyers == view.buyers
    assert table_digests(station.paths.db) == before


def test_the_clerk_gets_a_recall_buyers_phone_and_it_is_audited(station, actors, shop):
    clerk = actors["clerk"]
    stock_in(station, clerk, shop.restricted, "R1", 4, "2027-01-01")
    stock_in(station, clerk, shop.fertiliser, "F1", 4, "2027-01-01")
    s1 = station.shop.sales.sell(clerk, [(ean(4), 1)], BUYER)
    other = station.shop.sales.sell(clerk, [(ean(1), 1)], BuyerInput(phone="13600002222"))
    [rec] = station.shop.recalls.recall(clerk, lot="R1")
    assert station.shop.recalls.reveal_phone(clerk, str(rec.number), str(s1.number)) == "13912345678"
    entry = station.store.query_one("SELECT actor, action, entity_id, summary FROM audit ORDER BY id DESC LIMIT 1")
    assert entry[:3] == ("clerk", "shop.phone_reveal", s1.id) and '"recall":1' in entry[3]
    assert "13912345678" not in entry[3]
    with pytest.raises(NotFound) as e:
        station.shop.recalls.reveal_phone(clerk, str(rec.number), str(other.number))
    assert e.value.code == "shop.not_a_recall_buyer"


def test_ledger_rows_younger_than_two_years_are_never_deleted(station, actors, shop, clock):
    clerk, admin = actors["clerk"], actors["admin"]
    stock_in(station, clerk, shop.fertiliser, "F1", 5, "2027-01-01")
    station.shop.sales.sell(clerk, [(ean(1), 1)])
    with pytest.raises(Refused) as e:
        station.shop.ledgers.purge(admin, "2026-06-02")
    assert e.value.code == "shop.ledger_keep"
    conn = station.store.conn
    for table in ("shop_purchases", "shop_sales", "shop_sale_lines"):
        with pytest.raises(sqlite3.IntegrityError, match="kept two years"):
            conn.execute(f"DELETE FROM {table}")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE shop_purchases SET qty = 1")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM shop_moves")
    conn.rollback()


def test_old_ledger_rows_can_be_purged_once_two_years_old(station, actors, shop, clock):
    clerk, admin = actors["clerk"], actors["admin"]
    clock.set("2023-03-01T02:00:00Z")
    station.cash.close(clerk, 20000)
    station.cash.open(clerk, 20000)
    stock_in(station, clerk, shop.fertiliser, "F1", 5, "2025-01-01", produced="2023-01-01")
    old = station.shop.sales.sell(clerk, [(ean(1), 1)])
    clock.set("2026-06-01T01:00:00Z")
    stock_in(station, clerk, shop.fertiliser, "F2", 5, "2027-01-01")
    removed = station.shop.ledgers.purge(admin, "2024-01-01")
    assert removed == {"purchases": 1, "sales": 1, "lines": 1, "returns": 0}
    assert station.store.query_one("SELECT count(*) FROM shop_purchases")[0] == 1
    with pytest.raises(NotFound):
        station.shop.sales.get(clerk, old.id)
    assert station.store.query_one("SELECT qty FROM shop_lots WHERE lot_no = 'F1'")[0] == 4  # moves stay


def test_search_by_name_initials_ean_and_registration_number(station, actors, shop):
    clerk = actors["clerk"]
    find = station.shop.catalogue.search
    assert find(clerk, "fhf")[0].id == shop.fertiliser
    assert find(clerk, "复合")[0].id == shop.fertiliser
    assert find(clerk, ean(2))[0].id == shop.seed
    assert find(clerk, "pd20080123")[0].id == shop.pesticide
    assert {v.id for v in find(clerk, "lgry")} == {shop.restricted, shop.banned}  # 乐果乳油 in both
    assert find(clerk, "zzz") == []
    v, _ = station.shop.catalogue.add(clerk, name="长效碳铵", category="fertiliser", spec="40kg", unit="袋",
                                      price_fen=6000)
    assert find(clerk, "cxta")[0].id == v.id  # the index follows a new product; 长 as cháng
    assert find(clerk, "zxta")[0].id == v.id  # and as zhǎng


def test_duplicate_ean_and_bad_input_are_refused(station, actors, shop):
    clerk = actors["clerk"]
    with pytest.raises(Refused) as e:
        station.shop.catalogue.add(clerk, name="x", category="tool", spec="1", unit="把", price_fen=1, ean=ean(1))
    assert e.value.code == "shop.ean_taken"
    for kw in ({"category": "toy"}, {"ean": "6901234567890"}, {"name": ""}):
        args = {"name": "锄头", "category": "tool", "spec": "1", "unit": "把", "price_fen": 100, **kw}
        with pytest.raises(InvalidInput):
            station.shop.catalogue.add(clerk, **args)
    with pytest.raises(Exception) as e:
        station.shop.catalogue.add(actors["supervisor"], name="锄头", category="tool", spec="1", unit="把", price_fen=1)
    assert getattr(e.value, "code", "") == "perm.denied"
