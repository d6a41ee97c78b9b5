"""Outbound sending on the real screen: the resident ID is masked as soon as it is entered, the
price follows province and weight, accepting prints the label (a real PDF with the waybill's
Code128 and QR), nothing personal in clear is stored; the courier's manifest is printed too."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from ..conftest import CLERK_PIN
from .parcels_helpers import open_parcels, type_slowly

RID = "50010119800315001X"


def _fill(qtbot, screen, typed: bool = True) -> None:  # noqa: ANN001
    for widget, text in ((screen.sender_name, "何永福"), (screen.sender_phone, "13512340000"),
                         (screen.to_name, "何小梅"), (screen.to_phone, "13698765432"),
                         (screen.address, "成都市锦江区春熙路 8 号"), (screen.contents, "脆李 5 斤")):
        widget.setText(text)
    screen.sender_id.setFocus()
    if typed:
        type_slowly(qtbot, screen.sender_id, RID, enter=False)  # a person types it: not a scan
    screen.to_name.setFocus()  # leaving the field: shown masked from now on
    screen.province.setEditText("四川省")
    screen.weight.setValue(2600)
    screen.produce.setChecked(True)
    screen.category.setCurrentIndex(screen.category.findData("plum"))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_send_prints_a_label_and_the_manifest(qtbot, make_window, station):
    station.cash.open(station.users.authenticate("clerk", CLERK_PIN), 0)  # postage goes into the drawer
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    _fill(qtbot, screen)
    assert screen.sender_id.text() == "5001**********001X" and screen.sender_id.value() == RID
    screen.update_price()
    qtbot.waitUntil(lambda: screen.quote is not None, timeout=3000)
    expected = station.parcels.outbound.quote(window.actor, "四川", 2600)
    assert screen.quote.price_fen == expected.price_fen and f"{expected.price_fen / 100:.2f}" in screen.price.text()

    screen.send()  # not confirmed free of prohibited items: refused, nothing stored
    assert list(screen.problems) == ["prohibited_confirmed"] and window.feedback.last_kind == "error"
    assert station.store.query_one("SELECT count(*) FROM shipments")[0] == 0
    screen.confirm.setChecked(True)
    qtbot.keyClick(screen.contents, Qt.Key.Key_F9)
    row = station.store.query_one("SELECT waybill, sender_id_masked, produce_category, price_fen FROM shipments")
    waybill = row[0]
    assert screen.banner.kind == "ok" and screen.banner.big.text() == waybill
    assert (row[1], row[2], row[3]) == ("5001**********001X", "plum", expected.price_fen)
    assert screen.sender_id.text() == "" and screen.sender_id.value() == ""  # the form is cleared
    label = screen.last_label
    assert label is not None and label.exists() and label.parent == station.paths.spool
    text = subprocess.run(["pdftotext", str(label), "-"], capture_output=True, text=True, check=True).stdout
    assert waybill in text and "136****5432" in text and "13698765432" not in text and RID not in text

    assert screen.pending.rowCount() == 1 and screen.handover_button.isEnabled()
    screen.courier.setText("邮政揽收员")
    qtbot.keyClick(screen.courier, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert station.store.query_one("SELECT count(*) FROM manifests")[0] == 1
    manifest = screen.last_manifest
    assert manifest is not None and manifest.exists()
    text = subprocess.run(["pdftotext", str(manifest), "-"], capture_output=True, text=True, check=True).stdout
    assert waybill in text
    assert screen.pending.rowCount() == 0 and not screen.handover_button.isEnabled()


def test_a_wrong_resident_id_is_caught_before_anything_is_sent(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    _fill(qtbot, screen, typed=False)
    screen.sender_id.setText("500101198003150010")  # wrong check character
    screen.confirm.setChecked(True)
    screen.send()
    assert list(screen.problems) == ["sender_id"] and window.feedback.last_kind == "error"
    assert screen.problems["sender_id"] == "This resident ID's check digit is wrong: please check the number"
    assert station.store.query_one("SELECT count(*) FROM shipments")[0] == 0
