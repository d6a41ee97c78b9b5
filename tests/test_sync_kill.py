"""A station process SIGKILLed at the worst moments of a sync, many times, against the real hub:
after the hub's answer and before the ack is recorded; in the middle of applying a pulled page.
Every record is compared on both sides afterwards."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys

import pytest

from app.core.sync.credentials import Credentials

from .conftest import ROOT
from .helpers import sync_fixtures
from .helpers.records import compare, hub_live, write_parcels
from .helpers.sync_fixtures import utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

ROUNDS = 6


def victim(data_dir, token: str, mode: str, n: int = 1, **env: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    return subprocess.run([sys.executable, "-m", "tests.helpers.sync_victim", str(data_dir), token, mode, str(n)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **env})


@pytest.mark.slow
def test_killed_after_the_answer_before_the_ack(hub, make_station):
    rng = random.Random(71)
    st = make_station()
    token = Credentials(st.info.code).get()
    killed = 0
    for _ in range(ROUNDS):
        write_parcels(st.store, rng.randrange(60, 200), rng, per_tx=rng.randrange(1, 10))
        acked_before = st.sync.state.acked_through()
        proc = victim(st.paths.root, token, "kill_after_response", rng.randrange(1, 4), YYT_TEST_BATCH="25")
        if proc.returncode == -signal.SIGKILL:
            killed += 1
            # the hub holds more than the station recorded: exactly the dangerous window
            assert hub.storage.counts(st.info.code)[0] > st.sync.state.acked_through() >= acked_before
        report = st.sync.run_once("test")
        assert report.ok, report.error
        compare(st.store, hub.storage, st.info.code)
    assert killed >= ROUNDS - 1


@pytest.mark.slow
def test_killed_in_the_middle_of_a_pull(hub, make_station):
    rng = random.Random(83)
    st = make_station()
    code = st.info.code
    token = Credentials(code).get()
    killed = 0
    for r in range(ROUNDS):
        now = utc_now()
        for i in range(rng.randrange(15, 40)):
            scope = "*" if rng.random() < 0.5 else code
            key = f"{'G' if scope == '*' else 'S'}{rng.randrange(30):03d}"
            payload = None if rng.random() < 0.15 else json.dumps({"n": r, "i": i, "name": "化肥"})
            hub.storage.publish("catalogue", key, payload, scope, now)
        if rng.random() < 0.3:  # sometimes the log is compacted under the station: 410 → snapshot
            hub.storage.compact_log(hub.storage.log_bounds()[1] - rng.randrange(0, 10))
        proc = victim(st.paths.root, token, "kill_mid_pull", rng.randrange(1, 25), YYT_TEST_PULL_PAGE="7")
        killed += proc.returncode == -signal.SIGKILL
        report = st.sync.run_once("test")
        assert report.ok, report.error
        want = hub_live(hub.storage, code)
        have = {(row[0], row[1]): row[2] for row in st.store.query("SELECT stream, key, yyt_open(payload) FROM platform_records")}
        assert have == want
        assert st.store.query_one("PRAGMA integrity_check")[0] == "ok"
    assert killed >= ROUNDS // 2
    compare(st.store, hub.storage, code)
