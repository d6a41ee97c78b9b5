"""A small flow layout for printed documents: blocks stacked top to bottom inside a width.

Every size is in device pixels of the paint device that will be printed on (a 1200 dpi PDF,
a 203 dpi thermal printer), computed from millimetres and points, so a layout measured on a
device draws the same on it. Text wraps with ``QTextLayout`` (Chinese breaks between characters,
a long unbroken token anywhere), so nothing runs past the paper's edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPaintDevice, QPainter, QPen, QPixmap, QTextLayout, QTextOption

from .codes import CodeImage


@dataclass(frozen=True)
class Ctx:
    """The device a layout is measured and drawn on."""

    device: QPaintDevice
    dpi: float

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def to_mm(self, px: float) -> float:
        return px * 25.4 / self.dpi


class WrappedText:
    """``text`` wrapped to ``width`` px on ``device`` (one ``QTextLayout`` per paragraph)."""

    def __init__(self, text: str, font: QFont, device: QPaintDevice, width: float,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.layouts: list[QTextLayout] = []
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        y = 0.0
        self.natural_width = 0.0
        for para in text.split("\n"):
            layout = QTextLayout(para, font, device)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(1.0, width))
                line.setPosition(QPointF(0, y))
                y += line.height()
                self.natural_width = max(self.natural_width, line.naturalTextWidth())
            layout.endLayout()
            self.layouts.append(layout)
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float, max_height: float | None = None) -> None:
        """Draw at (x, y); with ``max_height`` only the lines that fit whole are drawn."""
        if max_height is None or self.height <= max_height:
            for layout in self.layouts:
                layout.draw(painter, QPointF(x, y))
            return
        for layout in self.layouts:
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if line.y() + line.height() > max_height:
                    return
                line.draw(painter, QPointF(x, y))


def natural_width(text: str, font: QFont, device: QPaintDevice) -> float:
    """The width ``text`` takes on one line (its widest paragraph)."""
    return WrappedText(text, font, device, 1e9).natural_width


class Block(Protocol):
    def measure(self, ctx: Ctx, width: float) -> float:
        """The height (px) this block takes at ``width`` px."""
        ...

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None: ...


class Text:
    """A paragraph, wrapped, aligned left, centre or right."""

    def __init__(self, text: str, font: QFont, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.text, self.font, self.align = text, font, align

    def _wrapped(self, ctx: Ctx, width: float) -> WrappedText:
        return WrappedText(self.text, self.font, ctx.device, width, self.align)

    def measure(self, ctx: Ctx, width: float) -> float:
        return self._wrapped(ctx, width).height

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        self._wrapped(ctx, width).draw(painter, x, y)


class Pair:
    """``label`` on the left, ``value`` on the right. The value keeps its natural width up to
    ``value_share`` of the line; both wrap when they do not fit."""

    def __init__(self, label: str, value: str, font: QFont, value_font: QFont | None = None,
                 value_share: float = 0.62) -> None:
        self.label, self.value = label, value
        self.font, self.value_font = font, value_font or font
        self.value_share = value_share

    def _parts(self, ctx: Ctx, width: float) -> tuple[WrappedText, WrappedText, float]:
        gap = ctx.mm(1.5)
        natural = natural_width(self.value, self.value_font, ctx.device) + 1
        value_w = min(natural, width * self.value_share)
        label_w = max(1.0, width - value_w - gap)
        label = WrappedText(self.label, self.font, ctx.device, label_w)
        # one line sits flush right; a value that wraps reads better flush left in its column
        align = Qt.AlignmentFlag.AlignRight if natural <= value_w else Qt.AlignmentFlag.AlignLeft
        value = WrappedText(self.value, self.value_font, ctx.device, value_w, align)
        return label, value, value_w

    def measure(self, ctx: Ctx, width: float) -> float:
        label, value, _ = self._parts(ctx, width)
        return max(label.height, value.height)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        label, value, value_w = self._parts(ctx, width)
        label.draw(painter, x, y)
        value.draw(painter, x + width - value_w, y)


class Rule:
    """A horizontal line (dashed like a tear line, or solid) with a little space around it."""

    def __init__(self, dashed: bool = True, space_mm: float = 1.2, weight_mm: float = 0.25) -> None:
        self.dashed, self.space_mm, self.weight_mm = dashed, space_mm, weight_mm

    def measure(self, ctx: Ctx, width: float) -> float:
        return ctx.mm(2 * self.space_mm + self.weight_mm)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        pen = QPen(Qt.GlobalColor.black, ctx.mm(self.weight_mm))
        if self.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([4, 3])
        painter.setPen(pen)
        mid = y + ctx.mm(self.space_mm + self.weight_mm / 2)
        painter.drawLine(QPointF(x, mid), QPointF(x + width, mid))


class Space:
    def __init__(self, mm: float) -> None:
        self.mm_ = mm

    def measure(self, ctx: Ctx, width: float) -> float:
        return ctx.mm(self.mm_)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        return None


class Banner:
    """Centred text in a thick box: a mark nobody can miss (pending confirmation). The first line
    is the heading, set in ``heading_font``; the rest in ``font``."""

    def __init__(self, text: str, font: QFont, heading_font: QFont | None = None,
                 border_mm: float = 0.6, pad_mm: float = 1.5) -> None:
        self.heading, _, self.rest = text.partition("\n")
        self.font, self.heading_font = font, heading_font or font
        self.border_mm, self.pad_mm = border_mm, pad_mm

    def _inner(self, ctx: Ctx, width: float) -> list[WrappedText]:
        inner_w = width - 2 * ctx.mm(self.border_mm + self.pad_mm)
        center = Qt.AlignmentFlag.AlignHCenter
        parts = [WrappedText(self.heading, self.heading_font, ctx.device, inner_w, center)]
        if self.rest:
            parts.append(WrappedText(self.rest, self.font, ctx.device, inner_w, center))
        return parts

    def measure(self, ctx: Ctx, width: float) -> float:
        return sum(p.height for p in self._inner(ctx, width)) + 2 * ctx.mm(self.border_mm + self.pad_mm)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        parts = self._inner(ctx, width)
        b = ctx.mm(self.border_mm)
        height = self.measure(ctx, width)
        painter.setPen(QPen(Qt.GlobalColor.black, b))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x + b / 2, y + b / 2, width - b, height - b))
        inset = ctx.mm(self.border_mm + self.pad_mm)
        top = y + inset
        for part in parts:
            part.draw(painter, x + inset, top)
            top += part.height


def module_px(ctx: Ctx, modules: int, max_width: float, preferred_mm: float) -> float:
    """Module width in px: ``preferred_mm`` unless the symbol would not fit ``max_width``, and a
    whole number of device dots when the device is coarse (a thermal head), so every bar prints
    with the same width."""
    ideal = min(ctx.mm(preferred_mm), max_width / modules)
    if ctx.dpi < 600:  # a printer head: whole dots (at least one)
        return max(1.0, float(int(ideal)))
    return ideal


def draw_code(painter: QPainter, code: CodeImage, rect: QRectF) -> None:
    """Draw a one-pixel-per-module image into ``rect`` with nearest-neighbour scaling."""
    pixmap = QPixmap()
    if not pixmap.loadFromData(code.png, "PNG"):
        raise RuntimeError("code image could not be loaded")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
    painter.restore()


class Code:
    """A Code128 or QR image, centred, with an optional caption under it (the human-readable
    number). ``height_mm`` is the bar height (a QR is square and ignores it)."""

    def __init__(self, code: CodeImage, *, preferred_module_mm: float, height_mm: float | None = None,
                 quiet_modules: int = 10, caption: str = "", caption_font: QFont | None = None,
                 max_width_mm: float | None = None, right: bool = False) -> None:
        self.code, self.preferred, self.height_mm = code, preferred_module_mm, height_mm
        self.quiet, self.caption, self.caption_font = quiet_modules, caption, caption_font
        self.max_width_mm, self.right = max_width_mm, right

    def _size(self, ctx: Ctx, width: float) -> tuple[float, float]:
        if self.max_width_mm is not None:
            width = min(width, ctx.mm(self.max_width_mm))
        m = module_px(ctx, self.code.modules + 2 * self.quiet, width, self.preferred)
        w = m * self.code.modules
        h = w if self.code.rows > 1 else ctx.mm(self.height_mm or 10)
        return w, h

    def _caption(self, ctx: Ctx, width: float) -> WrappedText | None:
        if not self.caption or self.caption_font is None:
            return None
        return WrappedText(self.caption, self.caption_font, ctx.device, width, Qt.AlignmentFlag.AlignHCenter)

    def measure(self, ctx: Ctx, width: float) -> float:
        w, h = self._size(ctx, width)
        cap = self._caption(ctx, w if self.right else width)
        return h + (cap.height + ctx.mm(0.5) if cap else 0)

    def draw(self, painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> None:
        w, h = self._size(ctx, width)
        left = x + width - w if self.right else x + (width - w) / 2
        draw_code(painter, self.code, QRectF(left, y, w, h))
        cap = self._caption(ctx, w if self.right else width)
        if cap:
            cap.draw(painter, left if self.right else x, y + h + ctx.mm(0.5))


def flow_height(blocks: Sequence[Block], ctx: Ctx, width: float) -> float:
    return sum(b.measure(ctx, width) for b in blocks)


def paginate(blocks: Sequence[Block], ctx: Ctx, width: float, max_height: float) -> list[list[Block]]:
    """Split blocks into pages no taller than ``max_height`` px (a block never splits)."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for block in blocks:
        h = block.measure(ctx, width)
        if pages[-1] and used + h > max_height:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += h
    return pages


def draw_flow(blocks: Sequence[Block], painter: QPainter, ctx: Ctx, x: float, y: float, width: float) -> float:
    """Draw blocks from ``y`` down; returns the y under the last one."""
    for block in blocks:
        h = block.measure(ctx, width)
        block.draw(painter, ctx, x, y, width)
        y += h
    return y
