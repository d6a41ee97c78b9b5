"""The background helper on real threads (database worker, network worker, results on the GUI
thread) and the bus relaying commits made on a worker."""

from __future__ import annotations

import threading

import pytest

from app.core.errors import NotFound
from app.ui.bus import Bus
from app.ui.tasks import Tasks


@pytest.fixture
def tasks(qapp, station):
    t = Tasks(station)
    yield t
    t.shutdown()


def test_db_job_runs_on_one_worker_and_calls_back_on_the_gui_thread(qtbot, tasks):
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    results: list[tuple[str, int]] = []

    def job(st):  # noqa: ANN001, ANN202
        seen.append((threading.get_ident(), id(st.store.conn)))
        return st.info.code

    for _ in range(3):
        tasks.run_db(job, lambda code: results.append((code, threading.get_ident())))
    qtbot.waitUntil(lambda: len(results) == 3)
    assert {t for t, _ in seen} != {gui} and len({t for t, _ in seen}) == 1  # one worker thread
    assert len({c for _, c in seen}) == 1  # with its own connection
    assert id(tasks.station.store.conn) != seen[0][1]  # not the GUI thread's
    assert results == [("CQ0001", gui)] * 3
    assert tasks.pending == 0


def test_network_jobs_use_another_worker(qtbot, tasks):
    threads: dict[str, int] = {}
    release = threading.Event()
    done: list[str] = []

    def slow_net():  # noqa: ANN202 - blocks until released: the database worker must not wait for it
        threads["net"] = threading.get_ident()
        release.wait(5)
        return "net"

    tasks.run_net(slow_net, done.append)
    tasks.run_db(lambda st: threads.setdefault("db", threading.get_ident()) and "db", done.append)
    qtbot.waitUntil(lambda: done == ["db"])
    release.set()
    qtbot.waitUntil(lambda: done == ["db", "net"])
    assert threads["net"] != threads["db"]


def test_errors_come_back_typed(qtbot, tasks):
    errors: list[BaseException] = []
    tasks.run_db(lambda st: st.users.get("nobody"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], NotFound) and errors[0].code == "user.not_found"
    with qtbot.waitSignal(tasks.failed, timeout=3000) as blocker:
        tasks.run_db(lambda st: st.users.get("nobody"))  # no on_error: the window's handler
    assert isinstance(blocker.args[0], NotFound)


def test_synchronous_mode_runs_inline(station, qapp):
    tasks = Tasks(station, synchronous=True)
    out: list[str] = []
    tasks.run_db(lambda st: st.info.name, out.append)
    assert out == ["测试村站"]  # before run_db returned


def test_bus_relays_a_commit_made_on_the_worker(qtbot, tasks, station, actors):
    bus = Bus()
    bus.attach(station.store)
    received: list[tuple[str, int]] = []
    bus.committed.connect(lambda ev: received.append((ev.action, threading.get_ident())))
    admin = actors["admin"]
    tasks.run_db(lambda st: st.settings.set(admin, "ui.idle_lock_minutes", 7))
    qtbot.waitUntil(lambda: bool(received))
    assert received == [("settings.set", threading.get_ident())]  # delivered on the GUI thread
    bus.detach()
    station.settings.set(admin, "ui.idle_lock_minutes", 8)  # on this thread: a relay would be immediate
    assert len(received) == 1


def test_a_result_for_a_screen_deleted_meanwhile_is_dropped(qtbot, tasks):
    """A lock deletes the screens while their reads may still run: the late result goes nowhere."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    with qtbot.captureExceptions() as raised:
        tasks.run_db(lambda st: st.info.code, label.setText)
        label.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.waitUntil(lambda: tasks.pending == 0)
    assert raised == []
