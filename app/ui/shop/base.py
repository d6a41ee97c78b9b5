"""What every shop screen shares: its context, database jobs on the shell's worker, a refresh
shortly after any commit while shown, window shortcuts, and the words of the shop's coded values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QWidget

from ...core.station import Station
from ..context import ScreenContext
from ..modules import QT_TRANSLATE_NOOP
from ..refresh import RefreshSoon

REFRESH_DELAY_MS = 400

CATEGORY_WORDS = {
    "seed": QT_TRANSLATE_NOOP("ShopWords", "Seed"),
    "fertiliser": QT_TRANSLATE_NOOP("ShopWords", "Fertiliser"),
    "pesticide": QT_TRANSLATE_NOOP("ShopWords", "Pesticide"),
    "feed": QT_TRANSLATE_NOOP("ShopWords", "Feed"),
    "tool": QT_TRANSLATE_NOOP("ShopWords", "Tool"),
    "other": QT_TRANSLATE_NOOP("ShopWords", "Other"),
}
STATE_WORDS = {
    "sellable": QT_TRANSLATE_NOOP("ShopWords", "Sellable"),
    "near_expiry": QT_TRANSLATE_NOOP("ShopWords", "Expires soon"),
    "expired": QT_TRANSLATE_NOOP("ShopWords", "Expired"),
    "recalled": QT_TRANSLATE_NOOP("ShopWords", "Recalled"),
    "empty": QT_TRANSLATE_NOOP("ShopWords", "Empty"),
}
#: the Stock page's row colours by lot state (background)
STATE_COLOURS = {"near_expiry": "#fff4d6", "expired": "#fce8e6", "recalled": "#e8e8e8"}


def word(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("ShopWords", text) if text else key


def date_edit(value: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ShopScreen(QWidget):
    """Base of the shop tabs: :meth:`refresh` reads on the database worker and shows in a callback."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.soon = RefreshSoon(self, self.refresh, REFRESH_DELAY_MS).watch(ctx.bus.committed)

    def refresh(self) -> None:
        """Read what the screen shows."""

    def initial_focus(self) -> QWidget:
        return self

    def run(self, fn: Callable[[Station], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self.ctx.tasks.run_db(fn, on_done, on_error or self.ctx.show_error)

    def add_shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        """A shortcut active while this screen is shown (Ctrl/Alt/F-keys only: scans type letters)."""
        return QShortcut(QKeySequence(keys), self, activated=slot)

    def today(self) -> QDate:
        d = self.ctx.station.store.clock.now()
        from ...core.clock import local_date

        day = local_date(d)
        return QDate(day.year, day.month, day.day)
