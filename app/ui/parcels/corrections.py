"""Correcting a check-in and moving a parcel to another layer, from the search results and the
check-in list: two small window-modal dialogs over :class:`app.core.parcels.corrections`.

The dialog stays open on a refusal and says why (the clerk fixes the input); on success it closes
and ``done`` carries the core's result. The phone takes the check-in's shorthands (``1381234`` =
``138****1234``); the move's layer may be typed (``B-2``) or scanned from a shelf label.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.parcels import ParcelView
from ..context import ScreenContext
from ..i18n import describe
from ..modules import QT_TRANSLATE_NOOP
from .checkin import phone_entry
from .words import CARRIER, carrier_word

FIX_REASONS = (
    QT_TRANSLATE_NOOP("CorrectionDialog", "Misread the waybill"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "The recipient called with the right number"),
    QT_TRANSLATE_NOOP("CorrectionDialog", "Wrong carrier chosen"),
)
MOVE_REASONS = (
    QT_TRANSLATE_NOOP("MoveDialog", "Too big for the layer"),
    QT_TRANSLATE_NOOP("MoveDialog", "Shelf reorganised"),
    QT_TRANSLATE_NOOP("MoveDialog", "Found on another layer"),
)


class _ParcelDialog(QDialog):
    """Shared frame: a headline about the parcel, a form, an error line, Save / Cancel."""

    done = Signal(object)

    def __init__(self, ctx: ScreenContext, parcel: ParcelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parcel = parcel
        self.result_value: object | None = None
        self.setModal(True)
        self.setMinimumWidth(560)
        head = QLabel(f"{parcel.tracking}  ·  {parcel.pickup_code}  ·  {parcel.phone} {parcel.name}",
                      objectName="sectionTitle", wordWrap=True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.error = QLabel(objectName="errorText", wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("ParcelDialog", "Save (Enter)"))
        self.save_button.setDefault(True)  # Enter in any field saves, once
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ParcelDialog", "Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(head)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def _reason_box(self, reasons: tuple[str, ...], context: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItem("")
        for text in reasons:
            combo.addItem(QCoreApplication.translate(context, text))
        combo.lineEdit().setMaxLength(100)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter saves (the default button)
        return combo

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable) -> None:  # noqa: ANN001 - fn(station) on the database worker
        if not self.save_button.isEnabled():
            return  # a save is under way
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_db(work, self._saved, self._refused)

    def _saved(self, result: object) -> None:
        self.result_value = result
        self.done.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
        self.ctx.feedback.error(describe(exc))


class CorrectionDialog(_ParcelDialog):
    """Phone, name, carrier, address (empty = unchanged) and a reason (required)."""

    def __init__(self, ctx: ScreenContext, parcel: ParcelView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parcel, parent)
        self.setWindowTitle(self.tr("Correct the check-in"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("now {phone} · 11 digits, or 1381234 = 138****1234").format(phone=parcel.phone))
        self.phone.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("now {name}").format(name=parcel.name or "—"))
        self.name.setMaxLength(40)
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("unchanged ({carrier})").format(carrier=carrier_word(parcel.carrier)), "")
        for key in CARRIER:
            if key != parcel.carrier:
                self.carrier.addItem(carrier_word(key), key)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("now {address}").format(address=parcel.address or "—"))
        self.address.setMaxLength(120)
        self.reason = self._reason_box(FIX_REASONS, "CorrectionDialog")
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Reason (required)"), self.reason)
        note = QLabel(self.tr("Leave a field empty to keep it. A corrected phone gets a new pickup notice."),
                      objectName="muted", wordWrap=True)
        self.form.addRow(note)
        self.phone.setFocus()

    def save(self) -> None:
        actor, tracking = self.ctx.actor, self.parcel.tracking
        values = {"phone": phone_entry(self.phone.text()), "name": self.name.text().strip() or None,
                  "carrier": self.carrier.currentData() or None, "address": self.address.text().strip() or None,
                  "reason": self.reason.currentText()}
        self._run(lambda st: st.parcels.corrections.fix(actor, tracking, **values))


class MoveDialog(_ParcelDialog):
    """The new layer (chosen, typed or scanned from its label) and an optional reason."""

    def __init__(self, ctx: ScreenContext, parcel: ParcelView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parcel, parent)
        self.setWindowTitle(self.tr("Move to another layer"))
        self.layer = QComboBox()
        self.layer.setEditable(True)
        self.layer.lineEdit().setPlaceholderText(self.tr("B-2, or scan the layer's label"))
        self.layer.lineEdit().setMaxLength(16)
        for load in ctx.station.parcels.shelves.layers(ctx.actor):
            place = f"{load.shelf}-{load.layer}"
            if load.configured and place != parcel.place:
                self.layer.addItem(self.tr("{place}  ({occupied}/{capacity})").format(
                    place=place, occupied=load.occupied, capacity=load.capacity), place)
        self.layer.setCurrentIndex(-1)
        self.layer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason = self._reason_box(MOVE_REASONS, "MoveDialog")
        self.form.addRow(self.tr("Now on"), QLabel(parcel.place))
        self.form.addRow(self.tr("Move to"), self.layer)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(QLabel(self.tr("The parcel gets a new pickup code on its new layer; a new notice is sent."),
                                objectName="muted", wordWrap=True))
        self.layer.setFocus()

    def chosen_layer(self) -> str:
        """The layer the clerk chose: the list's entry, else what was typed or scanned."""
        text = self.layer.currentText().strip()
        index = self.layer.findText(text)
        data = self.layer.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def save(self) -> None:
        actor, tracking, to = self.ctx.actor, self.parcel.tracking, self.chosen_layer()
        reason = self.reason.currentText()
        self._run(lambda st: st.parcels.corrections.move(actor, tracking, to, reason))


