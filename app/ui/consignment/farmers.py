"""Farmers (农户): find them by phone tail, name, village or number; register a new one (name,
full phone, village, optional resident ID shown masked as soon as it is entered, payout method).
Every list shows names and phones masked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import FarmerView
from ..context import ScreenContext
from ..i18n import describe
from ..parcels.outbound import ResidentIdEdit
from ..table import ReadOnlyTable
from .base import Banner, ConsignScreen
from .words import payout_word


class FarmersScreen(ConsignScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = QLineEdit(objectName="scanField")
        self.query.setPlaceholderText(self.tr("Find: last 4 digits of the phone, name, village or F-number"))
        self.table = ReadOnlyTable([self.tr("Farmer"), self.tr("Name"), self.tr("Phone"), self.tr("Village"),
                                    self.tr("Resident ID"), self.tr("Payout")])
        self.farmers: list[FarmerView] = []
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Full 11-digit mobile number"))
        self.village = QLineEdit()
        self.resident_id = ResidentIdEdit(ctx.station.store.clock.now)
        self.resident_id.setPlaceholderText(self.tr("Optional: stored masked only"))
        self.payout = QComboBox()
        self.payout.addItem(payout_word("cash"), "cash")
        self.payout.addItem(payout_word("bank"), "bank")
        self.account_tail = QLineEdit()
        self.account_tail.setPlaceholderText(self.tr("Last 4 digits of the bank card"))
        self.account_tail.setMaxLength(4)
        self.account_tail.setEnabled(False)
        self.add_button = QPushButton(self.tr("Register farmer (F9)"), objectName="primary")
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Register a farmer once; find them next time by the phone's last four digits"))
        self.last_added: FarmerView | None = None
        self._build()
        self.query.textChanged.connect(lambda _t: self.refresh())
        self.payout.currentIndexChanged.connect(
            lambda _i: self.account_tail.setEnabled(self.payout.currentData() == "bank"))
        self.add_button.clicked.connect(self.register)
        self.add_shortcut("F9", self.register)

    def _build(self) -> None:
        form_box = QGroupBox(self.tr("New farmer"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Resident ID"), self.resident_id)
        pay = QHBoxLayout()
        pay.addWidget(self.payout)
        pay.addWidget(self.account_tail, 1)
        form.addRow(self.tr("Payout"), pay)
        form.addRow("", self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addWidget(self.banner)
        right.addStretch(1)
        box = QHBoxLayout(self)
        box.addLayout(left, 3)
        box.addLayout(right, 2)

    def initial_focus(self) -> QWidget:
        return self.query

    def refresh(self) -> None:
        actor, text = self.ctx.actor, self.query.text()
        self.run(lambda st: st.consignment.farmers.search(actor, text), self.show_farmers)

    def show_farmers(self, farmers: list[FarmerView]) -> None:
        self.farmers = list(farmers)
        self.table.set_rows([(f.code, f.name, f.phone, f.village, f.resident_id or "—",
                              payout_word(f.payout_method) + (f" ****{f.account_tail}" if f.account_tail else ""))
                             for f in self.farmers])

    def register(self) -> None:
        """Register the farmer in the form (every rule in the service)."""
        self.resident_id.commit()
        if self.resident_id.error is not None:
            self._failed(self.resident_id.error)
            return
        actor = self.ctx.actor
        form = dict(name=self.name.text(), phone=self.phone.text(), village=self.village.text(),
                    resident_id=self.resident_id.value() or None, payout_method=self.payout.currentData(),
                    account_tail=self.account_tail.text())
        self.run(lambda st: st.consignment.farmers.add(actor, **form), self._registered, self._failed)

    def _registered(self, farmer: FarmerView) -> None:
        self.last_added = farmer
        self.banner.show_state("ok", self.tr("Registered"), farmer.code, f"{farmer.name} {farmer.phone} {farmer.village}")
        self.ctx.feedback.success(self.tr("Farmer {code} registered").format(code=farmer.code))
        for w in (self.name, self.phone, self.village, self.account_tail):
            w.clear()
        self.resident_id.reset()
        self.payout.setCurrentIndex(0)
        self.query.setText(farmer.code)
        self.name.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not registered"), "", describe(exc))
        self.ctx.show_error(exc)
