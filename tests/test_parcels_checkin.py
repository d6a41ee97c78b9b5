"""Check-in by scan: validation, pre-advice, slots, pickup codes, rescans, change records."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import sqlite3

import pytest

from app.core.errors import InvalidInput, NotAllowed, Refused

from .conftest import table_digests
from .test_parcels_support import (  # noqa: F401
    _station_template,
    actors,
    counts,
    outbox,
    parcels,
    s10,
    sf,
    shelves,
    station,
    yt,
)


def test_checkin_puts_the_parcel_on_a_shelf_and_queues_a_notice(station, actors, parcels):
    before = counts(station)
    r = parcels.inbound.checkin(actors["clerk"], " sf0000000000001 ", phone="138 1234 5678", name="张三")
    v = r.parcel
    assert (v.tracking, v.carrier, v.status, v.pickup_code) == ("SF0000000000001", "sf", "in_station", "A-1-0001")
    assert (v.phone, v.phone_tail, v.name) == ("138****5678", "5678", "张*")
    assert v.checked_in_local == "2026-06-01 09:00" and v.checked_in_by == "clerk" and r.warnings == ()
    assert counts(station) == (before[0] + 2, before[1] + 1)  # parcels + notices, one audit entry
    [payload] = outbox(station, "parcels")
    assert payload["phone"] == "13812345678" and payload["status"] == "in_station" and payload["id"] == v.id
    [notice] = outbox(station, "notices")
    assert notice["kind"] == "pickup" and notice["pickup_code"] == "A-1-0001" and notice["phone"] == "13812345678"
    assert notice["station_name"] == "测试村站" and notice["opening_hours"] == "08:30-18:00"
    assert "{pickup_code}" in notice["template"] and notice["phone_masked"] is False
    audit = station.store.query_one("SELECT actor, action, entity_id, summary FROM audit ORDER BY id DESC LIMIT 1")
    assert tuple(audit)[:3] == ("clerk", "parcel.checkin", v.id) and "A-1-0001" in audit[3]


def test_masked_phone_and_s10_numbers_are_accepted(actors, parcels):
    r = parcels.inbound.checkin(actors["clerk"], s10(12345678), phone="139****0001")
    assert r.parcel.carrier == "ems" and r.parcel.phone == "139****0001" and r.parcel.phone_tail == "0001"


def test_unknown_formats_are_checked_in_with_a_warning(actors, parcels):
    r = parcels.inbound.checkin(actors["clerk"], "ABC12345XYZ", phone="13800000000")
    assert r.parcel.carrier == "unknown" and not r.parcel.carrier_known
    assert r.warnings == ("tracking.unknown_format",)


@pytest.mark.parametrize("tracking,phone,code", [
    ("SF12", "13800000000", "tracking.invalid"),
    ("EA123456784CN", "13800000000", "tracking.s10_checksum"),
    (sf(1), "12345", "phone.invalid"),
    (sf(1), None, "parcel.phone_required"),
])
def test_bad_input_is_refused_and_changes_nothing(station, actors, parcels, tracking, phone, code):
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        parcels.inbound.checkin(actors["clerk"], tracking, phone=phone)
    assert e.value.code == code
    assert table_digests(station.store.path) == before


def test_preadvised_number_needs_only_the_scan(station, actors, parcels):
    with station.store.write(actor="system", action="sync.pull") as tx:
        tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, received_at) VALUES (?, 'jd', '137****4321', '李*', ?, ?)",
                   (sf(77), tx.seal("京东自营"), tx.now_iso))
    r = parcels.inbound.checkin(actors["clerk"], sf(77))
    v = r.parcel
    assert v.preadvised and v.carrier == "jd" and v.phone == "137****4321" and v.name == "李*"
    assert v.sender == "京东自营" and r.warnings == ()
    # a typed phone overrides the pre-advice
    with station.store.write(actor="system", action="sync.pull") as tx:
        tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, received_at) VALUES (?, '', 'garbage', '', '', ?)", (sf(78), tx.now_iso))
    with pytest.raises(InvalidInput, match="parcel.phone_required"):
        parcels.inbound.checkin(actors["clerk"], sf(78))
    assert parcels.inbound.checkin(actors["clerk"], sf(78), phone="13600001111").parcel.phone_tail == "1111"


def test_rescan_says_where_the_parcel_is_and_writes_nothing(station, actors, parcels):
    first = parcels.inbound.checkin(actors["clerk"], yt(5), phone="13800000005").parcel
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        parcels.inbound.checkin(actors["clerk"], yt(5).lower(), phone="13900000000")
    assert e.value.code == "parcel.already_checked_in"
    assert e.value.fields == {"tracking": yt(5), "pickup_code": first.pickup_code, "place": "A-1",
                              "status": "in_station"}
    assert e.value.exit_code == 5
    assert table_digests(station.store.path) == before
    assert station.store.query_one("SELECT count(*) FROM parcels WHERE tracking = ?", (yt(5),))[0] == 1


def test_slot_is_the_least_full_layer_and_the_clerk_may_override(station, actors, parcels):
    shelves(station, actors, [("A", 2, 3), ("B", 1, 6)])
    places = [parcels.inbound.checkin(actors["clerk"], sf(i), phone="13800000000").parcel.place for i in range(6)]
    # shares: A-1 1/3, A-2 1/3, B-1 1/6 ... always the emptiest share, ties to the earlier shelf/layer
    assert places == ["A-1", "A-2", "B-1", "B-1", "A-1", "A-2"]
    r = parcels.inbound.checkin(actors["clerk"], sf(10), phone="13800000000", slot="a2")
    assert r.parcel.place == "A-2" and r.parcel.pickup_code.startswith("A-2-")
    with pytest.raises(Refused, match="parcel.layer_full"):
        parcels.inbound.checkin(actors["clerk"], sf(11), phone="13800000000", slot="A-2")
    with pytest.raises(InvalidInput, match="parcel.slot_unknown"):
        parcels.inbound.checkin(actors["clerk"], sf(11), phone="13800000000", slot="C-1")
    with pytest.raises(InvalidInput, match="parcel.slot_invalid"):
        parcels.inbound.checkin(actors["clerk"], sf(11), phone="13800000000", slot="?")
    loads = {(x.shelf, x.layer): x.occupied for x in parcels.shelves.layers(actors["clerk"])}
    assert loads == {("A", 1): 2, ("A", 2): 3, ("B", 1): 2}


def test_full_shelves_are_refused_clearly(station, actors, parcels):
    shelves(station, actors, [("A", 1, 2)])
    for i in range(2):
        parcels.inbound.checkin(actors["clerk"], sf(i), phone="13800000000")
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        parcels.inbound.checkin(actors["clerk"], sf(9), phone="13800000000")
    assert e.value.code == "parcel.shelves_full" and e.value.fields["capacity"] == 2
    assert table_digests(station.store.path) == before
    # a pickup frees the place
    parcels.pickup.by_code(actors["clerk"], "A-1-0001")
    assert parcels.inbound.checkin(actors["clerk"], sf(9), phone="13800000000").parcel.place == "A-1"


def test_codes_are_never_reused_the_same_day_nor_while_held(station, actors, parcels, clock):
    shelves(station, actors, [("A", 1, 50)])
    a = parcels.inbound.checkin(actors["clerk"], sf(1), phone="13800000000").parcel
    parcels.pickup.by_code(actors["clerk"], a.pickup_code)
    b = parcels.inbound.checkin(actors["clerk"], sf(2), phone="13800000000").parcel  # stays on the shelf
    # the counter comes round to 1 again the same day: A-1-0001 was issued today, A-1-0002 is held
    station.store.conn.execute("UPDATE parcel_slots SET last_number = 9999 WHERE shelf = 'A' AND layer = 1")
    c = parcels.inbound.checkin(actors["clerk"], sf(3), phone="13800000000").parcel
    assert (a.pickup_code, b.pickup_code, c.pickup_code) == ("A-1-0001", "A-1-0002", "A-1-0003")
    # next day: A-1-0001 (picked up yesterday) may be issued again; A-1-0002 (still held) may not
    clock.advance(days=1)
    station.store.conn.execute("UPDATE parcel_slots SET last_number = 9999 WHERE shelf = 'A' AND layer = 1")
    d = parcels.inbound.checkin(actors["clerk"], sf(4), phone="13800000000").parcel
    e = parcels.inbound.checkin(actors["clerk"], sf(5), phone="13800000000").parcel
    assert (d.pickup_code, e.pickup_code) == ("A-1-0001", "A-1-0004")


def test_the_schema_itself_refuses_a_duplicate_held_code(station, actors, parcels):
    parcels.inbound.checkin(actors["clerk"], sf(1), phone="13800000000")
    with pytest.raises(sqlite3.IntegrityError, match="pickup_code"):
        station.store.conn.execute(
            "INSERT INTO parcels (id, tracking, carrier, phone, phone_tail, shelf, layer, pickup_code, code_day, status,"
            " checked_in_at, checked_in_by, updated_at) VALUES ('x', 'T2', 'sf', '1', '1234', 'A', 1, 'A-1-0001',"
            " '2026-05-01', 'in_station', 't', 'u', 't')")


def test_notice_carries_the_masked_phone_when_that_is_all_we_have(station, actors, parcels):
    parcels.inbound.checkin(actors["clerk"], sf(1), phone="138****0000")
    [notice] = outbox(station, "notices")
    assert notice["phone"] == "138****0000" and notice["phone_masked"] is True


@pytest.mark.parametrize("who", ["supervisor", "carrier"])
def test_only_counter_roles_check_in(station, actors, parcels, who):
    with pytest.raises(NotAllowed, match="perm.denied"):
        parcels.inbound.checkin(actors[who], sf(1), phone="13800000000")


def test_recent_checkins_and_lookups_for_the_screens(actors, parcels):
    for i in range(25):
        parcels.inbound.checkin(actors["clerk"], sf(i), phone=f"1380000{i:04d}")
    recent = parcels.queries.recent_checkins(actors["clerk"])
    assert len(recent) == 20 and recent[0].tracking == sf(24) and recent[-1].tracking == sf(5)
    v = parcels.queries.by_code(actors["supervisor"], recent[0].pickup_code.lower())
    assert v is not None and v.tracking == sf(24) and "*" in v.phone
    assert [p.tracking for p in parcels.queries.by_phone_tail(actors["carrier"], "0003")] == [sf(3)]
    assert parcels.queries.by_code(actors["clerk"], "Z-9-9999") is None
