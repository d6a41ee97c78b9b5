"""The key of the resident-ID keyed hash lives in the OS keyring, not in the database (issue 16):
a copied station.db (or its WAL, or a backup) gives back nothing; an existing station's key is
moved out by a migration; a lost key is a clear error; the admin's recovery code brings it back;
backup and restore keep working on the same machine."""

from __future__ import annotations

import hashlib
import hmac
import shutil

import keyring
import pytest

from app.core.station import Station
from app.core.station_secrets import ID_HASH_KEY, StationSecrets
from app.paths import DataPaths

from .conftest import ADMIN_PIN, CLERK_PIN, FIXTURES, table_digests

RESIDENT_ID = "11010519491231002X"
SEND = ("parcel", "send", "--sender-name", "李四", "--sender-id", RESIDENT_ID, "--sender-phone", "13900001111",
        "--to-name", "王五", "--to-phone", "13700002222", "--to-address", "成都市武侯区某路 1 号",
        "--to-province", "四川", "--weight-g", "1200", "--contents", "脆李")
CLERK = {"user": "clerk", "pin": CLERK_PIN}


@pytest.fixture(autouse=True)
def clerk_shift(request):
    """Postage is cash: the station fixture's clerk has a shift open."""
    if "station" in request.fixturenames:
        st = request.getfixturevalue("station")
        st.cash.open(st.users.authenticate("clerk", CLERK_PIN), 0)
ADMIN = {"user": "admin", "pin": ADMIN_PIN}


def _files(paths: DataPaths) -> dict[str, bytes]:
    """Every file of the data folder (the database, its WAL, copies and backups)."""
    return {str(p.relative_to(paths.root)): p.read_bytes() for p in paths.root.rglob("*") if p.is_file()}


def _hash(key_hex: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), RESIDENT_ID.encode(), hashlib.sha256).hexdigest()


def test_the_key_is_in_the_keyring_and_in_no_file(station, cli, paths):
    cli.paths = paths
    r = cli(*SEND, **CLERK)
    assert r.code == 0, r.err
    key = StationSecrets(station.info.code).get(ID_HASH_KEY)
    assert key and len(bytes.fromhex(key)) == 32
    assert station.store.query_one("SELECT secret_salt FROM station")[0] == ""
    assert station.store.query_one("SELECT sender_id_hash FROM shipments")[0] == _hash(key)
    assert cli("backup", **ADMIN).code == 0
    for name, data in _files(paths).items():
        assert key.encode() not in data and bytes.fromhex(key) not in data, name


def test_an_existing_station_s_key_moves_out_of_every_file(tmp_path):
    paths = DataPaths(tmp_path / "station")
    paths.ensure()
    shutil.copy(FIXTURES / "station_v1.db", paths.db)
    old_backup = paths.backups / "station-20260101.db"
    shutil.copy(FIXTURES / "station_v1.db", old_backup)  # a daily backup from before the upgrade
    import sqlite3

    conn = sqlite3.connect(paths.db)
    code, salt = conn.execute("SELECT code, secret_salt FROM station").fetchone()
    conn.close()
    assert len(salt) == 64
    st = Station.open(paths)
    try:
        assert StationSecrets(code).get(ID_HASH_KEY) == salt  # the same key: old hashes still match
        assert st.secret_key == bytes.fromhex(salt)
        assert st.store.query_one("SELECT secret_salt FROM station")[0] == ""
    finally:
        st.close()
    files = _files(paths)
    assert any(".v1.bak" in name for name in files) and "backups/station-20260101.db" in files
    for name, data in files.items():
        assert salt.encode() not in data, name