class CorrectionButtons(QHBoxLayout):
    """"Correct… (Ctrl+E)" and "Move… (Ctrl+M)" for the parcel a screen has chosen
    (``chosen()`` → tracking number or None). ``on_done(result)`` after a saved correction or move."""

    def __init__(self, screen, chosen: Callable[[], str | None], on_done: Callable[[object], None]) -> None:  # noqa: ANN001
        super().__init__()
        self.screen, self.chosen, self.on_done = screen, chosen, on_done
        # children of the screen from the start: a parentless button shown would be a window of its own
        self.fix_button = QPushButton(QCoreApplication.translate("CorrectionButtons", "Correct… (Ctrl+E)"), screen)
        self.move_button = QPushButton(QCoreApplication.translate("CorrectionButtons", "Move… (Ctrl+M)"), screen)
        self.addWidget(self.fix_button)
        self.addWidget(self.move_button)
        self.fix_button.clicked.connect(self.correct)
        self.move_button.clicked.connect(self.move)
        screen.add_shortcut("Ctrl+E", self.correct)
        screen.add_shortcut("Ctrl+M", self.move)
        self.dialog: _ParcelDialog | None = None

    def set_visible(self, visible: bool) -> None:
        self.fix_button.setVisible(visible)
        self.move_button.setVisible(visible)

    def correct(self) -> None:
        self._open(CorrectionDialog)

    def move(self) -> None:
        self._open(MoveDialog)

    def _open(self, kind: type[_ParcelDialog]) -> None:
        ctx = self.screen.ctx
        tracking = self.chosen()
        if not tracking:
            ctx.feedback.info(QCoreApplication.translate("CorrectionButtons", "Choose a parcel in the list first"))
            return
        try:
            parcel = ctx.station.parcels.queries.get(ctx.actor, tracking)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            ctx.show_error(exc)
            return
        if parcel.status != "in_station":
            ctx.feedback.error(QCoreApplication.translate("CorrectionButtons",
                                                          "Only a parcel on the shelf can be corrected or moved"))
            return
        self.dialog = kind(ctx, parcel, self.screen)
        self.dialog.done.connect(self.on_done)
        self.dialog.open()
