"""The main window's signed-in page: navigation of the declared modules, the active screen, the
message line and the status bar. It only lists and switches screens; screens do their own work.

Keyboard: each module's shortcut (``Ctrl+1`` … ``Ctrl+8``) opens it, ``Ctrl+L`` locks,
``Ctrl+PgDown``/``Ctrl+PgUp`` step through the modules.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import ScreenContext
from ..feedback import MessageLine
from ..icons import icon
from ..modules import TITLE_CONTEXT, ModuleSpec
from ..scanner import ScanTarget
from .placeholder import NotAvailablePage
from .status_bar import StatusBar

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+L"


class ShellPage(QWidget):
    """``lock_requested()`` when the user locks (button or Ctrl+L); the session then signs out."""

    lock_requested = Signal()
    module_opened = Signal(str)

    def __init__(self, ctx: ScreenContext, modules: list[ModuleSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = [m for m in modules if m.visible_to(ctx.actor.role)]
        self.pages: dict[str, QWidget] = {}
        self.shortcuts: dict[str, QShortcut] = {}

        self.nav = QListWidget(objectName="navList")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(210)
        for spec in self.specs:
            label = f"{self.title_of(spec)}\t{spec.shortcut}" if spec.shortcut else self.title_of(spec)
            item = QListWidgetItem(icon(spec.icon, "#ffffff"), label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{self.title_of(spec)} ({spec.shortcut})" if spec.shortcut else self.title_of(spec))
            item.setSizeHint(QSize(0, 50))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setAccessibleName(self.tr("Modules"))

        self.title = QLabel(objectName="pageTitle")
        self.shortcut_hint = QLabel(objectName="muted")
        lock = QPushButton(icon("lock"), self.tr("Lock ({key})").format(key=LOCK_SHORTCUT))
        lock.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        lock.clicked.connect(self.lock_requested)
        self.message = MessageLine()
        self.stack = QStackedWidget()
        self.status = StatusBar(ctx.actor, ctx.tasks, ctx.bus)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.shortcut_hint)
        header.addStretch(1)
        header.addWidget(lock)
        content = QVBoxLayout()
        content.setContentsMargins(18, 12, 18, 8)
        content.addLayout(header)
        content.addWidget(self.message)
        content.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addLayout(content, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)

        self._add_shortcuts()
        if self.specs:
            self.open(self.specs[0].key)

    # -- modules -------------------------------------------------------------------------------------
    @staticmethod
    def title_of(spec: ModuleSpec) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, spec.title)

    @property
    def keys(self) -> list[str]:
        """The modules this user sees, in navigation order."""
        return [s.key for s in self.specs]

    @property
    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @property
    def current_page(self) -> QWidget | None:
        key = self.current_key
        return self.pages.get(key) if key else None

    def open(self, key: str) -> bool:
        """Show module ``key`` (building its screen on first use). False if this user has no such
        module."""
        if key not in self.keys:
            return False
        row = self.keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # → _row_changed → _show
        else:
            self._show(key)
        return True

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self._show(self.specs[row].key)

    def _show(self, key: str) -> None:
        spec = next(s for s in self.specs if s.key == key)
        page = self.pages.get(key)
        if page is None:
            page = self._build(spec)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.title.setText(self.title_of(spec))
        self.shortcut_hint.setText(spec.shortcut)
        self.ctx.feedback.clear()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        focus = getattr(page, "initial_focus", None)
        (focus() if callable(focus) else page).setFocus()
        self.module_opened.emit(key)

    def _build(self, spec: ModuleSpec) -> QWidget:
        if spec.factory is None:
            return NotAvailablePage(spec)
        try:
            return spec.factory(self.ctx)
        except Exception as exc:  # one broken screen must not take the counter down
            log.exception("screen %s failed to open", spec.key)
            from dataclasses import replace

            return NotAvailablePage(replace(spec, load_error=f"{type(exc).__name__}: {exc}"))

    def focus_start(self) -> None:
        """Give the keyboard to the current screen's first field (the window calls this once the
        page is shown: focus set on a hidden widget is lost)."""
        page = self.current_page
        if page is not None:
            focus = getattr(page, "initial_focus", None)
            (focus() if callable(focus) else page).setFocus()

    # -- keyboard ------------------------------------------------------------------------------------
    def _add_shortcuts(self) -> None:
        for spec in self.specs:
            if spec.shortcut:
                sc = QShortcut(QKeySequence(spec.shortcut), self, activated=lambda k=spec.key: self.open(k))
                self.shortcuts[spec.key] = sc
        QShortcut(QKeySequence(LOCK_SHORTCUT), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self._step(-1))

    def _step(self, delta: int) -> None:
        if self.specs:
            self.nav.setCurrentRow((self.nav.currentRow() + delta) % len(self.specs))

    # -- scanning ------------------------------------------------------------------------------------
    def scan_target(self) -> ScanTarget | None:
        """The active screen's declared scan target (None: this screen takes no scans)."""
        page = self.current_page
        declare = getattr(page, "scan_target", None)
        return declare() if callable(declare) else None

    def shutdown(self) -> None:
        self.status.stop()
        for page in self.pages.values():
            close = getattr(page, "shutdown", None)
            if callable(close):
                close()
