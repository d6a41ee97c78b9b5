"""Layouts that never widen the window (issue 14: every screen fits 1366×768).

- :class:`FlowLayout`: items in rows that wrap onto the next row when the width runs out (button
  rows, rows of short fields). Its minimum width is its widest item, not the sum of them, and its
  height follows the width (``heightForWidth``), so a page in a :class:`PageScroll` grows down.
- :class:`SideBySide`: two panels side by side while they fit, one above the other when not.
- :class:`PageScroll`: a module page inside its own scroll area. The page gets the viewport's
  width (wider only if its minimum truly needs it, then the area scrolls sideways inside itself)
  and scrolls vertically when large font makes it taller than the window; either way the window
  keeps the screen's size.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Left to right, wrapping: ``addWidget`` as in a box layout (no stretch factors)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, margin: int = 0) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(margin, margin, margin, margin)

    # -- QLayout's item protocol ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:  # noqa: N802 - Qt override
        self._spacing = spacing
        self.invalidate()

    # -- sizes -----------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All items on one row (what it would like)."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest single item: everything else can go onto further rows."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``move``); returns the height used."""
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, int, QSize]] = []

        def finish_row() -> None:
            if move:  # a row's items share its height, each centred in it
                for item, left, hint in row:
                    item.setGeometry(QRect(QPoint(left, y + (row_height - hint.height()) // 2), hint))

        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(max(1, area.width()), 1 << 20)).expandedTo(item.minimumSize())
            if row and x + hint.width() > area.right() + 1:
                finish_row()
                row = []
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            row.append((item, x, hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        finish_row()
        return y + row_height - rect.y() + m.bottom()


def together(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """Widgets that stay on one line inside a flow (a field with its label)."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(spacing)
    for w in widgets:
        line.addWidget(w)
    return holder


def flow_row(*widgets: QWidget, spacing: int = 8) -> QWidget:
    """A widget holding ``widgets`` in a :class:`FlowLayout` (for a box layout's ``addWidget``):
    one row while they fit, more rows when the screen (or the font) is narrower."""
    holder = QWidget()
    layout = FlowLayout(holder, spacing=spacing)
    for w in widgets:
        layout.addWidget(w)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class SideBySide(QWidget):
    """Parts side by side (with stretch factors) when the width allows, one above the other when
    it does not. Its minimum width is its widest part's, never the sum."""

    def __init__(self, *parts: tuple[QWidget | QLayout, int], spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.parts = []
        for part, stretch in parts:
            if isinstance(part, QLayout):
                holder = QWidget()
                part.setContentsMargins(0, 0, 0, 0)
                holder.setLayout(part)
                part = holder
            self.parts.append(part)
            self.box.addWidget(part, stretch)

    def _side_min(self) -> int:
        return sum(p.minimumSizeHint().width() for p in self.parts) + self.box.spacing() * (len(self.parts) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((p.minimumSizeHint().width() for p in self.parts), default=0)
        stacked = self.box.direction() == QBoxLayout.Direction.TopToBottom
        heights = [p.minimumSizeHint().height() for p in self.parts]
        height = sum(heights) + self.box.spacing() * (len(heights) - 1) if stacked else max(heights, default=0)
        return QSize(widest, height)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._side_min()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)


class PageScroll(QScrollArea):
    """``page`` in a frameless scroll area that fills the shell's page stack. Its own size hints
    are small so the stack (whose minimum is the largest of its pages) never widens the window."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        self.setWidget(page)
        self.page = page

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(bar * 4, bar * 4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()
