"""Printing from the command line (``shelf labels``): the window's printing layer, run without a
window. Qt is imported here only, when a command prints: a Qt GUI application is made offscreen
(no display needed), the station's language is installed so the printed words match the window's,
and the document goes to ``--out`` as a PDF or where the station's printing settings say."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import Refused
from ..core.station import Station


def headless_qt(station: Station) -> None:
    """The one Qt application a command prints with: offscreen (no display needed), the station's
    language installed. A ``QApplication`` (not a bare ``QGuiApplication``), so that a window or a
    test made later in the same process can share it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..ui.i18n import install_language

    app = QApplication.instance() or QApplication(["python -m app"])
    install_language(app, str(station.settings.get("ui.language")))


def print_station_document(station: Station, build: Callable[[], Any], out: Path | None) -> tuple[Any, Path | None]:
    """Build the document (after the station's language is installed) and save it at ``out``
    (a PDF, replaced atomically) or print it with the station's settings. Returns the document
    and the PDF path (None when it went to a printer)."""
    from ..ui.printing import print_with_settings, save_pdf

    headless_qt(station)
    document = build()
    if out is None:
        return document, print_with_settings(document, station.settings, station.paths.spool)
    target = Path(out).expanduser()
    if target.is_dir():
        raise Refused("printer.save_failed", folder=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise Refused("printer.save_failed", folder=str(target.parent)) from None
    return document, save_pdf(document, target)
