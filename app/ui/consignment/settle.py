"""Settle and pay (结算): choose a farmer (or one waiting to be settled), preview every movement not
settled yet with its gross, commission, postage and net, make the statement (it never changes
afterwards), pay it once — a large payout asks for a second user's PIN on the same screen — and
print it on A4 or on the 80 mm roll, each with the farmer's signing line. A statement already paid
says so and its Pay button stays off; printing it again never pays again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import StatementView
from ...core.documents import local_time_text
from ...core.money import format_fen
from ...core.users.model import Role
from ..context import ScreenContext
from ..i18n import describe
from ..table import ReadOnlyTable
from .base import Banner, ConsignScreen
from .documents import statement_receipt, statement_sheet
from .widgets import FarmerPicker, farmer_label
from .words import kind_word, payout_word, qty_text

STATEMENT_ROLL_MM = 80


class SettleScreen(ConsignScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.farmer = FarmerPicker(ctx, stacked=True)
        self.waiting = ReadOnlyTable([self.tr("Farmer"), self.tr("Lines"), self.tr("Net")])
        self.waiting_rows: list = []
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.preview_table = ReadOnlyTable([self.tr("When"), self.tr("Lot"), self.tr("Product"), self.tr("What"),
                                            self.tr("Quantity"), self.tr("Gross"), self.tr("Commission"),
                                            self.tr("Postage"), self.tr("Net")])
        self.totals = QLabel(wordWrap=True)
        self.settle_button = QPushButton(self.tr("Make statement (F9)"), objectName="primary")
        self.unsettled_button = QPushButton()
        self.statements = ReadOnlyTable([self.tr("Statement"), self.tr("Made"), self.tr("To pay"), self.tr("Paid")])
        self.statement_rows: list[StatementView] = []
        self.approver = QComboBox()
        self.approver_pin = QLineEdit()
        self.approver_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_pin.setMaxLength(6)
        self.approver_pin.setPlaceholderText(self.tr("Second user's PIN"))
        self.approval_row = QWidget()
        self.pay_button = QPushButton(self.tr("Pay the farmer (F10)"), objectName="primary")
        self.print_a4 = QPushButton(self.tr("Print A4 (Ctrl+P)"))
        self.print_roll = QPushButton(self.tr("Print 80 mm (Ctrl+R)"))
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Choose a farmer to see what is waiting to be settled"))
        self.preview: StatementView | None = None
        self.statement: StatementView | None = None
        self._want_lines = False  # show the chosen statement's lines rather than the unsettled ones
        self._build()
        self.farmer.changed.connect(self._farmer_changed)
        self.waiting.itemSelectionChanged.connect(self._waiting_chosen)
        self.statements.itemSelectionChanged.connect(self._statement_chosen)
        self.settle_button.clicked.connect(self.settle)
        self.unsettled_button.clicked.connect(self.show_preview)
        self.pay_button.clicked.connect(self.pay)
        self.print_a4.clicked.connect(self.print_sheet)
        self.print_roll.clicked.connect(self.print_receipt)
        self.add_shortcut("F9", self.settle)
        self.add_shortcut("F10", self.pay)
        self.add_shortcut("Ctrl+P", self.print_sheet)
        self.add_shortcut("Ctrl+R", self.print_receipt)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Farmer"), objectName="sectionTitle"))
        left.addWidget(self.farmer)
        left.addWidget(QLabel(self.tr("Waiting to be settled"), objectName="sectionTitle"))
        left.addWidget(self.waiting, 2)
        left.addWidget(QLabel(self.tr("Statements"), objectName="sectionTitle"))
        left.addWidget(self.statements, 2)
        row = QHBoxLayout(self.approval_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Approved by")))
        row.addWidget(self.approver, 1)
        row.addWidget(self.approver_pin, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settle_button)
        buttons.addWidget(self.pay_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_a4)
        buttons.addWidget(self.print_roll)
        right = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.unsettled_button)
        right.addLayout(head)
        right.addWidget(self.preview_table, 1)
        right.addWidget(self.totals)
        right.addWidget(self.approval_row)
        right.addLayout(buttons)
        right.addWidget(self.banner)
        box = QHBoxLayout(self)
        box.addLayout(left, 2)
        box.addLayout(right, 5)
        self._show_statement(None)

    def initial_focus(self) -> QWidget:
        return self.farmer.query

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ctx.actor
        if not self.farmer.farmers:
            self.farmer.search()
        self.run(lambda st: st.consignment.settlement.unsettled(actor), self._show_waiting)
        self._load_farmer(self.farmer.current_id(), keep=self.statement.id if self.statement else None)

    def _show_waiting(self, rows) -> None:  # noqa: ANN001
        self.waiting_rows = list(rows)
        self.waiting.blockSignals(True)
        self.waiting.set_rows([(f"{f.code} {f.name}", str(n), format_fen(net)) for f, n, net in self.waiting_rows])
        self.waiting.blockSignals(False)

    def _waiting_chosen(self) -> None:
        rows = self.waiting.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.waiting_rows):
            self.farmer.choose(self.waiting_rows[rows[0].row()][0])

    def _farmer_changed(self, farmer_id: str) -> None:
        self._load_farmer(farmer_id)

    def _load_farmer(self, farmer_id: str, keep: str | None = None) -> None:
        if not farmer_id:
            self._show_farmer(None)
            return
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            s = st.consignment.settlement
            listed = s.list(actor, farmer=farmer_id, limit=50)
            chosen = s.get(actor, keep or listed[0].id) if (keep or listed) else None
            return s.preview(actor, farmer_id), listed, chosen

        self.run(read, self._show_farmer)

    def _show_farmer(self, data) -> None:  # noqa: ANN001
        if data is None:
            self.preview, self.statement_rows = None, []
            self.title.setText(self.tr("No farmer chosen"))
            self.preview_table.set_rows([])
            self.statements.set_rows([])
            self.totals.setText("")
            self.settle_button.setEnabled(False)
            self.unsettled_button.setEnabled(False)
            self._show_statement(None)
            return
        preview, listed, chosen = data
        self.preview, self.statement_rows = preview, list(listed)
        self.settle_button.setEnabled(bool(preview.lines))
        self.unsettled_button.setEnabled(bool(preview.lines))
        self.unsettled_button.setText(self.tr("Not settled yet ({n})").format(n=len(preview.lines)))
        self.statements.blockSignals(True)
        self.statements.set_rows([(s.code, local_time_text(s.created_at)[5:], format_fen(s.payable_fen),
                                   self._paid_text(s)) for s in self.statement_rows])
        if chosen is not None:
            index = next((i for i, s in enumerate(self.statement_rows) if s.id == chosen.id), -1)
            if index >= 0:
                self.statements.selectRow(index)
        self.statements.blockSignals(False)
        self._show_statement(chosen)
        want_lines, self._want_lines = self._want_lines, False
        if chosen is not None and (want_lines or not preview.lines):
            self._show_lines(chosen)
        else:
            self.show_preview()

    def show_preview(self) -> None:
        """The right side: every movement of the farmer not settled yet (what Make statement takes)."""
        p = self.preview
        if p is None:
            return
        self.title.setText(self.tr("{farmer}: not settled yet").format(farmer=farmer_label(p.farmer)))
        self._fill(p)

    def _show_lines(self, s: StatementView) -> None:
        self.title.setText(self.tr("{farmer}: statement {code}, made {when}").format(
            farmer=farmer_label(s.farmer), code=s.code, when=local_time_text(s.created_at)))
        self._fill(s)

    def _fill(self, s: StatementView) -> None:
        self.preview_table.set_rows([(local_time_text(m.at)[5:], m.lot_code, m.product, kind_word(m.kind),
                                      qty_text(m.qty, m.unit), format_fen(m.gross_fen), format_fen(m.commission_fen),
                                      format_fen(m.shipping_fen), format_fen(m.net_fen)) for m in s.lines])
        self.totals.setText(self._totals_text(s))

    def _totals_text(self, s: StatementView) -> str:
        text = self.tr("Gross ¥{gross} − commission ¥{commission} − postage ¥{postage} = net ¥{net}").format(
            gross=format_fen(s.gross_fen), commission=format_fen(s.commission_fen),
            postage=format_fen(s.shipping_fen), net=format_fen(s.net_fen))
        if s.carried_in_fen:
            text += " · " + self.tr("owed from before ¥{owed}").format(owed=format_fen(s.carried_in_fen))
        return text + " · " + self.tr("to pay ¥{payable}").format(payable=format_fen(s.payable_fen))

    def _paid_text(self, s: StatementView) -> str:
        if s.payout is None:
            return self.tr("not paid")
        return f"{payout_word(s.payout.method)} ¥{format_fen(s.payout.amount_fen)}"

    def _statement_chosen(self) -> None:
        rows = self.statements.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.statement_rows):
            self.open_statement(self.statement_rows[rows[0].row()].id)

    def open_statement(self, ref: str) -> None:
        """Show a statement (chosen in the list, or its QR scanned) with its farmer."""
        actor = self.ctx.actor
        self.run(lambda st: st.consignment.settlement.get(actor, ref), self._opened, self._failed)

    def _opened(self, s: StatementView) -> None:
        if self.farmer.current_id() != s.farmer.id:
            self._want_lines = True
            self.farmer.blockSignals(True)
            self.farmer.choose(s.farmer)
            self.farmer.blockSignals(False)
            self._load_farmer(s.farmer.id, keep=s.id)
        else:
            self._show_statement(s)
            self._show_lines(s)

    def _show_statement(self, s: StatementView | None) -> None:
        self.statement = s
        limit = self.ctx.station.settings.get("consign.payout_approval_yuan") * 100
        needs_second = s is not None and s.payout is None and s.payable_fen > limit
        self.approval_row.setVisible(needs_second)
        if needs_second:
            self._fill_approvers()
        self.pay_button.setEnabled(s is not None and s.payout is None)
        self.print_a4.setEnabled(s is not None)
        self.print_roll.setEnabled(s is not None)
        if s is None:
            return
        if s.payout is None:
            self.banner.show_state("warn", self.tr("{code}: to pay the farmer").format(code=s.code),
                                   "¥" + format_fen(s.payable_fen), self._totals_text(s))
        else:
            self.banner.show_state("ok", self.tr("{code}: paid {when}").format(
                code=s.code, when=local_time_text(s.payout.paid_at)), "¥" + format_fen(s.payout.amount_fen),
                self._totals_text(s))

    def _fill_approvers(self) -> None:
        users = [u for u in self.ctx.station.users.list(for_login=True)
                 if u.role in (Role.ADMIN, Role.SUPERVISOR) and u.username != self.ctx.actor.username]
        current = self.approver.currentData()
        self.approver.clear()
        for u in users:
            self.approver.addItem(u.display_name or u.username, u.username)
        index = self.approver.findData(current)
        self.approver.setCurrentIndex(max(0, index))

    # -- acting ------------------------------------------------------------------------------------
    def settle(self) -> None:
        """Make the farmer's statement of everything previewed (F9)."""
        farmer = self.farmer.current_id()
        if not farmer:
            return
        actor = self.ctx.actor
        self.run(lambda st: st.consignment.settlement.settle(actor, farmer), self._settled, self._failed)

    def _settled(self, s: StatementView) -> None:
        self.ctx.feedback.success(self.tr("Statement {code} made").format(code=s.code))
        self._load_farmer(s.farmer.id, keep=s.id)
        self.run(lambda st: st.consignment.settlement.unsettled(self.ctx.actor), self._show_waiting)

    def pay(self) -> None:
        """Pay the chosen statement once (F10); a large one with the second user's PIN. The
        statement is printed on the roll for the farmer to sign."""
        s = self.statement
        if s is None or s.payout is not None:
            return
        actor, sid = self.ctx.actor, s.id
        approver_name = self.approver.currentData() if self.approval_row.isVisible() else None
        pin = self.approver_pin.text()

        def pay(st):  # noqa: ANN001, ANN202
            approver = st.users.authenticate(approver_name, pin) if approver_name else None
            return st.consignment.settlement.pay(actor, sid, approver=approver)

        self.run(pay, self._paid, self._failed)

    def _paid(self, s: StatementView) -> None:
        self.approver_pin.clear()
        self.ctx.feedback.success(self.tr("Paid ¥{amount} to {farmer}").format(
            amount=format_fen(s.payable_fen), farmer=s.farmer.name))
        self._load_farmer(s.farmer.id, keep=s.id)
        printed = self._print(statement_receipt(s, *self._station()), STATEMENT_ROLL_MM)
        self.banner.show_state("ok", self.tr("{code}: paid — have the farmer sign").format(code=s.code),
                               "¥" + format_fen(s.payable_fen), printed)

    def _station(self) -> tuple[str, str]:
        info = self.ctx.station.info
        return info.name, info.code

    def _print(self, document, width: int | None = None) -> str:  # noqa: ANN001
        return self.tr("statement {printed}").format(printed=self.print_document(document, receipt_width_mm=width))

    def print_sheet(self) -> None:
        """Print the chosen statement on A4 (Ctrl+P): nothing is paid by printing."""
        if self.statement is not None:
            self.banner.show_state("idle", self.statement.code, "", self._print(
                statement_sheet(self.statement, *self._station())))

    def print_receipt(self) -> None:
        """Print the chosen statement on the 80 mm roll (Ctrl+R)."""
        if self.statement is not None:
            self.banner.show_state("idle", self.statement.code, "", self._print(
                statement_receipt(self.statement, *self._station()), STATEMENT_ROLL_MM))

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)
