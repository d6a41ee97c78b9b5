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
