"""The Reports page: pick a report (daily, monthly subsidy, sync) and its day or month, see its
stamp, its tables and its charts, and export it — the tables on screen are the very
:class:`~app.core.exports.ExportBook` the CSV, XLSX and PDF are written from.

F5 shows the report chosen; F6 / F7 / F8 export it as CSV / XLSX / PDF into the data folder's
``exports/`` (the message line names the file). The report is read on the database worker.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import SHANGHAI, local_date
from ...core.errors import YytError
from ...core.exports import ExportBook, write_export
from ...core.reports.book import report_book
from ...core.reports.model import Report
from ..charts import ChartView
from ..context import ScreenContext
from ..table import ReadOnlyTable

SHOW_KEY, CSV_KEY, XLSX_KEY, PDF_KEY = "F5", "F6", "F7", "F8"
MONTHS_BACK = 25
MAX_CHARTS = 3
CHARTS_MIN_WIDTH = 380
#: column kinds shown right-aligned (figures)
_FIGURES = ("number", "money", "grams", "pct")


def report_tr(text: str) -> str:
    """The reports' words in the window's language (context ``reports``)."""
    return QCoreApplication.translate("reports", text)


class ReportsPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self.book: ExportBook | None = None
        self.last_path: str = ""
        self.kind = QComboBox()
        for key, text in (("daily", self.tr("Daily station report")),
                          ("subsidy", self.tr("Monthly subsidy report")), ("sync", self.tr("Sync report"))):
            self.kind.addItem(text, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        today = local_date(ctx.station.store.clock.now())
        self.date = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.month = QComboBox()
        y, m = today.year, today.month
        for _ in range(MONTHS_BACK):
            self.month.addItem(f"{y:04d}-{m:02d}")
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        self.show_button = QPushButton(self.tr("Show ({key})").format(key=SHOW_KEY), objectName="primary")
        self.show_button.clicked.connect(self.load)
        self.exports = []
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report")))
        bar.addWidget(self.kind)
        self.date_label = QLabel(self.tr("Day"))
        self.month_label = QLabel(self.tr("Month"))
        for w in (self.date_label, self.date, self.month_label, self.month, self.show_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for fmt, key in (("csv", CSV_KEY), ("xlsx", XLSX_KEY), ("pdf", PDF_KEY)):
            button = QPushButton(f"{fmt.upper()} ({key})")
            button.setToolTip(self.tr("Export into the data folder's exports/"))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            button.setEnabled(False)
            self.exports.append(button)
            bar.addWidget(button)
            QShortcut(QKeySequence(key), self, activated=lambda f=fmt: self.export(f))
        QShortcut(QKeySequence(SHOW_KEY), self, activated=self.load)

        self.stamp_card = QFrame(objectName="card")
        self.stamp = QGridLayout(self.stamp_card)
        self.stamp.setContentsMargins(14, 8, 14, 8)
        self.stamp.setHorizontalSpacing(24)
        self.stamp.setVerticalSpacing(2)
        self.title = QLabel("")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.tables = QTabWidget()
        self.charts_box = QWidget()
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts = [ChartView(parent=self.charts_box) for _ in range(MAX_CHARTS)]
        for view in self.charts:
            self.charts_layout.addWidget(view, 1)
            view.hide()
        self.charts_box.setMinimumWidth(CHARTS_MIN_WIDTH)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.tables)
        split.addWidget(self.charts_box)
        split.setStretchFactor(0, 11)
        split.setStretchFactor(1, 9)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.title)
        box.addWidget(self.stamp_card)
        box.addWidget(split, 1)
        self._kind_changed()

    def initial_focus(self) -> QWidget:
        return self.kind

    def refresh(self) -> None:
        if self.report is None:
            self.load()

    # -- reading -----------------------------------------------------------------------------------
    def choice(self) -> tuple[str, str]:
        """(report kind, the day or month chosen)."""
        kind = self.kind.currentData()
        if kind == "subsidy":
            return kind, self.month.currentText()
        return kind, self.date.date().toString("yyyy-MM-dd")

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for w in (self.date_label, self.date):
            w.setVisible(kind == "daily")
        for w in (self.month_label, self.month):
            w.setVisible(kind == "subsidy")

    def load(self) -> None:
        """Read the chosen report on the database worker and show it."""
        kind, period = self.choice()
        actor = self.ctx.actor

        def read(station: Any) -> Report:
            if kind == "daily":
                return station.reports.daily(actor, period)
            if kind == "subsidy":
                return station.reports.subsidy(actor, period)
            return station.reports.sync(actor)

        self.ctx.tasks.run_db(read, self.show_report, self.ctx.show_error)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.book = book = report_book(report, report_tr)
        self.title.setText(book.title)
        while self.stamp.count():
            item = self.stamp.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        half = (len(book.fields) + 1) // 2
        for i, (label, value) in enumerate(book.fields):
            text = QLabel(f"{label}: {value}", wordWrap=True)
            self.stamp.addWidget(text, i % half, i // half)
        self.tables.clear()
        for table in book.tables:
            view = ReadOnlyTable([c.title for c in table.columns], stretch_all=len(table.columns) <= 4)
            view.set_rows([list(r) for r in table.text_rows()])
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for c, column in enumerate(table.columns):
                if column.kind in _FIGURES:
                    for r in range(view.rowCount()):
                        if view.item(r, c) is not None:
                            view.item(r, c).setTextAlignment(right)
            self.tables.addTab(view, table.title)
        for view, chart in zip(self.charts, [*book.charts, *[None] * MAX_CHARTS], strict=False):
            view.set_chart(chart)
            view.setVisible(chart is not None)
        for b in self.exports:
            b.setEnabled(True)

    # -- exporting ---------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        """Write the report shown into the data folder's ``exports/`` (the name says which and when)."""
        if self.report is None:
            return
        folder = Path(self.ctx.station.paths.exports)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M%S")
        path = folder / f"report-{self.report.kind}-{self.report.stamp.period}-{stamp}.{fmt}"
        book = report_book(self.report, report_tr)  # a fresh book: the tables' rows are read once per writer
        try:
            if fmt == "pdf":
                from ..printing.export import save_book_pdf

                save_book_pdf(book, path)
            else:
                write_export(book, fmt, path)
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.last_path = str(path)
        self.ctx.feedback.success(self.tr("Report exported: {path}").format(path=path))
