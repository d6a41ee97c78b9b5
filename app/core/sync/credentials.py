"""The station's token, in the OS keyring only (never in the database or a config file).

Backend choice: whatever keyring is configured (tests set one; ``PYTHON_KEYRING_BACKEND`` is
honoured by the keyring library itself). When that is the 'fail' backend, as on a headless
Linux box or in a frozen build where the environment route cannot import the class, the
backend named in ``PYTHON_KEYRING_BACKEND`` is loaded here explicitly, then the platform's own
(Windows Credential Locker, macOS Keychain, Secret Service) is tried by importing its class.
If none works: ``Refused('sync.no_keyring')``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import Refused

log = logging.getLogger(__name__)

SERVICE = "youyuntong-station"


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


def keyring_backend() -> Any:
    """A working keyring backend, chosen as the module docstring says (and then set as keyring's
    default for this process)."""
    try:
        import keyring
        from keyring.core import load_keyring
    except ImportError:  # pragma: no cover - keyring is a main dependency
        raise Refused("sync.no_keyring", detail="keyring not installed") from None
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
    raise Refused("sync.no_keyring", detail=type(current).__name__ if current is not None else "none")


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


class Credentials:
    """The token of one station (account = station code) in the keyring."""

    def __init__(self, station_code: str) -> None:
        self.account = station_code

    def get(self) -> str | None:
        try:
            return keyring_backend().get_password(SERVICE, self.account)
        except Refused:
            raise
        except Exception as exc:  # noqa: BLE001 - locked or broken keyring
            raise Refused("sync.no_keyring", detail=type(exc).__name__) from None

    def set(self, token: str) -> None:
        try:
            keyring_backend().set_password(SERVICE, self.account, token)
        except Refused:
            raise
        except Exception as exc:  # noqa: BLE001
            raise Refused("sync.no_keyring", detail=type(exc).__name__) from None

    def delete(self) -> None:
        try:
            keyring_backend().delete_password(SERVICE, self.account)
        except Exception:  # noqa: BLE001 - nothing to delete
            log.debug("no token to delete for %s", self.account)
