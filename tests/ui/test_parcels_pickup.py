"""Pickup on the real screen: a phone tail lists that person's parcels (masked), one confirm hands
several over in one operation; parcels of another phone with the same tail can be unticked;
proxy pickup records the proxy; a second pickup of the same code is refused loudly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .parcels_helpers import open_parcels, scan


def _checkin(station, actors, tracking: str, phone: str) -> str:  # noqa: ANN001
    return station.parcels.inbound.checkin(actors["clerk"], tracking, phone=phone).parcel.pickup_code


def _status(station, tracking: str) -> tuple:  # noqa: ANN001
    return tuple(station.store.query_one("SELECT status, pickup_batch, yyt_open(proxy_name),"
                                          " yyt_open(proxy_phone) FROM parcels"
                                         " WHERE tracking = ?", (tracking,)))


def test_family_picks_up_several_by_phone_tail_in_one_operation(qtbot, make_window, station, actors):
    family = [f"SF{8000000000000 + i:013d}" for i in range(3)]
    for t in family:
        _checkin(station, actors, t, "13900005678")
    _checkin(station, actors, "SF8000000000009", "13600005678")  # a neighbour: same tail, another phone
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    qtbot.keyClicks(screen.query, "5678")
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)
    assert screen.table.rowCount() == 4
    assert set(screen.table.column_texts("phone")) == {"139****5678", "136****5678"}
    assert screen.banner.kind == "warn"  # two different phones end in 5678
    assert screen.table.checked() == []  # nothing leaves until the clerk ticks this person's parcels
    for t in family:
        screen.table.item(screen.table.trackings().index(t), 0).setCheckState(Qt.CheckState.Checked)
    audit_before = station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.pickup'")[0]
    qtbot.keyClick(screen.confirm, Qt.Key.Key_F9)
    batches = {_status(station, t)[1] for t in family}
    assert [_status(station, t)[0] for t in family] == ["picked_up"] * 3 and len(batches) == 1
    assert _status(station, "SF8000000000009")[0] == "in_station"
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.pickup'")[0] == audit_before + 1
    assert screen.banner.kind == "ok" and screen.last_result is not None and len(screen.last_result.parcels) == 3
    assert window.feedback.sounds.played[-1] == "ok"
    assert not screen.confirm.isEnabled()


def test_second_pickup_of_a_code_is_refused_loudly(qtbot, make_window, station, actors):
    code = _checkin(station, actors, "SF8000000000100", "13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    scan(qtbot, code)  # a pickup-code slip scanned (or typed: the same lookup)
    assert screen.table.trackings() == ["SF8000000000100"] and screen.confirm.isEnabled()
    qtbot.keyClick(screen.query, Qt.Key.Key_F9)
    assert _status(station, "SF8000000000100")[0] == "picked_up"
    scan(qtbot, code)
    assert screen.banner.kind == "error" and screen.banner.caption.text() == "Already handed over"
    assert screen.banner.big.text() == code and "by 张丽" in screen.banner.detail.text()  # the display name
    assert not screen.confirm.isEnabled() and screen.table.rowCount() == 0
    assert window.feedback.sounds.played[-1] == "error"
    screen.hand_over()  # F9 again: nothing to hand over
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.pickup'")[0] == 1


def test_proxy_pickup_records_the_proxy_and_needs_a_full_phone(qtbot, make_window, station, actors):
    code = _checkin(station, actors, "SF8000000000200", "138****4321")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    screen.find(code)
    qtbot.keyClick(screen.query, Qt.Key.Key_F6)
    assert screen.proxy.isChecked() and screen.proxy_name.isEnabled()
    screen.proxy_name.setText("钱大妈")
    screen.proxy_phone.setText("136****2222")
    screen.hand_over()
    assert _status(station, "SF8000000000200")[0] == "in_station"
    assert screen.banner.kind == "error" and window.feedback.last_kind == "error"
    screen.proxy_phone.setText("13611112222")
    screen.hand_over()
    status, _batch, name, phone = _status(station, "SF8000000000200")
    assert (status, name, phone) == ("picked_up", "钱大妈", "13611112222")
    assert "钱*" in screen.banner.detail.text() and "136****2222" in screen.banner.detail.text()
    assert "13611112222" not in screen.banner.detail.text()


def test_scanning_the_parcel_itself_and_unknown_input(qtbot, make_window, station, actors):
    _checkin(station, actors, "SF8000000000300", "13800001234")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    scan(qtbot, "SF8000000000300")
    assert screen.table.trackings() == ["SF8000000000300"]
    screen.find("9999")
    assert screen.banner.kind == "error" and screen.banner.caption.text() == "Nothing to hand over"
    assert screen.table.rowCount() == 0


def test_after_a_lookup_the_query_keeps_focus_and_f9_confirms(qtbot, make_window, station, actors):
    codes = [_checkin(station, actors, f"SF80000000004{i:02d}", "13800004321") for i in range(2)]
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    qtbot.keyClicks(screen.query, codes[0], delay=60)  # a person types the code and presses Enter
    qtbot.keyClick(screen.query, Qt.Key.Key_Return, delay=60)
    assert screen.table.trackings() == ["SF8000000000400"]
    assert QApplication.focusWidget() is screen.query and screen.query.selectedText() == codes[0]
    qtbot.keyClicks(screen.query, codes[1], delay=60)  # the next code replaces the old one
    qtbot.waitUntil(lambda: screen.query.text() == codes[1], timeout=3000)
    qtbot.keyClick(screen.query, Qt.Key.Key_Return, delay=60)
    assert screen.table.trackings() == ["SF8000000000401"]
    qtbot.keyClick(screen.query, Qt.Key.Key_F9)
    assert _status(station, "SF8000000000401")[0] == "picked_up"


def test_an_error_on_one_tab_is_not_shown_on_the_next(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    screen.find("9999")
    message = window.shell.message
    assert message.isVisible() and message.kind == "error"
    page.open("checkin")
    assert not message.isVisible() and message.text() == "" and window.feedback.last_text == ""


def test_two_numbers_that_look_alike_masked_are_still_two_people(qtbot, make_window, station, actors):
    """13812340001 and 13899990001 both show as 138****0001: the screen warns and ticks nothing."""
    _checkin(station, actors, "SF8000000000201", "13812340001")
    _checkin(station, actors, "SF8000000000202", "13899990001")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    qtbot.keyClicks(screen.query, "0001")
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)
    assert set(screen.table.column_texts("phone")) == {"138****0001"}
    assert screen.banner.kind == "warn" and screen.table.checked() == []
    qtbot.keyClick(screen.query, Qt.Key.Key_F9)  # nothing ticked: nothing handed over
    assert _status(station, "SF8000000000201")[0] == _status(station, "SF8000000000202")[0] == "in_station"
