"""Stock-in by lot (= the §26 purchase ledger row): scan the product's barcode (or search it), the
lot, quantity, production and expiry dates, unit cost, supplier and contact, and for a pesticide
scan the label's 32-digit code. Below, a local product can be added to the catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.money import format_fen, parse_yuan
from ...core.shop import ProductView, PurchaseView
from ...messages import render
from ..context import ScreenContext
from ..flow import SideBySide
from ..i18n import translate_error_template
from ..scanner import CallbackTarget, ScanTarget
from .base import CATEGORY_WORDS, ShopScreen, date_edit, word


class StockInScreen(ShopScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.product: ProductView | None = None
        self.find = QLineEdit(objectName="scanField")
        self.find.setPlaceholderText(self.tr("Scan the product, or type its name or initials"))
        self.choice = QComboBox()
        self.choice.hide()
        self.chosen = QLabel(objectName="sectionTitle", wordWrap=True)
        self.lot = QLineEdit()
        self.qty = QSpinBox()
        self.qty.setRange(1, 100000)
        self.produced = date_edit(self.today().addMonths(-1))
        self.expires = date_edit(self.today().addYears(2))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0.00")
        self.supplier = QLineEdit()
        self.supplier_phone = QLineEdit()
        self.label_code = QLineEdit()
        self.label_code.setPlaceholderText(self.tr("pesticides: scan the label's QR code"))
        self.button = QPushButton(self.tr("Stock in (F9)"), objectName="primary")
        self.result = QLabel(objectName="muted", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.find)
        form.addRow("", self.choice)
        form.addRow("", self.chosen)
        form.addRow(self.tr("Lot number"), self.lot)
        form.addRow(self.tr("Quantity"), self.qty)
        dates = QHBoxLayout()
        dates.addWidget(self.produced)
        dates.addWidget(QLabel(self.tr("expires")))
        dates.addWidget(self.expires)
        dates.addStretch(1)
        form.addRow(self.tr("Produced"), dates)
        form.addRow(self.tr("Unit cost ¥"), self.cost)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Supplier's phone"), self.supplier_phone)
        form.addRow(self.tr("Label code"), self.label_code)
        form.addRow("", self.button)
        form.addRow("", self.result)
        left = QGroupBox(self.tr("Receive a lot"))
        left.setLayout(form)

        self.new_name = QLineEdit()
        self.new_category = QComboBox()
        for key in CATEGORY_WORDS:
            self.new_category.addItem(word(CATEGORY_WORDS, key), key)
        self.new_spec = QLineEdit()
        self.new_unit = QLineEdit()
        self.new_price = QLineEdit()
        self.new_ean = QLineEdit()
        self.new_reg = QLineEdit()
        self.new_maker = QLineEdit()
        self.new_restricted = QCheckBox(self.tr("Restricted-use pesticide (sold by real name)"))
        self.new_button = QPushButton(self.tr("Add product"))
        pf = QFormLayout()
        pf.addRow(self.tr("Name"), self.new_name)
        pf.addRow(self.tr("Category"), self.new_category)
        pf.addRow(self.tr("Spec"), self.new_spec)
        pf.addRow(self.tr("Unit"), self.new_unit)
        pf.addRow(self.tr("Price ¥"), self.new_price)
        pf.addRow(self.tr("Barcode"), self.new_ean)
        pf.addRow(self.tr("Registration no."), self.new_reg)
        pf.addRow(self.tr("Maker"), self.new_maker)
        pf.addRow("", self.new_restricted)
        pf.addRow("", self.new_button)
        right = QGroupBox(self.tr("New local product"))
        right.setLayout(pf)
        col = QVBoxLayout()
        col.addWidget(right)
        col.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(SideBySide((left, 3), (col, 2)))  # one above the other when the font is large

        self.find.textEdited.connect(self.search)
        self.find.returnPressed.connect(lambda: self.scanned(self.find.text()))
        self.choice.activated.connect(lambda _i: self._choose(self.choice.currentData()))
        self.button.clicked.connect(self.stock_in)
        self.new_button.clicked.connect(self.add_product)
        self.add_shortcut("F9", self.stock_in)

    def initial_focus(self) -> QWidget:
        return self.find

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scanned)

    def scanned(self, code: str) -> None:
        """A barcode chooses the product; a pesticide label's code (32 digits, or a URL ending in
        them) fills the label field; a scan in the new-product form fills its barcode."""
        code = code.strip()
        digits = "".join(ch for ch in code[-32:] if ch.isdigit())
        if len(digits) == 32:
            self.label_code.setText(code)
            self.ctx.feedback.info(self.tr("Label code read"))
            return
        if self.new_ean.hasFocus():
            self.new_ean.setText(code)
            return
        try:
            self._show_product(self.ctx.station.shop.catalogue.get(self.ctx.actor, code))
        except YytError:
            self.find.setText(code)
            self.search(code)

    def search(self, text: str) -> None:
        self.choice.clear()
        for p in self.ctx.station.shop.catalogue.search(self.ctx.actor, text, 20) if text.strip() else []:
            self.choice.addItem(f"{p.name}  {p.spec}  {p.reg_no}", p.id)
        self.choice.setVisible(self.choice.count() > 1)
        if self.choice.count():
            self._choose(self.choice.itemData(0))

    def _choose(self, product_id: str | None) -> None:
        if product_id:
            self._show_product(self.ctx.station.shop.catalogue.get(self.ctx.actor, product_id))

    def _show_product(self, p: ProductView) -> None:
        self.product = p
        self.find.setText(p.name)
        self.chosen.setText(self.tr("{name} · {spec} · {category} · reg. {reg} · in stock {stock} {unit}").format(
            name=p.name, spec=p.spec, category=word(CATEGORY_WORDS, p.category), reg=p.reg_no or "—", stock=p.on_hand,
            unit=p.unit))
        self.lot.setFocus()

    def stock_in(self) -> None:
        if self.product is None:
            self.ctx.feedback.info(self.tr("Choose the product first"))
            self.find.setFocus()
            return
        try:
            cost = parse_yuan(self.cost.text())
        except YytError as exc:
            self.cost.setFocus()
            self.ctx.show_error(exc)
            return
        actor, pid = self.ctx.actor, self.product.id
        args = {"lot": self.lot.text(), "qty": self.qty.value(), "produced": self.produced.date().toString(
            Qt.DateFormat.ISODate), "expires": self.expires.date().toString(Qt.DateFormat.ISODate), "cost_fen": cost,
                "supplier": self.supplier.text(), "supplier_phone": self.supplier_phone.text(),
                "label_code": self.label_code.text() or None}
        self.run(lambda st: st.shop.stock.stock_in(actor, pid, **args), self._stocked)

    def _stocked(self, r: PurchaseView) -> None:
        warn = " ".join(render(w, {}, translate_error_template) for w in r.warnings)
        self.result.setText(self.tr("Entry {number}: lot {lot} +{qty}, now {on_hand} on hand, ¥{amount}").format(
            number=r.number, lot=r.lot.lot_no, qty=r.qty, on_hand=r.lot.qty, amount=format_fen(r.amount_fen))
            + (f"\n⚠ {warn}" if warn else ""))
        self.ctx.feedback.success(self.tr("Lot {lot} stocked in").format(lot=r.lot.lot_no))
        for w in (self.lot, self.label_code):
            w.clear()
        self.qty.setValue(1)
        self.find.setFocus()
        self.find.selectAll()

    def add_product(self) -> None:
        try:
            price = parse_yuan(self.new_price.text())
        except YytError as exc:
            self.new_price.setFocus()
            self.ctx.show_error(exc)
            return
        actor = self.ctx.actor
        kw = {"name": self.new_name.text(), "category": self.new_category.currentData(), "spec": self.new_spec.text(),
              "unit": self.new_unit.text(), "price_fen": price, "ean": self.new_ean.text().strip() or None,
              "reg_no": self.new_reg.text(), "maker": self.new_maker.text(),
              "restricted": self.new_restricted.isChecked()}
        self.run(lambda st: st.shop.catalogue.add(actor, **kw), self._added)

    def _added(self, got) -> None:  # noqa: ANN001
        product, warnings = got
        for w in (self.new_name, self.new_spec, self.new_unit, self.new_price, self.new_ean, self.new_reg,
                  self.new_maker):
            w.clear()
        self.new_restricted.setChecked(False)
        self._show_product(product)
        text = self.tr("{name} added to the catalogue").format(name=product.name)
        if warnings:
            text += " — " + " ".join(render(w, {}, translate_error_template) for w in warnings)
        self.ctx.feedback.success(text)
