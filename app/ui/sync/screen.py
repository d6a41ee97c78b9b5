"""The Sync page (minimal for now): the backlog read from the outbox. Running a sync, its report
and dead letters are added by the sync module (issue 5) on top of this page."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ...core.clock import SHANGHAI, parse_utc
from ...core.outbox_stats import OutboxStats, read_outbox_stats
from ..context import ScreenContext
from ..shell.status_bar import format_age


class SyncPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: OutboxStats | None = None
        card = QFrame(objectName="card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 16, 20, 16)
        self.pending = QLabel("…", objectName="bigNumber")
        self.oldest = QLabel("…")
        self.acked = QLabel("…")
        self.last = QLabel("…")
        form.addRow(self.tr("Changes waiting for the platform"), self.pending)
        form.addRow(self.tr("Oldest waiting change"), self.oldest)
        form.addRow(self.tr("Acknowledged by the platform up to"), self.acked)
        form.addRow(self.tr("Last successful sync"), self.last)
        box = QVBoxLayout(self)
        box.addWidget(card)
        box.addStretch(1)
        self._soon = QTimer(self, singleShot=True, interval=500)
        self._soon.timeout.connect(self.refresh)
        ctx.bus.committed.connect(lambda _e: self._soon.start() if self.isVisible() else None)
        ctx.bus.sync_finished.connect(lambda _r: self.refresh())

    def refresh(self) -> None:
        self.ctx.tasks.run_db(lambda st: read_outbox_stats(st.store), self.show_stats, self.ctx.show_error)

    def show_stats(self, s: OutboxStats) -> None:
        self.stats = s
        self.pending.setText(str(s.pending))
        if s.oldest_pending_at:
            when = parse_utc(s.oldest_pending_at).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
            self.oldest.setText(f"{when} ({format_age(s.oldest_pending_age_s or 0)})")
        else:
            self.oldest.setText(self.tr("nothing is waiting"))
        self.acked.setText(self.tr("change no. {seq}").format(seq=s.acked_through))
        if s.last_success_at:
            self.last.setText(parse_utc(s.last_success_at).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"))
        else:
            self.last.setText(self.tr("never"))
