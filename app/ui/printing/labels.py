"""A sheet of labels to cut out (shelf-layer labels): A4 portrait, 10 mm margins, ``columns`` ×
``rows`` cells per page with dashed cutting lines.

Each cell, top to bottom: the station (small), the big line (``A-3``, set as large as the cell
allows), the caption, then the Code128 (left, the value printed under it) and the QR code (right).
A value that does not fit at the preferred size is set smaller, never past its cell.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ...core.documents import LabelSheet, TagLabel
from .codes import code128_png, qr_png
from .flow import Ctx, WrappedText, draw_code, module_px, natural_width
from .fonts import print_font
from .target import Target

A4_MM = (210.0, 297.0)
MARGIN = 10.0
PAD = 4.0  # inside each cell


def render_labels(sheet: LabelSheet, target: Target) -> int:
    """Draw ``sheet`` on as many A4 pages as its labels need; returns the page count."""
    ctx = target.ctx
    per_page = sheet.per_page
    pages = [sheet.labels[i:i + per_page] for i in range(0, len(sheet.labels), per_page)]
    painter = target.begin(*A4_MM)
    try:
        for n, labels in enumerate(pages):
            if n:
                target.new_page()
            _page(painter, ctx, sheet, labels)
    finally:
        target.end()
    return len(pages)


def _page(painter: QPainter, ctx: Ctx, sheet: LabelSheet, labels: tuple[TagLabel, ...]) -> None:
    w = (A4_MM[0] - 2 * MARGIN) / sheet.columns
    h = (A4_MM[1] - 2 * MARGIN) / sheet.rows
    pen = QPen(Qt.GlobalColor.gray, ctx.mm(0.2), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    for c in range(sheet.columns + 1):
        x = ctx.mm(MARGIN + c * w)
        painter.drawLine(QPointF(x, ctx.mm(MARGIN)), QPointF(x, ctx.mm(A4_MM[1] - MARGIN)))
    for r in range(sheet.rows + 1):
        y = ctx.mm(MARGIN + r * h)
        painter.drawLine(QPointF(ctx.mm(MARGIN), y), QPointF(ctx.mm(A4_MM[0] - MARGIN), y))
    for i, label in enumerate(labels):
        col, row = i % sheet.columns, i // sheet.columns
        _cell(painter, ctx, sheet, label, MARGIN + col * w + PAD, MARGIN + row * h + PAD, w - 2 * PAD, h - 2 * PAD)


def _fitting_points(ctx: Ctx, text: str, width_mm: float, height_mm: float, largest: float, *, bold: bool) -> float:
    """The largest point size ≤ ``largest`` at which ``text`` fits on one line of the box."""
    pt = largest
    while pt > 6:
        font = print_font(pt, bold=bold)
        wrapped = WrappedText(text, font, ctx.device, ctx.mm(width_mm))
        if natural_width(text, font, ctx.device) <= ctx.mm(width_mm) and wrapped.height <= ctx.mm(height_mm):
            return pt
        pt -= 2
    return 6


def _text(painter: QPainter, ctx: Ctx, text: str, pt: float, x: float, y: float, w: float, h: float, *,
          bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> float:
    """Draw wrapped text clipped to its box (mm); returns the height used (mm)."""
    wrapped = WrappedText(text, print_font(pt, bold=bold), ctx.device, ctx.mm(w), align)
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.setClipRect(QRectF(ctx.mm(x), ctx.mm(y), ctx.mm(w), ctx.mm(h)))
    wrapped.draw(painter, ctx.mm(x), ctx.mm(y), ctx.mm(h))
    painter.restore()
    return min(h, ctx.to_mm(wrapped.height))


def _cell(painter: QPainter, ctx: Ctx, sheet: LabelSheet, label: TagLabel, x: float, y: float, w: float,
          h: float) -> None:
    codes_h = min(26.0, h * 0.42)
    top = y
    station = " · ".join(t for t in (sheet.station_name, sheet.station_code) if t)
    if station:
        top += _text(painter, ctx, station, 8, x, top, w, 5, align=Qt.AlignmentFlag.AlignLeft) + 0.5
    text_h = y + h - codes_h - top
    big_h = text_h * 0.72
    pt = _fitting_points(ctx, label.big, w, big_h, 96, bold=True)
    used = _text(painter, ctx, label.big, pt, x, top, w, big_h, bold=True)
    top += used
    if label.caption:
        _text(painter, ctx, label.caption, 12, x, top, w, y + h - codes_h - top)
    # codes: Code128 on the left with its value under it, QR on the right
    code_top = y + h - codes_h
    qr = qr_png(label.code)
    side = module_px(ctx, qr.modules + 8, ctx.mm(codes_h), 0.8) * qr.modules
    qr_x = ctx.mm(x + w) - side
    draw_code(painter, qr, QRectF(qr_x, ctx.mm(code_top) + (ctx.mm(codes_h) - side) / 2, side, side))
    bars = code128_png(label.code)
    bar_room = qr_x - ctx.mm(x) - ctx.mm(4)
    module = module_px(ctx, bars.modules + 20, bar_room, 0.38)
    bar_w = module * bars.modules
    bar_h = codes_h - 6
    bar_x = ctx.mm(x) + module * 10
    draw_code(painter, bars, QRectF(bar_x, ctx.mm(code_top), bar_w, ctx.mm(bar_h)))
    _text(painter, ctx, label.code, 9, ctx.to_mm(bar_x), code_top + bar_h + 0.5, ctx.to_mm(bar_w), 5)
