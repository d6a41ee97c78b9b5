"""The Qt binding must not drop references to None: PySide6 6.12.0 on Python 3.11 returns None from
void methods without a reference, and a receipt's few thousand painter calls then abort the
interpreter ("none_dealloc"). pyproject.toml keeps PySide6 below 6.12 for that reason."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen


def test_void_qt_calls_keep_none_alive(qapp):
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    pen = QPen(Qt.GlobalColor.black, 1)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.setPen(pen)  # void
            painter.drawRect(QRectF(0, 0, 5, 5))  # void
            image.setDotsPerMeterX(8000)  # void
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    # a correct binding loses nothing; the broken one loses exactly one per call (600)
    assert lost < 50, f"{lost} references to None lost in 600 void calls"
