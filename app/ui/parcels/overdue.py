"""Overdue parcels (滞留): on the shelf for the overdue days (Settings) or more, oldest first.
Re-notify the ticked ones or all of them (a reminder notice each, queued for the platform), or
return the ticked ones to their senders with a reason (退回) after a confirmation.

Rows start unticked; a tick stays on its parcel across refreshes (any save, a background sync)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...core.errors import YytError
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..flow import flow_row, together
from ..i18n import describe, error_text
from ..modules import QT_TRANSLATE_NOOP
from .base import ParcelScreen
from .widgets import Banner, ParcelTable

COLUMNS = ("code", "place", "tracking", "phone", "name", "days", "notices", "time")


REASONS = (
    QT_TRANSLATE_NOOP("OverdueScreen", "Not collected in time"),
    QT_TRANSLATE_NOOP("OverdueScreen", "Refused by the recipient"),
    QT_TRANSLATE_NOOP("OverdueScreen", "Recipient unknown"),
)


class OverdueScreen(ParcelScreen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_act = ctx.can(Perm.PARCEL_COUNTER)
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.banner = Banner()
        self.table = ParcelTable(COLUMNS, checkable=self.can_act, ticked=False)
        self.notify_button = QPushButton(self.tr("Re-notify ticked (Ctrl+R)"))
        self.notify_all_button = QPushButton(self.tr("Re-notify all overdue (Ctrl+Shift+R)"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        for text in REASONS:
            self.reason.addItem(self.tr(text))
        self.return_button = QPushButton(self.tr("Return ticked to sender (F8)"))
        self.returned: list[str] = []
        self.notified: list[str] = []
        actions = flow_row(self.notify_button, self.notify_all_button,
                           together(QLabel(self.tr("Reason")), self.reason, self.return_button))
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.banner)
        box.addWidget(self.table, 1)
        box.addWidget(actions)
        self.banner.hide()
        for w in (self.notify_button, self.notify_all_button, self.reason, self.return_button):
            w.setVisible(self.can_act)
        self.notify_button.clicked.connect(self.renotify)
        self.notify_all_button.clicked.connect(self.renotify_all)
        self.return_button.clicked.connect(self.return_ticked)
        if self.can_act:
            self.add_shortcut("Ctrl+R", self.renotify)
            self.add_shortcut("Ctrl+Shift+R", self.renotify_all)
            self.add_shortcut("F8", self.return_ticked)

    def initial_focus(self) -> QWidget:
        return self.table

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.run(lambda st: (st.parcels.queries.overdue(actor), st.settings.get("parcels.overdue_days")), self._show)

    def _show(self, found) -> None:  # noqa: ANN001
        views, days = found
        self.table.set_rows(views, keep_ticks=True)
        self.title.setText(self.tr("{n} parcel(s) on the shelf for {days} days or more").format(n=len(views), days=days))

    def _say(self, kind: str, caption: str, detail: str = "") -> None:
        self.banner.show()
        self.banner.show_state(kind, caption, "", detail)

    def _ticked(self) -> list[str]:
        chosen = self.table.checked()
        if not chosen:
            self.ctx.feedback.error(self.tr("Tick at least one parcel"))
        return chosen

    def renotify(self) -> None:
        chosen = self._ticked()
        if chosen:
            actor = self.ctx.actor
            self.run(lambda st: st.parcels.pickup.renotify(actor, chosen), self._notified, self._failed)

    def renotify_all(self) -> None:
        actor = self.ctx.actor
        self.run(lambda st: st.parcels.pickup.renotify(actor, overdue=True), self._notified, self._failed)

    def _notified(self, trackings: list[str]) -> None:
        self.notified = trackings
        if not trackings:
            text = self.tr("Nothing is overdue: no reminder sent")
            self._say("idle", text)
            self.ctx.feedback.info(text)
            return
        text = self.tr("Reminder queued for {n} parcel(s)").format(n=len(trackings))
        self._say("ok", text)
        self.ctx.feedback.success(text)
        self.refresh()

    def return_ticked(self) -> None:
        """Return every ticked parcel to its sender with the reason (each its own operation)."""
        chosen = self._ticked()
        if not chosen or not self._confirm_return(len(chosen)):
            return
        actor, reason = self.ctx.actor, self.reason.currentText()

        def work(st):  # noqa: ANN001, ANN202
            done, failed = [], []
            for t in chosen:
                try:
                    done.append(st.parcels.pickup.return_to_sender(actor, t, reason).tracking)
                except YytError as exc:
                    failed.append(exc)
            return done, failed

        self.run(work, self._returned)

    def _confirm_return(self, n: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Return to sender"),
            self.tr("Return {n} parcel(s) to the sender (reason: {reason})? This cannot be undone.").format(
                n=n, reason=self.reason.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _returned(self, outcome) -> None:  # noqa: ANN001
        done, failed = outcome
        self.returned = done
        text = self.tr("Returned to sender: {n}").format(n=len(done))
        if failed:
            self._say("error", text, "\n".join(error_text(e) for e in failed[:3]))
            self.ctx.feedback.error(error_text(failed[0]))
        else:
            self._say("ok", text, ", ".join(done[:6]))
            self.ctx.feedback.success(text)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._say("error", self.tr("Not done"), describe(exc))
        self.ctx.show_error(exc)
