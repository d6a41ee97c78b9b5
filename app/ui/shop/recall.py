"""Recalls (§42): name the lot (and the product when several share the number) and the reason;
the lot stops selling at once and its buyers are listed, masked. To call one, the clerk asks for
that buyer's number ("Show number to call", written to the audit log); it shows for a minute."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import local_time_text
from ...core.errors import YytError
from ...core.shop import RecallView
from ..context import ScreenContext
from ..table import ReadOnlyTable
from .base import ShopScreen

SHOW_PHONE_MS = 60_000


class RecallScreen(ShopScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.recalls: list[RecallView] = []
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("Lot number from the recall notice"))
        self.product = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. maker's notice no. 12"))
        self.button = QPushButton(self.tr("Recall: stop selling now"), objectName="primary")
        self.list = ReadOnlyTable([self.tr("No."), self.tr("Product"), self.tr("Lot"), self.tr("Recalled"),
                                   self.tr("Still here"), self.tr("Buyers"), self.tr("Reason")], object_name="recalls")
        self.buyers = ReadOnlyTable([self.tr("Sale"), self.tr("Sold"), self.tr("Qty"), self.tr("Buyer"),
                                     self.tr("Phone"), self.tr("Address"), self.tr("Crop / pest")],
                                    object_name="buyers")
        self.reveal_button = QPushButton(self.tr("Show number to call (recorded)"))
        self.phone = QLabel(objectName="sectionTitle")
        self._hide = QTimer(self, singleShot=True, interval=SHOW_PHONE_MS, timeout=self.phone.clear)
        form = QFormLayout()
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.button)
        call = QHBoxLayout()
        call.addWidget(self.reveal_button)
        call.addWidget(self.phone, 1)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Recalls"), objectName="sectionTitle"))
        box.addWidget(self.list, 1)
        box.addWidget(QLabel(self.tr("Who bought from the chosen lot"), objectName="sectionTitle"))
        box.addWidget(self.buyers, 2)
        box.addLayout(call)
        self.lot.textEdited.connect(self._products_for_lot)
        self.button.clicked.connect(self.recall)
        self.list.itemSelectionChanged.connect(self.show_buyers)
        self.reveal_button.clicked.connect(self.reveal)

    def initial_focus(self) -> QWidget:
        return self.lot

    def refresh(self) -> None:
        self.run(lambda st: st.shop.recalls.list(self.ctx.actor), self._show)

    def _show(self, recalls: list[RecallView]) -> None:
        self.recalls = recalls
        self.list.set_rows([[str(r.number), r.product_name, r.lot_no, local_time_text(r.at), str(r.on_hand), str(len(r.buyers)),
                             r.reason] for r in recalls])
        if recalls and self.list.currentRow() < 0:
            self.list.selectRow(0)
        self.show_buyers()

    def _products_for_lot(self, text: str) -> None:
        self.product.clear()
        try:
            lots = self.ctx.station.shop.stock.lots_by_number(self.ctx.actor, text) if text.strip() else []
        except YytError:
            lots = []
        for lot in lots:
            name = self.ctx.station.shop.catalogue.get(self.ctx.actor, lot["product_id"]).name
            self.product.addItem(name, lot["product_id"])

    def recall(self) -> None:
        lot, product, reason = self.lot.text(), self.product.currentData(), self.reason.text()
        actor = self.ctx.actor
        self.run(lambda st: st.shop.recalls.recall(actor, lot=lot, product=product, reason=reason), self._recalled)

    def _recalled(self, views: list[RecallView]) -> None:
        v = views[0]
        text = self.tr("Lot {lot} of {product} recalled: {n} buyer(s) to call").format(
            lot=v.lot_no, product=v.product_name, n=len(v.buyers))
        if v.already:
            text = self.tr("Lot {lot} was recalled before: its buyers are listed").format(lot=v.lot_no)
        self.ctx.feedback.success(text)
        self.lot.clear()
        self.reason.clear()
        self.product.clear()
        self.refresh()
        index = next((i for i, r in enumerate(self.recalls) if r.id == v.id), 0)
        self.list.selectRow(index)

    def current(self) -> RecallView | None:
        row = self.list.currentRow()
        return self.recalls[row] if 0 <= row < len(self.recalls) else None

    def show_buyers(self) -> None:
        r = self.current()
        self.phone.clear()
        buyers = r.buyers if r else ()
        self.buyers.set_rows([[str(b.sale_number), local_time_text(b.sold_at), str(b.qty), b.buyer.name or self.tr("(no name)"),
                               b.buyer.phone or "—", b.buyer.address, b.buyer.crop] for b in buyers])

    def reveal(self) -> None:
        r = self.current()
        row = self.buyers.currentRow()
        if r is None or not 0 <= row < len(r.buyers):
            self.ctx.feedback.info(self.tr("Choose a buyer first"))
            return
        b = r.buyers[row]
        actor = self.ctx.actor
        self.run(lambda st: st.shop.recalls.reveal_phone(actor, r.id, b.sale_id),
                 lambda phone: self._revealed(b.buyer.name, phone))

    def _revealed(self, name: str, phone: str) -> None:
        self.phone.setText(self.tr("Call {name}: {phone}").format(name=name, phone=phone))
        self._hide.start()
