"""Overdue parcels on the real screen: listed after the overdue days (unticked), re-notified,
returned to the sender with a reason after a confirmation; ticks survive refreshes; a supervisor
sees the list without the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .parcels_helpers import open_parcels


def _row(station, tracking: str) -> tuple:  # noqa: ANN001
    return tuple(station.store.query_one("SELECT status, return_reason, notices FROM parcels WHERE tracking = ?",
                                         (tracking,)))


def _answer(monkeypatch, button):  # noqa: ANN001, ANN202
    asked = []

    def question(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _tick(table, rows) -> None:  # noqa: ANN001
    for r in rows:
        table.item(r, 0).setCheckState(Qt.CheckState.Checked)


def test_overdue_return_with_reason_and_renotify(qtbot, make_window, station, actors, clock, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    old = [f"SF{8300000000000 + i:013d}" for i in range(3)]
    for t in old:
        station.parcels.inbound.checkin(actors["clerk"], t, phone="13800001234")
    clock.advance(days=8)
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000099", phone="13800001234")  # fresh
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue")
    assert screen.table.trackings() == old  # oldest first, the fresh one not listed
    assert "7 days" in screen.title.text()
    assert screen.table.checked() == []  # nothing is ticked to start with
    _tick(screen.table, (0, 1))
    screen.reason.setEditText("收件人拒收")
    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert len(asked) == 1 and "2 parcel(s)" in asked[0]
    assert [_row(station, t)[:2] for t in old] == [("returned", "收件人拒收")] * 2 + [("in_station", None)]
    assert screen.returned == old[:2] and screen.banner.kind == "ok"
    assert screen.table.trackings() == old[2:]  # the list refreshed
    _tick(screen.table, (0,))
    qtbot.keyClick(screen.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _row(station, old[2])[2] == 2 and screen.notified == [old[2]]
    assert station.store.query_one("SELECT count(*) FROM outbox WHERE entity = 'notices'")[0] == 4 + 1


def test_supervisor_reads_the_overdue_list_only(qtbot, make_window, station, actors, clock):
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000100", phone="13800001234")
    clock.advance(days=10)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue", user="supervisor")
    assert page.keys == ["overdue", "shelves", "search"]
    assert screen.table.trackings() == ["SF8300000000100"]
    assert not screen.return_button.isVisible() and not screen.notify_button.isVisible()


def test_ticks_survive_refreshes_and_return_needs_a_yes(qtbot, make_window, station, actors, clock, monkeypatch):
    old = [f"SF{8300000000200 + i:013d}" for i in range(3)]
    for t in old:
        station.parcels.inbound.checkin(actors["clerk"], t, phone="13800001234")
    clock.advance(days=8)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue")
    _tick(screen.table, (1,))
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000299", phone="13800001234")  # a save elsewhere
    qtbot.waitUntil(lambda: not screen.soon.pending)  # the screen refreshed after the commit
    screen.refresh()
    assert screen.table.trackings() == old and screen.table.checked() == [old[1]]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    screen.return_ticked()
    assert len(asked) == 1 and "1 parcel(s)" in asked[0]
    assert _row(station, old[1])[0] == "in_station" and screen.returned == []
    assert screen.table.checked() == [old[1]]


def test_renotify_all_with_nothing_overdue_is_information(qtbot, make_window, station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF8300000000300", phone="13800001234")  # fresh
    window = make_window()
    page, screen = open_parcels(qtbot, window, "overdue")
    assert screen.table.rowCount() == 0
    qtbot.keyClick(screen.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.feedback.last_kind == "info" and "Nothing is overdue" in window.feedback.last_text
    assert "ok" not in window.feedback.sounds.played
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.renotify'")[0] == 0
