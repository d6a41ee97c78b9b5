"""An export table (:class:`app.core.exports.ExportTable`) as a PDF: an A4 sheet (landscape when
the table is wide) with the title, the fields, a header row repeated on every page, the footer and
page numbers. The cells arrive masked from the model, like in CSV and XLSX.

The CLI imports this module only for ``--format pdf``, after :func:`app.cli.printing.headless_qt`
has made the Qt application (offscreen) that fonts need.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...core.documents import Column, Field, Sheet
from ...core.exports import ExportBook, ExportTable, safe_output

#: more columns than this and the sheet is printed landscape
PORTRAIT_MAX_COLUMNS = 8


#: a column's share of the page by kind (text columns: their width, kept between 6 and 18)
_KIND_WEIGHTS = {"date": 14.0, "phone": 16.0, "contact": 16.0, "masked": 24.0, "number": 6.0, "money": 9.0,
                 "grams": 9.0, "pct": 7.0}
_RIGHT = ("number", "money", "grams", "pct")


def _pdf_weight(column) -> float:  # noqa: ANN001 - ExportColumn
    return _KIND_WEIGHTS.get(column.kind) or float(min(max(6, column.width), 18))


def table_sheet(table: ExportTable) -> Sheet:
    """The sheet a table prints as (every row read now: a PDF is laid out whole)."""
    wide = len(table.columns) > PORTRAIT_MAX_COLUMNS
    columns = [Column(c.title, "number" if c.kind in _RIGHT else "text", _pdf_weight(c))
               for c in table.columns]
    rows = list(table.text_rows())
    return Sheet(title=table.title, columns=columns, rows=rows, fields=[Field(k, v) for k, v in table.fields],
                 issued_at=None, footer=table.footer, landscape=wide, dense=wide)


def save_table_pdf(table: ExportTable, path: Path | str) -> Path:
    """Write ``table`` as a PDF at ``path`` (checked and replaced safely like every export)."""
    from .output import save_pdf

    sheet = table_sheet(table)
    with safe_output(path) as tmp:
        save_pdf(sheet, tmp.with_suffix(".pdf"))
        os.replace(tmp.with_suffix(".pdf"), tmp)
    return Path(path)


def save_book_pdf(book: ExportBook, path: Path | str) -> Path:
    """Write a report book (its stamp, tables and charts: ``app.ui.printing.book``) as an A4 PDF at
    ``path``, fonts embedded, checked and replaced safely like every export."""
    from PySide6.QtPrintSupport import QPrinter

    from .book import render_book
    from .target import PrinterTarget

    with safe_output(path) as tmp:
        pdf = tmp.with_suffix(".pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        printer.setCreator("Youyuntong Station")
        printer.setDocName(book.title)
        try:
            render_book(book, PrinterTarget(printer, str(path)))
            os.replace(pdf, tmp)
        finally:
            pdf.unlink(missing_ok=True)
    return Path(path)
