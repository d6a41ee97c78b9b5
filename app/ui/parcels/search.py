"""Search (查询): any parcel the station ever held, by tracking number (or its beginning), phone
(last four digits, full or masked), pickup code or name — newest first — and the chosen parcel's
whole history below: checked in, each notice with the platform's answer (a failed one in red),
corrections and moves, rounds, picked up by whom, returned. From here the clerk corrects a
check-in (Ctrl+E), moves the parcel (Ctrl+M), notifies again (Ctrl+R) or prints its slip (Ctrl+P).

A scan lands in the search field and searches at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.errors import YytError
from ...core.parcels import ParcelHistory, SearchResult
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..i18n import describe
from ..scanner import LineEditTarget, ScanTarget
from ..table import ReadOnlyTable
from ..theme import COLORS
from .base import ParcelScreen
from .corrections import CorrectionButtons
from .documents import shelf_slip
from .history_words import detail_text, event_word, notice_word
from .widgets import ParcelTable
from .words import carrier_word, status_word

COLUMNS = ("time", "code", "place", "tracking", "status", "phone", "name", "notice")


class SearchScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_act = ctx.can(Perm.PARCEL_COUNTER)
        self.query = QLineEdit(objectName="scanField")
        self.query.setPlaceholderText(self.tr("Tracking number, last 4 digits of the phone, pickup code or name"))
        self.query.setMaxLength(40)
        self.find_button = QPushButton(self.tr("Search (Enter)"))
        self.summary = QLabel(objectName="sectionTitle", wordWrap=True)
        self.results = ParcelTable(COLUMNS)
        self.head = QLabel(objectName="sectionTitle", wordWrap=True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = ReadOnlyTable([self.tr("Time"), self.tr("What"), self.tr("By"), self.tr("Details")],
                                     object_name="parcelTable")
        self.history.setWordWrap(True)
        self.actions = CorrectionButtons(self, self.results.selected_tracking, self._corrected)
        self.notify_button = QPushButton(self.tr("Notify again (Ctrl+R)"))
        self.print_button = QPushButton(self.tr("Print slip (Ctrl+P)"))
        self.last: SearchResult | None = None
        self.shown: ParcelHistory | None = None
        self.last_printed = None

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        lower = QWidget()
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.head)
        lbox.addWidget(self.history, 1)
        buttons = QHBoxLayout()
        buttons.addLayout(self.actions)
        buttons.addWidget(self.notify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        lbox.addLayout(buttons)
        upper = QWidget()
        ubox = QVBoxLayout(upper)
        ubox.setContentsMargins(0, 0, 0, 0)
        ubox.addWidget(self.summary)
        ubox.addWidget(self.results, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(upper)
        self.split.addWidget(lower)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.split, 1)

        self.actions.set_visible(self.can_act)
        self.notify_button.setVisible(self.can_act)
        self.query.returnPressed.connect(lambda: self.find(self.query.text()))
        self.find_button.clicked.connect(lambda: self.find(self.query.text()))
        self.results.itemSelectionChanged.connect(self._chosen)
        self.notify_button.clicked.connect(self.notify_again)
        self.print_button.clicked.connect(self.print_slip)
        if self.can_act:
            self.add_shortcut("Ctrl+R", self.notify_again)
        self.add_shortcut("Ctrl+P", self.print_slip)
        self.add_shortcut("Esc", self.clear)
        self.summary.setText(self.tr("Type or scan what the person tells you; every parcel ever checked in is searched"))
        self._show_history(None)

    # -- what the shell asks ---------------------------------------------------------------------
    def initial_focus(self) -> QWidget:
        return self.query

    def scan_target(self) -> ScanTarget:
        return LineEditTarget(self.query, submit=self.find)

    def refresh(self) -> None:
        """Run the last search again (after a commit or sync) and keep the chosen parcel."""
        if self.last is not None:
            self.find(self.query.text(), quiet=True)

    # -- searching -------------------------------------------------------------------------------
    def find(self, text: str, *, quiet: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.search.search(actor, text),
                 lambda r: self._found(r, quiet), self._failed)

    def _found(self, result: SearchResult, quiet: bool) -> None:
        keep = self.results.selected_tracking()
        self.last = result
        self.results.blockSignals(True)  # the history is read once, below
        self.results.set_rows(result.parcels)
        kinds = {"tracking": self.tr("tracking number"), "tracking_prefix": self.tr("tracking number starting"),
                 "phone_tail": self.tr("phone ending"), "phone": self.tr("phone"), "code": self.tr("pickup code"),
                 "name": self.tr("name")}
        n = len(result.parcels)
        text = self.tr("{n} parcel(s) for {kind} {text}").format(n=n, kind=kinds.get(result.kind, ""),
                                                                text=result.text)
        if result.truncated:
            text += " · " + self.tr("only the newest {n} shown: say more").format(n=result.limit)
        self.summary.setText(text)
        if not (keep and self.results.select_tracking(keep)) and n:
            self.results.selectRow(0)
        self.results.blockSignals(False)
        if n:
            self._chosen()
        else:
            self._show_history(None)
        if not quiet:
            (self.ctx.feedback.info if n else self.ctx.feedback.error)(text)
            self.query.selectAll()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(describe(exc))
        self.ctx.show_error(exc)

    def _chosen(self) -> None:
        tracking = self.results.selected_tracking()
        if not tracking:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.search.history(actor, tracking), self._show_history)

    def _show_history(self, h: ParcelHistory | None) -> None:
        self.shown = h
        on_shelf = h is not None and h.parcel.status == "in_station"
        for w in (self.actions.fix_button, self.actions.move_button, self.notify_button):
            w.setEnabled(on_shelf)
        self.print_button.setEnabled(on_shelf)
        if h is None:
            self.head.setText(self.tr("Choose a parcel to see its history"))
            self.history.set_rows([])
            return
        p = h.parcel
        parts = [p.tracking, carrier_word(p.carrier), status_word(p.status), p.pickup_code, f"{p.phone} {p.name}"]
        if p.address:
            parts.append(p.address)
        if p.notice_status:
            parts.append(self.tr("notice: {state}").format(state=notice_word(p.notice_status)))
        self.head.setText("  ·  ".join(x for x in parts if x))
        self.history.set_rows([(e.at_local, event_word(e.event), e.by, detail_text(e)) for e in h.entries])
        red = QColor(COLORS["error"])
        for r, e in enumerate(h.entries):
            if e.event == "notice" and e.detail.get("status") == "failed":
                for c in range(self.history.columnCount()):
                    self.history.item(r, c).setForeground(red)
        self.history.resizeRowsToContents()
        self.history.scrollToBottom()

    # -- acting on the chosen parcel -------------------------------------------------------------
    def _corrected(self, result) -> None:  # noqa: ANN001 - FixResult | MoveResult
        p = result.parcel
        if hasattr(result, "old_code"):
            text = self.tr("{tracking} moved to {place}: new code {code}").format(
                tracking=p.tracking, place=p.place, code=p.pickup_code)
        else:
            text = self.tr("{tracking} corrected").format(tracking=p.tracking)
        self.ctx.feedback.success(text)
        self.refresh()

    def notify_again(self) -> None:
        """Queue another pickup notice for the chosen parcel (e.g. after a failed one)."""
        if self.shown is None or self.shown.parcel.status != "in_station":
            self.ctx.feedback.info(self.tr("Choose a parcel on the shelf first"))
            return
        actor, tracking = self.ctx.actor, self.shown.parcel.tracking
        self.run(lambda st: st.parcels.pickup.renotify(actor, [tracking]),
                 lambda done: self.ctx.feedback.success(self.tr("New notice queued for {tracking}").format(
                     tracking=tracking)))

    def print_slip(self) -> None:
        if self.shown is None:
            self.ctx.feedback.info(self.tr("Choose a parcel first"))
            return
        info = self.ctx.station.info
        try:
            self.last_printed = self.ctx.printing.print_document(shelf_slip(self.shown.parcel, info.name, info.code))
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.ctx.feedback.success(self.tr("Slip saved: {path}").format(path=self.last_printed) if self.last_printed
                                  else self.tr("Slip sent to the printer"))

    def clear(self) -> None:
        self.last = None
        self.query.clear()
        self.results.set_rows([])
        self._show_history(None)
        self.summary.setText(self.tr("Type or scan what the person tells you; every parcel ever checked in is searched"))
        self.query.setFocus()
