"""The Shop page in the real window on the real station, driven like a clerk: a sale by scanner
(bursts through the application's scanner filter, F9), a restricted-use pesticide sold with the
real-name form, the shift strip, the stock colours, and a recall with the audited phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ..shop_support import ADULT_ID, make_catalogue, stock_in
from ..shop_support import ean as ean_of
from .conftest import activate, sign_in
from .parcels_helpers import scan


def open_shop(qtbot, window, tab: str, user: str = "clerk"):  # noqa: ANN001, ANN201
    sign_in(qtbot, window, user)
    activate(qtbot, window)
    assert window.shell.open("shop")
    page = window.shell.current_page
    screen = page.open(tab)
    assert screen is not None
    return page, screen


def _stocked(station):  # noqa: ANN001, ANN202
    clerk = station.users.authenticate("clerk", "246802")
    cat = make_catalogue(station, clerk)
    stock_in(station, clerk, cat.fertiliser, "F-OLD", 2, "2026-06-20", produced="2025-06-01")
    stock_in(station, clerk, cat.fertiliser, "F-NEW", 10, "2027-06-20")
    stock_in(station, clerk, cat.restricted, "R1", 5, "2027-06-20")
    return clerk, cat


def test_a_sale_by_scanner_on_the_real_screen(qtbot, make_window, station):
    clerk, cat = _stocked(station)
    station.cash.open(clerk, 20000)
    window = make_window()
    page, sell = open_shop(qtbot, window, "sell")
    assert not sell.shift.isVisible()
    assert QApplication.focusWidget() is sell.field
    for _ in range(3):
        scan(qtbot, ean_of(1))  # three scans of the same bag: one line, three units
    assert len(sell.basket) == 1 and sell.basket[0].qty == 3
    assert sell.table.texts(1) == ["3"]
    assert "F-OLD ×2" in sell.table.texts(4)[0] and "F-NEW ×1" in sell.table.texts(4)[0]  # FEFO shown
    assert not sell.buyer.isVisible()
    assert "495.00" in sell.total.text()
    qtbot.keyClick(sell.field, Qt.Key.Key_F9)
    rows = station.store.query("SELECT number, total_fen FROM shop_sales")
    assert [tuple(r) for r in rows] == [(1, 49500)]
    assert sell.banner.kind == "ok" and sell.basket == [] and sell.last_sale.number == 1
    lots = dict(station.store.query("SELECT lot_no, qty FROM shop_lots"))
    assert lots["F-OLD"] == 0 and lots["F-NEW"] == 9
    assert window.feedback.last_kind == "ok" and window.feedback.sounds.played[-1] == "ok"
    sell.print_receipt()  # saved as a PDF (no printer configured)
    assert list(station.paths.spool.glob("receipt-*.pdf"))


def test_search_by_initials_then_enter_adds_the_product(qtbot, make_window, station):
    clerk, cat = _stocked(station)
    station.cash.open(clerk, 20000)
    window = make_window()
    page, sell = open_shop(qtbot, window, "sell")
    qtbot.keyClicks(sell.field, "fhf", delay=60)  # a person typing: the scanner filter lets it through
    qtbot.waitUntil(lambda: sell.matches.isVisible())
    assert "复合肥" in sell.matches.item(0).text()
    qtbot.keyClick(sell.field, Qt.Key.Key_Return, delay=60)
    assert [x.product.id for x in sell.basket] == [cat.fertiliser]


def test_a_restricted_sale_with_the_real_name_form(qtbot, make_window, station):
    clerk, cat = _stocked(station)
    station.cash.open(clerk, 20000)
    window = make_window()
    page, sell = open_shop(qtbot, window, "sell")
    scan(qtbot, ean_of(4))
    assert sell.buyer.isVisible() and sell.banner.kind == "warn"
    sell.sell()  # empty form: nothing sold, the first empty field focused
    assert station.store.query_one("SELECT count(*) FROM shop_sales")[0] == 0
    assert QApplication.focusWidget() is sell.buyer.name
    for widget, text in ((sell.buyer.name, "王大明"), (sell.buyer.resident_id, ADULT_ID),
                         (sell.buyer.phone, "13912345678"), (sell.buyer.address, "石柱县黄水镇龙凤村三组27号"),
                         (sell.buyer.crop, "柑橘 红蜘蛛")):
        widget.setText(text)
    sell.buyer.resident_id.commit()
    assert sell.buyer.resident_id.text() == ADULT_ID[:4] + "*" * 10 + ADULT_ID[-4:]  # masked on screen at once
    sell.sell()  # the dose and safety not yet ticked
    assert station.store.query_one("SELECT count(*) FROM shop_sales")[0] == 0
    sell.buyer.explained.setChecked(True)
    sell.sell()
    row = station.store.query_one("SELECT restricted, buyer_id_masked, yyt_open(buyer_phone), safety_reminded FROM shop_sales")
    assert tuple(row) == (1, ADULT_ID[:4] + "*" * 10 + ADULT_ID[-4:], "13912345678", 1)
    assert not sell.buyer.isVisible() and sell.buyer.name.text() == ""


def test_without_a_shift_the_screen_leads_the_clerk_to_open_it(qtbot, make_window, station):
    _stocked(station)
    window = make_window()
    page, sell = open_shop(qtbot, window, "sell")
    assert sell.shift.isVisible()
    scan(qtbot, ean_of(1))
    sell.sell()
    assert station.store.query_one("SELECT count(*) FROM shop_sales")[0] == 0
    assert sell.banner.kind == "error" and "Open your shift" in sell.banner.detail.text()
    sell.shift.float_yuan.setText("150")
    sell.shift.button.click()
    assert not sell.shift.isVisible()
    assert station.store.query_one("SELECT float_fen FROM shifts WHERE status = 'open'")[0] == 15000
    sell.sell()
    assert station.store.query_one("SELECT count(*) FROM shop_sales")[0] == 1


def test_stock_colours_and_a_recall_with_the_phone_to_call(qtbot, make_window, station, clock):
    clerk, cat = _stocked(station)
    station.cash.open(clerk, 20000)
    from app.core.shop import BuyerInput

    sale = station.shop.sales.sell(clerk, [(cat.restricted, 2)], BuyerInput(
        "王大明", ADULT_ID, "13912345678", "石柱县黄水镇龙凤村三组27号", "柑橘"))
    window = make_window()
    page, stock = open_shop(qtbot, window, "stock")
    names = stock.table.texts(1)
    old = names.index("F-OLD")
    assert stock.table.item(old, 0).background().color() == QColor("#fff4d6")  # expires within 30 days
    recall = page.open("recall")
    recall.lot.setText("R1")
    recall._products_for_lot("R1")
    recall.reason.setText("厂家召回")
    recall.button.click()
    assert station.store.query_one("SELECT recalled_at IS NOT NULL FROM shop_lots WHERE lot_no = 'R1'")[0] == 1
    assert recall.buyers.texts(0) == [str(sale.number)] and recall.buyers.texts(4) == ["139****5678"]
    recall.buyers.selectRow(0)
    recall.reveal_button.click()
    assert "13912345678" in recall.phone.text()
    assert station.store.query_one("SELECT action FROM audit ORDER BY id DESC LIMIT 1")[0] == "shop.phone_reveal"
