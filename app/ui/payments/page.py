"""The Payments page: Take payment (Alt+1), Payments (Alt+2), Shift (Alt+3) — the tabs a role
may use (supervisors: the list and the shifts, read-only). Scans go to the current tab."""

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
    ("pay", QT_TRANSLATE_NOOP("PaymentsPage", "Take payment"), Perm.PAYMENT_TAKE),
    ("list", QT_TRANSLATE_NOOP("PaymentsPage", "Payments"), Perm.REPORTS_READ),
    ("shift", QT_TRANSLATE_NOOP("PaymentsPage", "Shift"), Perm.REPORTS_READ),
)


def _build(key: str, page: PaymentsPage) -> QWidget:
    if key == "pay":
        from .pay import PayScreen

        return PayScreen(page.ctx, open_shift=lambda: page.open("shift"))
    if key == "list":
        from .listing import PaymentListScreen

        return PaymentListScreen(page.ctx)
    from .shift import ShiftScreen

    return ShiftScreen(page.ctx)


class PaymentsPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        pt = current_point_size()
        # a reference is 16–20 characters: the banner's huge line is set smaller than a pickup code's
        self.setStyleSheet(parcels_style(pt) + f"#bannerBig {{ font-size: {pt * 3}pt; }}")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.screens: dict[str, QWidget] = {}
        for number, (key, title, _perm) in enumerate((t for t in TABS if ctx.can(t[2])), start=1):
            screen = _build(key, self)
            self.screens[key] = screen
            self.tabs.addTab(screen, f"{QCoreApplication.translate('PaymentsPage', title)}  Alt+{number}")
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
