"""Shelves on the real screen: every layer's load for anyone; the layout changed by an admin
(through the service, audited); a clerk cannot change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

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
