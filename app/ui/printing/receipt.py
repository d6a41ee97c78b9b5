"""The receipt layout for 58 mm and 80 mm thermal rolls.

The page is the roll's width and exactly as long as the receipt (a roll printer cuts there). The
text stays inside the head's printable width: 48 mm on a 58 mm roll, 72 mm on an 80 mm roll.
Order: station, title, time, [pending-confirmation box], lines (fields and items), totals,
signing lines, Code128 with its number, QR, footer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from ...core.documents import Field, ItemRow, Receipt, check_receipt_width
from .codes import CODE128_QUIET_MODULES, QR_QUIET_MODULES, code128_png, qr_png
from .flow import Banner, Block, Code, Pair, Rule, Space, Text, draw_flow, flow_height, paginate
from .fonts import print_font
from .target import Target

CENTER = Qt.AlignmentFlag.AlignHCenter
# the longest single page a PDF viewer and most drivers accept comfortably (mm); longer receipts
# continue on a second page of the same width
MAX_PAGE_MM = 2000.0


@dataclass(frozen=True)
class RollSpec:
    """Sizes for one roll width (mm and points)."""

    width_mm: int
    margin_mm: float  # each side: the head prints width - 2 × margin
    body_pt: float
    small_pt: float
    title_pt: float
    station_pt: float
    strong_pt: float
    module_mm: float  # Code128 module width wanted
    bar_height_mm: float
    qr_mm: float


ROLLS = {
    58: RollSpec(58, 5.0, 8.5, 7.0, 11.0, 12.0, 11.0, 0.25, 9.0, 22.0),
    80: RollSpec(80, 4.0, 9.5, 8.0, 12.5, 14.0, 12.5, 0.30, 10.0, 28.0),
}
TOP_MM = 3.0
FEED_MM = 6.0  # blank paper after the last line so the tear bar does not cut the footer



def pending_text() -> str:
    return QCoreApplication.translate(
        "Printing", "PENDING CONFIRMATION\nThe platform has not confirmed this payment yet. Keep this receipt.")


def receipt_blocks(receipt: Receipt, spec: RollSpec) -> list[Block]:
    """The receipt as flow blocks for ``spec``'s roll."""
    body = print_font(spec.body_pt)
    small = print_font(spec.small_pt)
    bold = print_font(spec.body_pt, bold=True)
    blocks: list[Block] = [Text(receipt.station_name, print_font(spec.station_pt, bold=True), CENTER)]
    if receipt.station_code:
        blocks.append(Text(receipt.station_code, small, CENTER))
    blocks += [Space(1.0), Text(receipt.title, print_font(spec.title_pt, bold=True), CENTER)]
    if receipt.issued_text:
        blocks.append(Text(receipt.issued_text, small, CENTER))
    if receipt.pending_confirmation:
        blocks += [Space(1.5), Banner(pending_text(), bold, print_font(spec.strong_pt + 2, bold=True))]
    blocks.append(Rule())
    for line in receipt.lines:
        if isinstance(line, Field):
            blocks.append(Pair(line.label, line.value, body))
        elif isinstance(line, ItemRow):
            blocks.append(Text(line.name, body))
            blocks.append(Pair(f"  {line.quantity} × {line.unit_price_text}", line.amount_text, small, body))
    if receipt.totals:
        blocks.append(Rule())
        for total in receipt.totals:
            font = print_font(spec.strong_pt, bold=True) if total.strong else body
            blocks.append(Pair(total.label, "¥" + total.amount_text, font))
    for name in receipt.signatures:
        blocks += [Space(7.0), Pair(f"{name}:", "", body), Rule(dashed=False, space_mm=0.4)]
    if receipt.barcode:
        blocks += [Space(2.5), Code(code128_png(receipt.barcode), preferred_module_mm=spec.module_mm,
                                    height_mm=spec.bar_height_mm, quiet_modules=CODE128_QUIET_MODULES,
                                    caption=receipt.barcode, caption_font=small)]
    if receipt.qr:
        qr = qr_png(receipt.qr)
        blocks += [Space(2.0), Code(qr, preferred_module_mm=spec.qr_mm / qr.modules,
                                    quiet_modules=QR_QUIET_MODULES)]
    if receipt.footer:
        blocks += [Rule(), Text(receipt.footer, small, CENTER)]
    blocks.append(Space(FEED_MM))
    return blocks


def render_receipt(receipt: Receipt, target: Target, width_mm: int) -> int:
    """Draw ``receipt`` on ``target`` for a ``width_mm`` roll (58 or 80); returns the page count.
    The page is as long as the content (up to ``MAX_PAGE_MM``, then further pages)."""
    spec = ROLLS[check_receipt_width(width_mm)]
    ctx = target.ctx
    content_w = ctx.mm(spec.width_mm - 2 * spec.margin_mm)
    blocks = receipt_blocks(receipt, spec)
    pages = paginate(blocks, ctx, content_w, ctx.mm(MAX_PAGE_MM - TOP_MM))
    tallest = max(flow_height(page, ctx, content_w) for page in pages)
    height_mm = max(float(spec.width_mm), TOP_MM + ctx.to_mm(tallest) + 0.5)
    painter = target.begin(spec.width_mm, height_mm)
    try:
        for i, page in enumerate(pages):
            if i:
                target.new_page()
            draw_flow(page, painter, ctx, ctx.mm(spec.margin_mm), ctx.mm(TOP_MM), content_w)
    finally:
        target.end()
    return len(pages)
