"""The Shop page: one tab per job (Alt+1 … Alt+5), the tabs a role may use; scans go to the current
tab's scan target; ``refresh`` and ``initial_focus`` follow the tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..parcels.style import current_point_size, parcels_style
from ..scanner import ScanTarget

TABS = (
    ("sell", QT_TRANSLATE_NOOP("ShopPage", "Sell"), Perm.SHOP_SELL),
    ("stock", QT_TRANSLATE_NOOP("ShopPage", "Stock"), Perm.SHOP_SELL),
    ("stockin", QT_TRANSLATE_NOOP("ShopPage", "Stock-in"), Perm.SHOP_STOCK),
    ("ledgers", QT_TRANSLATE_NOOP("ShopPage", "Ledgers"), Perm.REPORTS_READ),
    ("recall", QT_TRANSLATE_NOOP("ShopPage", "Recall"), Perm.SHOP_STOCK),
)


def _build(key: str, ctx: ScreenContext) -> QWidget:
    if key == "sell":
        from .sell import SellScreen

        return SellScreen(ctx)
    if key == "stock":
        from .stock import StockScreen

        return StockScreen(ctx)
    if key == "stockin":
        from .stockin import StockInScreen

        return StockInScreen(ctx)
    if key == "ledgers":
        from .ledgers import LedgersScreen

        return LedgersScreen(ctx)
    from .recall import RecallScreen

    return RecallScreen(ctx)


class ShopPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(parcels_style(current_point_size()))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.screens: dict[str, QWidget] = {}
        for number, (key, title, _perm) in enumerate((t for t in TABS if ctx.can(t[2])), start=1):
            screen = _build(key, ctx)
            self.screens[key] = screen
            self.tabs.addTab(screen, f"{QCoreApplication.translate('ShopPage', title)}  Alt+{number}")
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda k=key: self.open(k))
        self.tabs.currentChanged.connect(self._tab_changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    @property
    def current(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def open(self, key: str) -> QWidget | None:
        """Show tab ``key`` (None if this role has no such tab)."""
        screen = self.screens.get(key)
        if screen is None:
            return None
        if self.tabs.currentWidget() is screen:
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(screen)
        return screen

    def _tab_changed(self, _index: int) -> None:
        self.ctx.feedback.clear()
        self.refresh()
        focus = self.initial_focus()
        if focus is not None:
            focus.setFocus()

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
