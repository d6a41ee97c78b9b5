"""The sheet layout: a table on A4, portrait or landscape (round sheets, courier manifests, ledgers).

First page: station and time, title, the sheet's fields in two columns, an optional Code128 at
the top right and a QR under it. Then the table: column widths by weight, cells wrapped, header row repeated on
every page; a row never splits across pages. Then totals and signature lines. Every page has a
footer with the sheet's footer text and "Page n / N".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...core.documents import Sheet
from .codes import QR_QUIET_MODULES, code128_png, qr_png
from .flow import Block, Code, Ctx, Pair, Space, Text, WrappedText, draw_flow, flow_height
from .fonts import print_font
from .target import Target

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 15.0
FOOTER_MM = 8.0  # reserved at the bottom of every page
PAD_MM = 1.2  # cell padding
BODY_PT, HEAD_PT, SMALL_PT, TITLE_PT = 9.5, 9.5, 8.0, 16.0
DENSE_PT = 7.0  # table cells of a dense sheet (ledgers with twenty columns)
CENTER = Qt.AlignmentFlag.AlignHCenter
QR_MM = 24.0  # the QR's side at the top right



@dataclass
class _Row:
    cells: list[WrappedText]
    height: float
    header: bool = False


class _Table:
    """Column geometry and wrapped cells for one device."""

    def __init__(self, sheet: Sheet, ctx: Ctx, width: float) -> None:
        total = sum(max(0.1, c.weight) for c in sheet.columns)
        self.widths = [width * max(0.1, c.weight) / total for c in sheet.columns]
        self.ctx = ctx
        self.pad = ctx.mm(PAD_MM)
        self.sheet = sheet
        self.header = self._row([c.title for c in sheet.columns], header=True)
        self.rows = [self._row(list(r)) for r in sheet.rows]

    def _row(self, texts: list[str], header: bool = False) -> _Row:
        size = DENSE_PT if self.sheet.dense else (HEAD_PT if header else BODY_PT)
        font = print_font(size, bold=header)
        cells = []
        for text, width, col in zip(texts, self.widths, self.sheet.columns, strict=True):
            align = Qt.AlignmentFlag.AlignRight if (col.right_aligned and not header) else Qt.AlignmentFlag.AlignLeft
            cells.append(WrappedText(text, font, self.ctx.device, width - 2 * self.pad, align))
        height = max(c.height for c in cells) + 2 * self.pad
        return _Row(cells, height, header)

    def draw_row(self, painter: QPainter, row: _Row, x: float, y: float) -> None:
        width = sum(self.widths)
        if row.header:
            painter.fillRect(QRectF(x, y, width, row.height), QColor(225, 225, 225))
        painter.setPen(QPen(Qt.GlobalColor.black, self.ctx.mm(0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cx = x
        for cell, w in zip(row.cells, self.widths, strict=True):
            painter.drawRect(QRectF(cx, y, w, row.height))
            cell.draw(painter, cx + self.pad, y + self.pad)
            cx += w


def _head_blocks(sheet: Sheet) -> list[Block]:
    small = print_font(SMALL_PT)
    station = "  ".join(t for t in (sheet.station_name, sheet.station_code) if t)
    blocks: list[Block] = []
    if station or sheet.issued_text:
        blocks.append(Pair(station, sheet.issued_text, small))
    blocks += [Space(2), Text(sheet.title, print_font(TITLE_PT, bold=True), CENTER), Space(3)]
    if sheet.barcode:
        blocks += [Code(code128_png(sheet.barcode), preferred_module_mm=0.3, height_mm=8, quiet_modules=0,
                        caption=sheet.barcode, caption_font=print_font(7), max_width_mm=60, right=True),
                   Space(2)]
    if sheet.qr:
        qr = qr_png(sheet.qr)
        blocks += [Code(qr, preferred_module_mm=QR_MM / qr.modules, quiet_modules=QR_QUIET_MODULES,
                        max_width_mm=QR_MM + 4, right=True), Space(2)]
    return blocks


def _tail_blocks(sheet: Sheet) -> list[Block]:
    body = print_font(BODY_PT)
    blocks: list[Block] = []
    if sheet.totals:
        blocks.append(Space(2))
        for t in sheet.totals:
            blocks.append(Pair(t.label, "¥" + t.amount_text, print_font(BODY_PT + 1, bold=t.strong)))
    if sheet.signatures:
        blocks.append(Space(8))
        line = "    ".join(f"{name}: ____________________" for name in sheet.signatures)
        date_word = QCoreApplication.translate("Printing", "Date")
        blocks.append(Text(line + f"    {date_word}: ____________", body))
    return blocks


class _Fields:
    """The sheet's fields, two per line (``label: value``)."""

    def __init__(self, sheet: Sheet) -> None:
        self.fields = sheet.fields
        self.font = print_font(BODY_PT)

    def _cells(self, ctx: Ctx, width: float) -> list[list[WrappedText]]:
        half = (width - ctx.mm(4)) / 2
        texts = [f"{f.label}: {f.value}" for f in self.fields]
        return [[WrappedText(t, self.font, ctx.device, half) for t in texts[i:i + 2]]
                for i in range(0, len(texts), 2)]

    def measure(self, ctx: Ctx, width: float) -> float:
        return sum(max(c.height for c in row) for row in self._cells(ctx, width)) + ctx.mm(2 if self.fields else 0)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        painter.setPen(QPen(Qt.GlobalColor.black))
        half = (width - ctx.mm(4)) / 2
        for row in self._cells(ctx, width):
            for i, cell in enumerate(row):
                cell.draw(painter, x + i * (half + ctx.mm(4)), y)
            y += max(c.height for c in row)


