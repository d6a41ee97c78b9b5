"""Daily automatic backups with rotation; verified restore."""

import sqlite3

import pytest

from app.core.db.backup import inspect_station_file
from app.core.db.migrations import LATEST
from app.core.errors import InvalidInput, NotAllowed, NotFound, StorageError
from app.core.station import Station

from .conftest import table_digests


def backups(paths):
    return sorted(p.name for p in paths.backups.glob("station-*.db"))


def test_first_open_of_each_day_backs_up_and_keeps_fourteen(station, paths, clock):
    assert backups(paths) == []  # creating the station is not opening it
    station.close()
    for _day in range(20):
        for _ in range(2):  # a second open the same day adds nothing
            Station.open(paths, clock=clock).close()
        clock.advance(86400)
    names = backups(paths)
    assert len(names) == 14
    assert names[-1] == "station-20260620.db" and names[0] == "station-20260607.db"
    assert inspect_station_file(paths.backups / names[-1]) == LATEST


def test_manual_backup_is_a_consistent_station_file(station, actors, tmp_path):
    out = station.maintenance.backup(actors["admin"], tmp_path / "copy.db")
    assert inspect_station_file(out) == LATEST
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 4
    conn.close()
    for role in ("clerk", "carrier", "supervisor"):  # a copy holds every full phone number
        with pytest.raises(NotAllowed):
            station.maintenance.backup(actors[role], tmp_path / "c2.db")
    last = station.store.query_one("SELECT actor, action, summary FROM audit ORDER BY id DESC LIMIT 1")
    assert (last[0], last[1]) == ("admin", "backup.make") and "copy.db" in last[2]


def test_restore_brings_back_old_data_and_keeps_the_replaced_file(station, actors, tmp_path, clock):
    snap = station.maintenance.backup(actors["admin"], tmp_path / "snap.db")
    station.users.add(actors["admin"], "later", "clerk", "975310")
    kept = station.maintenance.restore(actors["admin"], snap)
    names = [u.username for u in station.users.list(actors["admin"])]
    assert "later" not in names
    assert kept.exists()
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT count(*) FROM users WHERE username = 'later'").fetchone()[0] == 1
    conn.close()
    last = station.store.query_one("SELECT action FROM audit ORDER BY id DESC LIMIT 1")[0]
    assert last == "backup.restore"
    assert station.maintenance.verify_audit(actors["admin"]).ok


@pytest.mark.parametrize("kind,exc,code", [
    ("missing", NotFound, "restore.missing"),
    ("text", InvalidInput, "restore.not_station"),
    ("foreign", InvalidInput, "restore.not_station"),
    ("corrupt", InvalidInput, "restore.corrupt"),
    ("newer", StorageError, "db.too_new"),
])
def test_restore_refuses_bad_files_and_changes_nothing(station, actors, tmp_path, kind, exc, code):
    bad = tmp_path / f"{kind}.db"
    if kind == "text":
        bad.write_text("not a database")
    elif kind == "foreign":
        c = sqlite3.connect(bad)
        c.execute("CREATE TABLE t (a)")
        c.close()
    elif kind in ("corrupt", "newer"):
        good = station.maintenance.backup(actors["admin"], tmp_path / "good.db")
        if kind == "newer":
            c = sqlite3.connect(good)
            c.execute(f"PRAGMA user_version = {LATEST + 5}")
            c.close()
            good.rename(bad)
        else:
            data = bytearray(good.read_bytes())
            page = 4096
            for i in range(page * 2 + 100, min(len(data), page * 5), 7):  # scribble over b-tree pages
                data[i] = 0xFF
            bad.write_bytes(bytes(data))
    before = table_digests(station.paths.db)
    with pytest.raises(exc) as e:
        station.maintenance.restore(actors["admin"], bad)
    assert e.value.code == code
    assert table_digests(station.paths.db) == before
    assert not list(station.paths.backups.glob("replaced-*"))


def test_only_admin_restores(station, actors, tmp_path):
    snap = station.maintenance.backup(actors["admin"], tmp_path / "snap.db")
    with pytest.raises(NotAllowed):
        station.maintenance.restore(actors["clerk"], snap)


def test_a_failing_daily_backup_does_not_stop_the_station_opening(station, paths, clock):
    station.close()
    paths.backups.rmdir()
    paths.backups.write_text("a file where the backups folder should be")  # mkdir/backup will fail
    clock.advance(86400)
    reopened = Station.open(paths, clock=clock)  # opens anyway
    try:
        assert reopened.users.get("clerk").username == "clerk"
    finally:
        reopened.close()


def test_two_openers_migrating_at_once_apply_each_step_once(tmp_path):
    import shutil
    import threading

    from app.core.db.connection import open_connection
    from app.core.db.migrate import migrate

    from .conftest import FIXTURES

    db = tmp_path / "station.db"
    shutil.copy(FIXTURES / "station_v1.db", db)
    conns = [open_connection(db), open_connection(db)]
    errors = []

    def run(conn) -> None:  # noqa: ANN001
        try:
            migrate(conn, db)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert conns[0].execute("PRAGMA user_version").fetchone()[0] == LATEST
    for c in conns:
        c.close()
