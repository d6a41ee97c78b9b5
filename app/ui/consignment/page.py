"""The Consignment page: one tab per job (Alt+1 … Alt+4) — intake, lots, settle, farmers.

A scan on any tab is read as a consignment code: the QR of an intake receipt (``YYT:LOT:…``) or a
lot number opens the lot on the Lots tab; a statement's QR (``YYT:STM:…``) opens it on Settle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..scanner import CallbackTarget, ScanTarget
from ..tabbed import TabbedPage

TABS = (
    ("intake", QT_TRANSLATE_NOOP("ConsignmentPage", "Intake"), None),
    ("lots", QT_TRANSLATE_NOOP("ConsignmentPage", "Lots"), None),
    ("settle", QT_TRANSLATE_NOOP("ConsignmentPage", "Settle and pay"), None),
    ("farmers", QT_TRANSLATE_NOOP("ConsignmentPage", "Farmers"), None),
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


class ConsignmentPage(TabbedPage):
    CONTEXT = "ConsignmentPage"
    TABS = TABS

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._target = CallbackTarget(self.scan)

    def build(self, key: str) -> QWidget:
        return _build(key, self.ctx)

    def scan(self, code: str) -> None:
        """A scanned consignment code: the lot (Lots tab) or the statement (Settle tab)."""
        if scan_kind(code) == "statement":
            self.open("settle").open_statement(code)
        else:
            self.open("lots").open_lot(code)

    def scan_target(self) -> ScanTarget | None:
        return self._target
