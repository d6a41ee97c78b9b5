"""Selling at the counter: the scanner adds a product to the basket (each scan one more), the field
also searches by name or pinyin initials (复合肥 = fhf) with the matches listed below it. Every
basket line shows the lots first-expired-first-out would take now; the real-name form appears only
when a restricted-use pesticide is in the basket. F9 takes the cash and sells (the core allocates
again inside the sale's own write); Ctrl+P prints the receipt. Without an open shift a strip leads
the clerk to open it right here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.cash.ledger import open_shift_id
from ...core.errors import YytError
from ...core.money import format_fen, parse_yuan
from ...core.shop import ProductView, SaleView
from ...core.shop.alerts import shop_alerts
from ...messages import render
from ..context import ScreenContext
from ..i18n import error_text, screen_fields, translate_error_template
from ..parcels.widgets import Banner
from ..scanner import CallbackTarget, ScanTarget
from ..table import ReadOnlyTable
from .base import ShopScreen
from .buyer import BuyerForm, ShiftStrip
from .documents import sale_receipt

MATCHES = 8


@dataclass
class BasketLine:
    product: ProductView
    qty: int


class SellScreen(ShopScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.basket: list[BasketLine] = []
        self.last_sale: SaleView | None = None
        self.field = QLineEdit(objectName="scanField")
        self.field.setPlaceholderText(self.tr("Scan, or type a name or initials"))
        self.qty = QSpinBox()
        self.qty.setRange(1, 9999)
        self.qty.setPrefix("× ")
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        self.shift = ShiftStrip()
        self.alerts = QLabel(objectName="muted", wordWrap=True)
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Scan a product: it goes into the basket"))
        self.table = ReadOnlyTable([self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Amount"),
                                    self.tr("Lots taken (first expired first out)")], object_name="basket")
        self.remove_button = QPushButton(self.tr("Remove line (Ctrl+Del)"))
        self.clear_button = QPushButton(self.tr("Empty basket (Ctrl+E)"))
        self.total = QLabel(objectName="sectionTitle")
        self.sell_button = QPushButton(self.tr("Take cash and sell (F9)"), objectName="primary")
        self.print_button = QPushButton(self.tr("Receipt (Ctrl+P)"))
        self.print_button.setEnabled(False)
        self.buyer = BuyerForm(ctx.station.store.clock.now)
        self.buyer.hide()

        top = QGridLayout()
        top.addWidget(self.field, 0, 0)
        top.addWidget(self.qty, 0, 1)
        top.addWidget(self.add_button, 0, 2)
        top.setColumnStretch(0, 1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.matches)
        left.addWidget(self.banner)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.buyer)
        right.addStretch(1)
        right.addWidget(self.sell_button)
        right.addWidget(self.print_button)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 3)
        box = QVBoxLayout(self)
        box.addWidget(self.shift)
        box.addWidget(self.alerts)
        box.addLayout(body, 1)

        self.field.returnPressed.connect(self.enter)
        self.field.textEdited.connect(self.search)
        self.add_button.clicked.connect(self.enter)
        self.matches.itemActivated.connect(self._match_chosen)
        self.remove_button.clicked.connect(self.remove_line)
        self.clear_button.clicked.connect(self.empty)
        self.sell_button.clicked.connect(self.sell)
        self.print_button.clicked.connect(self.print_receipt)
        self.shift.open_requested.connect(self.open_shift)
        self.add_shortcut("F9", self.sell)
        self.add_shortcut("Ctrl+P", self.print_receipt)
        self.add_shortcut("Ctrl+Del", self.remove_line)
        self.add_shortcut("Ctrl+E", self.empty)
        QShortcut(QKeySequence("Down"), self.field, activated=self._into_matches,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.show_basket()

    # -- what the shell asks ---------------------------------------------------------------------
    def initial_focus(self) -> QWidget:
        return self.field

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scanned)

    def refresh(self) -> None:
        """The shift strip and the shop's alerts (quick reads)."""
        st = self.ctx.station
        self.shift.setVisible(open_shift_id(st.store.conn, self.ctx.actor.username) is None)
        alerts = shop_alerts(st.store.conn, st.store.clock.now(), st.settings)
        self.alerts.setText("  ·  ".join(render(a.code, screen_fields(a.fields), translate_error_template)
                                         for a in alerts))
        self.alerts.setVisible(bool(alerts))
        self.show_basket()

    # -- finding products --------------------------------------------------------------------------
    def scanned(self, code: str) -> None:
        """A scan: a barcode adds its product; anything else is searched."""
        code = code.strip()
        self.field.clear()
        self.matches.hide()
        try:
            product = self.ctx.station.shop.catalogue.get(self.ctx.actor, code)
        except YytError:
            self.field.setText(code)
            self.search(code)
            if self.matches.count() == 1:
                self._match_chosen(self.matches.item(0))
                return
            self.banner.show_state("error", self.tr("Unknown barcode"), code, self.tr("Search by name or initials"))
            self.ctx.feedback.error(self.tr("No product with barcode {code}").format(code=code))
            return
        self.add(product)

    def search(self, text: str) -> None:
        text = text.strip()
        self.matches.clear()
        if not text:
            self.matches.hide()
            return
        for p in self.ctx.station.shop.catalogue.search(self.ctx.actor, text, MATCHES):
            label = self.tr("{name}  {spec}  ¥{price}  · in stock {stock} {unit}").format(
                name=p.name, spec=p.spec, price=format_fen(p.price_fen), stock=p.stock, unit=p.unit)
            if p.banned:
                label += "  ⛔ " + self.tr("banned")
            elif p.restricted:
                label += "  ⚠ " + self.tr("real name")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.matches.addItem(item)
        self.matches.setVisible(self.matches.count() > 0)

    def enter(self) -> None:
        """Enter in the field: the highlighted (or first) match goes into the basket."""
        if self.matches.isVisible() and self.matches.count():
            self._match_chosen(self.matches.currentItem() or self.matches.item(0))
        elif self.field.text().strip():
            self.scanned(self.field.text())

    def _into_matches(self) -> None:
        if self.matches.isVisible() and self.matches.count():
            self.matches.setFocus()
            self.matches.setCurrentRow(0)

    def _match_chosen(self, item: QListWidgetItem) -> None:
        product = self.ctx.station.shop.catalogue.get(self.ctx.actor, item.data(Qt.ItemDataRole.UserRole))
        self.field.clear()
        self.matches.hide()
        self.add(product)
        self.field.setFocus()

    # -- the basket --------------------------------------------------------------------------------
    def add(self, product: ProductView) -> None:
        n = self.qty.value()
        self.qty.setValue(1)
        if product.banned:
            self.banner.show_state("error", self.tr("Banned: do not sell"), product.name,
                                   self.tr("May not be sold since {since}: take it off the shelf").format(
                                       since=product.banned_from))
            self.ctx.feedback.error(self.tr("{name} is banned").format(name=product.name))
            return
        line = next((x for x in self.basket if x.product.id == product.id), None)
        if line is None:
            self.basket.append(BasketLine(product, n))
        else:
            line.qty += n
        self.show_basket()
        lots = self._lots_text(product.id, self._qty_of(product.id)).replace("\n", ", ")
        detail = self.tr("{spec} · ¥{price} · lots: {lots}").format(spec=product.spec, price=format_fen(
            product.price_fen), lots=lots or self.tr("not enough sellable stock"))
        kind = "ok" if lots else "warn"
        if product.restricted:
            kind, detail = "warn", detail + "\n" + self.tr("Restricted-use pesticide: fill in the buyer's details")
        self.banner.show_state(kind, product.name, f"× {self._qty_of(product.id)}", detail)
        self.ctx.feedback.success(self.tr("{name} added").format(name=product.name)) if lots else \
            self.ctx.feedback.info(self.tr("Only {n} sellable").format(n=product.stock))

    def _qty_of(self, product_id: str) -> int:
        return sum(x.qty for x in self.basket if x.product.id == product_id)

    def _lots_text(self, product_id: str, qty: int) -> str:
        taken = self.ctx.station.shop.stock.preview(self.ctx.actor, product_id, qty)
        return "\n".join(self.tr("{lot} ×{n} (to {expires})").format(lot=a.lot_no, n=a.qty, expires=a.expires_on)
                          for a in taken)

    def show_basket(self) -> None:
        rows, short = [], []
        for x in self.basket:
            lots = self._lots_text(x.product.id, x.qty)
            if not lots:
                short.append(len(rows))
            name = x.product.name + ("  ⚠" if x.product.restricted else "")
            rows.append([f"{name}  {x.product.spec}", str(x.qty), format_fen(x.product.price_fen),
                         format_fen(x.qty * x.product.price_fen), lots or self.tr("not enough sellable stock")])
        self.table.set_rows(rows)
        self.table.resizeRowsToContents()
        for r in short:
            for c in range(self.table.columnCount()):
                self.table.item(r, c).setBackground(QColor("#fce8e6"))
        total = sum(x.qty * x.product.price_fen for x in self.basket)
        self.total.setText(self.tr("Total ¥{total}").format(total=format_fen(total)))
        self.buyer.setVisible(any(x.product.restricted for x in self.basket))
        self.sell_button.setEnabled(bool(self.basket))

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.basket):
            del self.basket[row]
        elif self.basket:
            self.basket.pop()
        self.show_basket()

    def empty(self) -> None:
        self.basket.clear()
        self.buyer.reset()
        self.show_basket()
        self.banner.show_state("idle", self.tr("Scan a product: it goes into the basket"))

    # -- selling -----------------------------------------------------------------------------------
    def sell(self) -> None:
        if not self.basket:
            self.ctx.feedback.info(self.tr("The basket is empty: scan a product"))
            return
        restricted = self.buyer.isVisible()
        if restricted:
            missing = self.buyer.missing()
            if missing:
                missing[0].setFocus()
                self.banner.show_state("warn", self.tr("Real name needed"), self.tr("Buyer's details"),
                                       self.tr("A restricted-use pesticide is sold only with the buyer's name,"
                                               " resident ID, phone, address and crop or pest"))
                self.ctx.feedback.error(self.tr("Fill in every buyer field"))
                return
            if not self.buyer.explained.isChecked():
                self.buyer.explained.setFocus()
                self.ctx.feedback.error(self.tr("Explain the dose and safety, then tick the box"))
                return
        lines = [(x.product.id, x.qty) for x in self.basket]
        buyer = self.buyer.value() if restricted else None
        actor = self.ctx.actor
        self.run(lambda st: st.shop.sales.sell(actor, lines, buyer, safety_reminded=restricted), self._sold,
                 self._refused)

    def _sold(self, sale: SaleView) -> None:
        self.last_sale = sale
        self.print_button.setEnabled(True)
        self.basket.clear()
        self.buyer.reset()
        self.show_basket()
        lots = "; ".join(f"{ln.name} " + ", ".join(f"{a.lot_no}×{a.qty}" for a in ln.lots) for ln in sale.lines)
        self.banner.show_state("ok", self.tr("Sold · sale {number}").format(number=sale.number),
                               f"¥{format_fen(sale.total_fen)}", lots)
        self.ctx.feedback.success(self.tr("Sale {number}: ¥{total} taken").format(number=sale.number,
                                                                                  total=format_fen(sale.total_fen)))
        self.field.setFocus()

    def _refused(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, YytError) else ""
        if code in ("shop.shift_required", "cash.no_open_shift"):
            self.shift.show()
            self.shift.float_yuan.setFocus()
            self.shift.float_yuan.selectAll()
        self.banner.show_state("error", self.tr("Not sold"), "", error_text(exc) if code else str(exc))
        self.ctx.show_error(exc)

    def open_shift(self, text: str) -> None:
        try:
            fen = parse_yuan(text)
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        actor = self.ctx.actor
        self.run(lambda st: st.cash.open(actor, fen), self._shift_opened)

    def _shift_opened(self, shift) -> None:  # noqa: ANN001
        self.shift.hide()
        self.ctx.feedback.success(self.tr("Shift {number} open with ¥{float} float").format(
            number=shift.number, float=format_fen(shift.float_fen)))
        self.field.setFocus()

    def print_receipt(self) -> None:
        if self.last_sale is None:
            self.ctx.feedback.info(self.tr("Sell something first"))
            return
        info = self.ctx.station.info
        try:
            path = self.ctx.printing.print_document(sale_receipt(self.last_sale, info.name, info.code))
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.ctx.feedback.success(self.tr("Receipt saved: {path}").format(path=path) if path
                                  else self.tr("Receipt sent to the printer"))
