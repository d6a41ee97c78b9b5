"""What every parcels screen shares: its context, database jobs on the shell's worker, a
refresh shortly after any commit while the screen is shown, and window shortcuts that only
work while it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ...core.station import Station
from ..context import ScreenContext
from ..refresh import RefreshSoon

REFRESH_DELAY_MS = 400


class ParcelScreen(QWidget):
    """Base of the parcels tabs and the carrier's round page. Subclasses override
    :meth:`refresh` (read on the database worker, show in a callback) and may define
    ``scan_target()`` and ``initial_focus()``."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.soon = RefreshSoon(self, self.refresh, REFRESH_DELAY_MS).watch(ctx.bus.committed)

    def refresh(self) -> None:
        """Read what the screen shows (on the database worker)."""

    def initial_focus(self) -> QWidget:
        return self

    def run(self, fn: Callable[[Station], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """``fn(station)`` on the database worker; ``on_done``/``on_error`` back on the GUI thread
        (errors go to the message line unless ``on_error`` is given)."""
        self.ctx.tasks.run_db(fn, on_done, on_error or self.ctx.show_error)

    def add_shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        """A window shortcut active while this screen is shown (Ctrl/Alt/F-keys only: single
        keys would fire on scanned characters)."""
        return QShortcut(QKeySequence(keys), self, activated=slot)