def page_mm(sheet: Sheet) -> tuple[float, float]:
    """(width, height) of the sheet's page in mm: A4 portrait, or on its side."""
    return (PAGE_MM[1], PAGE_MM[0]) if sheet.landscape else PAGE_MM


def render_sheet(sheet: Sheet, target: Target) -> int:
    """Draw ``sheet`` on A4 pages of ``target``; returns the page count."""
    ctx = target.ctx
    page = page_mm(sheet)
    x0, top = ctx.mm(MARGIN_MM), ctx.mm(MARGIN_MM)
    width = ctx.mm(page[0] - 2 * MARGIN_MM)
    bottom = ctx.mm(page[1] - MARGIN_MM - FOOTER_MM)
    head: list[Block] = [*_head_blocks(sheet), _Fields(sheet)]
    tail = _tail_blocks(sheet)
    table = _Table(sheet, ctx, width)

    # plan: for each page, the y where its table starts and the rows on it; then the tail
    head_h = flow_height(head, ctx, width)
    pages: list[list[_Row]] = [[]]
    y = top + head_h + table.header.height
    for row in table.rows:
        if pages[-1] and y + row.height > bottom:
            pages.append([])
            y = top + table.header.height
        pages[-1].append(row)
        y += row.height
    tail_h = flow_height(tail, ctx, width)
    tail_on_new_page = bool(tail) and y + tail_h > bottom
    count = len(pages) + (1 if tail_on_new_page else 0)

    painter = target.begin(*page)
    try:
        for n, rows in enumerate(pages):
            if n:
                target.new_page()
            y = top
            if n == 0:
                draw_flow(head, painter, ctx, x0, y, width)
                y += head_h
            table.draw_row(painter, table.header, x0, y)
            y += table.header.height
            for row in rows:
                table.draw_row(painter, row, x0, y)
                y += row.height
            _footer(painter, ctx, sheet, n + 1, count)
        if tail_on_new_page:
            target.new_page()
            y = top
            _footer(painter, ctx, sheet, count, count)
        draw_flow(tail, painter, ctx, x0, y, width)
    finally:
        target.end()
    return count


def _footer(painter: QPainter, ctx: Ctx, sheet: Sheet, page: int, count: int) -> None:
    small = print_font(SMALL_PT)
    size = page_mm(sheet)
    width = ctx.mm(size[0] - 2 * MARGIN_MM)
    y = ctx.mm(size[1] - MARGIN_MM - FOOTER_MM + 2)
    painter.setPen(QPen(Qt.GlobalColor.black, ctx.mm(0.2)))
    painter.drawLine(QPointF(ctx.mm(MARGIN_MM), y - ctx.mm(1)), QPointF(ctx.mm(MARGIN_MM) + width, y - ctx.mm(1)))
    page_text = QCoreApplication.translate("Printing", "Page {page} / {count}").format(page=page, count=count)
    Pair(sheet.footer, page_text, small).draw(painter, ctx, ctx.mm(MARGIN_MM), y, width)
