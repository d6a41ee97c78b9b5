"""Parcels (快递收投) in the window: check-in by scan, pickup, rounds, outbound sending, overdue,
stock-take and shelves — and the carrier's "My round" in carrier mode.

Light on purpose (the shell imports it at start-up): the screens are imported on first use.
Every business rule lives in :mod:`app.core.parcels`; these screens call its services on the
database worker and show what they return.
"""

from __future__ import annotations

from ..modules import OFFICE, QT_TRANSLATE_NOOP, CarrierAction, ModuleSpec


def _open(ctx):  # noqa: ANN001, ANN202 - ScreenContext → QWidget, imported on first use
    from .page import ParcelsPage

    return ParcelsPage(ctx)


def _open_round(ctx):  # noqa: ANN001, ANN202
    from .carrier_round import MyRoundPage

    return MyRoundPage(ctx)


MODULE = ModuleSpec(
    key="parcels",
    title=QT_TRANSLATE_NOOP("modules", "Parcels"),
    icon="parcels",
    shortcut="Ctrl+2",
    roles=OFFICE,
    order=20,
    factory=_open,
    description=QT_TRANSLATE_NOOP("modules", "Check parcels in and out, rounds, sending and stock-takes."),
)

CARRIER_ACTIONS = [CarrierAction("round", QT_TRANSLATE_NOOP("modules", "My round"), "round", 10, _open_round)]
