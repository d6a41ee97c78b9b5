"""Every path the station uses, in one place.

The data folder is ``$YYT_DATA_DIR`` when set (tests and the demo use this to keep all state in
one folder), else the platform's per-user data folder:
``%LOCALAPPDATA%\\Youyuntong`` on Windows, ``$XDG_DATA_HOME/youyuntong`` (``~/.local/share``) elsewhere.
When that folder has no station but ``./demo-data`` (``make run``'s demo) has one, that is used
(:meth:`DataPaths.locate`; the log says so).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "Youyuntong" if sys.platform == "win32" else "youyuntong"
#: the folder ``make run`` keeps its demo station in (inside the project folder)
DEMO_DIR_NAME = "demo-data"
DB_NAME = "station.db"


def default_data_dir() -> Path:
    env = os.environ.get("YYT_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return platform_data_dir()


def platform_data_dir() -> Path:
    """The platform's per-user data folder (no ``YYT_DATA_DIR``)."""
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

    @classmethod
    def locate(cls, data_dir: str | Path | None = None, *, demo_fallback: bool = True,
               cwd: Path | None = None) -> tuple[DataPaths, str | None]:
        """Like :meth:`resolve`, and when neither ``--data-dir`` nor ``YYT_DATA_DIR`` is given and
        the platform's folder holds no station while ``./demo-data`` (the folder ``make run``
        uses, in the current folder) does, that demo station — with a note saying so for the
        log. ``demo_fallback=False`` for commands that create a station (``init``, ``demo``)."""
        if data_dir or os.environ.get("YYT_DATA_DIR"):
            return cls.resolve(data_dir), None
        default = platform_data_dir()
        if demo_fallback and not (default / DB_NAME).exists():
            demo = (cwd or Path.cwd()) / DEMO_DIR_NAME
            if (demo / DB_NAME).exists():
                return cls(demo), f"no station in {default}: using the demo station in {demo}"
        return cls(default), None

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

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
