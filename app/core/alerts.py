"""What needs the clerk's attention, for the Today page: declared by each module.

A module declares ``ALERTS = (fn, ...)`` in ``app/core/<module>/alerts.py``, where
``fn(conn, now, settings)`` returns a list of :class:`Alert` (read-only, through indexes: Today is
read after every commit); :data:`ALERT_MODULES` is the one list of those modules. An alert's words
are a message code in :mod:`app.messages` (``alert.*``) filled with its fields, like an error's.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .settings import SettingsService

log = logging.getLogger(__name__)

#: the core packages that declare ``alerts.ALERTS`` (add yours here)
ALERT_MODULES: tuple[str, ...] = ("parcels", "payments", "shop", "consignment", "sync")

LEVELS = ("danger", "warning", "info")


@dataclass(frozen=True)
class Alert:
    """``module``: which page acts on it (a ModuleSpec key); ``level``: danger, warning or info;
    ``code``/``fields``: the words (``alert.*`` in app.messages)."""

    module: str
    level: str
    code: str
    fields: dict[str, Any] = field(default_factory=dict)


AlertSource = Callable[[sqlite3.Connection, _dt.datetime, SettingsService], list[Alert]]


@cache
def sources() -> tuple[AlertSource, ...]:
    found: list[AlertSource] = []
    for name in ALERT_MODULES:
        found.extend(importlib.import_module(f"{__package__}.{name}.alerts").ALERTS)
    return tuple(found)


def read_alerts(conn: sqlite3.Connection, now: _dt.datetime, settings: SettingsService) -> tuple[Alert, ...]:
    """Every module's alerts, most urgent first. A source that fails is logged and skipped: the
    Today page must always open."""
    out: list[Alert] = []
    for source in sources():
        try:
            out.extend(source(conn, now, settings))
        except sqlite3.Error:
            log.exception("alert source %s failed", getattr(source, "__qualname__", source))
    return tuple(sorted(out, key=lambda a: LEVELS.index(a.level) if a.level in LEVELS else len(LEVELS)))
