"""The keyboard at the counter, key event by key event (issue 15, items 1, 2, 4, 5): a scanner's
Shift around capitals, its suffix settings (Enter, Tab, none), scans at the login screen, Space on
a checkbox, and carrier mode's number keys right after sign-in.

Key events come from :class:`KeyFeed` (press and release of every key, Shift around capitals, the
scanner filter's clock driven by the test)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.modules import CarrierAction
from app.ui.scanner import MAX_GAP_MS
from app.ui.theme import COLORS

from .conftest import PERSON_MS, activate, sign_in
from .keyfeed import KeyFeed
from .parcels_helpers import open_parcels, parcel_rows, preadvise
from .test_carrier import RoundPage
from .test_scanner import MODULES

SLOW = MAX_GAP_MS * 4  # a person's pause between keys


def _window(qtbot, make_window, feed: KeyFeed, **kwargs):  # noqa: ANN202
    window = make_window(scanner_clock=feed.clock, **kwargs)
    activate(qtbot, window)  # keys go to the focused widget of the active window
    return window


def _scan_screen(qtbot, make_window, feed):  # noqa: ANN202
    window = _window(qtbot, make_window, feed, modules=MODULES)
    sign_in(qtbot, window, "clerk")
    window.shell.open("scan")
    screen = window.shell.current_page
    screen.notes.setFocus()
    return window, screen


# -- 1. capitals, suffixes ------------------------------------------------------------------------
def test_capitals_with_shift_arrive_whole_and_nothing_leaks(qtbot, make_window):
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    for code in ("SF1400000000101", "JT0006968326954", "sf1400000000102"):
        feed.type(code)
    assert screen.received == ["SF1400000000101", "JT0006968326954", "sf1400000000102"]
    assert screen.notes.text() == ""  # not a J, not an S, not a Shift
    assert window.scanner.holding == 0


def test_a_preadvised_capital_scan_is_one_check_in_and_no_letter_reaches_the_phone(qtbot, make_window, station):
    """The issue's two scans on the real check-in screen: SF… is recognised as pre-advised; JT…
    waits for its phone and the phone field stays empty (no J to be reused as the next phone)."""
    preadvise(station, [("SF1400000000101", "sf", "13800001357", "周*", "")])
    feed = KeyFeed()
    window = _window(qtbot, make_window, feed)
    page, screen = open_parcels(qtbot, window, "checkin")
    feed.type("SF1400000000101")
    assert [s for _c, s in parcel_rows(station, "SF1400000000101")] == ["in_station"]
    assert parcel_rows(station, "F1400000000101") == []
    feed.type("JT0006968326954")
    assert screen.pending == "JT0006968326954" and QApplication.focusWidget() is screen.phone
    assert screen.phone.text() == ""
    assert parcel_rows(station, "T0006968326954") == []


def test_tab_suffix_ends_a_scan_and_focus_stays(qtbot, make_window):
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    feed.type("YT8800112233", suffix="tab")
    assert screen.received == ["YT8800112233"]
    assert QApplication.focusWidget() is screen.notes and screen.notes.text() == ""


def test_no_suffix_a_fast_run_that_stops_is_a_scan(qtbot, make_window, station, actors):
    station.settings.set(actors["admin"], "scanner.suffix", "none")
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    feed.type("JD0012345678901", suffix="none")
    qtbot.waitUntil(lambda: screen.received == ["JD0012345678901"], timeout=2000)  # the pause ends it
    assert screen.notes.text() == ""


def test_without_the_none_setting_a_stopped_run_is_typing(qtbot, make_window):
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    feed.type("AB12345678", suffix="none")
    qtbot.waitUntil(lambda: screen.notes.text() == "AB12345678", timeout=2000)  # replayed, capitals and all
    assert screen.received == []


def test_a_person_typing_capitals_is_typing(qtbot, make_window):
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    feed.type("ABCDEFGH", gap_ms=SLOW)
    qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
    assert screen.notes.text() == "ABCDEFGH" and screen.received == []


def test_the_suffix_setting_is_on_the_settings_page(qtbot, make_window, station):
    window = make_window()
    sign_in(qtbot, window, "admin")
    window.shell.open("settings")
    page = window.shell.current_page
    editor = page.editors["scanner.suffix"]
    assert [editor.itemData(i) for i in range(editor.count())] == ["enter", "tab", "none"]
    editor.setCurrentIndex(2)
    page.save()
    assert station.settings.get("scanner.suffix") == "none" and window.scanner.suffix == "none"


# -- 2. scans at the login screen -------------------------------------------------------------------
def test_scans_at_the_login_screen_are_never_a_pin(qtbot, make_window, station):
    feed = KeyFeed()
    window = _window(qtbot, make_window, feed)
    login = window.login
    login.select_user("clerk")
    login.users.setFocus()
    for _ in range(4):  # a 15-digit number: old code took it as two and a half wrong PINs
        feed.type("773194917396313")
    feed.type("9800001234567", suffix="none")  # a scanner without a suffix
    qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
    assert login.pad.pin == ""
    assert window.actor is None and window.page is None
    user = station.users.get("clerk")
    assert user.failed_attempts == 0  # nothing counted, nobody locked out
    assert login.message.text() == "That was a scan, not a PIN: sign in first, then scan again"
    assert window.feedback.last_kind == "error"
    for digit in "246802":  # the clerk then signs in as usual
        feed.now += PERSON_MS
        feed.tap(ord(digit), digit)
        qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
    assert window.actor is not None and window.actor.username == "clerk"


def test_sign_in_first_in_chinese(qtbot, make_window, qapp):
    from app.ui.i18n import install_language

    install_language(qapp, "zh_CN")
    feed = KeyFeed()
    window = _window(qtbot, make_window, feed, language="zh_CN")
    window.login.users.setFocus()
    feed.type("SF1400000000101")
    assert window.login.message.text() == "这是扫码，不是密码：请先登录，再扫码"


def test_after_an_idle_lock_a_scan_goes_nowhere_near_the_pin(qtbot, make_window, station, clock):
    feed = KeyFeed()
    window = _window(qtbot, make_window, feed)
    sign_in(qtbot, window, "clerk")
    clock.advance(minutes=6)
    assert window.idle.check()  # locked: the login screen is back
    window.login.users.setFocus()
    feed.type("123456789012")  # digits only: exactly what a PIN pad would take
    assert window.login.pad.pin == "" and station.users.get("clerk").failed_attempts == 0


# -- 4. Space on a checkbox -------------------------------------------------------------------------
def test_space_toggles_each_checkbox_once_per_press(qtbot, make_window):
    feed = KeyFeed()
    window = _window(qtbot, make_window, feed)
    page, screen = open_parcels(qtbot, window, "send")
    for box in (screen.produce, screen.confirm):
        box.setFocus()
        states = []
        for _ in range(3):
            feed.now += SLOW
            feed.tap(Qt.Key.Key_Space, " ")
            qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
            states.append((box.isChecked(), box.isDown()))
        assert states == [(True, False), (False, False), (True, False)], box.text()


def test_space_through_the_platform_key_path(qtbot, make_window):
    """Press and release through the native window (as a keyboard's keys come)."""
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    activate(qtbot, window)
    screen.confirm.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
    assert screen.confirm.isChecked() and not screen.confirm.isDown()


# -- 5. carrier mode after sign-in ------------------------------------------------------------------
ROUND = CarrierAction("round", "My round", "round", 10, factory=RoundPage)


def test_carrier_number_keys_work_right_after_sign_in(qtbot, make_window):
    window = make_window(carrier_actions=[ROUND])
    activate(qtbot, window)
    sign_in(qtbot, window, "carrier")
    carrier = window.carrier
    first = carrier.buttons["round"]
    assert QApplication.focusWidget() is first  # no click needed
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_1)  # the keyboard, not a widget
    qtbot.waitUntil(lambda: carrier.current_key == "round", timeout=2000)


def test_carrier_focus_ring_is_visible(qtbot, make_window):
    window = make_window(carrier_actions=[ROUND])
    activate(qtbot, window)
    sign_in(qtbot, window, "carrier")
    first, other = window.carrier.buttons["round"], window.carrier.buttons["help"]
    assert first.hasFocus()
    accent = QColor(COLORS["carrier_accent"])

    def ring(button) -> bool:  # noqa: ANN001
        image = button.grab().toImage()
        y = image.height() // 2
        return any(image.pixelColor(x, y) == accent for x in range(0, 6))

    assert ring(first) and not ring(other)
    other.setFocus()
    assert ring(other) and not ring(first)


def test_key_release_of_a_scan_is_swallowed(qtbot, make_window):
    """The Enter that ends a scan is pressed and released: neither reaches the focused widget."""
    feed = KeyFeed()
    window, screen = _scan_screen(qtbot, make_window, feed)
    seen: list[QEvent.Type] = []
    screen.notes.keyReleaseEvent = lambda e: seen.append(e.type())  # type: ignore[method-assign]
    feed.type("SF1400000000101")
    assert seen == [] and screen.received == ["SF1400000000101"]
