"""Check-in never drops a parcel that waits for its phone (issue 15, item 3): the next scan
queues it visibly, the phones are typed one by one, a queued number can be chosen, Esc puts one
aside loudly, and the queue survives an idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import sign_in
from .parcels_helpers import open_parcels, parcel_rows, preadvise, scan, type_slowly

A, B, C = "773194917396313", "JT0006968326954", "YT9100000000777"


def _queue(screen) -> list[str]:  # noqa: ANN001
    return [screen.queue.item(i).data(Qt.ItemDataRole.UserRole) for i in range(screen.queue.count())]


def test_a_second_scan_while_a_phone_is_awaited_queues_it_and_loses_nothing(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, A)
    assert screen.pending == A
    scan(qtbot, B)  # the issue: A used to vanish here
    assert screen.pending == A and _queue(screen) == [A, B]
    assert screen.queue_box.isVisible() and screen.queue_title.text() == "Waiting for the phone: 2"
    assert A in screen.pending_line.text() and screen.pending_line.isVisible()
    assert screen.banner.kind == "warn" and screen.banner.caption.text() == f"{B} is not checked in yet"
    assert window.feedback.last_kind == "error"  # loud: this scan did not check anything in
    assert parcel_rows(station, A) == [] and parcel_rows(station, B) == []
    assert QApplication.focusWidget() is screen.phone
    type_slowly(qtbot, screen.phone, "13800001111")
    assert [s for _c, s in parcel_rows(station, A)] == ["in_station"]
    assert screen.banner.kind == "ok"  # A's pickup code shows …
    assert screen.pending == B and _queue(screen) == [B]  # … and B's phone is asked next
    assert B in screen.pending_line.text() and QApplication.focusWidget() is screen.phone
    type_slowly(qtbot, screen.phone, "1391234")
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels WHERE tracking = ?", (B,))[0] == "139****1234"
    assert screen.pending is None and not screen.queue_box.isVisible() and not screen.pending_line.isVisible()


def test_preadvised_scans_go_straight_in_while_one_waits(qtbot, make_window, station):
    preadvise(station, [("SF1400000000101", "sf", "13800001357", "周*", "")])
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, A)
    scan(qtbot, "SF1400000000101")
    assert [s for _c, s in parcel_rows(station, "SF1400000000101")] == ["in_station"]
    assert screen.pending == A and _queue(screen) == [A]


def test_a_queued_number_can_be_chosen_by_click_rescan_or_f4(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    for code in (A, B, C):
        scan(qtbot, code)
    assert _queue(screen) == [A, B, C]
    screen.phone.setText("138")  # half typed for A: not carried over to another parcel
    rect = screen.queue.visualItemRect(screen.queue.item(2))
    qtbot.mouseClick(screen.queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.pending == C and screen.phone.text() == ""
    scan(qtbot, B)  # scanning a waiting parcel again picks it
    assert screen.pending == B
    qtbot.keyClick(screen.phone, Qt.Key.Key_F4)
    assert screen.pending == C and _queue(screen) == [C, A, B]


def test_escape_puts_the_current_one_aside_visibly(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, A)
    scan(qtbot, B)
    screen.phone.setText("1380000")
    qtbot.keyClick(screen.phone, Qt.Key.Key_Escape)
    assert screen.banner.caption.text() == f"Put aside, not checked in: {A}"
    assert screen.pending == B and screen.phone.text() == ""
    assert window.shell.message.text() == ""  # the stale line went too
    qtbot.keyClick(screen.phone, Qt.Key.Key_Escape)
    assert screen.pending is None and screen.banner.caption.text() == f"Put aside, not checked in: {B}"
    assert QApplication.focusWidget() is screen.tracking


def test_the_queue_survives_an_idle_lock(qtbot, make_window, station, clock):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    scan(qtbot, A)
    scan(qtbot, B)
    clock.advance(minutes=6)
    assert window.idle.check()
    sign_in(qtbot, window, "clerk")
    window.shell.open("parcels")
    screen = window.shell.current_page.open("checkin")
    assert _queue(screen) == [A, B] and screen.pending == A and screen.pending_line.isVisible()
