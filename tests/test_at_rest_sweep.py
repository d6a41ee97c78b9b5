"""The suite-wide at-rest sweep (tests/helpers/sweep.py, run after every test by conftest's
``_sealed_stays_sealed``) finds what it must find: a sealed value planted back in clear, in the
database, a backup or as a JSON escape; and it does not take the hub's file for a station's."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from .conftest import CLERK_PIN
from .helpers.sweep import SealRecorder, clear_values_in, station_files

PHONE, NAME, ADDRESS = "13987654321", "司马光明", "石桥村二组八号"
CLERK = {"user": "clerk", "pin": CLERK_PIN}


def _checkin(cli, paths, recorder: SealRecorder) -> set[str]:  # noqa: ANN001
    recorder.take()
    cli.paths = paths
    r = cli("parcel", "checkin", "SF1400000000901", "--phone", PHONE, "--name", NAME, "--address", ADDRESS, **CLERK)
    assert r.code == 0, r.out
    return recorder.take()


def test_what_a_check_in_seals_is_recorded_and_not_found_in_clear(station, cli, paths, tmp_path, _seal_recorder):
    values = _checkin(cli, paths, _seal_recorder)
    assert {PHONE, NAME, ADDRESS} <= values  # the columns, and the phone inside the sealed payloads
    station.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    station.maintenance.backup(station.users.authenticate("admin", "135790"), tmp_path / "station" / "backups" / "manual.db")
    kinds = {p.name for p in station_files(tmp_path)}
    assert "station.db" in kinds and "manual.db" in kinds
    assert clear_values_in(tmp_path, values) == []


@pytest.mark.clear_at_rest  # it plants clear values on purpose
def test_a_value_planted_in_clear_is_found_in_the_database_a_copy_and_as_a_json_escape(station, cli, paths, tmp_path,
                                                                                       _seal_recorder):
    values = _checkin(cli, paths, _seal_recorder)
    station.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert clear_values_in(tmp_path, values) == []
    copy = tmp_path / "usb" / "old.db"
    copy.parent.mkdir()
    shutil.copyfile(paths.db, copy)
    with sqlite3.connect(copy) as c:
        c.execute("INSERT INTO meta (key, value) VALUES ('planted', ?)", (f'{{"to": "{ADDRESS}"}}',))
    with sqlite3.connect(paths.db) as c:
        c.execute("INSERT INTO meta (key, value) VALUES ('planted', ?)", ('{"n": "\\u53f8\\u9a6c\\u5149\\u660e"}',))
    station.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    found = {(v, p.name.removesuffix("-wal")) for v, p in clear_values_in(tmp_path, values)}  # a WAL counts too
    assert (ADDRESS, "old.db") in found and (NAME, "station.db") in found, found


@pytest.mark.clear_at_rest
def test_the_hubs_file_and_other_files_are_not_station_files(tmp_path):
    hub = tmp_path / "hub.db"
    with sqlite3.connect(hub) as c:
        c.execute("CREATE TABLE r (v TEXT)")
        c.execute("INSERT INTO r VALUES (?)", (PHONE,))
    (tmp_path / "export.csv").write_text(PHONE)
    (tmp_path / "station.log").write_text(f"phone {PHONE}")
    assert [p.name for p in station_files(tmp_path)] == ["station.log"]
    assert [p.name for _, p in clear_values_in(tmp_path, {PHONE})] == ["station.log"]
