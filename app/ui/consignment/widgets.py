"""Widgets the consignment tabs share: :class:`FarmerPicker` (search by phone tail, name or
number, then choose) and :class:`LotTable` (lots with what is left of them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.consignment import FarmerView, LotView
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..table import ReadOnlyTable
from .words import price_text, qty_text


def farmer_label(f: FarmerView) -> str:
    """``F0003 何** 135****0000 龙凤村`` (masked)."""
    return " ".join(p for p in (f.code, f.name, f.phone, f.village) if p)


class FarmerPicker(QWidget):
    """A search field (phone tail, name, village, F-number) and the farmers it finds; ``changed``
    carries the chosen farmer's id ("" when none)."""

    changed = Signal(str)

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Phone tail, name or F-number"))
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(14)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.farmers: list[FarmerView] = []
        box = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.query, 2)
        box.addWidget(self.choice, 3)
        self._soon = QTimer(self, singleShot=True, interval=200)
        self._soon.timeout.connect(self.search)
        self.query.textEdited.connect(lambda _t: self._soon.start())
        self.query.returnPressed.connect(self.search)
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit(self.current_id()))

    def search(self, keep: str | None = None) -> None:
        """Look up what is typed (on the database worker) and list the farmers found."""
        actor, text = self.ctx.actor, self.query.text()
        wanted = keep if keep is not None else self.current_id()
        self.ctx.tasks.run_db(lambda st: st.consignment.farmers.search(actor, text),
                              lambda found: self.show_farmers(found, wanted), self.ctx.show_error)

    def show_farmers(self, farmers: Sequence[FarmerView], keep: str = "") -> None:
        self.farmers = list(farmers)
        self.choice.blockSignals(True)
        self.choice.clear()
        for f in self.farmers:
            self.choice.addItem(farmer_label(f), f.id)
        index = self.choice.findData(keep) if keep else -1
        self.choice.setCurrentIndex(index if index >= 0 else (0 if self.farmers else -1))
        self.choice.blockSignals(False)
        self.changed.emit(self.current_id())

    def current_id(self) -> str:
        return str(self.choice.currentData() or "")

    def current(self) -> FarmerView | None:
        fid = self.current_id()
        return next((f for f in self.farmers if f.id == fid), None)

    def choose(self, farmer: FarmerView) -> None:
        """Show exactly this farmer (after registering one, or from a scan)."""
        self.query.setText(farmer.code)
        self.show_farmers([farmer], farmer.id)


COLUMNS = {
    "code": QT_TRANSLATE_NOOP("LotTable", "Lot"), "farmer": QT_TRANSLATE_NOOP("LotTable", "Farmer"),
    "product": QT_TRANSLATE_NOOP("LotTable", "Product"), "grade": QT_TRANSLATE_NOOP("LotTable", "Grade"),
    "price": QT_TRANSLATE_NOOP("LotTable", "Price"), "qty": QT_TRANSLATE_NOOP("LotTable", "Taken in"),
    "left": QT_TRANSLATE_NOOP("LotTable", "Left"), "return_by": QT_TRANSLATE_NOOP("LotTable", "Return by"),
}
ALL_COLUMNS = tuple(COLUMNS)


def lot_cell(v: LotView, key: str) -> str:
    if key == "code":
        return v.code
    if key == "farmer":
        return f"{v.farmer_code} {v.farmer_name}"
    if key == "product":
        return " ".join(p for p in (v.product, v.variety) if p)
    if key == "grade":
        return v.grade
    if key == "price":
        return price_text(v.price_fen, v.unit)
    if key == "qty":
        return qty_text(v.qty, v.unit)
    if key == "left":
        return qty_text(v.remaining, v.unit)
    return v.return_by


class LotTable(ReadOnlyTable):
    """Lots, one column per key of :data:`COLUMNS` asked for; the views shown are kept in ``lots``."""

    def __init__(self, columns: tuple[str, ...] = ALL_COLUMNS, parent: QWidget | None = None) -> None:
        super().__init__([QCoreApplication.translate("LotTable", COLUMNS[k]) for k in columns], parent)
        self.keys = columns
        self.lots: list[LotView] = []

    def show_lots(self, lots: Sequence[LotView]) -> None:
        self.lots = list(lots)
        self.set_rows([tuple(lot_cell(v, k) for k in self.keys) for v in self.lots])

    def lot_at(self, row: int) -> LotView | None:
        return self.lots[row] if 0 <= row < len(self.lots) else None

    def selected_lot(self) -> LotView | None:
        rows = self.selectionModel().selectedRows()
        return self.lot_at(rows[0].row()) if rows else None

    def select_lot(self, lot_id: str) -> bool:
        for i, v in enumerate(self.lots):
            if v.id == lot_id:
                self.selectRow(i)
                return True
        return False
