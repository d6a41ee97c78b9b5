"""Choosing where documents go: a combo box of the machine's printers plus "Save as PDF", and the
call screens use to print with the station's settings.

The choice is stored in the station setting ``printing.printer_name`` ("" = save a PDF in the data
folder's ``prints/``); the roll width in ``printing.receipt_width_mm`` (58 or 80).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...core.documents import Document
from .output import Printers, SystemPrinters, print_or_save

PRINTER_SETTING = "printing.printer_name"
WIDTH_SETTING = "printing.receipt_width_mm"



class PrinterChoice(QComboBox):
    """"Save as PDF" first, then every printer the system reports. ``printer_name()`` is ""
    for PDF. A stored printer that is not connected now stays listed, marked, so a setting is
    never silently changed by opening the screen."""

    choiceChanged = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, current: str = "", printers: Printers | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerChoice")
        self.addItem(QCoreApplication.translate("Printing", "Save as PDF (prints folder)"), "")
        names = (printers or SystemPrinters()).names()
        for name in names:
            self.addItem(name, name)
        if current and current not in names:
            missing = QCoreApplication.translate("Printing", "{name} (not connected)").format(name=current)
            self.addItem(missing, current)
        self.set_printer_name(current)
        self.currentIndexChanged.connect(lambda _i: self.choiceChanged.emit(self.printer_name()))

    def printer_name(self) -> str:
        return str(self.currentData() or "")

    def set_printer_name(self, name: str) -> None:
        index = self.findData(name)
        self.setCurrentIndex(max(0, index))


def print_with_settings(document: Document, settings, spool: Path, *,
                        printers: Printers | None = None, receipt_width_mm: int | None = None) -> Path | None:
    """Print ``document`` where the station's settings say (``settings`` is the station's
    ``SettingsService``): on the chosen printer, or as a PDF in ``spool`` (returned).
    ``receipt_width_mm`` overrides the roll width setting for one document (a statement on 80 mm)."""
    width = receipt_width_mm or int(settings.get(WIDTH_SETTING))
    return print_or_save(document, settings.get(PRINTER_SETTING) or None, spool, receipt_width_mm=width,
                         printers=printers)
