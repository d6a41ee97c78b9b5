"""A 6-digit PIN pad: on-screen keys for the mouse or a touch screen; the keyboard works too
(the login screen forwards digits, Backspace and Escape here)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import icon

PIN_LENGTH = 6


class PinPad(QWidget):
    """``completed(pin)`` when the sixth digit is entered; ``changed(length)`` on every change."""

    completed = Signal(str)
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self.dots = QLabel(objectName="pinDots", alignment=Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(self.tr("PIN"))
        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for i, name in enumerate(layout):
            button = QPushButton(objectName="pinKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the user list
            if name == "clear":
                button.setText(self.tr("Clear"))
                button.clicked.connect(self.clear)
            elif name == "back":
                button.setIcon(icon("backspace"))
                button.setAccessibleName(self.tr("Delete one digit"))
                button.clicked.connect(self.backspace)
            else:
                button.setText(name)
                button.clicked.connect(lambda _=False, d=name: self.add_digit(d))
            self.keys[name] = button
            grid.addWidget(button, i // 3, i % 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.dots)
        box.addLayout(grid)
        self._render()

    @property
    def pin(self) -> str:
        return self._pin

    def add_digit(self, digit: str) -> None:
        if not (len(digit) == 1 and digit.isdigit()) or len(self._pin) >= PIN_LENGTH or not self.isEnabled():
            return
        self._pin += digit
        self._render()
        if len(self._pin) == PIN_LENGTH:
            self.completed.emit(self._pin)

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._render()

    def clear(self) -> None:
        self._pin = ""
        self._render()

    def _render(self) -> None:
        self.dots.setText("●" * len(self._pin) + "○" * (PIN_LENGTH - len(self._pin)))
        self.changed.emit(len(self._pin))
