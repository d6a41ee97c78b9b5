"""Every path the station uses, in one place.

The data folder is ``$YYT_DATA_DIR`` when set (tests and the demo use this to keep all state in
one folder), else the platform's per-user data folder:
``%LOCALAPPDATA%\\Youyuntong`` on Windows, ``$XDG_DATA_HOME/youyuntong`` (``~/.local/share``) elsewhere.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "Youyuntong" if sys.platform == "win32" else "youyuntong"


def default_data_dir() -> Path:
    env = os.environ.get("YYT_DATA_DIR")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


@dataclass(frozen=True)
class DataPaths:
    """The layout of one station's data folder."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> DataPaths:
        return cls(Path(data_dir).expanduser() if data_dir else default_data_dir())

    @property
    def db(self) -> Path:
        return self.root / "station.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def spool(self) -> Path:
        """Printed documents saved as PDF when no printer is chosen."""
        return self.root / "prints"

    def ensure(self) -> DataPaths:
        for p in (self.root, self.backups, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self
