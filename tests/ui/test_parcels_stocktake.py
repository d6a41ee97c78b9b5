"""Stock-take on the real screen: start, scan what is on the shelf (bursts), finish → missing and
unexpected parcels are listed; a repeated scan is only a warning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .parcels_helpers import open_parcels, scan


def test_stocktake_reports_missing_and_unexpected(qtbot, make_window, station, actors):
    shelf = [f"SF{8400000000000 + i:013d}" for i in range(3)]
    for t in shelf:
        station.parcels.inbound.checkin(actors["clerk"], t, phone="13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "stocktake")
    qtbot.keyClick(screen.shelf, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.current is not None and screen.finish_button.isEnabled()
    scan(qtbot, shelf[0])
    scan(qtbot, shelf[1])
    assert screen.banner.kind == "ok"
    scan(qtbot, shelf[1])
    assert screen.banner.kind == "warn"  # already scanned
    scan(qtbot, "YT9999999999999")
    assert screen.banner.kind == "error" and screen.scanned.rowCount() == 3
    qtbot.keyClick(screen.shelf, Qt.Key.Key_F10)
    r = screen.report
    assert r is not None and [f.tracking for f in r.missing] == [shelf[2]]
    assert [f.tracking for f in r.unexpected] == ["YT9999999999999"]
    assert screen.missing.rowCount() == 1 and screen.unexpected.rowCount() == 1
    assert screen.missing_title.text() == "Missing: 1" and screen.current is None
    assert station.store.query_one("SELECT status, missing, unexpected FROM stocktakes")[:] == ("finished", 1, 1)


def test_scan_without_a_stocktake_is_refused(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "stocktake")
    scan(qtbot, "SF8400000000100")
    assert window.feedback.last_kind == "error"
    assert station.store.query_one("SELECT count(*) FROM stocktakes")[0] == 0
