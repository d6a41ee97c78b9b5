"""Shelf stock-take (盘点): start (all shelves or one), scan everything physically there, finish →
the missing parcels (expected, not scanned) and the unexpected ones (scanned, not expected)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.parcels import ScanResult, StocktakeView
from ..context import ScreenContext
from ..i18n import describe
from ..scanner import CallbackTarget, ScanTarget
from ..table import ReadOnlyTable
from .base import ParcelScreen
from .widgets import Banner
from .words import status_word


def _table(headers: list[str]) -> ReadOnlyTable:
    return ReadOnlyTable(headers, stretch_all=True, object_name="parcelTable")


class StocktakeScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: StocktakeView | None = None
        self.report: StocktakeView | None = None
        self.shelf = QComboBox()
        self.start_button = QPushButton(self.tr("Start a stock-take (Ctrl+N)"))
        self.finish_button = QPushButton(self.tr("Finish and compare (F10)"), objectName="primary")
        self.state = QLabel(objectName="sectionTitle")
        self.banner = Banner()
        self.scanned = _table([self.tr("Scanned"), self.tr("Pickup code"), self.tr("Status")])
        self.missing_title = QLabel(objectName="sectionTitle")
        self.missing = _table([self.tr("Pickup code"), self.tr("Tracking number")])
        self.unexpected_title = QLabel(objectName="sectionTitle")
        self.unexpected = _table([self.tr("Tracking number"), self.tr("Pickup code"), self.tr("Status")])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Shelf")))
        top.addWidget(self.shelf)
        top.addWidget(self.start_button)
        top.addStretch(1)
        top.addWidget(self.finish_button)
        report = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.missing_title)
        left.addWidget(self.missing)
        right.addWidget(self.unexpected_title)
        right.addWidget(self.unexpected)
        report.addLayout(left)
        report.addLayout(right)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.state)
        box.addWidget(self.banner)
        box.addWidget(self.scanned, 1)
        box.addLayout(report, 1)
        self.start_button.clicked.connect(self.start)
        self.finish_button.clicked.connect(self.finish)
        self.add_shortcut("Ctrl+N", self.start)
        self.add_shortcut("F10", self.finish)
        self._show(None)

    def initial_focus(self) -> QWidget:
        return self.shelf

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scan)

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.run(lambda st: (st.parcels.stocktake.current(actor), st.parcels.shelves.layers(actor)), self._loaded)

    def _loaded(self, found) -> None:  # noqa: ANN001
        current, layers = found
        wanted = self.shelf.currentData()
        self.shelf.clear()
        self.shelf.addItem(self.tr("All shelves"), "")
        for name in dict.fromkeys(layer.shelf for layer in layers if layer.configured):
            self.shelf.addItem(name, name)
        self.shelf.setCurrentIndex(max(0, self.shelf.findData(wanted)))
        self._show(current)

    def _show(self, st: StocktakeView | None) -> None:
        self.current = st if st is not None and st.status == "open" else None
        running = self.current is not None
        self.start_button.setEnabled(not running)
        self.shelf.setEnabled(not running)
        self.finish_button.setEnabled(running)
        if running:
            where = st.shelf or self.tr("all shelves")
            self.state.setText(self.tr("Stock-take of {where} open: {n} scanned. Scan every parcel on the shelf.").format(
                where=where, n=st.scanned))
        elif self.report is None:
            self.state.setText(self.tr("No stock-take open"))
        if self.report is not None:
            self._show_report(self.report)

    def _show_report(self, r: StocktakeView) -> None:
        self.missing_title.setText(self.tr("Missing: {n}").format(n=len(r.missing)))
        self.missing.set_rows([(f.pickup_code, f.tracking) for f in r.missing])
        self.unexpected_title.setText(self.tr("Unexpected: {n}").format(n=len(r.unexpected)))
        self.unexpected.set_rows([(f.tracking, f.pickup_code, status_word(f.status)) for f in r.unexpected])

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)

    def start(self) -> None:
        actor, shelf = self.ctx.actor, self.shelf.currentData() or None
        self.run(lambda st: st.parcels.stocktake.start(actor, shelf), self._started, self._failed)

    def _started(self, st: StocktakeView) -> None:
        self.report = None
        self.scanned.setRowCount(0)
        self.missing.set_rows([])
        self.unexpected.set_rows([])
        self.missing_title.clear()
        self.unexpected_title.clear()
        self._show(st)
        self.banner.show_state("ok", self.tr("Stock-take started: scan every parcel"))
        self.ctx.feedback.success(self.tr("Stock-take started"))

    def scan(self, text: str) -> None:
        if self.current is None:
            self.ctx.feedback.error(self.tr("Start a stock-take first (Ctrl+N)"))
            return
        actor, sid = self.ctx.actor, self.current.id
        self.run(lambda st: st.parcels.stocktake.scan(actor, sid, text), self._scanned, self._failed)

    def _scanned(self, r: ScanResult) -> None:
        if r.duplicate:
            self.banner.show_state("warn", self.tr("Already scanned"), r.pickup_code or r.tracking, r.tracking)
            self.ctx.feedback.info(self.tr("{tracking} was already scanned").format(tracking=r.tracking))
        elif not r.known:
            self.banner.show_state("error", self.tr("Unknown parcel"), r.tracking,
                                   self.tr("The station never checked this number in"))
            self.ctx.feedback.error(self.tr("{tracking}: unknown to this station").format(tracking=r.tracking))
        else:
            kind = "ok" if r.status == "in_station" else "warn"
            self.banner.show_state(kind, status_word(r.status), r.pickup_code, r.tracking)
            self.ctx.feedback.success(self.tr("{n} scanned").format(n=r.scanned))
        if not r.duplicate:
            self.scanned.prepend_row((r.tracking, r.pickup_code, status_word(r.status)))
        if self.current is not None:
            self.state.setText(self.tr("Stock-take of {where} open: {n} scanned. Scan every parcel on the shelf.").format(
                where=self.current.shelf or self.tr("all shelves"), n=r.scanned))

    def finish(self) -> None:
        if self.current is None:
            return
        actor, sid = self.ctx.actor, self.current.id
        self.run(lambda st: st.parcels.stocktake.finish(actor, sid), self._finished, self._failed)

    def _finished(self, r: StocktakeView) -> None:
        self.report = r
        self._show(r)
        self.state.setText(self.tr("Stock-take finished: {expected} expected, {scanned} scanned").format(
            expected=r.expected, scanned=r.scanned))
        kind = "ok" if not r.missing and not r.unexpected else "error"
        self.banner.show_state(kind, self.tr("{missing} missing · {unexpected} unexpected").format(
            missing=len(r.missing), unexpected=len(r.unexpected)))
        (self.ctx.feedback.success if kind == "ok" else self.ctx.feedback.error)(
            self.tr("Stock-take finished: {missing} missing, {unexpected} unexpected").format(
                missing=len(r.missing), unexpected=len(r.unexpected)))
