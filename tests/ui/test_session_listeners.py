"""Screens are deleted at every lock while the bus lives on: nothing of a signed-out session may
still listen to it (a commit would call into a deleted widget), and the "refresh shortly after a
commit" helper only refreshes a screen that is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from app.ui.refresh import RefreshSoon

from .conftest import sign_in

COMMITTED = "2committed(PyObject)"
SYNC_FINISHED = "2sync_finished(PyObject)"


def _listeners(window) -> tuple[int, int]:  # noqa: ANN001
    return window.bus.receivers(COMMITTED), window.bus.receivers(SYNC_FINISHED)


def _delete_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_lock_cycles_leave_no_listener_behind(qtbot, make_window, station, actors):
    window = make_window()
    at_login = _listeners(window)
    counts = []
    for user in ("clerk", "admin", "clerk", "supervisor"):
        sign_in(qtbot, window, user)
        for key in ("today", "parcels", "sync", "settings"):
            assert window.shell.open(key)
        window.lock()
        _delete_later()
        counts.append(_listeners(window))
    assert counts == [at_login] * 4
    sign_in(qtbot, window, "carrier")  # carrier mode: My round listens too
    window.carrier.activate("round")
    window.lock()
    _delete_later()
    assert _listeners(window) == at_login
    sign_in(qtbot, window, "clerk")
    with qtbot.captureExceptions() as raised:
        station.parcels.inbound.checkin(actors["clerk"], "SF8900000000001", phone="13800001234")
        window.bus.sync_finished.emit(None)
        assert any(r.pending for r in window.findChildren(RefreshSoon))
        qtbot.waitUntil(lambda: not any(r.pending for r in window.findChildren(RefreshSoon)))
    assert raised == []


def test_refresh_soon_waits_for_the_burst_and_skips_hidden_screens(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = []
    soon = RefreshSoon(owner, lambda: calls.append(1), 30)
    soon.poke()
    assert not soon.pending  # hidden: ignored
    owner.show()
    qtbot.waitExposed(owner)
    for _ in range(5):
        soon.poke("event")
    assert soon.pending
    qtbot.waitUntil(lambda: calls == [1])
    soon.poke()
    owner.hide()  # hidden before it fired: nothing
    qtbot.waitUntil(lambda: not soon.pending)
    assert calls == [1]
    now = RefreshSoon(owner, lambda: calls.append(2), 0, only_visible=False)
    now.poke()
    assert calls == [1, 2]
