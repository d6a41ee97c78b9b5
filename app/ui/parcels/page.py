"""The Parcels page: one tab per job at the counter (Alt+1 … Alt+8), the tabs a role may use.

Scans go to the current tab's scan target; ``refresh`` and ``initial_focus`` follow the tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..scanner import ScanTarget
from .style import current_point_size, parcels_style

# (key, title, permission needed to see the tab)
TABS = (
    ("checkin", QT_TRANSLATE_NOOP("ParcelsPage", "Check in"), Perm.PARCEL_COUNTER),
    ("pickup", QT_TRANSLATE_NOOP("ParcelsPage", "Pick up"), Perm.PARCEL_COUNTER),
    ("rounds", QT_TRANSLATE_NOOP("ParcelsPage", "Rounds"), Perm.ROUND_MANAGE),
    ("send", QT_TRANSLATE_NOOP("ParcelsPage", "Send"), Perm.PARCEL_COUNTER),
    ("overdue", QT_TRANSLATE_NOOP("ParcelsPage", "Overdue"), Perm.PARCEL_READ),
    ("stocktake", QT_TRANSLATE_NOOP("ParcelsPage", "Stock-take"), Perm.PARCEL_COUNTER),
    ("shelves", QT_TRANSLATE_NOOP("ParcelsPage", "Shelves"), Perm.PARCEL_READ),
    ("search", QT_TRANSLATE_NOOP("ParcelsPage", "Search"), Perm.PARCEL_READ),
)


def _build(key: str, ctx: ScreenContext) -> QWidget:
    if key == "checkin":
        from .checkin import CheckinScreen

        return CheckinScreen(ctx)
    if key == "pickup":
        from .pickup import PickupScreen

        return PickupScreen(ctx)
    if key == "rounds":
        from .rounds import RoundsScreen

        return RoundsScreen(ctx)
    if key == "send":
        from .outbound import SendScreen

        return SendScreen(ctx)
    if key == "overdue":
        from .overdue import OverdueScreen

        return OverdueScreen(ctx)
    if key == "stocktake":
        from .stocktake import StocktakeScreen

        return StocktakeScreen(ctx)
    if key == "search":
        from .search import SearchScreen

        return SearchScreen(ctx)
    from .shelves import ShelvesScreen

    return ShelvesScreen(ctx)


class ParcelsPage(QWidget):
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
            label = QCoreApplication.translate("ParcelsPage", title)
            self.tabs.addTab(screen, f"{label}  Alt+{number}")
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda k=key: self.open(k))
        self.tabs.currentChanged.connect(self._tab_changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    @property
    def keys(self) -> list[str]:
        return list(self.screens)

    @property
    def current_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        return next((k for k, w in self.screens.items() if w is widget), None)

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
