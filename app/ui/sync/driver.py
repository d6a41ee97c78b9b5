"""Background sync while the window is open: the sync module's Qt-free scheduler says when, the
engine runs on the network worker, the result comes back through the bus.

A run starts on the scheduler's interval, a few seconds after local writes (the engine nudges the
scheduler from a commit listener), after a failure's backoff, and from "Sync now". Nothing runs
until the station is enrolled. The counter never waits: a run only ever occupies the network
worker, and the engine serialises runs across processes with its own lock.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.errors import Unreachable
from ...core.station import Station
from ..bus import Bus
from ..tasks import Tasks

if TYPE_CHECKING:
    from ...core.sync import SyncEngine, SyncReport, SyncScheduler

log = logging.getLogger(__name__)

TICK_MS = 1_000
START_DELAY_MS = 1_500  # after the window shows: start-up never loads the sync code


class SyncDriver(QObject):
    """``running_changed(bool)`` when a run starts or ends; each finished run is also emitted as
    ``bus.sync_finished(SyncReport)`` and, for the link, ``bus.link_changed(bool)``."""

    running_changed = Signal(bool)

    def __init__(self, station: Station, tasks: Tasks, bus: Bus, parent: QObject | None = None, *,
                 scheduler: SyncScheduler | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.station = station
        self.tasks = tasks
        self.bus = bus
        self.scheduler = scheduler
        self.engine: SyncEngine | None = None
        self.running = False
        self.last_report: SyncReport | None = None
        self._timer = QTimer(self, interval=tick_ms)
        self._timer.timeout.connect(self.tick)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Begin ticking (after ``delay_ms``)."""
        QTimer.singleShot(delay_ms, self, self._begin)

    def _begin(self) -> None:
        if self.engine is not None:
            return
        from ...core.sync import SyncScheduler

        self.engine = self.station.sync
        if self.scheduler is None:
            self.scheduler = SyncScheduler()
        self.engine.attach_scheduler(self.scheduler)
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def enrolled(self) -> bool:
        engine = self.engine or self.station.sync
        return bool(engine.hub_url())

    def tick(self) -> None:
        """Start a run when one is due (and none is running)."""
        if self.running or self.engine is None or self.scheduler is None:
            return
        if self.scheduler.due() and self.enrolled:
            self._run("timer")

    def sync_now(self) -> bool:
        """The "Sync now" button. False when not enrolled or a run is already going."""
        if self.engine is None:
            self._begin()
        assert self.scheduler is not None
        if self.running or not self.enrolled:
            return False
        self.scheduler.request_now()
        self._run("manual")
        return True

    def _run(self, trigger: str) -> None:
        assert self.engine is not None and self.scheduler is not None
        engine, stopping = self.engine, self.tasks.stopping
        self.running = True
        self.scheduler.started()
        self.running_changed.emit(True)
        self.tasks.run_net(lambda: engine.run_once(trigger, cancel=stopping), self._finished, self._crashed)

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        self.last_report = report
        assert self.scheduler is not None
        if report.result == "ok":
            self.scheduler.note_success()
            self.bus.link_changed.emit(True)
        elif report.result == "failed":
            delay = self.scheduler.note_failure()
            log.info("sync failed (%s); next try in %.0f s", report.error_code, delay)
            if isinstance(report.error, Unreachable):
                self.bus.link_changed.emit(False)
        self.running_changed.emit(False)
        self.bus.sync_finished.emit(report)

    def _crashed(self, error: BaseException) -> None:  # run_once reports failures; this is a bug
        self.running = False
        log.error("sync run raised: %s", error)
        if self.scheduler is not None:
            self.scheduler.note_failure()
        self.running_changed.emit(False)

    def status(self) -> Any:
        """The engine's status (local reads only); call on the database worker."""
        return (self.engine or self.station.sync).status()
