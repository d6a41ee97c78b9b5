"""Issue 15 on the real window: Parcels → Search with each parcel's history, correcting and moving
from the search results and from the check-in list, the address at check-in, the notice's state at
pickup, "show number" on the Rounds tab and in carrier mode, shelf labels, Settings → Users."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.parcels.streams import HANDLERS

from .conftest import activate, sign_in
from .parcels_helpers import open_parcels, scan, type_slowly

NOTICE = next(h for h in HANDLERS if h.stream == "notice_status")
CTRL = Qt.KeyboardModifier.ControlModifier


def _fail_last_notice(station, tracking: str, reason: str = "号码停机") -> None:  # noqa: ANN001
    """The platform reports the parcel's latest notice failed (as a pull writes it)."""
    notice_id = station.store.query_one(
        "SELECT n.id FROM parcel_notices n JOIN parcels p ON p.id = n.parcel_id WHERE p.tracking = ?"
        " ORDER BY n.created_at DESC LIMIT 1", (tracking,))[0]
    with station.store.write(actor="system", action="sync.pull") as tx:
        NOTICE.apply(tx, notice_id, {"status": "failed", "at": tx.now_iso, "reason": reason})


def _dialog(qtbot):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=2000)
    return QApplication.activeModalWidget()


def test_search_shows_history_and_notifies_a_failed_one_again(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    for i, (name, phone) in enumerate((("欧阳娜娜", "13712348866"), ("司马长风", "13912348866"))):
        station.parcels.inbound.checkin(clerk, f"SF{8800000000001 + i:013d}", phone=phone, name=name)
    _fail_last_notice(station, "SF8800000000001")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "search")
    assert page.keys[-1] == "search"
    type_slowly(qtbot, screen.query, "8866")
    assert screen.results.trackings() == ["SF8800000000002", "SF8800000000001"]
    assert screen.results.column_texts("name") == ["司***", "欧***"]
    screen.results.select_tracking("SF8800000000001")
    qtbot.waitUntil(lambda: screen.shown is not None and screen.shown.parcel.tracking == "SF8800000000001")
    assert screen.results.column_texts("notice")[1] == "Failed"
    rows = screen.history.texts(1)
    assert rows == ["Checked in", "Pickup notice"] and "号码停机" in screen.history.texts(3)[1]
    assert screen.history.texts(2)[0] == "张丽"  # people by display name
    qtbot.keyClick(screen.query, Qt.Key.Key_R, CTRL)  # notify again
    kinds = [r[0] for r in station.store.query(
        "SELECT kind FROM parcel_notices n JOIN parcels p ON p.id = n.parcel_id WHERE p.tracking = ?"
        " ORDER BY n.created_at, n.id", ("SF8800000000001",))]
    assert kinds == ["pickup", "reminder"]
    qtbot.waitUntil(lambda: screen.history.texts(1).count("Pickup notice") == 2, timeout=3000)
    scan(qtbot, "SF8800000000002", screen.query)  # a scan searches at once
    assert screen.results.trackings() == ["SF8800000000002"] and screen.last.kind == "tracking"
    qtbot.keyClick(screen.query, Qt.Key.Key_Escape)
    assert screen.results.rowCount() == 0 and screen.query.text() == ""


