"""``python -m app`` with no command: the window. Thin: options → QApplication → language and
theme → station → window.

Options (besides the CLI's ``--data-dir`` and ``--user``):

- ``--lang zh_CN|en``: the language for this run (default: the station's ``ui.language``);
- ``--screenshot FILE [--screen NAME]``: render the real window offscreen to a PNG and exit 0.
  NAME is ``login`` (default), ``main``, ``carrier`` or a module key (``today``, ``settings`` …).
  Screens behind the login need a user: ``--user NAME`` with the PIN in ``YYT_PIN``; when the data
  folder has no station, a temporary demo station is used with its demo users;
- ``--self-test``: open a temporary station, render the login and the main window offscreen,
  check the translations and icons, print one line and exit 0 (the installer runs this).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..paths import DataPaths

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)


def parse_window_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m app", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--user")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--screen", default="login")
    parser.add_argument("--self-test", action="store_true")
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def run_window(argv: Sequence[str], paths: DataPaths, exec: bool = True):  # noqa: A002, ANN201
    """Open the window. Returns the exit code; with ``exec=False`` it returns the live window
    without entering the event loop (tests drive it)."""
    args = parse_window_args(argv)
    if (args.screenshot or args.self_test) and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "youyuntong"])
    app.setApplicationName("Youyuntong Station")
    app.setOrganizationName("Youyuntong")
    if args.self_test:
        from .self_test import run_self_test

        return run_self_test(app)
    if args.screenshot:
        from .screenshot import take_screenshot

        return take_screenshot(app, paths, args.screenshot, args.screen, args.user, args.lang)

    from ..core.errors import YytError
    from ..core.station import Station

    try:
        station = Station.open(paths, auto_purge=True)  # the day's first open: backup, then retention purge
    except YytError as exc:
        window = _no_station(app, exc, args.lang)
        return window if not exec else app.exec()
    window = open_window(app, station, args.lang, owns_station=True)
    from .geometry import place_window

    place_window(window)  # maximised on the counter PC's 1366×768; elsewhere where it was left
    if not exec:
        return window
    code = app.exec()
    window.shutdown()
    return code


def _qt_message(mode, context, message: str) -> None:  # noqa: ANN001 - Qt's message handler
    """Qt's own warnings go to the station log instead of the console."""
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def open_window(app, station, lang: str | None, **kwargs):  # noqa: ANN001, ANN201
    """Install the language and theme from the station's settings and build the window."""
    from .i18n import install_language, normalise_language
    from .theme import apply_theme
    from .window import StationWindow

    language = normalise_language(lang or station.settings.get("ui.language"))
    install_language(app, language, cache_dir=Path(tempfile.gettempdir()) / "youyuntong-qm")
    apply_theme(app, large=bool(station.settings.get("ui.large_font")))
    window = StationWindow(station, language=language, language_override=bool(lang), **kwargs)
    window.resize(*SCREENSHOT_SIZE)
    return window


def _no_station(app, error, lang: str | None):  # noqa: ANN001, ANN201
    """A small window that says why there is no station and how to make one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from .i18n import error_text, install_language, normalise_language
    from .theme import apply_theme

    install_language(app, normalise_language(lang))
    apply_theme(app, large=False)
    window = QWidget()
    window.setWindowTitle("Youyuntong Station")
    box = QVBoxLayout(window)
    box.addWidget(QLabel(error_text(error), wordWrap=True))
    box.addWidget(QLabel("python -m app demo  ·  python -m app init --help", objectName="muted"))
    quit_button = QPushButton(QCoreApplication.translate("StationWindow", "Quit"))
    quit_button.clicked.connect(window.close)
    box.addWidget(quit_button)
    window.resize(560, 200)
    window.show()
    log.warning("no station to open: %s", error)
    return window
