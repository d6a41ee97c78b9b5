"""A report book (:class:`app.core.exports.ExportBook`) on A4: the title and the stamp's fields,
then each table under its title (its header row repeated when it runs onto the next page, a row
never split), then the charts drawn by the one chart renderer (``app.ui.charts``), each kept whole
on a page. The footer ("Page n / N") is the sheet layout's. Tables with more than eight columns
print dense (7 pt).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from ...core.documents import Sheet
from ...core.exports import ExportBook
from ..charts import draw_chart
from .export import PORTRAIT_MAX_COLUMNS, table_sheet
from .flow import Ctx, Space, Text
from .fonts import print_font
from .sheet import FOOTER_MM, MARGIN_MM, PAGE_MM, TITLE_PT, _Fields, _footer, _Table
from .target import Target

CHART_MM = 82.0  # a chart's height on the page
SECTION_PT = 11.0


def _cover(book: ExportBook) -> Sheet:
    """A stand-in sheet for the head and the footer of the sheet layout."""
    from ...core.documents import Column, Field

    return Sheet(title=book.title, columns=[Column("-")], rows=[], fields=[Field(k, v) for k, v in book.fields],
                 footer=book.footer)


def render_book(book: ExportBook, target: Target) -> int:
    """Draw ``book`` on A4 pages of ``target``; returns the page count."""
    ctx: Ctx = target.ctx
    cover = _cover(book)
    x0, top = ctx.mm(MARGIN_MM), ctx.mm(MARGIN_MM)
    width = ctx.mm(PAGE_MM[0] - 2 * MARGIN_MM)
    bottom = ctx.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM)
    # plan the pages first (ops per page), so the footer can say "n / N"
    pages: list[list[tuple[str, object, float]]] = [[]]
    y = top

    def place(kind: str, item: object, height: float, keep_with: float = 0.0) -> None:
        nonlocal y
        if pages[-1] and y + height + keep_with > bottom:
            pages.append([])
            y = top
        pages[-1].append((kind, item, y))
        y += height

    head = [Text(book.title, print_font(TITLE_PT, bold=True), Qt.AlignmentFlag.AlignHCenter), Space(3)]
    for block in head:
        place("block", block, block.measure(ctx, width))
    fields = _Fields(cover)
    place("fields", fields, fields.measure(ctx, width))
    for table in book.tables:
        sheet = table_sheet(table)
        if len(sheet.columns) > PORTRAIT_MAX_COLUMNS:
            sheet = Sheet(title=sheet.title, columns=sheet.columns, rows=sheet.rows, dense=True)
        grid = _Table(sheet, ctx, width)
        caption = Text(table.title, print_font(SECTION_PT, bold=True))
        cap_h = caption.measure(ctx, width) + ctx.mm(1)
        place("space", None, ctx.mm(3))
        first = grid.rows[0].height if grid.rows else 0.0
        place("block", caption, cap_h, keep_with=grid.header.height + first)
        place("row", (grid, grid.header), grid.header.height, keep_with=first)
        for row in grid.rows:
            before = len(pages)
            place("row", (grid, row), row.height)
            if len(pages) != before:  # the table ran onto a new page: its header again first
                kind, item, _ = pages[-1].pop()
                y = top
                place("row", (grid, grid.header), grid.header.height)
                place(kind, item, row.height)
    for chart in book.charts:
        place("space", None, ctx.mm(4))
        place("chart", chart, ctx.mm(CHART_MM))
    count = len(pages)
    painter: QPainter = target.begin(*PAGE_MM)
    try:
        for n, ops in enumerate(pages):
            if n:
                target.new_page()
            for kind, item, at in ops:
                if kind in ("block", "fields"):
                    item.draw(painter, ctx, x0, at, width)  # type: ignore[attr-defined]
                elif kind == "row":
                    grid, row = item  # type: ignore[misc]
                    grid.draw_row(painter, row, x0, at)
                elif kind == "chart":
                    draw_chart(painter, QRectF(x0, at, width, ctx.mm(CHART_MM)), item)  # type: ignore[arg-type]
            _footer(painter, ctx, cover, n + 1, count)
    finally:
        target.end()
    return count

