"""The payments list: what waits for the platform and what it rejected first, with one action to
hand back a rejected payment's cash (F8, printing the refund receipt). Scanning a receipt's code
finds its payment (a villager brings the slip back)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.documents import local_time_text
from ...core.errors import YytError
from ...core.money import format_fen
from ...core.payments import PaymentView
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..flow import flow_row, together
from ..i18n import describe, error_text
from ..parcels.base import ParcelScreen
from ..parcels.widgets import Banner
from ..scanner import CallbackTarget, ScanTarget
from ..table import ReadOnlyTable
from .documents import payment_receipt, refund_receipt
from .words import status_word, type_word

FILTERS = (("open", ("pending", "rejected")), ("pending", ("pending",)), ("rejected", ("rejected",)),
           ("all", ()))
LIMIT = 300


class PaymentListScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter = QComboBox()
        names = {"open": self.tr("Waiting or rejected"), "pending": self.tr("Waiting for the platform"),
                 "rejected": self.tr("Rejected: cash to hand back"), "all": self.tr("All")}
        for key, _statuses in FILTERS:
            self.filter.addItem(names[key], key)
        self.summary = QLabel(objectName="sectionTitle")
        self.table = ReadOnlyTable([self.tr("Reference"), self.tr("Taken"), self.tr("Bill"), self.tr("Account"),
                                    self.tr("Amount"), self.tr("Status"), self.tr("Reason")])
        self.refund_button = QPushButton(self.tr("Refund the cash (F8)"), objectName="primary")
        self.refund_button.setVisible(ctx.can(Perm.PAYMENT_TAKE))
        self.reprint_button = QPushButton(self.tr("Print the receipt again (Ctrl+P)"))
        self.reprint_button.setVisible(ctx.can(Perm.PAYMENT_TAKE))
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Select a rejected payment and refund it, or scan the receipt"))
        self.rows: list[PaymentView] = []
        self.last_receipt = None
        self.summary.setWordWrap(True)
        top = flow_row(together(QLabel(self.tr("Show")), self.filter), self.reprint_button, self.refund_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(top)
        box.addWidget(self.banner)
        box.addWidget(self.table, 1)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.refund_button.clicked.connect(self.refund)
        self.reprint_button.clicked.connect(self.reprint)
        if ctx.can(Perm.PAYMENT_TAKE):
            self.add_shortcut("F8", self.refund)
            self.add_shortcut("Ctrl+P", self.reprint)
        self._selected()

    def initial_focus(self) -> QWidget:
        return self.table

    def scan_target(self) -> ScanTarget:
        return CallbackTarget(self.find)

    def refresh(self) -> None:
        actor, key = self.ctx.actor, self.filter.currentData()
        statuses = dict(FILTERS)[key]

        def read(st):  # noqa: ANN001, ANN202
            if not statuses:
                return st.payments.list(actor, limit=LIMIT)
            rows = [p for s in statuses for p in st.payments.list(actor, status=s, limit=LIMIT)]
            return sorted(rows, key=lambda p: p.number, reverse=True)

        self.run(read, self.show_rows)

    def show_rows(self, rows: list[PaymentView], select: str | None = None) -> None:
        self.rows = rows
        self.table.set_rows([(p.reference, local_time_text(p.created_at)[5:], type_word(p.type), p.account_shown,
                              format_fen(p.amount_fen), status_word(p.status), p.reason) for p in rows])
        pending = [p for p in rows if p.status == "pending"]
        rejected = [p for p in rows if p.status == "rejected"]
        self.summary.setText(self.tr("Waiting: {n} (¥{pending}) · to refund: {m} (¥{rejected})").format(
            n=len(pending), pending=format_fen(sum(p.amount_fen for p in pending)), m=len(rejected),
            rejected=format_fen(sum(p.amount_fen for p in rejected))))
        if select is not None:
            self.select(select)
        self._selected()

    def select(self, reference: str) -> bool:
        for r, p in enumerate(self.rows):
            if p.reference == reference:
                self.table.selectRow(r)
                return True
        return False

    def selected(self) -> PaymentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selected(self) -> None:
        p = self.selected()
        self.refund_button.setEnabled(p is not None and p.status == "rejected")
        self.reprint_button.setEnabled(p is not None)

    def find(self, code: str) -> None:
        """A scanned or typed reference: its payment, selected (the filter shows everything)."""
        actor = self.ctx.actor

        def done(p: PaymentView) -> None:
            if not self.select(p.reference):
                self.filter.blockSignals(True)
                self.filter.setCurrentIndex(self.filter.findData("all"))
                self.filter.blockSignals(False)
                self.show_rows([p, *[x for x in self.rows if x.id != p.id]], select=p.reference)
            self.banner.show_state("warn" if p.status == "rejected" else "idle", status_word(p.status), p.reference,
                                   f"{type_word(p.type)} {p.account_shown} ¥{format_fen(p.amount_fen)} {p.reason}")

        self.run(lambda st: st.payments.get(actor, code), done, self._failed)

    def refund(self) -> None:
        """Hand back the selected rejected payment's cash and print the refund receipt (F8)."""
        p = self.selected()
        if p is None:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.payments.refund(actor, p.id), self._refunded, self._failed)

    def _refunded(self, p: PaymentView) -> None:
        info = self.ctx.station.info
        clerk = self.ctx.actor.display_name or self.ctx.actor.username
        try:
            self.last_receipt = self.ctx.printing.print_document(refund_receipt(p, info.name, info.code, clerk))
            printed = (self.tr("receipt saved: {path}").format(path=self.last_receipt.name) if self.last_receipt
                       else self.tr("receipt sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self.banner.show_state("ok", self.tr("Hand back ¥ {amount}").format(amount=format_fen(p.amount_fen)),
                               p.reference, printed)
        self.ctx.feedback.success(self.tr("Payment {reference} refunded").format(reference=p.reference))
        self.refresh()

    def reprint(self) -> None:
        p = self.selected()
        if p is None:
            return
        info = self.ctx.station.info
        clerk = self.ctx.actor.display_name or self.ctx.actor.username
        doc = (refund_receipt(p, info.name, info.code, clerk) if p.status == "refunded"
               else payment_receipt(p, info.name, info.code, clerk))
        try:
            self.last_receipt = self.ctx.printing.print_document(doc)
        except YytError as exc:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)
