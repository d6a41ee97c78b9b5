"""A generated history of a station — every service, through the real services, under a clock
moved by hand — for the reports' tests, their pictures and the demo of the Reports page.

:func:`generate_history` walks day by day from ``start`` to ``end`` (station-local dates) and on
the active days (every third day, the last day of each month, 29 February) works a counter day:
the clerk's shift opened and closed blind (counted = expected, one day with a difference and its
reason), parcels checked in (more each month: a growing station), picked up, taken out on rounds
and delivered or brought back, overdue ones returned to sender (across month ends), outbound
parcels (produce by category) handed to the courier, payments taken and decided by the platform
(a rejected one refunded), shop sales (by real name for the restricted pesticide) and a return,
consignment intake, sales, shipments, a reversal, a monthly statement and its payout. Around each
month end two parcels arrive late at night and just after midnight (Asia/Shanghai), the ones the
month boundary decides. Deterministic: the same arguments write the same records.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..cash.ledger import expected_cash, open_shift_id
from ..clock import SHANGHAI
from ..users.model import Actor
from ..validate.ean import ean13_check_digit
from ..validate.identity import resident_id_check_char
from .rules import PRODUCE_CATEGORIES

SENDER_ID = "50010119800315001X"
_FIRST17 = "50010119800315123"
BUYER_ID = _FIRST17 + resident_id_check_char(_FIRST17)


@dataclass
class History:
    """What was generated (counts for a quick look; tests count from the tables themselves)."""

    days: int = 0
    parcels: int = 0
    returns: int = 0
    shipments: int = 0
    payments: int = 0
    shop_sales: int = 0
    consign_moves: int = 0
    tracking: list[str] = field(default_factory=list)


def _ean(i: int) -> str:
    body = f"692{i:09d}"
    return body + str(ean13_check_digit(body))


def _tracking(n: int) -> str:
    return f"YT{9000000000000 + n:013d}"


class _Day:
    """The clock set to local times of one day."""

    def __init__(self, clock: Any, day: _dt.date) -> None:
        self.clock, self.day = clock, day

    def at(self, hour: int, minute: int = 0) -> None:
        self.clock.set(_dt.datetime(self.day.year, self.day.month, self.day.day, hour, minute, tzinfo=SHANGHAI))


def generate_history(station: Any, clerk: Actor, carrier: Actor, start: _dt.date, end: _dt.date) -> History:
    """Write the history (see the module doc). ``station.store.clock`` must be settable
    (``ManualClock``); it is left at the end's evening."""
    clock = station.store.clock
    h = History()
    shop, cm, parcels = station.shop, station.consignment, station.parcels
    day0 = _Day(clock, start)
    day0.at(8, 0)
    fert, _ = shop.catalogue.add(clerk, name="复合肥 15-15-15", category="fertiliser", spec="50kg", unit="袋",
                                 price_fen=16500, ean=_ean(1), reg_no="农肥(2024)准字1234号", maker="重庆化肥厂")
    pest, _ = shop.catalogue.add(clerk, name="40%乐果乳油", category="pesticide", spec="500ml", unit="瓶",
                                 price_fen=2800, ean=_ean(2), reg_no="PD20120456", maker="四川农药厂")
    for product, lot in ((fert.id, "FH-A"), (pest.id, "LG-A")):
        shop.stock.stock_in(clerk, product, lot=lot, qty=5000, produced=start.isoformat(),
                            expires=(start + _dt.timedelta(days=3 * 365)).isoformat(), cost_fen=1000,
                            supplier="石柱县农资公司", supplier_phone="023-73321234")
    farmer = cm.farmers.add(clerk, name="何永福", phone="13512340000", village="龙凤村", resident_id=SENDER_ID)
    from ..shop.sales import BuyerInput

    buyer = BuyerInput("王大明", BUYER_ID, "13912345678", "石柱县黄水镇龙凤村三组27号", "柑橘 红蜘蛛")
    held: list[tuple[str, str, _dt.date]] = []  # (tracking, pickup code, day checked in)
    n_parcel = 0
    pending_payments: list[str] = []
    last_sale: str | None = None
    lot = None
    active = 0
    day = start
    while day <= end:
        last_of_month = (day + _dt.timedelta(days=1)).month != day.month
        leap_day = day.month == 2 and day.day == 29
        if not (day.day % 3 == 1 or last_of_month or leap_day):
            day += _dt.timedelta(days=1)
            continue
        active += 1
        d = _Day(clock, day)
        months = (day.year - start.year) * 12 + day.month - start.month
        d.at(8, 30)
        station.cash.open(clerk, 20000)
        # parcels in: a station growing month by month
        for i in range(3 + months % 5 + months // 5):
            d.at(9, i % 50)
            n_parcel += 1
            t = _tracking(n_parcel)
            r = parcels.inbound.checkin(clerk, t, phone=f"1380000{n_parcel % 10000:04d}", name="张*")
            held.append((t, r.parcel.pickup_code, day))
            h.tracking.append(t)
        # pickups of the parcels that came before today
        older = [p for p in held if p[2] < day and int(p[0][-4:]) % 7]  # every 7th waits: it goes overdue
        for t, code, _ in older[:12]:
            d.at(10, 5)
            parcels.pickup.by_code(clerk, code)
            held.remove((t, code, _))
        # a round: two out, one delivered, one brought back
        if active % 2 == 0:
            out = [p for p in held if p[2] < day][:2]
            if len(out) == 2:
                d.at(10, 30)
                rnd = parcels.rounds.start(clerk, carrier.username)
                parcels.rounds.add(clerk, rnd.id, [p[0] for p in out])
                d.at(12, 0)
                parcels.rounds.deliver(carrier, rnd.id, out[0][0], code=out[0][1])
                parcels.rounds.back(carrier, rnd.id, out[1][0])
                parcels.rounds.close(clerk, rnd.id)
                held.remove(out[0])
        # overdue parcels go back to the sender
        if active % 2 == 1:
            stale = [p for p in held if (day - p[2]).days >= 8][:3]
            for p in stale:
                d.at(11, 0)
                parcels.pickup.return_to_sender(clerk, p[0], "超期无人领取")
                held.remove(p)
                h.returns += 1
        # one outbound parcel, produce two days in three
        d.at(13, 0)
        category = None if active % 3 == 0 else PRODUCE_CATEGORIES[active % len(PRODUCE_CATEGORIES)]
        parcels.outbound.send(clerk, sender_name="何永福", sender_id=SENDER_ID, sender_phone="13512340000",
                              to_name="何小梅", to_phone="13698765432", to_address="成都市锦江区春熙路8号",
                              to_province="四川", weight_g=1000 + 500 * (active % 7), contents="土特产",
                              prohibited_confirmed=True, produce=category)
        h.shipments += 1
        if active % 3 == 0:
            d.at(16, 0)
            parcels.outbound.handover(clerk, "邮政揽收")
        # payments: one taken, yesterday's decided by the platform
        d.at(14, 0)
        p = station.payments.take(clerk, "electricity", "0312556677", 5000 + 100 * (active % 50))
        h.payments += 1
        for i, pid in enumerate(pending_payments):
            status = "rejected" if (active + i) % 5 == 0 else "confirmed"
            _decide(station, pid, status, d)
            if status == "rejected":
                station.payments.refund(clerk, pid)
        pending_payments = [p.id]
        # the shop
        d.at(15, 0)
        sale = shop.sales.sell(clerk, [(fert.id, 1 + active % 2)])
        h.shop_sales += 1
        if active % 5 == 0:
            shop.sales.sell(clerk, [(pest.id, 1)], buyer)
            h.shop_sales += 1
        if active % 7 == 0:
            shop.sales.return_items(clerk, sale.id, [(fert.id, 1)])
        # consignment
        d.at(15, 30)
        if lot is None or day.day <= 3:
            lot = cm.intake.take_in(clerk, farmer.code, product="巫山脆李" if months % 2 else "青花椒", grade="一级",
                                    unit="kg", qty="200", price_fen=800,
                                    return_by=(day + _dt.timedelta(days=60)).isoformat())
        sold = cm.moves.sell(clerk, lot.code, "1.5")
        h.consign_moves += 1
        if active % 4 == 0:
            cm.moves.ship(clerk, lot.code, "5", to_name="何小梅", to_phone="13698765432",
                          to_address="成都市锦江区春熙路8号", to_province="四川", weight_g=5400)
            h.consign_moves += 1
        if active % 6 == 0 and last_sale:
            cm.moves.void(clerk, last_sale, "录错重量")
            h.consign_moves += 1
            last_sale = None
        else:
            last_sale = sold.sale_id
        if last_of_month:
            st = cm.settlement.settle(clerk, farmer.code)
            cm.settlement.pay(clerk, st.id)
            last_sale = None  # a settled sale is reversed on the next statement: keep it simple
        # the blind close: what the drawer holds, once a month five yuan short with a reason
        d.at(18, 0)
        sid = open_shift_id(station.store.conn, clerk.username)
        expected = expected_cash(station.store.conn, sid)
        if day.day == 10:
            station.cash.close(clerk, expected - 800, reason="找零差错")
        else:
            station.cash.close(clerk, expected)
        # the month boundary: late at night on the last day, just after midnight on the first
        if last_of_month:
            for hour, minute, when in ((23, 40, day), (0, 20, day + _dt.timedelta(days=1))):
                _Day(clock, when).at(hour, minute)
                n_parcel += 1
                t = _tracking(n_parcel)
                r = parcels.inbound.checkin(clerk, t, phone=f"1390000{n_parcel % 10000:04d}", name="李*")
                held.append((t, r.parcel.pickup_code, when))
                h.tracking.append(t)
        day += _dt.timedelta(days=1)
    h.days = active
    h.parcels = n_parcel
    _Day(clock, end).at(19, 0)
    return h


def _decide(station: Any, payment_id: str, status: str, d: _Day) -> None:
    """The platform's answer, applied as a pull applies it (the payments' stream handler)."""
    from ..sync.streams import handlers

    payload = {"payment_id": payment_id, "status": status, "reason": "户号已销户" if status == "rejected" else "",
               "decided_at": d.clock.now().strftime("%Y-%m-%dT%H:%M:%S.000Z")}
    with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
        handlers()["payment_decisions"].apply(tx, payment_id, payload)
