"""The Payments page on the real window: a clerk without a shift is led to open it, takes a payment
by scanner and keyboard (the 待确认 receipt printed as a real PDF), is asked once more for the same
payment, refunds a rejected one from the list, and closes the shift with a blind count by
denomination (a recount / reason, then the Z printed on the roll and on A4). Carriers see none of
it; supervisors read."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from ..helpers.payments import decide
from .conftest import activate, sign_in
from .parcels_helpers import scan


def open_payments(qtbot, window, tab: str, user: str = "clerk"):  # noqa: ANN001, ANN201
    sign_in(qtbot, window, user)
    activate(qtbot, window)
    assert window.shell.open("payments")
    page = window.shell.current_page
    return page, page.open(tab)


def pdf_text(path) -> str:  # noqa: ANN001
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_take_a_payment_and_close_the_shift(qtbot, make_window, station):
    window = make_window()
    page, pay = open_payments(qtbot, window, "pay")
    assert pay.shift_line.isVisible() and pay.shift_button.isVisible()  # no shift: said at the top
    pay.account.setText("0312556677")
    pay.amount.setText("120.50")
    pay.take()
    assert pay.banner.kind == "error" and "Shift" in pay.banner.detail.text()
    assert station.store.query_one("SELECT count(*) FROM payments")[0] == 0

    qtbot.mouseClick(pay.shift_button, Qt.MouseButton.LeftButton)  # leads to the Shift tab
    shift = page.current
    assert shift is page.screens["shift"] and shift.open_box.isVisible()
    shift.float_edit.setText("200")
    qtbot.keyClick(shift.float_edit, Qt.Key.Key_Return)
    assert station.cash.current(window.actor).float_fen == 20000 and shift.count_box.isVisible()

    page.open("pay")
    qtbot.keyClick(pay, Qt.Key.Key_F1)
    assert pay.bill_type.type == "electricity"
    pay.account.setFocus()
    scan(qtbot, "03125566")  # too short for this biller: the live check says so
    assert "not a valid" in pay.account_state.text()
    pay.account.clear()
    pay.account.setFocus()
    scan(qtbot, "0312556677")  # the scanner: Enter moves on to the amount
    assert pay.account.text() == "0312556677" and pay.account_state.text().startswith("✓")
    pay.amount.setText("0.5")
    assert "at least" in pay.amount_state.text()
    pay.amount.setText("120.50")
    pay.payer.setText("陈建华")
    qtbot.keyClick(pay.payer, Qt.Key.Key_F9)
    first = pay.last_payment
    assert first is not None and pay.banner.kind == "ok" and pay.banner.big.text() == first.reference
    text = pdf_text(pay.last_receipt)
    assert first.reference in text and "陈**" in text and "陈建华" not in text

    pay.account.setText("0312556677")
    pay.amount.setText("120.50")
    qtbot.keyClick(pay.amount, Qt.Key.Key_F9)  # the same payment within 10 minutes: asked once more
    assert pay.banner.kind == "warn" and pay.banner.big.text() == first.reference
    qtbot.keyClick(pay.amount, Qt.Key.Key_F9)
    assert pay.banner.kind == "ok" and pay.last_payment.number == 2

    qtbot.keyClick(pay, Qt.Key.Key_F4)  # top-up: face values as buttons
    assert [b.text() for b in pay.quick_buttons] == ["30.00", "50.00", "100.00", "200.00"]
    pay.account.setText("13812345678")
    qtbot.mouseClick(pay.quick_buttons[1], Qt.MouseButton.LeftButton)
    pay.take()
    mobile = pay.last_payment
    assert mobile.amount_fen == 5000 and pay.recent.texts(2)[0] == "138****5678"

    decide(station, mobile.id, "rejected", "号码已停机")
    listing = page.open("list")
    assert listing.rows and listing.rows[0].reference == mobile.reference
    listing.table.selectRow(0)
    assert listing.refund_button.isEnabled()
    qtbot.keyClick(listing.table, Qt.Key.Key_F8)
    assert station.payments.get(window.actor, mobile.id).status == "refunded"
    assert "号码已停机" in pdf_text(listing.last_receipt)

    shift = page.open("shift")
    expected = 20000 + 12050 * 2  # the refund took the top-up's cash back out
    pieces = {10000: 4, 2000: 2, 100: 1}
    assert sum(k * v for k, v in pieces.items()) == expected
    shift.pieces[10000].setValue(3)  # ¥100 short
    shift.pieces[2000].setValue(2)
    shift.pieces[100].setValue(1)
    assert "341.00" in shift.total.text()
    qtbot.keyClick(shift.pieces[10000], Qt.Key.Key_F10)
    assert shift.reason_row.isVisible() and shift.banner.kind == "warn"  # blind: the difference only now
    shift.pieces[10000].setValue(4)  # the one recount
    qtbot.keyClick(shift.pieces[10000], Qt.Key.Key_F10)
    z = shift.last_z
    assert z is not None and (z.expected_fen, z.counted_fen, z.first_count_fen, z.diff_fen) == (
        expected, expected, expected - 10000, 0)
    assert z.extras["payments_pending"]["count"] == 2
    assert shift.zview.table.rowCount() > 5 and shift.open_box.isVisible()
    qtbot.keyClick(shift.zview.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shift.zview.print_a4()
    roll, a4 = shift.zview.printed[-2:]
    assert roll is not None and a4 is not None and a4.suffix == ".pdf"
    for pdf in (roll, a4):
        text = pdf_text(pdf)
        assert "441.00" in text and z.content_hash[:16] in text


def test_who_sees_the_payments_page(qtbot, make_window, station):
    window = make_window()
    page, listing = open_payments(qtbot, window, "list", user="supervisor")
    assert list(page.screens) == ["list", "shift"] and not listing.refund_button.isVisible()
    shift = page.screens["shift"]
    page.open("shift")
    assert shift.day_box.isVisible() and not shift.count_box.isVisible() and not shift.open_box.isVisible()
    shift.day_close()
    assert shift.last_day is not None and shift.last_day.date == "2026-06-01"
    window.lock()
    sign_in(qtbot, window, "carrier")
    assert window.shell is None  # carrier mode: big buttons for rounds, no payments, no cash
    assert all(a.key != "payments" for a in window.carrier_actions)
