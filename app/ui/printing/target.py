"""Where a layout is drawn: a printer (a real one, or a PDF file through ``QPrinter``) or images
for an on-screen preview. A layout measures on ``ctx`` first, then asks for pages of the size it
needs: a receipt is as long as its content, a label and a sheet have fixed paper.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ...core.errors import Refused
from .flow import Ctx


def _page_size(width_mm: float, height_mm: float) -> QPageSize:
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.ExactMatch)


class PrinterTarget:
    """Pages on a ``QPrinter``. ``name`` is what errors report (the printer's name or the PDF)."""

    def __init__(self, printer: QPrinter, name: str) -> None:
        self.printer, self.name = printer, name
        printer.setFullPage(True)  # coordinates from the paper's corner; the layout keeps margins
        self.ctx = Ctx(printer, float(printer.resolution()))
        self._painter: QPainter | None = None

    def begin(self, width_mm: float, height_mm: float) -> QPainter:
        """Start the first page of ``width_mm`` × ``height_mm`` and return the painter
        (``Refused('printer.failed')`` when the printer will not start)."""
        self._set_size(width_mm, height_mm)
        painter = QPainter()
        if not painter.begin(self.printer):
            raise Refused("printer.failed", name=self.name)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._painter = painter
        return painter

    def _set_size(self, width_mm: float, height_mm: float) -> None:
        orientation = QPageLayout.Orientation.Portrait
        layout = QPageLayout(_page_size(width_mm, height_mm), orientation, QMarginsF(0, 0, 0, 0),
                             QPageLayout.Unit.Millimeter)
        if not self.printer.setPageLayout(layout):
            # a driver with hardware margins refuses zero margins: keep its margins, our page size
            self.printer.setPageSize(_page_size(width_mm, height_mm))
            self.printer.setPageOrientation(orientation)

    def new_page(self) -> None:
        if not self.printer.newPage():
            raise Refused("printer.failed", name=self.name)

    def end(self) -> None:
        if self._painter is not None and self._painter.isActive():
            if not self._painter.end():
                raise Refused("printer.failed", name=self.name)
        self._painter = None


class ImageTarget:
    """Pages as white ``QImage``s at ``dpi`` (a preview at the thermal head's 203 dpi by default)."""

    def __init__(self, dpi: float = 203.0) -> None:
        probe = QImage(1, 1, QImage.Format.Format_RGB32)
        dpm = round(dpi / 0.0254)
        probe.setDotsPerMeterX(dpm)
        probe.setDotsPerMeterY(dpm)
        self._probe = probe
        self.ctx = Ctx(probe, dpi)
        self.images: list[QImage] = []
        self._size = (0.0, 0.0)
        self._painter: QPainter | None = None

    def _page(self) -> QPainter:
        if self._painter is not None:
            self._painter.end()
        w, h = (max(1, round(self.ctx.mm(v))) for v in self._size)
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(self._probe.dotsPerMeterX())
        image.setDotsPerMeterY(self._probe.dotsPerMeterY())
        image.fill(Qt.GlobalColor.white)
        self.images.append(image)
        painter = self._painter or QPainter()
        painter.begin(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._painter = painter
        return painter

    def begin(self, width_mm: float, height_mm: float) -> QPainter:
        self._size = (width_mm, height_mm)
        return self._page()

    def new_page(self) -> None:
        self._page()

    def end(self) -> None:
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._painter = None


Target = PrinterTarget | ImageTarget
