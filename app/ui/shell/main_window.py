"""The main window's signed-in page: navigation of the declared modules, the active screen, the
message line and the status bar. It only lists and switches screens; screens do their own work.

Keyboard: each module's shortcut (``Ctrl+1`` … ``Ctrl+8``) opens it, ``Ctrl+L`` locks,
``Ctrl+PgDown``/``Ctrl+PgUp`` step through the modules.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..context import ScreenContext
from ..feedback import MessageLine
from ..flow import PageScroll
from ..icons import icon
from ..modules import TITLE_CONTEXT, ModuleSpec
from ..scanner import ScanTarget
from .placeholder import NotAvailablePage
from .status_bar import StatusBar

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+L"


class NavList(QListWidget):
    """The module list: as wide as its widest name needs (in this language, at this font size,
    bold as when selected), within bounds; refitted when large font is switched on or off."""

    MIN_WIDTH, MAX_WIDTH = 190, 340

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navList")
        self.setIconSize(QSize(28, 28))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def fit(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        lines = [line for i in range(self.count()) for line in self.item(i).text().split("\n")]
        text = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = text + self.iconSize().width() + 16 + 12 + bar + 8  # padding, icon gap, a scroll bar
        self.setFixedWidth(max(self.MIN_WIDTH, min(self.MAX_WIDTH, width)))
        rows = max((self.item(i).text().count("\n") + 1 for i in range(self.count())), default=1)
        height = max(self.iconSize().height(), metrics.lineSpacing() * rows) + 22
        for i in range(self.count()):
            self.item(i).setSizeHint(QSize(0, height))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


class ShellPage(QWidget):
    """``lock_requested()`` when the user locks (button or Ctrl+L); the session then signs out."""

    lock_requested = Signal()
    module_opened = Signal(str)

    def __init__(self, ctx: ScreenContext, modules: list[ModuleSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = [m for m in modules if m.visible_to(ctx.actor.role)]
        self.pages: dict[str, QWidget] = {}
        self.scrolls: dict[str, PageScroll] = {}  # each page inside its own scroll area
        self.shortcuts: dict[str, QShortcut] = {}

        self.nav = NavList()
        for spec in self.specs:
            # the whole name on its line, the shortcut on the line below: nothing is elided
            label = f"{self.title_of(spec)}\n{spec.shortcut}" if spec.shortcut else self.title_of(spec)
            item = QListWidgetItem(icon(spec.icon, "#ffffff"), label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{self.title_of(spec)} ({spec.shortcut})" if spec.shortcut else self.title_of(spec))
            self.nav.addItem(item)
        self.nav.fit()
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setAccessibleName(self.tr("Modules"))

        self.title = QLabel(objectName="pageTitle")
        self.title.setMinimumWidth(1)
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
            self.scrolls[key] = PageScroll(page)  # a page never widens the window: it scrolls
            self.stack.addWidget(self.scrolls[key])
        self.stack.setCurrentWidget(self.scrolls[key])
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
