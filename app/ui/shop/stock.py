"""Stock by lot, earliest expiry first, coloured by the one expiry rule: amber expires within the
warning window, red expired (off the shelf), grey recalled. A stock-take correction of the chosen
lot needs a reason. Sales found made after a ban took effect are listed until dealt with."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.shop import FlagView, LotView
from ...core.shop.alerts import shop_alerts
from ...messages import render
from ..context import ScreenContext
from ..i18n import screen_fields, translate_error_template
from ..table import ReadOnlyTable
from .base import STATE_COLOURS, STATE_WORDS, ShopScreen, word


class StockScreen(ShopScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lots: list[LotView] = []
        self.flags: list[FlagView] = []
        self.alerts = QLabel(objectName="muted", wordWrap=True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by product or lot"))
        self.table = ReadOnlyTable([self.tr("Product"), self.tr("Lot"), self.tr("Produced"), self.tr("Expires"),
                                    self.tr("Days left"), self.tr("On hand"), self.tr("State")], object_name="lots")
        self.delta = QSpinBox()
        self.delta.setRange(-9999, 9999)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. bag torn"))
        self.adjust_button = QPushButton(self.tr("Correct the chosen lot"))
        self.flag_title = QLabel(self.tr("Sold after a ban took effect (found at sync)"), objectName="sectionTitle")
        self.flag_table = ReadOnlyTable([self.tr("Sale"), self.tr("Sold on"), self.tr("Product"), self.tr("Qty"),
                                         self.tr("Banned from")], object_name="flags")
        self.flag_note = QLineEdit()
        self.flag_note.setPlaceholderText(self.tr("What was done, e.g. buyer called, goods returned"))
        self.flag_button = QPushButton(self.tr("Mark dealt with"))
        adjust = QHBoxLayout()
        adjust.addWidget(QLabel(self.tr("Stock-take: change by")))
        adjust.addWidget(self.delta)
        adjust.addWidget(self.reason, 1)
        adjust.addWidget(self.adjust_button)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag_note, 1)
        flag_row.addWidget(self.flag_button)
        self.flag_box = QWidget()
        fb = QVBoxLayout(self.flag_box)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.flag_title)
        fb.addWidget(self.flag_table)
        fb.addLayout(flag_row)
        box = QVBoxLayout(self)
        box.addWidget(self.alerts)
        box.addWidget(self.filter)
        box.addWidget(self.table, 1)
        box.addLayout(adjust)
        box.addWidget(self.flag_box)
        self.filter.textChanged.connect(lambda _t: self.show_lots())
        self.adjust_button.clicked.connect(self.adjust)
        self.flag_button.clicked.connect(self.acknowledge)

    def initial_focus(self) -> QWidget:
        return self.filter

    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            conn = st.store.conn
            return (st.shop.stock.lots(actor), st.shop.flags.list(actor),
                    shop_alerts(conn, st.store.clock.now(), st.settings))

        self.run(read, self._show)

    def _show(self, got) -> None:  # noqa: ANN001
        self.lots, self.flags, alerts = got
        self.alerts.setText("\n".join(render(a.code, screen_fields(a.fields), translate_error_template)
                                      for a in alerts))
        self.alerts.setVisible(bool(alerts))
        self.show_lots()
        self.flag_table.set_rows([[str(f.sale_number), f.sold_on, f.product_name, str(f.qty), f.effective_from]
                                  for f in self.flags])
        self.flag_box.setVisible(bool(self.flags))

    def visible_lots(self) -> list[LotView]:
        text = self.filter.text().strip().lower()
        return [x for x in self.lots if not text or text in x.product_name.lower() or text in x.lot_no.lower()]

    def show_lots(self) -> None:
        lots = self.visible_lots()
        self.table.set_rows([[x.product_name, x.lot_no, x.produced_on, x.expires_on, str(x.days_left),
                              f"{x.qty} {x.unit}", word(STATE_WORDS, x.state)] for x in lots])
        for r, x in enumerate(lots):
            colour = STATE_COLOURS.get(x.state)
            if colour:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setBackground(QColor(colour))

    def adjust(self) -> None:
        lots = self.visible_lots()
        row = self.table.currentRow()
        if not 0 <= row < len(lots):
            self.ctx.feedback.info(self.tr("Choose a lot first"))
            return
        lot, delta, reason = lots[row], self.delta.value(), self.reason.text()
        actor = self.ctx.actor
        self.run(lambda st: st.shop.stock.adjust(actor, lot.product_id, lot.lot_no, delta, reason), self._adjusted)

    def _adjusted(self, lot: LotView) -> None:
        self.delta.setValue(0)
        self.reason.clear()
        self.ctx.feedback.success(self.tr("Lot {lot} now holds {qty}").format(lot=lot.lot_no, qty=lot.qty))
        self.refresh()

    def acknowledge(self) -> None:
        row = self.flag_table.currentRow()
        if not 0 <= row < len(self.flags):
            self.ctx.feedback.info(self.tr("Choose a flagged sale first"))
            return
        flag, note = self.flags[row], self.flag_note.text()
        actor = self.ctx.actor
        self.run(lambda st: st.shop.flags.acknowledge(actor, flag.id, note), lambda _f: self.refresh())
