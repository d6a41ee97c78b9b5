"""Demo data for the shop: a dozen products of every category (one restricted-use pesticide, one
banned from 2026-06-01), lots with expiries spread so the Stock page shows every colour, a few
sales (one by real name), a return and a stock-take correction. Everything goes through the
services, so the ledgers, the outbox and the audit chain hold it all."""

from __future__ import annotations

import datetime as _dt

from ..clock import local_date
from ..users.model import Actor
from ..validate.ean import ean13_check_digit
from ..validate.identity import resident_id_check_char
from .sales import BuyerInput


def _ean(i: int) -> str:
    body = f"69{i:010d}"
    return body + str(ean13_check_digit(body))


# name, category, spec, unit, price fen, reg no, maker, restricted
PRODUCTS = (
    ("复合肥（15-15-15）", "fertiliser", "50kg", "袋", 16500, "渝农肥(2024)准字1234号", "重庆化肥厂", False),
    ("尿素", "fertiliser", "40kg", "袋", 12000, "", "川东化工", False),
    ("杂交水稻种子 Y两优1号", "seed", "1kg", "包", 4500, "国审稻20200001", "隆平种业", False),
    ("榨菜种子 涪杂2号", "seed", "50g", "袋", 1200, "渝审菜2018003", "涪陵种业", False),
    ("10%吡虫啉可湿性粉剂", "pesticide", "20g", "包", 350, "PD20080123", "江苏农药厂", False),
    ("25%吡唑醚菌酯悬浮剂", "pesticide", "100ml", "瓶", 2600, "PD20181234", "山东农药厂", False),
    ("40%乐果乳油", "pesticide", "500ml", "瓶", 2800, "PD20120456", "四川农药厂", True),
    ("40%氧乐果乳油", "pesticide", "500ml", "瓶", 3200, "PD20090789", "四川农药厂", False),
    ("猪饲料 育肥料", "feed", "40kg", "袋", 13800, "", "正大饲料", False),
    ("手动喷雾器 16L", "tool", "16L", "台", 8500, "", "台州农机", False),
    ("果树剪", "tool", "8寸", "把", 2500, "", "", False),
    ("地膜", "other", "1m×200m", "卷", 4800, "", "", False),
)


def seed_shop(station, actors: dict[str, Actor]) -> None:  # noqa: ANN001 - Station (import cycle)
    """The demo step (appended to ``app.core.demo.DEMO_STEPS``); the clerk's shift is open already."""
    clerk = actors["clerk"]
    shop = station.shop
    today = local_date(station.store.clock.now())
    ids = []
    for i, (name, cat, spec, unit, price, reg, maker, restricted) in enumerate(PRODUCTS, start=1):
        v, _ = shop.catalogue.add(clerk, name=name, category=cat, spec=spec, unit=unit, price_fen=price, ean=_ean(i),
                                  reg_no=reg, maker=maker, restricted=restricted)
        ids.append(v.id)

    def day(n: int) -> str:
        return (today + _dt.timedelta(days=n)).isoformat()

    # (product index, lot, qty, expires in days, cost fen)
    for idx, lot, qty, days, cost in ((0, "FH2405", 3, 20, 15000), (0, "FH2501", 30, 540, 15000),
                                      (1, "NS2503", 4, 400, 11000), (2, "YL2602", 20, 200, 3800),
                                      (3, "FZ2601", 12, 25, 900), (4, "BCL2511", 40, 700, 250),
                                      (5, "BZ2604", 2, 600, 2100), (6, "LG2512", 10, 500, 2200),
                                      (8, "SL2606", 8, 60, 12500), (9, "PW01", 5, 3000, 7000),
                                      (10, "JZ01", 6, 3000, 1800), (11, "DM2601", 9, 900, 4000)):
        station.shop.stock.stock_in(clerk, ids[idx], lot=lot, qty=qty, produced=day(-60), expires=day(days),
                                    cost_fen=cost, supplier="石柱县农资有限公司", supplier_phone="023-73321234")
    sale = shop.sales.sell(clerk, [(ids[0], 2), (ids[4], 5), (ids[9], 1)])
    shop.sales.sell(clerk, [(ids[2], 3), (ids[3], 2)])
    first = "500240" + "19780512" + "031"
    shop.sales.sell(clerk, [(ids[6], 2)], BuyerInput("谭永林", first + resident_id_check_char(first), "13896541234",
                                                     "石柱县黄水镇龙凤村三组27号", "柑橘 红蜘蛛"))
    shop.sales.return_items(clerk, sale.id, [(ids[4], 1)])
    shop.stock.adjust(clerk, ids[11], "DM2601", -1, "盘点：一卷受潮破损")
