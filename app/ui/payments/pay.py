"""Take a payment at the counter, built for speed: the bill type by one key (F1…F7), the account
by scanner or keyboard with live validation by the core's rules, the amount with the biller's rule
shown (face values and grades as one-click buttons), F9 takes the cash and prints the 待确认
receipt. The same payment again within 10 minutes asks once more (F9 again takes it as a second
payment). Without an open shift the screen says so at the top and leads to the Shift tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.money import format_fen, parse_yuan
from ...core.payments import BillType, PaymentView
from ..context import ScreenContext
from ..i18n import describe, error_text
from ..parcels.base import ParcelScreen
from ..parcels.widgets import Banner
from ..scanner import LineEditTarget, ScanTarget
from ..table import ReadOnlyTable
from .documents import payment_receipt
from .words import short_type_word, status_word, type_word

RECENT = 12
MAX_QUICK = 8  # face values / grades offered as buttons


class PayScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, open_shift: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_shift = open_shift
        self.types: tuple[BillType, ...] = ctx.station.payments.types(ctx.actor)
        self.type_buttons = QButtonGroup(self)
        self.type_buttons.setExclusive(True)
        type_row = QHBoxLayout()
        for n, bt in enumerate(self.types[:9], start=1):
            button = QPushButton(f"F{n}  {short_type_word(bt.type)}")
            button.setToolTip(type_word(bt.type))
            button.setCheckable(True)
            button.setMinimumHeight(44)
            self.type_buttons.addButton(button, n - 1)
            type_row.addWidget(button)
            self.add_shortcut(f"F{n}", lambda i=n - 1: self.choose(i))
        self.type_buttons.idClicked.connect(self.choose)
        self.shift_line = QLabel(objectName="pendingLine", wordWrap=True)
        self.shift_button = QPushButton(self.tr("Open the shift (Alt+3)"))
        self.shift_button.clicked.connect(self._go_to_shift)
        self.biller = QComboBox()
        self.account = QLineEdit(objectName="scanField")
        self.account_state = QLabel(objectName="muted", wordWrap=True)
        self.amount = QLineEdit(objectName="scanField")
        self.amount.setPlaceholderText("0.00")
        self.amount_state = QLabel(objectName="muted", wordWrap=True)
        self.quick = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(self.tr("optional"))
        self.take_button = QPushButton(self.tr("Take cash and print receipt (F9)"), objectName="primary")
        self.banner = Banner(side_by_side=True)
        self.banner.show_state("idle", self.tr("Choose the bill (F1…F7), scan or type the account, the amount, F9"))
        self.recent = ReadOnlyTable([self.tr("Reference"), self.tr("Bill"), self.tr("Account"), self.tr("Amount"),
                                     self.tr("Status")], stretch_all=True)
        self.bill_type: BillType | None = None
        self.last_payment: PaymentView | None = None
        self.last_receipt = None
        self._confirm: tuple | None = None  # the payment the clerk was asked to confirm as a second one
        self._build_layout(type_row)
        self.account.textChanged.connect(self.validate)
        self.amount.textChanged.connect(self.validate)
        self.biller.currentIndexChanged.connect(lambda _i: self.validate())
        self.account.returnPressed.connect(self.amount.setFocus)
        self.amount.returnPressed.connect(self.take)
        self.take_button.clicked.connect(self.take)
        self.add_shortcut("F9", self.take)
        if self.types:
            self.choose(0)

    def _build_layout(self, type_row: QHBoxLayout) -> None:
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_line, 1)
        shift_row.addWidget(self.shift_button)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Biller"), self.biller)
        form.addRow(self.tr("Account"), self.account)
        form.addRow("", self.account_state)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addLayout(self.quick, 2)
        form.addRow(self.tr("Amount (¥)"), amount_row)
        form.addRow("", self.amount_state)
        payer_row = QHBoxLayout()
        payer_row.addWidget(self.payer, 1)
        payer_row.addWidget(self.take_button)
        form.addRow(self.tr("Payer"), payer_row)
        box = QVBoxLayout(self)
        box.addLayout(type_row)
        box.addLayout(shift_row)
        box.addLayout(form)
        box.addWidget(self.banner)
        box.addWidget(QLabel(self.tr("Latest payments"), objectName="sectionTitle"))
        box.addWidget(self.recent, 1)

    # -- what the shell asks ---------------------------------------------------------------------
    def initial_focus(self) -> QWidget:
        return self.account

    def scan_target(self) -> ScanTarget:
        return LineEditTarget(self.account, submit=lambda _code: self.amount.setFocus())

    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            return st.cash.current(actor), st.payments.list(actor, limit=RECENT)

        self.run(read, self._show)

    def _show(self, found) -> None:  # noqa: ANN001
        shift, recent = found
        if shift is None:
            self.shift_line.setText(self.tr("No open shift: open it on the Shift tab (Alt+3) before taking cash"))
        else:
            self.shift_line.setText("")
        self.shift_line.setVisible(shift is None)
        self.shift_button.setVisible(shift is None and self.open_shift is not None)
        self.recent.set_rows([(p.reference, type_word(p.type), p.account_shown, format_fen(p.amount_fen),
                               status_word(p.status)) for p in recent])

    def _go_to_shift(self) -> None:
        if self.open_shift is not None:
            self.open_shift()

    # -- the form --------------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """Choose the bill type (F1…F7): its billers, the account's label, the amount rule."""
        if not 0 <= index < len(self.types):
            return
        self.bill_type = bt = self.types[index]
        self.type_buttons.button(index).setChecked(True)
        self.biller.blockSignals(True)
        self.biller.clear()
        if len(bt.billers) > 1:
            self.biller.addItem(self.tr("By the account"), "")
        for b in bt.billers:
            self.biller.addItem(b.name, b.code)
        self.biller.blockSignals(False)
        self.account.setPlaceholderText(bt.account_label or self.tr("Account"))
        self.account.clear()
        self.amount.clear()
        self._confirm = None
        self.validate()
        self.account.setFocus()

    def _set_quick(self, values: list[int]) -> None:
        shown = [format_fen(v) for v in values[:MAX_QUICK]]
        if [b.text() for b in self.quick_buttons] == shown:
            return
        for b in self.quick_buttons:
            self.quick.removeWidget(b)
            b.deleteLater()
        self.quick_buttons = []
        for text in shown:
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, t=text: self._pick_amount(t))
            self.quick.addWidget(b)
            self.quick_buttons.append(b)

    def _pick_amount(self, text: str) -> None:
        self.amount.setText(text)
        self.payer.setFocus()

    def validate(self) -> bool:
        """Check what is typed so far with the core's rules (nothing is written); returns whether
        a payment could be taken as it stands."""
        bt = self.bill_type
        if bt is None:
            return False
        actor, text = self.ctx.actor, self.account.text()
        biller = self.biller.currentData() or None
        rule: dict = {}
        ok = False
        try:
            _bt, account, rule = self.ctx.station.payments.check(actor, bt.type, text, biller=biller)
            self.account_state.setText("✓ " + account.biller_name + ("" if account.shown == text.strip()
                                                                     else f" · {account.shown}"))
            ok = True
        except YytError as exc:
            self.account_state.setText(error_text(exc) if text.strip() else "")
            if exc.code.startswith(("payment.scheme", "payment.outside", "payment.type")):
                self.amount_state.setText(error_text(exc))
                self._set_quick([])
                return False
            try:  # the rule of the biller chosen (or the first), so the hint shows before the account
                rule = self._rule_without_account(biller or bt.billers[0].code)
            except YytError:
                rule = {}
        self._show_rule(rule)
        amount_text = self.amount.text().strip()
        if not amount_text:
            return False
        try:
            amount = parse_yuan(amount_text, allow_zero=False)
            if ok:
                self.ctx.station.payments.check(actor, bt.type, text, amount, biller=biller)
        except YytError as exc:
            self.amount_state.setText(error_text(exc))
            return False
        return ok

    def _rule_without_account(self, biller: str) -> dict:
        from ...core.clock import local_date
        from ...core.payments.rules import amount_rule, scheme_year

        bt = self.bill_type
        assert bt is not None
        year = scheme_year(bt, local_date(self.ctx.station.store.clock.now()),
                           self.ctx.station.settings.get("payments.schemes"))
        b = bt.biller(biller) or bt.billers[0]
        return {**amount_rule(b, year), "year": year.year if year else None}

    def _show_rule(self, rule: dict) -> None:
        if "faces_fen" in rule:
            self.amount_state.setText(self.tr("Top-up amounts: choose one"))
            self._set_quick(rule["faces_fen"])
        elif "grades_fen" in rule:
            self.amount_state.setText(self.tr("{year} contribution grades: choose one").format(year=rule["year"]))
            self._set_quick(rule["grades_fen"])
        elif "amount_fen" in rule:
            self.amount_state.setText(self.tr("{year} contribution: ¥{amount} per person").format(
                year=rule["year"], amount=format_fen(rule["amount_fen"])))
            self._set_quick([rule["amount_fen"]])
        elif "min_fen" in rule:
            step = rule["multiple_fen"]
            self.amount_state.setText(self.tr("From ¥{lo} to ¥{hi}").format(lo=format_fen(rule["min_fen"]),
                                                                         hi=format_fen(rule["max_fen"]))
                                      + (self.tr(", whole multiples of ¥{step}").format(step=format_fen(step))
                                         if step > 1 else ""))
            self._set_quick([])
        else:
            self.amount_state.setText("")
            self._set_quick([])

    # -- taking the cash -------------------------------------------------------------------------
    def take(self) -> None:
        """Take the payment (every rule checked again by the service) and print the receipt (F9)."""
        bt = self.bill_type
        if bt is None:
            return
        try:
            amount = parse_yuan(self.amount.text(), allow_zero=False)
        except YytError as exc:
            self._failed(exc)
            self.amount.setFocus()
            return
        actor = self.ctx.actor
        key = (bt.type, self.account.text().strip(), amount, self.biller.currentData())
        confirm = self._confirm == key
        form = dict(type_code=bt.type, account=self.account.text(), amount_fen=amount, payer=self.payer.text(),
                    biller=self.biller.currentData() or None, confirm_duplicate=confirm)
        self.run(lambda st: st.payments.take(actor, **form), self._taken, lambda exc: self._failed(exc, key))

    def _taken(self, p: PaymentView) -> None:
        self.last_payment = p
        self._confirm = None
        info = self.ctx.station.info
        clerk = self.ctx.actor.display_name or self.ctx.actor.username
        try:
            self.last_receipt = self.ctx.printing.print_document(payment_receipt(p, info.name, info.code, clerk))
            printed = (self.tr("receipt saved: {path}").format(path=self.last_receipt.name) if self.last_receipt
                       else self.tr("receipt sent to the printer"))
        except YytError as exc:
            printed = error_text(exc)
        self.banner.show_state("ok", self.tr("¥ {amount} taken · pending the platform's confirmation").format(
            amount=format_fen(p.amount_fen)), p.reference, f"{type_word(p.type)} {p.account_shown} · {printed}")
        self.ctx.feedback.success(self.tr("Payment {reference} taken").format(reference=p.reference))
        for w in (self.account, self.amount, self.payer):
            w.clear()
        self.account.setFocus()
        self.refresh()

    def _failed(self, exc: BaseException, key: tuple | None = None) -> None:
        if isinstance(exc, YytError) and exc.code == "payment.duplicate" and key is not None:
            self._confirm = key
            self.banner.show_state("warn", self.tr("Same payment already taken"), exc.fields.get("reference", ""),
                                   error_text(exc) + " · " + self.tr("F9 again takes it as a second payment"))
            self.ctx.feedback.error(error_text(exc))
            return
        self.banner.show_state("error", self.tr("Not taken"), "", describe(exc))
        if isinstance(exc, YytError) and exc.code == "cash.no_open_shift":
            self.shift_line.setText(describe(exc))
            self.shift_line.show()
            self.shift_button.setVisible(self.open_shift is not None)
        self.ctx.show_error(exc)
