"""Shelves: every layer with its load (anyone who reads parcels), labels to stick on the layers
(Ctrl+P: the layer big, Code128 and QR), and the layout itself —
shelves × layers × capacity — which an administrator may change (Ctrl+S). Parcels already on a
removed layer keep their place until they leave.

Layout edits not saved yet survive refreshes (any save elsewhere, a background sync): while the
layout is dirty only the loads are re-read into the screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..flow import SideBySide, flow_row, together
from ..i18n import describe
from ..table import ReadOnlyTable
from .base import ParcelScreen


def _int(text: str) -> int | str:
    return int(text) if text.strip().isdigit() else text


class ShelvesScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editable = ctx.can(Perm.SETTINGS_MANAGE)
        self.dirty = False  # the layout table holds edits not saved yet
        self.loads = ReadOnlyTable([self.tr("Place"), self.tr("On the shelf"), self.tr("Capacity"), self.tr("Free")],
                                   stretch_all=True, object_name="parcelTable")
        self.layout_table = QTableWidget(0, 3)
        self.layout_table.setHorizontalHeaderLabels([self.tr("Shelf"), self.tr("Layers"), self.tr("Parcels per layer")])
        self.layout_table.verticalHeader().setVisible(False)
        self.layout_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add a shelf (Ctrl+N)"))
        self.remove_button = QPushButton(self.tr("Remove the chosen shelf (Ctrl+Del)"))
        self.save_button = QPushButton(self.tr("Save layout (Ctrl+S)"), objectName="primary")
        self.note = QLabel(objectName="muted", wordWrap=True)
        self.note.setText(self.tr("Layers 1–9, 1–999 parcels each. Parcels on a removed layer keep their place.")
                          if self.editable else self.tr("Only an administrator can change the shelves."))
        self.unsaved = QLabel(self.tr("Changes not saved yet: Ctrl+S saves them"), objectName="warnText")
        self.unsaved.hide()
        self.label_shelf = QComboBox()
        self.label_shelf.addItem(self.tr("Every shelf"), "")
        self.labels_button = QPushButton(self.tr("Print shelf labels (Ctrl+P)"))
        self.last_printed = None  # the PDF of the last labels saved (None: sent to a printer)
        buttons = flow_row(self.add_button, self.remove_button, self.save_button)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("How full each layer is"), objectName="sectionTitle"))
        left.addWidget(self.loads, 1)
        left.addWidget(flow_row(together(QLabel(self.tr("Labels for")), self.label_shelf), self.labels_button))
        right.addWidget(QLabel(self.tr("Layout"), objectName="sectionTitle"))
        right.addWidget(self.layout_table, 1)
        right.addWidget(self.note)
        right.addWidget(self.unsaved)
        right.addWidget(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(SideBySide((left, 3), (right, 2)))
        for w in (self.add_button, self.remove_button, self.save_button):
            w.setVisible(self.editable)
        self.layout_table.setEnabled(self.editable)
        self.add_button.clicked.connect(self.add_shelf)
        self.remove_button.clicked.connect(self.remove_shelf)
        self.save_button.clicked.connect(self.save)
        self.layout_table.itemChanged.connect(lambda _item: self._set_dirty(True))
        self.labels_button.clicked.connect(self.print_labels)
        self.add_shortcut("Ctrl+P", self.print_labels)
        if self.editable:
            self.add_shortcut("Ctrl+S", self.save)
            self.add_shortcut("Ctrl+N", self.add_shelf)
            self.add_shortcut("Ctrl+Del", self.remove_shelf)

    def initial_focus(self) -> QWidget:
        return self.layout_table if self.editable else self.loads

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.run(lambda st: (st.parcels.shelves.layers(actor), st.settings.get("parcels.shelves")), self._show)

    def _show(self, found) -> None:  # noqa: ANN001
        layers, layout = found
        wanted = self.label_shelf.currentData()
        self.label_shelf.clear()
        self.label_shelf.addItem(self.tr("Every shelf"), "")
        for shelf in layout:
            self.label_shelf.addItem(self.tr("Shelf {shelf}").format(shelf=shelf["shelf"]), shelf["shelf"])
        self.label_shelf.setCurrentIndex(max(0, self.label_shelf.findData(wanted)))
        self.loads.set_rows([(f"{layer.shelf}-{layer.layer}" + ("" if layer.configured else " " + self.tr("(removed)")),
                              str(layer.occupied), str(layer.capacity), str(layer.free)) for layer in layers])
        if self.dirty:
            return  # the administrator's unsaved edits stay
        self.layout_table.blockSignals(True)
        self.layout_table.setRowCount(len(layout))
        for r, shelf in enumerate(layout):
            for c, key in enumerate(("shelf", "layers", "capacity")):
                self.layout_table.setItem(r, c, QTableWidgetItem(str(shelf[key])))
        self.layout_table.blockSignals(False)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.unsaved.setVisible(dirty)

    def add_shelf(self) -> None:
        r = self.layout_table.rowCount()
        names = {self.layout_table.item(i, 0).text() for i in range(r) if self.layout_table.item(i, 0)}
        name = next((chr(c) for c in range(ord("A"), ord("Z") + 1) if chr(c) not in names), "")
        self.layout_table.blockSignals(True)
        self.layout_table.insertRow(r)
        for c, text in enumerate((name, "4", "40")):
            self.layout_table.setItem(r, c, QTableWidgetItem(text))
        self.layout_table.blockSignals(False)
        self.layout_table.setCurrentCell(r, 0)
        self._set_dirty(True)

    def remove_shelf(self) -> None:
        """Take the chosen row out of the layout (stored only with Save)."""
        if self.layout_table.currentRow() >= 0:
            self.layout_table.removeRow(self.layout_table.currentRow())
            self._set_dirty(True)

    def layout_rows(self) -> list[dict[str, object]]:
        def cell(r: int, c: int) -> str:
            item = self.layout_table.item(r, c)
            return item.text() if item is not None else ""

        return [{"shelf": cell(r, 0).strip().upper(), "layers": _int(cell(r, 1)), "capacity": _int(cell(r, 2))}
                for r in range(self.layout_table.rowCount())]

    def save(self) -> None:
        """Store the layout (admin; validated and audited by the service)."""
        actor, rows = self.ctx.actor, self.layout_rows()
        self.run(lambda st: st.parcels.shelves.configure(actor, rows), self._saved, self._failed)

    def _saved(self, shelves) -> None:  # noqa: ANN001
        self._set_dirty(False)
        self.ctx.feedback.success(self.tr("Shelves saved: {n}").format(n=len(shelves)))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.ctx.feedback.error(describe(exc))

    def print_labels(self) -> None:
        """Print (or save as PDF) labels for the chosen shelf's layers, or every shelf's: the
        layer big (``A-3``) with its Code128 and QR code (``LAYER-A-3``, scanned when moving)."""
        actor, shelf = self.ctx.actor, self.label_shelf.currentData() or None
        self.run(lambda st: st.parcels.shelves.label_layers(actor, shelf), self._print_labels, self._failed)

    def _print_labels(self, layers) -> None:  # noqa: ANN001 - [(shelf, layer)]
        from ...core.clock import iso_utc
        from .documents import shelf_labels

        info = self.ctx.station.info
        try:
            self.last_printed = self.ctx.printing.print_document(
                shelf_labels(layers, info.name, info.code, iso_utc(self.ctx.station.store.clock.now())))
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        n = len(layers)
        self.ctx.feedback.success(self.tr("{n} shelf labels saved: {path}").format(n=n, path=self.last_printed)
                                  if self.last_printed else self.tr("{n} shelf labels sent to the printer").format(n=n))


