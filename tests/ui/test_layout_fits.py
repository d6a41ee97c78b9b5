"""Issue 14: every screen fits the village station PC's 1366×768 screen.

Every DECLARED screen (``load_modules()`` over ``MODULE_PACKAGES``, and every tab of each), the
login and carrier mode (home and each declared carrier action) are shown in the real window at
1366×768 offscreen, in zh_CN and English, with large font off and on, with worst-case content: a
family of three parcels found by phone tail 6666 on Pickup, 20-character Chinese names for staff
and recipients. The test fails when anything visible sticks out of the window (a widget inside a
scroll area's viewport counts by the viewport), when a navigation entry or a button's text is cut,
or when the window's minimum size is larger than the screen. A new screen is covered by being
declared. One station and window per language and font size (module-scoped).
"""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from app.core.clock import ManualClock
from app.core.station import Station
from app.paths import DataPaths
from app.ui.i18n import install_language
from app.ui.modules import load_carrier_actions, load_modules
from app.ui.parcels.pickup import PickupScreen
from app.ui.theme import apply_theme
from app.ui.window import StationWindow

from .layout_probe import SCREEN, overflows, tab_widgets

ADMIN_PIN, CLERK_PIN, CARRIER_PIN = "135790", "246802", "314159"
LONG_NAME = "欧阳司马诸葛上官皇甫慕容令狐长孙宇文轩辕"  # 20 characters
TAIL = "6666"
FAMILY = (("YT2400000006601", "B-2"), ("YT2400000006602", "A-1"), ("YT2400000006603", "B-3"), ("YT2400000006604", "A-4"))
MODULE_KEYS = [m.key for m in load_modules()]
CARRIER_KEYS = ["home", *[a.key for a in load_carrier_actions()]]
VARIANTS = [("zh_CN", False), ("zh_CN", True), ("en", False), ("en", True)]


def _seed(root: Path) -> Station:
    st = Station.create(DataPaths(root), code="CQ0001", name="重庆市酉阳县" + LONG_NAME[:8] + "便民服务站",
                        admin_username="admin", admin_pin=ADMIN_PIN, admin_name=LONG_NAME,
                        clock=ManualClock("2026-06-01T01:00:00Z"))
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, LONG_NAME)
    st.users.add(admin, "carrier", "carrier", CARRIER_PIN, LONG_NAME[::-1])
    for tracking, slot in FAMILY:
        st.parcels.inbound.checkin(admin, tracking, phone="1389999" + TAIL, name=LONG_NAME, slot=slot,
                                   address="重庆市酉阳县" + LONG_NAME + "村" + LONG_NAME + "组 88 号")
    return st


@contextmanager
def _window(qapp, lang: str, large: bool):
    """(window, station): the real window at 1366×768 on a seeded station; the application's
    language, font and style sheet are put back afterwards."""
    font, sheet, prop = qapp.font(), qapp.styleSheet(), qapp.property("yyt_large_font")
    with tempfile.TemporaryDirectory(prefix="yyt-layout-") as tmp:
        station = _seed(Path(tmp) / "station")
        admin = station.users.authenticate("admin", ADMIN_PIN)
        station.settings.set(admin, "ui.large_font", large)
        install_language(qapp, lang)
        apply_theme(qapp, large=large)
        window = StationWindow(station, language=lang, synchronous=True, sounds=False, full_screen_carrier=False,
                               background_sync=False)
        window.resize(*SCREEN)
        window.show()
        QTest.qWaitForWindowExposed(window)
        try:
            yield window, station
        finally:
            window.shutdown()
            window.close()
            window.deleteLater()
            station.close()
            QApplication.processEvents()
            install_language(qapp, "en")
            qapp.setFont(font)
            qapp.setStyleSheet(sheet)
            qapp.setProperty("yyt_large_font", prop)


@pytest.fixture(scope="module", params=VARIANTS, ids=[f"{lang}-{'large' if big else 'normal'}" for lang, big in VARIANTS])
def shown(request, qapp):
    """(window, station): the real window at 1366×768 on a seeded station."""
    with _window(qapp, *request.param) as shown:
        yield shown


def _settle(window) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.resize(*SCREEN)  # what a maximised window on this screen gets; a minimum size wins over it
    QApplication.processEvents()


def _as(window, station, username: str, pin: str) -> None:
    if window.actor is None or window.actor.username != username:
        if window.actor is not None:
            window.lock()
        window.sign_in(station.users.authenticate(username, pin))
    _settle(window)


def _check(window, where: str) -> list[str]:
    _settle(window)
    return [f"{where}: {p}" for p in overflows(window)]


def _every_tab(window, page, where: str) -> list[str]:
    problems = _check(window, where)
    for tabs in tab_widgets(page):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            name = f"{where}/{tabs.tabText(i).split('  ')[0]}"
            inner = tabs.widget(i)
            if isinstance(inner, QScrollArea) and inner.widget() is not None:  # the tab's own scroll area
                inner = inner.widget()
            _settle(window)
            if isinstance(inner, PickupScreen):
                inner.find(TAIL)  # the family's codes on the banner, their rows in the table
                assert len(inner.table.trackings()) == len(FAMILY)
            problems += _every_tab(window, inner, name) if tab_widgets(inner) else _check(window, name)
    return problems


def test_login_fits(shown):
    window, station = shown
    if window.actor is not None:
        window.lock()
    assert window.login is not None
    assert _check(window, "login") == []


@pytest.mark.parametrize("key", MODULE_KEYS)
def test_module_screen_fits(shown, key):
    window, station = shown
    _as(window, station, "admin", ADMIN_PIN)
    assert window.shell.open(key), f"{key} is not listed for the admin"
    problems = _every_tab(window, window.shell.current_page, key)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("key", CARRIER_KEYS)
def test_carrier_mode_fits(shown, key):
    window, station = shown
    _as(window, station, "carrier", CARRIER_PIN)
    carrier = window.carrier
    assert carrier is not None
    carrier.go_home()
    if key != "home":
        carrier.activate(key)
    problems = _check(window, f"carrier/{key}")
    assert problems == [], "\n".join(problems)


def test_probe_sees_a_widget_past_the_edge(shown):
    """The probe itself can fail: a button pushed past the right edge is named."""
    from PySide6.QtWidgets import QPushButton

    window, _station = shown
    button = QPushButton("far right", window)
    button.setGeometry(SCREEN[0] - 20, 10, 80, 30)
    button.show()
    try:
        assert any("far right" in p for p in overflows(window))
    finally:
        button.deleteLater()


def test_large_font_switched_on_in_settings_still_fits(qapp, qtbot):
    """The issue's path: English at the normal size, Settings → large font while signed in, then
    every screen (pages built before and after the switch)."""
    with _window(qapp, "en", False) as (window, station):
        _as(window, station, "admin", ADMIN_PIN)
        for key in MODULE_KEYS[:3]:  # some pages built at the normal size
            window.shell.open(key)
        window.shell.open("settings")
        station.settings.set(station.users.authenticate("admin", ADMIN_PIN), "ui.large_font", True)
        window.bus.settings_changed.emit("ui.large_font")  # what the Settings screen says after saving
        qtbot.waitUntil(lambda: bool(qapp.property("yyt_large_font")), timeout=2000)
        problems = []
        for key in MODULE_KEYS:  # every screen as it opens; every tab of Parcels (the Check-in)
            window.shell.open(key)
            problems += _every_tab(window, window.shell.current_page, key) if key == "parcels" else \
                _check(window, key)
        assert problems == [], "\n".join(problems)
