"""Demo data for consignment: four farmers, six lots of the county's produce (脆李, 脐橙, 青花椒,
榨菜, 黄连, 柠檬), counter sales, a produce shipment, a loss, a settled and paid statement, sales
waiting for the next one, and lots due back soon or overdue (the Today alerts).

Everything goes through the services; intakes "days ago" run under a clock set back in time (the
parcels demo's helper), sales and payouts run now, in the clerk's open shift.
"""

from __future__ import annotations

from ..parcels.demo import _days_ago
from ..users.model import Actor

FARMERS = (
    dict(name="何永福", phone="13512340000", village="龙凤村", resident_id="50010119800315001X"),
    dict(name="李秀英", phone="13698761234", village="石桥村", payout_method="bank", account_tail="3021"),
    dict(name="王德明", phone="13700135678", village="青杠村"),
    dict(name="陈桂兰", phone="13983456789", village="龙凤村"),
)


def seed_consignment(station, actors: dict[str, Actor]) -> None:  # noqa: ANN001 - Station (import cycle)
    """The demo step (appended to ``app.core.demo.DEMO_STEPS`` after the cash and parcels steps)."""
    clerk = actors["clerk"]
    c = station.consignment
    he, li, wang, chen = (c.farmers.add(clerk, **f) for f in FARMERS)
    cert = {"origin": "巫山县龙凤村", "producer": "何永福", "contact": "13512340000", "basis": "self_promise"}
    with _days_ago(station, 4):
        plums = c.intake.take_in(clerk, he.code, product="巫山脆李", variety="特早熟", grade="一级", unit="kg",
                                 qty="60", price_fen=800, cert=cert)
        c.moves.spoil(clerk, plums.code, "0.8", "运输压伤")
    with _days_ago(station, 2):
        oranges = c.intake.take_in(clerk, li.code, product="奉节脐橙", grade="特级", unit="kg", qty="40",
                                   price_fen=650, price_kind="agreed")
    with _days_ago(station, 6):
        pepper = c.intake.take_in(clerk, wang.code, product="青花椒", grade="一级", unit="kg", qty="8",
                                  price_fen=6000, commission_bp=800)
    with _days_ago(station, 9):
        herbs = c.intake.take_in(clerk, wang.code, product="石柱黄连", category="中药材", grade="统货", unit="kg",
                                 qty="3", price_fen=12000)
    with _days_ago(station, 1):
        zhacai = c.intake.take_in(clerk, chen.code, product="涪陵榨菜", variety="坛装", grade="一级", unit="piece",
                                  qty="40", price_fen=350)
        c.intake.take_in(clerk, chen.code, product="安岳柠檬", grade="二级", unit="kg", qty="15.5", price_fen=500)

    c.moves.sell(clerk, plums.code, "2.5")
    c.moves.sell(clerk, plums.code, "5", 900)
    c.moves.ship(clerk, plums.code, "5", to_name="何小梅", to_phone="13698765432", to_address="成都市锦江区春熙路 8 号",
                 to_province="四川省", weight_g=5400)
    statement = c.settlement.settle(clerk, he.code)
    c.settlement.pay(clerk, statement.code)
    c.moves.sell(clerk, plums.code, "3.2", 850)  # waiting for the next statement
    c.moves.sell(clerk, oranges.code, "3")
    c.moves.sell(clerk, oranges.code, "4.2")
    c.moves.sell(clerk, pepper.code, "0.5")
    c.moves.sell(clerk, herbs.code, "0.25")
    c.moves.sell(clerk, zhacai.code, "6")
