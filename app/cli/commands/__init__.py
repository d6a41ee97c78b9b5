"""Command groups. Each module has ``register(subparsers)`` and sets ``func(ctx, args) -> dict``."""

from . import audit, backup, cash, parcel, pay, station, sync, users

COMMAND_MODULES = (station, users, audit, backup, parcel, pay, cash, sync)
