"""Forms and the words of messages on the real window (issue 15, items 6 and 7): local times and
display names in messages in both languages; the send form checks itself with the core's rules
live, field by field, shows all problems at once under their fields, takes no more characters
than the core does, refuses emoji in names; proxy phones guided one way; Esc clears stale state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.parcels.send_form import LIMITS
from app.core.validate.text import NAME_MAX
from app.ui.i18n import install_language

from ..conftest import CLERK_PIN
from .parcels_helpers import open_parcels, type_slowly

RID = "50010119800315001X"


def _picked_up_twice(station, actors) -> str:  # noqa: ANN001
    clerk = actors["clerk"]
    code = station.parcels.inbound.checkin(clerk, "SF1400000000101", phone="13800001357").parcel.pickup_code
    station.parcels.pickup.by_code(clerk, code)
    return code


# -- 6. times and names ------------------------------------------------------------------------------
def test_already_handed_over_says_local_time_and_display_name_in_chinese(qtbot, make_window, station, actors, qapp):
    code = _picked_up_twice(station, actors)
    install_language(qapp, "zh_CN")
    window = make_window(language="zh_CN")
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, code)
    detail = screen.banner.detail.text()
    # 01:00 UTC on the station clock = 09:00 in Chongqing; the clerk is 张丽
    assert detail == f"SF1400000000101（{code}）已于 2026-06-01 09:00 由 张丽 交付"
    assert window.shell.message.text() == detail
    assert "T01:00" not in detail and "clerk" not in detail


def test_already_handed_over_in_english(qtbot, make_window, station, actors):
    code = _picked_up_twice(station, actors)
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, code)
    assert screen.banner.detail.text().endswith("was already handed over at 2026-06-01 09:00 by 张丽")


# -- 7. the send form -----------------------------------------------------------------------------------
def _bad_form(screen) -> None:  # noqa: ANN001
    screen.sender_name.setText("何永福😀")
    screen.sender_id.setText("500101198003150010")  # wrong check character
    screen.sender_phone.setText("135****0000")
    screen.to_name.setText("何小梅2")
    screen.to_phone.setText("1369876")
    screen.province.setEditText("火星")
    screen.contents.setText("烟花 2 盒")


def test_send_shows_every_problem_at_once_under_its_field(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    _bad_form(screen)
    screen.update_price()
    qtbot.keyClick(screen.sender_name, Qt.Key.Key_F9)
    problems = screen.problems
    assert set(problems) == {"sender_name", "sender_id", "sender_phone", "to_name", "to_phone", "to_province",
                             "to_address", "contents", "weight_g", "prohibited_confirmed"}
    assert problems["to_address"] == "Recipient's address is required"
    assert problems["sender_phone"].startswith("Sender's phone: a masked number")
    assert problems["to_name"] == "Recipient's name: letters of the name only (no digits, emoji or symbols)"
    assert problems["sender_name"].startswith("Sender's name: no emoji")
    assert problems["to_province"] == "'火星' is not a province the tariff knows"
    assert not any("_" in text for text in problems.values())  # no internal field name anywhere
    assert screen.sender_name.property("invalid") is True
    assert window.feedback.last_text == "Not accepted: 10 problem(s), each written in red under its field"
    assert QApplication.focusWidget() is screen.sender_name  # the first problem
    assert station.store.query_one("SELECT count(*) FROM shipments")[0] == 0
    assert window.minimumSizeHint().height() <= 768  # still fits the counter's screen


def test_send_form_problems_in_chinese(qtbot, make_window, qapp):
    install_language(qapp, "zh_CN")
    window = make_window(language="zh_CN")
    page, screen = open_parcels(qtbot, window, "send")
    _bad_form(screen)
    screen.send()
    assert screen.problems["to_address"] == "收件地址不能为空"
    assert screen.problems["to_phone"] == "收件人手机号：“***9876”不是手机号，请输入完整的 11 位手机号"
    assert "to_" not in "".join(screen.problems.values())


def test_a_field_is_checked_when_left_and_its_mark_goes_as_soon_as_it_is_fixed(qtbot, make_window):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    screen.to_phone.setFocus()
    type_slowly(qtbot, screen.to_phone, "1369876", enter=False)
    assert "to_phone" not in screen.problems  # not while typing a first time
    screen.address.setFocus()  # leaving it
    assert screen.problems["to_phone"].startswith("Recipient's phone:")
    assert "to_address" not in screen.problems  # untouched fields stay quiet
    screen.to_phone.setFocus()
    type_slowly(qtbot, screen.to_phone, "5432", enter=False)  # now 13698765432
    assert "to_phone" not in screen.problems and screen.to_phone.property("invalid") is False


def test_text_fields_take_no_more_than_the_core_accepts(qtbot, make_window):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    screen.address.insert("路" * 10_000)
    assert len(screen.address.text()) == LIMITS["to_address"] == 120
    screen.to_name.insert("王" * 500)
    assert len(screen.to_name.text()) == NAME_MAX
    page.open("checkin").name.insert("李" * 500)
    assert len(page.screens["checkin"].name.text()) == NAME_MAX


def test_emoji_in_a_name_is_refused_live_and_never_reaches_a_label(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    screen.to_name.setFocus()
    screen.to_name.setText("何小梅🌸")
    screen.address.setFocus()
    assert screen.problems["to_name"].startswith("Recipient's name: no emoji")


def test_a_clean_form_is_accepted(qtbot, make_window, station):
    station.cash.open(station.users.authenticate("clerk", CLERK_PIN), 0)  # postage goes into the drawer
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    for widget, text in ((screen.sender_name, "何永福"), (screen.sender_phone, "13512340000"),
                         (screen.to_name, "何小梅"), (screen.to_phone, "13698765432"),
                         (screen.address, "成都市锦江区春熙路 8 号"), (screen.contents, "脆李 5 斤")):
        widget.setText(text)
    screen.sender_id.setText(RID)
    screen.province.setEditText("四川")
    screen.weight.setValue(2600)
    screen.confirm.setChecked(True)
    screen.send()
    assert screen.problems == {}
    assert station.store.query_one("SELECT count(*) FROM shipments")[0] == 1
    assert screen.banner.kind == "ok" and screen.banner.isVisible()
    # found on the walk-through: the label's full path and the waybill at full size made the
    # screen taller than the counter's 768 px (status bar gone)
    assert "/" not in screen.banner.detail.text()
    assert window.minimumSizeHint().height() <= 768


def test_escape_clears_the_send_form_its_marks_and_the_banner(qtbot, make_window):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    _bad_form(screen)
    screen.send()
    assert screen.problems and window.shell.message.text()
    qtbot.keyClick(screen.sender_name, Qt.Key.Key_Escape)
    assert screen.problems == {}
    assert all(not w.text() for w in (screen.sender_name, screen.to_name, screen.to_phone, screen.contents))
    assert screen.sender_id.value() == "" and screen.province.currentText() == ""
    assert screen.banner.isVisible() and screen.banner.kind == "idle"
    assert window.shell.message.text() == ""


# -- 7. proxies and Esc on the pickup screen ---------------------------------------------------------
def test_proxy_phone_guidance_is_one_and_the_same(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    code = station.parcels.inbound.checkin(clerk, "SF1400000000101", phone="13800001357").parcel.pickup_code
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    assert "11 digits" in screen.proxy_phone.placeholderText()
    type_slowly(qtbot, screen.query, code)
    screen.proxy.setChecked(True)
    screen.proxy_name.setText("李四")
    for phone in ("139****1111", "12345"):
        screen.proxy_phone.setText(phone)
        screen.hand_over()
        text = screen.banner.detail.text()
        assert text.startswith("Proxy's phone:") and text.endswith("type all 11 digits"), text
        assert "proxy_phone" not in text and "masked like" not in text
    assert station.store.query_one("SELECT status FROM parcels")[0] == "in_station"


def test_escape_on_pickup_clears_the_stale_banner_and_the_proxy(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, "9999")  # nothing for that tail: a red banner
    assert screen.banner.kind == "error" and window.shell.message.text()
    screen.proxy.setChecked(True)
    screen.proxy_name.setText("李四")
    qtbot.keyClick(screen.query, Qt.Key.Key_Escape)
    assert screen.banner.kind == "idle" and window.shell.message.text() == ""
    assert not screen.proxy.isChecked() and screen.proxy_name.text() == ""


def test_handed_over_names_the_clerk_by_display_name(qtbot, make_window, station, actors):
    code = station.parcels.inbound.checkin(actors["clerk"], "SF1400000000101", phone="13800001357").parcel.pickup_code
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, code)
    qtbot.keyClick(screen.query, Qt.Key.Key_F9)
    assert screen.banner.detail.text() == "Handed over by 张丽"


def test_a_family_of_four_never_pushes_the_buttons_off_the_counter_screen(qtbot, make_window, station, actors):
    """Found on the clerk's morning walk-through: four pickup codes at banner size made the screen
    wider than 1366 px, the Find and Hand over buttons off the window's edge."""
    for i in range(4):
        station.parcels.inbound.checkin(actors["clerk"], f"SF14028511783{i:02d}", phone="138****1234")
    window = make_window()
    window.resize(1366, 768)
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, "1234")
    assert screen.table.rowCount() == 4
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= 1366)
    for button in (screen.confirm, screen.find_button):
        right = button.mapTo(window, button.rect().topRight()).x()
        assert right <= window.width(), button.text()


def test_tab_goes_through_the_send_form_in_reading_order(qtbot, make_window):
    """Found on the walk-through: with the price beside the weight, Tab reached the button before
    the prohibited-items confirmation and Space sent the form unconfirmed."""
    window = make_window()
    page, screen = open_parcels(qtbot, window, "send")
    screen.produce.setChecked(True)
    screen.weight.setFocus()
    for expected in (screen.produce, screen.category, screen.confirm, screen.send_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
