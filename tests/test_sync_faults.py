"""Fault injection against the real hub on 127.0.0.1 through a TCP proxy: many randomised runs of
each fault, and after every round every record is compared on both sides (none lost, none twice).

Faults: a request dropped before the hub; the hub commits and the answer is lost; a body that
stalls mid-transfer (either way); the hub SIGKILLed mid-batch and restarted; a poison record in a
batch; two syncs at once (threads, processes, and two raw pushes racing at the hub); the hub
restored from an older backup; the device clock at 2000 and at 2040.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading

import pytest

from app.core.clock import ManualClock
from app.core.station import Station
from app.core.sync.client import HubClient
from app.core.sync.credentials import Credentials
from app.core.sync.protocol import encode_batch
from app.paths import DataPaths

from .conftest import ROOT
from .helpers import sync_fixtures
from .helpers.proxy import FaultProxy
from .helpers.records import compare, write_parcels
from .helpers.sync_fixtures import utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

ROUNDS = 8
MAX_RUNS = 60


def sync_until_ok(st: Station, hub_proc=None, allowed=("unreachable", "stalled")):  # noqa: ANN001, ANN201
    """Run syncs (as the scheduler would, after backoff) until one succeeds; every failure must be
    a link failure. Restarts the hub if a fault killed it."""
    failures = 0
    for _ in range(MAX_RUNS):
        if hub_proc is not None and (hub_proc.proc is None or hub_proc.proc.poll() is not None):
            hub_proc.stop()
            hub_proc.start()
        report = st.sync.run_once("test")
        if report.ok:
            return report, failures
        assert report.error_class in allowed, report.error
        failures += 1
    raise AssertionError("sync never succeeded")


def faulty_plan(rng: random.Random, action: str, p: float, only_push: bool = False):  # noqa: ANN201
    def plan(index: int, method: str, path: str) -> str:
        if only_push and not path.endswith("/push"):
            return "pass"
        return action if rng.random() < p else "pass"
    return plan


def _round(st: Station, rng: random.Random, hub_proc=None) -> int:  # noqa: ANN001
    write_parcels(st.store, rng.randrange(20, 160), rng, per_tx=rng.randrange(1, 12))
    st.sync.sizer.size = rng.choice([20, 40, 100, 500])
    return sync_until_ok(st, hub_proc)[1]


@pytest.mark.slow
@pytest.mark.parametrize("action", ["drop_request", "drop_response"])
def test_lost_requests_and_lost_answers(hub, make_station, action):
    rng = random.Random(f"{action}-11")
    st = make_station()
    failures = 0
    with FaultProxy(hub.port, plan=faulty_plan(rng, action, 0.3)) as proxy:
        st.sync.set_hub_url(proxy.url)
        for _ in range(ROUNDS):
            hub.storage.publish("notices", f"{action}-{rng.random()}", json.dumps({"t": 1}), "*", utc_now())
            failures += _round(st, rng)
            compare(st.store, hub.storage, st.info.code)
        assert proxy.actions.count(action) >= ROUNDS  # the fault really happened, many times
    assert failures >= ROUNDS // 2
    assert st.sync.check_consistency().ok


@pytest.mark.slow
def test_stalled_bodies(hub, make_station):
    sync_fixtures.storage_not_involved(hub)
    rng = random.Random(23)
    st = make_station()
    st.sync.stall_s = 1.0
    stalls = {"left": 6}

    def plan(index: int, method: str, path: str) -> str:
        if stalls["left"] > 0 and rng.random() < 0.25:
            stalls["left"] -= 1
            return rng.choice(["stall_request", "stall_response"])
        return "pass"

    with FaultProxy(hub.port, plan=plan) as proxy:
        st.sync.set_hub_url(proxy.url)
        for _ in range(4):
            _round(st, rng)
            compare(st.store, hub.storage, st.info.code)
        assert {"stall_request", "stall_response"} & set(proxy.actions)
    stalled = [r for r in st.sync.runs(100) if r["error_class"] == "stalled"]
    assert stalled and all(r["error_code"] == "sync.stalled" for r in stalled)


@pytest.mark.slow
def test_hub_killed_mid_batch_and_restarted(hub, make_station):
    rng = random.Random(31)
    st = make_station()
    kills = {"n": 0}

    def on_kill() -> None:
        kills["n"] += 1
        hub.kill()

    with FaultProxy(hub.port, plan=faulty_plan(rng, "kill_hub", 0.2, only_push=True), on_kill=on_kill) as proxy:
        st.sync.set_hub_url(proxy.url)
        for _ in range(5):
            _round(st, rng, hub)
            compare(st.store, hub.storage, st.info.code)
    assert kills["n"] >= 2
    if hub.proc is None or hub.proc.poll() is not None:
        hub.start()


@pytest.mark.slow
def test_poison_records_amid_faults(hub, make_station):
    rng = random.Random(41)
    st = make_station()
    bad = 0
    with FaultProxy(hub.port, plan=faulty_plan(rng, rng.choice(["drop_request", "drop_response"]), 0.2)) as proxy:
        st.sync.set_hub_url(proxy.url)
        for _ in range(5):
            write_parcels(st.store, rng.randrange(5, 60), rng)
            with st.store.write(actor="clerk", action="probe.bad", entity="parcels") as tx:
                tx.change("parcels", f"bad-{bad}", rng.choice(["explode", "CREATE"]), {"id": bad})
                bad += 1
            write_parcels(st.store, rng.randrange(5, 60), rng)
            sync_until_ok(st)
            compare(st.store, hub.storage, st.info.code)
    assert st.sync.status().dead_letters == bad == 5
    assert st.sync.status().pending == 0


@pytest.mark.slow
def test_two_syncs_at_once(hub, make_station):
    rng = random.Random(53)
    st = make_station()
    other = Station.open(DataPaths(st.paths.root), auto_backup=False)
    try:
        for _ in range(6):
            write_parcels(st.store, rng.randrange(20, 120), rng, per_tx=5)
            barrier = threading.Barrier(2)
            results: list[str] = []

            def go(station: Station, barrier: threading.Barrier = barrier, results: list[str] = results) -> None:
                barrier.wait()
                results.append(station.sync.run_once("thread").result)

            threads = [threading.Thread(target=go, args=(s,)) for s in (st, other)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert "ok" in results and set(results) <= {"ok", "busy"}
            sync_until_ok(st)
            compare(st.store, hub.storage, st.info.code)
    finally:
        other.close()
    # across processes: a sync in another process holds the lock → this one is refused at once
    token = Credentials(st.info.code).get()
    holder = subprocess.Popen([sys.executable, "-m", "tests.helpers.sync_victim", str(st.paths.root), token, "hold_lock"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        report = st.sync.run_once("test")
        assert report.result == "busy" and st.sync.status().running
    finally:
        holder.stdin.close()
        holder.wait(30)
    assert st.sync.run_once("test").ok
    # two raw pushes of the same batch racing at the hub: applied once
    write_parcels(st.store, 80, rng)
    rows = st.sync.state.rows_after(st.sync.state.acked_through(), 1000)
    body = encode_batch(rows, pending=0, sent_at="2026-06-01T01:00:00.000Z")
    answers: list[dict] = []
    barrier = threading.Barrier(4)

    def raw() -> None:
        with HubClient(hub.url, token) as client:
            barrier.wait()
            answers.append(client.push(st.info.code, body))

    threads = [threading.Thread(target=raw) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(a["applied"] for a in answers) == [0, 0, 0, 80]
    assert all(a["acked_through"] == rows[-1][0] for a in answers)
    assert st.sync.run_once().ok
    compare(st.store, hub.storage, st.info.code)


@pytest.mark.slow
def test_hub_restored_from_older_backups_randomly(hub, make_station, tmp_path):
    rng = random.Random(61)
    st = make_station()
    backups = []
    for i in range(6):
        write_parcels(st.store, rng.randrange(10, 80), rng)
        if rng.random() < 0.6:
            backups.append(hub.backup(tmp_path / f"hub-{i}.db"))
        sync_until_ok(st)
        if backups and rng.random() < 0.5:
            hub.restore(rng.choice(backups))
            sync_until_ok(st, hub)
        compare(st.store, hub.storage, st.info.code)
    assert st.sync.check_consistency().ok


@pytest.mark.slow
@pytest.mark.parametrize("device_time", ["2000-01-01T00:00:00Z", "2040-06-01T00:00:00Z"])
def test_device_clock_off_by_years_amid_faults(hub, make_station, device_time):
    rng = random.Random(device_time)
    clock = ManualClock(device_time)
    st = make_station(clock=clock)
    with FaultProxy(hub.port, plan=faulty_plan(rng, "drop_response", 0.25)) as proxy:
        st.sync.set_hub_url(proxy.url)
        for _ in range(4):
            clock.advance(rng.uniform(-86400 * 30, 86400 * 30))  # the clock jumps both ways
            hub.storage.publish("tariff", "current", json.dumps({"version": rng.randrange(99)}), "*", utc_now())
            _round(st, rng)
            compare(st.store, hub.storage, st.info.code)
    assert st.sync.status().clock_warning
    hlcs = [r[0] for r in st.store.query("SELECT hlc FROM outbox ORDER BY seq")]
    assert hlcs == sorted(hlcs)  # the HLC never went back, whatever the device clock did
