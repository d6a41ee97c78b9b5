"""``make run``'s local hub: started as a subprocess, the demo station registered, enrolled and
synced on first use, pointed at the new port on later runs, stopped at exit."""

from __future__ import annotations

from app.core.demo import DEMO_USERS, build_demo
from app.core.station import Station
from app.core.sync.demo import DemoHub
from app.paths import DataPaths

from .conftest import ROOT
from .helpers.proxy import free_port


def test_demo_hub_enrols_syncs_and_stops(tmp_path):
    paths = DataPaths(tmp_path / "demo")
    build_demo(paths).close()
    admin = DEMO_USERS[0]
    hub = DemoHub(paths, ROOT)
    try:
        hub.start()
        hub.enroll_demo_station(admin.username, admin.pin, ROOT / "resources" / "tariff_default.json")
        assert any("enrolled" in n for n in hub.notes), hub.notes
    finally:
        hub.stop()
    assert hub.process.proc is None
    st = Station.open(paths, auto_backup=False)
    try:
        s = st.sync.status()
        assert s.enrolled and s.pending == 0 and s.last_success_at
        tariff = st.store.query_one("SELECT payload FROM platform_records WHERE stream = 'tariff'")
        assert tariff is not None and "first_weight_g" in tariff[0]
        assert st.store.query_one("SELECT count(*) FROM platform_records WHERE stream = 'preadvice'")[0] == 3
        # the demo's gateway answered every notice on the hub, and the answers came back
        assert any("notices answered" in n for n in hub.notes), hub.notes
        states = dict(st.store.query("SELECT status, count(*) FROM parcel_notices GROUP BY status"))
        assert set(states) == {"sent", "failed"} and states["failed"] >= 1
    finally:
        st.close()
    again = DemoHub(paths, ROOT)
    again.process.port = free_port()  # another port than last time: the stored address follows
    try:
        again.start()
        again.enroll_demo_station(admin.username, admin.pin)
        assert not any("enrolled" in n for n in again.notes)
    finally:
        again.stop()
    st = Station.open(paths, auto_backup=False)
    try:
        assert st.sync.hub_url() == again.url and st.sync.runs(1)[0]["result"] == "ok"
    finally:
        st.close()
