"""A module page made of tabs, one per job (Alt+1 … Alt+N), showing only the tabs a role may use.

The parcels, payments, shop and consignment pages are all this: a subclass names its translation
``CONTEXT``, lists its ``TABS`` as ``(key, title, permission or None)`` with the titles marked
``QT_TRANSLATE_NOOP(CONTEXT, ...)``, and builds a tab's screen in :meth:`TabbedPage.build` (screens
import lazily there, so a page loads only what its role can see). What the shell asks of a screen —
``refresh``, ``initial_focus``, ``scan_target``, ``shutdown`` — follows the current tab.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..core.users.permissions import Perm
from .context import ScreenContext
from .flow import PageScroll
from .parcels.style import current_point_size, parcels_style
from .scanner import ScanTarget


class TabbedPage(QWidget):
    CONTEXT: ClassVar[str] = ""
    TABS: ClassVar[tuple[tuple[str, str, Perm | None], ...]] = ()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(self.style_sheet(current_point_size()))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.screens: dict[str, QWidget] = {}
        self.scrolls: dict[str, PageScroll] = {}
        self.tab_labels: list[tuple[str, str]] = []  # (name, shortcut) of each tab
        allowed = (t for t in self.TABS if t[2] is None or ctx.can(t[2]))
        for number, (key, title, _perm) in enumerate(allowed, start=1):
            screen = self.build(key)
            self.screens[key] = screen
            label = QCoreApplication.translate(self.CONTEXT, title)
            self.scrolls[key] = PageScroll(screen)  # a wide tab scrolls by itself, never widening the page
            self.tabs.addTab(self.scrolls[key], f"{label}  Alt+{number}")
            self.tab_labels.append((label, f"Alt+{number}"))
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda k=key: self.open(k))
        self.tabs.currentChanged.connect(self._tab_changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._fit_tab_labels(event.size().width())

    def _fit_tab_labels(self, width: int) -> None:
        """Name and shortcut on one line while every tab fits; on two lines (the shortcut below)
        when they would not (large font, English), before the tab bar has to scroll."""
        bar = self.tabs.tabBar()
        one_line = [f"{name}  {key}" for name, key in self.tab_labels]
        metrics = bar.fontMetrics()
        pad = bar.style().pixelMetric(bar.style().PixelMetric.PM_TabBarTabHSpace, None, bar) + 30  # + the sheet's
        wide = sum(metrics.horizontalAdvance(t) + pad for t in one_line) > width
        for i, (name, key) in enumerate(self.tab_labels):
            text = f"{name}\n{key}" if wide else one_line[i]
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)

    # -- what a subclass gives -----------------------------------------------------------------
    def build(self, key: str) -> QWidget:
        raise NotImplementedError

    def style_sheet(self, point_size: int) -> str:
        return parcels_style(point_size)

    # -- tabs ------------------------------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        return list(self.screens)

    @property
    def current_key(self) -> str | None:
        widget = self.current
        return next((k for k, w in self.screens.items() if w is widget), None)

    @property
    def current(self) -> QWidget | None:
        scroll = self.tabs.currentWidget()
        return scroll.widget() if isinstance(scroll, PageScroll) else scroll

    def open(self, key: str) -> QWidget | None:
        """Show tab ``key`` (None if this role has no such tab)."""
        screen = self.screens.get(key)
        if screen is None:
            return None
        if self.current is screen:
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(self.scrolls[key])
        return screen

    def _tab_changed(self, _index: int) -> None:
        self.ctx.feedback.clear()  # a message about another tab's work would mislead here
        self.refresh()
        focus = self.initial_focus()
        if focus is not None:
            focus.setFocus()

    # -- what the shell asks of a screen -------------------------------------------------------
    def refresh(self) -> None:
        refresh = getattr(self.current, "refresh", None)
        if callable(refresh):
            refresh()

    def initial_focus(self) -> QWidget | None:
        focus = getattr(self.current, "initial_focus", None)
        return focus() if callable(focus) else self.current

    def scan_target(self) -> ScanTarget | None:
        declare = getattr(self.current, "scan_target", None)
        return declare() if callable(declare) else None

    def shutdown(self) -> None:
        for screen in self.screens.values():
            close = getattr(screen, "shutdown", None)
            if callable(close):
                close()
