"""Key events exactly as a keyboard-mode USB scanner (or ``xdotool type``) sends them, with the
timing under the test's control: Shift is pressed before each capital and released after it, every
key has its press and its release, and the scanner filter reads the time from :class:`KeyFeed`
(the window is made with ``scanner_clock=feed.clock``) — no sleeping, no real-time race."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
SUFFIX_KEYS = {"enter": (Qt.Key.Key_Return, "\r"), "tab": (Qt.Key.Key_Tab, "\t")}


class KeyFeed:
    """Sends key events to the focused widget (through the application, so every event filter
    sees them) while moving a millisecond clock."""

    def __init__(self) -> None:
        self.now = 0

    def clock(self) -> int:
        return self.now

    def send(self, kind: QEvent.Type, key: int, text: str = "", mods: Qt.KeyboardModifier = NONE,
             target: QWidget | None = None) -> None:
        widget = target or QApplication.focusWidget()
        assert widget is not None, "nothing has focus"
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, text))

    def tap(self, key: int, text: str = "", mods: Qt.KeyboardModifier = NONE, target: QWidget | None = None) -> None:
        self.send(QEvent.Type.KeyPress, key, text, mods, target)
        self.now += 1
        self.send(QEvent.Type.KeyRelease, key, text, mods, target)

    def type(self, text: str, *, gap_ms: int = 5, suffix: str = "enter", target: QWidget | None = None) -> None:
        """``text`` then the suffix (``enter``, ``tab`` or ``none``), one key every ``gap_ms``."""
        for ch in text:
            if ch.isupper():  # Shift down, the letter, Shift up, the letter up (xdotool's order)
                self.send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, "", SHIFT, target)
                self.send(QEvent.Type.KeyPress, ord(ch), ch, SHIFT, target)
                self.now += 1
                self.send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, "", NONE, target)
                self.send(QEvent.Type.KeyRelease, ord(ch), ch.lower(), NONE, target)
            else:
                self.tap(ord(ch.upper()) if ch.isalpha() else ord(ch), ch, target=target)
            self.now += gap_ms
        if suffix in SUFFIX_KEYS:
            key, char = SUFFIX_KEYS[suffix]
            self.tap(key, char, target=target)
            self.now += gap_ms
