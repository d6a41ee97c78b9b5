"""Idle auto-lock: no key, click or wheel for N minutes (setting ``ui.idle_lock_minutes``) → lock.

Time comes from the station's clock (a :class:`app.core.clock.ManualClock` in tests), checked by a
timer every ``check_ms``; any user input restarts the count. 0 minutes means never.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..core.clock import Clock

_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``timed_out()`` once when nobody has touched the app for ``minutes``."""

    timed_out = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None, *, check_ms: int = 5_000) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_input = clock.now()
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self.check)
        self._app: QApplication | None = None

    def start(self, app: QApplication) -> None:
        self.last_input = self.clock.now()
        if self._app is None:
            app.installEventFilter(self)
            self._app = app
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def set_check_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self.last_input = self.clock.now()
        return False

    def idle_for(self) -> _dt.timedelta:
        return self.clock.now() - self.last_input

    def check(self) -> bool:
        """Lock now if the idle time has run out. Returns True when it locked."""
        if self.minutes <= 0 or self._app is None:
            return False
        if self.idle_for() >= _dt.timedelta(minutes=self.minutes):
            self.stop()
            self.timed_out.emit()
            return True
        return False
