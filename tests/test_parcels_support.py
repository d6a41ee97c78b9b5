"""Shared pieces for the parcels tests (imported by test_parcels_*, test_rounds*, test_outbound*).

``station`` and ``actors`` here replace the conftest ones for these modules: the station is the
same (a real SQLite file with one user of each role) but copied from a template made once per
session, and the actors are built from the user rows, so a test does not pay eight scrypt PIN
hashes. The CLI tests still sign in with real PINs.

Tracking numbers here are real formats (SF, YTO, S10 with its check digit) so that the carrier
detection runs for real.
"""

from __future__ import annotations

import shutil

import pytest

from app.core.clock import ManualClock
from app.core.station import Station
from app.core.users.model import Actor, Role
from app.core.validate.tracking import s10_check_digit
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, SUPERVISOR_PIN


@pytest.fixture(scope="session")
def _station_template(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("parcels-template") / "station")
    st = Station.create(paths, code="CQ0001", name="测试村站", admin_username="admin", admin_pin=ADMIN_PIN,
                        clock=ManualClock("2026-06-01T01:00:00Z"))
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, "王大山")
    st.users.add(admin, "supervisor", "supervisor", SUPERVISOR_PIN, "赵平")
    st.close()
    return paths.db


@pytest.fixture
def station(_station_template, paths, clock):
    paths.ensure()
    shutil.copy(_station_template, paths.db)
    st = Station.open(paths, clock=clock, auto_backup=False)
    yield st
    st.close()


@pytest.fixture
def actors(station) -> dict[str, Actor]:
    return {r["username"]: Actor(r["id"], r["username"], Role(r["role"]), r["display_name"])
            for r in station.store.query("SELECT id, username, role, display_name FROM users")}


def sf(i: int) -> str:
    return f"SF{i:013d}"


def yt(i: int) -> str:
    return f"YT{i:013d}"


def s10(i: int) -> str:
    serial = f"{i:08d}"
    return f"EA{serial}{s10_check_digit(serial)}CN"


def counts(station) -> tuple[int, int]:  # noqa: ANN001
    """(outbox rows, audit entries)."""
    q = station.store.query_one
    return q("SELECT count(*) FROM outbox")[0], q("SELECT count(*) FROM audit")[0]


def outbox(station, entity: str) -> list[dict]:  # noqa: ANN001
    import json

    return [json.loads(r[0]) for r in station.store.query(
        "SELECT yyt_open(payload) FROM outbox WHERE entity = ? ORDER BY seq", (entity,))]


def shelves(station, actors, spec: list[tuple[str, int, int]]) -> None:  # noqa: ANN001
    station.parcels.shelves.configure(actors["admin"], [{"shelf": s, "layers": n, "capacity": c} for s, n, c in spec])


@pytest.fixture
def parcels(station):
    return station.parcels


def test_tracking_helpers_make_valid_numbers():
    from app.core.validate.tracking import Carrier, detect_carrier

    assert detect_carrier(sf(1)).carrier == Carrier.SF
    assert detect_carrier(yt(2)).carrier == Carrier.YTO
    assert detect_carrier(s10(3)).carrier == Carrier.EMS
