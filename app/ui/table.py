"""A read-only table of text rows, for lists that are only looked at (sync runs, refused records)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class ReadOnlyTable(QTableWidget):
    """Columns given as already translated titles; rows as lists of text. The last column stretches."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(titles), parent)
        self.setHorizontalHeaderLabels(list(titles))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(text))
        for c in range(self.columnCount() - 1):
            self.resizeColumnToContents(c)

    def texts(self, column: int) -> list[str]:
        """The text of one column, top to bottom (what a test or a screen reader sees)."""
        return [self.item(r, column).text() if self.item(r, column) else "" for r in range(self.rowCount())]
