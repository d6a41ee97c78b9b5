"""Printing: receipts (58/80 mm rolls), parcel labels (100 × 150 mm) and A4 sheets drawn with
QPainter, sent to a printer or saved as PDF. See docs/printing.md.

Screens fill a document from :mod:`app.core.documents` and call :func:`print_or_save` (or
:func:`print_with_settings`). Importing this package loads QtPrintSupport; barcode and qrcode load
on the first document that has a code — keep it off the start-up path (import it where used).
"""

from __future__ import annotations

from .choice import PrinterChoice, print_with_settings
from .output import Printers, SystemPrinters, print_or_save, render, save_pdf
from .target import ImageTarget, PrinterTarget

__all__ = [
    "ImageTarget", "PrinterChoice", "PrinterTarget", "Printers", "SystemPrinters",
    "print_or_save", "print_with_settings", "render", "save_pdf",
]
