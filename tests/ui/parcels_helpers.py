"""Helpers for the parcels screen tests: open the real Parcels page in the real window, scan like
a USB scanner (a burst of keys ending in Enter, through the application's scanner filter), and
put pre-advice rows in place the way sync does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import activate, sign_in


def open_parcels(qtbot, window, tab: str, user: str = "clerk"):  # noqa: ANN001, ANN201
    """Sign ``user`` in and show the Parcels page's ``tab``; returns (page, screen)."""
    sign_in(qtbot, window, user)
    activate(qtbot, window)
    assert window.shell.open("parcels")
    page = window.shell.current_page
    screen = page.open(tab)
    assert screen is not None, f"no {tab} tab for {user}"
    return page, screen


def scan(qtbot, code: str, widget=None) -> None:  # noqa: ANN001
    """A scanner burst: every key at once, then Enter, into whichever widget has focus."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has focus"
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def type_slowly(qtbot, widget, text: str, enter: bool = True) -> None:  # noqa: ANN001
    """A person typing (slower than a scanner): the keys reach the field."""
    qtbot.keyClicks(widget, text, delay=60)
    qtbot.waitUntil(lambda: widget.text().endswith(text), timeout=3000)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return, delay=60)


def preadvise(station, rows) -> None:  # noqa: ANN001
    """Pre-advice rows (tracking, carrier, phone, name, sender) as sync writes them (sealed)."""
    with station.store.write(actor="system", action="sync.pull", entity="parcel_preadvice") as tx:
        for tracking, carrier, phone, name, sender in rows:
            tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, received_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)", (tracking, carrier, tx.seal(phone), tx.seal(name), tx.seal(sender),
                                                     tx.now_iso))
        tx.summary.update(stream="preadvice", records=len(rows))


def parcel_rows(station, tracking: str) -> list:  # noqa: ANN001
    return station.store.query("SELECT pickup_code, status FROM parcels WHERE tracking = ?", (tracking,))
