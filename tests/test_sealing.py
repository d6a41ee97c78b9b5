"""Personal data at rest (issue 13 part 4): full phones, names and addresses are sealed in the
file and read back opened; lookups by tail and by name keep working; a station without a keyring
writes in clear and is sealed at the first open with one; a lost key is a clear error that the
recovery code cures."""

from __future__ import annotations

import sqlite3

import keyring
import pytest

from app.core.sealing import PREFIX, SEALED_COLUMNS, FieldCipher, OpenFailed
from app.core.station import Station
from app.core.station_secrets import ID_HASH_KEY, StationSecrets

from .conftest import ADMIN_PIN, CLERK_PIN

PHONE, NAME, ADDRESS = "13912345678", "欧阳明远", "龙凤村三组十七号"
CLERK = {"user": "clerk", "pin": CLERK_PIN}
ADMIN = {"user": "admin", "pin": ADMIN_PIN}


def _checkin(cli, n: int = 1) -> None:  # noqa: ANN001
    r = cli("parcel", "checkin", f"SF14000000001{n:02d}", "--phone", PHONE, "--name", NAME, "--address", ADDRESS,
            **CLERK)
    assert r.code == 0, r.out


def _raw(paths) -> bytes:  # noqa: ANN001
    return b"".join(p.read_bytes() for p in paths.root.rglob("*") if p.is_file() and p.suffix != ".log")


def test_a_cipher_seals_opens_and_refuses_another_key():
    a, b = FieldCipher(b"a" * 32), FieldCipher(b"b" * 32)
    sealed = a.seal(PHONE)
    assert sealed.startswith(PREFIX) and PHONE not in sealed and a.seal(PHONE) != sealed  # a fresh nonce each time
    assert a.open(sealed) == PHONE and a.seal(sealed) == sealed and a.seal("") == "" and a.seal(None) is None
    assert a.open("plain") == "plain"
    with pytest.raises(OpenFailed):
        b.open(sealed)
    with pytest.raises(OpenFailed):
        a.open(sealed[:-2] + ("A" if sealed[-2] != "A" else "B") + sealed[-1])  # one character changed
    assert a.lookup(NAME) == a.lookup(NAME) != b.lookup(NAME) and a.lookup("") == ""


def test_a_check_in_is_sealed_in_every_table_and_reads_back(station, cli, paths):
    cli.paths = paths
    _checkin(cli)
    raw = {c: station.store.query_one(f"SELECT {c} FROM parcels")[0] for c in ("phone", "name", "address")}
    assert all(v.startswith(PREFIX) for v in raw.values()), raw
    assert station.store.query_one("SELECT phone_tail FROM parcels")[0] == "5678"
    payloads = [r[0] for r in station.store.query("SELECT payload FROM outbox WHERE entity IN ('parcels', 'notices')")]
    assert payloads and all(p.startswith(PREFIX) for p in payloads)
    station.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = _raw(paths)
    for value in (PHONE, NAME, ADDRESS):
        assert value.encode() not in data, value
    # a clerk still finds it by tail, by full phone and by name, and sees it masked
    for query in ("5678", PHONE, NAME):
        r = cli("parcel", "search", query, **CLERK)
        assert r.code == 0 and len(r.json["parcels"]) == 1, (query, r.out)
        assert r.json["parcels"][0]["phone"] == "139****5678" and r.json["parcels"][0]["name"] == "欧***"


def test_without_a_keyring_values_wait_in_clear_and_the_next_open_seals_them(station, cli, paths, monkeypatch):
    from keyring.backends import fail

    memory = keyring.get_keyring()
    cli.paths = paths
    station.close()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr("app.core.station_secrets._platform_candidates", lambda: [])
    keyring.set_keyring(fail.Keyring())
    _checkin(cli)  # the counter keeps working
    st = Station.open(paths)
    try:
        assert st.store.query_one("SELECT phone FROM parcels")[0] == PHONE
        assert st.store.query_one("SELECT 1 FROM meta WHERE key = 'secrets.sealed'") is None
    finally:
        st.close()
    keyring.set_keyring(memory)
    st = Station.open(paths)  # a keyring works now: everything is sealed, the WAL truncated
    try:
        for table, cols in SEALED_COLUMNS.items():
            for c in cols:
                clear = st.store.query_one(f"SELECT count(*) FROM {table} WHERE {c} <> '' AND {c} NOT LIKE 'enc1:%'")
                assert clear[0] == 0, (table, c)
        assert st.store.query_one("SELECT yyt_open(phone) FROM parcels")[0] == PHONE
        assert st.store.query_one("SELECT name_hash FROM parcels")[0] == st.store.cipher().lookup(NAME)
        audit = st.store.query_one("SELECT summary FROM audit WHERE action = 'secrets.sealed'")
        assert audit is not None and '"parcels":1' in audit[0]
    finally:
        st.close()
    data = _raw(paths)
    assert PHONE.encode() not in data and NAME.encode() not in data and ADDRESS.encode() not in data
    r = cli("parcel", "search", NAME, **CLERK)
    assert r.code == 0 and len(r.json["parcels"]) == 1


