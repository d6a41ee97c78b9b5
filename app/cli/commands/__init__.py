"""Command groups. Each module has ``register(subparsers)`` and sets ``func(ctx, args) -> dict``."""

from . import audit, backup, cash, parcel, pay, settings, station, sync, users

COMMAND_MODULES = (station, users, audit, backup, parcel, pay, cash, settings, sync)
