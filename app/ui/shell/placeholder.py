"""The honest page for a module that is not built yet: what it will do, and no controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..icons import pixmap
from ..modules import TITLE_CONTEXT, ModuleSpec
from ..theme import COLORS


class NotAvailablePage(QWidget):
    def __init__(self, spec: ModuleSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAvailable")
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(pixmap(spec.icon, 96, COLORS["line"]))
        title = QCoreApplication.translate(TITLE_CONTEXT, spec.title)
        headline = QLabel(self.tr("{module} is not available yet").format(module=title), objectName="placeholder",
                          alignment=Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(picture)
        box.addWidget(headline)
        if spec.description:
            about = QLabel(QCoreApplication.translate(TITLE_CONTEXT, spec.description), objectName="muted",
                           alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            box.addWidget(about)
        if spec.load_error:
            error = QLabel(self.tr("This screen could not be loaded: {error}").format(error=spec.load_error),
                           objectName="muted", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            box.addWidget(error)
        box.addStretch(2)
