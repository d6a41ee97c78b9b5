"""The Parcels page: one tab per job at the counter (Alt+1 … Alt+8), the tabs a role may use.

Scans go to the current tab's scan target; ``refresh`` and ``initial_focus`` follow the tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.users.permissions import Perm
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..tabbed import TabbedPage

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


class ParcelsPage(TabbedPage):
    CONTEXT = "ParcelsPage"
    TABS = TABS

    def build(self, key: str) -> QWidget:
        return _build(key, self.ctx)