def test_a_lost_key_is_a_clear_error_and_the_recovery_code_brings_everything_back(station, cli, paths):
    cli.paths = paths
    _checkin(cli)
    code = cli("key", "export", **ADMIN).json["recovery_code"]
    StationSecrets("CQ0001").delete(ID_HASH_KEY)  # a new Windows profile, a wiped keyring
    station.close()
    r = cli("parcel", "search", "5678", **CLERK)
    assert r.code == 5 and r.json["error"]["code"] == "secrets.key_missing", r.out
    r = cli("parcel", "checkin", "SF1400000000199", "--phone", "13900000000", **CLERK)
    assert r.code == 5 and r.json["error"]["code"] == "secrets.key_missing", r.out
    assert cli("key", "import", "--code", code, **ADMIN).code == 0
    r = cli("parcel", "search", "5678", **CLERK)
    assert r.code == 0 and r.json["parcels"][0]["phone"] == "139****5678"


def test_a_sealed_record_reaches_the_hub_in_clear_and_the_digest_agrees(station, actors):
    """The outbox keeps the payload sealed; what is pushed (ROW_COLUMNS) and the digest lines
    are the clear record's, as the hub takes them."""
    import json

    from app.core.db.codec import sha256_hex
    from app.core.sync.protocol import ROW_COLUMNS
    from app.core.sync.state import LocalState

    station.parcels.inbound.checkin(actors["clerk"], "SF1400000000101", phone=PHONE, name=NAME)
    rows = station.store.query(f"SELECT {ROW_COLUMNS} FROM outbox WHERE entity = 'parcels'")
    assert json.loads(rows[0]["payload"])["phone"] == PHONE
    stored = station.store.query_one("SELECT payload, payload_hash FROM outbox WHERE entity = 'parcels'")
    assert stored[1] == sha256_hex(stored[0])  # the file holds no hash of the clear record
    line = next(x for x in LocalState(station.store).lines(0, 10 ** 9) if x[0] == rows[0]["seq"])
    assert line[2] == sha256_hex(rows[0]["payload"])


def test_a_certificate_kept_in_clear_by_an_older_version_is_sealed_at_the_next_open(station, actors, paths):
    farmer = station.consignment.farmers.add(actors["clerk"], name="何永福", phone="13512340000", village="龙凤村")
    cert = {"origin": "巫山县龙凤村", "producer": "司马守田", "contact": "13912340019", "basis": "self_promise"}
    lot = station.consignment.intake.take_in(actors["clerk"], farmer.code, product="巫山脆李", grade="一级",
                                             unit="kg", qty="60", price_fen=800, cert=cert)
    sealed = station.store.query_one("SELECT cert FROM consign_lots")[0]
    clear = station.store.cipher().open(sealed)
    assert sealed.startswith(PREFIX) and "13912340019" in clear
    # what version 1 left: the certificate in clear, the pass marked done
    station.close()
    conn = sqlite3.connect(paths.db)
    (guard,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'consign_lots_no_update'").fetchone()
    with conn:
        conn.execute("DROP TRIGGER consign_lots_no_update")
        conn.execute("UPDATE consign_lots SET cert = ?", (clear,))
        conn.execute(guard)
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'secrets.sealed'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert b"13912340019" in paths.db.read_bytes()

    st = Station.open(paths)
    try:
        assert st.store.query_one("SELECT cert FROM consign_lots")[0].startswith(PREFIX)
        assert st.store.query_one("SELECT value FROM meta WHERE key = 'secrets.sealed'")[0] == "2"
        audit = st.store.query_one("SELECT summary FROM audit WHERE action = 'secrets.sealed' ORDER BY rowid DESC")
        assert '"consign_lots":1' in audit[0]
        shown = st.consignment.intake.get(actors["clerk"], lot.code).certificate
        assert (shown.producer, shown.contact) == ("司***", "139****0019")  # reads back, masked as before
        with pytest.raises(sqlite3.IntegrityError):  # the guard is back
            st.store.conn.execute("UPDATE consign_lots SET grade = '二级'")
    finally:
        st.close()
    assert b"13912340019" not in paths.db.read_bytes() and "司马守田".encode() not in _raw(paths)
