"""The signal bus: typed Qt signals every screen may listen to (no string-named events).

``committed`` relays :class:`app.core.db.store.Committed` from the store's commit listener, which
runs on whichever thread wrote (the GUI thread or the database worker). Emitting a Qt signal from
another thread is safe: receivers living in the GUI thread get it queued, on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ..core.db.store import Committed, Store

log = logging.getLogger(__name__)


class Bus(QObject):
    """One per window. Signals (argument types in brackets):

    - ``committed(Committed)``: a business write committed (any thread; delivered on the GUI thread);
    - ``signed_in(Actor)`` / ``signed_out()``: the session changed;
    - ``settings_changed(str)``: a setting was stored (its name);
    - ``link_changed(bool)``: the platform became reachable (True) or not (False);
    - ``sync_finished(object)``: a sync run ended (the sync module's report object).
    """

    committed = Signal(object)
    signed_in = Signal(object)
    signed_out = Signal()
    settings_changed = Signal(str)
    link_changed = Signal(bool)
    sync_finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attached = False

    def attach(self, store: Store) -> None:
        """Relay the store's commits as ``committed``. The store keeps the listener for its
        lifetime; after :meth:`detach` (or once this bus is gone) it does nothing."""
        self._attached = True
        store.add_commit_listener(self._relay)

    def detach(self) -> None:
        self._attached = False

    def _relay(self, event: Committed) -> None:
        if not self._attached:
            return
        try:
            self.committed.emit(event)
        except RuntimeError:  # the C++ object is gone (window closed while a worker committed)
            self._attached = False
