"""Issue 14: the window opens maximised on a screen 1366 px wide or less, and elsewhere where it
was last closed (QSettings, here an ini file of the test's own)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from app.ui.geometry import GEOMETRY_KEY, choose_placement, place_window, remember_geometry


def test_choose_placement():
    saved = QByteArray(b"geometry")
    assert choose_placement(1366, saved) == "maximized"
    assert choose_placement(1280, None) == "maximized"
    assert choose_placement(1920, saved) == "restored"
    assert choose_placement(1920, None) == "default"
    assert choose_placement(1920, QByteArray()) == "default"


def test_small_screen_maximised_and_a_big_one_remembered(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = QMainWindow()
    qtbot.addWidget(first)
    assert place_window(first, settings) == "maximized"  # the offscreen screen is 800 px wide
    qtbot.waitUntil(first.isMaximized)
    first.close()

    second = QMainWindow()  # a wide screen: first time 1366×768 at most, then where it was left
    qtbot.addWidget(second)
    assert place_window(second, settings, small_width=0) == "default"
    second.setGeometry(30, 40, 700, 500)
    remember_geometry(second)
    assert settings.value(GEOMETRY_KEY) is not None
    second.close()

    third = QMainWindow()
    qtbot.addWidget(third)
    assert place_window(third, settings, small_width=0) == "restored"
    assert (third.width(), third.height()) == (700, 500)


def test_a_window_not_placed_writes_nothing(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    remember_geometry(window)  # tests' windows and screenshots never touch the user's settings
    assert not hasattr(window, "_geometry_settings")
