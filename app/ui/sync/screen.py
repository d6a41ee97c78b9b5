"""The Sync page: what waits for the platform, the last run, dead letters, and "Sync now".

Figures come from the sync engine's status (local reads, on the database worker); without a
sync driver (``ctx.sync`` is None) the page shows the outbox backlog only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.clock import SHANGHAI, parse_utc
from ...core.outbox_stats import read_outbox_stats
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..i18n import error_text
from ..icons import icon
from ..shell.status_bar import format_age

SYNC_NOW_SHORTCUT = "F5"


def _local(when: str | None) -> str:
    return parse_utc(when).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if when else ""


class SyncPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: Any = None
        card = QFrame(objectName="card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 16, 20, 16)
        self.pending = QLabel("…", objectName="bigNumber")
        self.oldest = QLabel("…")
        self.acked = QLabel("…")
        self.last = QLabel("…")
        self.platform = QLabel("…", wordWrap=True)
        self.last_run = QLabel("", wordWrap=True)
        self.dead = QLabel("")
        form.addRow(self.tr("Changes waiting for the platform"), self.pending)
        form.addRow(self.tr("Oldest waiting change"), self.oldest)
        form.addRow(self.tr("Acknowledged by the platform up to"), self.acked)
        form.addRow(self.tr("Last successful sync"), self.last)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Last run"), self.last_run)
        form.addRow(self.tr("Records the platform refused"), self.dead)
        self.sync_button = QPushButton(icon("sync", "#ffffff"), self.tr("Sync now ({key})").format(key=SYNC_NOW_SHORTCUT),
                                       objectName="primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setVisible(ctx.sync is not None and ctx.can(Perm.SYNC_RUN))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sync_button)
        box = QVBoxLayout(self)
        box.addWidget(card)
        box.addLayout(row)
        box.addStretch(1)
        QShortcut(QKeySequence(SYNC_NOW_SHORTCUT), self, activated=self.sync_now)  # only while this page shows
        self._soon = QTimer(self, singleShot=True, interval=500)
        self._soon.timeout.connect(self.refresh)
        ctx.bus.committed.connect(lambda _e: self._soon.start() if self.isVisible() else None)
        ctx.bus.sync_finished.connect(lambda _r: self.refresh())
        if ctx.sync is not None:
            ctx.sync.running_changed.connect(self._running_changed)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        driver = self.ctx.sync
        if driver is None:
            self.ctx.tasks.run_db(lambda st: read_outbox_stats(st.store), self.show_status, self.ctx.show_error)
        else:
            self.ctx.tasks.run_db(lambda st: driver.status(), self.show_status, self.ctx.show_error)

    def show_status(self, s: Any) -> None:
        """Show a SyncStatus (or, without the engine, the OutboxStats it extends)."""
        self.status = s
        self.pending.setText(str(s.pending))
        if s.oldest_pending_at:
            self.oldest.setText(f"{_local(s.oldest_pending_at)} ({format_age(s.oldest_pending_age_s or 0)})")
        else:
            self.oldest.setText(self.tr("nothing is waiting"))
        self.acked.setText(self.tr("change no. {seq}").format(seq=s.acked_through))
        self.last.setText(_local(s.last_success_at) or self.tr("never"))
        enrolled = getattr(s, "enrolled", None)
        if enrolled is None:
            self.platform.setText(self.tr("The sync module is not running in this window"))
        elif not enrolled:
            self.platform.setText(self.tr("Not enrolled yet: an administrator enrols the station with the code "
                                          "from the town office (python -m app enroll)"))
        else:
            text = s.hub_url
            if s.clock_warning:
                text += "  " + self.tr("(this computer's clock is off by {n} s)").format(n=s.clock_skew_s)
            self.platform.setText(text)
        self.dead.setText(str(getattr(s, "dead_letters", "")))
        self._show_last_run()
        self._running_changed(bool(self.ctx.sync and self.ctx.sync.running))

    def _show_last_run(self) -> None:
        report = self.ctx.sync.last_report if self.ctx.sync is not None else None
        if report is None:
            self.last_run.setText("")
        elif report.result == "ok":
            self.last_run.setText(self.tr("OK: {pushed} sent, {pulled} received").format(
                pushed=report.pushed, pulled=report.pulled))
        elif report.error is not None:
            self.last_run.setText(error_text(report.error))
        else:
            self.last_run.setText(report.result)

    def _running_changed(self, running: bool) -> None:
        enrolled = bool(getattr(self.status, "enrolled", False))
        self.sync_button.setEnabled(enrolled and not running)
        if running:
            self.last_run.setText(self.tr("Syncing…"))

    # -- acting ----------------------------------------------------------------------------------
    def sync_now(self) -> None:
        driver = self.ctx.sync
        if driver is None or not self.ctx.can(Perm.SYNC_RUN):
            return
        if not driver.sync_now():
            self.ctx.feedback.info(self.tr("A sync is running, or the station is not enrolled"))
