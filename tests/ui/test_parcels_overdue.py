"""Overdue parcels on the real screen: listed after the overdue days, re-notified, returned to
the sender with a reason; a supervisor sees the list without the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .parcels_helpers import open_parcels


def _row(station, tracking: str) -> tuple:  # noqa: ANN001
    return tuple(station.store.query_one("SELECT status, return_reason, notices FROM parcels WHERE tracking = ?",
                                         (tracking,)))


def test_overdue_return_with_reason_and_renotify(qtbot, make_window, station, actors, clock):
    old = [f"SF{8300000000000 + i:013d}" for i in range(3)]
    for t in old:
        station.parcels.inbound.checkin(actors["clerk"], t, phone="13800001234")
    clock.advance(days=8)
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000099", phone="13800001234")  # fresh
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue")
    assert screen.table.trackings() == old  # oldest first, the fresh one not listed
    assert "7 days" in screen.title.text()
    screen.table.item(2, 0).setCheckState(Qt.CheckState.Unchecked)
    screen.reason.setEditText("收件人拒收")
    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert [_row(station, t)[:2] for t in old] == [("returned", "收件人拒收")] * 2 + [("in_station", None)]
    assert screen.returned == old[:2] and screen.banner.kind == "ok"
    assert screen.table.trackings() == old[2:]  # the list refreshed
    qtbot.keyClick(screen.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _row(station, old[2])[2] == 2 and screen.notified == [old[2]]
    assert station.store.query_one("SELECT count(*) FROM outbox WHERE entity = 'notices'")[0] == 4 + 1


def test_supervisor_reads_the_overdue_list_only(qtbot, make_window, station, actors, clock):
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000100", phone="13800001234")
    clock.advance(days=10)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue", user="supervisor")
    assert page.keys == ["overdue", "shelves"]
    assert screen.table.trackings() == ["SF8300000000100"]
    assert not screen.return_button.isVisible() and not screen.notify_button.isVisible()
