"""Send a document to a printer, or save it as a PDF.

``print_or_save`` is the one call screens make. With a printer name the document goes to that
printer (Qt's print system: the Windows spooler, CUPS on Linux); with none it is saved as a PDF in
``out_dir`` (the data folder's ``prints/``). The PDF is written beside its final name and renamed
into place, so a half-written file never shows up under a real name.

Printers are reached through a small ``Printers`` interface so tests replace the hardware (the one
thing mocked) while the rest — layout, painting, Qt's print engine — runs for real.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
from pathlib import Path
from typing import Protocol

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ...core.documents import Document, Label, LabelSheet, Receipt, Sheet, check_receipt_width, document_stem
from ...core.errors import NotFound, Refused
from .target import PrinterTarget, Target

log = logging.getLogger(__name__)


class Printers(Protocol):
    """The printers this machine can reach."""

    def names(self) -> list[str]: ...

    def open(self, name: str) -> QPrinter:
        """A ``QPrinter`` bound to the named printer."""
        ...


class SystemPrinters:
    """The operating system's printers, through ``QPrinterInfo``."""

    def names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def open(self, name: str) -> QPrinter:
        return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def render(document: Document, target: Target, *, receipt_width_mm: int = 58) -> int:
    """Draw ``document`` on ``target``; returns the number of pages. ``receipt_width_mm`` is the
    roll width for a receipt (58 or 80); labels are 100 × 150 mm, sheets and label sheets A4."""
    if isinstance(document, Receipt):
        from .receipt import render_receipt

        return render_receipt(document, target, receipt_width_mm)
    if isinstance(document, Label):
        from .label import render_label

        return render_label(document, target)
    if isinstance(document, Sheet):
        from .sheet import render_sheet

        return render_sheet(document, target)
    if isinstance(document, LabelSheet):
        from .labels import render_labels

        return render_labels(document, target)
    raise TypeError(f"not a printable document: {type(document).__name__}")


def _unique_pdf(out_dir: Path, stem: str) -> Path:
    path = out_dir / f"{stem}.pdf"
    n = 2
    while path.exists():
        path = out_dir / f"{stem}-{n}.pdf"
        n += 1
    return path


def save_pdf(document: Document, path: Path, *, receipt_width_mm: int = 58) -> Path:
    """Write ``document`` as a PDF at ``path`` (fonts embedded; replaced atomically)."""
    tmp = path.with_name(f".{path.name}.part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp))
    printer.setCreator("Youyuntong Station")
    printer.setDocName(path.stem)
    try:
        render(document, PrinterTarget(printer, str(path)), receipt_width_mm=receipt_width_mm)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise Refused("printer.save_failed", folder=str(path.parent))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def print_or_save(document: Document, printer_name: str | None, out_dir: Path | str, *,
                  receipt_width_mm: int = 58, printers: Printers | None = None,
                  now: _dt.datetime | None = None) -> Path | None:
    """Print ``document`` on ``printer_name``, or — when it is ``None`` or empty — save it as a PDF
    in ``out_dir`` (created if needed) and return the PDF's path.

    Guarantees: an unknown printer raises ``NotFound('printer.not_found')`` before anything is
    drawn; a printer or folder that fails raises ``Refused('printer.failed' / 'printer.save_failed')``
    and leaves no partial PDF; a saved PDF never overwrites an earlier one (``-2``, ``-3`` ...).
    """
    check_receipt_width(receipt_width_mm)
    if printer_name:
        printers = printers or SystemPrinters()
        if printer_name not in printers.names():
            raise NotFound("printer.not_found", name=printer_name)
        printer = printers.open(printer_name)
        printer.setDocName(document_stem(document, now or _dt.datetime.now(_dt.UTC)))
        pages = render(document, PrinterTarget(printer, printer_name), receipt_width_mm=receipt_width_mm)
        log.info("printed %s on %s (%d page(s))", document.kind, printer_name, pages)
        return None
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise Refused("printer.save_failed", folder=str(folder)) from None
    path = _unique_pdf(folder, document_stem(document, now or _dt.datetime.now(_dt.UTC)))
    save_pdf(document, path, receipt_width_mm=receipt_width_mm)
    log.info("saved %s as %s", document.kind, path)
    return path