def test_correct_and_move_from_search_by_keyboard(qtbot, make_window, station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF8800000000011", phone="13712348866", name="欧阳娜娜",
                                    slot="A-1")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "search")
    type_slowly(qtbot, screen.query, "SF8800000000011")
    qtbot.waitUntil(lambda: screen.shown is not None)
    qtbot.keyClick(screen.query, Qt.Key.Key_E, CTRL)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.phone, "13812348866")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # no reason: refused, the dialog stays and says why
    assert dialog.isVisible() and dialog.error.isVisible() and "reason" in dialog.error.text().lower()
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels")[0] == "13712348866"
    dialog.reason.setEditText("收件人来电更正号码")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert station.store.query_one("SELECT yyt_open(phone) FROM parcels")[0] == "13812348866"
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.fix'")[0] == 1  # Enter saves once
    assert window.feedback.last_kind == "ok"
    qtbot.waitUntil(lambda: "Check-in corrected" in screen.history.texts(1), timeout=3000)

    activate(qtbot, window)
    qtbot.keyClick(screen.query, Qt.Key.Key_M, CTRL)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.layer.lineEdit(), "LAYER-B-2")  # the layer's label, scanned into the dialog
    qtbot.keyClick(dialog.layer.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    code, place = station.store.query_one("SELECT pickup_code, shelf || '-' || layer FROM parcels")
    assert place == "B-2" and code.startswith("B-2-") and window.feedback.last_kind == "ok"
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.move'")[0] == 1
    qtbot.waitUntil(lambda: "Moved to another layer" in screen.history.texts(1), timeout=3000)
    assert screen.results.column_texts("code") == [code]
    summary = json.loads(station.store.query_one("SELECT summary FROM audit WHERE action = 'parcel.move'")[0])
    assert summary["before"]["place"] == "A-1" and summary["after"]["code"] == code


def test_check_in_with_an_address_then_correct_the_last_one(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "checkin")
    screen.phone.setText("13712348866")
    screen.address.setText("龙凤村三组石板坡下老供销社旁边")
    scan(qtbot, "SF8800000000021", screen.tracking)
    assert station.store.query_one("SELECT yyt_open(address) FROM parcels")[0] == "龙凤村三组石板坡下老供销社旁边"
    assert screen.address.text() == ""
    qtbot.keyClick(screen.tracking, Qt.Key.Key_E, CTRL)  # nothing chosen: the parcel just checked in
    dialog = _dialog(qtbot)
    assert dialog.parcel.tracking == "SF8800000000021"
    dialog.name.setText("欧阳娜娜")
    dialog.reason.setEditText("面单看错了")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert station.store.query_one("SELECT yyt_open(name) FROM parcels")[0] == "欧阳娜娜"
    assert screen.banner.kind == "ok" and screen.banner.caption.text() == "Check-in corrected"


def test_pickup_lists_the_notice_state(qtbot, make_window, station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF8800000000031", phone="13712348866")
    _fail_last_notice(station, "SF8800000000031")
    window = make_window()
    page, screen = open_parcels(qtbot, window, "pickup")
    type_slowly(qtbot, screen.query, "8866")
    assert screen.table.column_texts("notice") == ["Failed"]


def test_rounds_tab_shows_addresses_and_the_number_on_request(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8800000000041", phone="13612348866", address="龙凤村六组后山坡37号")
    rnd = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, rnd.number, ["SF8800000000041"])
    window = make_window()
    page, screen = open_parcels(qtbot, window, "rounds")
    qtbot.waitUntil(lambda: screen.current is not None)
    assert screen.items.column_texts("address") == ["龙凤村六组后山坡37号"]
    assert screen.items.column_texts("phone") == ["136****8866"]
    screen.items.select_tracking("SF8800000000041")
    qtbot.keyClick(screen.items, Qt.Key.Key_F6)
    assert screen.banner.big.text() == "136 1234 8866"
    assert station.store.query_one("SELECT count(*) FROM audit WHERE action = 'parcel.phone_shown'")[0] == 1


def test_carrier_shows_the_number_at_the_door(qtbot, make_window, station, actors):
    clerk = actors["clerk"]
    station.parcels.inbound.checkin(clerk, "SF8800000000051", phone="13612348866", address="龙凤村六组后山坡37号")
    rnd = station.parcels.rounds.start(clerk, "carrier")
    station.parcels.rounds.add(clerk, rnd.number, ["SF8800000000051"])
    window = make_window()
    sign_in(qtbot, window, "carrier")
    activate(qtbot, window)
    carrier = window.carrier
    carrier.activate("round")
    my_round = carrier.stack.currentWidget()
    qtbot.waitUntil(lambda: my_round.round is not None)
    assert "龙凤村六组后山坡37号" in my_round.list.item(0).text() and "136****8866" in my_round.list.item(0).text()
    assert my_round.number_button.isVisible()
    scan(qtbot, "SF8800000000051")
    qtbot.keyClick(my_round.proof, Qt.Key.Key_F6)
    assert my_round.banner.big.text() == "136 1234 8866"
    h = station.parcels.search.history(clerk, "SF8800000000051")
    assert [e.event for e in h.entries][-1] == "phone_shown" and h.entries[-1].by == "王大山"


def test_shelf_labels_from_the_shelves_tab(qtbot, make_window, station):
    window = make_window()
    page, screen = open_parcels(qtbot, window, "shelves")
    screen.label_shelf.setCurrentIndex(screen.label_shelf.findData("B"))
    qtbot.keyClick(screen.loads, Qt.Key.Key_P, CTRL)
    assert screen.last_printed is not None and screen.last_printed.exists()
    assert window.feedback.last_kind == "ok" and "4" in window.feedback.last_text


def test_admin_manages_users_in_settings(qtbot, make_window, station, actors):
    window = make_window()
    sign_in(qtbot, window, "admin")
    activate(qtbot, window)
    window.shell.open("settings")
    settings = window.shell.current_page
    settings.open_users()
    panel = settings.users
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4)
    qtbot.keyClick(panel.table, Qt.Key.Key_N, CTRL)
    dialog = _dialog(qtbot)
    dialog.username.setText("lili")
    dialog.display_name.setText("李丽（周末代班）")
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    qtbot.keyClicks(dialog.pin, "592048")
    qtbot.keyClicks(dialog.pin_again, "592049")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)  # typed differently: refused
    assert dialog.isVisible() and "not the same" in dialog.error.text()
    assert station.store.query_one("SELECT count(*) FROM users WHERE username = 'lili'")[0] == 0
    qtbot.keyClicks(dialog.pin, "123456")
    qtbot.keyClicks(dialog.pin_again, "123456")
    dialog.save()  # the core's rule: too easy
    assert dialog.isVisible() and "too easy" in dialog.error.text()
    qtbot.keyClicks(dialog.pin, "592048")
    qtbot.keyClicks(dialog.pin_again, "592048")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert station.users.authenticate("lili", "592048").display_name == "李丽（周末代班）"
    qtbot.waitUntil(lambda: panel.table.rowCount() == 5)

    for _ in range(5):  # the clerk mistypes five times: locked
        try:
            station.users.authenticate("clerk", "000000")
        except Exception:  # noqa: BLE001
            pass
    panel.refresh()
    row = next(i for i, u in enumerate(panel.users) if u.username == "clerk")
    panel.table.selectRow(row)
    assert panel.table.texts(3)[row].startswith("Locked") and panel.unlock_button.isEnabled()
    activate(qtbot, window)
    qtbot.keyClick(panel.table, Qt.Key.Key_U, CTRL)
    assert station.users.authenticate("clerk", "246802").username == "clerk"
    row = next(i for i, u in enumerate(panel.users) if u.username == "lili")
    panel.table.selectRow(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_D, CTRL)
    assert not station.users.get("lili").active and panel.active_button.text().startswith("Enable")
    qtbot.keyClick(panel.table, Qt.Key.Key_D, CTRL)
    assert station.users.get("lili").active
    qtbot.keyClick(panel.table, Qt.Key.Key_R, CTRL)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.pin, "864209")
    qtbot.keyClicks(dialog.pin_again, "864209")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert station.users.authenticate("lili", "864209")
    actions = [r[0] for r in station.store.query("SELECT action FROM audit WHERE actor = 'admin'")]
    assert {"user.add", "user.unlock", "user.set_active", "user.pin_reset"} <= set(actions)


def test_users_tab_for_supervisors_read_only_and_none_for_clerks(qtbot, make_window):
    window = make_window()
    sign_in(qtbot, window, "supervisor")
    window.shell.open("settings")
    settings = window.shell.current_page
    assert settings.users is not None and not settings.users.add_button.isVisible()
    window.lock()
    sign_in(qtbot, window, "clerk")
    window.shell.open("settings")
    assert window.shell.current_page.users is None


def test_plain_python_m_app_in_the_project_folder_opens_the_demo_station(qtbot, station, paths, monkeypatch,
                                                                          tmp_path):
    """After ``make run`` (a station in ./demo-data), ``python -m app --lang en`` needs no --data-dir."""
    from app.main import main

    project = tmp_path / "project"
    project.mkdir()
    station.close()
    paths.root.rename(project / "demo-data")
    monkeypatch.chdir(project)
    monkeypatch.delenv("YYT_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "nothing-here"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "nothing-here"))
    window = main(["--lang", "en"], exec=False)
    try:
        assert window.station.paths.root == project / "demo-data"
        assert window.login.users.count() == 4 and "测试村站" in window.windowTitle()
    finally:
        window.shutdown()
        window.close()
