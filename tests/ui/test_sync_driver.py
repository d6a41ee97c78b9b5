"""Background sync in the window, against the real hub on 127.0.0.1: "Sync now" on the Sync page,
the status bar going online, offline on an unreachable hub, and the counter staying usable while
a stalled sync holds the network worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ..helpers.hub_server import HubProcess
from ..helpers.proxy import FaultProxy, free_port
from ..helpers.sync_fixtures import hub, utc_now  # noqa: F401 - the module's hub fixture
from .conftest import sign_in


@pytest.fixture
def enrolled(station, actors, hub):  # noqa: F811 - pytest fixture injection
    code = hub.storage.add_station(station.info.code, station.info.name, "龙凤镇", utc_now())
    station.sync.enroll(actors["admin"], hub.url, code)
    station.sync.stall_s = 2.0
    return station


def _sync_page(qtbot, window):  # noqa: ANN202
    sign_in(qtbot, window, "clerk")
    window.sync._begin()  # start ticking now instead of after the start-up delay
    window.shell.open("sync")
    return window.shell.current_page


def test_not_enrolled_never_syncs_and_says_so(qtbot, make_window, station):
    window = make_window(background_sync=True)
    page = _sync_page(qtbot, window)
    page.refresh()
    assert "Not enrolled yet" in page.platform.text()
    assert not page.sync_button.isEnabled()
    assert not window.sync.sync_now() and window.sync.last_report is None


def test_sync_now_pushes_everything_and_goes_online(qtbot, make_window, enrolled, hub):  # noqa: F811
    window = make_window(background_sync=True, synchronous=False)
    page = _sync_page(qtbot, window)
    # the driver's first tick syncs at once (start-up); then the button asks for another run
    qtbot.waitUntil(lambda: window.sync.last_report is not None and not window.sync.running, timeout=20_000)
    assert window.sync.last_report.trigger == "timer"
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.last_report.trigger == "manual" and not window.sync.running, timeout=20_000)
    report = window.sync.last_report
    assert report.result == "ok", report.error
    status_bar = window.shell.status
    qtbot.waitUntil(lambda: status_bar.link.text() == "Online" and status_bar.stats.pending == 0, timeout=5000)
    last_seq = enrolled.store.query_one("SELECT max(seq) FROM outbox")[0]
    assert hub.storage.counts(enrolled.info.code)[0] == last_seq
    qtbot.waitUntil(lambda: page.pending.text() == "0", timeout=5000)
    assert page.last_run.text().startswith("OK:")


def test_unreachable_hub_shows_offline_and_backs_off(qtbot, make_window, enrolled):
    enrolled.sync.set_hub_url(f"http://127.0.0.1:{free_port()}")  # nobody listens there
    window = make_window(background_sync=True, synchronous=False)
    page = _sync_page(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.last_report is not None and not window.sync.running, timeout=20_000)
    assert window.sync.last_report.result == "failed"
    assert window.shell.status.link.text() == "Offline"
    assert window.sync.scheduler.seconds_until_due() > 0  # backing off, not hammering
    qtbot.waitUntil(lambda: "cannot be reached" in page.last_run.text(), timeout=5000)


def test_counter_keeps_working_while_a_sync_stalls(qtbot, make_window, enrolled, hub, actors):  # noqa: F811
    with FaultProxy(hub.port, plan=lambda i, method, path: "stall_response") as proxy:
        enrolled.sync.set_hub_url(proxy.url)
        window = make_window(background_sync=True, synchronous=False)
        page = _sync_page(qtbot, window)
        qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
        # the network worker is stuck; the database worker and the GUI are not
        window.shell.open("settings")
        settings = window.shell.current_page
        assert window.shell.current_key == "settings"
        done = []
        window.tasks.run_db(lambda st: st.settings.set(actors["admin"], "ui.idle_lock_minutes", 9), done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=3000)
        assert window.sync.running  # still stalled while the write went through
        assert settings.isVisible()
        qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
        assert window.sync.last_report.result == "failed"
        assert page is not None


def test_page_shows_runs_refused_records_and_checks_counts(qtbot, make_window, station, actors, tmp_path):
    own_hub = HubProcess(tmp_path / "own-hub").start()  # a hub of its own: nothing of other tests' stations
    try:
        code = own_hub.storage.add_station(station.info.code, station.info.name, "龙凤镇", utc_now())
        station.sync.enroll(actors["admin"], own_hub.url, code)
        _check_page(qtbot, make_window, station, actors)
    finally:
        own_hub.stop()
        own_hub.close_storage()


def _check_page(qtbot, make_window, enrolled, actors) -> None:  # noqa: ANN001
    # a poison record (refused by the platform) beside good ones, then one sync
    with enrolled.store.write(actor="clerk", action="probe", entity="probe", entity_id="x") as tx:
        tx.change("probes", "bad", "create", {"pin_hash": "not for the platform"})
    enrolled.users.add(actors["admin"], "wu", "clerk", "975310", "吴")
    assert enrolled.sync.run_once().ok
    window = make_window(background_sync=True, synchronous=False)
    page = _sync_page(qtbot, window)
    page.refresh()
    qtbot.waitUntil(lambda: page.runs.rowCount() >= 1 and page.refused.rowCount() == 1, timeout=10_000)
    assert "record.secret_field" in page.refused.texts(3)
    assert page.dead.text() == "1"
    qtbot.waitUntil(page.check_button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)  # check against the platform (F6)
    qtbot.waitUntil(lambda: page.differences.rowCount() > 0, timeout=10_000)
    kinds = dict(zip(page.differences.texts(0), zip(page.differences.texts(1), page.differences.texts(2),
                                                    strict=True), strict=True))
    assert kinds["users"][0] == kinds["users"][1] == "5"  # four of the fixture, plus wu
    assert "probes" not in kinds  # the refused record counts on neither side
    assert "exactly" in page.consistency.text()
