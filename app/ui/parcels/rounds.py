"""Carrier rounds at the counter (送货上门): start a round for a carrier, scan parcels out onto it,
mark them delivered (with the recipient's code or phone tail) or back on the shelf, close it, and
print the round sheet. The carrier does the same from carrier mode (``carrier_round``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.parcels import RoundView
from ...core.users.model import Role
from ..context import ScreenContext
from ..flow import flow_row
from ..i18n import describe
from ..scanner import CallbackTarget, ScanTarget
from .base import ParcelScreen
from .documents import round_sheet
from .widgets import Banner, ParcelTable

ITEM_COLUMNS = ("code", "tracking", "phone", "name", "outcome", "address")
PROOF_MIN_WIDTH = 280
ROUND_LIST_MIN_WIDTH = 220
ROUND_LIST_MAX_SHARE = 0.45  # of the splitter's width


def spaced_phone(phone: str) -> str:
    """``13812345678`` → ``138 1234 5678`` (read out and dialled more easily)."""
    return f"{phone[:3]} {phone[3:7]} {phone[7:]}" if len(phone) == 11 else phone


def proof_of(text: str) -> dict[str, str]:
    """What the recipient gave at the door: 4 digits are a phone tail, anything else a code."""
    raw = text.strip()
    return {"tail": raw} if raw.isdigit() and len(raw) == 4 else {"code": raw}


class RoundsScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.names: dict[str, str] = {}
        self.current: RoundView | None = None
        self.last_printed = None  # the PDF of the last sheet saved (None: sent to a printer)
        self.carrier = QComboBox()
        self.start_button = QPushButton(self.tr("Start a round (Ctrl+N)"))
        self.rounds = QListWidget()
        self.headline = QLabel(objectName="sectionTitle")
        self.banner = Banner()
        self.banner.show_state("idle", self.tr("Choose a round, then scan parcels to take them out"))
        self.items = ParcelTable(ITEM_COLUMNS)
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("Recipient's pickup code or phone tail"))
        self.deliver_button = QPushButton(self.tr("Delivered (F2)"))
        self.back_button = QPushButton(self.tr("Back on the shelf (F3)"))
        self.close_button = QPushButton(self.tr("Close the round (F4)"))
        self.print_button = QPushButton(self.tr("Print round sheet (Ctrl+P)"))
        self.number_button = QPushButton(self.tr("Show number (F6)"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Carrier")))
        top.addWidget(self.carrier, 1)
        top.addWidget(self.start_button)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.headline)
        rbox.addWidget(self.banner)
        rbox.addWidget(self.items, 1)
        door = QHBoxLayout()  # what happens at the door: the recipient's proof, then Delivered
        door.addWidget(self.proof, 1)
        door.addWidget(self.deliver_button)
        rbox.addLayout(door)
        rbox.addWidget(flow_row(self.number_button, self.back_button, self.close_button, self.print_button))
        self.proof.setMinimumWidth(PROOF_MIN_WIDTH)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.rounds)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.rounds.setMinimumWidth(ROUND_LIST_MIN_WIDTH)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)

        self.start_button.clicked.connect(self.start_round)
        self.rounds.currentItemChanged.connect(lambda item, _prev: self._choose(item))
        self.deliver_button.clicked.connect(self.deliver)
        self.proof.returnPressed.connect(self.deliver)
        self.back_button.clicked.connect(self.bring_back)
        self.close_button.clicked.connect(self.close_round)
        self.print_button.clicked.connect(self.print_sheet)
        self.number_button.clicked.connect(self.show_number)
        self.add_shortcut("F6", self.show_number)
        self.add_shortcut("Ctrl+N", self.start_round)
        self.add_shortcut("F2", self.deliver)
        self.add_shortcut("F3", self.bring_back)
        self.add_shortcut("F4", self.close_round)
        self.add_shortcut("Ctrl+P", self.print_sheet)
        self._show_round(None)

    def initial_focus(self) -> QWidget:
        return self.rounds if self.rounds.count() else self.carrier

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.scan_out)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            users = [u for u in st.users.list(for_login=True) if u.role == Role.CARRIER]
            return users, st.parcels.rounds.list(actor, limit=40)

        self.run(read, self._show_lists)

    def _show_lists(self, lists) -> None:  # noqa: ANN001
        users, rounds = lists
        self.names = {u.username: u.display_name or u.username for u in users}
        wanted = self.carrier.currentData()
        self.carrier.clear()
        for u in users:
            self.carrier.addItem(u.display_name or u.username, u.username)
        self.carrier.setCurrentIndex(max(0, self.carrier.findData(wanted)))
        keep = self.current.id if self.current else None
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in sorted(rounds, key=lambda r: (r.status != "open", -r.number)):
            item = QListWidgetItem(self._round_text(r))
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.rounds.addItem(item)
            if r.id == keep:
                self.rounds.setCurrentItem(item)
        self.rounds.blockSignals(False)
        self._fit_round_list()
        current = self.rounds.currentItem()
        if current is None and self.rounds.count():
            self.rounds.setCurrentRow(0)
        else:
            self._choose(current)

    def _fit_round_list(self) -> None:
        """Widen the round list to its longest line (up to a share of the width), never narrow it."""
        total = sum(self.split.sizes())
        want = min(self.rounds.sizeHintForColumn(0) + 2 * self.rounds.frameWidth() + 8, int(total * ROUND_LIST_MAX_SHARE))
        left = self.split.sizes()[0]
        if total > 0 and want > left:
            self.split.setSizes([want, total - want])

    def _round_text(self, r: RoundView) -> str:
        who = self.names.get(r.carrier, r.carrier)
        if r.status == "open":
            return self.tr("#{n} {who} · open · {out} out").format(n=r.number, who=who, out=r.unaccounted)
        return self.tr("#{n} {who} · closed").format(n=r.number, who=who)

    def _choose(self, item: QListWidgetItem | None) -> None:
        self._show_round(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def _show_round(self, r: RoundView | None) -> None:
        self.current = r
        is_open = r is not None and r.status == "open"
        for b in (self.deliver_button, self.back_button, self.close_button, self.proof, self.number_button):
            b.setEnabled(is_open)
        self.print_button.setEnabled(r is not None)
        if r is None:
            self.headline.setText(self.tr("No round chosen"))
            self.items.set_rows([])
            return
        self.headline.setText(self.tr("Round #{n} · {who} · {out} out · {delivered} delivered · {back} back").format(
            n=r.number, who=self.names.get(r.carrier, r.carrier), out=r.unaccounted, delivered=r.delivered,
            back=r.back))
        chosen = self.items.selected_tracking()
        self.items.set_rows(sorted(r.items, key=lambda i: (i.outcome != "out", i.pickup_code)))
        if chosen:
            self.items.select_tracking(chosen)

    def _updated(self, r: RoundView, message: str, big: str = "") -> None:
        self._show_round(r)
        for i in range(self.rounds.count()):
            item = self.rounds.item(i)
            if item.data(Qt.ItemDataRole.UserRole).id == r.id:
                item.setData(Qt.ItemDataRole.UserRole, r)
                item.setText(self._round_text(r))
        self.banner.show_state("ok", message, big)
        self.ctx.feedback.success(message)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)

    # -- actions ---------------------------------------------------------------------------------
    def start_round(self) -> None:
        carrier = self.carrier.currentData()
        if not carrier:
            self.ctx.feedback.error(self.tr("No carrier to start a round for: add a carrier user first"))
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.start(actor, carrier), self._started, self._failed)

    def _started(self, r: RoundView) -> None:
        self.current = r
        self.refresh()
        self._updated(r, self.tr("Round #{n} started: scan the parcels to take out").format(n=r.number))

    def _open_round(self) -> RoundView | None:
        if self.current is None or self.current.status != "open":
            self.ctx.feedback.error(self.tr("Choose an open round or start one first"))
            return None
        return self.current

    def scan_out(self, tracking: str) -> None:
        r = self._open_round()
        if r is None:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.add(actor, r.id, [tracking]),
                 lambda v: self._updated(v, self.tr("Taken out: {tracking}").format(tracking=tracking.strip().upper()),
                                         next((i.pickup_code for i in v.items if i.tracking == tracking.strip().upper()),
                                              "")), self._failed)

    def _selected(self):  # noqa: ANN202 - (round, tracking), or None after saying what is missing
        r, tracking = self._open_round(), self.items.selected_tracking()
        if r is None:
            return None
        if not tracking:
            self.ctx.feedback.error(self.tr("Choose the parcel in the list first"))
            return None
        return r, tracking

    def deliver(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        r, tracking = chosen
        if not self.proof.text().strip():
            self.proof.setFocus()
            self.ctx.feedback.error(self.tr("Type the recipient's pickup code or phone tail"))
            return
        actor, proof = self.ctx.actor, proof_of(self.proof.text())
        self.run(lambda st: st.parcels.rounds.deliver(actor, r.id, tracking, **proof),
                 lambda v: (self.proof.clear(), self._updated(v, self.tr("Delivered: {tracking}").format(tracking=tracking))),
                 self._failed)

    def bring_back(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        r, tracking = chosen
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.back(actor, r.id, tracking),
                 lambda v: self._updated(v, self.tr("Back on the shelf: {tracking}").format(tracking=tracking)),
                 self._failed)

    def show_number(self) -> None:
        """The chosen parcel's full phone number, to call the recipient (audited by the core)."""
        chosen = self._selected()
        if chosen is None:
            return
        r, tracking = chosen
        actor = self.ctx.actor
        item = next((i for i in r.items if i.tracking == tracking), None)
        self.run(lambda st: st.parcels.rounds.reveal_phone(actor, r.id, tracking),
                 lambda shown: self._number_shown(shown, item), self._failed)

    def _number_shown(self, shown, item) -> None:  # noqa: ANN001 - PhoneReveal, RoundItemView | None
        caption = self.tr("Call the recipient of {tracking}").format(tracking=shown.tracking)
        detail = item.address if item is not None and item.address else ""
        if not shown.full:
            detail = self.tr("The waybill only showed this masked number") + (f" · {detail}" if detail else "")
        self.banner.show_state("warn", caption, spaced_phone(shown.phone), detail)
        self.ctx.feedback.info(caption)

    def close_round(self) -> None:
        r = self._open_round()
        if r is None:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.rounds.close(actor, r.id),
                 lambda v: (self._updated(v, self.tr("Round #{n} closed").format(n=v.number)), self.refresh()),
                 self._failed)

    def print_sheet(self) -> None:
        """Print (or save as PDF) the chosen round's sheet."""
        if self.current is None:
            self.ctx.feedback.error(self.tr("Choose a round first"))
            return
        actor, ref = self.ctx.actor, self.current.id
        code = self.ctx.station.info.code
        self.run(lambda st: st.parcels.rounds.sheet(actor, ref), lambda s: self._print(round_sheet(s, code)))

    def _print(self, document) -> None:  # noqa: ANN001
        try:
            path = self.ctx.printing.print_document(document)
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.last_printed = path
        self.ctx.feedback.success(self.tr("Round sheet saved: {path}").format(path=path) if path
                                  else self.tr("Round sheet sent to the printer"))
