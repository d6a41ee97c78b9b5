"""The status bar: who is signed in, the link, what waits for the platform, the last sync.

It reads :func:`app.core.outbox_stats.read_outbox_stats` on the database worker every few seconds
and shortly after each commit; when the oldest pending change is older than a day the bar turns
to the warning colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...core.clock import SHANGHAI, parse_utc
from ...core.outbox_stats import OutboxStats, read_outbox_stats
from ...core.users.model import Actor
from ..bus import Bus
from ..flow import FlowLayout
from ..icons import pixmap
from ..refresh import RefreshSoon
from ..roles import role_title
from ..tasks import Tasks
from ..theme import COLORS

REFRESH_MS = 5_000
AFTER_COMMIT_MS = 300


def format_age(seconds: int) -> str:
    """``45 s``, ``12 min``, ``5 h``, ``3 d`` (translated units)."""
    if seconds < 60:
        return QCoreApplication.translate("StatusBar", "{n} s").format(n=seconds)
    if seconds < 3600:
        return QCoreApplication.translate("StatusBar", "{n} min").format(n=seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("StatusBar", "{n} h").format(n=seconds // 3600)
    return QCoreApplication.translate("StatusBar", "{n} d").format(n=seconds // 86400)


class StatusBar(QWidget):
    def __init__(self, actor: Actor, tasks: Tasks, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.tasks = tasks
        self.stats: OutboxStats | None = None
        self._busy = False
        self.online: bool | None = None
        self.user = QLabel(f"{actor.display_name or actor.username} · {role_title(actor.role)}")
        self.link_icon = QLabel()
        self.link = QLabel()
        self.warn_icon = QLabel()
        self.pending = QLabel()
        self.last_sync = QLabel()
        row = FlowLayout(self, spacing=18)  # too long for one line (a long name, English): a second line
        row.setContentsMargins(10, 4, 10, 4)
        user_icon = QLabel()
        user_icon.setPixmap(pixmap("user", 18))
        for pair in ((user_icon, self.user), (self.link_icon, self.link), (self.warn_icon, self.pending),
                     (self.last_sync,)):
            group = QWidget()
            line = QHBoxLayout(group)
            line.setContentsMargins(0, 0, 0, 0)
            for w in pair:
                line.addWidget(w)
            row.addWidget(group)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._soon = RefreshSoon(self, self.refresh, AFTER_COMMIT_MS).watch(bus.committed, bus.sync_finished)
        self.live_link: bool | None = None  # what the sync engine last told the bus
        bus.link_changed.connect(self._link_changed)
        self.set_online(None)
        self._show(None)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the backlog on the database worker, then show it."""
        if self._busy:
            return
        self._busy = True
        self.tasks.run_db(lambda st: read_outbox_stats(st.store), self._done, self._failed)

    def _done(self, stats: OutboxStats) -> None:
        self._busy = False
        self._show(stats)

    def _failed(self, _error: BaseException) -> None:
        self._busy = False

    def _link_changed(self, online: bool) -> None:
        self.live_link = online
        self.set_online(online)

    def set_online(self, online: bool | None) -> None:
        self.online = online
        if online is None:
            self.link_icon.setPixmap(pixmap("offline", 18, COLORS["muted"]))
            self.link.setText(self.tr("Platform: not contacted yet"))
        elif online:
            self.link_icon.setPixmap(pixmap("online", 18, COLORS["ok"]))
            self.link.setText(self.tr("Online"))
        else:
            self.link_icon.setPixmap(pixmap("offline", 18, COLORS["error"]))
            self.link.setText(self.tr("Offline"))

    def _show(self, stats: OutboxStats | None) -> None:
        self.stats = stats
        if stats is None:
            self.pending.setText(self.tr("Pending changes: …"))
            self.last_sync.setText("")
            return
        text = self.tr("Pending changes: {n}").format(n=stats.pending)
        if stats.oldest_pending_age_s is not None:
            text += " " + self.tr("(oldest {age})").format(age=format_age(stats.oldest_pending_age_s))
        self.pending.setText(text)
        if stats.last_success_at:
            when = parse_utc(stats.last_success_at).astimezone(SHANGHAI).strftime("%m-%d %H:%M")
            self.last_sync.setText(self.tr("Last sync: {when}").format(when=when))
        else:
            self.last_sync.setText(self.tr("Last sync: never"))
        if self.live_link is None:  # no word from the engine in this session: the last run tells
            self.set_online(stats.last_run_ok)
        stale = stats.stale
        self.setProperty("stale", stale)
        self.pending.setProperty("warn", stale)
        self.warn_icon.setPixmap(pixmap("warning", 18, COLORS["warn"]) if stale else pixmap("sync", 18, COLORS["muted"]))
        self.setToolTip(self.tr("Changes older than a day are waiting for the platform") if stale else "")
        for w in (self, self.pending):
            w.style().unpolish(w)
            w.style().polish(w)

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
