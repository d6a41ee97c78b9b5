"""Shelf stock-take: scans, duplicates, missing and unexpected parcels, one open at a time."""
# ruff: noqa: F811 - the station/actors fixtures come from test_parcels_support

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput, NotFound, Refused

from .conftest import table_digests
from .test_parcels_support import _station_template, actors, outbox, parcels, sf, shelves, station  # noqa: F401


def test_stocktake_reports_missing_and_unexpected(station, actors, parcels):
    shelves(station, actors, [("A", 1, 10), ("B", 1, 10)])
    clerk = actors["clerk"]
    codes = [parcels.inbound.checkin(clerk, sf(i), phone="13800000000", slot="A-1" if i < 3 else "B-1")
             .parcel.pickup_code for i in range(5)]
    parcels.pickup.by_code(clerk, codes[4])  # sf(4) left, but someone finds it on the shelf
    st = parcels.stocktake.start(clerk)
    r = parcels.stocktake.scan(clerk, st.id, sf(0))
    assert (r.known, r.status, r.duplicate, r.scanned) == (True, "in_station", False, 1)
    r = parcels.stocktake.scan(clerk, st.id, codes[1])  # the code label works as well
    assert r.tracking == sf(1) and r.scanned == 2
    before = table_digests(station.store.path)
    assert parcels.stocktake.scan(clerk, st.id, sf(0)).duplicate
    assert table_digests(station.store.path) == before
    results = parcels.stocktake.scan_many(clerk, st.id, [sf(4), "JD0009999999999", sf(3)])
    assert [(x.tracking, x.status) for x in results] == [(sf(4), "picked_up"), ("JD0009999999999", "unknown"),
                                                          (sf(3), "in_station")]
    done = parcels.stocktake.finish(clerk, st.id)
    assert done.status == "finished" and done.expected == 4 and done.scanned == 5
    assert [(f.tracking, f.pickup_code) for f in done.missing] == [(sf(2), codes[2])]
    assert sorted((f.tracking, f.status) for f in done.unexpected) == [("JD0009999999999", "unknown"),
                                                                       (sf(4), "picked_up")]
    last = outbox(station, "stocktakes")[-1]
    assert last["status"] == "finished" and last["missing"] == 1 and len(last["findings"]) == 3
    # the report stays as it was
    parcels.pickup.by_code(clerk, codes[0])
    assert parcels.stocktake.get(actors["supervisor"], st.id) == done
    with pytest.raises(Refused, match="stocktake.finished"):
        parcels.stocktake.scan(clerk, st.id, sf(0))


def test_a_shelf_stocktake_flags_parcels_from_other_shelves(station, actors, parcels):
    shelves(station, actors, [("A", 1, 10), ("B", 1, 10)])
    clerk = actors["clerk"]
    parcels.inbound.checkin(clerk, sf(1), phone="13800000000", slot="A-1")
    parcels.inbound.checkin(clerk, sf(2), phone="13800000000", slot="B-1")
    st = parcels.stocktake.start(clerk, "b")
    assert st.shelf == "B"
    parcels.stocktake.scan(clerk, st.id, sf(1))
    done = parcels.stocktake.finish(clerk, st.id)
    assert [f.tracking for f in done.missing] == [sf(2)] and [f.tracking for f in done.unexpected] == [sf(1)]


def test_one_stocktake_at_a_time_and_bad_ids(station, actors, parcels):
    clerk = actors["clerk"]
    st = parcels.stocktake.start(clerk)
    assert parcels.stocktake.current(clerk).id == st.id
    with pytest.raises(Refused, match="stocktake.already_open"):
        parcels.stocktake.start(clerk)
    with pytest.raises(NotFound, match="stocktake.not_found"):
        parcels.stocktake.scan(clerk, "nope", sf(1))
    with pytest.raises(InvalidInput, match="parcel.slot_unknown"):
        parcels.stocktake.start(clerk, "Z")
    with pytest.raises(NotFound, match="parcel.code_not_found"):
        parcels.stocktake.scan(clerk, st.id, "A-1-0042")
    parcels.stocktake.finish(clerk, st.id)
    assert parcels.stocktake.current(clerk) is None
