"""The Shift tab (交班): open the shift with the float, cash in/out, the blind close by
denomination (100/50/20/10/5/1 yuan, 5/1 jiao) — the count is given before any expected figure is
shown; beyond the tolerance the clerk recounts once or gives a reason, beyond the second tolerance a
supervisor approves with their PIN — then the Z report (preview, receipt roll, A4). Supervisors
and admins also see the day's close (日结). Every rule is the core's (:mod:`app.core.cash`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.cash import DENOMINATIONS, DayClose, ShiftView, ZReport
from ...core.cash.model import CloseReason
from ...core.clock import local_date
from ...core.errors import YytError
from ...core.money import format_fen, parse_yuan
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..i18n import describe, error_text
from ..parcels.base import ParcelScreen
from ..parcels.widgets import Banner
from .zview import ZView, day_rows


def denomination_text(fen: int) -> str:
    return f"¥{fen // 100}" if fen >= 100 else f"{fen // 10}角"


class ShiftScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_count = ctx.can(Perm.CASH_CLOSE)
        self.oversees = ctx.can(Perm.CASH_OVERSEE)
        self.shift: ShiftView | None = None
        self.state = QLabel(objectName="sectionTitle", wordWrap=True)
        self.banner = Banner(side_by_side=True)
        # opening
        self.float_edit = QLineEdit("200")
        self.open_button = QPushButton(self.tr("Open my shift"), objectName="primary")
        # cash in / out
        self.cash_amount = QLineEdit()
        self.cash_amount.setPlaceholderText("0.00")
        self.cash_reason = QLineEdit()
        self.cash_reason.setPlaceholderText(self.tr("why: float top-up, banking, petty cash"))
        self.cash_in_button = QPushButton(self.tr("Cash in"))
        self.cash_out_button = QPushButton(self.tr("Cash out"))
        # the blind count
        self.pieces: dict[int, QSpinBox] = {}
        self.total = QLabel(objectName="bannerCaption")
        self.reason = QComboBox()
        self.reason_text = QLineEdit()
        self.reason_text.setPlaceholderText(self.tr("what happened (for Other)"))
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("supervisor's user name"))
        self.approver_pin = QLineEdit()
        self.approver_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_pin.setMaxLength(6)
        self.approver_pin.setPlaceholderText(self.tr("supervisor's PIN"))
        self.close_button = QPushButton(self.tr("Close the shift (F10)"), objectName="primary")
        self.zview = ZView(ctx)
        self.day_date = QLineEdit()
        self.day_button = QPushButton(self.tr("Day close"))
        self.last_z: ZReport | None = None
        self.last_day: DayClose | None = None
        self._build()
        self.open_button.clicked.connect(self.open_shift)
        self.float_edit.returnPressed.connect(self.open_shift)
        self.cash_in_button.clicked.connect(lambda: self.move_cash("in"))
        self.cash_out_button.clicked.connect(lambda: self.move_cash("out"))
        self.close_button.clicked.connect(self.close_shift)
        self.day_button.clicked.connect(self.day_close)
        if self.can_count:
            self.add_shortcut("F10", self.close_shift)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.open_box = QGroupBox(self.tr("Open the shift"))
        g = QHBoxLayout(self.open_box)
        g.addWidget(QLabel(self.tr("Float counted into the drawer (¥)")))
        g.addWidget(self.float_edit)
        g.addWidget(self.open_button)
        self.cash_box = QGroupBox(self.tr("Cash in / out"))
        c = QHBoxLayout(self.cash_box)
        c.addWidget(self.cash_amount)
        c.addWidget(self.cash_reason, 2)
        c.addWidget(self.cash_in_button)
        c.addWidget(self.cash_out_button)
        self.count_box = QGroupBox(self.tr("Blind count: notes and coins in the drawer"))
        grid = QGridLayout(self.count_box)
        for i, fen in enumerate(DENOMINATIONS):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(self._count_changed)
            self.pieces[fen] = spin
            row, col = divmod(i, 4)
            grid.addWidget(QLabel(denomination_text(fen)), row, col * 2)
            grid.addWidget(spin, row, col * 2 + 1)
        grid.addWidget(self.total, 2, 0, 1, 8)
        self.reason.addItem(self.tr("— reason for a difference —"), "")
        from .words import reason_word

        for r in CloseReason:
            self.reason.addItem(reason_word(r.value), r.value)
        self.reason_row = QFrame()
        rr = QHBoxLayout(self.reason_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.reason)
        rr.addWidget(self.reason_text, 1)
        grid.addWidget(self.reason_row, 3, 0, 1, 8)
        self.approval_row = QFrame()
        ar = QHBoxLayout(self.approval_row)
        ar.setContentsMargins(0, 0, 0, 0)
        ar.addWidget(QLabel(self.tr("Approved by")))
        ar.addWidget(self.approver, 1)
        ar.addWidget(self.approver_pin)
        grid.addWidget(self.approval_row, 4, 0, 1, 8)
        grid.addWidget(self.close_button, 5, 0, 1, 8)
        self.reason_row.hide()
        self.approval_row.hide()
        self.day_box = QGroupBox(self.tr("The day's close (日结)"))
        d = QHBoxLayout(self.day_box)
        d.addWidget(QLabel(self.tr("Date")))
        d.addWidget(self.day_date)
        d.addWidget(self.day_button)
        d.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.state)
        left.addWidget(self.open_box)
        left.addWidget(self.count_box)
        left.addWidget(self.cash_box)
        left.addWidget(self.banner)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.zview, 1)
        right.addWidget(self.day_box)
        box = QHBoxLayout(self)
        box.addLayout(left, 5)
        box.addLayout(right, 4)
        self.day_box.setVisible(self.oversees)
        for w in (self.open_box, self.count_box, self.cash_box):
            w.setVisible(self.can_count)

    # -- what the shell asks ---------------------------------------------------------------------
    def initial_focus(self) -> QWidget:
        if self.shift is None and self.can_count:
            return self.float_edit
        return self.pieces[DENOMINATIONS[0]] if self.can_count else self.zview

    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            current = st.cash.current(actor) if self.can_count else None
            last = None
            if current is None:
                try:
                    view = st.cash.get(actor)
                    last = st.cash.z_report(actor, view.id) if view.status == "closed" else None
                except YytError:
                    last = None
            return current, last

        self.run(read, self._show, lambda _exc: self._show((None, None)))
        if not self.day_date.text():
            self.day_date.setText(local_date(self.ctx.station.store.clock.now()).isoformat())

    def _show(self, found) -> None:  # noqa: ANN001
        current, last = found
        self.shift = current
        if not self.can_count:
            self.state.setText(self.tr("Supervisors read the shifts: the day's close is below"))
        elif current is None:
            self.state.setText(self.tr("No open shift: count the float into the drawer and open it"))
        else:
            self.state.setText(self.tr("Shift #{n} open since {time} · count the drawer to close it").format(
                n=current.number, time=self._local(current.opened_at)))
        self.open_box.setVisible(self.can_count and current is None)
        self.count_box.setVisible(self.can_count and current is not None)
        self.cash_box.setVisible(self.can_count and current is not None)
        if last is not None and self.last_z is None:
            self.zview.show_z(last)

    @staticmethod
    def _local(iso: str) -> str:
        from ...core.documents import local_time_text

        return local_time_text(iso)[11:]

    # -- opening, cash in / out ------------------------------------------------------------------
    def open_shift(self) -> None:
        try:
            fen = parse_yuan(self.float_edit.text())
        except YytError as exc:
            self._failed(exc)
            return
        actor = self.ctx.actor
        self.run(lambda st: st.cash.open(actor, fen), self._opened, self._failed)

    def _opened(self, s: ShiftView) -> None:
        self.banner.show_state("ok", self.tr("Shift #{n} open with a float of ¥{amount}").format(
            n=s.number, amount=format_fen(s.float_fen)))
        self.ctx.feedback.success(self.tr("Shift #{n} open").format(n=s.number))
        self.last_z = None
        for spin in self.pieces.values():
            spin.setValue(0)
        self.refresh()

    def move_cash(self, kind: str) -> None:
        try:
            fen = parse_yuan(self.cash_amount.text(), allow_zero=False)
        except YytError as exc:
            self._failed(exc)
            return
        actor, reason = self.ctx.actor, self.cash_reason.text()

        def done(m) -> None:  # noqa: ANN001
            self.banner.show_state("ok", (self.tr("Cash in: ¥{amount}") if kind == "in"
                                          else self.tr("Cash out: ¥{amount}")).format(amount=format_fen(fen)))
            self.cash_amount.clear()
            self.cash_reason.clear()

        self.run(lambda st: (st.cash.cash_in if kind == "in" else st.cash.cash_out)(actor, fen, reason), done,
                 self._failed)

    # -- the blind close ---------------------------------------------------------------------------
    def counted_pieces(self) -> dict[int, int]:
        return {fen: spin.value() for fen, spin in self.pieces.items() if spin.value()}

    def _count_changed(self, _value: int = 0) -> None:
        total = sum(fen * n for fen, n in self.counted_pieces().items())
        self.total.setText(self.tr("Counted: ¥{total}").format(total=format_fen(total)))

    def close_shift(self) -> None:
        """Close with the count by denomination (F10); the core decides what it needs next."""
        if self.shift is None:
            return
        actor, pieces = self.ctx.actor, self.counted_pieces()
        code = self.reason.currentData() or None
        reason = (self.reason_text.text().strip() or None) if code == "other" else code
        approver_name, pin = self.approver.text().strip(), self.approver_pin.text()
        wants_approval = self.approval_row.isVisible() and bool(pin)

        def close(st):  # noqa: ANN001, ANN202
            approver = st.users.authenticate(approver_name, pin) if wants_approval else None
            return st.cash.close(actor, denominations=pieces, reason=reason, approver=approver)

        self.approver_pin.clear()
        self.run(close, self._closed, self._close_failed)

    def _closed(self, z: ZReport) -> None:
        self.last_z = z
        self.reason_row.hide()
        self.approval_row.hide()
        self.reason.setCurrentIndex(0)
        self.reason_text.clear()
        self.banner.show_state("ok" if z.diff_fen == 0 else "warn", self.tr("Shift #{n} closed").format(n=z.number),
                               format_fen(z.diff_fen), self.tr("Expected ¥{e} · counted ¥{c}").format(
                                   e=format_fen(z.expected_fen), c=format_fen(z.counted_fen)))
        self.ctx.feedback.success(self.tr("Shift #{n} closed").format(n=z.number))
        self.zview.show_z(z)
        self.refresh()

    def _close_failed(self, exc: BaseException) -> None:
        if isinstance(exc, YytError) and exc.code == "shift.reason_required":
            self.reason_row.show()
            self.banner.show_state("warn", self.tr("Count again, or give the reason"), format_fen(exc.fields["diff_fen"]),
                                   error_text(exc))
            self.ctx.feedback.error(error_text(exc))
            return
        if isinstance(exc, YytError) and exc.code == "shift.approval_required":
            self.reason_row.show()
            self.approval_row.show()
            self.banner.show_state("warn", self.tr("A supervisor must approve"), format_fen(exc.fields["diff_fen"]),
                                   error_text(exc))
            self.ctx.feedback.error(error_text(exc))
            return
        self._failed(exc)

    # -- the day's close -------------------------------------------------------------------------
    def day_close(self) -> None:
        from ...core.validate.dates import check_date

        try:
            day = check_date(self.day_date.text()).isoformat()
        except YytError as exc:
            self._failed(exc)
            return
        actor = self.ctx.actor
        self.run(lambda st: st.cash.day(actor, day), self._day_shown, self._failed)

    def _day_shown(self, d: DayClose) -> None:
        self.last_day = d
        self.zview.show_rows(self.tr("Day close {date}").format(date=d.date), day_rows(d), day=d)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_state("error", self.tr("Not done"), "", describe(exc))
        self.ctx.show_error(exc)
