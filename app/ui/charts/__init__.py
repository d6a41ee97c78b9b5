"""The one chart renderer: bar and line charts of :class:`app.core.exports.Chart` drawn with
QPainter — on screen (:class:`ChartView`), into a PNG (:func:`chart_png`) and into a PDF (the
printing layer's book layout calls :func:`draw_chart`). No Qt Charts.

Everything is sized in typographic points converted with the paint device's resolution, so the
same chart reads the same on a 96 dpi screen and in a 1200 dpi PDF: a title, a legend, a y axis
with round ticks (and its unit), grid lines, category labels (thinned when they would collide),
bars side by side per category with their values on top, or lines with markers. Negative values
(a day with more returns than arrivals under the net rule) go below the zero line. Labels use the
printing font (a CJK family), so Chinese renders — and extracts from a PDF — as itself.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.exports import Chart

#: a chart on screen is never squeezed below this (three stacked fit a 768-pixel-high window)
MIN_HEIGHT = 100
PALETTE = ("#2E6DB4", "#E0892B", "#4E9F50", "#C0504D", "#7A5CA8", "#3A9FA6")


def _font(points: float, bold: bool = False) -> QFont:
    from ..printing.fonts import cjk_family

    font = QFont(cjk_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering ``[low, high]`` (0 always included): steps of 1, 2 or 5 × 10ⁿ."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / max(1, count)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if step < 1 and all(float(v).is_integer() for v in (low, high)):
        step = 1.0
    start = math.floor(low / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _label(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart, *, scale: float = 1.0) -> None:
    """Draw ``chart`` inside ``rect`` (device pixels of the painter's device). ``scale`` enlarges
    the text (a chart on a big screen area)."""
    device = painter.device()
    pt = (device.logicalDpiY() if device is not None else 96) / 72.0

    def size(points: float) -> float:
        return points * pt * scale

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    title_font, text_font, small_font = _font(10.5 * scale, True), _font(8.5 * scale), _font(7.5 * scale)
    fm, sm = QFontMetricsF(text_font, device), QFontMetricsF(small_font, device)
    x0, y0, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    pad = size(4)
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.setFont(title_font)
    title_h = QFontMetricsF(title_font, device).height()
    painter.drawText(QRectF(x0, y0, w, title_h), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                     chart.title)
    # legend: one row of colour squares and names under the title
    painter.setFont(text_font)
    legend_y = y0 + title_h + pad / 2
    sq = fm.height() * 0.7
    widths = [sq + size(3) + fm.horizontalAdvance(s.name) + size(10) for s in chart.series]
    lx = x0 + max(0.0, (w - sum(widths)) / 2)
    for i, s in enumerate(chart.series):
        color = QColor(PALETTE[i % len(PALETTE)])
        painter.fillRect(QRectF(lx, legend_y + (fm.height() - sq) / 2, sq, sq), color)
        painter.setPen(QPen(Qt.GlobalColor.black))
        painter.drawText(QPointF(lx + sq + size(3), legend_y + fm.ascent()), s.name)
        lx += widths[i]
    top = legend_y + fm.height() + pad
    values = [v for s in chart.series for v in s.values] or [0]
    ticks = nice_ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]
    tick_w = max(sm.horizontalAdvance(_label(t)) for t in ticks)
    left = x0 + tick_w + size(6)
    unit_h = sm.height() if chart.unit else 0.0
    top += unit_h + sm.height() / 2
    bottom = y0 + h - sm.height() - size(4)
    right = x0 + w - size(4)
    if bottom - top < size(20) or right - left < size(30):
        painter.restore()
        return
    plot_h = bottom - top

    def y_of(v: float) -> float:
        return bottom - (v - lo) / (hi - lo) * plot_h

    painter.setFont(small_font)
    if chart.unit:
        painter.setPen(QPen(QColor("#555555")))
        painter.drawText(QPointF(x0, top - sm.height() / 2 - sm.descent() - size(1)), chart.unit)
    for t in ticks:
        y = y_of(t)
        painter.setPen(QPen(QColor("#DDDDDD") if t else QColor("#555555"), max(1.0, size(0.5))))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(QPen(QColor("#333333")))
        painter.drawText(QRectF(x0, y - sm.height() / 2, tick_w + size(2), sm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _label(t))
    painter.setPen(QPen(QColor("#555555"), max(1.0, size(0.6))))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    n = max(1, len(chart.categories))
    slot = (right - left) / n
    # category labels, thinned so that none overlaps the next one shown
    widest = max((sm.horizontalAdvance(c) for c in chart.categories), default=0.0) + size(4)
    every = max(1, math.ceil(widest / slot)) if slot > 0 else 1
    painter.setPen(QPen(QColor("#333333")))
    for i, cat in enumerate(chart.categories):
        if i % every:
            continue
        painter.drawText(QRectF(left + i * slot - slot * every / 2 + slot / 2, bottom + size(2), slot * every,
                                sm.height()), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, cat)
    if chart.kind == "bar":
        _bars(painter, chart, left, slot, y_of, lo, hi, sm, small_font, size)
    else:
        _lines(painter, chart, left, slot, y_of, size)
    painter.restore()


def _bars(painter: QPainter, chart: Chart, left: float, slot: float, y_of, lo: float, hi: float,  # noqa: ANN001
          sm: QFontMetricsF, font: QFont, size) -> None:  # noqa: ANN001
    groups = max(1, len(chart.series))
    bar = min(slot * 0.8 / groups, size(36))  # not a wall of colour when there are few bars
    inset = (slot - bar * groups) / 2
    zero = y_of(max(lo, min(0.0, hi)))
    painter.setFont(font)
    for j, s in enumerate(chart.series):
        color = QColor(PALETTE[j % len(PALETTE)])
        for i, v in enumerate(s.values):
            x = left + i * slot + inset + j * bar
            y = y_of(v)
            r = QRectF(x, min(y, zero), bar * 0.92, abs(zero - y))
            painter.fillRect(r, color)
            text = _label(v)
            if sm.horizontalAdvance(text) <= bar * 1.6:  # a value on its bar when it fits there
                painter.setPen(QPen(QColor("#222222")))
                ty = (r.top() - size(1)) if v >= 0 else (r.bottom() + sm.ascent() + size(1))
                painter.drawText(QPointF(x + (bar * 0.92 - sm.horizontalAdvance(text)) / 2, ty), text)


def _lines(painter: QPainter, chart: Chart, left: float, slot: float, y_of, size) -> None:  # noqa: ANN001
    for j, s in enumerate(chart.series):
        color = QColor(PALETTE[j % len(PALETTE)])
        path = QPainterPath()
        points = [QPointF(left + i * slot + slot / 2, y_of(v)) for i, v in enumerate(s.values)]
        for i, p in enumerate(points):
            if i == 0:
                path.moveTo(p)
            else:
                path.lineTo(p)
        painter.setPen(QPen(color, max(1.0, size(1.4))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(color)
        radius = max(1.5, size(1.6))
        for p in points:
            painter.drawEllipse(p, radius, radius)


class ChartView(QWidget):
    """A chart on screen (repainted at any size)."""

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 240)

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.chart is not None:
            draw_chart(painter, QRectF(self.rect()).adjusted(6, 6, -6, -6), self.chart)
        painter.end()


def chart_image(chart: Chart, width: int = 960, height: int = 480, dpi: float = 144.0) -> QImage:
    """The chart as an image of ``width`` × ``height`` pixels at ``dpi`` (text sized by it)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    draw_chart(painter, QRectF(8, 8, width - 16, height - 16), chart)
    painter.end()
    return image


def chart_png(chart: Chart, path: Path | str, width: int = 960, height: int = 480) -> Path:
    """Save the chart as a PNG (the same drawing as the screen and the PDF)."""
    from ...core.exports import safe_output

    with safe_output(path) as tmp:
        if not chart_image(chart, width, height).save(str(tmp), "PNG"):
            raise OSError(f"could not write {path}")
    return Path(path)
