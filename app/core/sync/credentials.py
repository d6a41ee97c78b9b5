"""The station's platform token: the ``sync_token`` secret of :mod:`app.core.station_secrets`
(the OS keyring only, never the database or a config file). Failures say ``sync.no_keyring``."""

from __future__ import annotations

from typing import Any

from ..station_secrets import SERVICE, SYNC_TOKEN, StationSecrets, use_file_keyring
from ..station_secrets import keyring_backend as _backend

__all__ = ["SERVICE", "Credentials", "keyring_backend", "use_file_keyring"]


def keyring_backend() -> Any:
    """A working keyring backend (``Refused('sync.no_keyring')`` when none works)."""
    return _backend("sync.no_keyring")


class Credentials:
    """The token of one station (account = station code) in the keyring."""

    def __init__(self, station_code: str) -> None:
        self.account = station_code
        self._secrets = StationSecrets(station_code, "sync.no_keyring")

    def get(self) -> str | None:
        return self._secrets.get(SYNC_TOKEN)

    def set(self, token: str) -> None:
        self._secrets.set(SYNC_TOKEN, token)

    def delete(self) -> None:
        self._secrets.delete(SYNC_TOKEN)
