"""Fixtures for the sync tests: the real hub on 127.0.0.1 (one per test module) and enrolled stations.

Import them into a test module with ``from .helpers.sync_fixtures import hub, make_station  # noqa: F401``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.clock import ManualClock
from app.core.station import Station
from app.paths import DataPaths

from .hub_server import HubProcess

ADMIN_PIN = "135790"
_codes = itertools.count(1)


BACKENDS = ("sqlite", "postgres")


@pytest.fixture(scope="module", params=BACKENDS)
def hub(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """The real hub for a test module, once on SQLite and once on PostgreSQL (the whole module
    runs against each; the PostgreSQL run fails when the cluster is expected and missing)."""
    proc = HubProcess(tmp_path_factory.mktemp("hub"), backend=request.param).start()
    yield proc
    proc.stop()
    proc.close_storage()
    proc.drop()


def storage_not_involved(hub: HubProcess) -> None:
    """For a test of the HTTP layer or of the station alone (stalled bodies, status probes): run
    once, on SQLite; the PostgreSQL run is skipped with this reason, to keep CI short."""
    if hub.backend != "sqlite":
        pytest.skip("HTTP layer / station only: the storage backend plays no part (run on SQLite)")


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def new_code() -> str:
    return f"CQT{next(_codes):05d}"


def create_station(root: Path, code: str, clock: ManualClock | None = None) -> Station:
    return Station.create(DataPaths(root), code=code, name="同步测试站", admin_username="admin",
                          admin_pin=ADMIN_PIN, clock=clock or ManualClock("2026-06-01T01:00:00Z"))


@pytest.fixture
def make_station(tmp_path: Path, hub: HubProcess) -> Iterator[Callable[..., Station]]:
    """``make_station(code=None, clock=None, url=None, enroll=True)``: a new station, registered on
    the hub and enrolled (token in the test's in-memory keyring), with a 2 s stall timeout."""
    opened: list[Station] = []

    def make(code: str | None = None, clock: ManualClock | None = None, url: str | None = None,
             enroll: bool = True) -> Station:
        code = code or new_code()
        st = create_station(tmp_path / code, code, clock)
        opened.append(st)
        st.sync.stall_s = 2.0
        if enroll:
            enrolment = hub.storage.add_station(code, "同步测试站", "龙凤镇", utc_now())
            admin = st.users.authenticate("admin", ADMIN_PIN)
            st.sync.enroll(admin, url or hub.url, enrolment)
        return st

    yield make
    for st in opened:
        st.close()
