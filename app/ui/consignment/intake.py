"""Intake (收货): choose the farmer, say what they brought — product and variety, grade, kg or
pieces, quantity, floor or agreed price, commission (the station's default unless changed), the
date unsold produce goes back, and optionally the 承诺达标合格证 — then one key takes it in and
prints the intake receipt with the lot's QR code."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import local_date
from ...core.consignment import CertBasis, FarmerView, LotView
from ...core.consignment.amounts import format_bp, parse_percent
from ...core.errors import YytError
from ...core.money import parse_yuan
from ..context import ScreenContext
from ..i18n import describe
from .base import Banner, ConsignScreen
from .documents import intake_receipt
from .widgets import FarmerPicker, LotTable
from .words import GRADES, PRODUCTS, basis_word, choice_word, product_name, qty_text, unit_word

RECENT = 20


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> _dt.date:
    return _dt.date(value.year(), value.month(), value.day())


class IntakeScreen(ConsignScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.farmer = FarmerPicker(ctx)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.addItems([choice_word(p) for p in PRODUCTS])
        self.product.setCurrentIndex(-1)
        self.variety = QLineEdit()
        self.grade = QComboBox()
        self.grade.setEditable(True)
        self.grade.addItems([choice_word(g) for g in GRADES])
        self.grade.setCurrentIndex(1)
        self.unit = QComboBox()
        self.unit.addItem(unit_word("kg"), "kg")
        self.unit.addItem(unit_word("piece"), "piece")
        self.qty = QLineEdit()
        self.qty.setPlaceholderText(self.tr("e.g. 25.5"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("yuan per kg"))
        self.agreed = QCheckBox(self.tr("Agreed price (sell at exactly this price)"))
        self.commission = QLineEdit()
        self.return_by = QDateEdit(calendarPopup=True)
        self.return_by.setDisplayFormat("yyyy-MM-dd")
        self.cert = QGroupBox(self.tr("Promise-of-compliance certificate (承诺达标合格证)"))
        self.cert.setCheckable(True)
        self.cert.setChecked(False)
        self.cert_origin = QLineEdit()
        self.cert_producer = QLineEdit()
        self.cert_contact = QLineEdit()
        self.cert_basis = QComboBox()
        for b in CertBasis:
            self.cert_basis.addItem(basis_word(b.value), b.value)
        self.cert_date = QDateEdit(calendarPopup=True)
        self.cert_date.setDisplayFormat("yyyy-MM-dd")
        self.take_button = QPushButton(self.tr("Take in + print receipt (F9)"), objectName="primary")
        self.banner = Banner()
        self.banner.show_state("idle", self.tr("Choose the farmer and weigh the produce"))
        self.recent_title = QLabel(self.tr("Lots taken in lately"), objectName="sectionTitle")
        self.recent = LotTable(("code", "farmer", "product", "qty", "left"))
        self.last_lot: LotView | None = None
        self._build()
        self.reset_form()
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.take_button.clicked.connect(self.take_in)
        self.add_shortcut("F9", self.take_in)

    def _build(self) -> None:
        produce = QGroupBox(self.tr("Produce"))
        f = QFormLayout(produce)
        f.addRow(self.tr("Farmer"), self.farmer)
        row = QHBoxLayout()
        row.addWidget(self.product, 2)
        row.addWidget(QLabel(self.tr("Variety")))
        row.addWidget(self.variety, 1)
        f.addRow(self.tr("Product"), row)
        row = QHBoxLayout()
        row.addWidget(self.grade, 1)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.unit)
        row.addWidget(QLabel(self.tr("Quantity")))
        row.addWidget(self.qty, 1)
        f.addRow(self.tr("Grade"), row)
        row = QHBoxLayout()
        row.addWidget(self.price, 1)
        row.addWidget(self.agreed)
        f.addRow(self.tr("Price"), row)
        row = QHBoxLayout()
        row.addWidget(self.commission, 1)
        row.addWidget(QLabel(self.tr("Return by")))
        row.addWidget(self.return_by, 1)
        f.addRow(self.tr("Commission %"), row)
        c = QFormLayout(self.cert)
        row = QHBoxLayout()
        row.addWidget(self.cert_origin, 2)
        row.addWidget(QLabel(self.tr("Date")))
        row.addWidget(self.cert_date, 1)
        c.addRow(self.tr("Origin"), row)
        row = QHBoxLayout()
        row.addWidget(self.cert_producer, 1)
        row.addWidget(QLabel(self.tr("Contact")))
        row.addWidget(self.cert_contact, 1)
        c.addRow(self.tr("Producer"), row)
        c.addRow(self.tr("Promise basis"), self.cert_basis)
        left = QVBoxLayout()
        left.addWidget(produce)
        left.addWidget(self.cert)
        left.addWidget(self.take_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.recent_title)
        right.addWidget(self.recent, 1)
        box = QHBoxLayout(self)
        box.addLayout(left, 5)
        box.addLayout(right, 4)

    def initial_focus(self) -> QWidget:
        return self.farmer.query

    def reset_form(self) -> None:
        """An empty form with today's defaults (the station's commission and return days)."""
        settings = self.ctx.station.settings
        today = local_date(self.ctx.station.store.clock.now())
        self.commission.setText(format_bp(settings.get("consign.commission_bp")))
        self.return_by.setDate(_qdate(today + _dt.timedelta(days=settings.get("consign.return_days"))))
        self.cert_date.setDate(_qdate(today))
        for w in (self.variety, self.qty, self.price, self.cert_origin, self.cert_producer, self.cert_contact):
            w.clear()
        self.product.setCurrentIndex(-1)
        self.product.setEditText("")
        self.agreed.setChecked(False)
        self.cert.setChecked(False)

    def _unit_changed(self, _index: int) -> None:
        kg = self.unit.currentData() == "kg"
        self.qty.setPlaceholderText(self.tr("e.g. 25.5") if kg else self.tr("e.g. 40"))
        self.price.setPlaceholderText(self.tr("yuan per kg") if kg else self.tr("yuan per piece"))

    def refresh(self) -> None:
        actor = self.ctx.actor
        if not self.farmer.farmers:
            self.farmer.search()
        self.run(lambda st: st.consignment.intake.list(actor, limit=RECENT), self.recent.show_lots)

    def choose_farmer(self, farmer: FarmerView) -> None:
        self.farmer.choose(farmer)

    # -- taking in ---------------------------------------------------------------------------------
    def take_in(self) -> None:
        """Take the produce in as a lot (the service checks everything) and print the receipt (F9)."""
        try:
            price = parse_yuan(self.price.text(), allow_zero=False)
            bp = parse_percent(self.commission.text())
        except YytError as exc:
            self._failed(exc)
            return
        cert = None
        if self.cert.isChecked():
            cert = {"origin": self.cert_origin.text(), "producer": self.cert_producer.text(),
                    "contact": self.cert_contact.text(), "basis": self.cert_basis.currentData(),
                    "date": _pydate(self.cert_date.date()).isoformat()}
        actor, farmer = self.ctx.actor, self.farmer.current_id()
        form = dict(product=product_name(self.product.currentText()), grade=self.grade.currentText(),
                    unit=self.unit.currentData(), qty=self.qty.text(), price_fen=price,
                    price_kind="agreed" if self.agreed.isChecked() else "floor", commission_bp=bp,
                    variety=self.variety.text(), return_by=_pydate(self.return_by.date()), cert=cert)
        self.run(lambda st: st.consignment.intake.take_in(actor, farmer, **form), self._taken, self._failed)

    def _taken(self, lot: LotView) -> None:
        self.last_lot = lot
        info = self.ctx.station.info
        printed = self.print_document(intake_receipt(lot, info.name, info.code))
        self.banner.show_state("ok", self.tr("Taken in: {product} {qty}").format(product=lot.product,
                                                                                qty=qty_text(lot.qty, lot.unit)),
                               lot.code, self.tr("receipt {printed}").format(printed=printed))
        self.ctx.feedback.success(self.tr("Lot {code} taken in").format(code=lot.code))
        self.reset_form()
        self.product.setFocus()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not taken in"), "", describe(exc))
        self.ctx.show_error(exc)
