"""Where the window opens (issue 14): maximised on the village station PC's screen (1366 px wide
or less: every screen is laid out to fit it), elsewhere where it was last closed (QSettings), or
1366×768 the first time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_SCREEN_WIDTH = 1366
DEFAULT_SIZE = (1366, 768)
GEOMETRY_KEY = "window/geometry"


def choose_placement(available_width: int, saved: object, small_width: int = SMALL_SCREEN_WIDTH) -> str:
    """``maximized`` on a small screen, ``restored`` when a geometry was saved, else ``default``."""
    if available_width <= small_width:
        return "maximized"
    return "restored" if isinstance(saved, (QByteArray, bytes)) and len(saved) else "default"


def place_window(window: QWidget, settings: QSettings | None = None, *, small_width: int = SMALL_SCREEN_WIDTH) -> str:
    """Show ``window`` as :func:`choose_placement` says; its geometry is saved again when it closes
    (:func:`remember_geometry`). Returns the placement used."""
    settings = settings if settings is not None else QSettings()
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = settings.value(GEOMETRY_KEY)
    placement = choose_placement(available.width(), saved, small_width)
    window._geometry_settings = settings  # type: ignore[attr-defined] - kept for remember_geometry
    if placement == "restored" and not window.restoreGeometry(QByteArray(saved)):  # type: ignore[arg-type]
        placement = "default"
    if placement == "maximized":
        window.showMaximized()
    else:
        if placement == "default":
            window.resize(min(DEFAULT_SIZE[0], available.width()), min(DEFAULT_SIZE[1], available.height()))
        window.show()
    return placement


def remember_geometry(window: QWidget) -> None:
    """Save the geometry of a window shown by :func:`place_window` (others: nothing is written)."""
    settings = getattr(window, "_geometry_settings", None)
    if settings is not None:
        settings.setValue(GEOMETRY_KEY, window.saveGeometry())
        settings.sync()
