"""Check-in on the real screen, driven by scanner bursts: one scan is a whole check-in when the
platform pre-advised the number (the pickup code shows huge, the row tops the last-20 list with
the phone masked); a rescan is refused loudly and says where the first one is; without
pre-advice the phone is asked on the same screen; invalid numbers and full shelves are loud too."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .parcels_helpers import open_parcels, parcel_rows, preadvise, scan, type_slowly

PRE = [("SF1400000000101", "sf", "13800001357", "周*", "果园直供"),
       ("YT2400000000102", "yto", "139****2468", "吴*", "")]


def test_one_scan_checks_a_preadvised_parcel_in(qtbot, make_window, station):
    preadvise(station, PRE)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    assert QApplication.focusWidget() is screen.tracking
    scan(qtbot, "SF1400000000101")
    [(code, status)] = parcel_rows(station, "SF1400000000101")
    assert status == "in_station"
    assert screen.banner.kind == "ok" and screen.banner.big.text() == code
    assert screen.banner.big.font().pointSize() >= 60  # huge
    assert "A" in screen.banner.detail.text() and "138****1357" in screen.banner.detail.text()
    assert screen.recent.trackings()[0] == "SF1400000000101"
    assert screen.recent.column_texts("code")[0] == code
    assert screen.recent.column_texts("phone")[0] == "138****1357"
    assert "13800001357" not in "".join(screen.recent.column_texts("phone"))
    assert window.feedback.sounds.played[-1] == "ok"
    assert screen.tracking.text() == ""  # ready for the next scan


def test_rescan_is_refused_loudly_and_says_where_the_first_one_is(qtbot, make_window, station):
    preadvise(station, PRE)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, "YT2400000000102")
    code = screen.banner.big.text()
    scan(qtbot, "yt2400000000102")  # the same number again (lower case: the same parcel)
    assert len(parcel_rows(station, "YT2400000000102")) == 1
    assert screen.banner.kind == "error"
    assert screen.banner.caption.text().startswith("Already checked in")
    assert screen.banner.big.text() == code
    assert code[:3] in screen.banner.detail.text() and "On the shelf" in screen.banner.detail.text()
    assert window.feedback.last_kind == "error" and window.feedback.sounds.played[-1] == "error"
    assert screen.recent.rowCount() == 1


def test_without_preadvice_the_phone_is_asked_on_the_same_screen(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, "JT5400000000999")
    assert parcel_rows(station, "JT5400000000999") == []
    assert screen.banner.kind == "warn" and screen.pending == "JT5400000000999"
    assert QApplication.focusWidget() is screen.phone
    type_slowly(qtbot, screen.phone, "1391234")  # the masked waybill's head and tail: 139****1234
    [(code, _)] = parcel_rows(station, "JT5400000000999")
    assert screen.banner.kind == "ok" and screen.banner.big.text() == code
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels WHERE tracking = 'JT5400000000999'")[0] == "139****1234"
    assert screen.pending is None and not screen.pending_line.isVisible()
    assert screen.recent.column_texts("phone")[0] == "139****1234"


def test_phone_typed_before_the_scan_and_a_name(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    screen.phone.setText("13912345678")
    screen.name.setText("王芳")
    scan(qtbot, "SF1234567890123")
    assert screen.banner.kind == "ok"
    assert screen.recent.column_texts("phone")[0] == "139****5678"
    assert screen.recent.column_texts("name")[0] == "王*"
    assert screen.phone.text() == "" and screen.name.text() == ""


def test_a_scanned_phone_number_fills_the_waiting_parcel(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, "SF1234567890124")
    assert screen.pending == "SF1234567890124"
    scan(qtbot, "13700001111")  # typed fast enough to look like a scan
    assert len(parcel_rows(station, "SF1234567890124")) == 1
    assert parcel_rows(station, "13700001111") == []


def test_invalid_number_and_full_shelves_are_distinct_errors(qtbot, make_window, station, actors):
    station.parcels.shelves.configure(actors["admin"], [{"shelf": "A", "layers": 1, "capacity": 1}])
    preadvise(station, PRE)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, "EA123456784CN")  # S10 with a wrong check digit
    assert screen.banner.kind == "error" and screen.banner.big.text() == "Invalid number"
    scan(qtbot, "SF1400000000101")
    assert screen.banner.kind == "ok"
    scan(qtbot, "YT2400000000102")
    assert screen.banner.kind == "error" and screen.banner.big.text() == "Shelf full"
    assert parcel_rows(station, "YT2400000000102") == []
    assert window.feedback.sounds.played[-3:] == ["error", "ok", "error"]


def test_last_twenty_newest_first_and_escape_cancels(qtbot, make_window, station, actors):
    for i in range(21):
        station.parcels.inbound.checkin(actors["clerk"], f"SF{7000000000000 + i:013d}", phone="13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    assert screen.recent.rowCount() == 20
    assert screen.recent.trackings()[0] == f"SF{7000000000020:013d}"
    screen.phone.setText("13800005555")
    scan(qtbot, "SF7000000000099")
    assert screen.recent.rowCount() == 20 and screen.recent.trackings()[0] == "SF7000000000099"
    scan(qtbot, "SF7000000000100")  # no phone typed now: it waits for one
    assert screen.pending == "SF7000000000100"
    qtbot.keyClick(screen.phone, Qt.Key.Key_Escape)  # the screen's Esc shortcut
    assert screen.pending is None and screen.banner.kind == "idle"


def test_the_clerk_may_choose_the_place(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    index = screen.slot.findData("B-3")
    assert index > 0
    screen.slot.setCurrentIndex(index)
    screen.phone.setText("13800001234")
    scan(qtbot, "SF1234567890125")
    assert screen.banner.big.text().startswith("B-3-")
    assert screen.slot.currentIndex() == 0  # back to "least full" for the next parcel


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_slip_for_the_parcel_just_checked_in(qtbot, make_window, station):
    preadvise(station, PRE)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    assert not screen.print_button.isEnabled()
    scan(qtbot, "SF1400000000101")
    qtbot.keyClick(screen.tracking, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pdf = screen.last_printed
    assert pdf is not None and pdf.exists()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert screen.banner.big.text() in text and "138****1357" in text and "13800001357" not in text


def test_what_is_typed_belongs_to_the_waiting_parcel_not_to_the_next_scan(qtbot, make_window, station):
    preadvise(station, PRE)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, "JT5400000000777")  # no pre-advice: waits for its phone
    screen.phone.setText("13955556666")
    scan(qtbot, "SF1400000000101")  # the next parcel, pre-advised, scanned before Enter
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels WHERE tracking = 'SF1400000000101'")[0] == "13800001357"
    assert screen.pending == "JT5400000000777" and screen.pending_line.isVisible()
    assert screen.phone.text() == "13955556666"
    qtbot.keyClick(screen.phone, Qt.Key.Key_Return)
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels WHERE tracking = 'JT5400000000777'")[0] == "13955556666"
    assert screen.pending is None
