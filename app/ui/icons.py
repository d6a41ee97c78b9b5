"""Icons drawn for this app (``resources/icons/*.svg``, stroked in ``currentColor``), rendered in
the colour a place needs: dark on light pages, white in the navigation, yellow in carrier mode."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from .resources import icon_path

log = logging.getLogger(__name__)

DEFAULT_COLOR = "#1d1d1d"


@cache
def _svg_text(name: str) -> str:
    try:
        return icon_path(name).read_text(encoding="utf-8")
    except OSError:
        log.warning("icon %s missing", name)
        return ""


def pixmap(name: str, size: int = 48, color: str = DEFAULT_COLOR) -> QPixmap:
    """The icon ``name`` drawn at ``size`` × ``size`` pixels in ``color`` (transparent background)."""
    from PySide6.QtSvg import QSvgRenderer  # QtSvg only once an icon is drawn

    pm = QPixmap(QSize(size, size))
    pm.fill(Qt.GlobalColor.transparent)
    text = _svg_text(name)
    if not text:
        return pm
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", color).encode("utf-8")))
    painter = QPainter(pm)
    renderer.render(painter)
    painter.end()
    return pm


@cache
def icon(name: str, color: str = DEFAULT_COLOR) -> QIcon:
    """A QIcon for buttons and lists (rendered at 24, 32 and 48 px)."""
    result = QIcon()
    for size in (24, 32, 48, 96):
        result.addPixmap(pixmap(name, size, color))
    return result
