"""The real window on the real temporary station (tests/conftest.py's ``station`` with a ManualClock).

``make_window(...)`` builds a :class:`StationWindow` (synchronous tasks unless asked otherwise,
sounds recorded instead of played, carrier mode not full screen) and closes it after the test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_language
from app.ui.window import StationWindow

PINS = {"admin": "135790", "clerk": "246802", "carrier": "314159", "supervisor": "271828"}


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture
def make_window(qtbot, station, english) -> Callable[..., StationWindow]:
    windows: list[StationWindow] = []

    def make(**kwargs) -> StationWindow:
        kwargs.setdefault("synchronous", True)
        kwargs.setdefault("sounds", False)
        kwargs.setdefault("full_screen_carrier", False)
        kwargs.setdefault("language", "en")
        kwargs.setdefault("background_sync", False)
        window = StationWindow(station, **kwargs)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
        window.close()


def activate(qtbot, window) -> None:
    """Make ``window`` the active window (window-wide shortcuts only fire in the active window)."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


#: A person's pause between keys: well above the scanner filter's burst limit.
PERSON_MS = 60


def type_pin(qtbot, window: StationWindow, username: str, pin: str, *, keyboard: bool = False) -> None:
    """Choose ``username`` and enter ``pin`` (the sixth digit submits): on the on-screen pad, or
    with ``keyboard`` typed key by key at a person's pace (six keys at scanner speed would be a
    scan, which the login screen refuses)."""
    login = window.login
    assert login is not None, "the login screen is not shown"
    assert login.select_user(username)
    if keyboard:  # through the window, as a keyboard's keys come (the login goes away at the sixth)
        activate(qtbot, window)
        login.users.setFocus()
        for digit in pin:
            qtbot.wait(PERSON_MS)  # (QTest's delay argument does nothing for a window)
            QTest.keyClick(window.windowHandle(), digit)
        qtbot.waitUntil(lambda: window.scanner.holding == 0, timeout=2000)
    else:
        for digit in pin:
            qtbot.mouseClick(login.pad.keys[digit], Qt.MouseButton.LeftButton)


def sign_in(qtbot, window: StationWindow, username: str) -> None:
    type_pin(qtbot, window, username, PINS[username])
    qtbot.waitUntil(lambda: window.page is not None)


@pytest.fixture
def ctrl():
    return Qt.KeyboardModifier.ControlModifier
