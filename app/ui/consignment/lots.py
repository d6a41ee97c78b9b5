"""Lots (批次): every lot with what is left of it (derived from its movements), and for the chosen
lot — by a click, by typing its number, or by scanning the QR on its intake receipt — what can
happen to it: sell at the counter (the buyer's receipt printed), ship as an outbound produce parcel
(its label printed; the postage goes on the farmer's statement), spoil with a reason, give back to
the farmer; its movements, and reversing a counter sale typed wrongly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import LotView, MoveView, SaleResult
from ...core.consignment.amounts import commission_of, line_gross, parse_qty
from ...core.documents import local_time_text
from ...core.errors import NotFound, Refused, YytError
from ...core.money import format_fen, parse_yuan
from ..context import ScreenContext
from ..i18n import describe
from ..parcels.documents import shipment_label
from ..table import ReadOnlyTable
from .base import Banner, ConsignScreen
from .documents import sale_receipt
from .widgets import LotTable
from .words import kind_word, price_kind_word, price_text, qty_text, rate_text, unit_word

MAX_WEIGHT_G = 50_000
ACTIONS = ("sell", "ship", "spoil", "return")


class LotsScreen(ConsignScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = QLineEdit(objectName="scanField")
        self.query.setPlaceholderText(self.tr("Scan or type a lot number"))
        self.open_only = QCheckBox(self.tr("Only lots with produce left"))
        self.open_only.setChecked(True)
        self.table = LotTable(("code", "farmer", "product", "left", "return_by"))
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.detail = QLabel(objectName="muted", wordWrap=True)
        self.actions = QTabWidget()
        self.lot: LotView | None = None
        self.moves: list[MoveView] = []
        self.last_result: SaleResult | None = None
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Choose a lot, or scan its receipt"))
        self._build_actions()
        self.moves_table = ReadOnlyTable([self.tr("When"), self.tr("What"), self.tr("Quantity"), self.tr("Amount"),
                                          self.tr("Statement")])
        self.moves_table.setMinimumHeight(120)
        self.void_reason = QLineEdit()
        self.void_reason.setPlaceholderText(self.tr("Why the sale is reversed"))
        self.void_button = QPushButton(self.tr("Reverse the chosen sale"))
        self._build()
        self.query.returnPressed.connect(lambda: self.open_lot(self.query.text()))
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.void_button.clicked.connect(self.void)
        self.add_shortcut("F9", self.act)

    # -- layout ------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.sell_qty, self.sell_price = QLineEdit(), QLineEdit()
        self.sell_amount = QLabel("—", objectName="sectionTitle")
        self.sell_button = QPushButton(self.tr("Sell + print receipt (F9)"), objectName="primary")
        page = QWidget()
        f = QFormLayout(page)
        f.addRow(self.tr("Quantity"), self.sell_qty)
        f.addRow(self.tr("Price"), self.sell_price)
        f.addRow(self.tr("Amount"), self.sell_amount)
        f.addRow("", self.sell_button)
        self.actions.addTab(page, self.tr("Sell"))
        self.ship_qty, self.ship_price = QLineEdit(), QLineEdit()
        self.ship_name, self.ship_phone, self.ship_address = QLineEdit(), QLineEdit(), QLineEdit()
        self.ship_province = QComboBox()
        self.ship_province.setEditable(True)
        self.ship_weight = QSpinBox()
        self.ship_weight.setRange(0, MAX_WEIGHT_G)
        self.ship_weight.setSingleStep(100)
        self.ship_weight.setSuffix(" " + self.tr("g", "grams"))
        self.ship_paid = QComboBox()
        self.ship_paid.addItem(self.tr("Buyer pays cash now"), "cash")
        self.ship_paid.addItem(self.tr("Paid online"), "online")
        self.ship_order = QLineEdit()
        self.ship_order.setPlaceholderText(self.tr("Online order number"))
        self.ship_button = QPushButton(self.tr("Ship + print label (F9)"), objectName="primary")
        page = QWidget()
        f = QFormLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.ship_qty, 1)
        row.addWidget(QLabel(self.tr("Price")))
        row.addWidget(self.ship_price, 1)
        f.addRow(self.tr("Quantity"), row)
        row = QHBoxLayout()
        row.addWidget(self.ship_name, 1)
        row.addWidget(self.ship_phone, 1)
        f.addRow(self.tr("To (name, phone)"), row)
        row = QHBoxLayout()
        row.addWidget(self.ship_province, 1)
        row.addWidget(self.ship_address, 2)
        f.addRow(self.tr("Province, address"), row)
        row = QHBoxLayout()
        row.addWidget(self.ship_weight)
        row.addWidget(self.ship_paid, 1)
        row.addWidget(self.ship_order, 1)
        f.addRow(self.tr("Parcel weight"), row)
        f.addRow("", self.ship_button)
        self.actions.addTab(page, self.tr("Ship"))
        self.spoil_qty, self.spoil_reason = QLineEdit(), QLineEdit()
        self.spoil_reason.setPlaceholderText(self.tr("e.g. crushed, rotten, lost"))
        self.spoil_button = QPushButton(self.tr("Record loss (F9)"), objectName="primary")
        page = QWidget()
        f = QFormLayout(page)
        f.addRow(self.tr("Quantity"), self.spoil_qty)
        f.addRow(self.tr("Reason"), self.spoil_reason)
        f.addRow("", self.spoil_button)
        self.actions.addTab(page, self.tr("Spoil"))
        self.return_qty = QLineEdit()
        self.return_qty.setPlaceholderText(self.tr("Empty: everything left"))
        self.return_button = QPushButton(self.tr("Give back to the farmer (F9)"), objectName="primary")
        page = QWidget()
        f = QFormLayout(page)
        f.addRow(self.tr("Quantity"), self.return_qty)
        f.addRow("", self.return_button)
        self.actions.addTab(page, self.tr("Return"))
        self.sell_qty.textChanged.connect(lambda _t: self._show_amount())
        self.sell_price.textChanged.connect(lambda _t: self._show_amount())
        self.sell_button.clicked.connect(self.sell)
        self.ship_button.clicked.connect(self.ship)
        self.spoil_button.clicked.connect(self.spoil)
        self.return_button.clicked.connect(self.give_back)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.open_only)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        void_row = QHBoxLayout()
        void_row.addWidget(self.void_reason, 1)
        void_row.addWidget(self.void_button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.detail)
        right.addWidget(self.actions)
        right.addWidget(self.banner)
        right.addWidget(self.moves_table, 1)
        right.addLayout(void_row)
        box = QHBoxLayout(self)
        box.addLayout(left, 1)
        box.addLayout(right, 1)
        self._show_lot(None)

    def initial_focus(self) -> QWidget:
        return self.query

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor, open_only = self.ctx.actor, self.open_only.isChecked()
        chosen = self.lot.id if self.lot else None

        def read(st):  # noqa: ANN001, ANN202
            lots = st.consignment.intake.list(actor, open_only=open_only)
            provinces = sorted(st.parcels.outbound.tariffs.current(st.store.conn).provinces)
            lot = st.consignment.intake.get(actor, chosen) if chosen else None
            moves = st.consignment.intake.moves(actor, chosen) if chosen else []
            return lots, provinces, lot, moves

        self.run(read, self._show_all)

    def _show_all(self, data) -> None:  # noqa: ANN001
        lots, provinces, lot, moves = data
        if self.ship_province.count() != len(provinces):
            text = self.ship_province.currentText()
            self.ship_province.clear()
            self.ship_province.addItems(provinces)
            self.ship_province.setEditText(text)
        self.table.blockSignals(True)
        self.table.show_lots(lots)
        if lot is not None:
            self.table.select_lot(lot.id)
        self.table.blockSignals(False)
        self._show_lot(lot, moves)

    def _row_chosen(self) -> None:
        lot = self.table.selected_lot()
        if lot is not None and (self.lot is None or lot.id != self.lot.id):
            self.open_lot(lot.id)

    def open_lot(self, ref: str) -> None:
        """Show the lot a reference names (a click, a typed number, a scanned receipt QR)."""
        actor, text = self.ctx.actor, (ref or "").strip()
        if not text:
            return

        def read(st):  # noqa: ANN001, ANN202
            lot = st.consignment.intake.get(actor, text)
            return lot, st.consignment.intake.moves(actor, lot.id)

        self.run(read, self._opened, self._failed)

    def _opened(self, data) -> None:  # noqa: ANN001
        lot, moves = data
        self.query.clear()
        if not self.table.select_lot(lot.id) and not lot.open and self.open_only.isChecked():
            self.open_only.setChecked(False)  # a lot sold out: show it in the full list
        self.table.blockSignals(True)
        self.table.select_lot(lot.id)
        self.table.blockSignals(False)
        self._show_lot(lot, moves)
        self.banner.show_state("idle", self.tr("Lot {code}: {left} left").format(code=lot.code,
                                                                                  left=qty_text(lot.remaining, lot.unit)))

    def _show_lot(self, lot: LotView | None, moves: list[MoveView] | None = None) -> None:
        self.lot, self.moves = lot, list(moves or [])
        for w in (self.actions, self.void_button, self.void_reason):
            w.setEnabled(lot is not None and (w is not self.actions or lot.open))
        if lot is None:
            self.title.setText(self.tr("No lot chosen"))
            self.detail.setText("")
            self.moves_table.set_rows([])
            return
        self.title.setText(f"{lot.code}  {lot.product} {lot.variety}  {lot.grade}")
        self.detail.setText(self.tr(
            "Farmer {farmer} · {kind} {price} · commission {rate} · taken in {qty} · left {left} · return by {date}"
        ).format(farmer=f"{lot.farmer_code} {lot.farmer_name}", kind=price_kind_word(lot.price_kind),
                 price=price_text(lot.price_fen, lot.unit), rate=rate_text(lot.commission_bp),
                 qty=qty_text(lot.qty, lot.unit), left=qty_text(lot.remaining, lot.unit), date=lot.return_by))
        for edit in (self.sell_qty, self.ship_qty, self.spoil_qty, self.return_qty):
            edit.setPlaceholderText(unit_word(lot.unit))
        self.return_qty.setPlaceholderText(self.tr("Empty: everything left"))
        self.sell_price.setPlaceholderText(format_fen(lot.price_fen))
        self.ship_price.setPlaceholderText(format_fen(lot.price_fen))
        self.moves_table.set_rows([(local_time_text(m.at)[5:], kind_word(m.kind), qty_text(m.qty, m.unit),
                                    format_fen(m.gross_fen) if m.gross_fen else "",
                                    f"S{m.statement_number:06d}" if m.statement_number else "") for m in self.moves])
        self._show_amount()

    def _price(self, edit: QLineEdit) -> int | None:
        return parse_yuan(edit.text(), allow_zero=False) if edit.text().strip() else None

    def _show_amount(self) -> None:
        """The sale's amount and the farmer's share as typed (nothing is written)."""
        lot = self.lot
        if lot is None or not self.sell_qty.text().strip():
            self.sell_amount.setText("—")
            return
        try:
            qty = parse_qty(self.sell_qty.text(), lot.unit)
            price = self._price(self.sell_price) or lot.price_fen
        except YytError:
            self.sell_amount.setText("—")
            return
        gross = line_gross(qty, lot.unit, price)
        share = gross - commission_of(gross, lot.commission_bp)
        self.sell_amount.setText(self.tr("¥{gross}  (farmer's share ¥{share})").format(gross=format_fen(gross),
                                                                                       share=format_fen(share)))

    # -- acting ------------------------------------------------------------------------------------
    def act(self) -> None:
        """F9: the action of the tab shown."""
        [self.sell, self.ship, self.spoil, self.give_back][self.actions.currentIndex()]()

    def _lot_id(self) -> str | None:
        if self.lot is None:
            self._failed(NotFound("consign.lot_not_found", lot="—"))
            return None
        return self.lot.id

    def sell(self) -> None:
        """Sell the quantity typed at the price typed (the lot's price when empty) and print the
        buyer's receipt."""
        lot = self._lot_id()
        if lot is None:
            return
        try:
            price = self._price(self.sell_price)
        except YytError as exc:
            self._failed(exc)
            return
        actor, qty = self.ctx.actor, self.sell_qty.text()
        self.run(lambda st: st.consignment.moves.sell(actor, lot, qty, price), self._sold, self._failed)

    def _sold(self, r: SaleResult) -> None:
        info = self.ctx.station.info
        printed = self.print_document(sale_receipt(r, info.name, info.code))
        self._done(r, self.tr("Sold {qty} · ¥{amount}").format(qty=qty_text(r.move.qty, r.move.unit),
                                                               amount=format_fen(r.move.gross_fen)),
                   self.tr("receipt {printed}").format(printed=printed))
        self.sell_qty.clear()
        self.sell_price.clear()

    def ship(self) -> None:
        """Sell and send as an outbound produce parcel; print its label."""
        lot = self._lot_id()
        if lot is None:
            return
        try:
            price = self._price(self.ship_price)
        except YytError as exc:
            self._failed(exc)
            return
        actor, qty = self.ctx.actor, self.ship_qty.text()
        form = dict(to_name=self.ship_name.text(), to_phone=self.ship_phone.text(), to_address=self.ship_address.text(),
                    to_province=self.ship_province.currentText(), weight_g=self.ship_weight.value(), price_fen=price,
                    paid_via=self.ship_paid.currentData(), order_ref=self.ship_order.text())
        self.run(lambda st: st.consignment.moves.ship(actor, lot, qty, **form), self._shipped, self._failed)

    def _shipped(self, r: SaleResult) -> None:
        info, actor = self.ctx.station.info, self.ctx.actor
        view = self.ctx.station.parcels.outbound.get(actor, r.waybill)
        printed = self.print_document(shipment_label(view, info.name, info.code))
        self._done(r, self.tr("Shipped {qty} · postage ¥{postage} on the farmer's statement").format(
            qty=qty_text(r.move.qty, r.move.unit), postage=format_fen(r.postage_fen)),
            self.tr("{waybill} · label {printed}").format(waybill=r.waybill, printed=printed))
        for w in (self.ship_qty, self.ship_price, self.ship_name, self.ship_phone, self.ship_address, self.ship_order):
            w.clear()
        self.ship_weight.setValue(0)

    def spoil(self) -> None:
        lot = self._lot_id()
        if lot is None:
            return
        actor, qty, reason = self.ctx.actor, self.spoil_qty.text(), self.spoil_reason.text()
        self.run(lambda st: st.consignment.moves.spoil(actor, lot, qty, reason), self._spoiled, self._failed)

    def _spoiled(self, r: SaleResult) -> None:
        self._done(r, self.tr("Loss recorded: {qty}").format(qty=qty_text(r.move.qty, r.move.unit)), r.move.reason)
        self.spoil_qty.clear()
        self.spoil_reason.clear()

    def give_back(self) -> None:
        lot = self._lot_id()
        if lot is None:
            return
        actor, qty = self.ctx.actor, self.return_qty.text().strip() or None
        self.run(lambda st: st.consignment.moves.give_back(actor, lot, qty), self._given_back, self._failed)

    def _given_back(self, r: SaleResult) -> None:
        self._done(r, self.tr("Given back to the farmer: {qty}").format(qty=qty_text(r.move.qty, r.move.unit)), "")
        self.return_qty.clear()

    def void(self) -> None:
        """Reverse the counter sale chosen in the movements (goods back, the buyer's cash back)."""
        rows = self.moves_table.selectionModel().selectedRows()
        sale = self.moves[rows[0].row()] if rows and rows[0].row() < len(self.moves) else None
        if sale is None or sale.kind != "sale":
            self._failed(Refused("consign.not_voidable", kind=sale.kind if sale else ""))
            return
        actor, reason = self.ctx.actor, self.void_reason.text()
        self.run(lambda st: st.consignment.moves.void(actor, sale.id, reason), self._voided, self._failed)

    def _voided(self, r: SaleResult) -> None:
        self._done(r, self.tr("Sale reversed: ¥{amount} back to the buyer").format(
            amount=format_fen(-r.move.gross_fen)), r.move.reason)
        self.void_reason.clear()

    def _done(self, r: SaleResult, caption: str, detail: str) -> None:
        self.last_result = r
        left = self.tr("{code}: {left} left").format(code=r.lot.code, left=qty_text(r.lot.remaining, r.lot.unit))
        self.banner.show_state("ok", caption, "", left + (f" · {detail}" if detail else ""))  # compact: no huge line
        self.ctx.feedback.success(caption)
        self.lot = r.lot
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)
