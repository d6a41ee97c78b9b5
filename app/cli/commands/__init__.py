"""Command groups. Each module has ``register(subparsers)`` and sets ``func(ctx, args) -> dict``."""

from . import (
    audit,
    backup,
    cash,
    consign,
    key,
    maintenance,
    parcel,
    pay,
    report,
    settings,
    shop,
    station,
    sync,
    users,
)

COMMAND_MODULES = (station, users, audit, backup, maintenance, key, parcel, pay, cash, shop, consign, report, settings, sync)
