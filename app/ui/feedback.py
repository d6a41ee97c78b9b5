"""Success and error feedback a clerk notices without reading: a sound, a colour flash over the
window and a message line that stays until the next message.

Screens call ``ctx.feedback.success(text)``, ``ctx.feedback.error(text)`` or
``ctx.feedback.show_error(exc)`` (a core :class:`YytError`, put into words in the window's language).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from .i18n import describe
from .sounds import SoundPlayer
from .theme import COLORS

FLASH_MS = 350


class FlashOverlay(QWidget):
    """A translucent colour laid over a widget for a moment (mouse events pass through)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.kind = ""
        self._timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def flash(self, kind: str) -> None:
        self.kind = kind
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self._timer.start()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        color = QColor(COLORS["ok"] if self.kind == "ok" else COLORS["error"])
        color.setAlpha(90)
        painter = QPainter(self)
        painter.fillRect(self.rect(), color)
        pen_color = QColor(color)
        pen_color.setAlpha(230)
        painter.setPen(pen_color)
        painter.drawRect(self.rect().adjusted(3, 3, -4, -4))
        painter.end()


class MessageLine(QLabel):
    """The one-line message area: green for success, red for errors, plain for information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLine")
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setProperty("kind", kind)
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))


class Feedback(QObject):
    """``shown(kind, text)`` is emitted for every message (kind: ``ok``, ``error``, ``info``)."""

    shown = Signal(str, str)

    def __init__(self, sounds: SoundPlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sounds = sounds
        self.last_kind = ""
        self.last_text = ""
        self._overlay: FlashOverlay | None = None
        self._line: MessageLine | None = None

    def attach(self, overlay_parent: QWidget | None, line: MessageLine | None) -> None:
        """Where to flash and where to write (the current screen set's window and message line)."""
        self._overlay = FlashOverlay(overlay_parent) if overlay_parent is not None else None
        self._line = line

    def success(self, text: str = "") -> None:
        self._show("ok", text, sound="ok")

    def error(self, text: str) -> None:
        self._show("error", text, sound="error")

    def info(self, text: str) -> None:
        self._show("info", text, sound=None)

    def clear(self) -> None:
        """Empty the message line (no sound, no flash): what it said belonged to another screen."""
        self.last_kind = self.last_text = ""
        try:
            if self._line is not None:
                self._line.show_message("", "")
        except RuntimeError:  # the widgets went away with a signed-out session
            self._overlay = self._line = None

    def show_error(self, error: BaseException) -> None:
        """Put a core error into words (translated); anything else is shown as unexpected."""
        self.error(describe(error))

    def _show(self, kind: str, text: str, sound: str | None) -> None:
        self.last_kind, self.last_text = kind, text
        if sound:
            self.sounds.play(sound)
        try:
            if sound and self._overlay is not None:
                self._overlay.flash(kind)
            if self._line is not None:
                self._line.show_message(kind, text)
        except RuntimeError:  # the widgets went away with a signed-out session
            self._overlay = self._line = None
        self.shown.emit(kind, text)
