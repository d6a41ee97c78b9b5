"""A run that stops half-way (link drop, cancel) never leaves records behind the ack mark, and an
answer is never recorded into a database that was replaced under the running sync. Against the
real hub on 127.0.0.1 (through the fault proxy where a link must drop)."""

from __future__ import annotations

from pathlib import Path

from app.core.db.backup import restore_into
from app.core.db.connection import open_connection
from app.core.sync.client import HubClient
from app.core.sync.credentials import Credentials
from app.core.sync.protocol import encode_batch

from .helpers import sync_fixtures
from .helpers.proxy import FaultProxy
from .helpers.records import compare, write_parcels
from .helpers.sync_fixtures import ADMIN_PIN

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


def _first_push_then(action: str, on_first=None):  # noqa: ANN001, ANN202
    """A proxy plan: the first push passes (after ``on_first()`` ran), later pushes get ``action``."""
    pushes = {"n": 0}

    def plan(index: int, method: str, path: str) -> str:
        if not path.endswith("/push"):
            return "pass"
        pushes["n"] += 1
        if pushes["n"] == 1:
            if on_first is not None:
                on_first()
            return "pass"
        return action

    return plan


def _acked(st) -> int:  # noqa: ANN001
    return st.sync.state.acked_through()


def test_restored_station_cut_off_after_a_batch_of_old_rows_loses_nothing(hub, make_station, tmp_path):
    """The reviewer's case: a restored station whose first batch holds only records the hub has;
    the hub answers with its own, higher mark; the link drops. The new records numbered below that
    mark must still reach the hub on the next run."""
    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    write_parcels(st.store, 20)  # 1..22 pending (2 set-up records + 20 parcels)
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")
    assert st.sync.run_once().ok
    write_parcels(st.store, 10)
    assert st.sync.run_once().ok and hub.storage.counts(st.info.code)[0] == 32
    st.maintenance.restore(admin, backup)  # acked 0, rows 1..22 (all on the hub already)
    new = write_parcels(st.store, 5)  # 23..27: numbers the hub holds for other records
    st.sync.sizer.size = st.sync.sizer.maximum = 20
    with FaultProxy(hub.port, plan=_first_push_then("drop_request")) as proxy:
        st.sync.set_hub_url(proxy.url)
        report = st.sync.run_once("timer")
    assert report.result == "failed" and report.error_class == "unreachable", report.as_dict()
    assert report.duplicates == 20 and report.batches == 1
    # the mark went no further than what was sent (1..20), although the hub stands at 32
    assert _acked(st) == 20 and st.sync.status().pending == 7
    st.sync.set_hub_url(hub.url)
    again = st.sync.run_once("timer")
    assert again.ok, again.as_dict()
    compare(st.store, hub.storage, st.info.code, hub_may_hold_more=True)
    on_hub = {r["entity_id"] for r in hub.storage.records(st.info.code)}
    assert set(new) <= on_hub


def test_mark_jumps_to_the_hubs_when_nothing_local_lies_in_between(hub, make_station, tmp_path):
    """The hub's mark passes the last row sent and the outbox holds nothing in between (here: a
    restored station; its later records reach the hub from the first install while the first batch
    is in flight): the station takes the hub's mark at once and numbers new records above it."""
    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    write_parcels(st.store, 18)  # 1..20
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")
    write_parcels(st.store, 12)  # 21..32, never synced from here
    later = encode_batch(st.sync.state.rows_after(0, 100), pending=0, sent_at="2026-06-01T01:00:00.000Z")
    st.maintenance.restore(admin, backup)  # rows 1..20, the hub holds nothing yet
    token = Credentials(st.info.code).get()

    def first_install_pushes() -> None:
        with HubClient(hub.url, token) as client:
            assert client.push(st.info.code, later)["acked_through"] == 32

    with FaultProxy(hub.port, plan=_first_push_then("pass", on_first=first_install_pushes)) as proxy:
        st.sync.set_hub_url(proxy.url)
        report = st.sync.run_once()
    assert report.ok and report.duplicates == 20 and report.batches == 1, report.as_dict()
    assert _acked(st) == 32 and st.sync.status().pending == 0
    write_parcels(st.store, 1)
    assert st.sync.state.last_seq() == 33  # never a number the hub holds for another record


def test_answer_is_not_recorded_into_a_database_replaced_mid_run(hub, make_station, tmp_path):
    """A restore that slipped past the sync lock replaces the database while a batch is in flight:
    the answer belongs to rows that are no longer there, so nothing is recorded and the run stops."""
    st = make_station()
    admin = st.users.authenticate("admin", ADMIN_PIN)
    backup = st.maintenance.backup(admin, tmp_path / "station-old.db")  # rows 1..2 only
    write_parcels(st.store, 20)  # 3..22
    st.sync.sizer.size = st.sync.sizer.maximum = 20
    db_path: Path = st.paths.db

    def replace_database() -> None:
        conn = open_connection(db_path)
        try:
            restore_into(conn, backup, tmp_path / "kept.db")
        finally:
            conn.close()

    with FaultProxy(hub.port, plan=_first_push_then("pass", on_first=replace_database)) as proxy:
        st.sync.set_hub_url(proxy.url)
        report = st.sync.run_once("timer")
    assert report.result == "failed" and report.error_code == "sync.outbox_replaced", report.as_dict()
    assert _acked(st) == 0  # nothing recorded in the restored database
    st.sync.set_hub_url(hub.url)
    new = write_parcels(st.store, 5)  # take numbers 3..7 locally: the hub holds other records there
    again = st.sync.run_once()
    assert again.ok, again.as_dict()
    compare(st.store, hub.storage, st.info.code, hub_may_hold_more=True)
    assert set(new) <= {r["entity_id"] for r in hub.storage.records(st.info.code)}
