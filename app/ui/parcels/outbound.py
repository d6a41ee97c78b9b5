"""Outbound sending (寄件, 上行): real-name sender (the resident ID is shown masked as soon as it
is entered and kept in clear only in memory until the parcel is accepted), recipient, contents
with the prohibited-items confirmation, weight → live price from the tariff, produce flag and
category. Accepting prints the label (Code128 + QR); the parcels waiting for the courier go out
on one printed manifest."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
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

from ...core.clock import local_date
from ...core.errors import InvalidInput, YytError
from ...core.money import format_fen
from ...core.parcels import Manifest, Quote, ShipmentView
from ...core.parcels.model import ProduceCategory
from ...core.parcels.outbound import prohibited_words
from ...core.validate.identity import check_resident_id
from ..context import ScreenContext
from ..i18n import describe, error_text
from ..table import ReadOnlyTable
from .base import ParcelScreen
from .documents import manifest_sheet, shipment_label
from .widgets import Banner
from .words import produce_word

MAX_WEIGHT_G = 50_000


class ResidentIdEdit(QLineEdit):
    """Takes the sender's resident ID and shows it masked (``5001**********001X``) once entered.
    Focusing it again starts a new entry; leaving it empty keeps the previous one."""

    def __init__(self, clock_now, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._now = clock_now
        self._value = ""
        self._masked = ""
        self.error: YytError | None = None
        self.editingFinished.connect(self.commit)

    def commit(self) -> None:
        """Validate what was typed and show it masked (an invalid ID stays as typed, with ``error`` set)."""
        text = self.text().strip()
        if not text or text == self._masked:
            if self._masked:
                self.setText(self._masked)
            return
        try:
            rid = check_resident_id(text, today=local_date(self._now()), field="sender_id")
        except YytError as exc:
            self.error = exc
            self._value = text
            self._masked = ""
            return
        self.error = None
        self._value, self._masked = rid.value, rid.masked
        self.setText(rid.masked)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self._masked and self.text() == self._masked:
            self.clear()
            self.setPlaceholderText(self._masked)

    def value(self) -> str:
        """The ID as typed (in clear: it leaves this widget only for the service)."""
        text = self.text().strip()
        if text and text != self._masked:
            return text
        return self._value

    def reset(self) -> None:
        self._value = self._masked = ""
        self.error = None
        self.clear()
        self.setPlaceholderText("")


class SendScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sender_name = QLineEdit()
        self.sender_id = ResidentIdEdit(ctx.station.store.clock.now)
        self.sender_phone = QLineEdit()
        self.to_name = QLineEdit()
        self.to_phone = QLineEdit()
        self.province = QComboBox()
        self.province.setEditable(True)
        self.address = QLineEdit()
        self.contents = QLineEdit()
        self.weight = QSpinBox()
        self.weight.setRange(0, MAX_WEIGHT_G)
        self.weight.setSuffix(" " + self.tr("g", "grams"))
        self.weight.setSingleStep(100)
        self.produce = QCheckBox(self.tr("Farm produce"))
        self.category = QComboBox()
        for c in ProduceCategory:
            self.category.addItem(produce_word(c.value), c.value)
        self.category.setEnabled(False)
        words = "、".join(prohibited_words())
        self.confirm = QCheckBox(self.tr("The sender confirms: no prohibited items"))
        self.confirm.setToolTip(words)
        self.prohibited = QLabel(self.tr("Prohibited: {words}").format(words=words), objectName="muted", wordWrap=True)
        self.price = QLabel("—", objectName="sectionTitle")
        self.send_button = QPushButton(self.tr("Accept and print label (F9)"), objectName="primary")
        self.banner = Banner()
        self.banner.show_state("idle", self.tr("Fill in the form; the price follows the weight and province"))
        self.pending = ReadOnlyTable([self.tr("Waybill"), self.tr("To"), self.tr("Weight (g)"), self.tr("Postage")],
                                     stretch_all=True)
        self.pending_title = QLabel(objectName="sectionTitle")
        self.courier = QLineEdit()
        self.courier.setPlaceholderText(self.tr("Courier's name"))
        self.handover_button = QPushButton(self.tr("Hand over + print manifest (Ctrl+M)"))
        self.last_shipment: ShipmentView | None = None
        self.last_label = None
        self.last_manifest = None
        self.quote: Quote | None = None
        self._build_layout()

        self._quote_soon = QTimer(self, singleShot=True, interval=150)
        self._quote_soon.timeout.connect(self.update_price)
        self.weight.valueChanged.connect(lambda _v: self._quote_soon.start())
        self.province.currentTextChanged.connect(lambda _t: self._quote_soon.start())
        self.produce.toggled.connect(self.category.setEnabled)
        self.send_button.clicked.connect(self.send)
        self.handover_button.clicked.connect(self.hand_over)
        self.add_shortcut("F9", self.send)
        self.add_shortcut("Ctrl+M", self.hand_over)

    def _build_layout(self) -> None:
        sender = QGroupBox(self.tr("Sender (real name)"))
        f = QFormLayout(sender)
        f.addRow(self.tr("Name"), self.sender_name)
        f.addRow(self.tr("Resident ID"), self.sender_id)
        f.addRow(self.tr("Phone"), self.sender_phone)
        recipient = QGroupBox(self.tr("Recipient"))
        g = QFormLayout(recipient)
        g.addRow(self.tr("Name"), self.to_name)
        g.addRow(self.tr("Phone"), self.to_phone)
        g.addRow(self.tr("Province"), self.province)
        g.addRow(self.tr("Address"), self.address)
        parcel = QGroupBox(self.tr("Parcel"))
        h = QFormLayout(parcel)
        h.addRow(self.tr("Contents"), self.contents)
        row = QHBoxLayout()
        row.addWidget(self.weight)
        row.addSpacing(20)
        row.addWidget(self.produce)
        row.addWidget(self.category, 1)
        h.addRow(self.tr("Weight"), row)
        h.addRow("", self.confirm)
        h.addRow("", self.prohibited)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.send_button)
        h.addRow(self.tr("Price"), price_row)
        top = QHBoxLayout()
        top.addWidget(sender, 1)
        top.addWidget(recipient, 1)
        courier_row = QHBoxLayout()
        courier_row.addWidget(self.pending_title, 1)
        courier_row.addWidget(self.courier)
        courier_row.addWidget(self.handover_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(parcel)
        box.addWidget(self.banner)
        box.addLayout(courier_row)
        box.addWidget(self.pending, 1)

    def initial_focus(self) -> QWidget:
        return self.sender_name

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            provinces = sorted(st.parcels.outbound.tariffs.current(st.store.conn).provinces)
            return provinces, st.parcels.outbound.pending(actor)

        self.run(read, self._show_lists)

    def _show_lists(self, lists) -> None:  # noqa: ANN001
        provinces, pending = lists
        if self.province.count() != len(provinces):
            text = self.province.currentText()
            self.province.blockSignals(True)
            self.province.clear()
            self.province.addItems(provinces)
            self.province.setCurrentIndex(-1)
            self.province.setEditText(text)
            self.province.blockSignals(False)
        self._show_pending(pending)

    def _show_pending(self, pending: list[ShipmentView]) -> None:
        self.pending_title.setText(self.tr("Waiting for the courier: {n}").format(n=len(pending)))
        self.pending.set_rows([(s.waybill, s.to_province, str(s.weight_g), format_fen(s.price_fen)) for s in pending])
        self.handover_button.setEnabled(bool(pending))

    def update_price(self) -> None:
        """The live price for the province and weight typed so far (nothing is written)."""
        province, grams = self.province.currentText().strip(), self.weight.value()
        if not province or grams <= 0:
            self.quote = None
            self.price.setText("—")
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.outbound.quote(actor, province, grams), self._priced, self._unpriced)

    def _priced(self, q: Quote) -> None:
        self.quote = q
        self.price.setText(self.tr("¥ {price}  (zone {zone})").format(price=format_fen(q.price_fen), zone=q.zone))

    def _unpriced(self, exc: BaseException) -> None:
        self.quote = None
        self.price.setText("— " + describe(exc))

    # -- sending ---------------------------------------------------------------------------------
    def send(self) -> None:
        """Accept the parcel (all validation in the service) and print its label (F9)."""
        self.sender_id.commit()
        if self.sender_id.error is not None:
            self._failed(self.sender_id.error)
            self.sender_id.setFocus()
            return
        if self.weight.value() <= 0:
            self._failed(InvalidInput("shipment.weight_invalid", max=MAX_WEIGHT_G))
            self.weight.setFocus()
            return
        actor = self.ctx.actor
        form = dict(sender_name=self.sender_name.text(), sender_id=self.sender_id.value(),
                    sender_phone=self.sender_phone.text(), to_name=self.to_name.text(), to_phone=self.to_phone.text(),
                    to_address=self.address.text(), to_province=self.province.currentText(),
                    weight_g=self.weight.value(), contents=self.contents.text(),
                    prohibited_confirmed=self.confirm.isChecked(),
                    produce=self.category.currentData() if self.produce.isChecked() else None)
        self.run(lambda st: st.parcels.outbound.send(actor, **form), self._sent, self._failed)

    def _sent(self, view: ShipmentView) -> None:
        self.last_shipment = view
        info = self.ctx.station.info
        label = shipment_label(view, info.name, info.code, " ".join(p for p in (info.town, info.name) if p))
        try:
            self.last_label = self.ctx.printing.print_document(label)
            printed = (self.tr("label saved: {path}").format(path=self.last_label) if self.last_label
                       else self.tr("label sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self.banner.show_state("ok", self.tr("Accepted · ¥ {price}").format(price=format_fen(view.price_fen)),
                               view.waybill, f"{view.to_province} {view.to_name} {view.to_phone} · {printed}")
        self.ctx.feedback.success(self.tr("Waybill {waybill} accepted").format(waybill=view.waybill))
        for w in (self.sender_name, self.sender_phone, self.to_name, self.to_phone, self.address, self.contents):
            w.clear()
        self.sender_id.reset()
        self.weight.setValue(0)
        self.confirm.setChecked(False)
        self.produce.setChecked(False)
        self.sender_name.setFocus()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not accepted"), "",
                               describe(exc))
        self.ctx.show_error(exc)

    def hand_over(self) -> None:
        """Every parcel waiting goes to the courier on one manifest, printed (Ctrl+M)."""
        actor, courier = self.ctx.actor, self.courier.text()
        self.run(lambda st: st.parcels.outbound.handover(actor, courier), self._handed_over, self._failed)

    def _handed_over(self, m: Manifest) -> None:
        info = self.ctx.station.info
        try:
            self.last_manifest = self.ctx.printing.print_document(manifest_sheet(m, info.name, info.code))
            printed = (self.tr("manifest saved: {path}").format(path=self.last_manifest) if self.last_manifest
                       else self.tr("manifest sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self.banner.show_state("ok", self.tr("Manifest {n}: {count} parcel(s) to the courier").format(
            n=m.number, count=len(m.shipments)), f"#{m.number}", printed)
        self.ctx.feedback.success(self.tr("Manifest {n} handed over").format(n=m.number))
        self.courier.clear()
        self.refresh()
