"""What the status bar and the Sync page read while syncs run: polling the status never disturbs a
run (in this process or from another one), and the backlog's age is one definition everywhere."""

from __future__ import annotations

import subprocess
import sys
import threading

from app.core.sync.credentials import Credentials

from .conftest import ROOT
from .helpers import sync_fixtures
from .helpers.records import write_parcels

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

RUNS = 60


def _runs_while(st, polling: threading.Event | None = None) -> list[str]:  # noqa: ANN001
    results = []
    for i in range(RUNS):
        if i % 10 == 0:
            write_parcels(st.store, 3)
        results.append(st.sync.run_once("timer").result)
    return results


def test_status_polled_in_a_loop_never_makes_a_run_busy(hub, make_station):
    sync_fixtures.storage_not_involved(hub)
    st = make_station()
    stop = threading.Event()
    polls = {"n": 0, "running": 0}

    def poll() -> None:
        while not stop.is_set():
            polls["running"] += st.sync.status().running
            polls["n"] += 1

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        results = _runs_while(st)
    finally:
        stop.set()
        poller.join(30)
    assert polls["n"] > RUNS and polls["running"] > 0  # it did look while runs were going on
    assert results.count("busy") == 0 and set(results) == {"ok"}, results


def test_status_polled_from_another_process_never_makes_a_run_busy(hub, make_station):
    sync_fixtures.storage_not_involved(hub)
    st = make_station()
    poller = subprocess.Popen([sys.executable, "-m", "tests.helpers.sync_victim", str(st.paths.root),
                               Credentials(st.info.code).get(), "poll_status"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert poller.stdout.readline().strip() == "POLLING"
        results = _runs_while(st)
    finally:
        poller.stdin.close()
        out = poller.stdout.read()
        poller.wait(30)
    assert '"polls"' in out
    assert results.count("busy") == 0 and set(results) == {"ok"}, results


def test_status_bar_and_sync_page_agree_on_the_oldest_waiting_change(hub, make_station, clock):
    """One definition (app.core.outbox_stats): the oldest pending change is the one with the
    earliest device time — not the lowest number (a demo's history, a clock set right later)."""
    from app.core.outbox_stats import STALE_AFTER_S, read_outbox_stats

    st = make_station(clock=clock)
    assert st.sync.run_once().ok
    write_parcels(st.store, 2)  # numbered first, written "now"
    clock.advance(-12 * 86400)  # then records dated 12 days back (the clock was wrong, or a seeded history)
    write_parcels(st.store, 3)
    clock.advance(12 * 86400)
    bar, page = read_outbox_stats(st.store), st.sync.status()
    oldest = st.store.query_one("SELECT min(device_time) FROM outbox WHERE seq > ?", (bar.acked_through,))[0]
    assert oldest < st.store.query_one("SELECT device_time FROM outbox WHERE seq = ?", (bar.acked_through + 1,))[0]
    assert bar.oldest_pending_at == page.oldest_pending_at == oldest
    assert bar.oldest_pending_age_s == page.oldest_pending_age_s == 12 * 86400 > STALE_AFTER_S and bar.stale
    assert bar.pending == page.pending == 5 and bar.last_success_at == page.last_success_at is not None
    assert st.sync.run_once().ok
    bar, page = read_outbox_stats(st.store), st.sync.status()
    assert bar.pending == page.pending == 0 and bar.oldest_pending_at is page.oldest_pending_at is None
    assert bar.last_success_at == page.last_success_at and not bar.stale
