"""Words for the error codes of printable documents and printers."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "document.barcode_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' cannot be printed as a barcode (letters, digits and signs, at most {max_len})"),
    "document.qr_too_long": QT_TRANSLATE_NOOP("errors", "The QR code text is too long ({length} characters, at most {max_len})"),
    "document.line_invalid": QT_TRANSLATE_NOOP("errors", "A receipt line must be a field or an item"),
    "document.weight_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a weight in grams"),
    "document.no_columns": QT_TRANSLATE_NOOP("errors", "A sheet needs at least one column"),
    "document.row_width": QT_TRANSLATE_NOOP("errors", "A sheet row has {got} cells but the sheet has {expected} columns"),
    "document.no_labels": QT_TRANSLATE_NOOP("errors", "There are no labels to print"),
    "document.grid_invalid": QT_TRANSLATE_NOOP("errors", "Labels are laid out 1-4 across and 1-8 down, not {columns} × {rows}"),
    "document.width_invalid": QT_TRANSLATE_NOOP("errors", "Receipt paper is {choices} mm wide, not {width}"),
    "printer.not_found": QT_TRANSLATE_NOOP("errors", "Printer '{name}' is not connected: choose another printer or save as PDF"),
    "printer.failed": QT_TRANSLATE_NOOP("errors", "Printer '{name}' did not accept the document: check paper and power, then print again"),
    "printer.save_failed": QT_TRANSLATE_NOOP("errors", "The PDF could not be saved in {folder}"),
}
