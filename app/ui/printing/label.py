"""The parcel label: 100 × 150 mm thermal label stock (the common one-part e-waybill size).

Fixed regions, top to bottom (mm from the top edge):

====  =========  ===========================================================
  3   header     carrier (large) · station, station code, time (right)
 16   barcode    Code128 of the waybill, 15 mm bars, the number under it
 41   recipient  "To" · masked name and phone (large) · address
 82   sender     "From" · masked name and phone · address
104   details    contents, weight, postage, tags · QR code (25 mm, right)
131   bottom     remark · signature line
====  =========  ===========================================================

Text that does not fit its region at the preferred size is set smaller (down to a floor) and then
clipped to the region, so one long address never pushes into the next block.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ...core.documents import LABEL_SIZE_MM, Label
from .codes import code128_png, qr_png
from .flow import Ctx, WrappedText, draw_code, module_px
from .fonts import print_font
from .target import Target

M = 3.0  # margin (mm)
INNER_W = LABEL_SIZE_MM[0] - 2 * M
SIDE_W = 10.0  # the "To"/"From" column



def fit(ctx: Ctx, text: str, sizes: Sequence[float], width_mm: float, height_mm: float, *,
        bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> WrappedText:
    """``text`` wrapped at the first of ``sizes`` (points) that fits the box; else the smallest."""
    wrapped = None
    for pt in sizes:
        wrapped = WrappedText(text, print_font(pt, bold=bold), ctx.device, ctx.mm(width_mm), align)
        if wrapped.height <= ctx.mm(height_mm):
            break
    assert wrapped is not None
    return wrapped


def _boxed(painter: QPainter, ctx: Ctx, wrapped: WrappedText, x: float, y: float, w: float, h: float) -> None:
    """Draw ``wrapped`` at (x, y) mm inside its w × h mm box: lines that do not fit whole are left
    out (and the box clips), so text never runs into the next block."""
    painter.save()
    painter.setClipRect(QRectF(ctx.mm(x), ctx.mm(y), ctx.mm(w), ctx.mm(h)))
    wrapped.draw(painter, ctx.mm(x), ctx.mm(y), ctx.mm(h))
    painter.restore()


def _hline(painter: QPainter, ctx: Ctx, y: float, weight: float = 0.4) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, ctx.mm(weight)))
    painter.drawLine(QPointF(ctx.mm(M), ctx.mm(y)), QPointF(ctx.mm(M + INNER_W), ctx.mm(y)))


def _vline(painter: QPainter, ctx: Ctx, x: float, top: float, bottom: float) -> None:
    painter.setPen(QPen(Qt.GlobalColor.black, ctx.mm(0.3)))
    painter.drawLine(QPointF(ctx.mm(x), ctx.mm(top)), QPointF(ctx.mm(x), ctx.mm(bottom)))


def _party(painter: QPainter, ctx: Ctx, side: str, party, top: float, bottom: float,
           head_pt: float, address_sizes: Sequence[float]) -> None:
    if 0 < len(side) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in side):
        side = "\n".join(side)  # 收件人 reads top to bottom in the narrow column
    side_text = fit(ctx, side, (head_pt, 12, 9, 7), SIDE_W - 1, bottom - top - 2, bold=True,
                    align=Qt.AlignmentFlag.AlignHCenter)
    _boxed(painter, ctx, side_text, M, top + (bottom - top - ctx.to_mm(side_text.height)) / 2,
           SIDE_W - 1, bottom - top)
    _vline(painter, ctx, M + SIDE_W, top, bottom)
    x, w = M + SIDE_W + 2, INNER_W - SIDE_W - 2
    who = fit(ctx, f"{party.name}  {party.phone}", (head_pt, head_pt - 2, 9), w, 12, bold=True)
    _boxed(painter, ctx, who, x, top + 1.5, w, 12)
    y = top + 2.5 + ctx.to_mm(who.height)
    address = fit(ctx, party.address, address_sizes, w, bottom - y - 1)
    _boxed(painter, ctx, address, x, y, w, bottom - y - 1)


def render_label(label: Label, target: Target) -> int:
    """Draw ``label`` on one 100 × 150 mm page of ``target``; returns 1 (the page count)."""
    ctx = target.ctx
    painter = target.begin(*LABEL_SIZE_MM)
    try:
        _draw(painter, ctx, label)
    finally:
        target.end()
    return 1


def _draw(painter: QPainter, ctx: Ctx, label: Label) -> None:
    # header
    carrier = fit(ctx, label.carrier, (18, 15, 12), 50, 12, bold=True)
    _boxed(painter, ctx, carrier, M, M + (12 - ctx.to_mm(carrier.height)) / 2, 50, 12)
    station = "\n".join(t for t in (label.station_name, label.station_code, label.created_text) if t)
    right = fit(ctx, station, (8, 7, 6), 42, 12, align=Qt.AlignmentFlag.AlignRight)
    _boxed(painter, ctx, right, M + INNER_W - 42, M, 42, 12.5)
    _hline(painter, ctx, 16, 0.6)

    # barcode: bars as wide as fits, at most 0.4 mm a module, quiet zones inside the margins
    code = code128_png(label.barcode or label.waybill)
    module = module_px(ctx, code.modules + 20, ctx.mm(INNER_W), 0.4)
    bar_w = module * code.modules
    painter_x = ctx.mm(M) + (ctx.mm(INNER_W) - bar_w) / 2
    draw_code(painter, code, QRectF(painter_x, ctx.mm(18), bar_w, ctx.mm(15)))
    number = fit(ctx, label.waybill, (14, 12, 10), INNER_W, 6.5, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    _boxed(painter, ctx, number, M, 33.5, INNER_W, 7)
    _hline(painter, ctx, 41, 0.6)

    # recipient and sender
    to_word = QCoreApplication.translate("Printing", "To")
    from_word = QCoreApplication.translate("Printing", "From")
    _party(painter, ctx, to_word, label.recipient, 41, 82, 16, (13, 12, 11, 10, 9, 8))
    _hline(painter, ctx, 82)
    _party(painter, ctx, from_word, label.sender, 82, 104, 10, (9, 8, 7))
    _hline(painter, ctx, 104)

    # details and QR
    contents_word = QCoreApplication.translate("Printing", "Contents")
    weight_word = QCoreApplication.translate("Printing", "Weight")
    postage_word = QCoreApplication.translate("Printing", "Postage")
    rows = []
    if label.contents:
        rows.append(f"{contents_word}: {label.contents}")
    weight = f"{weight_word}: {label.weight_text}"
    if label.price_fen is not None:
        weight += f"    {postage_word}: ¥{label.price_text}"
    rows.append(weight)
    details = fit(ctx, "\n".join(rows), (11, 10, 9, 8), 66, 17)
    _boxed(painter, ctx, details, M, 105.5, 66, 17)
    if label.tags:
        tags = fit(ctx, " · ".join(label.tags), (12, 10, 8), 64, 6.5, bold=True)
        painter.setPen(QPen(Qt.GlobalColor.black, ctx.mm(0.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(ctx.mm(M), ctx.mm(123), ctx.mm(66), ctx.mm(7)))
        _boxed(painter, ctx, tags, M + 1, 123.3, 64, 6.5)
    if label.qr:
        qr = qr_png(label.qr)
        side = module_px(ctx, qr.modules, ctx.mm(25), 25 / qr.modules) * qr.modules
        draw_code(painter, qr, QRectF(ctx.mm(M + INNER_W) - side, ctx.mm(105), side, side))
    _hline(painter, ctx, 131)

    # bottom: remark and signature
    if label.remark:
        remark = fit(ctx, label.remark, (10, 9, 8, 7), 52, 14)
        _boxed(painter, ctx, remark, M, 132.5, 52, 14)
    sign = fit(ctx, QCoreApplication.translate("Printing", "Signature"), (9, 8), 38, 5)
    _boxed(painter, ctx, sign, M + INNER_W - 38, 133, 38, 5)
    painter.setPen(QPen(Qt.GlobalColor.black, ctx.mm(0.3)))
    painter.drawLine(QPointF(ctx.mm(M + INNER_W - 38), ctx.mm(145)), QPointF(ctx.mm(M + INNER_W), ctx.mm(145)))
