"""The Consignment page: one tab per job (Alt+1 … Alt+4) — intake, lots, settle, farmers.

A scan on any tab is read as a consignment code: the QR of an intake receipt (``YYT:LOT:…``) or a
lot number opens the lot on the Lots tab; a statement's QR (``YYT:STM:…``) opens it on Settle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..parcels.style import current_point_size, parcels_style
from ..scanner import CallbackTarget, ScanTarget

TABS = (
    ("intake", QT_TRANSLATE_NOOP("ConsignmentPage", "Intake")),
    ("lots", QT_TRANSLATE_NOOP("ConsignmentPage", "Lots")),
    ("settle", QT_TRANSLATE_NOOP("ConsignmentPage", "Settle and pay")),
    ("farmers", QT_TRANSLATE_NOOP("ConsignmentPage", "Farmers")),
)


def _build(key: str, ctx: ScreenContext) -> QWidget:
    if key == "intake":
        from .intake import IntakeScreen

        return IntakeScreen(ctx)
    if key == "lots":
        from .lots import LotsScreen

        return LotsScreen(ctx)
    if key == "settle":
        from .settle import SettleScreen

        return SettleScreen(ctx)
    from .farmers import FarmersScreen

    return FarmersScreen(ctx)


def scan_kind(code: str) -> str:
    """``statement`` for a statement's QR or number (``YYT:STM:…``, ``S000003``), else ``lot``."""
    raw = code.strip().upper()
    return "statement" if raw.startswith("YYT:STM:") or (raw[:1] == "S" and raw[1:].isdigit()) else "lot"


class ConsignmentPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(parcels_style(current_point_size()))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.screens: dict[str, QWidget] = {}
        for number, (key, title) in enumerate(TABS, start=1):
            screen = _build(key, ctx)
            self.screens[key] = screen
            self.tabs.addTab(screen, f"{QCoreApplication.translate('ConsignmentPage', title)}  Alt+{number}")
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda k=key: self.open(k))
        self.tabs.currentChanged.connect(self._tab_changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        self._target = CallbackTarget(self.scan)

    @property
    def current(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def open(self, key: str) -> QWidget | None:
        """Show tab ``key``."""
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

    def scan(self, code: str) -> None:
        """A scanned consignment code: the lot (Lots tab) or the statement (Settle tab)."""
        if scan_kind(code) == "statement":
            self.open("settle").open_statement(code)
        else:
            self.open("lots").open_lot(code)

    # -- what the shell asks of a screen -------------------------------------------------------
    def refresh(self) -> None:
        refresh = getattr(self.current, "refresh", None)
        if callable(refresh):
            refresh()

    def initial_focus(self) -> QWidget | None:
        focus = getattr(self.current, "initial_focus", None)
        return focus() if callable(focus) else self.current

    def scan_target(self) -> ScanTarget | None:
        return self._target

    def shutdown(self) -> None:
        for screen in self.screens.values():
            close = getattr(screen, "shutdown", None)
            if callable(close):
                close()
