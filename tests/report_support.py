"""Shared pieces of the reports tests: a station with a generated history — fifteen months of
every service through the real services (``app.core.reports.sample``), 2023-01 … 2024-03 (in the past
whatever the machine's clock says, so the CLI can report on it), so a first month without a
baseline, a leap-day February (2024) and returns across month ends — made
once per session and copied per test; and the counts taken straight from the tables."""
# ruff: noqa: F401 - fixtures re-exported for the test modules

from __future__ import annotations

import datetime as _dt
import shutil
from contextlib import contextmanager

import pytest

from app.core.clock import ManualClock
from app.core.station import Station
from app.core.station_secrets import ID_HASH_KEY, StationSecrets
from app.core.users.model import Actor, Role
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CARRIER_PIN, CLERK_PIN, SUPERVISOR_PIN

START, END = _dt.date(2023, 1, 1), _dt.date(2024, 3, 31)
MONTHS = [f"{y}-{m:02d}" for y, m in [(2023, m) for m in range(1, 13)] + [(2024, m) for m in range(1, 4)]]
NOW = "2024-04-02T02:00:00Z"


@contextmanager
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def make_history(root, start=START, end=END, code="CQHIST01", town="龙凤镇", clock=None) -> Station:  # noqa: ANN001
    """A station (every role) with the generated history between two dates (the caller's keyring)."""
    from app.core.reports.sample import generate_history

    clock = clock or ManualClock(_dt.datetime(start.year, start.month, start.day, tzinfo=_dt.UTC))
    st = Station.create(DataPaths(root), code=code, name="龙凤村站", town=town, admin_username="admin",
                        admin_pin=ADMIN_PIN, clock=clock)
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, "王大山")
    st.users.add(admin, "supervisor", "supervisor", SUPERVISOR_PIN, "赵平")
    actors = user_actors(st)
    generate_history(st, actors["clerk"], actors["carrier"], start, end)
    return st


def user_actors(st: Station) -> dict[str, Actor]:
    return {r["username"]: Actor(r["id"], r["username"], Role(r["role"]), r["display_name"])
            for r in st.store.query("SELECT id, username, role, display_name FROM users")}


@pytest.fixture(scope="session")
def _history_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("history") / "station"
    with memory_keyring():
        st = make_history(root)
        key = StationSecrets(st.info.code).get(ID_HASH_KEY)  # the copies need it: their data is sealed
        code = st.info.code
        st.close()
    return root / "station.db", code, key


@pytest.fixture
def hist(_history_template, tmp_path):
    """The history station, copied for this test, its clock on 2 April 2024."""
    paths = DataPaths(tmp_path / "hist")
    paths.ensure()
    db, code, key = _history_template
    shutil.copy(db, paths.db)
    StationSecrets(code).set(ID_HASH_KEY, key)  # into this test's keyring
    st = Station.open(paths, clock=ManualClock(NOW), auto_backup=False)
    yield st
    st.close()


@pytest.fixture
def hactors(hist) -> dict[str, Actor]:
    return user_actors(hist)


def straight_month(conn, month: str, hours: int = 8, returns: str = "net",  # noqa: ANN001
                   statuses: tuple[str, ...] = ("in_station", "out_for_delivery", "picked_up", "delivered"),
                   upstream: str = "accepted_at") -> dict:
    """A month's subsidy figures counted straight from the tables with SQLite's own date functions."""
    shift = f"{hours:+d} hours"
    counted = list(statuses) + ([] if returns == "exclude" else ["returned"])
    marks = ", ".join("?" * len(counted))
    arrived = conn.execute(f"SELECT count(*) FROM parcels WHERE strftime('%Y-%m', checked_in_at, ?) = ?"
                           f" AND status IN ({marks})", (shift, month, *counted)).fetchone()[0]
    back = conn.execute("SELECT count(*) FROM parcels WHERE strftime('%Y-%m', returned_at, ?) = ?",
                        (shift, month)).fetchone()[0]
    up = conn.execute(f"SELECT count(*) FROM shipments WHERE strftime('%Y-%m', {upstream}, ?) = ?",
                      (shift, month)).fetchone()[0]
    produce = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT produce_category, count(*), sum(weight_g) FROM shipments WHERE produce = 1"
        f" AND strftime('%Y-%m', {upstream}, ?) = ? GROUP BY 1", (shift, month))}
    gross, kg, pieces = conn.execute(
        "SELECT coalesce(sum(m.gross_fen), 0), coalesce(sum(CASE WHEN l.unit = 'kg' THEN -m.qty_delta END), 0),"
        " coalesce(sum(CASE WHEN l.unit = 'piece' THEN -m.qty_delta END), 0) FROM consign_moves AS m"
        " JOIN consign_lots AS l ON l.id = m.lot_id WHERE m.kind IN ('sale', 'ship', 'void')"
        " AND strftime('%Y-%m', m.at, ?) = ?", (shift, month)).fetchone()
    return {"downstream": arrived - (back if returns == "net" else 0), "upstream": up, "produce": produce,
            "consign_gross_fen": gross, "consign_g": kg, "consign_pieces": pieces}
