"""A read-only table of text rows, for lists that are only looked at (sync runs, refused records,
shelf loads, stock-take lists, parcels waiting for the courier): no key press edits a cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def fit_last_column(table: QTableWidget) -> None:
    """The last column fills the room the others leave, but never below what its texts need: when
    the others take the width (large font), the table scrolls sideways inside itself instead of
    cutting the last column to "O…"."""
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    if last < 0 or header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch:
        return  # every column stretches: nothing to keep
    need = max(table.sizeHintForColumn(last), header.sectionSizeHint(last))
    others = sum(header.sectionSize(c) for c in range(last) if not header.isSectionHidden(c))
    if others + need > table.viewport().width():
        if header.sectionResizeMode(last) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(last, need)
    elif header.sectionResizeMode(last) != QHeaderView.ResizeMode.Stretch:
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)


class ReadOnlyTable(QTableWidget):
    """Columns given as already translated titles; rows as lists of text. The last column
    stretches (every column with ``stretch_all``)."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None, *, stretch_all: bool = False,
                 object_name: str = "") -> None:
        super().__init__(0, len(titles), parent)
        if object_name:
            self.setObjectName(object_name)
        self.stretch_all = stretch_all
        self.setHorizontalHeaderLabels(list(titles))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        if stretch_all:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._put(r, row)
        self._fit()

    def prepend_row(self, row: Sequence[str]) -> None:
        """Put one row on top (the newest first)."""
        self.insertRow(0)
        self._put(0, row)

    def _put(self, r: int, row: Sequence[str]) -> None:
        for c, text in enumerate(row):
            self.setItem(r, c, QTableWidgetItem(text))

    def _fit(self) -> None:
        if not self.stretch_all:
            for c in range(self.columnCount() - 1):
                self.resizeColumnToContents(c)
            fit_last_column(self)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        if not self.stretch_all:
            fit_last_column(self)

    def texts(self, column: int) -> list[str]:
        """The text of one column, top to bottom (what a test or a screen reader sees)."""
        return [self.item(r, column).text() if self.item(r, column) else "" for r in range(self.rowCount())]
