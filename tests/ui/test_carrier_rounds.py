"""The carrier's "My round" in carrier mode, on the real window: scan parcels out at the shelf
(the round starts by itself), deliver at the door by phone tail or by code, bring one back,
a close refused while a parcel is out, then closed; big text everywhere (≥ 20 pt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

from app.ui.parcels.carrier_round import MyRoundPage

from .conftest import activate, sign_in
from .parcels_helpers import scan


def _status(station, tracking: str) -> str:  # noqa: ANN001
    return station.store.query_one("SELECT status FROM parcels WHERE tracking = ?", (tracking,))[0]


def _my_round(qtbot, window) -> MyRoundPage:  # noqa: ANN001
    sign_in(qtbot, window, "carrier")
    activate(qtbot, window)
    carrier = window.carrier
    assert "round" in carrier.buttons and carrier.buttons["round"].text().startswith("1")
    qtbot.keyClick(carrier.buttons["round"], Qt.Key.Key_1, delay=60)  # the carrier's number key
    qtbot.waitUntil(lambda: carrier.current_key == "round", timeout=2000)
    page = carrier.stack.currentWidget()
    assert isinstance(page, MyRoundPage)
    return page


def test_carrier_round_scan_out_deliver_back_close(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    tracks = [f"SF{8200000000000 + i:013d}" for i in range(3)]
    codes = [station.parcels.inbound.checkin(clerk, t, phone=f"1380000{2000 + i:04d}").parcel.pickup_code
             for i, t in enumerate(tracks)]
    window = make_window()
    page = _my_round(qtbot, window)
    assert page.round is None and page.start_button.isVisible()
    for t in tracks:
        scan(qtbot, t)
    assert [_status(station, t) for t in tracks] == ["out_for_delivery"] * 3
    assert page.round is not None and page.round.unaccounted == 3 and page.round.carrier == "carrier"
    assert page.banner.kind == "ok" and page.banner.big.text() == codes[2]

    scan(qtbot, tracks[0])  # at the door: the parcel is scanned, the recipient gives the tail
    assert page.selected == tracks[0] and page.banner.big.text() == codes[0]
    qtbot.keyClicks(page.proof, "2000", delay=60)
    qtbot.keyClick(page.proof, Qt.Key.Key_Return, delay=60)
    assert _status(station, tracks[0]) == "delivered"

    page.proof.setText(codes[1])  # nothing scanned: the code alone finds the parcel on the round
    qtbot.keyClick(page.proof, Qt.Key.Key_F2)
    assert _status(station, tracks[1]) == "delivered"

    qtbot.keyClick(page.proof, Qt.Key.Key_F4)  # one parcel still out: refused, loudly
    assert page.round is not None and page.banner.kind == "error"
    assert window.feedback.sounds.played[-1] == "error"
    assert station.store.query_one("SELECT status FROM rounds")[0] == "open"

    scan(qtbot, tracks[2])
    qtbot.keyClick(page.proof, Qt.Key.Key_F3)
    assert _status(station, tracks[2]) == "in_station"
    qtbot.keyClick(page.proof, Qt.Key.Key_F4)
    assert station.store.query_one("SELECT status FROM rounds")[0] == "closed"
    assert page.round is None and page.banner.kind == "ok"


def test_a_wrong_tail_at_the_door_delivers_nothing(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8200000000100", phone="13800003000")
    r = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, r.number, ["SF8200000000100"])
    window = make_window()
    page = _my_round(qtbot, window)
    assert page.round is not None and page.list.count() == 1
    scan(qtbot, "SF8200000000100")
    page.proof.setText("9999")
    page.deliver()
    assert _status(station, "SF8200000000100") == "out_for_delivery"
    assert page.banner.kind == "error"


def test_every_text_on_the_round_page_is_at_least_20pt(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8200000000200", phone="13800003000")
    r = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, r.number, ["SF8200000000200"])
    window = make_window()
    page = _my_round(qtbot, window)
    widgets = page.findChildren(QLabel) + page.findChildren(QPushButton) + page.findChildren(QLineEdit)
    for w in widgets + page.findChildren(QListWidget):
        if not isinstance(w, QLabel | QPushButton) or w.text():
            assert w.font().pointSizeF() >= 20, (type(w).__name__, w.font().pointSizeF())
    assert page.banner.big.font().pointSizeF() >= 40


def test_with_a_round_open_the_banner_says_what_to_do_at_the_door(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8200000000300", phone="13800003000")
    r = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, r.number, ["SF8200000000300"])
    window = make_window()
    page = _my_round(qtbot, window)
    assert not page.start_button.isVisible()
    assert page.banner.caption.text() == "At the door: scan the parcel, ask for the pickup code, then F2"
