"""Command groups. Each module has ``register(subparsers)`` and sets ``func(ctx, args) -> dict``."""

from . import audit, backup, cash, parcel, shop, station, sync, users

COMMAND_MODULES = (station, users, audit, backup, parcel, cash, shop, sync)
