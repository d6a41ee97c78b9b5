"""Pickup notices' sent/failed state, end to end through the real hub on 127.0.0.1: the station
pushes its notices, ``python -m hub notices answer|simulate`` publishes the gateway's answers on
the ``notice_status`` stream, a pull records them on the station's notices (once, however often
the record arrives), a withdrawal puts a notice back to "no answer", and a failed one is notified
again."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

from hub.cli import main as hub_main

from .helpers import sync_fixtures
from .helpers.sync_fixtures import ADMIN_PIN, utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


def run_hub(db, *args: str) -> tuple[int, dict, str]:  # noqa: ANN001
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = hub_main(["--db", str(db), "--json", *args])
    return code, json.loads(out.getvalue() or "{}"), err.getvalue()


def _notices(st) -> dict[str, tuple]:  # noqa: ANN001
    return {r[0]: (r[1], r[2]) for r in st.store.query("SELECT p.tracking, n.status, n.reason FROM parcel_notices n"
                                                       " JOIN parcels p ON p.id = n.parcel_id")}


def test_notice_answers_come_back_from_the_platform(hub, make_station):
    st = make_station()
    code = st.info.code
    admin = st.users.authenticate("admin", ADMIN_PIN)
    trackings = [f"SF{i:013d}" for i in range(1, 4)]
    ids = {t: st.parcels.inbound.checkin(admin, t, phone=f"1381234000{i}").notice_id for i, t in enumerate(trackings)}
    assert st.sync.run_once().ok

    rc, listed, _ = run_hub(hub.db, "notices", "list", code)
    assert rc == 0 and listed["count"] == 3 and {n["status"] for n in listed["notices"]} == {"queued"}
    assert all("****" in n["phone"] for n in listed["notices"])
    rc, answered, _ = run_hub(hub.db, "notices", "answer", code, ids[trackings[0]], "failed", "--reason", "号码停机")
    assert rc == 0 and answered["status"] == "failed"
    rc, sim, _ = run_hub(hub.db, "notices", "simulate", code, "--fail-every", "0")
    assert rc == 0 and sim == {"station_code": code, "sent": 2, "failed": 0}
    rc, _, err = run_hub(hub.db, "notices", "answer", code, "nope", "sent")
    assert rc == 4 and err.startswith("error[notice.unknown]")

    report = st.sync.run_once()
    assert report.ok and report.pulled == 3
    assert _notices(st) == {trackings[0]: ("failed", "号码停机"), trackings[1]: ("sent", ""), trackings[2]: ("sent", "")}
    h = st.parcels.search.history(admin, trackings[0])
    assert h.parcel.notice_status == "failed" and h.last_notice.status_local  # the platform's time, local

    # the same records again (a snapshot re-reads everything): nothing changes
    with st.store.write(actor="system", action="test") as tx:
        tx.execute("UPDATE meta SET value = '' WHERE key = 'sync.pull_cursor'")
    before = _notices(st)
    assert st.sync.run_once().ok and _notices(st) == before

    # the clerk notifies the failed one again; the gateway sends it; the platform withdraws an answer
    assert st.parcels.pickup.renotify(admin, [trackings[0]]) == [trackings[0]]
    assert st.sync.run_once().ok
    assert run_hub(hub.db, "notices", "simulate", code)[1]["sent"] == 1
    hub.storage.publish("notice_status", ids[trackings[1]], None, code, utc_now())
    assert st.sync.run_once().ok
    h = st.parcels.search.history(admin, trackings[0])
    assert [(n.kind, n.status) for n in h.notices] == [("pickup", "failed"), ("reminder", "sent")]
    assert _notices(st)[trackings[1]] == ("queued", "")
    assert st.maintenance.verify_audit(admin).ok
