"""The real-name form of a restricted-use pesticide sale (实名购买), and the shift strip that leads
a clerk without an open shift to open one right here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.shop import BuyerInput
from ...messages import render
from ..i18n import translate_error_template
from ..parcels.outbound import ResidentIdEdit


class BuyerForm(QGroupBox):
    """Buyer's name, resident ID (shown masked once typed), full phone, address, crop/pest, the
    dose-and-safety reminder and its tick. Shown only while the basket holds a restricted product."""

    def __init__(self, clock_now, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setTitle(self.tr("Real-name purchase: restricted-use pesticide"))
        self.name = QLineEdit()
        self.resident_id = ResidentIdEdit(clock_now)
        self.resident_id.setPlaceholderText(self.tr("18 characters, an adult's"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("full 11 digits"))
        self.address = QLineEdit()
        self.crop = QLineEdit()
        self.crop.setPlaceholderText(self.tr("e.g. citrus, red spider mite"))
        self.reminder = QLabel(render("shop.safety_reminder", {}, translate_error_template), wordWrap=True,
                               objectName="pendingLine")
        self.explained = QCheckBox(self.tr("I explained the dose and safety to the buyer"))
        form = QFormLayout()
        form.addRow(self.tr("Buyer's name"), self.name)
        form.addRow(self.tr("Resident ID"), self.resident_id)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Crop / pest"), self.crop)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.reminder)
        box.addWidget(self.explained)

    def value(self) -> BuyerInput:
        return BuyerInput(self.name.text(), self.resident_id.value(), self.phone.text(), self.address.text(),
                          self.crop.text())

    def missing(self) -> list[QWidget]:
        """The fields still empty, in form order."""
        b = self.value()
        fields = (self.name, self.resident_id, self.phone, self.address, self.crop)
        return [w for w, v in zip(fields, (b.name, b.resident_id, b.phone, b.address, b.crop), strict=True)
                if not (v or "").strip()]

    def reset(self) -> None:
        for w in (self.name, self.phone, self.address, self.crop):
            w.clear()
        self.resident_id.reset()
        self.explained.setChecked(False)


class ShiftStrip(QWidget):
    """"Your shift is not open" with the float to count and a button: a sale needs an open shift."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftStrip")
        self.text = QLabel(self.tr("Your shift is not open: no cash can be taken. Count the float into the drawer"
                                   " and open it:"), objectName="pendingLine", wordWrap=True)
        self.float_yuan = QLineEdit("200")
        self.float_yuan.setMaximumWidth(90)
        self.button = QPushButton(self.tr("Open shift"), objectName="primary")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(QLabel(self.tr("Float ¥")))
        row.addWidget(self.float_yuan)
        row.addWidget(self.button)
        self.button.clicked.connect(lambda: self.open_requested.emit(self.float_yuan.text()))
        self.float_yuan.returnPressed.connect(self.button.click)
