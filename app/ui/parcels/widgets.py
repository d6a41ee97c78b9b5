"""Widgets the parcels screens share: the loud :class:`Banner` and the :class:`ParcelTable`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..modules import QT_TRANSLATE_NOOP
from ..table import fit_last_column
from ..theme import COLORS
from .words import carrier_word, outcome_word, status_word


class FitLabel(QLabel):
    """One line of huge text that never widens the screen: when it does not fit (three pickup
    codes of a family), it is drawn scaled down to the width it has instead of pushing the
    buttons beside and below it off the window."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().sizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        text = self.text()
        width = self.fontMetrics().horizontalAdvance(text)
        room = self.contentsRect().width()
        if width <= room or width <= 0:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        scale = room / width
        rect = self.contentsRect()
        painter.translate(rect.left(), rect.top() + rect.height() * (1 - scale) / 2)
        painter.scale(scale, scale)
        painter.drawText(QRect(0, 0, width, rect.height()), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
        painter.end()


class Banner(QFrame):
    """A caption, one huge line (a pickup code, a count) and a detail line. ``kind`` colours it:
    ``idle``, ``ok`` (green), ``warn`` (amber: the clerk must act), ``error`` (red)."""

    def __init__(self, parent: QFrame | None = None, *, side_by_side: bool = False, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("parcelBanner")
        self.caption = QLabel(objectName="bannerCaption", wordWrap=True)
        self.big = FitLabel(objectName="bannerBig")
        self.big.setProperty("compact", compact)  # half size: for a screen whose form needs the height
        self.big.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(objectName="bannerDetail", wordWrap=True)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 12)
        box.setSpacing(2)
        if side_by_side:  # the huge line on the left, the words beside it (saves height)
            row = QHBoxLayout()
            row.setSpacing(24)
            words = QVBoxLayout()
            words.addWidget(self.caption)
            words.addWidget(self.detail)
            row.addWidget(self.big)
            row.addLayout(words, 1)
            box.addLayout(row)
        else:
            box.addWidget(self.caption)
            box.addWidget(self.big)
            box.addWidget(self.detail)
        self.kind = ""
        self.show_state("idle", "")

    def show_state(self, kind: str, caption: str, big: str = "", detail: str = "") -> None:
        self.kind = kind
        for w, text in ((self.caption, caption), (self.big, big), (self.detail, detail)):
            w.setText(text)
            w.setVisible(bool(text))
        if self.property("kind") == kind:
            return  # the colours stay: no style recomputation on the hot path
        for w in (self, self.caption, self.big, self.detail):
            w.setProperty("kind", kind)
            w.style().unpolish(w)
            w.style().polish(w)


COLUMN_TITLES = {
    "time": QT_TRANSLATE_NOOP("ParcelTable", "Checked in"),
    "code": QT_TRANSLATE_NOOP("ParcelTable", "Pickup code"),
    "place": QT_TRANSLATE_NOOP("ParcelTable", "Place"),
    "tracking": QT_TRANSLATE_NOOP("ParcelTable", "Tracking number"),
    "carrier": QT_TRANSLATE_NOOP("ParcelTable", "Carrier"),
    "phone": QT_TRANSLATE_NOOP("ParcelTable", "Phone"),
    "name": QT_TRANSLATE_NOOP("ParcelTable", "Name"),
    "status": QT_TRANSLATE_NOOP("ParcelTable", "Status"),
    "outcome": QT_TRANSLATE_NOOP("ParcelTable", "Outcome"),
    "days": QT_TRANSLATE_NOOP("ParcelTable", "Days"),
    "notices": QT_TRANSLATE_NOOP("ParcelTable", "Notices"),
    "notice": QT_TRANSLATE_NOOP("ParcelTable", "Notice"),
    "address": QT_TRANSLATE_NOOP("ParcelTable", "Address"),
}


def cell_text(view: Any, key: str) -> str:
    """What a column shows for a parcel view or a round item (phones and names come masked)."""
    if key == "time":
        return (getattr(view, "checked_in_local", "") or "")[5:]
    if key == "code":
        return view.pickup_code
    if key == "place":
        return getattr(view, "place", "")
    if key == "carrier":
        return carrier_word(view.carrier)
    if key == "status":
        return status_word(view.status)
    if key == "outcome":
        return outcome_word(view.outcome)
    if key == "days":
        return str(view.days_in_station)
    if key == "notices":
        return str(view.notices)
    if key == "notice":
        from .history_words import notice_word

        return notice_word(getattr(view, "notice_status", ""))
    return str(getattr(view, key, "") or "")


class ParcelTable(QTableWidget):
    """Rows of parcels, read-only; the tracking number of each row is kept on its first cell.
    ``checkable`` puts a tick box in the first column; new rows start ticked unless
    ``ticked=False``, and :meth:`set_rows` with ``keep_ticks`` keeps each listed parcel's tick."""

    def __init__(self, columns: Sequence[str], *, checkable: bool = False, ticked: bool = True,
                 parent: QFrame | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.setObjectName("parcelTable")
        self.keys = tuple(columns)
        self.checkable = checkable
        self.ticked = ticked
        self.setHorizontalHeaderLabels([QCoreApplication.translate("ParcelTable", COLUMN_TITLES[k]) for k in self.keys])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted once per set_rows, not per row
        header.setSectionResizeMode(len(self.keys) - 1, QHeaderView.ResizeMode.Stretch)
        self._bold = QFont()
        self._bold.setBold(True)

    def _items(self, view: Any, ticked: bool) -> list[QTableWidgetItem]:
        items = []
        for i, key in enumerate(self.keys):
            item = QTableWidgetItem(cell_text(view, key))
            if key == "code":
                item.setFont(self._bold)
            elif key == "notice" and getattr(view, "notice_status", "") == "failed":
                item.setForeground(QColor(COLORS["error"]))  # a notice that did not reach them
                item.setFont(self._bold)
            if i == 0:
                item.setData(Qt.ItemDataRole.UserRole, view.tracking)
                if self.checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            items.append(item)
        return items

    def _put(self, row: int, view: Any, ticked: bool | None = None) -> None:
        for col, item in enumerate(self._items(view, self.ticked if ticked is None else ticked)):
            self.setItem(row, col, item)

    def set_rows(self, views: Iterable[Any], *, keep_ticks: bool = False) -> None:
        """Show ``views``. With ``keep_ticks`` a parcel listed before keeps its tick (by tracking
        number); new ones get the default."""
        listed = set(self.trackings()) if keep_ticks and self.checkable else set()
        kept = set(self.checked()) if listed else set()
        views = list(views)
        self.setRowCount(len(views))
        for row, view in enumerate(views):
            self._put(row, view, (view.tracking in kept) if view.tracking in listed else None)
        for col in range(len(self.keys) - 1):  # the last column stretches
            self.resizeColumnToContents(col)
        fit_last_column(self)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        fit_last_column(self)

    def prepend(self, view: Any, keep: int | None = None) -> None:
        """Put ``view`` on top (the newest first); keep at most ``keep`` rows."""
        self.insertRow(0)
        self._put(0, view)
        if keep is not None:
            while self.rowCount() > keep:
                self.removeRow(self.rowCount() - 1)

    def tracking_at(self, row: int) -> str:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def trackings(self) -> list[str]:
        return [self.tracking_at(r) for r in range(self.rowCount())]

    def checked(self) -> list[str]:
        """Tracking numbers of the ticked rows, top to bottom."""
        return [self.tracking_at(r) for r in range(self.rowCount())
                if self.item(r, 0) is not None and self.item(r, 0).checkState() == Qt.CheckState.Checked]

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def selected_tracking(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.tracking_at(rows[0].row()) if rows else None

    def select_tracking(self, tracking: str) -> bool:
        for r in range(self.rowCount()):
            if self.tracking_at(r) == tracking:
                self.selectRow(r)
                return True
        return False

    def column_texts(self, key: str) -> list[str]:
        col = self.keys.index(key)
        return [self.item(r, col).text() if self.item(r, col) else "" for r in range(self.rowCount())]
