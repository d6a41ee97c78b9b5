"""Restore and sync never overlap, and a station never takes another station's backup: a restore
holds the station's sync lock (refused with ``sync.busy`` while a sync runs, in this process or
another), and a backup whose station code differs is refused (``restore.other_station``)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from app.core.errors import InvalidInput, Refused
from app.paths import DataPaths

from .conftest import ROOT, Cli, table_digests
from .helpers import sync_fixtures
from .helpers.proxy import FaultProxy
from .helpers.records import compare, write_parcels
from .helpers.sync_fixtures import ADMIN_PIN, create_station

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


def _files(st) -> set[str]:  # noqa: ANN001
    return {p.name for p in st.paths.backups.iterdir()} if st.paths.backups.exists() else set()


def test_restore_while_a_sync_runs_is_refused_and_changes_nothing(hub, make_station, tmp_path):
    """The window's background sync is mid-batch (held at the proxy) when a restore comes in."""
    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")
    write_parcels(st.store, 30)
    in_flight, release = threading.Event(), threading.Event()

    def plan(index: int, method: str, path: str) -> str:
        if path.endswith("/push") and not in_flight.is_set():
            in_flight.set()
            release.wait(30)
        return "pass"

    reports = []
    with FaultProxy(hub.port, plan=plan) as proxy:
        st.sync.set_hub_url(proxy.url)
        worker = threading.Thread(target=lambda: reports.append(st.sync.run_once("timer")))
        worker.start()
        try:
            assert in_flight.wait(30)
            before, files = table_digests(st.paths.db), _files(st)
            with pytest.raises(Refused) as e:
                st.maintenance.restore(admin, backup)
            assert e.value.code == "sync.busy"
            assert table_digests(st.paths.db) == before and _files(st) == files  # nothing replaced, nothing kept
        finally:
            release.set()
            worker.join(60)
    assert reports[0].ok, reports[0].as_dict()
    compare(st.store, hub.storage, st.info.code)
    st.maintenance.restore(admin, backup)  # once the sync is over, the restore goes through
    assert st.sync.state.acked_through() == 0 and st.sync.run_once().ok


def test_cli_restore_is_refused_while_another_process_syncs(hub, make_station, tmp_path, monkeypatch):
    from app.core.sync.credentials import Credentials

    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")
    holder = subprocess.Popen([sys.executable, "-m", "tests.helpers.sync_victim", str(st.paths.root),
                               Credentials(st.info.code).get(), "hold_lock"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    cli = Cli(DataPaths(st.paths.root), monkeypatch)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        before = table_digests(st.paths.db)
        r = cli("restore", str(backup), user="admin", pin=ADMIN_PIN)
        assert r.code == 5 and r.json["error"]["code"] == "sync.busy", r
        assert r.err.startswith("error[sync.busy]: ") and len(r.err.strip().splitlines()) == 1
        assert table_digests(st.paths.db) == before
    finally:
        holder.stdin.close()
        holder.wait(30)
    r = cli("restore", str(backup), user="admin", pin=ADMIN_PIN)
    assert r.code == 0, r


def test_backup_of_another_station_is_refused(tmp_path, monkeypatch):
    mine = create_station(tmp_path / "mine", "CQA00001")
    other = create_station(tmp_path / "other", "CQB00002")
    try:
        theirs = other.maintenance.backup(other.users.authenticate("admin", ADMIN_PIN), tmp_path / "other.db")
        admin = mine.users.authenticate("admin", ADMIN_PIN)
        before, files = table_digests(mine.paths.db), _files(mine)
        with pytest.raises(InvalidInput) as e:
            mine.maintenance.restore(admin, theirs)
        assert e.value.code == "restore.other_station"
        assert e.value.fields == {"path": str(theirs), "station_code": "CQB00002", "this_station": "CQA00001"}
        assert table_digests(mine.paths.db) == before and _files(mine) == files
        r = Cli(DataPaths(mine.paths.root), monkeypatch)("restore", str(theirs), user="admin", pin=ADMIN_PIN)
        assert r.code == 3 and r.json["error"]["code"] == "restore.other_station"
        assert "CQB00002" in r.err and "CQA00001" in r.err
        assert table_digests(mine.paths.db) == before
    finally:
        mine.close()
        other.close()
