"""Pull snapshots against the real hub on 127.0.0.1: what the platform withdraws while a station
reads a snapshot page by page is gone at the station when the snapshot ends."""

from __future__ import annotations

import json

from .helpers import sync_fixtures
from .helpers.proxy import FaultProxy
from .helpers.records import hub_live
from .helpers.sync_fixtures import utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station

PREADVICE_DDL = ("CREATE TABLE IF NOT EXISTS parcel_preadvice (tracking TEXT PRIMARY KEY, carrier TEXT, phone TEXT,"
                 " name TEXT, sender TEXT, received_at TEXT)")


def _on_pull(n: int, action) -> object:  # noqa: ANN001
    """A proxy plan that runs ``action()`` before the ``n``-th pull request reaches the hub."""
    pulls = {"n": 0}

    def plan(index: int, method: str, path: str) -> str:
        if "/pull" in path:
            pulls["n"] += 1
            if pulls["n"] == n:
                action()
        return "pass"

    return plan


def test_record_withdrawn_between_snapshot_pages_is_deleted(hub, make_station):
    st = make_station()
    code = st.info.code
    st.store.conn.execute(PREADVICE_DDL)
    now = utc_now()
    tag = code.lower()
    for i in range(10):
        hub.storage.publish("notices", f"{tag}-n{i}", json.dumps({"title": f"通知 {i}"}), "*", now)
    hub.storage.publish("preadvice", f"SF{tag}01", json.dumps({"carrier": "SF", "name": "王*"}), code, now)

    def withdraw_from_page_one() -> None:  # what the first page carried, withdrawn before the second
        hub.storage.publish("notices", f"{tag}-n0", None, "*", utc_now())
        hub.storage.publish("preadvice", f"SF{tag}01", None, code, utc_now())

    st.sync.pull_page = 3
    with FaultProxy(hub.port, plan=_on_pull(2, withdraw_from_page_one)) as proxy:
        st.sync.set_hub_url(proxy.url)
        report = st.sync.run_once("timer", push=False)
    assert report.ok and report.pages >= 3, report.as_dict()
    have = {(r[0], r[1]) for r in st.store.query("SELECT stream, key FROM platform_records")}
    live = set(hub_live(hub.storage, code))
    assert ("notices", f"{tag}-n0") not in have and ("preadvice", f"SF{tag}01") not in have
    assert have == live and ("notices", f"{tag}-n1") in have
    assert st.store.query_one("SELECT count(*) FROM parcel_preadvice")[0] == 0
    assert st.store.query_one("SELECT value FROM meta WHERE key = 'sync.in_snapshot'")[0] == "0"


def test_snapshot_sends_the_latest_version_only(hub, make_station):
    """A snapshot still leaves out superseded versions: a record published, changed and withdrawn
    travels once (as its withdrawal); one changed twice travels once (as its last version)."""
    st = make_station()
    code = st.info.code
    now = utc_now()
    hub.storage.publish("catalogue", f"{code}-gone", json.dumps({"v": 1}), code, now)
    hub.storage.publish("catalogue", f"{code}-gone", json.dumps({"v": 2}), code, now)
    hub.storage.publish("catalogue", f"{code}-gone", None, code, now)
    for v in (1, 2, 3):
        hub.storage.publish("catalogue", f"{code}-kept", json.dumps({"v": v}), code, now)
    mine = [e for e in hub.storage.pull(code, 0, 100_000, True).entries if e.key.startswith(code)]
    assert [(e.key, e.payload) for e in mine] == [(f"{code}-gone", None), (f"{code}-kept", json.dumps({"v": 3}))]
    assert st.sync.run_once("timer", push=False).ok
    rows = st.store.query("SELECT key, payload FROM platform_records WHERE stream = 'catalogue'")
    assert [(r[0], json.loads(r[1])) for r in rows if r[0].startswith(code)] == [(f"{code}-kept", {"v": 3})]
