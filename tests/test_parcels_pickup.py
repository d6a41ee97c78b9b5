"""Pickup by code and by phone tail (family, proxy), second pickups, returns, overdue, re-notice."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, NotFound, Refused
from app.core.parcels import check_proxy

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, counts, outbox, parcels, sf, station  # noqa: F401


def checkin(parcels, actors, i: int, phone: str = "13800001234") -> str:  # noqa: ANN001
    return parcels.inbound.checkin(actors["clerk"], sf(i), phone=phone).parcel.pickup_code


def test_pickup_by_code_records_who_handed_it_over(station, actors, parcels):
    code = checkin(parcels, actors, 1)
    r = parcels.pickup.by_code(actors["admin"], code.lower().replace("-", ""))
    [v] = r.parcels
    assert v.status == "picked_up" and v.picked_up_by == "admin" and v.pickup_method == "code"
    assert r.handed_over_by == "admin" and r.proxy_name is None
    payload = outbox(station, "parcels")[-1]
    assert payload["status"] == "picked_up" and payload["pickup_batch"] == r.batch_id


def test_a_second_pickup_is_refused_and_changes_nothing(station, actors, parcels):
    code = checkin(parcels, actors, 1)
    parcels.pickup.by_code(actors["clerk"], code)
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        parcels.pickup.by_code(actors["clerk"], code)
    assert e.value.code == "parcel.already_picked_up" and e.value.fields["by"] == "clerk"
    with pytest.raises(Refused, match="already_picked_up"):
        parcels.pickup.by_phone_tail(actors["clerk"], "1234", [sf(1)])
    assert table_digests(station.store.path) == before
    with pytest.raises(NotFound, match="parcel.code_not_found"):
        parcels.pickup.by_code(actors["clerk"], "B-1-0099")
    with pytest.raises(InvalidInput, match="parcel.code_invalid"):
        parcels.pickup.by_code(actors["clerk"], "1234")


def test_a_family_takes_several_parcels_in_one_operation(station, actors, parcels):
    for i in range(3):
        checkin(parcels, actors, i, phone="13900005678")
    checkin(parcels, actors, 9, phone="13900000000")
    outbox_before, audit_before = counts(station)
    r = parcels.pickup.by_phone_tail(actors["clerk"], "5678")
    assert sorted(p.tracking for p in r.parcels) == [sf(0), sf(1), sf(2)]
    assert {p.pickup_method for p in r.parcels} == {"phone_tail"}
    outbox_after, audit_after = counts(station)
    assert (outbox_after - outbox_before, audit_after - audit_before) == (3, 1)
    batches = station.store.query("SELECT DISTINCT pickup_batch FROM parcels WHERE phone_tail = '5678'")
    assert [b[0] for b in batches] == [r.batch_id]
    assert parcels.queries.get(actors["clerk"], sf(9)).status == "in_station"
    with pytest.raises(NotFound, match="parcel.none_for_tail"):
        parcels.pickup.by_phone_tail(actors["clerk"], "5678")


def test_a_shared_tail_needs_the_parcels_chosen(station, actors, parcels):
    checkin(parcels, actors, 1, phone="13900005678")
    checkin(parcels, actors, 2, phone="13700005678")
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        parcels.pickup.by_phone_tail(actors["clerk"], "5678")
    assert e.value.code == "parcel.tail_ambiguous" and len(e.value.result["parcels"]) == 2
    assert all("*" in p["phone"] for p in e.value.result["parcels"])
    assert table_digests(station.store.path) == before
    r = parcels.pickup.by_phone_tail(actors["clerk"], "5678", [sf(2)])
    assert [p.tracking for p in r.parcels] == [sf(2)]


def test_a_chosen_parcel_must_match_the_tail_else_nothing_leaves(station, actors, parcels):
    checkin(parcels, actors, 1, phone="13900005678")
    checkin(parcels, actors, 2, phone="13900001111")
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput, match="parcel.tail_mismatch"):
        parcels.pickup.by_phone_tail(actors["clerk"], "5678", [sf(1), sf(2)])
    assert table_digests(station.store.path) == before


def test_proxy_pickup_records_name_and_full_phone(station, actors, parcels):
    code = checkin(parcels, actors, 1)
    r = parcels.pickup.by_code(actors["clerk"], code, check_proxy("钱大妈", "13611112222"))
    assert r.proxy_name == "钱**" and r.proxy_phone == "136****2222"
    row = station.store.query_one("SELECT proxy_name, proxy_phone, picked_up_by FROM parcels")
    assert row[0].startswith("enc1:") and row[1].startswith("enc1:")  # sealed at rest (app.core.sealing)
    row = station.store.query_one("SELECT yyt_open(proxy_name), yyt_open(proxy_phone), picked_up_by FROM parcels")
    assert tuple(row) == ("钱大妈", "13611112222", "clerk")
    with pytest.raises(InvalidInput, match="phone.masked_not_allowed"):
        check_proxy("钱大妈", "136****2222")
    with pytest.raises(InvalidInput, match="parcel.proxy_incomplete"):
        check_proxy("钱大妈", None)
    assert check_proxy(None, "") is None


def test_return_to_sender_needs_a_reason_and_a_parcel_on_the_shelf(station, actors, parcels):
    checkin(parcels, actors, 1)
    with pytest.raises(InvalidInput, match="text.required"):
        parcels.pickup.return_to_sender(actors["clerk"], sf(1), "  ")
    v = parcels.pickup.return_to_sender(actors["clerk"], sf(1), "收件人拒收")
    assert v.status == "returned" and v.return_reason == "收件人拒收"
    assert outbox(station, "parcels")[-1]["returned_by"] == "clerk"
    with pytest.raises(Refused, match="parcel.not_in_station"):
        parcels.pickup.return_to_sender(actors["clerk"], sf(1), "again")
    with pytest.raises(NotFound, match="parcel.not_found"):
        parcels.pickup.return_to_sender(actors["clerk"], sf(2), "x")
    # its place is free again
    assert sum(x.occupied for x in parcels.shelves.layers(actors["clerk"])) == 0


def test_overdue_list_and_renotice(station, actors, parcels, clock):
    checkin(parcels, actors, 1)
    clock.advance(days=3)
    checkin(parcels, actors, 2)
    clock.advance(days=4, seconds=1)  # parcel 1: 7 days; parcel 2: 4 days
    assert [v.tracking for v in parcels.queries.overdue(actors["supervisor"])] == [sf(1)]
    assert [v.tracking for v in parcels.queries.overdue(actors["clerk"], days=3)] == [sf(1), sf(2)]
    assert parcels.queries.get(actors["clerk"], sf(1)).overdue
    listed = parcels.queries.list(actors["clerk"], overdue=True)
    assert [v.tracking for v in listed] == [sf(1)]
    before = counts(station)
    assert parcels.pickup.renotify(actors["clerk"], overdue=True) == [sf(1)]
    assert counts(station) == (before[0] + 2, before[1] + 1)
    notice = outbox(station, "notices")[-1]
    assert notice["kind"] == "reminder" and notice["tracking"] == sf(1)
    assert parcels.queries.get(actors["clerk"], sf(1)).notices == 2
    # nothing overdue: nothing written, not even an audit entry
    station.settings.set(actors["admin"], "parcels.overdue_days", 30)
    before = table_digests(station.store.path)
    assert parcels.pickup.renotify(actors["clerk"], overdue=True) == []
    assert table_digests(station.store.path) == before
    assert parcels.pickup.renotify(actors["clerk"], [sf(2)]) == [sf(2)]


def test_list_filters(actors, parcels):
    checkin(parcels, actors, 1, phone="13900005678")
    code = checkin(parcels, actors, 2)
    parcels.pickup.by_code(actors["clerk"], code)
    assert [v.tracking for v in parcels.queries.list(actors["clerk"], status="picked_up")] == [sf(2)]
    assert [v.tracking for v in parcels.queries.list(actors["clerk"], tail="5678")] == [sf(1)]
    assert [v.tracking for v in parcels.queries.list(actors["clerk"])] == [sf(2), sf(1)]
    with pytest.raises(InvalidInput, match="parcel.status_invalid"):
        parcels.queries.list(actors["clerk"], status="lost")


def test_two_full_numbers_with_the_same_masked_form_are_two_people(station, actors, parcels):
    """13812340001 and 13899990001 both show as 138****0001: still two people, never one pickup."""
    checkin(parcels, actors, 1, phone="13812340001")
    checkin(parcels, actors, 2, phone="13899990001")
    assert parcels.queries.tail_is_shared(actors["clerk"], "0001")  # what the pickup screen asks first
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput) as e:
        parcels.pickup.by_phone_tail(actors["clerk"], "0001")
    assert e.value.code == "parcel.tail_ambiguous" and len(e.value.result["parcels"]) == 2
    assert table_digests(station.store.path) == before


def test_a_masked_number_matches_the_full_one_it_can_be(station, actors, parcels):
    checkin(parcels, actors, 1, phone="13812340001")
    checkin(parcels, actors, 2, phone="138****0001")
    assert not parcels.queries.tail_is_shared(actors["clerk"], "0001")
    r = parcels.pickup.by_phone_tail(actors["clerk"], "0001")
    assert len(r.parcels) == 2
