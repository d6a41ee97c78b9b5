"""The station's sync engine against the real hub on 127.0.0.1: push, pull, reconcile, re-seat,
dead letters, restored hubs and stations, snapshots, clocks, status and consistency."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from app.core.clock import ManualClock
from app.core.errors import NotAllowed, Refused
from app.core.station import Station
from app.core.sync.credentials import SERVICE, Credentials
from app.paths import DataPaths

from .helpers import sync_fixtures
from .helpers.records import compare, hub_live, write_parcels
from .helpers.sync_fixtures import ADMIN_PIN, utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

PREADVICE_DDL = ("CREATE TABLE IF NOT EXISTS parcel_preadvice (tracking TEXT PRIMARY KEY, carrier TEXT, phone TEXT,"
                 " name TEXT, sender TEXT, received_at TEXT)")


def test_push_then_pull_and_every_record_matches(hub, make_station):
    st = make_station()
    code = st.info.code
    write_parcels(st.store, 120, per_tx=7)
    hub.storage.publish("tariff", "current", json.dumps({"version": 3, "first_weight_g": 1000}), "*", utc_now())
    report = st.sync.run_once("manual")
    assert report.ok, report.error
    assert report.pushed == 120 + 2 and report.duplicates == 0 and report.pulled >= 1
    assert report.bytes_up > 0 and report.bytes_down > 0
    compare(st.store, hub.storage, code)
    tariff = st.store.query_one("SELECT payload FROM platform_records WHERE stream = 'tariff' AND key = 'current'")
    assert json.loads(tariff[0])["version"] == 3
    # the pulled page is audited and made no change record
    assert st.store.query_one("SELECT count(*) FROM audit WHERE action = 'sync.pull'")[0] >= 1
    assert st.store.query_one("SELECT count(*) FROM outbox WHERE entity = 'platform_records'")[0] == 0
    audit_before = st.store.query_one("SELECT count(*) FROM audit")[0]
    again = st.sync.run_once("timer")
    assert again.ok and again.pushed == 0 and again.pulled == 0
    assert st.store.query_one("SELECT count(*) FROM audit")[0] == audit_before + 2  # an idle run: start, end
    runs = st.sync.runs()
    assert [r["result"] for r in runs[:2]] == ["ok", "ok"] and runs[1]["pushed"] == 122
    assert runs[1]["bytes_up"] > 0 and runs[1]["ended_at"] >= runs[1]["started_at"]


def test_status_and_consistency(hub, make_station, clock):
    st = make_station(clock=clock)
    write_parcels(st.store, 30)
    s = st.sync.status()
    assert s.enrolled and s.pending == 32 and s.last_success_at is None and s.oldest_pending_age_s == 0
    clock.advance(3600)
    assert st.sync.status().oldest_pending_age_s == 3600
    assert st.sync.run_once().ok
    s = st.sync.status()
    assert s.pending == 0 and s.oldest_pending_age_s is None and s.last_success_at and s.online
    c = st.sync.check_consistency()
    assert c.ok and c.station_counts == c.hub_counts == {"parcels": 30, "stations": 1, "users": 1}
    # the hub's own view (what `python -m hub counts` prints)
    assert hub.storage.counts(st.info.code) == (32, {"parcels": 30, "stations": 1, "users": 1})


def test_pending_only_acked_up_to_the_hub_and_runs_recorded_on_failure(hub, make_station):
    st = make_station()
    st.sync.set_hub_url("http://127.0.0.1:9")  # nothing listens there
    write_parcels(st.store, 5)
    report = st.sync.run_once("timer")
    assert report.result == "failed" and report.error_class == "unreachable"
    assert st.sync.status().pending == 7 and st.sync.status().online is False
    run = st.sync.runs(1)[0]
    assert run["result"] == "failed" and run["error_code"] == "sync.unreachable"
    st.sync.set_hub_url(hub.url)
    assert st.sync.run_once().ok and st.sync.status().pending == 0


def test_poison_record_is_dead_lettered_and_never_blocks(hub, make_station):
    st = make_station()
    write_parcels(st.store, 10)
    with st.store.write(actor="clerk", action="probe.bad", entity="parcels") as tx:
        tx.change("parcels", "p-bad", "frobnicate", {"id": "p-bad"})  # not an op the platform knows
        tx.change("users", "u-bad", "update", {"id": "u-bad", "pin_hash": "xx"})  # a secret must not leave
    write_parcels(st.store, 10)
    report = st.sync.run_once()
    assert report.ok and report.rejected == 2 and report.pushed == 22
    letters = st.sync.dead_letters()
    assert sorted(d.code for d in letters) == ["record.op_invalid", "record.secret_field"]
    assert st.sync.status().dead_letters == 2 and st.sync.status().pending == 0
    compare(st.store, hub.storage, st.info.code)
    assert st.sync.check_consistency().ok


def test_other_stations_data_is_forbidden(hub, make_station):
    a, b = make_station(), make_station()
    from app.core.sync.client import HubClient

    token_a = Credentials(a.info.code).get()
    with HubClient(hub.url, token_a) as client:
        with pytest.raises(NotAllowed) as e:
            client.push_state(b.info.code, 0, 0)
        assert e.value.code == "sync.token_rejected" and e.value.fields["status"] == 403
    with HubClient(hub.url, "yyt1_forged") as client, pytest.raises(NotAllowed):
        client.counts(a.info.code)


def test_hub_restored_from_an_older_backup_is_refilled(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 40)
    assert st.sync.run_once().ok
    old = hub.backup(tmp_path / "hub-old.db")
    write_parcels(st.store, 60)
    hub.storage.publish("notices", "n1", json.dumps({"title": "停电通知"}), "*", utc_now())
    assert st.sync.run_once().ok and st.sync.state.acked_through() == 102
    hub.restore(old)  # the hub now holds only the first 42
    assert hub.storage.counts(st.info.code)[0] == 42
    for i in range(5):  # the restored log grows past the station's old cursor with other records
        hub.storage.publish("notices", f"after-restore-{i}", json.dumps({"i": i}), "*", utc_now())
    report = st.sync.run_once()
    assert report.ok and report.pushed == 60, report.as_dict()
    compare(st.store, hub.storage, st.info.code)
    # the station re-read the platform log whole: what it holds is exactly the hub's live set
    live = hub_live(hub.storage, st.info.code)
    have = {(r[0], r[1]): r[2] for r in st.store.query("SELECT stream, key, yyt_open(payload) FROM platform_records")}
    assert have == live and ("notices", "n1") not in have and ("notices", "after-restore-4") in have


def test_restored_hub_whose_log_regrew_past_the_cursor_is_noticed(hub, make_station, tmp_path):
    """Nothing new to push (so push state cannot tell), but the platform log was rewritten under the
    station's pull cursor: the cursor's fingerprint no longer matches → 410 → a snapshot."""
    st = make_station()
    hub.storage.publish("notices", "kept", json.dumps({"title": "保留"}), "*", utc_now())
    assert st.sync.run_once().ok
    old = hub.backup(tmp_path / "hub-old.db")
    hub.storage.publish("notices", "lost", json.dumps({"title": "恢复后不存在"}), "*", utc_now())
    hub.storage.publish("notices", "lost2", json.dumps({"title": "恢复后不存在"}), "*", utc_now())
    assert st.sync.run_once().ok
    hub.restore(old)
    for i in range(6):  # the restored log grows past the station's cursor with other records
        hub.storage.publish("notices", f"new-{i}", json.dumps({"i": i}), "*", utc_now())
    assert st.sync.run_once().ok
    live = hub_live(hub.storage, st.info.code)
    have = {(r[0], r[1]): r[2] for r in st.store.query("SELECT stream, key, yyt_open(payload) FROM platform_records")}
    assert have == live and ("notices", "lost") not in have and ("notices", "new-0") in have


def test_lost_ack_is_recovered_from_push_state_without_resending(hub, make_station):
    st = make_station()
    write_parcels(st.store, 25)
    assert st.sync.run_once().ok
    write_parcels(st.store, 25)
    # the hub applied the batch but the station never recorded the answer
    from app.core.sync.client import HubClient
    from app.core.sync.protocol import encode_batch

    rows = st.sync.state.rows_after(st.sync.state.acked_through(), 1000)
    with HubClient(hub.url, Credentials(st.info.code).get()) as client:
        client.push(st.info.code, encode_batch(rows, pending=0, sent_at="2026-06-01T01:00:00.000Z"))
    report = st.sync.run_once()
    assert report.ok and report.pushed == 0 and report.already_there == 25 and report.batches == 0
    compare(st.store, hub.storage, st.info.code)


def test_restored_station_continues_after_the_hubs_mark(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 10)
    assert st.sync.run_once().ok
    admin = st.users.authenticate("admin", ADMIN_PIN)
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")
    write_parcels(st.store, 15)
    assert st.sync.run_once().ok  # the hub holds 1..27
    st.maintenance.restore(admin, backup)  # the station forgets 13..27
    st.sync.state.__init__(st.store)
    new = write_parcels(st.store, 5)
    report = st.sync.run_once()
    assert report.ok, report.as_dict()
    # the 5 new records were numbered 13..17 locally before the station knew where the hub stood:
    # the hub refused them there (it holds other records) and took them again after its mark
    compare(st.store, hub.storage, st.info.code, hub_may_hold_more=True)  # it lost 13..27 (the hub has them)
    on_hub = {r["entity_id"]: r["seq"] for r in hub.storage.records(st.info.code)}
    assert sorted(on_hub[e] for e in new) == [28, 29, 30, 31, 32]
    assert hub.storage.counts(st.info.code)[1]["parcels"] == 30


def test_reinstalled_station_reseats_its_records(hub, tmp_path, make_station):
    first = make_station()
    code = first.info.code
    write_parcels(first.store, 12)
    assert first.sync.run_once().ok
    token = Credentials(code).get()
    first.close()
    # a fresh install of the same station (same code, same token in the keyring), new outbox from 1
    from .helpers.sync_fixtures import create_station

    again = create_station(tmp_path / "reinstalled", code)
    try:
        with again.store.write(actor="system", action="sync.enroll") as tx:
            tx.execute("INSERT INTO meta (key, value) VALUES ('sync.hub_url', ?)", (hub.url,))
        assert Credentials(code).get() == token
        write_parcels(again.store, 4)
        report = again.sync.run_once()
        assert report.ok, report.as_dict()
        assert report.pushed == 6  # its 2 set-up records and 4 parcels, re-seated after the hub's 14
        compare(again.store, hub.storage, code, hub_may_hold_more=True)
        assert hub.storage.counts(code)[0] == 20
    finally:
        again.close()


def test_pull_pages_preadvice_and_snapshot_after_410(hub, make_station):
    st = make_station()
    st.store.conn.execute(PREADVICE_DDL)
    code = st.info.code
    now = utc_now()
    for i in range(12):
        hub.storage.publish("preadvice", f"SF10000000{i:02d}", json.dumps(
            {"tracking": f"SF10000000{i:02d}", "carrier": "SF", "phone": "138****1234", "name": "王*",
             "sender": "淘宝"}), code, now)
    hub.storage.publish("preadvice", "SF999", json.dumps({"carrier": "SF"}), "OTHER01", now)  # another station's
    st.sync.pull_page = 5
    report = st.sync.run_once()
    assert report.ok and report.pulled >= 12 and report.pages >= 3
    assert st.store.query_one("SELECT count(*) FROM parcel_preadvice")[0] == 12
    assert st.store.query_one("SELECT yyt_open(name) FROM parcel_preadvice WHERE tracking = 'SF1000000003'")[0] == "王*"
    # withdrawn on the platform, and the log compacted: the station's cursor is too old → snapshot
    hub.storage.publish("preadvice", "SF1000000003", None, code, now)
    hub.storage.publish("bill_types", "water", json.dumps({"name": "水费"}), "*", now)
    hub.storage.compact_log(hub.storage.log_bounds()[1])
    report = st.sync.run_once()
    assert report.ok, report.error and str(report.error)
    keys = {r[0] for r in st.store.query("SELECT key FROM platform_records WHERE stream = 'preadvice'")}
    assert len(keys) == 11 and "SF1000000003" not in keys
    assert st.store.query_one("SELECT count(*) FROM parcel_preadvice")[0] == 11
    assert st.store.query_one("SELECT 1 FROM platform_records WHERE stream = 'bill_types'") is not None
    assert st.store.query_one("SELECT value FROM meta WHERE key = 'sync.in_snapshot'")[0] == "0"


@pytest.mark.parametrize("device_time", ["2000-01-01T00:00:00Z", "2040-06-01T00:00:00Z"])
def test_device_clock_off_by_years(hub, make_station, device_time):
    clock = ManualClock(device_time)
    st = make_station(clock=clock)
    write_parcels(st.store, 20)
    hub.storage.publish("notices", "clock-" + device_time[:4], json.dumps({"title": "x"}), "*", utc_now())
    report = st.sync.run_once()
    assert report.ok and "clock_skew" in report.warnings and abs(report.skew_ms) > 5 * 60 * 1000
    compare(st.store, hub.storage, st.info.code)
    assert st.sync.status().clock_warning
    # the hub kept the device time, the HLC and its own receive time
    rec = hub.storage.records(st.info.code)[-1]
    assert rec["device_time"].startswith(device_time[:4]) and rec["received_at"][:4] not in ("2000", "2040")
    # merging the hub's clock moved a slow station's HLC forward; nothing orders by device time
    last_hlc = st.store.query_one("SELECT hlc FROM audit ORDER BY id DESC LIMIT 1")[0]
    if device_time.startswith("2000"):
        assert int(last_hlc[:13]) > 1_700_000_000_000


def test_no_keyring_is_a_clear_error(hub, make_station, monkeypatch):
    import keyring
    from keyring.backends import fail

    st = make_station(enroll=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr("app.core.station_secrets._platform_candidates", lambda: [])
    keyring.set_keyring(fail.Keyring())
    enrolment = hub.storage.add_station(st.info.code, "x", "", utc_now())
    admin = st.users.authenticate("admin", ADMIN_PIN)
    with pytest.raises(Refused) as e:
        st.sync.enroll(admin, hub.url, enrolment)
    assert e.value.code == "sync.no_keyring"
    assert st.sync.hub_url() is None  # nothing written, and the one-time code is not spent:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(st.paths.root / "xdg"))
    assert st.sync.enroll(admin, hub.url, enrolment)["station_code"] == st.info.code
    assert type(keyring.get_keyring()).__name__ == "PlaintextKeyring"
    assert keyring.get_password(SERVICE, st.info.code).startswith("yyt1_")
    # the token is nowhere in the station's files
    st.store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    token = keyring.get_password(SERVICE, st.info.code)
    assert token.encode() not in st.paths.db.read_bytes()


def test_two_syncs_at_once_in_one_process(hub, make_station):
    st = make_station()
    write_parcels(st.store, 5)
    other = Station.open(DataPaths(st.paths.root), auto_backup=False)
    try:
        assert st.sync.lock.acquire()
        try:
            report = other.sync.run_once()
            assert report.result == "busy" and report.error.code == "sync.busy"
            assert st.sync.status().running
        finally:
            st.sync.lock.release()
        assert other.sync.run_once().ok
    finally:
        other.close()


def test_compaction_keeps_counts_right(hub, make_station, clock):
    st = make_station(clock=clock)
    write_parcels(st.store, 30)
    assert st.sync.run_once().ok
    # 91 days later (by the hub's clock, as recorded in the runs), the acked rows may go
    st.store.conn.execute("UPDATE sync_runs SET hub_time = '2020-01-01T00:00:00.000Z'")
    write_parcels(st.store, 10)
    assert st.sync.compact() == 0  # nothing was acknowledged long enough ago by the hub's clock
    assert st.sync.run_once().ok  # a successful run compacts: everything acked at the old mark goes
    assert st.store.query_one("SELECT min(seq) FROM outbox")[0] == 33
    assert st.store.query_one("SELECT count(*) FROM outbox_compacted")[0] == 32
    c = st.sync.check_consistency()
    assert c.ok and c.station_counts["parcels"] == 40


def test_random_interleaving_of_writes_and_syncs(hub, make_station):
    st = make_station()
    rng = random.Random(5)
    for _ in range(12):
        write_parcels(st.store, rng.randrange(0, 40), rng, per_tx=rng.randrange(1, 9))
        st.sync.sizer.size = rng.choice([20, 50, 500])
        assert st.sync.run_once().ok
    compare(st.store, hub.storage, st.info.code)


def test_station_copy_under_another_code_cannot_use_the_token(hub, make_station, tmp_path):
    st = make_station()
    root = tmp_path / "copy"
    shutil.copytree(st.paths.root, root)
    copy = Station.open(DataPaths(root), auto_backup=False)
    try:
        copy.store.conn.execute("UPDATE station SET code = 'CQFAKE01'")
        copy.__dict__.pop("info", None)
        report = copy.sync.run_once()
        assert report.result == "failed" and report.error.code == "sync.token_missing"
    finally:
        copy.close()


def test_cancel_stops_between_batches(hub, make_station, monkeypatch):
    import threading

    from app.core.sync.state import LocalState

    st = make_station()
    write_parcels(st.store, 100, per_tx=50)
    st.sync.sizer.size = st.sync.sizer.maximum = 20
    cancel = threading.Event()
    original = LocalState.rows_after
    calls = {"n": 0}

    def rows_after(self, after, limit):  # noqa: ANN001, ANN202 - cancel once two batches went out
        calls["n"] += 1
        if calls["n"] == 3:
            cancel.set()
        return original(self, after, limit)

    monkeypatch.setattr(LocalState, "rows_after", rows_after)
    report = st.sync.run_once("manual", cancel)
    assert report.result == "cancelled" and 0 < report.pushed < 102 and report.pulled == 0
    assert st.sync.status().pending == 102 - report.pushed
    assert st.sync.runs(1)[0]["result"] == "cancelled"


def test_start_up_does_not_import_httpx_nor_the_hub():
    import subprocess
    import sys

    from .conftest import ROOT

    probe = ("import sys, app.main, app.core.station, app.core.sync, app.cli.main\n"
             "sys.exit(1 if 'httpx' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0
    # and the station never needs the hub's packages (they are the `hub` extra)
    probe = ("import importlib, pkgutil, sys, app.core.sync as s\n"
             "[importlib.import_module(m.name) for m in pkgutil.walk_packages(s.__path__, s.__name__ + '.')]\n"
             "from app.core.sync.client import HubClient\nHubClient('http://127.0.0.1:9').close()\n"
             "bad = [m for m in ('hub', 'fastapi', 'uvicorn', 'pydantic', 'starlette') if m in sys.modules]\n"
             "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_not_enrolled_runs_nothing_and_records_nothing(hub, make_station):
    st = make_station(enroll=False)
    report = st.sync.run_once("timer")
    assert report.result == "failed" and report.error.code == "sync.not_enrolled" and report.error_class == "refused"
    assert st.sync.runs() == [] and not st.sync.status().enrolled and st.sync.status().online is None
