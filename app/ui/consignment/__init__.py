"""Produce consignment (农产品代销) in the window: intake with its receipt, lots with what is left
(sell, ship, spoil, return), settle and pay with the statement's preview and print, farmers.

Light on purpose (the shell imports it at start-up): the screens are imported on first use. Every
business rule lives in :mod:`app.core.consignment`.
"""

from __future__ import annotations

from ..modules import COUNTER, QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .page import ConsignmentPage

    return ConsignmentPage(ctx)


MODULE = ModuleSpec(
    key="consignment",
    title=QT_TRANSLATE_NOOP("modules", "Consignment"),
    icon="consignment",
    shortcut="Ctrl+5",
    roles=COUNTER,
    order=50,
    factory=_open,
    description=QT_TRANSLATE_NOOP("modules", "Farm produce taken in, sold and settled for farmers."),
)
