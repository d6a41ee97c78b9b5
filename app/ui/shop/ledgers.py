"""The statutory ledgers (§26 purchases, §27 sales) for an inspector: the period, a preview with
personal data masked, and exports as CSV, XLSX or PDF into the data folder's ``exports/``."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.clock import SHANGHAI
from ...core.errors import YytError
from ...core.exports import write_export
from ...core.shop.ledgers import PURCHASE_LEDGER, SALES_LEDGER, ledger_table
from ...messages.shop import LEDGER_NAMES, LEDGER_TITLES, LEDGER_WORDS
from ..context import ScreenContext
from ..flow import flow_row, together
from ..table import ReadOnlyTable
from .base import CATEGORY_WORDS, ShopScreen, date_edit, word

PREVIEW_ROWS = 300


class LedgersScreen(ShopScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Purchases (§26)"), "purchases")
        self.kind.addItem(self.tr("Sales (§27)"), "sales")
        self.start = date_edit(self.today().addMonths(-1))
        self.end = date_edit(self.today())
        self.category = QComboBox()
        self.category.addItem(self.tr("Every category"), "")
        for key in CATEGORY_WORDS:
            self.category.addItem(word(CATEGORY_WORDS, key), key)
        self.buttons = {fmt: QPushButton(self.tr("Export {fmt}").format(fmt=fmt.upper())) for fmt in ("csv", "xlsx",
                                                                                                      "pdf")}
        self.count = QLabel(objectName="muted")
        self.last_path: str | None = None
        self.table = ReadOnlyTable([""], object_name="ledger")
        row = flow_row(self.kind, together(QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end),
                       self.category, *self.buttons.values())
        box = QVBoxLayout(self)
        box.addWidget(row)
        box.addWidget(self.count)
        box.addWidget(self.table, 1)
        for w in (self.kind, self.category):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        for w in (self.start, self.end):
            w.dateChanged.connect(lambda _d: self.refresh())
        for fmt, b in self.buttons.items():
            b.clicked.connect(lambda _c=False, f=fmt: self.export(f))

    def initial_focus(self) -> QWidget:
        return self.kind

    def _args(self) -> tuple[str, str, str, str | None]:
        return (self.kind.currentData(), self.start.date().toString(Qt.DateFormat.ISODate),
                self.end.date().toString(Qt.DateFormat.ISODate), self.category.currentData() or None)

    def _table(self, kind: str, rows):  # noqa: ANN001, ANN202
        info = self.ctx.station.info
        w = LEDGER_WORDS
        start, end = self._args()[1:3]
        now = self.ctx.station.store.clock.now()
        return ledger_table(kind, rows, titles=LEDGER_TITLES, words=w, title=LEDGER_NAMES[kind],
                            fields=[(w["station"], f"{info.name} {info.code}"), (w["period"], f"{start} — {end}"),
                                    (w["generated"], now.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"))],
                            generated_at=now)

    def refresh(self) -> None:
        kind, start, end, category = self._args()
        try:
            rows = list(self.ctx.station.shop.ledgers.rows(self.ctx.actor, kind, start, end, category))
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        table = self._table(kind, iter(rows[:PREVIEW_ROWS]))
        spec = PURCHASE_LEDGER if kind == "purchases" else SALES_LEDGER
        self.table.setColumnCount(len(spec))
        self.table.setHorizontalHeaderLabels([LEDGER_TITLES[k] for k, _, _ in spec])
        self.table.set_rows([list(r) for r in table.text_rows()])
        self.count.setText(self.tr("{n} rows (personal data masked); the first {shown} shown").format(
            n=len(rows), shown=min(len(rows), PREVIEW_ROWS)))

    def export(self, fmt: str) -> None:
        """Write the ledger of the chosen period into the data folder's exports/ (name by time)."""
        kind, start, end, category = self._args()
        folder = self.ctx.station.paths.root / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M%S")
        path = folder / f"ledger-{kind}-{start}-{end}-{stamp}.{fmt}"
        try:
            table = self._table(kind, self.ctx.station.shop.ledgers.rows(self.ctx.actor, kind, start, end, category))
            if fmt == "pdf":
                from ..printing.export import save_table_pdf

                save_table_pdf(table, path)
            else:
                write_export(table, fmt, path)
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.last_path = str(path)
        self.ctx.feedback.success(self.tr("{n} rows exported: {path}").format(n=table.count, path=path))
