"""Consignment on the real screens: register a farmer, take produce in (the receipt printed with its
QR), scan that QR to open the lot, sell part of it, make the statement, pay it once (a second press
pays nothing), print it on A4 and on the roll; a large payout asks for a second user's PIN on the
same screen; the Today page warns of lots due back; the page fits 1366 × 768."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from ..conftest import ADMIN_PIN, CLERK_PIN, SUPERVISOR_PIN
from .conftest import activate, sign_in
from .parcels_helpers import scan

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def open_consignment(qtbot, window, tab: str):  # noqa: ANN001, ANN201
    sign_in(qtbot, window, "clerk")
    activate(qtbot, window)
    assert window.shell.open("consignment")
    page = window.shell.current_page
    return page, page.open(tab)


def pdf_text(path) -> str:  # noqa: ANN001
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_intake_sell_settle_pay_on_the_real_screens(qtbot, make_window, station):
    station.cash.open(station.users.authenticate("clerk", CLERK_PIN), 20000)
    window = make_window()
    window.resize(1366, 768)
    page, farmers = open_consignment(qtbot, window, "farmers")
    farmers.name.setText("何永福")
    farmers.phone.setText("13512340000")
    farmers.village.setText("龙凤村")
    qtbot.keyClick(farmers.name, Qt.Key.Key_F9)
    assert farmers.banner.kind == "ok" and farmers.banner.big.text() == "F0001"
    assert farmers.table.texts(2) == ["135****0000"]  # masked on screen

    intake = page.open("intake")
    intake.farmer.query.setText("0000")
    intake.farmer.search()
    assert intake.farmer.current() is not None and intake.farmer.current().code == "F0001"
    intake.product.setEditText("巫山脆李")
    intake.qty.setText("25.5")
    intake.price.setText("8")
    qtbot.keyClick(intake.qty, Qt.Key.Key_F9)
    assert intake.banner.kind == "ok" and intake.banner.big.text() == "L000001", intake.banner.detail.text()
    receipt = intake.last_printed
    assert receipt is not None and receipt.exists()
    text = pdf_text(receipt)
    assert "L000001" in text and "135****0000" in text and "13512340000" not in text
    assert intake.recent.texts(0) == ["L000001"]

    scan(qtbot, "YYT:LOT:L000001", intake.farmer.query)  # the receipt's QR, scanned on another tab
    lots = page.current
    assert lots is page.screens["lots"] and lots.lot is not None and lots.lot.code == "L000001"
    lots.sell_qty.setFocus()
    qtbot.keyClicks(lots.sell_qty, "2.5", delay=60)  # a person types (not a scanner burst)
    assert "20.00" in lots.sell_amount.text()
    qtbot.keyClick(lots.sell_qty, Qt.Key.Key_F9)
    assert lots.banner.kind == "ok", lots.banner.detail.text()
    assert lots.lot.remaining == 23000 and lots.moves_table.rowCount() == 1
    assert lots.last_printed is not None and "20.00" in pdf_text(lots.last_printed)

    settle = page.open("settle")
    settle.farmer.query.setText("F1")
    settle.farmer.search()
    assert settle.preview is not None and len(settle.preview.lines) == 1 and settle.settle_button.isEnabled()
    assert settle.preview_table.rowCount() == 1
    qtbot.keyClick(settle.farmer.query, Qt.Key.Key_F9)
    assert settle.statement is not None and settle.statement.code == "S000001" and settle.statement.payable_fen == 1900
    assert settle.banner.kind == "warn" and not settle.approval_row.isVisible()
    qtbot.keyClick(settle.farmer.query, Qt.Key.Key_F10)
    assert settle.statement.paid and not settle.pay_button.isEnabled()
    roll = settle.last_printed
    assert roll is not None and "19.00" in pdf_text(roll)
    qtbot.keyClick(settle.farmer.query, Qt.Key.Key_F10)  # a second press: nothing more
    q = station.store.query_one
    assert q("SELECT count(*), sum(amount_fen) FROM consign_payouts")[:] == (1, 1900)
    assert q("SELECT count(*) FROM cash_movements WHERE kind = 'payout'")[0] == 1
    settle.print_sheet()
    a4 = settle.last_printed
    assert a4 is not None and a4.suffix == ".pdf" and "S000001" in pdf_text(a4)
    assert q("SELECT count(*) FROM consign_payouts")[0] == 1  # printing never pays
    assert window.width() == 1366  # nothing pushed the window past the screen


def test_a_large_payout_asks_for_a_second_pin_and_today_warns(qtbot, make_window, station):
    clerk = station.users.authenticate("clerk", CLERK_PIN)
    station.settings.set(station.users.authenticate("admin", ADMIN_PIN), "consign.payout_approval_yuan", 10)
    station.cash.open(clerk, 20000)
    c = station.consignment
    c.farmers.add(clerk, name="李秀英", phone="13698761234")
    lot = c.intake.take_in(clerk, "F1", product="奉节脐橙", grade="特级", unit="kg", qty="40", price_fen=650,
                           return_by="2026-06-02")
    c.moves.sell(clerk, lot.code, "4")  # ¥26.00 → ¥24.70 to pay, above ¥10
    st = c.settlement.settle(clerk, "F1")
    window = make_window()
    page, settle = open_consignment(qtbot, window, "settle")
    page.scan(st.qr)  # the statement's QR opens it
    assert settle.statement is not None and settle.statement.id == st.id
    assert settle.approval_row.isVisible() and settle.approver.findData("supervisor") >= 0
    settle.pay()  # no PIN typed: refused, nothing paid
    assert settle.banner.kind == "error"
    assert station.store.query_one("SELECT count(*) FROM consign_payouts")[0] == 0
    settle.approver.setCurrentIndex(settle.approver.findData("supervisor"))
    settle.approver_pin.setText(SUPERVISOR_PIN)
    settle.pay()
    assert settle.statement.paid and settle.statement.payout.approved_by == "supervisor"
    window.shell.open("today")
    today = window.shell.current_page
    today.refresh()
    assert today.alerts.isVisible() and "L000001" in today.alerts.detail.text()
