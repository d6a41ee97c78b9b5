"""Carrier mode: what a welfare-post carrier sees after signing in — full screen, a large clock,
few words, big buttons with icons, white on black (≥ 20 pt everywhere; larger with large font).

The big buttons are the :class:`~app.ui.modules.CarrierAction` entries module packages declare
(``CARRIER_ACTIONS``), then Help and Sign out. Each button also has a number key (1, 2, 3 …) —
a person's key press only: digits of a scan replayed as typing are ignored. Esc goes back to the
buttons.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import SHANGHAI
from ..context import ScreenContext
from ..feedback import MessageLine
from ..icons import icon
from ..modules import TITLE_CONTEXT, CarrierAction
from ..scanner import ScanTarget
from ..theme import COLORS, carrier_style_sheet

log = logging.getLogger(__name__)


class HelpPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr("Press a big button to start.\n\nScan each parcel with the scanner.\n\n"
                    "Press Back (or Esc) to return.\n\nAsk the clerk if anything is unclear."),
            objectName="carrierHelp", wordWrap=True,
        )
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addStretch(1)


class CarrierScreen(QWidget):
    """``sign_out_requested()`` when the carrier presses Sign out."""

    sign_out_requested = Signal()

    def __init__(self, ctx: ScreenContext, actions: list[CarrierAction], *, point_size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("carrierRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(carrier_style_sheet(point_size))
        self.actions = actions
        self.pages: dict[str, QWidget] = {}
        self.buttons: dict[str, QPushButton] = {}

        self.clock = QLabel(objectName="carrierClock")
        self.date = QLabel()
        who = QLabel(ctx.actor.display_name or ctx.actor.username, objectName="carrierName")
        self.message = MessageLine()
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(self.date)
        top.addLayout(left, 1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)

        self.stack = QStackedWidget()
        self.home = QWidget()
        grid = QGridLayout(self.home)
        grid.setSpacing(24)
        entries: list[tuple[str, str, str]] = [(a.key, QCoreApplication.translate(TITLE_CONTEXT, a.title), a.icon)
                                               for a in actions]
        entries += [("help", self.tr("Help"), "help"), ("signout", self.tr("Sign out"), "signout")]
        icon_px = max(64, point_size * 3)
        for i, (key, title, icon_name) in enumerate(entries):
            number = i + 1
            button = QPushButton(icon(icon_name, COLORS["carrier_accent"]), f"{number}  {title}")
            button.setIconSize(QSize(icon_px, icon_px))
            button.clicked.connect(lambda _=False, k=key: self.activate(k))
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        self.stack.addWidget(self.home)

        self.back = QPushButton(icon("back", COLORS["carrier_accent"]), self.tr("Back"), objectName="carrierBack")
        self.back.setIconSize(QSize(icon_px // 2, icon_px // 2))  # one line high: the page keeps the room
        self.back.clicked.connect(self.go_home)
        self.back.hide()

        box = QVBoxLayout(self)
        box.setContentsMargins(40, 28, 40, 28)
        box.setSpacing(20)
        box.addLayout(top)
        box.addWidget(self.message)
        box.addWidget(self.stack, 1)
        box.addWidget(self.back)

        self._tick = QTimer(self, interval=10_000)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self.update_clock()
        self.focus_start()

    def focus_start(self) -> None:
        """Put the keyboard on the first big button (its yellow ring shows where it is): number
        keys, arrows, Tab and Space work at once, without a click."""
        next(iter(self.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def update_clock(self) -> None:
        now = self.ctx.station.store.clock.now().astimezone(SHANGHAI)
        self.clock.setText(now.strftime("%H:%M"))
        self.date.setText(now.strftime("%Y-%m-%d"))

    def activate(self, key: str) -> None:
        """Press the big button ``key``."""
        if key == "signout":
            self.sign_out_requested.emit()
            return
        page = self.pages.get(key)
        if page is None:
            page = self._build(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.back.show()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        page.setFocus()

    def _build(self, key: str) -> QWidget:
        if key == "help":
            return HelpPage()
        action = next(a for a in self.actions if a.key == key)
        try:
            return action.factory(self.ctx)
        except Exception as exc:
            log.exception("carrier action %s failed to open", key)
            self.ctx.feedback.show_error(exc)
            return HelpPage()

    def go_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.back.hide()
        self.focus_start()

    @property
    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        on_home = self.stack.currentWidget() is self.home
        if event.key() == Qt.Key.Key_Escape and not on_home:
            self.go_home()
            return
        text = event.text()
        if on_home and len(text) == 1 and text in "123456789" and int(text) <= len(self.buttons):
            if self.ctx.scanner.replaying_burst:  # part of a scan that was too slow: not a choice
                event.accept()
                return
            self.activate(list(self.buttons)[int(text) - 1])  # the number shown on the button
            return
        super().keyPressEvent(event)

    def scan_target(self) -> ScanTarget | None:
        page = self.stack.currentWidget()
        declare = getattr(page, "scan_target", None)
        return declare() if callable(declare) else None

    def shutdown(self) -> None:
        self._tick.stop()
        for page in self.pages.values():
            close = getattr(page, "shutdown", None)
            if callable(close):
                close()
