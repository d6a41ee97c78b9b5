"""The Shop page: one tab per job (Alt+1 … Alt+5), the tabs a role may use; scans go to the current
tab's scan target; ``refresh`` and ``initial_focus`` follow the tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..tabbed import TabbedPage

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


class ShopPage(TabbedPage):
    CONTEXT = "ShopPage"
    TABS = TABS

    def build(self, key: str) -> QWidget:
        return _build(key, self.ctx)
