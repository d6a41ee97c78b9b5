"""Check-in (入库) where the scanner does everything.

The tracking field is the scan target. A scan checks the parcel in at once: the pickup code
appears huge with its shelf place and the parcel goes on top of the last 20 check-ins. Without a
pre-advice the screen asks for the phone right there (focus jumps to it; Enter checks in), and
the phone may be typed before the scan too. Errors are loud and distinct: red, an error sound,
a headline that says what happened ("Already checked in" with where the first one is, "Invalid
number", "Shelf full").

**Waiting for the phone** (issue 15): a parcel without pre-advice is never dropped. It joins a
visible queue ("Waiting for the phone: 2") in scan order; the first one is the one the phone field
is for (named in the amber line above the banner). Scanning more parcels meanwhile checks the
pre-advised ones in at once and queues the others (with the error sound: they are not checked in
yet); the clerk may scan them all first and type the phones afterwards — each Enter checks the
current one in and the next in the queue takes its place. Clicking a queued number, scanning it
again or F4 makes it the current one; Esc takes the current one out of the queue ("put aside,
not checked in", said on the banner). The queue lives in the session's drafts, so an idle lock
and sign-in again bring it back.

Phone shorthand typed at the counter: 11 digits = the full number; 7 digits = the head and tail a
privacy waybill shows (``1381234`` → ``138****1234``); 4 digits = the tail only (``****1234``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import YytError
from ...core.parcels import CheckinResult
from ...core.users.permissions import Perm
from ...core.validate.phone import PHONE_MAX
from ...core.validate.text import NAME_MAX
from ...core.validate.tracking import TRACKING_MAX
from ..context import ScreenContext
from ..i18n import describe, error_text
from ..scanner import LineEditTarget, ScanTarget
from .base import ParcelScreen
from .documents import shelf_slip
from .widgets import Banner, ParcelTable
from .words import status_word

RECENT = 20
RECENT_COLUMNS = ("time", "code", "place", "tracking", "carrier", "phone", "name", "status")
_FULL_PHONE = re.compile(r"1[3-9]\d{9}")
DRAFT_KEY = "parcels.checkin.waiting"  # the queue in ctx.drafts: it outlives a lock


def phone_entry(text: str) -> str | None:
    """The phone as typed, with the counter's shorthands expanded (see the module doc)."""
    raw = (text or "").strip().replace(" ", "")
    if not raw:
        return None
    if raw.isascii() and raw.isdigit():
        if len(raw) == 7:
            return f"{raw[:3]}****{raw[3:]}"
        if len(raw) == 4:
            return f"****{raw}"
    return raw


class CheckinScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tracking = QLineEdit(objectName="scanField")
        self.tracking.setPlaceholderText(self.tr("Scan the parcel (or type the number, Enter)"))
        self.tracking.setMaxLength(TRACKING_MAX)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("13812341234 · 1381234 = 138****1234"))
        self.phone.setMaxLength(PHONE_MAX)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional"))
        self.name.setMaxLength(NAME_MAX)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("optional: for home delivery (the pre-advice may bring it)"))
        self.address.setMaxLength(120)
        self.slot = QComboBox()
        self.slot.addItem(self.tr("Least full"), "")
        self.button = QPushButton(self.tr("Check in (Enter)"), objectName="primary")
        self.print_button = QPushButton(self.tr("Print slip (Ctrl+P)"))
        self.print_button.setEnabled(False)
        self.pending_line = QLabel(objectName="pendingLine", wordWrap=True)
        self.pending_line.hide()
        self.queue_title = QLabel(objectName="queueTitle")
        self.queue = QListWidget(objectName="waitingQueue")
        self.queue.setFlow(QListWidget.Flow.LeftToRight)
        self.queue.setWrapping(False)
        self.queue.setFixedHeight(44)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the form
        self.queue.setAccessibleName(self.tr("Waiting for the phone"))
        self.queue.itemClicked.connect(lambda item: self.choose_waiting(item.data(Qt.ItemDataRole.UserRole)))
        self.banner = Banner()
        self.banner.show_state("idle", self.tr("Scan a parcel: its pickup code shows here"))
        self.recent = ParcelTable(RECENT_COLUMNS)
        self.recent_title = QLabel(self.tr("Last {n} check-ins").format(n=RECENT), objectName="sectionTitle")
        self.last_result: CheckinResult | None = None
        # scanned numbers waiting for their phone, in scan order; the first is the current one
        self.waiting: list[str] = ctx.drafts.setdefault(DRAFT_KEY, [])

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(QLabel(self.tr("Tracking number")), 0, 0)
        grid.addWidget(self.tracking, 0, 1, 1, 5)
        grid.addWidget(self.button, 0, 6)
        grid.addWidget(QLabel(self.tr("Phone (F2)")), 1, 0)
        grid.addWidget(self.phone, 1, 1)
        grid.addWidget(QLabel(self.tr("Name")), 1, 2)
        grid.addWidget(self.name, 1, 3)
        grid.addWidget(QLabel(self.tr("Place (F3)")), 1, 4)
        grid.addWidget(self.slot, 1, 5)
        grid.addWidget(self.print_button, 1, 6)
        grid.addWidget(QLabel(self.tr("Address")), 2, 0)
        grid.addWidget(self.address, 2, 1, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        queue_row = QHBoxLayout()
        queue_row.addWidget(self.queue_title)
        queue_row.addWidget(self.queue, 1)
        self.queue_box = QWidget()
        self.queue_box.setLayout(queue_row)
        queue_row.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self.pending_line)
        box.addWidget(self.queue_box)
        box.addWidget(self.banner)
        from .corrections import CorrectionButtons  # it uses phone_entry from here

        self.corrections = CorrectionButtons(self, self._chosen_tracking, self._corrected)
        self.corrections.set_visible(ctx.can(Perm.PARCEL_COUNTER))
        title_row = QHBoxLayout()
        title_row.addWidget(self.recent_title)
        title_row.addStretch(1)
        title_row.addLayout(self.corrections)
        box.addLayout(title_row)
        box.addWidget(self.recent, 1)

        self.tracking.returnPressed.connect(lambda: self.check_in(self.tracking.text()))
        self.phone.returnPressed.connect(self.submit_form)
        self.name.returnPressed.connect(self.submit_form)
        self.address.returnPressed.connect(self.submit_form)
        self.button.clicked.connect(self.submit_form)
        self.print_button.clicked.connect(self.print_slip)
        self.add_shortcut("F2", self.phone.setFocus)
        self.add_shortcut("F3", self.slot.setFocus)
        self.add_shortcut("F4", self.next_waiting)
        self.add_shortcut("Esc", self.cancel_pending)
        self.add_shortcut("Ctrl+P", self.print_slip)
        self.last_printed = None  # the PDF of the last slip saved (None: sent to a printer)
        self._show_queue()
        if self.pending:
            self._ask_phone(self.pending, announce=False)

    @property
    def pending(self) -> str | None:
        """The number the phone field is for now (the first in the queue), or None."""
        return self.waiting[0] if self.waiting else None

    # -- what the shell asks ---------------------------------------------------------------------
    def initial_focus(self) -> QWidget:
        return self.phone if self.pending else self.tracking

    def scan_target(self) -> ScanTarget:
        return LineEditTarget(self.tracking, submit=self.scanned)

    def refresh(self) -> None:
        """The last check-ins and the shelf places with their load."""
        actor = self.ctx.actor

        def read(st):  # noqa: ANN001, ANN202
            return st.parcels.queries.recent_checkins(actor, RECENT), st.parcels.shelves.layers(actor)

        self.run(read, self._show_lists)

    def _show_lists(self, lists) -> None:  # noqa: ANN001
        recent, layers = lists
        self.recent.set_rows(recent)
        wanted = self.slot.currentData()
        self.slot.blockSignals(True)
        self.slot.clear()
        self.slot.addItem(self.tr("Least full"), "")
        for layer in layers:
            if layer.configured:
                self.slot.addItem(f"{layer.shelf}-{layer.layer}  ({layer.occupied}/{layer.capacity})",
                                  f"{layer.shelf}-{layer.layer}")
        index = self.slot.findData(wanted)
        self.slot.setCurrentIndex(max(0, index))
        self.slot.blockSignals(False)

    # -- checking in -----------------------------------------------------------------------------
    def scanned(self, code: str) -> None:
        """A scan landed. While a number waits for its phone, a scanned phone number fills it, a
        rescan of a waiting number makes it the current one, and another parcel's scan is checked
        in on its own (queued if it needs a phone too): what is typed belongs to the waiting one."""
        code = code.strip()
        if self.pending and _FULL_PHONE.fullmatch(code):
            self.tracking.setText(self.pending)
            self.phone.setText(code)
            self.check_in(self.pending)
            return
        normal = code.replace(" ", "").upper()
        if normal in self.waiting:
            self.choose_waiting(normal)
            return
        if self.pending:
            self.tracking.setText(self.pending)
            self.check_in(code, use_form=False)
            return
        self.check_in(code)

    def submit_form(self) -> None:
        """Enter in the phone or name field, or the button: check in the waiting number (or the
        one typed in the tracking field)."""
        number = self.pending or self.tracking.text().strip()
        if not number:
            self.tracking.setFocus()
            self.ctx.feedback.info(self.tr("Scan the parcel first"))
            return
        self.check_in(number)

    def check_in(self, tracking: str, *, use_form: bool = True) -> None:
        """Check ``tracking`` in on the database worker, with the phone, name and place typed in the
        form (``use_form``) or with none of them (the pre-advice must then be enough)."""
        tracking = tracking.strip()
        if not tracking:
            return
        actor = self.ctx.actor
        phone, name, slot = (phone_entry(self.phone.text()), self.name.text().strip() or None,
                             self.slot.currentData() or None) if use_form else (None, None, None)
        address = (self.address.text().strip() or None) if use_form else None
        self.run(lambda st: st.parcels.inbound.checkin(actor, tracking, phone=phone, name=name, slot=slot,
                                                       address=address),
                 self._checked_in, lambda exc: self._refused(tracking, exc))

    def _checked_in(self, result: CheckinResult) -> None:
        p = result.parcel
        self.last_result = result
        self.print_button.setEnabled(True)
        detail = self.tr("Shelf {shelf}, layer {layer} · {tracking} · {phone} {name}").format(
            shelf=p.shelf, layer=p.layer, tracking=p.tracking, phone=p.phone, name=p.name)
        if p.preadvised:
            detail += " · " + self.tr("pre-advised")
        if result.warnings:
            detail += "\n⚠ " + " · ".join(error_text(YytError(w)) for w in result.warnings)
        self.banner.show_state("ok", self.tr("Pickup code"), p.pickup_code, detail)
        self.recent.prepend(p, keep=RECENT)
        was_current = self.pending is None or self.pending == p.tracking
        self._unqueue(p.tracking)
        if was_current:
            self.phone.clear()
            self.name.clear()
            self.address.clear()
            self.slot.setCurrentIndex(0)
            self.tracking.clear()
            self.tracking.setFocus()
        self.ctx.feedback.success(self.tr("{tracking} checked in: {code}").format(tracking=p.tracking,
                                                                                 code=p.pickup_code))
        if was_current and self.pending:  # the next one waiting takes its place (the banner keeps the code)
            self._ask_phone(self.pending, announce=False)

    def _refused(self, tracking: str, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, YytError) else ""
        if code == "parcel.phone_required":
            self._ask_phone(exc.fields.get("tracking", tracking))  # type: ignore[union-attr]
            return
        if code.startswith("phone.") and self.pending:
            self.banner.show_state("error", self.tr("Phone not valid"), self.tr("Type it again"), error_text(exc))
            self.phone.setFocus()
            self.phone.selectAll()
            self.ctx.show_error(exc)
            return
        if code == "parcel.already_checked_in":
            f = exc.fields  # type: ignore[union-attr]
            self._unqueue(str(f.get("tracking", tracking)))  # checked in meanwhile (another till, the CLI)
            self.banner.show_state("error", self.tr("Already checked in — it is here:"), str(f.get("pickup_code", "")),
                                   self.tr("Place {place} · {status} · {tracking}").format(
                                       place=f.get("place", ""), status=status_word(str(f.get("status", ""))),
                                       tracking=f.get("tracking", tracking)))
        else:
            self.banner.show_state("error", self.tr("Not checked in"), self._headline(code),
                                   describe(exc))
        self.tracking.selectAll()
        self.ctx.show_error(exc)

    def _headline(self, code: str) -> str:
        if code.startswith("tracking."):
            return self.tr("Invalid number")
        if code in ("parcel.shelves_full", "parcel.layer_full", "parcel.codes_exhausted"):
            return self.tr("Shelf full")
        if code.startswith("phone."):
            return self.tr("Phone not valid")
        if code.startswith(("perm.", "auth.")):
            return self.tr("Not allowed")
        return self.tr("Check the parcel")

    def _ask_phone(self, tracking: str, *, announce: bool = True) -> None:
        """``tracking`` needs its phone: queue it (never drop it). The current one gets the form;
        one queued behind it is announced loudly — it is not checked in yet."""
        if tracking not in self.waiting:
            self.waiting.append(tracking)
        self._show_queue()
        current = self.pending
        assert current is not None
        if tracking != current:
            self.banner.show_state("warn", self.tr("{tracking} is not checked in yet").format(tracking=tracking),
                                   self.tr("Waiting: {n}").format(n=len(self.waiting)),
                                   self.tr("It waits for its phone after {current}: type the phones one by one, "
                                           "or click a waiting number (F4: the next one).").format(current=current))
            self.ctx.feedback.error(self.tr("{tracking} waits for its phone too ({n} waiting)").format(
                tracking=tracking, n=len(self.waiting)))
            return
        self.tracking.setText(current)
        if announce:
            self.banner.show_state("warn", self.tr("No pre-advice for {tracking}").format(tracking=current),
                                   self.tr("Type the phone"),
                                   self.tr("Full 11 digits, or the masked one as 7 digits (1381234 = 138****1234). "
                                           "Name optional. Enter checks in."))
            self.ctx.feedback.info(self.tr("{tracking}: type the recipient's phone, then Enter").format(
                tracking=current))
        self.phone.setFocus()
        self.phone.selectAll()

    def choose_waiting(self, tracking: str) -> None:
        """Make a waiting number the current one (a click on it, a rescan, F4); the phone and name
        typed so far are cleared — they were for the other one."""
        if tracking not in self.waiting:
            return
        if tracking != self.pending:
            self.waiting.remove(tracking)
            self.waiting.insert(0, tracking)
            self.phone.clear()
            self.name.clear()
            self.address.clear()
        self._show_queue()
        self._ask_phone(tracking)

    def next_waiting(self) -> None:
        """F4: the next number in the queue becomes the current one (the current goes last)."""
        if len(self.waiting) > 1:
            self.waiting.append(self.waiting.pop(0))
            self.phone.clear()
            self.name.clear()
            self.address.clear()
            self._ask_phone(self.waiting[0])
        elif self.waiting:
            self._ask_phone(self.waiting[0])

    def cancel_pending(self) -> None:
        """Esc: the current waiting parcel leaves the queue unchecked (said on the banner); the
        form, the banner and the message line start afresh."""
        self.phone.clear()
        self.name.clear()
        self.address.clear()
        self.slot.setCurrentIndex(0)
        self.tracking.clear()
        self.ctx.feedback.clear()
        dropped = self.pending
        if dropped:
            self._unqueue(dropped)
            self.banner.show_state("idle", self.tr("Put aside, not checked in: {tracking}").format(tracking=dropped),
                                   "", self.tr("Scan it again when its phone is known."))
        else:
            self.banner.show_state("idle", self.tr("Scan a parcel: its pickup code shows here"))
        if self.pending:
            self._ask_phone(self.pending, announce=False)
        else:
            self.tracking.setFocus()

    def _unqueue(self, tracking: str) -> None:
        if tracking in self.waiting:
            self.waiting.remove(tracking)
        self._show_queue()

    def _show_queue(self) -> None:
        """The amber line naming the current one and the queue of every number still waiting."""
        self.queue.clear()
        for i, tracking in enumerate(self.waiting):
            item = QListWidgetItem(("▶ " if i == 0 else "") + tracking)
            item.setData(Qt.ItemDataRole.UserRole, tracking)
            item.setToolTip(self.tr("Click: type this parcel's phone now"))
            self.queue.addItem(item)
        if self.waiting:
            self.queue.setCurrentRow(0)
        self.queue_title.setText(self.tr("Waiting for the phone: {n}").format(n=len(self.waiting)))
        self.queue_box.setVisible(bool(self.waiting))
        current = self.pending
        if current:
            self.pending_line.setText(self.tr("The phone typed now is for {tracking} · Enter checks it in · "
                                              "Esc puts it aside").format(tracking=current))
        self.pending_line.setVisible(bool(current))

    def _chosen_tracking(self) -> str | None:
        """The parcel to correct or move: the row chosen in the list, else the one just checked in."""
        return self.recent.selected_tracking() or (self.last_result.parcel.tracking if self.last_result else None)

    def _corrected(self, result) -> None:  # noqa: ANN001 - FixResult | MoveResult
        p = result.parcel
        if hasattr(result, "old_code"):
            self.banner.show_state("ok", self.tr("Moved: new pickup code"), p.pickup_code,
                                   self.tr("Shelf {shelf}, layer {layer} · {tracking} · was {old}").format(
                                       shelf=p.shelf, layer=p.layer, tracking=p.tracking, old=result.old_code))
        else:
            self.banner.show_state("ok", self.tr("Check-in corrected"), p.pickup_code,
                                   f"{p.tracking} · {p.phone} {p.name}")
        if self.last_result is not None and self.last_result.parcel.tracking == p.tracking:
            self.last_result = CheckinResult(p, self.last_result.notice_id, self.last_result.warnings)
        self.ctx.feedback.success(self.tr("{tracking} saved").format(tracking=p.tracking))
        self.refresh()

    def print_slip(self) -> None:
        """Print (or save as PDF) a slip for the parcel just checked in (Ctrl+P)."""
        if self.last_result is None:
            self.ctx.feedback.info(self.tr("Check a parcel in first"))
            return
        info = self.ctx.station.info
        try:
            self.last_printed = self.ctx.printing.print_document(shelf_slip(self.last_result.parcel, info.name, info.code))
        except YytError as exc:
            self.ctx.show_error(exc)
            return
        self.ctx.feedback.success(self.tr("Slip saved: {path}").format(path=self.last_printed.name) if self.last_printed
                                  else self.tr("Slip sent to the printer"))
