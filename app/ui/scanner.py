"""Barcode scanner input: a USB scanner types like a keyboard, only much faster, and ends with Enter.

:class:`ScannerInput` is an application-wide event filter. While a signed-in screen set is shown
(a router is set), every printable key press is held back for a moment instead of reaching the
focused field:

- when another key follows within ``max_gap_ms`` it is held too;
- when the run ends with Enter, has at least ``min_length`` characters and every gap (Enter's
  included) was ≤ ``max_gap_ms``, it is a **scan**: the held keys are dropped (they never land in
  the focused field) and the code goes to the active screen's declared :class:`ScanTarget`;
- otherwise (a pause, a non-printable key, a short run) the held keys are replayed, in order, to
  the widget they were meant for — a person typing notices nothing (the delay is ≤ ``max_gap_ms``).

Without a router (the login screen) or while a modal dialog is open, keys pass straight through.

A screen that acts on single keys (carrier mode's number keys) asks :attr:`ScannerInput.replaying_burst`:
True while a run of keys that came faster than a person types (a scan that failed the scan test,
e.g. a pause inside it) is being replayed — those are not a person's key presses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

log = logging.getLogger(__name__)

MIN_LENGTH = 6
MAX_GAP_MS = 40
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class ScanTarget(Protocol):
    """What a screen declares to receive scans (``scan_target()`` on the screen widget)."""

    def accept_scan(self, code: str) -> None:
        """Handle one scanned code (give success/error feedback through the screen context)."""
        ...


class LineEditTarget:
    """A scan target that puts the code in a line edit and submits it, as if typed there (focus
    stays where it was: a clerk typing elsewhere carries on)."""

    def __init__(self, edit: QLineEdit, submit: Callable[[str], None] | None = None) -> None:
        self.edit = edit
        self.submit = submit

    def accept_scan(self, code: str) -> None:
        self.edit.setText(code)
        if self.submit is not None:
            self.submit(code)
        else:
            self.edit.returnPressed.emit()


class CallbackTarget:
    """A scan target that hands the code to a function (``CallbackTarget(self.scan_out)``)."""

    def __init__(self, fn: Callable[[str], object]) -> None:
        self.fn = fn

    def accept_scan(self, code: str) -> None:
        self.fn(code)


Router = Callable[[], "ScanTarget | None"]


class ScannerInput(QObject):
    """``scanned(code)`` after a scan was routed; ``unrouted(code)`` when the active screen takes no
    scans (the shell turns that into error feedback)."""

    scanned = Signal(str)
    unrouted = Signal(str)

    def __init__(self, parent: QObject | None = None, *, min_length: int = MIN_LENGTH,
                 max_gap_ms: int = MAX_GAP_MS) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self._router: Router | None = None
        self._held: list[tuple[QObject, int, Qt.KeyboardModifier, str]] = []
        self._last_ms = 0
        self._replaying = False
        self._burst = False  # the keys being replayed came faster than a person types
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)
        self._installed_on: QApplication | None = None

    @property
    def replaying(self) -> bool:
        """Held keys are being replayed now (a person's keys too: every key is held briefly)."""
        return self._replaying

    @property
    def replaying_burst(self) -> bool:
        """The keys being replayed now are a run of two or more that came within ``max_gap_ms`` of
        each other — a scanner's, not a person's (a scan that failed the scan test)."""
        return self._replaying and self._burst

    @property
    def holding(self) -> int:
        """How many keys are held back right now (waiting to be a scan or to be replayed)."""
        return len(self._held)

    # -- wiring --------------------------------------------------------------------------------
    def install(self, app: QApplication) -> None:
        if self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def uninstall(self) -> None:
        self.flush()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def set_router(self, router: Router | None) -> None:
        """Where scans go (the shell passes "the active screen's target"); None passes keys through."""
        self.flush()
        self._router = router

    # -- the filter ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self._replaying or self._router is None:
            return False
        if QApplication.activeModalWidget() is not None:
            self.flush()
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock.elapsed()
        key, text = event.key(), event.text()
        if key in _ENTER:
            if self._held and now - self._last_ms <= self.max_gap_ms and len(self._held) >= self.min_length:
                code = "".join(h[3] for h in self._held)
                self._held.clear()
                self._timer.stop()
                self._route(code)
                return True
            self.flush()
            return False
        printable = len(text) == 1 and text.isprintable() and not (event.modifiers() & _CHORD)
        if not printable:
            self.flush()
            return False
        if self._held and now - self._last_ms > self.max_gap_ms:
            self.flush()
        self._held.append((obj, key, event.modifiers(), text))
        self._last_ms = now
        self._timer.start(self.max_gap_ms + 5)
        return True

    def flush(self) -> None:
        """Replay held keys to the widgets they were meant for (a person was typing)."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying, self._burst = True, len(held) > 1
        try:
            for obj, key, mods, text in held:
                try:
                    QApplication.sendEvent(obj, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
                except RuntimeError:  # the widget was deleted meanwhile
                    log.debug("held key for a deleted widget dropped")
        finally:
            self._replaying = self._burst = False

    def _route(self, code: str) -> None:
        target = self._router() if self._router is not None else None
        if target is None:
            log.info("scan with no target on this screen")
            self.unrouted.emit(code)
            return
        target.accept_scan(code)
        self.scanned.emit(code)
