"""The station's secrets, in the OS keyring only (never in the database, a backup or a file).

One keyring service (``youyuntong-station``); each station keeps *named* secrets in it:

| name | account | what |
|---|---|---|
| ``sync_token`` | ``<code>`` (as before: enrolled stations keep working) | the platform token |
| ``id_hash_key`` | ``<code>/id_hash_key`` | the station key (hex): the resident-ID keyed hash, and the keys that |
| | | seal personal data at rest are derived from it (:mod:`app.core.sealing`) |

Backend choice: whatever keyring is configured (tests set one; ``PYTHON_KEYRING_BACKEND`` is
honoured by the keyring library itself). When that is the 'fail' backend, as on a headless
Linux box or in a frozen build where the environment route cannot import the class, the
backend named in ``PYTHON_KEYRING_BACKEND`` is loaded here explicitly, then the platform's own
(Windows Credential Locker, macOS Keychain, Secret Service) is tried by importing its class.
If none works: ``Refused('secrets.no_keyring')`` (the sync layer reports ``sync.no_keyring``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from .errors import Refused

log = logging.getLogger(__name__)

SERVICE = "youyuntong-station"
SYNC_TOKEN = "sync_token"
ID_HASH_KEY = "id_hash_key"
NAMES = (SYNC_TOKEN, ID_HASH_KEY)


def _usable(backend: Any) -> bool:
    from keyring.backends import chainer, fail

    if backend is None or isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend that cannot rate itself is not usable
        return False


def _platform_candidates() -> list[str]:
    if sys.platform == "win32":
        return ["keyring.backends.Windows.WinVaultKeyring"]
    if sys.platform == "darwin":
        return ["keyring.backends.macOS.Keyring"]
    return ["keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring"]


def keyring_backend(error_code: str = "secrets.no_keyring") -> Any:
    """A working keyring backend, chosen as the module docstring says (and then set as keyring's
    default for this process); ``Refused(error_code)`` when none works."""
    try:
        import keyring
        from keyring.core import load_keyring
    except ImportError:  # pragma: no cover - keyring is a main dependency
        raise Refused(error_code, detail="keyring not installed") from None
    try:
        current = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken configuration is treated as none
        current = None
    if _usable(current):
        return current
    names = [os.environ["PYTHON_KEYRING_BACKEND"]] if os.environ.get("PYTHON_KEYRING_BACKEND") else []
    for name in names + _platform_candidates():
        try:
            backend = load_keyring(name)
        except Exception as exc:  # noqa: BLE001 - try the next one
            log.debug("keyring backend %s unavailable: %s", name, exc)
            continue
        if _usable(backend):
            keyring.set_keyring(backend)
            log.info("using keyring backend %s", name)
            return backend
    raise Refused(error_code, detail=type(current).__name__ if current is not None else "none")


def use_file_keyring(path: Path) -> Any:
    """For demos and scripted checks only: keyrings.alt's plaintext file backend (mode 0600) at
    ``path``, set as this process's keyring. Not for a real station."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    class _DemoFileKeyring(PlaintextKeyring):
        @property
        def file_path(self) -> str:  # type: ignore[override]
            return str(path)

    backend = _DemoFileKeyring()
    keyring.set_keyring(backend)
    return backend


def use_memory_keyring() -> Any:
    """A keyring that lives in this process only (the self-test's throwaway station: nothing of it
    may land in the user's real keyring). Set as this process's keyring and returned."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


class StationSecrets:
    """The named secrets of one station. Every call may raise ``Refused(error_code)`` when no
    keyring works or the keyring fails (locked, broken)."""

    def __init__(self, station_code: str, error_code: str = "secrets.no_keyring") -> None:
        self.station_code = station_code
        self.error_code = error_code

    def account(self, name: str) -> str:
        if name not in NAMES:
            raise ValueError(f"unknown station secret {name!r}")
        return self.station_code if name == SYNC_TOKEN else f"{self.station_code}/{name}"

    def get(self, name: str) -> str | None:
        """The secret, or None when the keyring holds none under that name."""
        return self._call("get_password", name)

    def set(self, name: str, value: str) -> None:
        self._call("set_password", name, value)

    def delete(self, name: str) -> None:
        """Remove the secret (nothing happens when there is none)."""
        try:
            keyring_backend(self.error_code).delete_password(SERVICE, self.account(name))
        except Exception:  # noqa: BLE001 - nothing to delete
            log.debug("no %s to delete for %s", name, self.station_code)

    def _call(self, method: str, name: str, *args: str) -> Any:
        account = self.account(name)
        try:
            return getattr(keyring_backend(self.error_code), method)(SERVICE, account, *args)
        except Refused:
            raise
        except Exception as exc:  # noqa: BLE001 - a locked or broken keyring
            raise Refused(self.error_code, detail=type(exc).__name__) from None
