"""Barcode scanner input: a USB scanner types like a keyboard, only much faster, and ends with a
suffix (Enter by default; Tab, or nothing, on some scanners).

:class:`ScannerInput` is an application-wide event filter. While a router is set, every key event
that could be part of a scan is held back for a moment instead of reaching the focused field:

- printable key presses, the modifier-only keys around them (a keyboard-mode scanner presses and
  releases Shift around every capital letter: ``xdotool type`` does exactly the same) and, while
  anything is held, every key release — so a held key's press and release reach a widget in their
  order (a checkbox toggles on the release of Space: it must see the press first);
- when the run ends with Enter or Tab, has at least ``min_length`` characters and every gap
  (the suffix's too) was ≤ ``max_gap_ms``, it is a **scan**: the held events are dropped (nothing
  lands in the focused field; the releases still to come of the keys in it are swallowed too) and
  the code goes to the active screen's declared :class:`ScanTarget`;
- with the suffix setting ``none`` (or where the router asks for it: the login screen), a run of
  ``min_length`` fast characters that stops is a scan too;
- otherwise (a pause, an edit key, a Ctrl/Alt chord, a short run, a key held down and repeating)
  the held events are replayed, in order, to the object they were meant for — a person typing
  notices nothing (the delay is ≤ ``max_gap_ms``).

Gaps are measured on the time each key event carries (the window system's, so a busy GUI thread
does not split a scan nor join a person's slow keys); events without one (synthetic) use the time
they arrive. Tests may inject ``clock`` (milliseconds) instead.

Without a router (no screen set yet) or while a modal dialog is open, keys pass straight through.

A screen that acts on single keys (carrier mode's number keys) asks :attr:`ScannerInput.replaying_burst`:
True while a run of keys that came faster than a person types (a scan that failed the scan test,
e.g. a pause inside it) is being replayed — those are not a person's key presses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

log = logging.getLogger(__name__)

MIN_LENGTH = 6
MAX_GAP_MS = 40
SUFFIXES = ("enter", "tab", "none")
#: Keys that end a scan, whatever the suffix setting (a person never types six characters at
#: scanner speed, so either is unambiguous).
_END_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
#: Keys that only change what the next key means: part of a burst, never its end.
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
})
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
#: An event's own time differing from the previous one's by more than this is not trusted (a
#: wrapped 32-bit window-system clock, a mix of sources): the arrival time is used instead.
_STAMP_SANE_MS = 60_000


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


@dataclass(frozen=True)
class _Held:
    """One key event held back, with what it takes to replay it exactly."""

    obj: QObject
    type: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    scan_code: int
    virtual_key: int
    native_modifiers: int
    char: bool  # a printable character press (the code is made of these)

    @classmethod
    def of(cls, obj: QObject, event: QKeyEvent, char: bool) -> _Held:
        return cls(obj, event.type(), event.key(), event.modifiers(), event.text(), event.nativeScanCode(),
                   event.nativeVirtualKey(), event.nativeModifiers(), char)

    def event(self) -> QKeyEvent:
        return QKeyEvent(self.type, self.key, self.modifiers, self.scan_code, self.virtual_key,
                         self.native_modifiers, self.text)


class ScannerInput(QObject):
    """``scanned(code)`` after a scan was routed; ``unrouted(code)`` when the active screen takes no
    scans (the shell turns that into error feedback)."""

    scanned = Signal(str)
    unrouted = Signal(str)

    def __init__(self, parent: QObject | None = None, *, min_length: int = MIN_LENGTH,
                 max_gap_ms: int = MAX_GAP_MS, suffix: str = "enter",
                 clock: Callable[[], int] | None = None) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self.suffix = "enter"
        self.set_suffix(suffix)
        self._clock = clock
        self._router: Router | None = None
        self._pause_ends_scan = False  # this router takes a fast run that stops as a scan
        self._held: list[_Held] = []
        self._chars = 0
        self._last_arrival = 0
        self._last_stamp = 0
        self._swallow: set[int] = set()  # keys of a scan whose release is still to come
        self._replaying = False
        self._burst = False  # the keys being replayed came faster than a person types
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._paused)
        self._installed_on: QApplication | None = None

    @property
    def replaying(self) -> bool:
        """Held keys are being replayed now (a person's keys too: every key is held briefly)."""
        return self._replaying

    @property
    def replaying_burst(self) -> bool:
        """The keys being replayed now are a run of two or more characters that came within
        ``max_gap_ms`` of each other — a scanner's, not a person's (a scan that failed the scan test)."""
        return self._replaying and self._burst

    @property
    def holding(self) -> int:
        """How many key events are held back right now (waiting to be a scan or to be replayed)."""
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

    def set_router(self, router: Router | None, *, pause_ends_scan: bool = False) -> None:
        """Where scans go (the shell passes "the active screen's target"); None passes keys through.
        ``pause_ends_scan``: a fast run of ``min_length`` characters that stops is a scan even
        without a suffix (the login screen: a scan must never become PIN digits)."""
        self.flush()
        self._router = router
        self._pause_ends_scan = pause_ends_scan

    def set_suffix(self, suffix: str) -> None:
        """What the scanner sends after a code (setting ``scanner.suffix``): ``enter`` or ``tab``
        (either key ends a scan, whichever is set) or ``none`` (a fast run that stops is a scan)."""
        self.suffix = suffix if suffix in SUFFIXES else "enter"

    # -- the filter ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in _KEY_EVENTS or self._replaying or self._router is None:
            return False
        if QApplication.activeModalWidget() is not None:
            self.flush()
            self._swallow.clear()
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if event.type() == QEvent.Type.KeyRelease:
            if key in self._swallow:
                self._swallow.discard(key)
                return True
            if self._held:
                self._held.append(_Held.of(obj, event, char=False))
                return True
            return False
        self._swallow.discard(key)  # a new press: no release of an earlier one is still expected
        if event.isAutoRepeat():  # a key held down: a person's
            self.flush()
            return False
        fast = self._fast(event)
        if key in _END_KEYS:
            if fast and self._chars >= self.min_length:
                self._scan_done(also_pressed=key)
                return True
            self.flush()
            return False
        text = event.text()
        char = len(text) == 1 and text.isprintable() and not (event.modifiers() & _CHORD)
        if not char and key not in _MODIFIER_KEYS:  # an edit key, a function key, a chord
            self.flush()
            return False
        if self._held and not fast:
            self.flush()
        self._held.append(_Held.of(obj, event, char=char))
        self._chars += char
        self._timer.start(self.max_gap_ms + 5)
        return True

    def _fast(self, event: QKeyEvent) -> bool:
        """Whether this press came within ``max_gap_ms`` of the previous held press (and remember
        its time for the next one)."""
        arrival = self._clock() if self._clock is not None else self._elapsed.elapsed()
        stamp = 0 if self._clock is not None else event.timestamp()
        gap = arrival - self._last_arrival
        if stamp and self._last_stamp and 0 < stamp - self._last_stamp <= _STAMP_SANE_MS:
            gap = stamp - self._last_stamp  # (an unchanged time is a synthetic one: the arrival counts)
        self._last_arrival, self._last_stamp = arrival, stamp
        return bool(self._held) and gap <= self.max_gap_ms

    def _paused(self) -> None:
        """No key for a moment: a suffix-less scan ends here; anything else was typing."""
        if self._chars >= self.min_length and (self._pause_ends_scan or self.suffix == "none"):
            self._scan_done()
        else:
            self.flush()

    def _scan_done(self, also_pressed: int | None = None) -> None:
        held, self._held, self._chars = self._held, [], 0
        self._timer.stop()
        down: set[int] = set() if also_pressed is None else {also_pressed}
        for h in held:  # keys pressed in the scan whose release has not come yet
            if h.type == QEvent.Type.KeyPress:
                down.add(h.key)
            else:
                down.discard(h.key)
        self._swallow |= down
        self._route("".join(h.text for h in held if h.char))

    def flush(self) -> None:
        """Replay held key events to the objects they were meant for (a person was typing)."""
        self._timer.stop()
        held, chars, self._held, self._chars = self._held, self._chars, [], 0
        if not held:
            return
        self._replaying, self._burst = True, chars > 1
        try:
            for h in held:
                try:
                    QApplication.sendEvent(h.obj, h.event())
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
