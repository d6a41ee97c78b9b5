"""Where the window's files are: icons, sounds and translations, from a source tree or a frozen bundle.

A PyInstaller bundle keeps ``resources/`` and ``translations/`` under ``sys._MEIPASS``; a source
checkout keeps them at the repository root, beside the ``app`` package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def base_dir() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return base_dir() / "resources"


def icon_path(name: str) -> Path:
    """``resources/icons/<name>.svg``."""
    return resources_dir() / "icons" / f"{name}.svg"


def sound_path(name: str) -> Path:
    """``resources/sounds/<name>.wav``."""
    return resources_dir() / "sounds" / f"{name}.wav"


def translations_dir() -> Path:
    return base_dir() / "translations"
