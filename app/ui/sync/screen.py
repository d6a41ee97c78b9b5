"""The Sync page: what waits for the platform, the run history, refused records, the consistency
check against the platform's counts, and "Sync now".

Figures come from the sync engine (local reads, on the database worker); the consistency check asks
the platform (on the network worker). ``ctx.sync`` (the background driver) runs syncs; without it
the page still reads and checks, but does not sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import SHANGHAI, parse_utc
from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..i18n import code_text, describe, error_text
from ..icons import icon
from ..refresh import RefreshSoon
from ..shell.status_bar import format_age
from ..table import ReadOnlyTable

SYNC_NOW_SHORTCUT = "F5"
CHECK_SHORTCUT = "F6"
RUNS_SHOWN = 30
DEAD_SHOWN = 100
AFTER_COMMIT_MS = 500
REASON_COLUMN = 3  # of the refused records


def _local(when: str | None) -> str:
    return parse_utc(when).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if when else ""


def _kb(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


@dataclass(frozen=True)
class SyncFacts:
    """One consistent read for the page (taken on the database worker)."""

    status: Any
    runs: list[dict[str, Any]]
    dead: list[Any]


def read_facts(station: Any) -> SyncFacts:
    engine = station.sync
    return SyncFacts(engine.status(), engine.runs(RUNS_SHOWN), engine.dead_letters(DEAD_SHOWN))


class SyncPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: Any = None
        self._latest_run: dict[str, Any] | None = None
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
        self.consistency = QLabel(self.tr("not checked yet ({key})").format(key=CHECK_SHORTCUT), wordWrap=True)
        form.addRow(self.tr("Changes waiting for the platform"), self.pending)
        form.addRow(self.tr("Oldest waiting change"), self.oldest)
        form.addRow(self.tr("Acknowledged by the platform up to"), self.acked)
        form.addRow(self.tr("Last successful sync"), self.last)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Last run"), self.last_run)
        form.addRow(self.tr("Records the platform refused"), self.dead)
        form.addRow(self.tr("Counts against the platform"), self.consistency)

        self.check_button = QPushButton(self.tr("Check against the platform ({key})").format(key=CHECK_SHORTCUT))
        self.check_button.clicked.connect(self.check)
        self.sync_button = QPushButton(icon("sync", "#ffffff"), self.tr("Sync now ({key})").format(key=SYNC_NOW_SHORTCUT),
                                       objectName="primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setVisible(ctx.sync is not None and ctx.can(Perm.SYNC_RUN))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.sync_button)

        self.runs = ReadOnlyTable([self.tr("Started"), self.tr("Trigger"), self.tr("Result"), self.tr("Sent"),
                                   self.tr("Received"), self.tr("Up"), self.tr("Down"), self.tr("Error")])
        self.refused = ReadOnlyTable([self.tr("No."), self.tr("Kind"), self.tr("Record"), self.tr("Reason"),
                                      self.tr("When")])
        self.differences = ReadOnlyTable([self.tr("Kind"), self.tr("This station"), self.tr("Platform")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.runs, self.tr("Recent runs"))
        self.tabs.addTab(self.refused, self.tr("Refused records"))
        self.tabs.addTab(self.differences, self.tr("Counts by kind"))

        box = QVBoxLayout(self)
        box.addWidget(card)
        box.addLayout(row)
        box.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(SYNC_NOW_SHORTCUT), self, activated=self.sync_now)  # only while this page shows
        QShortcut(QKeySequence(CHECK_SHORTCUT), self, activated=self.check)
        self._soon = RefreshSoon(self, self.refresh, AFTER_COMMIT_MS).watch(ctx.bus.committed)
        self._after_sync = RefreshSoon(self, self.refresh, 0).watch(ctx.bus.sync_finished)
        if ctx.sync is not None:
            ctx.sync.running_changed.connect(self._running_changed)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.tasks.run_db(read_facts, self.show_facts, self.ctx.show_error)

    def show_facts(self, facts: SyncFacts) -> None:
        self.show_status(facts.status)
        self._latest_run = facts.runs[0] if facts.runs else None
        self._show_last_run()
        self.runs.set_rows([[_local(r["started_at"]), self._trigger_word(r["trigger"]), self._result_word(r["result"]),
                             str(r["pushed"]),
                             str(r["pulled"]), _kb(r["bytes_up"]), _kb(r["bytes_down"]),
                             self._error_word(r["error_class"])] for r in facts.runs])
        self.refused.set_rows([[str(d.seq), d.entity, d.entity_id, code_text(d.code), _local(d.at)] for d in facts.dead])
        for row, d in enumerate(facts.dead):  # the code itself for whoever reports the problem
            self.refused.item(row, REASON_COLUMN).setToolTip(d.code)

    def _trigger_word(self, trigger: str) -> str:
        words = {"manual": self.tr("by hand"), "timer": self.tr("timer"), "write": self.tr("after new records"),
                 "link": self.tr("link back"), "cli": self.tr("command line"), "bundle": self.tr("USB bundle"),
                 "demo": self.tr("demo")}
        return words.get(trigger, trigger)

    def _error_word(self, error_class: str) -> str:
        words = {"unreachable": self.tr("platform unreachable"), "stalled": self.tr("transfer stalled"),
                 "auth": self.tr("not accepted (token)"), "protocol": self.tr("protocol error"),
                 "refused": self.tr("refused"), "internal": self.tr("internal error")}
        return words.get(error_class, error_class or "")

    def _result_word(self, result: str) -> str:
        words = {"ok": self.tr("OK"), "failed": self.tr("failed"), "running": self.tr("running"),
                 "cancelled": self.tr("cancelled"), "busy": self.tr("busy")}
        return words.get(result, result)

    def show_status(self, s: Any) -> None:
        """Show a SyncStatus."""
        self.status = s
        self.pending.setText(str(s.pending))
        if s.oldest_pending_at:
            self.oldest.setText(self.tr("{when} ({age})").format(when=_local(s.oldest_pending_at),
                                                                 age=format_age(s.oldest_pending_age_s or 0)))
        else:
            self.oldest.setText(self.tr("nothing is waiting"))
        self.acked.setText(self.tr("change no. {seq}").format(seq=s.acked_through))
        self.last.setText(_local(s.last_success_at) or self.tr("never"))
        if not s.enrolled:
            self.platform.setText(self.tr("Not enrolled yet: an administrator enrols the station with the code "
                                          "from the town office (python -m app enroll)"))
        else:
            text = s.hub_url
            if s.clock_warning:
                text += "  " + self.tr("(this computer's clock is off by {n} s)").format(n=s.clock_skew_s)
            self.platform.setText(text)
        self.check_button.setEnabled(bool(s.enrolled))
        self.dead.setText(str(s.dead_letters))
        self._show_last_run()
        self._running_changed(bool(self.ctx.sync and self.ctx.sync.running))

    def _show_last_run(self) -> None:
        report = self.ctx.sync.last_report if self.ctx.sync is not None else None
        if report is None:  # no run in this window yet: the latest recorded one (any process)
            run = self._latest_run
            self.last_run.setText("" if run is None else self.tr("{when}: {result}, {pushed} sent, {pulled} received")
                                  .format(when=_local(run["started_at"]), result=self._result_word(run["result"]),
                                          pushed=run["pushed"], pulled=run["pulled"]))
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

    def check(self) -> None:
        """Ask the platform for its counts (network worker) and compare them with this station's."""
        if not getattr(self.status, "enrolled", False):
            return
        engine = self.ctx.station.sync
        self.check_button.setEnabled(False)
        self.consistency.setText(self.tr("asking the platform…"))
        self.ctx.tasks.run_net(engine.check_consistency, self.show_consistency, self._check_failed)

    def _check_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.consistency.setText(describe(error))

    def show_consistency(self, c: Any) -> None:
        self.check_button.setEnabled(True)
        if c.ok:
            self.consistency.setText(self.tr("the platform holds exactly this station's records "
                                             "(up to change no. {seq})").format(seq=c.hub_acked_through))
        elif not c.comparable:
            self.consistency.setText(self.tr("not comparable yet: the platform has changes up to no. {hub}, this "
                                             "station's mark is no. {mine} — sync first").format(
                                                 hub=c.hub_acked_through, mine=c.station_acked_through))
        else:
            self.consistency.setText(self.tr("{n} kinds of record differ: see Counts by kind").format(
                n=len(c.differences)))
        kinds = sorted(set(c.station_counts) | set(c.hub_counts))
        self.differences.set_rows([[k, str(c.station_counts.get(k, 0)), str(c.hub_counts.get(k, 0))] for k in kinds])
        if not c.ok:
            self.tabs.setCurrentWidget(self.differences)
