"""Sections other services add to the Z report (e.g. payments still pending at the close).

A module declares ``Z_SECTIONS = (("name", fn), ...)`` in ``app/core/<module>/zsection.py``, where
``fn(conn, shift_id)`` returns plain JSON data; :data:`SECTION_MODULES` is the one list of them.
The Z stores each section as made at the close (a later change does not alter a printed Z).
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from functools import cache
from typing import Any

#: the core packages that declare ``zsection.Z_SECTIONS`` (add yours here)
SECTION_MODULES: tuple[str, ...] = ("payments",)

Section = tuple[str, Callable[[sqlite3.Connection, str], Any]]


@cache
def z_sections() -> tuple[Section, ...]:
    found: list[Section] = []
    for name in SECTION_MODULES:
        module = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.{name}.zsection")
        found.extend(module.Z_SECTIONS)
    return tuple(found)
