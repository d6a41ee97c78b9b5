"""The GUI never blocks during sync (issue 5), on the real window against the real hub on
127.0.0.1: a backlog goes up through a throttled link (a weak 4G: slow, but it gets there) on the
network worker while the clerk checks parcels in on the real check-in screen by scanner bursts.
Each check-in's row must appear while that sync is still running; afterwards every record on the
station is on the hub exactly once (nothing lost, nothing duplicated)."""

from __future__ import annotations

import time

import pytest

from ..helpers.proxy import FaultProxy
from ..helpers.records import compare, write_parcels
from ..helpers.sync_fixtures import hub, utc_now  # noqa: F401 - the module's hub fixture
from .parcels_helpers import open_parcels, preadvise, scan

BACKLOG = 600  # change records waiting when the sync starts
RATE_BPS = 64_000  # a weak link: the backlog takes several seconds to go up
RTT_S = 0.2
SCANS = [f"SF{9100000000000 + i:013d}" for i in range(8)]


@pytest.fixture
def enrolled(station, actors, hub):  # noqa: F811 - pytest fixture injection
    code = hub.storage.add_station(station.info.code, station.info.name, "龙凤镇", utc_now())
    station.sync.enroll(actors["admin"], hub.url, code)
    station.sync.stall_s = 10.0  # slow bytes are not a stall
    return station


def test_check_ins_show_while_a_slow_sync_runs_and_nothing_is_lost(qtbot, make_window, enrolled, hub):  # noqa: F811
    station = enrolled
    write_parcels(station.store, BACKLOG, per_tx=250)
    preadvise(station, [(t, "sf", f"1380000{i:04d}", "", "") for i, t in enumerate(SCANS)])
    with FaultProxy(hub.port, rate_bps=RATE_BPS, rtt_s=RTT_S) as proxy:
        station.sync.set_hub_url(proxy.url)
        window = make_window(background_sync=True, synchronous=False)
        page, screen = open_parcels(qtbot, window, "checkin")
        qtbot.waitUntil(lambda: screen.recent.rowCount() == 0 and window.tasks.pending == 0, timeout=5000)
        started = time.monotonic()
        window.sync.sync_now()
        qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
        shown_while_syncing = []
        for tracking in SCANS:
            t0 = time.monotonic()
            scan(qtbot, tracking)
            qtbot.waitUntil(lambda t=tracking: t in screen.recent.trackings(), timeout=3000)
            shown_while_syncing.append((window.sync.running, time.monotonic() - t0))
        assert all(running for running, _ in shown_while_syncing), shown_while_syncing
        assert max(s for _, s in shown_while_syncing) < 1.0  # the counter never waited on the link
        assert screen.recent.trackings()[: len(SCANS)] == SCANS[::-1]
        qtbot.waitUntil(lambda: not window.sync.running, timeout=120_000)
        first = window.sync.last_report
        assert first.result == "ok", first.error
        assert first.pushed > 0 and time.monotonic() - started > 1.0  # it really was a slow sync
        assert proxy.bytes_up > 0

    station.sync.set_hub_url(hub.url)  # the rest (what was checked in meanwhile) over a good link
    report = station.sync.run_once("manual")
    assert report.result == "ok", report.error
    for tracking in SCANS:
        assert station.store.query_one("SELECT count(*) FROM parcels WHERE tracking = ?", (tracking,))[0] == 1
    totals = compare(station.store, hub.storage, station.info.code)  # every record exactly once
    assert totals["records"] == BACKLOG + 2 * len(SCANS) + station.store.query_one(
        "SELECT count(*) FROM outbox WHERE entity NOT IN ('parcels', 'notices')")[0]
    acked, counts = hub.storage.counts(station.info.code)
    assert acked == station.store.query_one("SELECT max(seq) FROM outbox")[0]
    assert counts["parcels"] == BACKLOG + len(SCANS)
