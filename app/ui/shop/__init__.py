"""The agri-input shop (农资) in the window: sell by scanner with the basket and the FEFO lot shown,
real-name form for restricted-use pesticides, stock by lot with expiry colours, stock-in, the
statutory ledgers (export) and recalls.

Light on purpose (the shell imports it at start-up): the screens are imported on first use.
Every business rule lives in :mod:`app.core.shop`.
"""

from __future__ import annotations

from ..modules import COUNTER, QT_TRANSLATE_NOOP, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .page import ShopPage

    return ShopPage(ctx)


MODULE = ModuleSpec(
    key="shop",
    title=QT_TRANSLATE_NOOP("modules", "Shop"),
    icon="shop",
    shortcut="Ctrl+4",
    roles=COUNTER,
    order=40,
    factory=_open,
    description=QT_TRANSLATE_NOOP("modules", "Agri-input sales, stock by lot and the ledgers."),
)
