"""What every command gets: the data folder, output mode, the station and the signed-in user."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from ..core.clock import Clock, SystemClock
from ..core.errors import InvalidInput, NotAllowed
from ..core.station import Station
from ..core.users.model import Actor
from ..paths import DataPaths


@dataclass
class CliContext:
    paths: DataPaths
    json: bool = False
    username: str | None = None
    clock: Clock = field(default_factory=SystemClock)
    _station: Station | None = None

    @property
    def station(self) -> Station:
        """The station in the data folder (opened on first use: migrated, day's backup made)."""
        if self._station is None:
            self._station = Station.open(self.paths, clock=self.clock)
        return self._station

    def set_station(self, station: Station) -> None:
        self._station = station

    @cached_property
    def actor(self) -> Actor:
        """The ``--user`` signed in with the PIN from ``YYT_PIN`` (or a prompt on a terminal)."""
        if not self.username:
            raise NotAllowed("auth.required")
        pin = os.environ.get("YYT_PIN")
        if pin is None:
            if not sys.stdin.isatty():
                raise NotAllowed("auth.pin_missing", username=self.username)
            pin = getpass.getpass(f"PIN for {self.username}: ")
        return self.station.users.authenticate(self.username, pin)

    def people(self) -> Callable[[str], str | None] | None:
        """How messages name staff (display names) — when the station is open, else None."""
        if self._station is None:
            return None
        from ..core.users.names import display_names

        return display_names(self._station.store)

    def close(self) -> None:
        if self._station is not None:
            self._station.close()
            self._station = None


def new_pin_from_env() -> str:
    """A new user's PIN from ``YYT_NEW_PIN`` (or typed twice on a terminal)."""
    pin = os.environ.get("YYT_NEW_PIN")
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise InvalidInput("pin.missing", variable="YYT_NEW_PIN")
    first = getpass.getpass("New PIN (6 digits): ")
    if getpass.getpass("Repeat the PIN: ") != first:
        raise InvalidInput("pin.mismatch")
    return first
