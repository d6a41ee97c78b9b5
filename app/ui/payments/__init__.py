"""Payments (生活缴费) and the cash drawer in the window: taking a payment at the counter, the list
of payments with one action to refund, and the Shift tab (open with a float, the blind count by
denomination, the Z report, the day's close). Carriers see none of it; supervisors read.

Light on purpose (the shell imports it at start-up): the screens are imported on first use.
"""

from __future__ import annotations

from ..modules import OFFICE, QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .page import PaymentsPage

    return PaymentsPage(ctx)


MODULE = ModuleSpec(
    key="payments",
    title=QT_TRANSLATE_NOOP("modules", "Payments"),
    icon="payments",
    shortcut="Ctrl+3",
    roles=OFFICE,
    order=30,
    factory=_open,
    description=QT_TRANSLATE_NOOP("modules", "Electricity, water, gas, phone top-up, pension and medical insurance."),
)
