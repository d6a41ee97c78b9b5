"""``queries.for_pickup``: what the pickup screen lists before the clerk confirms — the same
refusals as the pickup itself, and nothing written."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import pytest

from app.core.errors import NotAllowed, NotFound, Refused

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, parcels, sf, station  # noqa: F401


def test_lists_by_code_tail_and_tracking_and_writes_nothing(station, actors, parcels):
    clerk = actors["clerk"]
    codes = [parcels.inbound.checkin(clerk, sf(i), phone="13900005678").parcel.pickup_code for i in range(3)]
    parcels.inbound.checkin(clerk, sf(9), phone="138****0000")
    before = table_digests(station.store.path)
    q = parcels.queries
    [one] = q.for_pickup(clerk, code=codes[1].replace("-", "").lower())
    assert one.tracking == sf(1) and one.phone == "139****5678"
    assert [v.tracking for v in q.for_pickup(clerk, tail="5678")] == [sf(0), sf(1), sf(2)]
    assert [v.pickup_code for v in q.for_pickup(actors["supervisor"], tracking=sf(9).lower())] == [
        parcels.queries.get(clerk, sf(9)).pickup_code]
    assert table_digests(station.store.path) == before


def test_refuses_as_the_pickup_would(station, actors, parcels):
    clerk = actors["clerk"]
    code = parcels.inbound.checkin(clerk, sf(1), phone="13900005678").parcel.pickup_code
    out = parcels.inbound.checkin(clerk, sf(2), phone="13900001111").parcel.pickup_code
    parcels.inbound.checkin(clerk, sf(3), phone="13900002222")
    parcels.pickup.by_code(clerk, code)
    rnd = parcels.rounds.start(clerk, "carrier")
    parcels.rounds.add(clerk, rnd.number, [sf(2)])
    parcels.pickup.return_to_sender(clerk, sf(3), "拒收")
    q = parcels.queries
    with pytest.raises(Refused) as e:
        q.for_pickup(clerk, code=code)
    assert e.value.code == "parcel.already_picked_up" and e.value.fields["by"] == "clerk"
    with pytest.raises(Refused, match="parcel.out_for_delivery"):
        q.for_pickup(clerk, code=out)
    with pytest.raises(Refused, match="parcel.not_in_station"):
        q.for_pickup(clerk, tracking=sf(3))
    with pytest.raises(NotFound, match="parcel.code_not_found"):
        q.for_pickup(clerk, code="D-9-0001")
    with pytest.raises(NotFound, match="parcel.none_for_tail"):
        q.for_pickup(clerk, tail="5678")  # picked up: nothing left on the shelf for that tail
    with pytest.raises(NotFound, match="parcel.not_found"):
        q.for_pickup(clerk, tracking=sf(77))
    with pytest.raises(NotAllowed):
        q.for_pickup(None, tail="1111")  # type: ignore[arg-type]
