"""Command groups. Each module has ``register(subparsers)`` and sets ``func(ctx, args) -> dict``."""

from . import audit, backup, cash, consign, parcel, station, sync, users

COMMAND_MODULES = (station, users, audit, backup, parcel, cash, consign, sync)
