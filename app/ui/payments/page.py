"""The Payments page: Take payment (Alt+1), Payments (Alt+2), Shift (Alt+3) — the tabs a role
may use (supervisors: the list and the shifts, read-only). Scans go to the current tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.users.permissions import Perm
from ..modules import QT_TRANSLATE_NOOP
from ..parcels.style import parcels_style
from ..tabbed import TabbedPage

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


class PaymentsPage(TabbedPage):
    CONTEXT = "PaymentsPage"
    TABS = TABS

    def style_sheet(self, point_size: int) -> str:
        # a reference is 16–20 characters: the banner's huge line is set smaller than a pickup code's
        return parcels_style(point_size) + f"#bannerBig {{ font-size: {point_size * 3}pt; }}"

    def build(self, key: str) -> QWidget:
        return _build(key, self)
