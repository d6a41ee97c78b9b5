"""Rounds at the counter, on the real screen: start a round for the carrier, scan parcels out,
deliver one with the recipient's phone tail, bring one back, refuse to close while a parcel is
out, close, and print the round sheet (a real PDF, phones masked)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from .parcels_helpers import open_parcels, scan


def _status(station, tracking: str) -> str:  # noqa: ANN001
    return station.store.query_one("SELECT status FROM parcels WHERE tracking = ?", (tracking,))[0]


def test_round_from_start_to_close_at_the_counter(qtbot, make_window, station, actors):
    parcels = [f"SF{8100000000000 + i:013d}" for i in range(3)]
    for i, t in enumerate(parcels):
        station.parcels.inbound.checkin(actors["clerk"], t, phone=f"1390000{1000 + i:04d}")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "rounds")
    assert screen.carrier.currentData() == "carrier"
    qtbot.keyClick(screen.carrier, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.current is not None and screen.current.status == "open"
    for t in parcels[:2]:
        scan(qtbot, t)
    assert [_status(station, t) for t in parcels] == ["out_for_delivery"] * 2 + ["in_station"]
    assert sorted(screen.items.trackings()) == parcels[:2]
    assert screen.items.column_texts("phone")[0].startswith("139****")

    screen.items.select_tracking(parcels[0])
    screen.proof.setText("1000")
    qtbot.keyClick(screen.proof, Qt.Key.Key_F2)
    assert _status(station, parcels[0]) == "delivered"
    qtbot.keyClick(screen.proof, Qt.Key.Key_F4)  # one is still out: refused
    assert screen.banner.kind == "error" and screen.current.status == "open"
    assert window.feedback.sounds.played[-1] == "error"
    screen.items.select_tracking(parcels[1])
    qtbot.keyClick(screen.proof, Qt.Key.Key_F3)
    assert _status(station, parcels[1]) == "in_station"
    qtbot.keyClick(screen.proof, Qt.Key.Key_F4)
    assert screen.current.status == "closed"
    assert station.store.query_one("SELECT status FROM rounds")[0] == "closed"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_round_sheet_prints_to_pdf_with_masked_phones(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8100000000100", phone="13912345678", name="王芳")
    r = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, r.number, ["SF8100000000100"])
    window = make_window()
    page, screen = open_parcels(qtbot, window, "rounds")
    assert screen.current is not None and screen.current.number == r.number
    qtbot.keyClick(screen.items, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pdf = screen.last_printed
    assert pdf is not None and pdf.exists() and pdf.parent == station.paths.spool
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "SF8100000000100" in text and "139****5678" in text and "13912345678" not in text
    assert "Delivery round sheet" in text


def test_rounds_tab_leaves_room_for_the_code_and_the_round_list(qtbot, make_window, station, actors):
    station.parcels.rounds.start(actors["clerk"], "carrier")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "rounds")
    assert [screen.carrier.itemText(i) for i in range(screen.carrier.count())] == ["王大山"]  # the name only
    assert screen.proof.width() >= 250  # the recipient's code fits (was squeezed to ~30 px)
    assert screen.rounds.width() >= screen.rounds.sizeHintForColumn(0)  # "#1 王大山 · open · 0 out" not cut
