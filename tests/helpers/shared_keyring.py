"""The tests' keyring: the OS keyring cannot run here, so secrets go into a JSON file named by
``YYT_TEST_KEYRING`` (one per test, from conftest). A process the test starts (``python -m app``,
a killed writer, a sync victim) gets the same secrets through ``PYTHON_KEYRING_BACKEND`` naming
this class — as a real station's processes share the OS keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class SharedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ["YYT_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _save(self, values: dict[str, str]) -> None:
        part = self.path.with_suffix(".part")
        part.write_text(json.dumps(values))
        part.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}\0{username}"] = password
        self._save(values)

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        if values.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(values)
