"""Outbound sending (寄件, 上行): real-name sender (the resident ID is shown masked as soon as it
is entered and kept in clear only in memory until the parcel is accepted), recipient, contents
with the prohibited-items confirmation, weight → live price from the tariff, produce flag and
category. Accepting prints the label (Code128 + QR); the parcels waiting for the courier go out
on one printed manifest.

The form checks itself with the core's own rules (:mod:`app.core.parcels.send_form`, the very
functions ``OutboundService.send`` calls): a field is checked when the clerk leaves it and again
at every change once it has shown a problem (so the red line goes as soon as it is fixed); F9
checks every field and shows all problems at once, each under its field, before anything is sent.
Text fields take no more characters than the core accepts. Esc starts a new form (fields, marks,
banner and message line cleared)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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
from ...core.errors import YytError
from ...core.money import format_fen
from ...core.parcels import Manifest, Quote, ShipmentView
from ...core.parcels.model import ProduceCategory
from ...core.parcels.outbound import prohibited_words
from ...core.parcels.send_form import LIMITS, send_form_problems
from ...core.validate.identity import check_resident_id
from ..context import ScreenContext
from ..i18n import describe, error_text
from ..table import ReadOnlyTable
from .base import ParcelScreen
from .documents import manifest_sheet, shipment_label
from .widgets import Banner
from .words import produce_word

MAX_WEIGHT_G = 50_000
#: The form's inputs by the core's field names (the order problems are listed in).
FORM_FIELDS = ("sender_name", "sender_id", "sender_phone", "to_name", "to_phone", "to_province", "to_address",
               "contents", "weight_g", "prohibited_confirmed")


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


def _form_layout(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setVerticalSpacing(4)  # room for the red problem lines at 1366×768
    form.setContentsMargins(8, 4, 8, 4)
    return form


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
        self.banner = Banner(compact=True)  # the waybill at half size: the form needs the height
        self.banner.show_state("idle", self.tr("Fill in the form; the price follows the weight and province"))
        self.pending = ReadOnlyTable([self.tr("Waybill"), self.tr("To"), self.tr("Weight (g)"), self.tr("Postage")],
                                     stretch_all=True)
        self.pending.setMinimumHeight(60)  # the form above may need the room for its red lines
        self.pending_title = QLabel(objectName="sectionTitle")
        self.courier = QLineEdit()
        self.courier.setPlaceholderText(self.tr("Courier's name"))
        self.handover_button = QPushButton(self.tr("Hand over + print manifest (Ctrl+M)"))
        self.last_shipment: ShipmentView | None = None
        self.last_label = None
        self.last_manifest = None
        self.quote: Quote | None = None
        self.error_lines: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.touched: set[str] = set()  # fields the clerk has left once (checked from then on)
        self.province_problem: YytError | None = None
        self._build_layout()
        self._wire_checks()

        self._quote_soon = QTimer(self, singleShot=True, interval=150)
        self._quote_soon.timeout.connect(self.update_price)
        self.weight.valueChanged.connect(lambda _v: self._quote_soon.start())
        self.province.currentTextChanged.connect(lambda _t: self._quote_soon.start())
        self.produce.toggled.connect(self.category.setEnabled)
        self.send_button.clicked.connect(self.send)
        self.handover_button.clicked.connect(self.hand_over)
        self.add_shortcut("F9", self.send)
        self.add_shortcut("Ctrl+M", self.hand_over)
        self.add_shortcut("Esc", self.clear_form)
        self.province.lineEdit().editingFinished.connect(lambda: self.check_fields(["to_province"], touch=True))

    def _build_layout(self) -> None:
        sender = QGroupBox(self.tr("Sender (real name)"))
        f = _form_layout(sender)
        f.addRow(self.tr("Name"), self._checked("sender_name", self.sender_name))
        f.addRow(self.tr("Resident ID"), self._checked("sender_id", self.sender_id))
        f.addRow(self.tr("Phone"), self._checked("sender_phone", self.sender_phone))
        recipient = QGroupBox(self.tr("Recipient"))
        g = _form_layout(recipient)
        g.addRow(self.tr("Name"), self._checked("to_name", self.to_name))
        g.addRow(self.tr("Phone"), self._checked("to_phone", self.to_phone))
        g.addRow(self.tr("Province"), self._checked("to_province", self.province))
        g.addRow(self.tr("Address"), self._checked("to_address", self.address))
        parcel = QGroupBox(self.tr("Parcel"))
        h = _form_layout(parcel)
        h.addRow(self.tr("Contents"), self._checked("contents", self.contents))
        row = QHBoxLayout()
        row.addWidget(self.weight)
        row.addSpacing(20)
        row.addWidget(self.produce)
        row.addWidget(self.category, 1)
        row.addSpacing(20)  # the price and the button on the weight's row: the form fits 768 px
        row.addWidget(QLabel(self.tr("Price")))
        row.addWidget(self.price)
        row.addWidget(self.send_button)
        weight_row = QWidget()
        weight_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        h.addRow(self.tr("Weight"), self._checked("weight_g", weight_row))
        confirm_row = QHBoxLayout()  # the confirmation beside the list it confirms (saves a row)
        confirm_row.setContentsMargins(0, 0, 0, 0)
        confirm_row.addWidget(self._checked("prohibited_confirmed", self.confirm), 0, Qt.AlignmentFlag.AlignTop)
        confirm_row.addWidget(self.prohibited, 1)
        h.addRow("", confirm_row)
        # Tab goes through the form in reading order: … category → the confirmation → the button
        QWidget.setTabOrder(self.category, self.confirm)
        QWidget.setTabOrder(self.confirm, self.send_button)
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

    def _checked(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its problem line under it (hidden while the field is fine)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        line = QLabel(objectName="fieldError", wordWrap=True)
        line.hide()
        column.addWidget(line)
        self.error_lines[name] = line
        self.field_widgets[name] = widget
        return holder

    # -- checking as the clerk types -------------------------------------------------------------
    def _wire_checks(self) -> None:
        for name in LIMITS:
            edit = self.field_widgets[name]
            assert isinstance(edit, QLineEdit)
            edit.setMaxLength(LIMITS[name])
            edit.editingFinished.connect(lambda n=name: self.check_fields([n], touch=True))
            edit.textEdited.connect(lambda _t, n=name: self._recheck(n))
        self.weight.valueChanged.connect(lambda _v: self._recheck("weight_g"))
        self.weight.editingFinished.connect(lambda: self.check_fields(["weight_g"], touch=True))
        self.confirm.toggled.connect(lambda _on: self._recheck("prohibited_confirmed"))
        self.province.lineEdit().setMaxLength(20)

    def form(self) -> dict:
        """What the form holds, by the service's argument names."""
        return dict(sender_name=self.sender_name.text(), sender_id=self.sender_id.value(),
                    sender_phone=self.sender_phone.text(), to_name=self.to_name.text(), to_phone=self.to_phone.text(),
                    to_address=self.address.text(), to_province=self.province.currentText(),
                    weight_g=self.weight.value(), contents=self.contents.text(),
                    prohibited_confirmed=self.confirm.isChecked(),
                    produce=self.category.currentData() if self.produce.isChecked() else None)

    def _recheck(self, name: str) -> None:
        if name in self.touched:
            self.check_fields([name])

    def check_fields(self, names: list[str] | tuple[str, ...], *, touch: bool = False) -> dict[str, YytError]:
        """Check ``names`` with the core's rules and show each one's problem under it (the province
        is the tariff's: its problem comes with the price). Returns the problems found."""
        if touch:
            self.touched.update(names)
        form = self.form()
        today = local_date(self.ctx.station.store.clock.now())
        found = send_form_problems({n: form[n] for n in names if n in form and n != "to_province"},
                                   today=today, prohibited=prohibited_words())
        for name in names:
            if name == "to_province":
                if self.province_problem is not None and "to_province" in self.touched:
                    found[name] = self.province_problem
            self._show_problem(name, found.get(name))
        return found

    def _show_problem(self, name: str, problem: YytError | None) -> None:
        line, widget = self.error_lines[name], self.field_widgets[name]
        line.setText(error_text(problem) if problem is not None else "")
        line.setVisible(problem is not None)
        target = {"to_province": self.province, "weight_g": self.weight}.get(name, widget)
        if bool(target.property("invalid")) != (problem is not None):
            target.setProperty("invalid", problem is not None)
            target.style().unpolish(target)
            target.style().polish(target)

    @property
    def problems(self) -> dict[str, str]:
        """The problems shown now, by field (for tests and the banner)."""
        return {n: line.text() for n, line in self.error_lines.items() if line.isVisibleTo(self)}

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
        if not province:
            self.quote = None
            self.price.setText("—")
            self.province_problem = None
            self._recheck("to_province")
            return
        actor = self.ctx.actor  # without a weight yet, 1 g asks the tariff only whether it knows the province
        self.run(lambda st: st.parcels.outbound.quote(actor, province, max(1, grams)),
                 self._priced if grams > 0 else self._province_known, self._unpriced)

    def _province_known(self, _q: Quote) -> None:
        self.quote = None
        self.price.setText("—")
        self.province_problem = None
        self._recheck("to_province")

    def _priced(self, q: Quote) -> None:
        self.quote = q
        self.price.setText(self.tr("¥ {price}  (zone {zone})").format(price=format_fen(q.price_fen), zone=q.zone))
        self.province_problem = None
        self._recheck("to_province")

    def _unpriced(self, exc: BaseException) -> None:
        self.quote = None
        self.price.setText("—")
        self.province_problem = exc if isinstance(exc, YytError) and exc.code == "shipment.province_unknown" else None
        if self.province_problem is not None:
            self.touched.add("to_province")
            self._recheck("to_province")
        elif not isinstance(exc, YytError) or exc.code != "shipment.weight_invalid":
            self.price.setText("— " + describe(exc))

    # -- sending ---------------------------------------------------------------------------------
    def send(self) -> None:
        """Check every field and show all problems at once; only a clean form goes to the service
        (which checks everything again, with the same rules) and prints its label (F9)."""
        self.sender_id.commit()
        found = self.check_fields(FORM_FIELDS, touch=True)
        if found:
            first = next(n for n in FORM_FIELDS if n in found)
            self.banner.hide()  # the form needs the room; the message line says it all
            self.ctx.feedback.error(self.tr("Not accepted: {n} problem(s), each written in red under its field").format(
                n=len(found)))
            {"to_province": self.province, "weight_g": self.weight}.get(first, self.field_widgets[first]).setFocus()
            return
        actor, form = self.ctx.actor, self.form()
        self.run(lambda st: st.parcels.outbound.send(actor, **form), self._sent, self._failed)

    def _banner(self, *args: str) -> None:
        self.banner.show()
        self.banner.show_state(*args)

    def _sent(self, view: ShipmentView) -> None:
        self.last_shipment = view
        info = self.ctx.station.info
        label = shipment_label(view, info.name, info.code, " ".join(p for p in (info.town, info.name) if p))
        try:
            self.last_label = self.ctx.printing.print_document(label)
            printed = (self.tr("label saved: {path}").format(path=self.last_label.name) if self.last_label
                       else self.tr("label sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self._banner("ok", self.tr("Accepted · ¥ {price}").format(price=format_fen(view.price_fen)),
                               view.waybill, f"{view.to_province} {view.to_name} {view.to_phone} · {printed}")
        self.ctx.feedback.success(self.tr("Waybill {waybill} accepted").format(waybill=view.waybill))
        self._clear_fields()
        self.refresh()

    def clear_form(self) -> None:
        """Esc: a new form — every field, every red mark, the banner and the message line."""
        self._clear_fields()
        self._banner("idle", self.tr("Fill in the form; the price follows the weight and province"))
        self.ctx.feedback.clear()

    def _clear_fields(self) -> None:
        for w in (self.sender_name, self.sender_phone, self.to_name, self.to_phone, self.address, self.contents):
            w.clear()
        self.sender_id.reset()
        self.category.setCurrentIndex(0)
        self.province.setCurrentIndex(-1)
        self.province.setEditText("")
        self.weight.setValue(0)
        self.confirm.setChecked(False)
        self.produce.setChecked(False)
        self.touched.clear()
        self.province_problem = None
        for name in self.error_lines:
            self._show_problem(name, None)
        self.sender_name.setFocus()

    def _failed(self, exc: BaseException) -> None:
        field = None
        if isinstance(exc, YytError):
            field = "to_province" if exc.code == "shipment.province_unknown" else exc.fields.get("field")
        if field in self.error_lines:  # the service's word on one field goes under it too
            self.touched.add(field)
            self._show_problem(field, exc)
        self._banner("error", self.tr("Not accepted"), "",
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
            printed = (self.tr("manifest saved: {path}").format(path=self.last_manifest.name) if self.last_manifest
                       else self.tr("manifest sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self._banner("ok", self.tr("Manifest {n}: {count} parcel(s) to the courier").format(
            n=m.number, count=len(m.shipments)), f"#{m.number}", printed)
        self.ctx.feedback.success(self.tr("Manifest {n} handed over").format(n=m.number))
        self.courier.clear()
        self.refresh()