def test_a_lost_key_is_a_clear_error_and_the_recovery_code_brings_it_back(station, cli, paths):
    cli.paths = paths
    assert cli(*SEND, **CLERK).code == 0
    first_hash = station.store.query_one("SELECT sender_id_hash FROM shipments")[0]
    assert cli("key", "export", **CLERK).json["error"]["code"] == "perm.denied"
    exported = cli("key", "export", **ADMIN)
    assert exported.code == 0, exported.err
    code = exported.json["recovery_code"]
    StationSecrets(station.info.code).delete(ID_HASH_KEY)  # the keyring lost it (a new PC, a wiped profile)
    before = table_digests(paths.db)
    lost = cli(*SEND, **CLERK)
    assert lost.code == 5 and lost.json["error"]["code"] == "secrets.key_missing", lost.err
    assert len(lost.err.splitlines()) == 1 and "Traceback" not in lost.err
    assert table_digests(paths.db) == before
    typo = cli("key", "import", "--code", code[:-1] + ("0" if code[-1] != "0" else "1"), **ADMIN)
    assert typo.code == 3 and typo.json["error"]["code"] == "secrets.recovery_code_invalid"
    assert cli("key", "import", "--code", code.lower().replace("-", " "), **ADMIN).code == 0
    assert cli(*SEND, **CLERK).code == 0
    hashes = [r[0] for r in station.store.query("SELECT sender_id_hash FROM shipments ORDER BY rowid")]
    assert hashes == [first_hash, first_hash]
    actions = [r[0] for r in station.store.query("SELECT action FROM audit WHERE action LIKE 'secrets.%' ORDER BY id")]
    assert actions == ["secrets.key_export", "secrets.key_import"]  # made inside the first send's transaction


def test_another_station_s_key_is_refused(station, cli, paths):
    cli.paths = paths
    assert cli(*SEND, **CLERK).code == 0
    StationSecrets(station.info.code).set(ID_HASH_KEY, "ab" * 32)
    before = table_digests(paths.db)
    r = cli(*SEND, **CLERK)
    assert r.code == 5 and r.json["error"]["code"] == "secrets.key_mismatch"
    assert table_digests(paths.db) == before


def test_backup_and_restore_on_the_same_machine(station, cli, paths, tmp_path):
    cli.paths = paths
    assert cli(*SEND, **CLERK).code == 0
    first_hash = station.store.query_one("SELECT sender_id_hash FROM shipments")[0]
    out = tmp_path / "copy.db"
    assert cli("backup", "--out", str(out), **ADMIN).code == 0
    assert cli(*SEND, **CLERK).code == 0
    assert cli("restore", str(out), **ADMIN).code == 0
    assert cli(*SEND, **CLERK).code == 0
    hashes = [r[0] for r in Station.open(paths).store.query("SELECT sender_id_hash FROM shipments ORDER BY rowid")]
    assert hashes == [first_hash, first_hash]


def test_without_a_keyring_the_counter_works_and_personal_data_waits(station, cli, paths, monkeypatch):
    from keyring.backends import fail

    cli.paths = paths
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr("app.core.station_secrets._platform_candidates", lambda: [])
    keyring.set_keyring(fail.Keyring())
    assert cli("parcel", "checkin", "SF1400000000101", "--phone", "13812341234", **CLERK).code == 0
    before = table_digests(paths.db)
    r = cli(*SEND, **CLERK)
    assert r.code == 5 and r.json["error"]["code"] == "secrets.no_keyring"
    assert table_digests(paths.db) == before


def test_an_upgrade_without_a_keyring_opens_and_moves_the_key_later(tmp_path, monkeypatch):
    from keyring.backends import fail

    memory = keyring.get_keyring()  # the tests' in-memory backend (conftest)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr("app.core.station_secrets._platform_candidates", lambda: [])
    keyring.set_keyring(fail.Keyring())
    paths = DataPaths(tmp_path / "station")
    paths.ensure()
    shutil.copy(FIXTURES / "station_v1.db", paths.db)
    st = Station.open(paths)  # the counter must open: the key stays where it was for now
    try:
        salt = st.store.query_one("SELECT secret_salt FROM station")[0]
        assert len(salt) == 64 and st.secret_key == bytes.fromhex(salt)
    finally:
        st.close()
    keyring.set_keyring(memory)  # a keyring works now: the next open moves the key
    st = Station.open(paths)
    try:
        assert st.store.query_one("SELECT secret_salt FROM station")[0] == ""
        assert StationSecrets(st.info.code).get(ID_HASH_KEY) == salt
    finally:
        st.close()
    for name, data in _files(paths).items():
        assert salt.encode() not in data, name
