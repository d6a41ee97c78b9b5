"""Refresh a screen shortly after something changed (a commit, a sync run), debounced, and only
while it is shown.

Screens are rebuilt at every sign-in and deleted at every lock, while the signal bus lives as long
as the window. A ``lambda`` connected to the bus outlives the screen and calls into a deleted
widget ("Internal C++ object already deleted"). :class:`RefreshSoon` is a child QObject of the
screen connected through its own bound method, so Qt drops the connection when the screen (and
with it this object) is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget


class RefreshSoon(QObject):
    """Calls ``refresh()`` ``delay_ms`` after the last of a burst of :meth:`poke` calls (or of the
    signals passed to :meth:`watch`); ``delay_ms=0`` refreshes at once. With ``only_visible`` (the default) pokes while ``owner`` is
    hidden are ignored and nothing runs if it was hidden meanwhile; the screen's own ``refresh``
    on being shown catches up."""

    def __init__(self, owner: QWidget, refresh: Callable[[], None], delay_ms: int, *,
                 only_visible: bool = True) -> None:
        super().__init__(owner)
        self._owner = owner
        self._refresh = refresh
        self.only_visible = only_visible
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)

    def watch(self, *signals: SignalInstance) -> RefreshSoon:
        """Poke on every emission of each signal (any arguments; disconnected with the owner)."""
        for signal in signals:
            signal.connect(self.poke)
        return self

    @property
    def pending(self) -> bool:
        """A refresh is due (the timer runs)."""
        return self._timer.isActive()

    def poke(self, *_args: object) -> None:
        """Something changed: refresh ``delay_ms`` from now (restarts a pending wait)."""
        if not self._wanted():
            return
        if self._timer.interval() <= 0:
            self._refresh()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _wanted(self) -> bool:
        return not self.only_visible or self._owner.isVisible()

    def _fire(self) -> None:
        if self._wanted():
            self._refresh()
