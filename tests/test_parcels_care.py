"""Issue 15: search over every parcel with its history, correcting a check-in, moving a parcel to
another layer, the carrier's "show number" and the notices' sent/failed state (the stream handler)."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import json
import re

import pytest

from app.core.errors import InvalidInput, NotAllowed, NotFound, Refused
from app.core.parcels.search import name_spellings, phones_agree, read_query
from app.core.parcels.streams import HANDLERS

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, outbox, parcels, sf, station, yt  # noqa: F401

FULL_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
NOTICE = next(h for h in HANDLERS if h.stream == "notice_status")


def _codes(parcels, actor, tracking):  # noqa: ANN001, ANN202
    return parcels.queries.get(actor, tracking).pickup_code


def test_the_search_text_is_read_as_people_type_it():
    assert read_query(" a-3-0127 ") == ("code", "A-3-0127")
    assert read_query("5678") == ("phone_tail", "5678")
    assert read_query("138 1234 5678") == ("phone", "13812345678")
    assert read_query("138****5678") == ("phone", "138****5678")
    assert read_query("sf14000") == ("tracking", "SF14000")
    assert read_query("张三") == ("name", "张三")
    assert read_query("李*") == ("name", "李*")
    for bad, code in (("", "parcel.search_empty"), ("   ", "parcel.search_empty"), ("x" * 41, "text.too_long")):
        with pytest.raises(InvalidInput, match=code):
            read_query(bad)
    assert name_spellings("张三") == ["张三", "张*", "张**"]
    assert "欧阳**" in name_spellings("欧阳娜娜") and name_spellings("王*") == ["王*"]
    assert phones_agree("13812345678", "138****5678") and not phones_agree("13812345678", "13912345678")
    assert phones_agree("****5678", "13912345678") and not phones_agree("13812345678", "139****5678")


def test_search_finds_parcels_in_any_status_newest_first(station, actors, parcels, clock):
    clerk, supervisor = actors["clerk"], actors["supervisor"]
    parcels.inbound.checkin(clerk, sf(1), phone="13812345678", name="张三")
    clock.advance(60)
    code2 = parcels.inbound.checkin(clerk, sf(2), phone="138****5678", name="张*").parcel.pickup_code
    parcels.pickup.by_code(clerk, code2)
    clock.advance(60)
    parcels.inbound.checkin(clerk, sf(3), phone="13900005678", name="李四")
    clock.advance(60)
    parcels.inbound.checkin(clerk, yt(4), phone="13700001111", name="王五")
    search = parcels.search.search

    r = search(supervisor, "5678")
    assert r.kind == "phone_tail" and [v.tracking for v in r.parcels] == [sf(3), sf(2), sf(1)]
    assert {v.status for v in r.parcels} == {"in_station", "picked_up"}
    # a full number finds its own parcels and the masked ones it can be, not another person's
    r = search(clerk, "13812345678")
    assert r.kind == "phone" and [v.tracking for v in r.parcels] == [sf(2), sf(1)] and r.text == "138****5678"
    assert [v.tracking for v in search(clerk, "张三").parcels] == [sf(2), sf(1)]  # 张三 and the masked 张*
    assert [v.tracking for v in search(clerk, sf(1).lower()).parcels] == [sf(1)]
    r = search(clerk, "SF00000")
    assert r.kind == "tracking_prefix" and [v.tracking for v in r.parcels] == [sf(3), sf(2), sf(1)]
    assert [v.tracking for v in search(clerk, code2).parcels] == [sf(2)]
    r = search(clerk, code2.replace("-", "").lower())  # typed without dashes
    assert r.kind == "code" and [v.tracking for v in r.parcels] == [sf(2)]
    assert search(clerk, "SF9999").parcels == () and search(clerk, "赵六").parcels == ()
    r = search(clerk, "5678", limit=2)
    assert len(r.parcels) == 2 and r.truncated
    # every view masked, and carrying its latest notice's state
    assert all("*" in v.phone for v in search(clerk, "SF00000").parcels)
    assert {v.notice_status for v in search(clerk, "SF00000").parcels} == {"queued"}


def test_notice_status_from_the_platform_is_recorded_idempotently(station, actors, parcels):
    clerk = actors["clerk"]
    r = parcels.inbound.checkin(clerk, sf(1), phone="13812345678")
    row = station.store.query_one("SELECT status, kind, pickup_code FROM parcel_notices WHERE id = ?", (r.notice_id,))
    assert tuple(row) == ("queued", "pickup", r.parcel.pickup_code)

    def pull(data: dict) -> None:
        with station.store.write(actor="system", action="sync.pull") as tx:
            NOTICE.apply(tx, r.notice_id, data)

    failed = {"status": "failed", "at": "2026-06-01T01:02:00.000Z", "reason": "号码停机"}
    pull(failed)
    before = table_digests(station.paths.db)
    pull(failed)  # the same record again (a retried page, a snapshot): nothing changes but the audit
    after = table_digests(station.paths.db)
    assert {k for k in before if before[k] != after[k]} <= {"audit", "sqlite_sequence"}
    h = parcels.search.history(clerk, sf(1))
    assert h.parcel.notice_status == "failed" and h.last_notice.reason == "号码停机"
    assert h.last_notice.status_local == "2026-06-01 09:02"
    pull({"status": "delivered?"})  # not a status the station knows: nothing changes
    assert parcels.search.history(clerk, sf(1)).last_notice.status == "failed"
    with station.store.write(actor="system", action="sync.pull") as tx:
        NOTICE.apply(tx, "01900000-0000-7000-8000-000000000000", {"status": "sent"})  # not ours: ignored
        NOTICE.remove(tx, r.notice_id)  # the platform withdrew its answer
    assert parcels.search.history(clerk, sf(1)).last_notice.status == "queued"
    # the clerk notifies again: a new notice, queued, is the latest
    parcels.pickup.renotify(clerk, [sf(1)])
    h = parcels.search.history(clerk, sf(1))
    assert [n.kind for n in h.notices] == ["pickup", "reminder"] and h.parcel.notice_status == "queued"


def test_fix_corrects_a_check_in_with_before_and_after(station, actors, parcels):
    clerk = actors["clerk"]
    parcels.inbound.checkin(clerk, sf(1), phone="13812345678", name="张三", carrier="jd")
    r = parcels.corrections.fix(clerk, sf(1), phone="13912345679", name="张山", carrier="sf",
                                address="龙凤村三组12号", reason="面单看错")
    assert r.changed == {"phone": ("138****5678", "139****5679"), "name": ("张*", "张*"), "carrier": ("jd", "sf"),
                         "address": ("", "龙凤村三**")}
    v = r.parcel
    assert (v.phone, v.phone_tail, v.carrier, v.address, v.notices) == ("139****5679", "5679", "sf", "龙凤村三**", 2)
    assert r.notice_id is not None
    state = outbox(station, "parcels")[-1]
    assert (state["phone"], state["name"], state["address"]) == ("13912345679", "张山", "龙凤村三组12号")
    notice = outbox(station, "notices")[-1]
    assert (notice["kind"], notice["phone"]) == ("corrected", "13912345679")
    audit = json.loads(station.store.query_one("SELECT summary FROM audit WHERE action = 'parcel.fix'")[0])
    assert audit["changed"]["phone"] == ["138****5678", "139****5679"] and audit["reason"] == "面单看错"
    assert FULL_PHONE.search(json.dumps(audit)) is None
    # the name only: no new notice
    r2 = parcels.corrections.fix(clerk, sf(1), name="张珊", reason="名字")
    assert list(r2.changed) == ["name"] and r2.notice_id is None
    assert parcels.search.search(clerk, "5679").parcels[0].tracking == sf(1)
    assert parcels.search.search(clerk, "5678").parcels == ()


@pytest.mark.parametrize("kwargs,error,code", [
    ({"phone": "13912345679", "reason": ""}, InvalidInput, "text.required"),
    ({"phone": "139", "reason": "x"}, InvalidInput, "phone.invalid"),
    ({"carrier": "ups", "reason": "x"}, InvalidInput, "carrier.invalid"),
    ({"name": "张" * 41, "reason": "x"}, InvalidInput, "text.too_long"),
    ({"phone": "13812345678", "name": "张三", "reason": "x"}, InvalidInput, "parcel.fix_nothing"),
    ({"reason": "x"}, InvalidInput, "parcel.fix_nothing"),
])
def test_a_refused_fix_changes_nothing(station, actors, parcels, kwargs, error, code):
    parcels.inbound.checkin(actors["clerk"], sf(1), phone="13812345678", name="张三")
    before = table_digests(station.paths.db)
    with pytest.raises(error, match=code):
        parcels.corrections.fix(actors["clerk"], sf(1), **kwargs)
    assert table_digests(station.paths.db) == before


def test_fix_and_move_only_on_the_shelf_and_only_for_the_counter(station, actors, parcels):
    clerk = actors["clerk"]
    code = parcels.inbound.checkin(clerk, sf(1), phone="13812345678").parcel.pickup_code
    parcels.pickup.by_code(clerk, code)
    before = table_digests(station.paths.db)
    with pytest.raises(Refused, match="parcel.already_picked_up"):
        parcels.corrections.fix(clerk, sf(1), phone="13912345678", reason="x")
    with pytest.raises(Refused, match="parcel.already_picked_up"):
        parcels.corrections.move(clerk, sf(1), "B-1")
    with pytest.raises(NotFound, match="parcel.not_found"):
        parcels.corrections.move(clerk, sf(9), "B-1")
    parcels.inbound.checkin(clerk, sf(2), phone="13812345678")
    with pytest.raises(NotAllowed, match="perm.denied"):
        parcels.corrections.move(actors["supervisor"], sf(2), "B-1")
    assert table_digests(station.paths.db) != before  # the check-in of sf(2) only
    before = table_digests(station.paths.db)
    for to, error, code in (("Z-9", InvalidInput, "parcel.slot_unknown"), ("nowhere", InvalidInput, "parcel.slot_invalid"),
                            (parcels.queries.get(clerk, sf(2)).place, InvalidInput, "parcel.same_place")):
        with pytest.raises(error, match=code):
            parcels.corrections.move(clerk, sf(2), to)
    assert table_digests(station.paths.db) == before


def test_move_gives_a_new_code_on_the_new_layer_and_queues_a_notice(station, actors, parcels):
    clerk, admin = actors["clerk"], actors["admin"]
    parcels.shelves.configure(admin, [{"shelf": "A", "layers": 2, "capacity": 2}, {"shelf": "B", "layers": 1, "capacity": 1}])
    first = parcels.inbound.checkin(clerk, sf(1), phone="13812345678", slot="A-1").parcel
    r = parcels.corrections.move(clerk, sf(1), "layer-b-1", reason="大件")  # a scanned shelf label
    assert (r.old_code, r.old_place, r.parcel.place) == (first.pickup_code, "A-1", "B-1")
    assert r.parcel.pickup_code.startswith("B-1-") and r.parcel.notices == 2
    loads = {(x.shelf, x.layer): x.occupied for x in parcels.shelves.layers(clerk)}
    assert loads[("A", 1)] == 0 and loads[("B", 1)] == 1
    assert outbox(station, "notices")[-1]["kind"] == "moved"
    assert outbox(station, "notices")[-1]["pickup_code"] == r.parcel.pickup_code
    # the old code is free again for held parcels but is not issued twice today
    parcels.inbound.checkin(clerk, sf(2), phone="13812345670", slot="A-1")
    assert _codes(parcels, clerk, sf(2)) != first.pickup_code
    parcels.inbound.checkin(clerk, sf(3), phone="13812345671", slot="A-2")
    with pytest.raises(Refused, match="parcel.layer_full"):
        parcels.corrections.move(clerk, sf(3), "B-1")
    back = parcels.corrections.move(clerk, sf(1), "A-1")
    assert back.parcel.pickup_code not in (first.pickup_code, _codes(parcels, clerk, sf(2)))
    h = parcels.search.history(clerk, sf(1))
    moves = [e.detail for e in h.entries if e.event == "moved"]
    assert [(m["from_place"], m["to_place"]) for m in moves] == [("A-1", "B-1"), ("B-1", "A-1")]
    assert moves[0]["reason"] == "大件"
    assert h.entries[0].event == "checked_in" and h.entries[0].detail["code"] == first.pickup_code


def test_history_tells_a_parcels_whole_life(station, actors, parcels, clock):
    clerk, carrier = actors["clerk"], actors["carrier"]
    parcels.inbound.checkin(clerk, sf(1), phone="13812345678", name="张三", address="龙凤村三组12号")
    clock.advance(300)
    parcels.corrections.fix(clerk, sf(1), phone="13812345679", reason="看错")
    rnd = parcels.rounds.start(clerk, "carrier")
    parcels.rounds.add(clerk, rnd.number, [sf(1)])
    shown = parcels.rounds.reveal_phone(carrier, rnd.number, sf(1))
    assert (shown.phone, shown.full) == ("13812345679", True)
    parcels.rounds.back(carrier, rnd.number, sf(1))
    clock.advance(3600)
    parcels.pickup.by_code(clerk, _codes(parcels, clerk, sf(1)), proxy=parcels_proxy())
    h = parcels.search.history(actors["supervisor"], sf(1))
    events = [e.event for e in h.entries]
    assert events == ["checked_in", "notice", "fixed", "notice", "out_on_round", "phone_shown", "back_from_round",
                      "picked_up"]
    by = {e.event: e.by for e in h.entries}
    assert by["checked_in"] == "张丽" and by["phone_shown"] == "王大山" and by["back_from_round"] == "王大山"
    assert h.entries[0].at_local == "2026-06-01 09:00" and h.entries[-1].at_local == "2026-06-01 10:05"
    picked = h.entries[-1].detail
    assert picked["proxy_name"] == "钱**" and picked["proxy_phone"] == "136****2222"
    assert h.parcel.address == "龙凤村三**"
    assert FULL_PHONE.search(json.dumps(h.to_dict(), ensure_ascii=False)) is None
    assert "龙凤村三组12号" not in json.dumps(h.to_dict(), ensure_ascii=False)


def parcels_proxy():  # noqa: ANN201
    from app.core.parcels import Proxy

    return Proxy("钱大妈", "13611112222")


def test_show_number_is_for_the_rounds_carrier_and_is_audited(station, actors, parcels):
    clerk, carrier = actors["clerk"], actors["carrier"]
    parcels.inbound.checkin(clerk, sf(1), phone="13812345678", address="龙凤村一组3号")
    parcels.inbound.checkin(clerk, sf(2), phone="138****0002")
    parcels.inbound.checkin(clerk, sf(3), phone="13812340003")
    rnd = parcels.rounds.start(clerk, "carrier")
    view = parcels.rounds.add(clerk, rnd.number, [sf(1), sf(2), sf(3)])
    item = next(i for i in view.items if i.tracking == sf(1))
    assert (item.phone, item.address) == ("138****5678", "龙凤村一组3号")  # whole: the carrier goes there
    assert parcels.rounds.reveal_phone(carrier, rnd.number, sf(2)).full is False
    parcels.inbound.checkin(clerk, yt(1), phone="13700001111")
    clerks_round = parcels.rounds.start(clerk, "clerk")
    parcels.rounds.add(clerk, clerks_round.number, [yt(1)])
    before = table_digests(station.paths.db)
    with pytest.raises(NotAllowed, match="round.not_yours"):
        parcels.rounds.reveal_phone(carrier, clerks_round.number, yt(1))
    with pytest.raises(NotAllowed, match="perm.denied"):
        parcels.rounds.reveal_phone(actors["supervisor"], rnd.number, sf(1))
    assert table_digests(station.paths.db) == before
    parcels.rounds.deliver(carrier, rnd.number, sf(3), tail="0003")
    with pytest.raises(Refused, match="round.parcel_accounted"):
        parcels.rounds.reveal_phone(carrier, rnd.number, sf(3))
    with pytest.raises(NotFound, match="round.parcel_not_on_round"):
        parcels.rounds.reveal_phone(carrier, rnd.number, yt(1))
    n = station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.phone_shown'")[0]
    summaries = [r[0] for r in station.store.query("SELECT summary FROM audit WHERE action = 'parcel.phone_shown'")]
    assert n == 1 and FULL_PHONE.search(" ".join(summaries)) is None


def test_migration_fills_notices_still_in_the_outbox(station, actors, parcels):
    """The v4 step copies queued notices from the outbox: run its statement again on a copy."""
    from app.core.db.migrations import v005_parcel_care

    parcels.inbound.checkin(actors["clerk"], sf(1), phone="13812345678")
    statement = next(s for s in v005_parcel_care.SQL.split(";\n\n") if s.strip().startswith("INSERT OR IGNORE"))
    with station.store.write(actor="system", action="test") as tx:
        tx.execute("DELETE FROM parcel_notices")
        tx.execute(statement.replace("payload", "yyt_open(payload)"))  # the notice is sealed now
    rows = station.store.query("SELECT kind, status, pickup_code FROM parcel_notices")
    assert [tuple(r) for r in rows] == [("pickup", "queued", "A-1-0001")]
