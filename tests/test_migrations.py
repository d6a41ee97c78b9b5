"""Numbered migrations: upgrading saved databases, refusing newer or foreign ones."""

import shutil
import sqlite3

import pytest

from app.core.db.connection import open_connection
from app.core.db.migrate import migrate
from app.core.db.migrations import LATEST, STEPS
from app.core.errors import StorageError
from app.core.station import Station
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CLERK_PIN, FIXTURES, table_digests


def test_steps_are_numbered_in_order():
    assert [s.VERSION for s in STEPS] == list(range(1, LATEST + 1))


def test_v1_database_upgrades_with_its_data(tmp_path, clock):
    paths = DataPaths(tmp_path / "old")
    paths.ensure()
    shutil.copy(FIXTURES / "station_v1.db", paths.db)
    station = Station.open(paths, clock=clock)
    try:
        assert station.store.query_one("PRAGMA user_version")[0] == LATEST
        assert station.info.code == "CQV10001" and station.info.name == "老版本村站"
        assert station.users.authenticate("clerk", CLERK_PIN).display_name == "张丽"
        admin = station.users.authenticate("admin", ADMIN_PIN)
        assert station.settings.get("station.opening_hours") == "09:00-17:30"
        assert station.maintenance.verify_audit(admin).ok
        if LATEST > 1:
            copy = paths.db.with_name("station.db.v1.bak")
            assert copy.exists()
            conn = sqlite3.connect(copy)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
            conn.close()
    finally:
        station.close()


def test_newer_database_is_refused_and_untouched(tmp_path):
    db = tmp_path / "station.db"
    shutil.copy(FIXTURES / "station_v1.db", db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = table_digests(db)
    conn = open_connection(db)
    with pytest.raises(StorageError) as e:
        migrate(conn, db)
    conn.close()
    assert e.value.code == "db.too_new" and e.value.fields["supported"] == LATEST
    assert table_digests(db) == before


def test_foreign_database_is_refused(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE x (a)")
    conn.close()
    conn = open_connection(db)
    with pytest.raises(StorageError) as e:
        migrate(conn, db)
    conn.close()
    assert e.value.code == "db.not_station"


def test_failed_step_rolls_back_and_keeps_version(tmp_path, monkeypatch):
    from app.core.db import migrate as mig

    db = tmp_path / "station.db"
    conn = open_connection(db)

    class Broken:
        VERSION = 1

        @staticmethod
        def apply(c):
            c.execute("CREATE TABLE half_done (a)")
            raise RuntimeError("disk full")

    monkeypatch.setattr(mig, "STEPS", (Broken,))
    with pytest.raises(RuntimeError):
        mig.migrate(conn, db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_fresh_station_is_at_latest(station):
    assert station.store.query_one("PRAGMA user_version")[0] == LATEST
    assert station.store.query_one("PRAGMA journal_mode")[0] == "wal"
    assert station.store.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert station.store.query_one("PRAGMA foreign_keys")[0] == 1
