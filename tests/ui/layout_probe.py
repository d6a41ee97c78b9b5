"""What the layout test (and the pictures) measure: does anything shown stick out of the window?

:func:`overflows` walks every visible widget of a window and names each one that extends past the
window's right or bottom edge. A widget inside a scroll area's viewport (a page that scrolls, a
table's cells) counts by the viewport's rect: scrolling inside its own area is fine. It also names
texts that are cut: a navigation entry wider than the navigation column, a one-line label or a
button squeezed below the width its text needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

SCREEN = (1366, 768)
SLACK = 1  # px: rounding of scaled fonts


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text().replace("\n", " ")[:40]
    return f"{type(w).__name__}#{w.objectName() or '-'}" + (f" {text!r}" if text else "")


def _window_rect(w: QWidget, window: QWidget) -> QRect:
    return QRect(w.mapTo(window, QPoint(0, 0)), w.size())


def overflows(window: QWidget, size: tuple[int, int] = SCREEN) -> list[str]:
    """Every problem found on what ``window`` shows now (empty: it fits)."""
    width, height = size
    problems = []
    if window.width() > width or window.height() > height:
        problems.append(f"window is {window.width()}×{window.height()}, more than {width}×{height}")
    hint = window.minimumSizeHint()
    if hint.width() > width or hint.height() > height:
        problems.append(f"window.minimumSizeHint() is {hint.width()}×{hint.height()}")
    low = window.minimumSize()
    if low.width() > width or low.height() > height:
        problems.append(f"window.minimumSize() is {low.width()}×{low.height()}")
    right, bottom = min(width, window.width()), min(height, window.height())

    def walk(w: QWidget, edges: bool = True) -> None:
        for child in w.findChildren(QWidget, options=_direct()):
            if not child.isVisible() or child.isWindow():
                continue
            r = _window_rect(child, window)
            past = r.right() + 1 > right + SLACK or r.bottom() + 1 > bottom + SLACK
            if past and edges:  # named once: its children would only repeat it
                problems.append(f"{_name(child)} reaches x={r.right() + 1}, y={r.bottom() + 1}")
            problems.extend(_cut_text(child))
            if isinstance(child, QAbstractScrollArea):
                if child.objectName() == "pageScroll":  # and the tabs' own areas inside the page
                    areas = [child, *(a for a in child.findChildren(QAbstractScrollArea, "pageScroll") if a.isVisible())]
                    problems.extend(f"the page scrolls sideways: {_widest(a.widget())} needs more than "
                                    f"{a.viewport().width()} px" for a in areas if a.horizontalScrollBar().isVisible())
                    if child.widget() is not None:  # cut texts inside the page (edges: the sideways check)
                        walk(child.widget(), False)
                continue  # what is inside the viewport scrolls: the viewport's rect counted
            walk(child, edges and not past)

    walk(window)
    return problems


def _widest(w: QWidget) -> str:
    """The chain of widgets that makes ``w`` as wide as it is (what to fix)."""
    names = []
    while True:
        kids = [c for c in w.findChildren(QWidget, options=_direct()) if c.isVisible() and not c.isWindow()]
        if not kids:
            break
        w = max(kids, key=lambda c: c.minimumSizeHint().width())
        names.append(f"{_name(w)} {w.minimumSizeHint().width()}")
    return " > ".join(names[-3:])


def _direct():  # noqa: ANN202 - Qt.FindChildOption
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _cut_text(w: QWidget) -> list[str]:
    if isinstance(w, QListWidget) and w.objectName() == "navList":
        return [f"navigation entry {w.item(i).text()!r} is cut ({need} px needed, {have} px)"
                for i in range(w.count())
                for need, have in [_nav_room(w, i)] if need > have]
    if isinstance(w, QTabBar) and _page_tabs(w) and any(b.isVisible() for b in w.findChildren(QToolButton)):
        return [f"the tab bar scrolls (some tabs are out of sight): {[w.tabText(i) for i in range(w.count())]}"]
    if isinstance(w, QTableWidget) and w.rowCount() and w.columnCount() > 1 and \
            w.horizontalHeader().sectionResizeMode(0) != QHeaderView.ResizeMode.Stretch:
        last = w.columnCount() - 1
        need = min(w.sizeHintForColumn(last), 400)
        if w.columnWidth(last) + SLACK < need:
            return [f"{_name(w)}: its last column is cut ({need} px needed, {w.columnWidth(last)} px)"]
    if isinstance(w, QLabel) and not w.wordWrap() and type(w).__name__ != "FitLabel" and w.text():
        need = w.minimumSizeHint().width()
        if w.width() + SLACK < need:
            return [f"{_name(w)} is cut ({need} px needed, {w.width()} px)"]
    if isinstance(w, QAbstractButton) and w.text():
        need = w.minimumSizeHint().width()
        if w.width() + SLACK < need:
            return [f"{_name(w)} is cut ({need} px needed, {w.width()} px)"]
    return []


def _page_tabs(bar: QTabBar) -> bool:
    """True for the tab bar of a page's own tabs (the page's jobs: every one must show); a tab
    widget inside a panel of the page (the report's tables beside its charts) may scroll its tabs."""
    tabs = bar.parentWidget()
    page = tabs.parentWidget() if tabs is not None else None
    viewport = page.parentWidget() if page is not None else None
    scroll = viewport.parentWidget() if viewport is not None else None
    return isinstance(tabs, QTabWidget) and isinstance(scroll, QAbstractScrollArea) and scroll.objectName() == "pageScroll"


def _nav_room(nav: QListWidget, row: int) -> tuple[int, int]:
    """(pixels the widest line of a navigation entry needs, pixels its row has)."""
    item = nav.item(row)
    font = nav.font()
    font.setBold(True)  # the selected entry is bold
    metrics = QFontMetrics(font)
    lines = [part for line in item.text().split("\n") for part in line.split("\t")] if "\t" in item.text() else \
        item.text().split("\n")
    if "\t" in item.text():  # name<TAB>shortcut on one line: both must fit with a gap
        lines = [" ".join(lines) + "    "]
    text = max(metrics.horizontalAdvance(line) for line in lines)
    need = text + nav.iconSize().width() + 3 * 8  # the style sheet's item padding, icon gap
    return need, nav.visualItemRect(item).width()


def tab_widgets(page: QWidget) -> list[QTabWidget]:
    """The visible tab widgets of ``page`` that are not inside another visible one."""
    found = []
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        parent = tabs.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is page or parent is None:
            found.append(tabs)
    return found
