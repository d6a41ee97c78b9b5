"""Numbered schema migrations on ``PRAGMA user_version``.

Each step is one small module with ``VERSION`` and ``apply(conn)``; it runs in its own
transaction together with the ``user_version`` bump. Add a step by writing the next module and
listing it in ``STEPS``; never edit a step that has shipped (saved databases at every version are
kept under ``tests/fixtures`` and upgraded in the tests).
"""

from __future__ import annotations

from types import ModuleType

from . import (
    v001_foundation,
    v002_parcels,
    v003_sync,
    v004_cash,
    v005_parcel_care,
    v006_id_key_to_keyring,
    v007_payments,
    v008_shop,
    v009_consignment,
    v010_reports,
    v011_retention,
    v012_sealed,
)

STEPS: tuple[ModuleType, ...] = (v001_foundation, v002_parcels, v003_sync, v004_cash, v005_parcel_care,
                                 v006_id_key_to_keyring, v007_payments, v008_shop,
                                 v009_consignment, v010_reports, v011_retention, v012_sealed)

LATEST = STEPS[-1].VERSION

for _i, _step in enumerate(STEPS, start=1):
    assert _step.VERSION == _i, f"migration {_step.__name__} must be version {_i}"
