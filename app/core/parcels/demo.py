"""Demo data for parcels: shelves A–D × 4 layers, ~40 parcels in every state, one carrier round
half done, two outbound produce parcels, and three pre-advised numbers waiting to be scanned.

Everything goes through the services (so the outbox and the audit chain hold it all), except the
pre-advice rows, which in real life come from the platform via sync: they are written through the
store's write path as the sync module would (audited, no change record). Parcels "checked in days
ago" are made by running the services under a clock set back in time; the store's hybrid logical
clock keeps the audit order right.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from contextlib import contextmanager

from ..clock import Clock
from ..users.model import Actor
from ..validate.tracking import s10_check_digit
from .model import Proxy

#: numbers the platform pre-advised: scanning one of these is a complete check-in
PREADVISED = (
    ("SF1400000000101", "sf", "13800001357", "周*", "果园直供", "龙凤村二组8号"),
    ("YT2400000000102", "yto", "139****2468", "吴*", "拼多多商家", ""),
    ("JT5400000000103", "jt", "13700009876", "郑*", "淘宝商家", "龙凤村五组石板坡21号"),
)
#: the platform's failure words the demo's failed notices carry (a gateway's own text)
DEMO_NOTICE_FAILURE = "号码停机或空号"

_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨勇", "黄磊", "赵敏", "周杰", "吴霞", "徐刚", "孙丽", "马超",
          "朱红", "胡军", "郭燕", "何平", "林峰", "罗琴", "高山")


class _Offset:
    def __init__(self, base: Clock, delta: _dt.timedelta) -> None:
        self.base, self.delta = base, delta

    def now(self) -> _dt.datetime:
        return self.base.now() + self.delta


@contextmanager
def _days_ago(station, days: float) -> Iterator[None]:  # noqa: ANN001
    store = station.store
    base = store.clock
    store.clock = _Offset(base, -_dt.timedelta(days=days))
    try:
        yield
    finally:
        store.clock = base


def _tracking(i: int) -> str:
    kind = i % 7
    if kind == 0:
        serial = f"{52000000 + i:08d}"
        return f"EA{serial}{s10_check_digit(serial)}CN"
    if kind == 1:
        return f"SF{1000000000000 + i:013d}"
    if kind == 2:
        return f"YT{2000000000000 + i:013d}"
    if kind == 3:
        return f"7{30000000000 + i:011d}"  # ZTO, 12 digits
    if kind == 4:
        return f"77{3000000000000 + i:013d}"  # STO, 15 digits
    if kind == 5:
        return f"JD{1000000000000 + i:013d}"
    return f"JT{5000000000000 + i:013d}"


def _address(i: int) -> str:
    """Village addresses, some parcels without one (a waybill that showed none)."""
    if i % 4 == 0:
        return ""
    return f"龙凤村{'一二三四五六'[i % 6]}组{(i * 13) % 40 + 1}号" + ("（老街口小卖部旁）" if i % 9 == 1 else "")


def _answer_notices(station) -> None:  # noqa: ANN001
    """The platform's sent/failed answers for the demo's notices, written as a pull writes them
    (platform_records + the stream handler; audited as ``sync.pull``, no change record): every
    notice sent except two failed, so the screens show both."""
    import json

    from .streams import HANDLERS

    handler = next(h for h in HANDLERS if h.stream == "notice_status")
    rows = station.store.query("SELECT n.id, p.tracking FROM parcel_notices n JOIN parcels p ON p.id = n.parcel_id"
                               " WHERE p.status = 'in_station' ORDER BY n.created_at")
    with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
        for i, (notice_id, tracking) in enumerate(rows):
            failed = i in (3, 10)
            data = {"notice_id": notice_id, "tracking": tracking, "status": "failed" if failed else "sent",
                    "at": tx.now_iso, "reason": DEMO_NOTICE_FAILURE if failed else ""}
            text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            tx.execute("INSERT INTO platform_records (stream, key, payload, version, hlc, received_at)"
                       " VALUES ('notice_status', ?, ?, 0, '', ?)", (notice_id, text, tx.now_iso))
            handler.apply(tx, notice_id, data)
        tx.summary.update(stream="notice_status", records=len(rows))


def _phone(i: int) -> str:
    full = f"13{5 + i % 5}{i * 7919 % 10000:04d}{(1000 + i * 37) % 10000:04d}"
    return full if i % 3 else f"{full[:3]}****{full[-4:]}"


def seed_parcels(station, actors: dict[str, Actor]) -> None:  # noqa: ANN001 - Station (import cycle)
    """The demo step (appended to ``app.core.demo.DEMO_STEPS``)."""
    admin, clerk, carrier = actors["admin"], actors["clerk"], actors["carrier"]
    p = station.parcels
    p.shelves.configure(admin, [{"shelf": s, "layers": 4, "capacity": 30} for s in "ABCD"])
    with station.store.write(actor="system", action="sync.pull", entity="parcel_preadvice") as tx:
        for tracking, carrier_id, phone, name, sender, address in PREADVISED:
            tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, address, received_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", (tracking, carrier_id, tx.seal(phone), tx.seal(name),
                                                         tx.seal(sender), tx.seal(address), tx.now_iso))
        tx.summary.update(stream="preadvice", records=len(PREADVISED))

    checked: list[str] = []
    # (days ago, how many): five overdue parcels, some from earlier this week, the rest today
    for days, count in ((12, 3), (9, 2), (4, 6), (1, 8), (0, 21)):
        with _days_ago(station, days):
            for _ in range(count):
                i = len(checked) + 1
                r = p.inbound.checkin(clerk, _tracking(i), phone=_phone(i), name=_NAMES[i % len(_NAMES)],
                                      address=_address(i))
                checked.append(r.parcel.tracking)

    # a family picks up three parcels at once by phone tail (same phone on all three)
    tail_family = [p.inbound.checkin(clerk, f"SF{1100000000000 + k:013d}", phone="13912345678",
                                     name="刘*").parcel.tracking for k in range(3)]
    p.pickup.by_phone_tail(clerk, "5678", tail_family)
    for tracking in checked[5:11]:
        p.pickup.by_code(clerk, p.queries.get(clerk, tracking).pickup_code)
    p.pickup.by_code(clerk, p.queries.get(clerk, checked[11]).pickup_code, proxy=Proxy("钱大妈", "13611112222"))
    p.pickup.return_to_sender(clerk, checked[0], "收件人拒收")
    p.pickup.return_to_sender(clerk, checked[1], "超期无人领取")

    # one round for the welfare-post carrier: two delivered, one back on the shelf, two still out
    rnd = p.rounds.start(clerk, carrier.username)
    out = checked[20:25]
    p.rounds.add(clerk, rnd.number, out)
    for tracking in out[:2]:
        p.rounds.deliver(carrier, rnd.number, tracking, tail=p.queries.get(clerk, tracking).phone_tail)
    p.rounds.back(carrier, rnd.number, out[2])

    for to, province, grams, what, produce in (("成都 锦江区 春熙路 8 号", "四川省", 2600, "脆李 5 斤", "脆李"),
                                               ("广州 天河区 体育西路 18 号", "广东省", 900, "花椒 1 斤", "花椒")):
        p.outbound.send(clerk, sender_name="何永福", sender_id="50010119800315001X", sender_phone="13512340000",
                        to_name="何小梅", to_phone="13698765432", to_address=to, to_province=province,
                        weight_g=grams, contents=what, prohibited_confirmed=True, produce=produce)

    # a check-in corrected (the phone was misread) and a parcel moved to another layer
    p.corrections.fix(clerk, checked[30], phone="13588886666", reason="面单号码看错")
    moving = p.queries.get(clerk, checked[31])
    p.corrections.move(clerk, moving.tracking, "D-4" if moving.place != "D-4" else "C-4", reason="大件放底层")
    _answer_notices(station)
