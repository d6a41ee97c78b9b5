"""Carrier rounds: start, scan out, deliver with proof, bring back, close only when accounted for."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, NotAllowed, NotFound, Refused

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, outbox, parcels, sf, station  # noqa: F401


@pytest.fixture
def loaded(station, actors, parcels):
    codes = [parcels.inbound.checkin(actors["clerk"], sf(i), phone=f"1390000{i:04d}", name="王小明").parcel.pickup_code
             for i in range(4)]
    rnd = parcels.rounds.start(actors["clerk"], "carrier")
    return rnd, codes


def test_a_round_from_start_to_close(station, actors, parcels, loaded):
    rnd, codes = loaded
    assert (rnd.number, rnd.carrier, rnd.status, rnd.items) == (1, "carrier", "open", ())
    v = parcels.rounds.add(actors["clerk"], rnd.number, [sf(0), sf(1), sf(2)])
    assert v.unaccounted == 3 and {p.status for p in parcels.queries.list(actors["clerk"], status="out_for_delivery")}
    carrier = actors["carrier"]
    v = parcels.rounds.deliver(carrier, rnd.id, sf(0), code=codes[0])
    v = parcels.rounds.deliver(carrier, str(rnd.number), sf(1), tail="0001")
    v = parcels.rounds.back(carrier, rnd.number, sf(2))
    assert (v.unaccounted, v.delivered, v.back) == (0, 2, 1)
    p0, p2 = parcels.queries.get(carrier, sf(0)), parcels.queries.get(carrier, sf(2))
    assert p0.status == "delivered" and p0.delivered_by == "carrier"
    assert p2.status == "in_station" and p2.pickup_code == codes[2] and p2.place == codes[2][:3]
    v = parcels.rounds.close(carrier, rnd.number)
    assert v.status == "closed"
    rounds = outbox(station, "rounds")
    assert rounds[-1]["status"] == "closed" and [i["outcome"] for i in rounds[-1]["items"]] == [
        "delivered", "delivered", "back"]
    assert all("phone" not in i for i in rounds[-1]["items"])
    with pytest.raises(Refused, match="round.closed"):
        parcels.rounds.add(actors["clerk"], rnd.number, [sf(3)])
    # the carrier may start the next one
    assert parcels.rounds.start(carrier, "carrier").number == 2


def test_close_is_refused_while_a_parcel_is_out(station, actors, parcels, loaded):
    rnd, _ = loaded
    parcels.rounds.add(actors["clerk"], rnd.number, [sf(0), sf(1)])
    parcels.rounds.back(actors["carrier"], rnd.number, sf(1))
    before = table_digests(station.store.path)
    with pytest.raises(Refused) as e:
        parcels.rounds.close(actors["clerk"], rnd.number)
    assert e.value.code == "round.not_closable" and e.value.fields["unaccounted"] == 1
    assert e.value.exit_code == 5 and sf(0) in e.value.fields["trackings"]
    assert table_digests(station.store.path) == before


def test_delivery_needs_the_recipients_proof(station, actors, parcels, loaded):
    rnd, codes = loaded
    parcels.rounds.add(actors["clerk"], rnd.number, [sf(0)])
    before = table_digests(station.store.path)
    with pytest.raises(InvalidInput, match="round.code_mismatch"):
        parcels.rounds.deliver(actors["carrier"], rnd.number, sf(0), code=codes[1])
    with pytest.raises(InvalidInput, match="parcel.tail_mismatch"):
        parcels.rounds.deliver(actors["carrier"], rnd.number, sf(0), tail="9999")
    with pytest.raises(InvalidInput, match="round.proof_required"):
        parcels.rounds.deliver(actors["carrier"], rnd.number, sf(0))
    with pytest.raises(NotFound, match="round.parcel_not_on_round"):
        parcels.rounds.deliver(actors["carrier"], rnd.number, sf(1), tail="0001")
    assert table_digests(station.store.path) == before
    parcels.rounds.deliver(actors["carrier"], rnd.number, sf(0), tail="0000")
    with pytest.raises(Refused, match="round.parcel_accounted"):
        parcels.rounds.back(actors["carrier"], rnd.number, sf(0))


def test_only_parcels_on_the_shelf_go_out_and_all_or_none(station, actors, parcels, loaded):
    rnd, codes = loaded
    parcels.pickup.by_code(actors["clerk"], codes[3])
    before = table_digests(station.store.path)
    with pytest.raises(Refused, match="parcel.already_picked_up"):
        parcels.rounds.add(actors["clerk"], rnd.number, [sf(0), sf(3)])
    assert table_digests(station.store.path) == before
    parcels.rounds.add(actors["clerk"], rnd.number, [sf(0)])
    with pytest.raises(Refused, match="round.already_on_round"):
        parcels.rounds.add(actors["clerk"], rnd.number, [sf(0)])
    # out on a round: no counter pickup, no return
    with pytest.raises(Refused, match="parcel.out_for_delivery"):
        parcels.pickup.by_code(actors["clerk"], codes[0])
    with pytest.raises(Refused, match="parcel.out_for_delivery"):
        parcels.pickup.return_to_sender(actors["clerk"], sf(0), "x")
    # brought back, it can go out again on the same round
    parcels.rounds.back(actors["carrier"], rnd.number, sf(0))
    assert parcels.rounds.add(actors["clerk"], rnd.number, [sf(0)]).unaccounted == 1


def test_carriers_work_their_own_rounds_only(station, actors, parcels, loaded):
    rnd, _ = loaded
    with pytest.raises(Refused, match="round.carrier_busy"):
        parcels.rounds.start(actors["clerk"], "carrier")
    with pytest.raises(NotAllowed, match="round.not_yours"):
        parcels.rounds.start(actors["carrier"], "clerk")
    other = parcels.rounds.start(actors["clerk"], "clerk")
    parcels.rounds.add(actors["clerk"], other.number, [sf(1)])
    with pytest.raises(NotAllowed, match="round.not_yours"):
        parcels.rounds.back(actors["carrier"], other.number, sf(1))
    with pytest.raises(InvalidInput, match="round.not_a_carrier"):
        parcels.rounds.start(actors["clerk"], "supervisor")
    with pytest.raises(NotFound, match="user.not_found"):
        parcels.rounds.start(actors["clerk"], "nobody")
    with pytest.raises(NotFound, match="round.not_found"):
        parcels.rounds.get(actors["clerk"], "99")
    with pytest.raises(NotAllowed, match="perm.denied"):
        parcels.rounds.start(actors["supervisor"], "carrier")
    assert [r.number for r in parcels.rounds.list(actors["carrier"])] == [1]
    assert [r.number for r in parcels.rounds.list(actors["clerk"], open_only=True)] == [2, 1]
    assert parcels.rounds.open_round_for(actors["carrier"], "carrier").id == rnd.id


def test_round_sheet_shows_codes_and_masked_phones(actors, parcels, loaded):
    rnd, codes = loaded
    parcels.rounds.add(actors["clerk"], rnd.number, [sf(2), sf(0)])
    sheet = parcels.rounds.sheet(actors["carrier"], rnd.number)
    assert sheet.carrier_name == "王大山" and sheet.station_name == "测试村站" and sheet.number == 1
    assert [r["pickup_code"] for r in sheet.rows] == sorted([codes[0], codes[2]])
    assert {r["phone"] for r in sheet.rows} == {"139****0000", "139****0002"} and sheet.rows[0]["name"] == "王**"
    assert sheet.columns == ("pickup_code", "tracking", "phone", "name", "outcome")
