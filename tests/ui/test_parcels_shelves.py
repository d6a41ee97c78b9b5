"""Shelves on the real screen: every layer's load for anyone; the layout changed by an admin
(through the service, audited); a clerk cannot change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from .parcels_helpers import open_parcels


def test_admin_changes_the_layout(qtbot, make_window, station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF8500000000001", phone="13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves", user="admin")
    assert screen.loads.rowCount() == 8  # the default: A and B, 4 layers each
    assert sum(int(screen.loads.item(r, 1).text()) for r in range(8)) == 1
    qtbot.keyClick(screen.layout_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.layout_rows()[-1] == {"shelf": "C", "layers": 4, "capacity": 40}
    screen.layout_table.setItem(2, 1, QTableWidgetItem("2"))
    qtbot.keyClick(screen.layout_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert station.settings.get("parcels.shelves")[-1] == {"shelf": "C", "layers": 2, "capacity": 40}
    assert screen.loads.rowCount() == 10
    screen.layout_table.setItem(2, 1, QTableWidgetItem("12"))  # too many layers: refused
    screen.save()
    assert window.feedback.last_kind == "error"
    assert station.settings.get("parcels.shelves")[-1]["layers"] == 2


def test_clerk_sees_the_loads_only(qtbot, make_window):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves")
    assert not screen.save_button.isVisible() and not screen.layout_table.isEnabled()


def test_unsaved_layout_edits_survive_a_save_elsewhere(qtbot, make_window, station, actors):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves", user="admin")
    qtbot.keyClick(screen.layout_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # shelf C, not saved
    screen.layout_table.item(0, 2).setText("55")  # shelf A: 55 a layer, not saved
    assert screen.dirty and screen.unsaved.isVisible()
    station.parcels.inbound.checkin(actors["clerk"], "SF8500000000100", phone="13800001234")  # a check-in elsewhere
    assert screen.soon.pending
    qtbot.waitUntil(lambda: not screen.soon.pending)
    assert sum(int(t) for t in screen.loads.texts(1)) == 1  # the loads follow the check-in
    rows = screen.layout_rows()
    assert rows[0]["capacity"] == 55 and rows[-1]["shelf"] == "C"  # the edits stay
    qtbot.keyClick(screen.layout_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not screen.dirty and not screen.unsaved.isVisible()
    assert [s["shelf"] for s in station.settings.get("parcels.shelves")] == ["A", "B", "C"]


def test_the_loads_table_cannot_be_typed_into(qtbot, make_window, station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF8500000000200", phone="13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves")
    before = screen.loads.texts(1)
    screen.loads.setFocus()
    screen.loads.setCurrentCell(0, 1)
    qtbot.keyClick(screen.loads, Qt.Key.Key_7, delay=60)  # a person presses a key on a cell
    qtbot.waitUntil(lambda: window.scanner.holding == 0)
    assert screen.loads.state() != QAbstractItemView.State.EditingState and screen.loads.texts(1) == before


def test_every_parcels_list_is_read_only(qtbot, make_window):
    """Only the shelf layout is edited in place; every other table on the Parcels tabs is a list."""
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves", user="admin")
    tables = [t for s in page.screens.values() for t in s.findChildren(QTableWidget) if t is not screen.layout_table]
    assert len(tables) >= 8
    editable = [(type(t.parent()).__name__, t.objectName()) for t in tables
                if t.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers]
    assert editable == []
