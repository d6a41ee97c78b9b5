"""app/ui/flow.py on real widgets: rows that wrap, panels that stack, pages that scroll."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.flow import FlowLayout, PageScroll, SideBySide, flow_row


def _buttons(n: int) -> list[QPushButton]:
    return [QPushButton(f"A rather long button {i} (Ctrl+{i})") for i in range(n)]


def test_flow_wraps_onto_more_rows_instead_of_widening(qtbot):
    buttons = _buttons(5)
    row = flow_row(*buttons)
    qtbot.addWidget(row)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSizeHint().width() <= widest  # not the sum of the buttons
    layout = row.layout()
    assert isinstance(layout, FlowLayout) and layout.hasHeightForWidth()
    one_row = layout.heightForWidth(sum(b.sizeHint().width() for b in buttons) + 100)
    narrow = layout.heightForWidth(widest + 10)
    assert narrow >= 4 * one_row  # one button a row
    row.resize(widest + 10, narrow)
    row.show()
    qtbot.waitExposed(row)
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) == 5
    assert all(b.geometry().right() < row.width() for b in buttons)


def test_hidden_items_take_no_room(qtbot):
    buttons = _buttons(3)
    row = flow_row(*buttons)
    qtbot.addWidget(row)
    full = row.layout().sizeHint().width()
    buttons[1].hide()
    assert row.layout().sizeHint().width() < full


def test_side_by_side_stacks_when_narrow(qtbot):
    left, right = QLabel("x" * 60), QLabel("y" * 60)
    both = SideBySide((left, 3), (right, 2))
    holder = QWidget()  # inside a page, as on the screens (a window would keep its layout's minimum)
    QVBoxLayout(holder).addWidget(both)
    qtbot.addWidget(holder)
    need = left.minimumSizeHint().width() + right.minimumSizeHint().width()
    assert both.minimumSizeHint().width() < need
    holder.resize(need + 50, 100)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: left.geometry().top() == right.geometry().top())
    holder.resize(left.minimumSizeHint().width() + 40, 200)
    qtbot.waitUntil(lambda: right.geometry().top() > left.geometry().top())
    assert right.geometry().right() <= both.width()


def test_page_scroll_never_asks_for_its_page_width(qtbot):
    page = QWidget()
    box = QVBoxLayout(page)
    wide = QLabel("z" * 400)
    box.addWidget(wide)
    scroll = PageScroll(page)
    qtbot.addWidget(scroll)
    assert page.minimumSizeHint().width() > 1366
    assert scroll.minimumSizeHint().width() < 200 and scroll.sizeHint().width() < 200
    scroll.resize(600, 300)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert scroll.horizontalScrollBar().isVisible()  # the page scrolls inside its own area
