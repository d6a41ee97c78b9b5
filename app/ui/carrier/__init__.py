"""Carrier mode: the big-button screen for welfare-post carriers (their rounds plug in as
``CARRIER_ACTIONS`` declared by module packages; see :mod:`app.ui.modules`)."""

from .screen import CarrierScreen

__all__ = ["CarrierScreen"]
