"""The one helper for slow work (Anki's QueryOp, Picard's run_task).

- ``run_db(fn, on_done)``: ``fn(station)`` runs on THE database worker — one thread, which gets its
  own SQLite connection from :class:`app.core.db.store.Store` (connections are per thread);
- ``run_net(fn, on_done)``: ``fn()`` runs on THE network worker (sync, enrolment), so a slow link
  never delays a database job;
- results come back to the GUI thread through a Qt signal; ``on_done(result)`` and
  ``on_error(exception)`` run there. Workers never touch a widget. A result for a screen deleted
  meanwhile (the session was locked while its read ran) is dropped.

Tests construct ``Tasks(station, synchronous=True)``: jobs then run inline and call back before
``run_*`` returns (Picard's FakeThreadPool).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ..core.station import Station

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Tasks(QObject):
    """Background jobs with results delivered on the GUI thread.

    ``failed(BaseException)`` is emitted for a job without its own ``on_error`` (the window shows
    it); ``idle()`` when the last running job has called back (tests wait on ``pending == 0``).
    """

    failed = Signal(object)
    idle = Signal()
    _finished = Signal(int, bool, object)

    def __init__(self, station: Station, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.station = station
        self.synchronous = synchronous
        self.stopping = threading.Event()  # long network jobs check this to give up at shutdown
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._db: ThreadPoolExecutor | None = None
        self._net: ThreadPoolExecutor | None = None
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callback has not run yet."""
        return len(self._callbacks)

    def run_db(self, fn: Callable[[Station], T], on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> None:
        """Run ``fn(station)`` on the database worker (jobs run one at a time, in order)."""
        if self._db is None and not self.synchronous:
            self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yyt-db")
        self._submit(self._db, lambda: fn(self.station), on_done, on_error)

    def run_net(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
                on_error: Failed | None = None) -> None:
        """Run ``fn()`` on the network worker (jobs run one at a time, in order)."""
        if self._net is None and not self.synchronous:
            self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yyt-net")
        self._submit(self._net, fn, on_done, on_error)

    def _submit(self, pool: ThreadPoolExecutor | None, call: Callable[[], Any], on_done: Done | None,
                on_error: Failed | None) -> None:
        if self.stopping.is_set():
            return
        job = next(self._ids)
        self._callbacks[job] = (on_done, on_error)
        if pool is None:  # synchronous: inline, same order of effects
            self._deliver(job, *_call(call))
            return
        pool.submit(self._work, job, call)

    def _work(self, job: int, call: Callable[[], Any]) -> None:
        ok, value = _call(call)
        try:
            self._finished.emit(job, ok, value)
        except RuntimeError:  # the window (and this object) is gone
            log.debug("job %d finished after shutdown", job)

    @Slot(int, bool, object)
    def _deliver(self, job: int, ok: bool, value: object) -> None:
        on_done, on_error = self._callbacks.pop(job, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif on_error is not None:
                on_error(value)  # type: ignore[arg-type]
            else:
                self.failed.emit(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            # the screen that asked went away meanwhile (a lock while its read was running)
            log.debug("job %d: result for a deleted widget dropped", job)
        finally:
            if not self._callbacks:
                self.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs; wait for the database job in progress (a write must finish or roll
        back on its own thread); abandon queued network jobs."""
        self.stopping.set()
        if self._net is not None:
            self._net.shutdown(wait=False, cancel_futures=True)
        if self._db is not None:
            self._db.shutdown(wait=wait)
        self._callbacks.clear()


def _call(call: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, call()
    except Exception as exc:  # handed to the GUI thread; YytErrors are expected failures
        from ..core.errors import YytError

        if not isinstance(exc, YytError):
            log.exception("background job failed")
        return False, exc
